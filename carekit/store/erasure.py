"""Clearing erased people's data from rows, facts, the revision history, conflicts and the index.

Runs inside the caller's transaction: when a coordinator erases someone, and after every merge,
so revisions or records that a late bundle still carries are cleared as they arrive. The result
is a function of the set of erasures and revisions alone, so every laptop ends the same.
"""

from __future__ import annotations

import json
from collections import defaultdict

from sqlmodel import Session

from carekit.domain.personal_data import PERSONAL
from carekit.store import search_index
from carekit.store.bulk import select_in

_dumps = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode
CHUNK = 500


def erased_people(session: Session, among: list[str] | None = None) -> set[str]:
    con = session.connection().connection
    if among is None:
        return {r[0] for r in con.execute("SELECT DISTINCT person_id FROM erasure")}
    return {r[0] for r in select_in(con, "SELECT DISTINCT person_id FROM erasure WHERE person_id IN ({marks})", among)}


def _linked_rows(con, table: str, link: str, person_ids: list[str]) -> list[str]:
    return [r[0] for r in select_in(con, f"SELECT id FROM {table} WHERE {link} IN ({{marks}})", person_ids)]


def table_exists(con, table: str) -> bool:
    return con.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)).fetchone() is not None


def scrub(session: Session, person_ids: set[str]) -> tuple[dict[str, int], list[tuple[str, str]]]:
    """Clear the personal fields of these (erased) people everywhere.

    Returns the rows changed per table and the synced rows touched, whose conflicts the caller
    recomputes. Revisions keep their stamps and operators (who did what stays) but lose the
    values, so a conflict over an erased name has nothing left to show."""
    from carekit.domain.catalog import synced_tables
    if not person_ids:
        return {}, []
    con = session.connection().connection
    ids = sorted(person_ids)
    synced = synced_tables()
    changed: dict[str, int] = defaultdict(int)
    touched_rows: list[tuple[str, str]] = []
    for table, spec in PERSONAL.items():
        if not table_exists(con, table):
            continue
        rows = _linked_rows(con, table, spec.link, ids)
        if not rows:
            continue
        sets = ", ".join(f"{name} = ?" for name in spec.cleared)
        values = list(spec.cleared.values())
        where = " OR ".join(f"{name} IS NOT ?" for name in spec.cleared)
        for start in range(0, len(rows), CHUNK):
            part = rows[start:start + CHUNK]
            cursor = con.execute(f"UPDATE {table} SET {sets} WHERE id IN ({','.join('?' * len(part))}) AND ({where})",
                                 values + part + values)
            changed[table] += cursor.rowcount
        if table in synced:
            touched_rows.extend((table, r) for r in rows)
            changed["revision"] += _scrub_revisions(con, table, rows, spec.cleared)
    # Their badge serials stay on the registrations, but nobody finds the person by them.
    search_index.wrote_people(session, ids)
    return dict(changed), touched_rows


def _scrub_revisions(con, table: str, row_ids: list[str], cleared: dict) -> int:
    updates = []
    for hlc, changes in select_in(con, f"SELECT hlc, changes FROM revision WHERE entity = '{table}' "
                                 f"AND row_id IN ({{marks}})", row_ids):
        fields = json.loads(changes)
        scrubbed = {name: (cleared[name] if name in cleared else value) for name, value in fields.items()}
        if scrubbed != fields:
            updates.append((_dumps(scrubbed), hlc))
    if updates:
        con.executemany("UPDATE revision SET changes = ? WHERE hlc = ?", updates)
    return len(updates)
