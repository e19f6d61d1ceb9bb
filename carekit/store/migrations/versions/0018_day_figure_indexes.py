"""day figure indexes: a day's entrance scans and each laptop's newest check-in without reading rows.

The day report counts one day with SQL aggregates; these indexes let it read only that day's
entrance scans (in registration order, so each person's first scan needs no sort; with the id an annulment names) and the newest stamp
per laptop, instead of the whole check-in table.

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-01 22:20:00
"""
from alembic import op

revision = '0018'
down_revision = '0017'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index('ix_checkin_day', 'checkin', ['point', 'registration_id', 'at', 'device_id', 'id'])
    op.create_index('ix_checkin_device_hlc', 'checkin', ['device_id', 'hlc'])


def downgrade() -> None:
    op.drop_index('ix_checkin_device_hlc', 'checkin')
    op.drop_index('ix_checkin_day', 'checkin')
