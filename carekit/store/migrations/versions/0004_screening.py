"""screening: records (insert-only), referrals, per-event screening settings (idle lock, BMI standard).

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-22 22:40:00
"""
from alembic import op
import sqlalchemy as sa
import sqlmodel

revision = '0004'
down_revision = '0003'
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
    op.create_table('screeningrecord',
    sa.Column('id', _str(length=36), nullable=False),
    sa.Column('event_id', _str(length=36), nullable=False),
    sa.Column('hlc', _str(), nullable=False),
    sa.Column('device_id', _str(), nullable=False),
    sa.Column('operator_id', _str(), nullable=False),
    sa.Column('person_id', _str(), nullable=False),
    sa.Column('station', _str(), nullable=False),
    sa.Column('site_id', _str(), nullable=False),
    sa.Column('at', _str(), nullable=False),
    sa.Column('measured', _str(), nullable=False),
    sa.Column('flags', _str(), nullable=False),
    sa.Column('supersedes', _str(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_screeningrecord'))
    )
    with op.batch_alter_table('screeningrecord', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_screeningrecord_hlc'), ['hlc'], unique=False)
        batch_op.create_index(batch_op.f('ix_screeningrecord_person_id'), ['person_id'], unique=False)

    op.create_table('referral',
    *_synced_columns(),
    sa.Column('person_id', _str(), nullable=False),
    sa.Column('record_id', _str(), nullable=False),
    sa.Column('flag', _str(), nullable=False),
    sa.Column('destination', _str(), nullable=False),
    sa.Column('status', _str(), nullable=False),
    sa.Column('site_id', _str(), nullable=False),
    sa.Column('note', _str(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_referral'))
    )
    with op.batch_alter_table('referral', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_referral_person_id'), ['person_id'], unique=False)

    op.create_table('eventsettings',
    *_synced_columns(),
    sa.Column('idle_minutes', sa.Integer(), nullable=False),
    sa.Column('bmi_standard', _str(), nullable=False),
    sa.Column('health_notice_version', _str(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_eventsettings'))
    )


def downgrade() -> None:
    op.drop_table('eventsettings')
    with op.batch_alter_table('referral', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_referral_person_id'))
    op.drop_table('referral')
    with op.batch_alter_table('screeningrecord', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_screeningrecord_person_id'))
        batch_op.drop_index(batch_op.f('ix_screeningrecord_hlc'))
    op.drop_table('screeningrecord')
