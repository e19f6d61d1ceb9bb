"""health key: the event's public health key and its private half wrapped under the health passphrase.

Values written before sealing stay as they are here (nothing can seal them without the key); they
are sealed when a coordinator sets the health passphrase or a health role unlocks the laptop
(``carekit.services.health_key``).

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-01 19:10:00
"""
from alembic import op
import sqlalchemy as sa
import sqlmodel

revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None

_str = sqlmodel.sql.sqltypes.AutoString


def upgrade() -> None:
    with op.batch_alter_table('event', schema=None) as batch_op:
        batch_op.add_column(sa.Column('health_public_key', _str(), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('health_key_wrap', _str(), nullable=False, server_default=''))


def downgrade() -> None:
    with op.batch_alter_table('event', schema=None) as batch_op:
        batch_op.drop_column('health_key_wrap')
        batch_op.drop_column('health_public_key')
