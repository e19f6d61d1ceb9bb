"""assessment signatures: each attempt carries the recording laptop's signature over what it says.

Attempts recorded before this have none; a certificate is not issued from them until the trainer
saves the attempt again (which signs it).

Revision ID: 0017
Revises: 0015
Create Date: 2026-12-01 22:45:00
"""
from alembic import op
import sqlalchemy as sa
import sqlmodel

revision = '0017'
down_revision = '0015'
branch_labels = None
depends_on = None

_str = sqlmodel.sql.sqltypes.AutoString


def upgrade() -> None:
    with op.batch_alter_table('assessment', schema=None) as batch_op:
        batch_op.add_column(sa.Column('signed_by', _str(), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('signature', _str(), nullable=False, server_default=''))


def downgrade() -> None:
    with op.batch_alter_table('assessment', schema=None) as batch_op:
        batch_op.drop_column('signature')
        batch_op.drop_column('signed_by')
