"""certificates: issued training certificates and organisation signing keys.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22 22:55:00
"""
from alembic import op
import sqlalchemy as sa
import sqlmodel

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None

_str = sqlmodel.sql.sqltypes.AutoString


def _synced_columns() -> list[sa.Column]:
    return [sa.Column('id', _str(length=36), nullable=False),
            sa.Column('event_id', _str(length=36), nullable=False),
            sa.Column('hlc', _str(), nullable=False),
            sa.Column('clocks', _str(), nullable=False),
            sa.Column('deleted', sa.Boolean(), nullable=False)]


def upgrade() -> None:
    op.create_table('certificate',
    *_synced_columns(),
    sa.Column('serial', _str(), nullable=False),
    sa.Column('person_id', _str(), nullable=False),
    sa.Column('holder_name', _str(), nullable=False),
    sa.Column('course_code', _str(), nullable=False),
    sa.Column('course_name', _str(), nullable=False),
    sa.Column('issued', _str(), nullable=False),
    sa.Column('expires', _str(), nullable=False),
    sa.Column('trainer', _str(), nullable=False),
    sa.Column('language', _str(), nullable=False),
    sa.Column('revoked', sa.Boolean(), nullable=False),
    sa.Column('revoked_reason', _str(), nullable=False),
    sa.Column('renews', _str(), nullable=False),
    sa.Column('code', _str(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_certificate'))
    )
    with op.batch_alter_table('certificate', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_certificate_serial'), ['serial'], unique=False)
        batch_op.create_index(batch_op.f('ix_certificate_person_id'), ['person_id'], unique=False)

    op.create_table('organisationkey',
    *_synced_columns(),
    sa.Column('name', _str(), nullable=False),
    sa.Column('public_key', _str(), nullable=False),
    sa.Column('private_key', _str(), nullable=False),
    sa.Column('fingerprint', _str(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_organisationkey'))
    )
    with op.batch_alter_table('organisationkey', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_organisationkey_fingerprint'), ['fingerprint'], unique=False)


def downgrade() -> None:
    op.drop_table('organisationkey')
    op.drop_table('certificate')
