"""Re-deriving journalled rows from their revisions: the shown value of each field, the row's
newest stamp, and its open conflicts (the rules are ``carekit.domain.heads``). A merge calls it
for the rows a bundle touched; a local write calls it when the field it wrote had several heads.
"""

from __future__ import annotations

import json
from collections import defaultdict
from typing import Iterable

from sqlmodel import Session

from carekit.domain.catalog import synced_tables
from carekit.domain.heads import Parsed, row_state
from carekit.store.bulk import execute_many, insert_rows, select_in

CHUNK = 500

_dumps = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode


def _chunks(items: list, size: int = CHUNK) -> Iterable[list]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


def row_journals(session: Session, entity: str, row_ids: list[str]) -> dict[str, list[Parsed]]:
    """Every revision of these rows, parsed (one decoder call per chunk)."""
    found: dict[str, list[Parsed]] = defaultdict(list)
    con = session.connection().connection
    for part in _chunks(sorted(set(row_ids))):
        rows = select_in(con, "SELECT row_id, hlc, changes, parents FROM revision WHERE entity = ? "
                              "AND row_id IN ({marks})", part, entity)
        decoded = json.loads("[" + ",".join(f"[{r[2]},{r[3]}]" for r in rows) + "]")
        for (row_id, hlc, _, _), (changes, context) in zip(rows, decoded):
            found[row_id].append((hlc, changes, context))
    return found


def replace_conflicts(session: Session, rows: list[tuple[str, str]], found: list[dict]) -> None:
    execute_many(session, "DELETE FROM conflict WHERE entity = ? AND row_id = ?", sorted(set(rows)))
    if found:
        from carekit.domain.sync_tables import Conflict
        insert_rows(session, Conflict.__table__, found)


def refresh_conflicts(session: Session, rows: list[tuple[str, str]]) -> int:
    """Re-derive these rows (shown values and open conflicts) from all their revisions; returns
    how many conflicts are open on them. Local writes to a field with several heads call it."""
    if not rows:
        return 0
    by_entity: dict[str, list[str]] = defaultdict(list)
    for entity, row_id in sorted(set(rows)):
        by_entity[entity].append(row_id)
    found = []
    con = session.connection().connection
    for entity, ids in sorted(by_entity.items()):
        journals = row_journals(session, entity, ids)
        columns = set(synced_tables()[entity].__table__.columns.keys())
        for row_id in ids:
            state = row_state(entity, row_id, journals[row_id])
            found.extend(state.conflicts)
            values = {k: v for k, v in state.values.items() if k in columns}
            values.update(hlc=state.hlc, clocks=_dumps(state.clocks))
            con.execute(f"UPDATE {entity} SET {', '.join(f'{k} = ?' for k in values)} WHERE id = ?",
                        [*values.values(), row_id])
    replace_conflicts(session, rows, found)
    return len(found)
