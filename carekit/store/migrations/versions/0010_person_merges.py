"""person merges: insert-only merge and unmerge facts, from which every laptop derives survivors.

Revision ID: 0010
Revises: 0009
"""
from alembic import op
import sqlalchemy as sa
import sqlmodel

revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None

S = sqlmodel.sql.sqltypes.AutoString


def upgrade() -> None:
    op.create_table('personmerge',
    sa.Column('id', S(length=36), nullable=False),
    sa.Column('event_id', S(length=36), nullable=False),
    sa.Column('hlc', S(), nullable=False),
    sa.Column('device_id', S(), nullable=False),
    sa.Column('operator_id', S(), nullable=False),
    sa.Column('absorbed', S(), nullable=False),
    sa.Column('kept', S(), nullable=False),
    sa.Column('undoes', S(), nullable=False),
    sa.Column('moved', S(), nullable=False),
    sa.Column('at', S(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_personmerge'))
    )
    with op.batch_alter_table('personmerge', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_personmerge_hlc'), ['hlc'], unique=False)
        batch_op.create_index(batch_op.f('ix_personmerge_absorbed'), ['absorbed'], unique=False)
        batch_op.create_index(batch_op.f('ix_personmerge_kept'), ['kept'], unique=False)


def downgrade() -> None:
    op.drop_table('personmerge')
