"""proofs: capability chains of the event's laptops and signatures of restricted writes.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-01 19:10:00
"""
from alembic import op
import sqlalchemy as sa
import sqlmodel

revision = '0013'
down_revision = '0012'
branch_labels = None
depends_on = None

_str = sqlmodel.sql.sqltypes.AutoString


def upgrade() -> None:
    op.create_table('proof',
    sa.Column('key', _str(), nullable=False),
    sa.Column('kind', _str(), nullable=False),
    sa.Column('device_id', _str(), nullable=False),
    sa.Column('body', _str(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_proof')))


def downgrade() -> None:
    op.drop_table('proof')
