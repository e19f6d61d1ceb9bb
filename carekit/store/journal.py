"""The only way mutable rows change: each write is stamped, journalled as a Revision, and applied.

Writes go through SQLAlchemy Core on the session's connection: a roster import writes hundreds
of thousands of rows and ORM objects would cost ten times more.
"""

from __future__ import annotations

import json
from datetime import datetime, timezone
from itertools import repeat
from operator import itemgetter
from typing import Any, Iterable, Sequence

from sqlalchemy import insert, select, update
from sqlmodel import Session

from carekit.i18n import QT_TRANSLATE_NOOP, translate
from carekit.store import search_index
from carekit.store.bulk import insert_rows, insert_values

from carekit.domain.ids import new_id, new_ids
from carekit.domain.sealed import SEALED_FIELDS, refuse_clear
from carekit.domain.tables import AuditEntry, FactRow, Revision, SyncedRow
from carekit.domain.clock import HybridClock
from carekit.domain.heads import field_heads, writer_context

SYNC_COLUMNS = {"id", "event_id", "hlc", "clocks", "deleted"}


def now_iso() -> str:
    return datetime.now(timezone.utc).astimezone().isoformat(timespec="seconds")


def now_utc() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="microseconds")


def read_local(session: Session) -> dict[str, str]:
    # Plain SQL: this runs in every transaction, including each check-in.
    return dict(session.connection().exec_driver_sql("SELECT key, value FROM localstate").all())


def write_local(session: Session, **values: str) -> None:
    session.connection().exec_driver_sql(
        "INSERT INTO localstate (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        list(values.items()))


_ENCODER = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":"))
_encode_text = json.encoder.encode_basestring  # the C encoder the stdlib uses for ensure_ascii=False


def _dumps(value: Any) -> str:
    return _ENCODER.encode(value)


def _dumps_rows(rows: list[dict[str, Any]]) -> list[str]:
    """``_dumps`` of many dicts, byte for byte, at a quarter of the cost when they share their
    keys (a bulk write's rows do): the keys are written once and only the values encoded."""
    if not rows:
        return []
    keys = sorted(rows[0])
    heads = [_encode_text(k) + ":" for k in keys]
    same = set(keys)
    out = []
    for row in rows:
        if row.keys() != same:
            out.append(_dumps(row))
            continue
        out.append("{" + ",".join([head + (_encode_text(v) if type(v) is str else _dumps(v))
                                   for head, v in zip(heads, map(row.__getitem__, keys))]) + "}")
    return out


def _clocks_rows(rows: list[dict[str, Any]], stamps: list[str]) -> list[str]:
    """``_dumps({field: stamp for field in row})`` per row, by filling one template per key set."""
    out, templates = [], {}
    for fields, stamp in zip(rows, stamps):
        names = tuple(fields)
        template = templates.get(names)
        if template is None:
            template = templates[names] = _dumps({f: "\0" for f in names})
        out.append(template.replace('"\\u0000"', _encode_text(stamp)))
    return out


def _dumps_values(names: tuple[str, ...], values: Sequence[tuple]) -> list[str]:
    """``_dumps(dict(zip(names, row)))`` per row of plain text values, by one template filled in C;
    a row holding anything but text is encoded the ordinary way."""
    order = sorted(range(len(names)), key=names.__getitem__)
    if not order:
        return ["{}"] * len(values)
    template = "{" + ",".join(_encode_text(names[i]).replace("%", "%%") + ":%s" for i in order) + "}"
    pick = itemgetter(*order) if len(order) > 1 else (lambda row: (row[order[0]],))
    out = []
    for row in values:
        try:
            out.append(template % tuple(map(_encode_text, pick(row))))
        except TypeError:  # a number, a flag or None among the values
            out.append(_dumps(dict(zip(names, row))))
    return out


def _clocks_values(names: tuple[str, ...], stamps: list[str]) -> list[str]:
    """``_dumps({field: stamp for field in names})`` per stamp."""
    parts = _dumps({f: "\0" for f in names}).split('"\\u0000"')
    return [_encode_text(stamp).join(parts) for stamp in stamps]


class ErasedRow(LookupError):
    """An edit to a person erased at their request: refused whoever asks, so nothing comes back."""

    reason = "erased"
    template = QT_TRANSLATE_NOOP("Errors", "This person's data was erased at their request; it cannot be edited.")

    def __init__(self):
        super().__init__(self.template)

    @property
    def message(self) -> str:
        return translate("Errors", self.template)


# The fields of a row the search index shows (or that decide whether it shows the person).
_SEARCHED = {"person": {"name", "romanised", "phone", "staff_id", "deleted", "merged_into"},
             "registration": {"serial", "deleted", "person_id"}}


class Journal:
    """Write context of one transaction: who (operator), where (device), when (clock)."""

    def __init__(self, session: Session, *, event_id: str, device_id: str, operator_id: str,
                 clock: HybridClock):
        self.session = session
        self.event_id = event_id
        self.device_id = device_id
        self.operator_id = operator_id
        self.clock = clock

    # -- mutable rows -------------------------------------------------------------------
    def create(self, cls: type[SyncedRow], fields: dict[str, Any], row_id: str | None = None) -> str:
        return self.create_many(cls, [fields], [row_id or new_id()])[0]

    def create_many(self, cls: type[SyncedRow], rows: list[dict[str, Any]],
                    ids: list[str] | None = None) -> list[str]:
        names = tuple(rows[0]) if rows else ()
        same = rows[0].keys() if rows else set()
        if all(fields.keys() == same for fields in rows):  # rows of one call usually share their fields
            return self.create_columns(cls, names, [tuple(map(fields.__getitem__, names)) for fields in rows], ids)
        ids = ids or new_ids(len(rows))
        entity = cls.__tablename__
        refuse_clear(entity, rows)
        stamps = self.clock.tick_many(len(rows))
        event_ids = ids if entity == "event" else [self.event_id] * len(rows)
        insert_rows(self.session, cls.__table__, [
            {**fields, "id": row_id, "event_id": event_id, "hlc": stamp, "clocks": clocks, "deleted": False}
            for fields, row_id, event_id, stamp, clocks
            in zip(rows, ids, event_ids, stamps, _clocks_rows(rows, stamps))])
        self._journal_created(entity, ids, event_ids, stamps, _dumps_rows(rows))
        search_index.wrote(self.session, entity, ids, rows)
        return ids

    def create_columns(self, cls: type[SyncedRow], names: tuple[str, ...], values: Sequence[tuple],
                       ids: list[str] | None = None) -> list[str]:
        """``create_many`` of rows given as tuples of ``names``: a roster's hundred thousand rows
        are written, journalled and indexed without a dict each."""
        ids = ids or new_ids(len(values))
        entity = cls.__tablename__
        if entity in SEALED_FIELDS:
            refuse_clear(entity, [dict(zip(names, row)) for row in values])
        stamps = self.clock.tick_many(len(values))
        event_ids = ids if entity == "event" else [self.event_id] * len(values)
        insert_values(self.session, cls.__table__, names + ("id", "event_id", "hlc", "clocks", "deleted"),
                      [(*row, row_id, event_id, stamp, clocks, False) for row, row_id, event_id, stamp, clocks
                       in zip(values, ids, event_ids, stamps, _clocks_values(names, stamps))])
        self._journal_created(entity, ids, event_ids, stamps, _dumps_values(names, values))
        search_index.wrote_columns(self.session, entity, ids, names, values)
        return ids

    def _journal_created(self, entity: str, ids: list[str], event_ids: list[str], stamps: list[str],
                         changes: list[str]) -> None:
        insert_values(self.session, Revision.__table__,
                      ("hlc", "event_id", "entity", "row_id", "operator_id", "changes", "parents", "meta"),
                      list(zip(stamps, event_ids, repeat(entity), ids, repeat(self.operator_id), changes,
                               repeat("{}"), repeat("{}"))))

    def update(self, cls: type[SyncedRow], row_id: str, fields: dict[str, Any],
               meta: dict[str, Any] | None = None, together: tuple[str, ...] = ()) -> dict[str, Any]:
        """Write only the fields whose value changes; returns them (empty when nothing did).
        ``together`` fields are written with any change even when unchanged (a signature covers
        them all, so concurrent writes must meet as one set of heads, not a mix)."""
        current = self.session.execute(select(cls).where(cls.id == row_id)).scalar_one_or_none()
        if current is None:
            raise LookupError(f"{cls.__tablename__} {row_id} does not exist")
        if cls.__tablename__ == "person" and current.deleted and self._erased(row_id):
            raise ErasedRow()
        settles = (meta or {}).get("resolves", {})
        # A resolution is a write to its field even when the value kept is the one shown.
        changed = {f: v for f, v in fields.items() if getattr(current, f) != v or f in settles}
        if changed:
            changed.update({f: fields[f] for f in together if f in fields})
        refuse_clear(cls.__tablename__, [changed])
        if not changed and not meta:
            return {}
        clocks = json.loads(current.clocks)
        searched = _SEARCHED.get(cls.__tablename__)
        link = "merged_into" if cls.__tablename__ == "person" else "person_id"
        linked_before = getattr(current, link, "") if searched else ""  # the update below changes it
        stamp = self.clock.tick()
        heads = self.field_heads(cls.__tablename__, row_id)
        parents = self._contexts(cls.__tablename__, row_id, changed, settles, heads)
        clocks.update({f: stamp for f in changed})
        self.session.execute(update(cls).where(cls.id == row_id).values(
            **changed, hlc=max(current.hlc, stamp), clocks=_dumps(clocks)))
        self.session.execute(insert(Revision), [{
            "hlc": stamp, "event_id": current.event_id, "entity": cls.__tablename__, "row_id": row_id,
            "operator_id": self.operator_id, "changes": _dumps(changed), "parents": _dumps(parents),
            "meta": _dumps(meta or {})}])
        if any(len(heads.get(f, ())) > 1 for f in changed):
            # The field had several values: what it shows and the conflict list follow the rule.
            from carekit.store.derive import refresh_conflicts
            refresh_conflicts(self.session, [(cls.__tablename__, row_id)])
        if searched and searched & changed.keys():
            # The person (and a group's survivor, or the person a registration moved from) as before
            # and after the write: the search index follows them when the transaction commits.
            search_index.wrote_people(self.session, [row_id if link == "merged_into" else "",
                                                     linked_before, changed.get(link, "")])
        self.session.expire(current)
        return changed

    def _erased(self, person_id: str) -> bool:
        return self.session.connection().exec_driver_sql(
            "SELECT 1 FROM erasure WHERE person_id = ? LIMIT 1", (person_id,)).first() is not None

    def field_heads(self, entity: str, row_id: str) -> dict[str, dict[str, Any]]:
        """The current heads of every field of one row, from its revisions."""
        rows = self.session.connection().exec_driver_sql(
            "SELECT hlc, changes, parents FROM revision WHERE row_id = ? AND entity = ?", (row_id, entity)).all()
        return field_heads((hlc, json.loads(changes), json.loads(parents)) for hlc, changes, parents in rows)

    def _contexts(self, entity: str, row_id: str, changed: dict[str, Any], settles: dict[str, list[str]],
                  heads: dict[str, dict[str, Any]]) -> dict[str, list[str]]:
        """Per changed field, the heads this write replaces (its causal context)."""
        contexts = {}
        for name in changed:
            current = heads.get(name, {})
            named = settles.get(name)
            if named is not None and not set(named) <= set(current):
                raise ValueError(f"{entity} {row_id}: {name} no longer has the values being settled")
            contexts[name] = writer_context(entity, name, current, named)
        return contexts

    def delete(self, cls: type[SyncedRow], row_id: str) -> None:
        """A tombstone is a write like any other, so it merges by clock."""
        self.update(cls, row_id, {"deleted": True})

    # -- insert-only facts --------------------------------------------------------------
    def add_fact(self, cls: type[FactRow], fields: dict[str, Any]) -> str:
        return self.add_facts(cls, [fields])[0]

    def add_facts(self, cls: type[FactRow], rows: Iterable[dict[str, Any]]) -> list[str]:
        prepared = [{"id": new_id(), **fields, "event_id": self.event_id, "hlc": self.clock.tick(),
                     "device_id": self.device_id, "operator_id": self.operator_id} for fields in rows]
        refuse_clear(cls.__tablename__, prepared)
        insert_rows(self.session, cls.__table__, prepared)
        return [row["id"] for row in prepared]

    def audit(self, action: str, entity: str = "", row_id: str = "", detail: str = "") -> None:
        self.audit_many(action, entity, [(row_id, detail)])

    def audit_many(self, action: str, entity: str, items: Iterable[tuple[str, str]]) -> None:
        at = now_iso()
        self.add_facts(AuditEntry, ({"at": at, "action": action, "entity": entity, "row_id": rid,
                                     "detail": detail} for rid, detail in items))
