"""desk: check-in annulments (a check-in made by mistake) and consent notices per purpose and language.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-01 19:10:00
"""
from alembic import op
import sqlalchemy as sa
import sqlmodel

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None

_str = sqlmodel.sql.sqltypes.AutoString


def upgrade() -> None:
    op.create_table('checkinannulment',
    sa.Column('id', _str(length=36), nullable=False),
    sa.Column('event_id', _str(length=36), nullable=False),
    sa.Column('hlc', _str(), nullable=False),
    sa.Column('device_id', _str(), nullable=False),
    sa.Column('operator_id', _str(), nullable=False),
    sa.Column('checkin_id', _str(), nullable=False),
    sa.Column('registration_id', _str(), nullable=False),
    sa.Column('reason', _str(), nullable=False),
    sa.Column('at', _str(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_checkinannulment'))
    )
    with op.batch_alter_table('checkinannulment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_checkinannulment_hlc'), ['hlc'], unique=False)
        batch_op.create_index(batch_op.f('ix_checkinannulment_checkin_id'), ['checkin_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_checkinannulment_registration_id'), ['registration_id'], unique=False)

    op.create_table('consentnotice',
    sa.Column('id', _str(length=36), nullable=False),
    sa.Column('event_id', _str(length=36), nullable=False),
    sa.Column('hlc', _str(), nullable=False),
    sa.Column('clocks', _str(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('kind', _str(), nullable=False),
    sa.Column('language', _str(), nullable=False),
    sa.Column('version', _str(), nullable=False),
    sa.Column('text', _str(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_consentnotice'))
    )


def downgrade() -> None:
    op.drop_table('consentnotice')
    with op.batch_alter_table('checkinannulment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_checkinannulment_registration_id'))
        batch_op.drop_index(batch_op.f('ix_checkinannulment_checkin_id'))
        batch_op.drop_index(batch_op.f('ix_checkinannulment_hlc'))
    op.drop_table('checkinannulment')
