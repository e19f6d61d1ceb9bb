"""erasure: the insert-only fact that erases a person on every laptop that receives it.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01 19:20:00
"""
from alembic import op
import sqlalchemy as sa
import sqlmodel

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None

_str = sqlmodel.sql.sqltypes.AutoString


def upgrade() -> None:
    op.create_table('erasure',
    sa.Column('id', _str(length=36), nullable=False),
    sa.Column('event_id', _str(length=36), nullable=False),
    sa.Column('hlc', _str(), nullable=False),
    sa.Column('device_id', _str(), nullable=False),
    sa.Column('operator_id', _str(), nullable=False),
    sa.Column('person_id', _str(), nullable=False),
    sa.Column('reason', _str(), nullable=False),
    sa.Column('at', _str(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_erasure'))
    )
    with op.batch_alter_table('erasure', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_erasure_hlc'), ['hlc'], unique=False)
        batch_op.create_index(batch_op.f('ix_erasure_person_id'), ['person_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('erasure', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_erasure_person_id'))
        batch_op.drop_index(batch_op.f('ix_erasure_hlc'))
    op.drop_table('erasure')
