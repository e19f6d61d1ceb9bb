"""key chain: root keys keep their private half on the laptop that made them; issuing keys.

Before this, the organisation's private signing key was a synced column, so every laptop and
bundle carried it. Now: the private half moves into LocalState on the laptop whose device made
the key (the device named in its creating stamp) and is removed everywhere else, from the row
and from the revision history; keys imported from other organisations are marked 'trusted'.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-01 19:40:00
"""
import json

from alembic import op
import sqlalchemy as sa
import sqlmodel

revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None

_str = sqlmodel.sql.sqltypes.AutoString


def _synced_columns() -> list[sa.Column]:
    return [sa.Column('id', _str(length=36), nullable=False),
            sa.Column('event_id', _str(length=36), nullable=False),
            sa.Column('hlc', _str(), nullable=False),
            sa.Column('clocks', _str(), nullable=False),
            sa.Column('deleted', sa.Boolean(), nullable=False)]


def _device_of(stamp: str) -> str:
    return stamp.split(".", 2)[2] if stamp.count(".") >= 2 else ""


def upgrade() -> None:
    con = op.get_bind()
    with op.batch_alter_table('organisationkey', schema=None) as batch_op:
        batch_op.add_column(sa.Column('kind', _str(), nullable=False, server_default='root'))
    local = dict(con.exec_driver_sql("SELECT key, value FROM localstate").fetchall())
    here = local.get("device_id", "")
    for key_id, private, clocks in con.exec_driver_sql(
            "SELECT id, private_key, clocks FROM organisationkey").fetchall():
        created = con.exec_driver_sql("SELECT min(hlc) FROM revision WHERE entity = 'organisationkey' AND row_id = ?",
                                      (key_id,)).scalar() or ""
        if private and here and _device_of(created) == here:
            con.exec_driver_sql("INSERT INTO localstate (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE "
                                "SET value = excluded.value", (f"root_key:{key_id}", private))
        stamps = json.loads(clocks or "{}")
        stamp = stamps.pop("private_key", "")
        if stamp:
            stamps["kind"] = stamp
        con.exec_driver_sql("UPDATE organisationkey SET kind = ?, clocks = ? WHERE id = ?",
                            ("root" if private else "trusted", json.dumps(stamps, sort_keys=True, separators=(",", ":")),
                             key_id))
    # The history must not keep the secret either: a setup file or full bundle is made from it.
    con.exec_driver_sql(
        "UPDATE revision SET changes = json_set(json_remove(changes, '$.private_key'), '$.kind', "
        "CASE WHEN json_extract(changes, '$.private_key') = '' THEN 'trusted' ELSE 'root' END) "
        "WHERE entity = 'organisationkey' AND json_type(changes, '$.private_key') IS NOT NULL")
    with op.batch_alter_table('organisationkey', schema=None) as batch_op:
        batch_op.drop_column('private_key')

    op.create_table('issuingkey',
    *_synced_columns(),
    sa.Column('root_id', _str(), nullable=False),
    sa.Column('holder', _str(), nullable=False),
    sa.Column('device_id', _str(), nullable=False),
    sa.Column('public_key', _str(), nullable=False),
    sa.Column('fingerprint', _str(), nullable=False),
    sa.Column('valid_from', _str(), nullable=False),
    sa.Column('valid_until', _str(), nullable=False),
    sa.Column('delegation', _str(), nullable=False),
    sa.Column('revoked_at', _str(), nullable=False),
    sa.Column('revoked_reason', _str(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_issuingkey'))
    )
    with op.batch_alter_table('issuingkey', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_issuingkey_root_id'), ['root_id'], unique=False)


def downgrade() -> None:
    op.drop_table('issuingkey')
    with op.batch_alter_table('organisationkey', schema=None) as batch_op:
        batch_op.add_column(sa.Column('private_key', _str(), nullable=False, server_default=''))
        batch_op.drop_column('kind')
