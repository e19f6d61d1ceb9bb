"""local PIN verifiers: operators' PIN hashes leave the synced rows and the revision history.

Before this, ``operator.pin_hash`` was a synced column, so every laptop's file and every bundle
held every operator's hash. Now each laptop keeps the hashes of the operators who may sign in
there in ``pinverifier``, which is never journalled nor bundled; a setup file carries them to
the laptops that join. The hash is removed from the operator rows, from their field stamps, from
every revision and from open conflicts, the same way on every laptop, so canonical dumps of two
upgraded laptops still compare equal.

Revision ID: 0015
Revises: 0013
Create Date: 2026-12-01 22:30:00
"""
from alembic import op
import sqlalchemy as sa
import sqlmodel

revision = '0015'
down_revision = '0013'
branch_labels = None
depends_on = None

_str = sqlmodel.sql.sqltypes.AutoString


def upgrade() -> None:
    con = op.get_bind()
    con.exec_driver_sql("PRAGMA secure_delete = ON")  # the old hashes' pages are zeroed as they are freed
    op.create_table('pinverifier',
    sa.Column('operator_id', _str(length=36), nullable=False),
    sa.Column('pin_hash', _str(), nullable=False),
    sa.Column('set_at', _str(), nullable=False),
    sa.PrimaryKeyConstraint('operator_id', name=op.f('pk_pinverifier')))
    con.exec_driver_sql("INSERT INTO pinverifier (operator_id, pin_hash, set_at) "
                        "SELECT id, pin_hash, '' FROM operator WHERE pin_hash != ''")
    con.exec_driver_sql("UPDATE operator SET clocks = json_remove(clocks, '$.pin_hash') "
                        "WHERE json_valid(clocks) AND json_type(clocks, '$.pin_hash') IS NOT NULL")
    con.exec_driver_sql(
        "UPDATE revision SET changes = json_remove(changes, '$.pin_hash'), "
        "parents = CASE WHEN json_valid(parents) THEN json_remove(parents, '$.pin_hash') ELSE parents END, "
        "meta = CASE WHEN json_valid(meta) AND json_type(meta, '$.resolves.pin_hash') IS NOT NULL "
        "THEN json_remove(meta, '$.resolves.pin_hash') ELSE meta END "
        "WHERE entity = 'operator' AND json_valid(changes) AND json_type(changes, '$.pin_hash') IS NOT NULL")
    con.exec_driver_sql("DELETE FROM conflict WHERE entity = 'operator' AND field = 'pin_hash'")
    with op.batch_alter_table('operator', schema=None) as batch_op:
        batch_op.drop_column('pin_hash')
    con.exec_driver_sql("PRAGMA secure_delete = OFF")


def downgrade() -> None:
    with op.batch_alter_table('operator', schema=None) as batch_op:
        batch_op.add_column(sa.Column('pin_hash', _str(), nullable=False, server_default=''))
    op.drop_table('pinverifier')
