"""sync tables: open conflicts (derived), this laptop's export/import log, duplicate decisions.

Revision ID: 0002
Revises: 0001
"""
from alembic import op
import sqlalchemy as sa
import sqlmodel

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None

S = sqlmodel.sql.sqltypes.AutoString


def upgrade() -> None:
    op.create_table('conflict',
    sa.Column('id', S(), nullable=False),
    sa.Column('entity', S(), nullable=False),
    sa.Column('row_id', S(), nullable=False),
    sa.Column('field', S(), nullable=False),
    sa.Column('parent', S(), nullable=False),
    sa.Column('stamps', S(), nullable=False),
    sa.Column('choices', S(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_conflict'))
    )
    with op.batch_alter_table('conflict', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_conflict_row_id'), ['row_id'], unique=False)

    op.create_table('synclog',
    sa.Column('id', S(), nullable=False),
    sa.Column('at', S(), nullable=False),
    sa.Column('direction', S(), nullable=False),
    sa.Column('file', S(), nullable=False),
    sa.Column('device_id', S(), nullable=False),
    sa.Column('report', S(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_synclog'))
    )

    op.create_table('duplicatedecision',
    sa.Column('id', S(length=36), nullable=False),
    sa.Column('event_id', S(length=36), nullable=False),
    sa.Column('hlc', S(), nullable=False),
    sa.Column('clocks', S(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('person_a', S(), nullable=False),
    sa.Column('person_b', S(), nullable=False),
    sa.Column('decision', S(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_duplicatedecision'))
    )


def downgrade() -> None:
    op.drop_table('duplicatedecision')
    op.drop_table('synclog')
    with op.batch_alter_table('conflict', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_conflict_row_id'))
    op.drop_table('conflict')
