"""causal contexts: each revision names, per field, every head its writer replaced.

Older journals recorded one parent stamp per field, so a write made at a different depth of a
field's history than a concurrent one went unnoticed. The parent stamp (plus the stamps a
resolution named) is exactly what the writer had replaced, so it converts to a context; then
every row with more than one revision is re-derived and the open conflicts are rebuilt.

Revision ID: 0006
Revises: 0005
"""
import json
from collections import defaultdict

from alembic import op
import sqlalchemy as sa
import sqlmodel

from carekit.domain.heads import is_legacy, legacy_context, row_state

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None

S = sqlmodel.sql.sqltypes.AutoString
_dumps = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode


def upgrade() -> None:
    with op.batch_alter_table('conflict', schema=None) as batch_op:
        batch_op.add_column(sa.Column('rule', S(), nullable=False, server_default=''))
    con = op.get_bind().connection.driver_connection
    converted = []
    for hlc, parents, meta in con.execute("SELECT hlc, parents, meta FROM revision WHERE parents != '{}' "
                                          "OR meta LIKE '%resolves%'").fetchall():
        old = json.loads(parents)
        if is_legacy(old) or "resolves" in json.loads(meta):
            converted.append((_dumps(legacy_context(old, json.loads(meta))), hlc))
    con.executemany("UPDATE revision SET parents = ? WHERE hlc = ?", converted)

    journals = defaultdict(list)
    for entity, row_id, hlc, changes, parents in con.execute(
            "SELECT entity, row_id, hlc, changes, parents FROM revision WHERE row_id IN "
            "(SELECT row_id FROM revision GROUP BY row_id HAVING count(*) > 1)"):
        journals[(entity, row_id)].append((hlc, json.loads(changes), json.loads(parents)))
    con.execute("DELETE FROM conflict")
    columns_of = {}
    for (entity, row_id), revisions in sorted(journals.items()):
        if entity not in columns_of:
            columns_of[entity] = {r[1] for r in con.execute(f"PRAGMA table_info({entity})")}
        columns = columns_of[entity]
        if not columns:
            continue
        state = row_state(entity, row_id, revisions)
        values = {k: v for k, v in state.values.items() if k in columns}
        values.update(hlc=state.hlc, clocks=_dumps(state.clocks))
        con.execute(f"UPDATE {entity} SET {', '.join(f'{k} = ?' for k in values)} WHERE id = ?",
                    [*values.values(), row_id])
        for c in state.conflicts:
            con.execute("INSERT INTO conflict (id, entity, row_id, field, parent, rule, stamps, choices) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", [c[k] for k in (
                            "id", "entity", "row_id", "field", "parent", "rule", "stamps", "choices")])


def downgrade() -> None:
    with op.batch_alter_table('conflict', schema=None) as batch_op:
        batch_op.drop_column('rule')
