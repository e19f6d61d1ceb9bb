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
CREATE_BATCH = 10_000
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


def merge(session: Session, content: Content, progress: Progress | None = None) -> MergeResult:
    result = MergeResult()
    con = session.connection().connection
    incoming = {rev[0]: drop_local_fields(tuple(rev)) for rev in content.revisions}
    existing = {row[0] for row in select_in(con, "SELECT hlc FROM revision WHERE hlc IN ({marks})", incoming)}
    new_revs = sorted((rev for hlc, rev in incoming.items() if hlc not in existing), key=lambda r: r[0])
    # One decoder call over all of them: 200 000 small json.loads calls cost seconds.
    try:
        parsed = json.loads("[" + ",".join(rev[5] for rev in new_revs) + "]")
    except (ValueError, TypeError):
        parsed = []
    if len(parsed) != len(new_revs) or not all(isinstance(p, dict) for p in parsed):
        raise BundleError("tampered", QT_TRANSLATE_NOOP("Errors", "The bundle holds a revision that cannot be read."))
    check_shapes(new_revs, parsed, content.facts)
    new_revs, contexts = _contexts_of(new_revs)
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
    for rev, fields, context in zip(new_revs, parsed, contexts):
        new_by_row[(rev[2], rev[3])].append((rev, fields, context))

    tables = synced_tables()
    total, done = sum(len(ids) for ids in rows_in_bundle.values()), 0
    conflict_rows: list[tuple[str, str]] = []
    found_conflicts: list[dict] = []
    for entity, ids in sorted(rows_in_bundle.items()):
        cls = tables[entity]
        columns = [c.name for c in cls.__table__.columns]
        touched = sorted(i for i in ids if (entity, i) in new_by_row)
        current = {row[0]: dict(zip(columns, row))
                   for row in select_in(con, f"SELECT {', '.join(columns)} FROM {entity} WHERE id IN ({{marks}})", touched)}
        defaults = column_defaults(cls)
        inserts, updates, recompute, fresh = [], [], [], []
        created, templates = [], {}
        for count, row_id in enumerate(touched, 1):
            if progress and count % 10_000 == 0 and not progress(done + count, total):
                raise Cancelled()
            revs = new_by_row[(entity, row_id)]
            if row_id not in current and len(revs) == 1 and not revs[0][2]:
                # The common case: the creation of a row this laptop never had; nothing to compare.
                rev, fields, _ = revs[0]
                row = {**defaults, **fields, "id": row_id, "event_id": rev[1], "hlc": rev[0],
                       "clocks": _clocks_of(fields, rev[0], templates)}
                created.append(tuple(map(row.__getitem__, columns)))
                inserts.append(row_id)
                if len(created) == CREATE_BATCH:  # written as they are made: memory stays flat
                    insert_values(session, cls.__table__, tuple(columns), created)
                    created.clear()
            else:
                recompute.append(row_id)
        insert_values(session, cls.__table__, tuple(columns), created)
        journal = row_journals(session, entity, recompute)
        for row_id in recompute:
            state = current.get(row_id)
            is_new = state is None
            if is_new:
                state = {**defaults, "id": row_id, "event_id": new_by_row[(entity, row_id)][0][0][1]}
            conflict_rows.append((entity, row_id))
            derived = row_state(entity, row_id, journal[row_id])
            after = {**state, **derived.values, "hlc": derived.hlc, "clocks": _dumps(derived.clocks)}
            if is_new:
                fresh.append(after)
            elif after != state:
                updates.append(after)
            found_conflicts.extend(derived.conflicts)
        insert_rows(session, cls.__table__, fresh)
        inserts.extend(s["id"] for s in fresh)
        data_columns = [c for c in columns if c != "id"]
        execute_many(session, f"UPDATE {entity} SET {', '.join(f'{c} = ?' for c in data_columns)} WHERE id = ?",
                     [tuple(s[c] for c in data_columns) + (s["id"],) for s in updates])
        result.new += len(inserts)
        result.updated += len(updates)
        result.unchanged += len(ids) - len(inserts) - len(updates)
        result.changed_rows[entity].update(inserts)
        result.inserted_rows[entity].update(inserts)
        result.changed_rows[entity].update(s["id"] for s in updates)
        done += len(ids)
        if progress and not progress(done, total):
            raise Cancelled()

    facts = fact_tables()
    for table, rows in sorted(content.facts.items()):
        before = con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        insert_rows(session, facts[table].__table__, rows, or_ignore=True)
        result.facts_new += con.execute(f"SELECT count(*) FROM {table}").fetchone()[0] - before
    replace_conflicts(session, conflict_rows, found_conflicts)
    result.conflicts = len(found_conflicts)
    inserted = result.inserted_rows.get("person", set())
    search_index.wrote(session, "person", sorted(inserted), new=True)
    search_index.wrote(session, "person", sorted(result.changed_rows.get("person", set()) - inserted))
    search_index.wrote(session, "registration", sorted(result.changed_rows.get("registration", ())))
    return result


class Cancelled(Exception):
    """The person pressed Cancel; the caller rolls the transaction back."""
