"""family visits: travellers (+ their private fields), legs and passengers, stays, vehicles, pick-ups.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01 19:00:00
"""
from alembic import op
import sqlalchemy as sa
import sqlmodel

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None

_str = sqlmodel.sql.sqltypes.AutoString


def _synced_columns() -> list[sa.Column]:
    return [sa.Column('id', _str(length=36), nullable=False),
            sa.Column('event_id', _str(length=36), nullable=False),
            sa.Column('hlc', _str(), nullable=False),
            sa.Column('clocks', _str(), nullable=False),
            sa.Column('deleted', sa.Boolean(), nullable=False)]


def _text(*names: str) -> list[sa.Column]:
    return [sa.Column(name, _str(), nullable=False) for name in names]


# table -> (text columns, other columns, indexed columns)
_TABLES = {
    'traveller': (('worker_id', 'relationship', 'age_band', 'needs', 'status', 'status_at'), (), ('worker_id',)),
    'travellerprivate': (('id_doc_type', 'id_doc_number', 'medical_note'), (), ()),
    'travelleg': (('direction', 'mode', 'number', 'from_place', 'from_city', 'to_place', 'to_city', 'departs',
                   'departs_zone', 'arrives', 'arrives_zone', 'departs_utc', 'arrives_utc', 'booking_ref'),
                  (), ('to_place',)),
    'legpassenger': (('leg_id', 'traveller_id', 'seat'), (), ('leg_id', 'traveller_id')),
    'stay': (('traveller_id', 'hotel', 'room', 'room_type', 'first_night'),
             (('nights', sa.Integer()),), ('traveller_id',)),
    'vehicle': (('label', 'place', 'window_start', 'window_end', 'expected_override'),
                (('capacity', sa.Integer()), ('accessible', sa.Boolean()), ('driver_name', _str()),
                 ('driver_phone', _str())), ()),
    'pickup': (('vehicle_id', 'traveller_id', 'leg_id', 'planned_arrives_utc'), (),
               ('vehicle_id', 'traveller_id')),
}


def upgrade() -> None:
    for table, (texts, others, indexed) in _TABLES.items():
        op.create_table(table, *_synced_columns(), *_text(*texts),
                        *[sa.Column(name, kind, nullable=False) for name, kind in others],
                        sa.PrimaryKeyConstraint('id', name=op.f(f'pk_{table}')))
        if indexed:
            with op.batch_alter_table(table, schema=None) as batch_op:
                for column in indexed:
                    batch_op.create_index(batch_op.f(f'ix_{table}_{column}'), [column], unique=False)


def downgrade() -> None:
    for table, (_texts, _others, indexed) in reversed(list(_TABLES.items())):
        if indexed:
            with op.batch_alter_table(table, schema=None) as batch_op:
                for column in indexed:
                    batch_op.drop_index(batch_op.f(f'ix_{table}_{column}'))
        op.drop_table(table)
