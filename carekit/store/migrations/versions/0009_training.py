"""training: courses, sessions, enrolments, attendance scans (insert-only), assessments.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-01 19:20:00
"""
from alembic import op
import sqlalchemy as sa
import sqlmodel

revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None

_str = sqlmodel.sql.sqltypes.AutoString


def _synced_columns() -> list[sa.Column]:
    return [sa.Column('id', _str(length=36), nullable=False),
            sa.Column('event_id', _str(length=36), nullable=False),
            sa.Column('hlc', _str(), nullable=False),
            sa.Column('clocks', _str(), nullable=False),
            sa.Column('deleted', sa.Boolean(), nullable=False)]


def _index(table: str, *columns: str) -> None:
    with op.batch_alter_table(table, schema=None) as batch_op:
        for column in columns:
            batch_op.create_index(batch_op.f(f'ix_{table}_{column}'), [column], unique=False)


def upgrade() -> None:
    op.create_table('course',
    *_synced_columns(),
    sa.Column('code', _str(), nullable=False),
    sa.Column('name', _str(), nullable=False),
    sa.Column('name_en', _str(), nullable=False),
    sa.Column('hours', sa.Float(), nullable=False),
    sa.Column('months', sa.Integer(), nullable=False),
    sa.Column('pass_mark', sa.Integer(), nullable=False),
    sa.Column('min_attendance', sa.Integer(), nullable=False),
    sa.Column('skills', _str(), nullable=False),
    sa.Column('kind', _str(), nullable=False),
    sa.Column('renewal_months', sa.Integer(), nullable=False),
    sa.Column('renews_course', _str(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_course'))
    )
    _index('course', 'code')

    op.create_table('trainingsession',
    *_synced_columns(),
    sa.Column('course_id', _str(), nullable=False),
    sa.Column('site_id', _str(), nullable=False),
    sa.Column('room', _str(), nullable=False),
    sa.Column('trainer_id', _str(), nullable=False),
    sa.Column('starts', _str(), nullable=False),
    sa.Column('ends', _str(), nullable=False),
    sa.Column('capacity', sa.Integer(), nullable=False),
    sa.Column('language', _str(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_trainingsession'))
    )
    _index('trainingsession', 'course_id')

    op.create_table('enrollment',
    *_synced_columns(),
    sa.Column('session_id', _str(), nullable=False),
    sa.Column('person_id', _str(), nullable=False),
    sa.Column('status', _str(), nullable=False),
    sa.Column('queued', _str(), nullable=False),
    sa.Column('source', _str(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_enrollment'))
    )
    _index('enrollment', 'session_id', 'person_id')

    op.create_table('attendance',
    sa.Column('id', _str(length=36), nullable=False),
    sa.Column('event_id', _str(length=36), nullable=False),
    sa.Column('hlc', _str(), nullable=False),
    sa.Column('device_id', _str(), nullable=False),
    sa.Column('operator_id', _str(), nullable=False),
    sa.Column('session_id', _str(), nullable=False),
    sa.Column('person_id', _str(), nullable=False),
    sa.Column('direction', _str(), nullable=False),
    sa.Column('at', _str(), nullable=False),
    sa.Column('entered_later', sa.Boolean(), nullable=False),
    sa.Column('corrects', _str(), nullable=False),
    sa.Column('void', sa.Boolean(), nullable=False),
    sa.Column('reason', _str(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_attendance'))
    )
    _index('attendance', 'hlc', 'session_id', 'person_id')

    op.create_table('assessment',
    *_synced_columns(),
    sa.Column('session_id', _str(), nullable=False),
    sa.Column('person_id', _str(), nullable=False),
    sa.Column('attempt', sa.Integer(), nullable=False),
    sa.Column('supersedes', _str(), nullable=False),
    sa.Column('score', sa.Integer(), nullable=False),
    sa.Column('skills', _str(), nullable=False),
    sa.Column('trainer_id', _str(), nullable=False),
    sa.Column('assessed_at', _str(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_assessment'))
    )
    _index('assessment', 'session_id', 'person_id')


def downgrade() -> None:
    for table in ('assessment', 'attendance', 'enrollment', 'trainingsession', 'course'):
        op.drop_table(table)
