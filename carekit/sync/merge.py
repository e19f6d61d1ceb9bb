"""Merging received revisions and facts into this laptop's database, inside the caller's transaction.

Revisions merge by union (the stamp is the key). Every row a bundle changes is re-derived from
all its revisions (``carekit.domain.heads``): each field shows its head, or, when concurrent
writes left several heads, the deterministic choice among them, and the conflict is listed.
So the result depends only on the set of revisions, never on the order bundles arrive in.
A row whose creation has not arrived is inserted with defaults. Facts merge by union on id.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable

from sqlmodel import Session

from carekit.i18n import QT_TRANSLATE_NOOP
from carekit.store.bulk import execute_many, insert_rows, insert_values, select_in
from carekit.store import search_index
from carekit.store.derive import replace_conflicts, row_journals
from carekit.sync.bundle import REVISION_FIELDS, BundleError, Content
from carekit.domain.heads import is_legacy, legacy_context, row_state
from carekit.domain.catalog import column_defaults, fact_tables, synced_tables

SYNC_COLUMNS = {"id", "event_id", "hlc", "clocks", "deleted"}
CHUNK = 500
ROWS_AT_ONCE = 5_000  # rows merged at a time: their revisions parsed, their current values read
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
    inserted_rows: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))


_dumps = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode


def _clocks_of(fields: dict, stamp: str, templates: dict[tuple, str] | None = None) -> str:
    """``_dumps(dict.fromkeys(fields, stamp))`` without the encoder: column names and stamps need no
    escaping, and a full import builds this for every row (one template per set of fields)."""
    names = tuple(fields)
    template = templates.get(names) if templates is not None else None
    if template is None:
        template = "{" + ",".join(f'"{name}":"\0"' for name in sorted(fields)) + "}"
        if templates is not None:
            templates[names] = template
    return template.replace("\0", stamp)


def _chunks(items: list, size: int = CHUNK) -> Iterable[list]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


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


def _contexts_of(new_revs: list[tuple]) -> tuple[list[tuple], list[dict]]:
    """Parse each revision's causal context, converting ones written before contexts existed.
    (A context may name a higher stamp than its own revision: a laptop does not let its clock
    follow a sender whose clock runs far ahead, yet its next write replaces that sender's value.)"""
    try:
        contexts = json.loads("[" + ",".join(rev[6] for rev in new_revs) + "]")
    except (ValueError, TypeError):
        contexts = []
    if len(contexts) != len(new_revs) or not all(isinstance(c, dict) for c in contexts):
        raise BundleError("tampered", QT_TRANSLATE_NOOP("Errors", "The bundle holds a revision that cannot be read."))
    converted = []
    for index, (rev, context) in enumerate(zip(new_revs, contexts)):
        if context and is_legacy(context):
            context = legacy_context(context, json.loads(rev[7] or "{}"))
            contexts[index] = context
            rev = rev[:6] + (_dumps(context),) + rev[7:]
        for name, parents in context.items():
            if not isinstance(parents, list) or not all(isinstance(p, str) for p in parents):
                raise BundleError("tampered", QT_TRANSLATE_NOOP(
                    "Errors", "The bundle holds a revision that cannot be read."))
        converted.append(rev)
    return converted, contexts


# Fields that never leave a laptop: a revision from an older CareKit (or a crafted one) that carries
# one has it dropped here, after its signature was checked, exactly as the upgrade drops it from
# the journal, so every laptop keeps the same revision and none keeps the value.
LOCAL_ONLY = {"operator": ("pin_hash",)}


def drop_local_fields(rev: tuple) -> tuple:
    """``rev`` without the laptop-local fields of its table, in changes, contexts and resolutions."""
    names = LOCAL_ONLY.get(rev[2])
    if not names or not any(f'"{name}"' in str(rev[5]) for name in names):
        return rev
    try:
        changes, parents, meta = json.loads(rev[5]), json.loads(rev[6] or "{}"), json.loads(rev[7] or "{}")
    except (TypeError, ValueError):
        return rev  # unreadable: refused as tampered below
    if not all(isinstance(part, dict) for part in (changes, parents, meta)):
        return rev
    for name in names:
        changes.pop(name, None)
        parents.pop(name, None)
        if isinstance(meta.get("resolves"), dict):
            meta["resolves"].pop(name, None)
    return rev[:5] + (_dumps(changes), _dumps(parents), _dumps(meta)) + tuple(rev[8:])


def _parsed_changes(revs: list[tuple]) -> list[dict]:
    """Each revision's changes, in one decoder call (200 000 small ``json.loads`` cost seconds)."""
    try:
        parsed = json.loads("[" + ",".join(rev[5] for rev in revs) + "]")
    except (ValueError, TypeError):
        parsed = []
    if len(parsed) != len(revs) or not all(isinstance(p, dict) for p in parsed):
        raise BundleError("tampered", QT_TRANSLATE_NOOP("Errors", "The bundle holds a revision that cannot be read."))
    return parsed


def _row_groups(revs: list[tuple], size: int = ROWS_AT_ONCE) -> Iterable[list[tuple]]:
    """``revs`` (sorted by row, then stamp) in pieces of about ``size`` rows, a row never split."""
    piece: list[tuple] = []
    rows, last = 0, None
    for rev in revs:
        if rev[3] != last:
            if rows == size:
                yield piece
                piece, rows = [], 0
            rows, last = rows + 1, rev[3]
        piece.append(rev)
    if piece:
        yield piece


@dataclass
class _Table:
    """What merging one table's rows needs, worked out once."""
    entity: str
    cls: Any
    columns: list[str]
    defaults: dict[str, Any]
    fields: set[str] = field(default_factory=set)  # those a revision may write
    templates: dict = field(default_factory=dict)
    survivors: set[str] = field(default_factory=set)  # people other people were merged into, here


def merge(session: Session, content: Content, progress: Progress | None = None, *,
          release: bool = False) -> MergeResult:
    """Table by table and, within a table, a few thousand rows at a time: only those rows' parsed
    revisions and current values are held, so the memory a merge needs beyond the bundle stays flat.
    ``release``: empty ``content.revisions`` and ``content.facts`` and let each table's go once it is
    stored (a caller that needs nothing more of them), so a full merge never holds the bundle and
    the rows it wrote at once."""
    result = MergeResult()
    con = session.connection().connection
    incoming = {rev[0]: drop_local_fields(tuple(rev)) if rev[2] in LOCAL_ONLY else tuple(rev)
                for rev in content.revisions}
    facts_in = content.facts
    if release:
        content.revisions, content.facts = [], {}
    existing = {row[0] for row in select_in(con, "SELECT hlc FROM revision WHERE hlc IN ({marks})", incoming)}
    stamps = list(incoming)
    for rows in facts_in.values():
        stamps.extend(row.get("hlc", "") for row in rows)
    result.max_stamp = max(stamps, default="")
    del stamps
    check_shapes([], [], facts_in)
    tables = synced_tables()
    by_entity: dict[str, list[tuple]] = defaultdict(list)
    for rev in incoming.values():
        by_entity[rev[2]].append(rev)
    del incoming
    for entity, revs in by_entity.items():
        if entity not in tables and any(rev[0] not in existing for rev in revs):
            _refuse_unknown(entity)
    facts = fact_tables()
    for table_name in sorted(facts_in):  # first, so a released table's rows go before the rows are made
        rows = facts_in[table_name] if not release else facts_in.pop(table_name)
        before = con.execute(f"SELECT count(*) FROM {table_name}").fetchone()[0]
        insert_rows(session, facts[table_name].__table__, rows, or_ignore=True)
        result.facts_new += con.execute(f"SELECT count(*) FROM {table_name}").fetchone()[0] - before
    rows = []
    rows_per_table = {entity: len({rev[3] for rev in revs}) for entity, revs in by_entity.items()}
    total, done = sum(rows_per_table.values()), 0
    conflict_rows: list[tuple[str, str]] = []
    found_conflicts: list[dict] = []
    for entity in sorted(by_entity):
        new = sorted((rev for rev in by_entity.pop(entity) if rev[0] not in existing), key=lambda r: (r[3], r[0]))
        cls = tables[entity]
        columns = [c.name for c in cls.__table__.columns]
        table = _Table(entity, cls, columns, column_defaults(cls), set(columns) - (SYNC_COLUMNS - {"deleted"}))
        if entity == "person" and new:
            table.survivors = {r[0] for r in con.execute(
                "SELECT DISTINCT merged_into FROM person WHERE merged_into != ''")}
        inserted, updated = 0, 0
        for piece in _row_groups(new):
            piece_inserted, piece_updated, rows = _merge_rows(session, table, piece, result, conflict_rows,
                                                              found_conflicts)
            inserted, updated, done = inserted + piece_inserted, updated + piece_updated, done + rows
            if progress and not progress(done, total):
                raise Cancelled()
        result.new += inserted
        result.updated += updated
        result.unchanged += rows_per_table[entity] - inserted - updated
        done += rows_per_table[entity] - len({rev[3] for rev in new})
        if progress and not progress(done, total):
            raise Cancelled()
    replace_conflicts(session, conflict_rows, found_conflicts)
    result.conflicts = len(found_conflicts)
    return result


def _merge_rows(session: Session, table: _Table, revs: list[tuple], result: MergeResult,
                conflict_rows: list[tuple[str, str]], found_conflicts: list[dict]) -> tuple[int, int, int]:
    """Merge the new revisions of some rows of one table (sorted by row, then stamp): store them,
    write each row's state. Returns (rows inserted, rows updated, rows touched)."""
    con = session.connection().connection
    entity, columns, defaults = table.entity, table.columns, table.defaults
    parsed = _parsed_changes(revs)
    allowed = table.fields
    for fields in parsed:
        if not fields.keys() <= allowed:
            _refuse_unknown(entity, sorted(fields.keys() - allowed)[0])
    revs, contexts = _contexts_of(revs)
    execute_many(session, f"INSERT OR IGNORE INTO revision ({', '.join(REVISION_FIELDS)}) "
                          f"VALUES ({', '.join('?' * len(REVISION_FIELDS))})", revs)
    result.revisions_new += len(revs)
    by_row: dict[str, list[tuple]] = defaultdict(list)
    for rev, fields, context in zip(revs, parsed, contexts):
        by_row[rev[3]].append((rev, fields, context))
    del parsed, contexts
    current = {row[0]: dict(zip(columns, row)) for row in select_in(
        con, f"SELECT {', '.join(columns)} FROM {entity} WHERE id IN ({{marks}})", list(by_row))}
    created, created_ids, created_rows = [], [], []
    recompute = []
    for row_id, row_revs in by_row.items():
        if row_id not in current and len(row_revs) == 1 and not row_revs[0][2]:
            # The common case: the creation of a row this laptop never had; nothing to compare.
            rev, fields, _ = row_revs[0]
            row = {**defaults, **fields, "id": row_id, "event_id": rev[1], "hlc": rev[0],
                   "clocks": _clocks_of(fields, rev[0], table.templates)}
            created.append(tuple(map(row.__getitem__, columns)))
            created_ids.append(row_id)
            created_rows.append(row)
        else:
            recompute.append(row_id)
    insert_values(session, table.cls.__table__, tuple(columns), created)
    del created
    _index_created(session, table, created_ids, created_rows)
    del created_rows
    fresh, updates = [], []
    journal = row_journals(session, entity, recompute)
    for row_id in recompute:
        state = current.get(row_id)
        is_new = state is None
        if is_new:
            state = {**defaults, "id": row_id, "event_id": by_row[row_id][0][0][1]}
        conflict_rows.append((entity, row_id))
        derived = row_state(entity, row_id, journal[row_id])
        after = {**state, **derived.values, "hlc": derived.hlc, "clocks": _dumps(derived.clocks)}
        if is_new:
            fresh.append(after)
        elif after != state:
            updates.append(after)
        found_conflicts.extend(derived.conflicts)
    insert_rows(session, table.cls.__table__, fresh)
    data_columns = [c for c in columns if c != "id"]
    execute_many(session, f"UPDATE {entity} SET {', '.join(f'{c} = ?' for c in data_columns)} WHERE id = ?",
                 [tuple(s[c] for c in data_columns) + (s["id"],) for s in updates])
    fresh_ids, updated_ids = [s["id"] for s in fresh], [s["id"] for s in updates]
    search_index.wrote(session, entity, fresh_ids, new=True)
    search_index.wrote(session, entity, updated_ids)
    result.inserted_rows[entity].update(created_ids, fresh_ids)
    return len(created_ids) + len(fresh), len(updates), len(by_row)


def _index_created(session: Session, table: _Table, ids: list[str], rows: list[dict]) -> None:
    """Tell the search index about rows just created from their first revision. It is handed
    their fields, as a local write hands them, where those fields are all it will show; where
    more is involved (a person with badges or merged people here already, a deleted or merged
    row) it reads the rows back when the transaction commits."""
    if table.entity not in ("person", "registration") or not ids:
        return
    if table.entity == "person":
        con = session.connection().connection
        badged = {r[0] for r in select_in(con, "SELECT DISTINCT person_id FROM registration "
                                               "WHERE person_id IN ({marks})", ids)}
        plain = [not (row["deleted"] or row["merged_into"] or row_id in badged or row_id in table.survivors)
                 for row_id, row in zip(ids, rows)]
    else:
        plain = [not row["deleted"] for row in rows]
    search_index.wrote(session, table.entity, [i for i, ok in zip(ids, plain) if ok],
                       [row for row, ok in zip(rows, plain) if ok], new=True)
    search_index.wrote(session, table.entity, [i for i, ok in zip(ids, plain) if not ok], new=True)


class Cancelled(Exception):
    """The person pressed Cancel; the caller rolls the transaction back."""
