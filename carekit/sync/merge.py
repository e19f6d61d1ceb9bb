"""Merging received revisions and facts into this laptop's database, inside the caller's transaction.

Revisions merge by union (the stamp is the key). Each field of a mutable row is a register: it
takes the value of the revision with the highest stamp, which ``clocks`` remembers per field, so
the result does not depend on the order bundles arrive in. A row whose creation has not arrived
is inserted with defaults. Facts merge by union on id. Conflicts (same field, same parent stamp,
different values, not named by a later ``resolves``) are recomputed for every row touched.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable

from sqlmodel import Session

from carekit.i18n import QT_TRANSLATE_NOOP
from carekit.store.bulk import execute_many, insert_rows
from carekit.sync.bundle import REVISION_FIELDS, BundleError, Content
from carekit.domain.catalog import column_defaults, fact_tables, synced_tables

SYNC_COLUMNS = {"id", "event_id", "hlc", "clocks", "deleted"}
CHUNK = 500
Progress = Callable[[int, int], bool]


@dataclass
class MergeResult:
    new: int = 0  # rows this laptop did not have
    updated: int = 0  # rows whose state changed
    unchanged: int = 0  # rows in the bundle already up to date here
    facts_new: int = 0
    revisions_new: int = 0
    conflicts: int = 0  # open conflicts on the rows touched, after the merge
    max_stamp: str = ""
    changed_rows: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    inserted_rows: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))


_dumps = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode


def _clocks_of(fields: dict, stamp: str) -> str:
    """``_dumps(dict.fromkeys(fields, stamp))`` without the encoder: column names and stamps need no
    escaping, and a full import builds this for every row."""
    return "{" + ",".join(f'"{name}":"{stamp}"' for name in sorted(fields)) + "}"


def _chunks(items: list, size: int = CHUNK) -> Iterable[list]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


def _select_in(session: Session, sql: str, values: list) -> list:
    """``sql`` has one ``{marks}`` placeholder for an IN list; run it chunk by chunk."""
    con = session.connection().connection
    rows = []
    for part in _chunks(values):
        rows.extend(con.execute(sql.format(marks=",".join("?" * len(part))), part).fetchall())
    return rows


def _refuse_unknown(entity: str, field_name: str = "") -> None:
    raise BundleError("unknown_table", QT_TRANSLATE_NOOP(
        "Errors", "The bundle holds data this CareKit does not know ({what}); update CareKit on this "
                  "laptop. Nothing was imported."), what=f"{entity}.{field_name}" if field_name else entity)


def check_shapes(revisions: list[tuple], changes: list[dict], facts_in: dict[str, list[dict]]) -> None:
    """Refuse, before writing anything, data for tables or fields this app does not have."""
    tables, facts = synced_tables(), fact_tables()
    allowed = {name: set(cls.__table__.columns.keys()) - (SYNC_COLUMNS - {"deleted"}) for name, cls in tables.items()}
    for rev, fields in zip(revisions, changes):
        entity = rev[2]
        if entity not in allowed:
            _refuse_unknown(entity)
        if not fields.keys() <= allowed[entity]:
            _refuse_unknown(entity, sorted(fields.keys() - allowed[entity])[0])
    for table, rows in facts_in.items():
        if table not in facts:
            _refuse_unknown(table)
        columns = set(facts[table].__table__.columns.keys())
        for row in rows[:1]:
            if not row.keys() <= columns:
                _refuse_unknown(table, sorted(row.keys() - columns)[0])


def merge(session: Session, content: Content, progress: Progress | None = None) -> MergeResult:
    result = MergeResult()
    con = session.connection().connection
    incoming = {rev[0]: rev for rev in content.revisions}
    existing = {row[0] for row in _select_in(session, "SELECT hlc FROM revision WHERE hlc IN ({marks})", list(incoming))}
    new_revs = sorted((rev for hlc, rev in incoming.items() if hlc not in existing), key=lambda r: r[0])
    # One decoder call over all of them: 200 000 small json.loads calls cost seconds.
    try:
        parsed = json.loads("[" + ",".join(rev[5] for rev in new_revs) + "]")
    except (ValueError, TypeError):
        parsed = []
    if len(parsed) != len(new_revs) or not all(isinstance(p, dict) for p in parsed):
        raise BundleError("tampered", QT_TRANSLATE_NOOP("Errors", "The bundle holds a revision that cannot be read."))
    check_shapes(new_revs, parsed, content.facts)
    execute_many(session, f"INSERT OR IGNORE INTO revision ({', '.join(REVISION_FIELDS)}) "
                          f"VALUES ({', '.join('?' * len(REVISION_FIELDS))})", [tuple(r) for r in new_revs])
    result.revisions_new = len(new_revs)
    stamps = list(incoming)
    for rows in content.facts.values():
        stamps.extend(row.get("hlc", "") for row in rows)
    result.max_stamp = max(stamps, default="")

    rows_in_bundle: dict[str, set[str]] = defaultdict(set)
    for rev in content.revisions:
        rows_in_bundle[rev[2]].add(rev[3])
    new_by_row: dict[tuple[str, str], list[tuple]] = defaultdict(list)
    for rev, fields in zip(new_revs, parsed):
        new_by_row[(rev[2], rev[3])].append((rev, fields))

    tables = synced_tables()
    total, done = sum(len(ids) for ids in rows_in_bundle.values()), 0
    conflict_rows: list[tuple[str, str]] = []
    for entity, ids in sorted(rows_in_bundle.items()):
        cls = tables[entity]
        columns = [c.name for c in cls.__table__.columns]
        touched = sorted(i for i in ids if (entity, i) in new_by_row)
        current = {}
        for part in _chunks(touched):
            cursor = con.execute(f"SELECT {', '.join(columns)} FROM {entity} WHERE id IN ({','.join('?' * len(part))})", part)
            current.update((row[0], dict(zip(columns, row))) for row in cursor)
        defaults = column_defaults(cls)
        inserts, updates = [], []
        for count, row_id in enumerate(touched, 1):
            if progress and count % 10_000 == 0 and not progress(done + count, total):
                raise Cancelled()
            revs = new_by_row[(entity, row_id)]
            state = current.get(row_id)
            if state is None and len(revs) == 1:  # the common case: a row this laptop never had
                rev, fields = revs[0]
                inserts.append({**defaults, **fields, "id": row_id, "event_id": rev[1], "hlc": rev[0],
                                "clocks": _clocks_of(fields, rev[0])})
                continue
            is_new = state is None
            if is_new:
                state = {**defaults, "id": row_id, "event_id": revs[0][0][1]}
            conflict_rows.append((entity, row_id))
            before = dict(state)
            clocks = json.loads(state["clocks"])
            for rev, fields in revs:
                for name, value in fields.items():
                    if rev[0] > clocks.get(name, ""):
                        state[name], clocks[name] = value, rev[0]
                if rev[0] > state["hlc"]:
                    state["hlc"] = rev[0]
            state["clocks"] = _dumps(clocks)
            if is_new:
                inserts.append(state)
            elif state != before:
                updates.append(state)
        insert_rows(session, cls.__table__, inserts)
        data_columns = [c for c in columns if c != "id"]
        execute_many(session, f"UPDATE {entity} SET {', '.join(f'{c} = ?' for c in data_columns)} WHERE id = ?",
                     [tuple(s[c] for c in data_columns) + (s["id"],) for s in updates])
        result.new += len(inserts)
        result.updated += len(updates)
        result.unchanged += len(ids) - len(inserts) - len(updates)
        result.changed_rows[entity].update(s["id"] for s in inserts)
        result.inserted_rows[entity].update(s["id"] for s in inserts)
        result.changed_rows[entity].update(s["id"] for s in updates)
        done += len(ids)
        if progress and not progress(done, total):
            raise Cancelled()

    facts = fact_tables()
    for table, rows in sorted(content.facts.items()):
        before = con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        insert_rows(session, facts[table].__table__, rows, or_ignore=True)
        result.facts_new += con.execute(f"SELECT count(*) FROM {table}").fetchone()[0] - before
    result.conflicts = refresh_conflicts(session, conflict_rows)
    return result


class Cancelled(Exception):
    """The person pressed Cancel; the caller rolls the transaction back."""


def row_conflicts(entity: str, row_id: str, revisions: Iterable[tuple[str, str, str, str]]) -> list[dict]:
    """Conflicts of one row from its revisions (hlc, changes, parents, meta JSON texts)."""
    groups: dict[tuple[str, str], dict[str, Any]] = defaultdict(dict)
    resolved: dict[str, set[str]] = defaultdict(set)
    for hlc, changes, parents, meta in revisions:
        parent_of = json.loads(parents)
        for name, value in json.loads(changes).items():
            groups[(name, parent_of.get(name, ""))][hlc] = value
        for name, named in json.loads(meta).get("resolves", {}).items():
            resolved[name].update(named)
    found = []
    for (name, parent), values in sorted(groups.items()):
        if len({_dumps(v) for v in values.values()}) > 1 and not set(values) <= resolved[name]:
            found.append({"id": f"{entity}:{row_id}:{name}:{parent}", "entity": entity, "row_id": row_id,
                          "field": name, "parent": parent, "stamps": _dumps(sorted(values)),
                          "choices": _dumps(values)})
    return found


def refresh_conflicts(session: Session, rows: list[tuple[str, str]]) -> int:
    """Recompute the open conflicts of these rows from all their revisions; returns how many."""
    if not rows:
        return 0
    con = session.connection().connection
    wanted = set(rows)
    revisions: dict[tuple[str, str], list[tuple]] = defaultdict(list)
    for entity, row_id, *rest in _select_in(
            session, "SELECT entity, row_id, hlc, changes, parents, meta FROM revision WHERE row_id IN ({marks})",
            sorted({r for _, r in rows})):
        if (entity, row_id) in wanted:
            revisions[(entity, row_id)].append(tuple(rest))
    execute_many(session, "DELETE FROM conflict WHERE entity = ? AND row_id = ?", sorted(wanted))
    found = [c for (entity, row_id), revs in sorted(revisions.items()) for c in row_conflicts(entity, row_id, revs)]
    if found:
        from carekit.domain.sync_tables import Conflict
        insert_rows(session, Conflict.__table__, found)
    return len(found)
