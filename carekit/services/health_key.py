"""The event's health key on this laptop: set up by a coordinator, unlocked for health roles.

Sealing needs only the public half, which every laptop has. Opening needs the private half,
which exists only wrapped under the health passphrase (synced with the event) and, after a medic
or coordinator typed the passphrase, in this process's memory until the calendar day changes,
``lock_health`` is called or the app quits. It is never written to the database or a bundle.

Values written before sealing existed are sealed the first time this laptop holds the key
(``seal_clear_values``); a laptop that never holds it takes the sealed copies from bundles
(``adopt_sealed_copies``). Both give the same bytes on every laptop, so the laptops converge.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from typing import Any, Iterable

from sqlmodel import Session

from carekit.domain.catalog import fact_tables, synced_tables
from carekit.domain.enums import Role
from carekit.domain.sealed import SEALED_FIELDS, is_sealed, sealed_fields
from carekit.domain.tables import Event
from carekit.i18n import QT_TRANSLATE_NOOP
from carekit.security import sealing
from carekit.security.sealing import HealthKey, SealError, associated_data
from carekit.services.errors import PermissionDenied, ValidationError
from carekit.services.events import current_event
from carekit.services.workspace import Workspace
from carekit.store.queries import sealing as queries

HEALTH_ROLES = (Role.MEDIC, Role.COORDINATOR)
PASSPHRASE_ENV = "CAREKIT_HEALTH_PASSPHRASE"

# (database file, event id) -> (key, the local day it was unlocked)
_KEYRING: dict[tuple[str, str], tuple[HealthKey, dt.date]] = {}


class HealthLocked(PermissionDenied):
    """reason: ``no_health_key`` (the event has none yet) or ``health_locked`` (not unlocked here)."""


def _slot(ws: Workspace, event_id: str) -> tuple[str, str]:
    return str(ws.db.path.resolve()), event_id


def _event(ws: Workspace) -> Event:
    with ws.db.session() as session:
        return current_event(session)


def check_passphrase(passphrase: str) -> None:
    if len(passphrase or "") < sealing.MIN_PASSPHRASE:
        raise ValidationError("short_health_passphrase", QT_TRANSLATE_NOOP(
            "Errors", "The health passphrase needs at least {n} characters."), n=sealing.MIN_PASSPHRASE)


def _no_key() -> HealthLocked:
    return HealthLocked("no_health_key", QT_TRANSLATE_NOOP(
        "Errors", "This event has no health passphrase yet: a coordinator sets one first "
                  "(carekit health set-passphrase)."))


def has_health_key(ws: Workspace) -> bool:
    return bool(_event(ws).health_public_key)


def is_unlocked(ws: Workspace) -> bool:
    """Whether this laptop holds the opened key now (whoever is signed in)."""
    event = _event(ws)
    held = _KEYRING.get(_slot(ws, event.id))
    if held is None:
        return False
    if held[0].public_key != event.health_public_key or held[1] != dt.date.today():
        _KEYRING.pop(_slot(ws, event.id), None)  # a new day, or the key was replaced: ask again
        return False
    return True


def key_for_file(db) -> HealthKey | None:
    """The key held for this database file today, if any: for aggregates computed without a
    workspace (the day's figures). Whoever shows them checks the role."""
    path = str(db.path.resolve())
    for (held_path, _event_id), (key, day) in _KEYRING.items():
        if held_path == path and day == dt.date.today():
            return key
    return None


def opened_referral_rows(key: HealthKey, rows) -> list[dict[str, str]]:
    """(id, person_id, record_id, destination, flag) rows of referral, opened; unreadable ones left out."""
    opened = []
    for row_id, *values in rows:
        try:
            opened.append({"id": row_id, **{name: key.open(value, associated_data("referral", name, row_id))
                                            for name, value in zip(("person_id", "record_id", "destination",
                                                                    "flag"), values)}})
        except SealError:
            continue
    return opened


def remember(ws: Workspace, event_id: str, key: HealthKey) -> None:
    _KEYRING[_slot(ws, event_id)] = (key, dt.date.today())


def install_new_key(session: Session, journal, passphrase: str) -> HealthKey:
    """Make the key pair inside the caller's event-creating transaction (``event create``)."""
    check_passphrase(passphrase)
    key, wrapped = sealing.new_health_key(passphrase)
    journal.update(Event, journal.event_id, {"health_public_key": key.public_key, "health_key_wrap": wrapped})
    journal.audit("health.key_create", "event", journal.event_id, sealing.fingerprint(key.public_key))
    return key


def set_up_health_key(ws: Workspace, passphrase: str) -> str:
    """Coordinators: give an event that has none (one made before sealing) its health key.
    Clear values already here are sealed now; returns the key's fingerprint."""
    ws.require(Role.COORDINATOR)
    check_passphrase(passphrase)
    with ws.writing() as journal:
        event = current_event(journal.session)
        event_id = event.id
        if event.health_public_key:
            raise ValidationError("has_health_key", QT_TRANSLATE_NOOP(
                "Errors", "This event already has a health passphrase; change it instead."))
        key = install_new_key(journal.session, journal, passphrase)
    remember(ws, event_id, key)
    seal_clear_values(ws)
    return sealing.fingerprint(key.public_key)


def unlock_health(ws: Workspace, passphrase: str) -> None:
    """Medics and coordinators: open the key for this laptop until the day changes."""
    ws.require(*HEALTH_ROLES)
    event = _event(ws)
    if not event.health_public_key:
        raise _no_key()
    try:
        key = sealing.unwrap(event.health_key_wrap, event.health_public_key, passphrase or "")
    except SealError as error:
        if error.reason == "wrong_passphrase":
            raise PermissionDenied("wrong_health_passphrase", QT_TRANSLATE_NOOP(
                "Errors", "That is not the health passphrase of this event.")) from None
        raise PermissionDenied("damaged_health_key", QT_TRANSLATE_NOOP(
            "Errors", "The event's health key is damaged; ask the coordinator to sync again.")) from None
    remember(ws, event.id, key)
    with ws.writing() as journal:
        journal.audit("health.unlock", "event", event.id)
    seal_clear_values(ws)


def lock_health(ws: Workspace) -> None:
    _KEYRING.pop(_slot(ws, _event(ws).id), None)


def change_health_passphrase(ws: Workspace, old: str, new: str) -> None:
    """Coordinators: re-wrap the same key under a new passphrase (sealed values stay as they are)."""
    ws.require(Role.COORDINATOR)
    check_passphrase(new)
    event = _event(ws)
    if not event.health_public_key:
        raise _no_key()
    try:
        key = sealing.unwrap(event.health_key_wrap, event.health_public_key, old or "")
    except SealError:
        raise PermissionDenied("wrong_health_passphrase", QT_TRANSLATE_NOOP(
            "Errors", "That is not the health passphrase of this event.")) from None
    with ws.writing() as journal:
        journal.update(Event, event.id, {"health_key_wrap": sealing.wrap(key, new)})
        journal.audit("health.passphrase_change", "event", event.id)
    remember(ws, event.id, key)


def opened_key(ws: Workspace) -> HealthKey:
    """The key for reading health values: health roles only, and only once unlocked here."""
    ws.require(*HEALTH_ROLES)
    event = _event(ws)
    if not event.health_public_key:
        raise _no_key()
    if not is_unlocked(ws):
        raise HealthLocked("health_locked", QT_TRANSLATE_NOOP(
            "Errors", "Unlock the health data on this laptop first: it needs the health passphrase."))
    return _KEYRING[_slot(ws, event.id)][0]


def public_key_in(session: Session) -> str:
    key = current_event(session).health_public_key
    if not key:
        raise _no_key()
    return key


def seal_fields(public_key: str, table: str, row_id: str, fields: dict[str, Any]) -> dict[str, Any]:
    """``fields`` with every declared sealed field of ``table`` sealed (text values only)."""
    declared = sealed_fields(table)
    return {name: sealing.seal(public_key, str(value), associated_data(table, name, row_id))
            if name in declared else value for name, value in fields.items()}


def open_field(key: HealthKey, table: str, field: str, row_id: str, value: str) -> str:
    try:
        return key.open(value, associated_data(table, field, row_id))
    except SealError:
        raise ValidationError("damaged_value", QT_TRANSLATE_NOOP(
            "Errors", "A sealed value of {table} {row} does not open: it was changed or damaged."),
            table=table, row=row_id) from None


def clear_referrals_of(ws: Workspace, journal, person_id: str) -> int:
    """An erasure on a laptop holding the key: the person's referrals (found by opening them) are
    emptied and deleted with journalled writes, so every laptop clears them when these arrive.
    Without the key they stay sealed, unreadable to all but a health role."""
    from carekit.domain.screening_tables import Referral
    held = _KEYRING.get(_slot(ws, journal.event_id))
    if held is None:
        return 0
    key, cleared = held[0], 0
    con = journal.session.connection().connection
    for row_id, sealed_person in queries.live_referral_people(con):
        if open_field(key, "referral", "person_id", row_id, sealed_person) == person_id:
            journal.update(Referral, row_id, {**dict.fromkeys(sealed_fields("referral"), ""), "deleted": True})
            cleared += 1
    return cleared


# -- values from before sealing ------------------------------------------------------------
def _reseal_changes(key: HealthKey, table: str, row_id: str, changes: dict) -> bool:
    touched = False
    for name in sealed_fields(table).intersection(changes):
        value = changes[name]
        if isinstance(value, str) and value and not is_sealed(value):
            changes[name] = key.reseal(value, associated_data(table, name, row_id))
            touched = True
    return touched


def clear_values_held(ws: Workspace) -> int:
    """How many rows and revisions of this file still hold a declared field in clear (written
    before sealing). A laptop without the private key cannot seal them itself: a random sealing
    would give each laptop other bytes for the same revision (no convergence), and a sealing
    derived from public data alone would let anyone test a guessed value against it. They are
    replaced when a bundle from an unlocked laptop brings their sealed copies."""
    count = 0
    with ws.db.session() as session:
        con = session.connection().connection
        tables = {**synced_tables(), **fact_tables()}
        for table, declared in sorted(SEALED_FIELDS.items()):
            if table not in tables:
                continue
            columns = sorted(declared)
            count += queries.clear_row_count(con, table, columns, sealing.PREFIX)
            if table in synced_tables():
                for _, row_id, text in queries.revisions_of_entity(con, table):
                    changes = json.loads(text)
                    count += any(isinstance(changes.get(c), str) and changes[c] and not is_sealed(changes[c])
                                 for c in columns)
    return count


def seal_clear_values(ws: Workspace) -> int:
    """Seal every clear value of a declared field in this file, in one transaction; returns how many
    rows and revisions changed. The sealing is deterministic (``HealthKey.reseal``), so laptops
    that do this independently hold the same bytes afterwards."""
    event = _event(ws)
    held = _KEYRING.get(_slot(ws, event.id))
    if held is None:
        return 0
    key = held[0]
    changed = 0
    touched_rows: set[tuple[str, str]] = set()
    with ws.writing() as journal:
        scrubbing(journal.session)
        con = journal.session.connection().connection
        tables = {**synced_tables(), **fact_tables()}
        for table, declared in sorted(SEALED_FIELDS.items()):
            if table not in tables:
                continue
            columns = sorted(declared)
            rows = queries.clear_rows(con, table, columns, sealing.PREFIX)
            updates = []
            for row_id, *values in rows:
                fields = dict(zip(columns, values))
                _reseal_changes(key, table, row_id, fields)
                updates.append(tuple(fields[c] for c in columns) + (row_id,))
            queries.set_row_columns(journal.session, table, columns, updates)
            changed += len(updates)
            if table in synced_tables():
                revisions = []
                for hlc, row_id, text in queries.revisions_of_entity(con, table):
                    changes = json.loads(text)
                    if _reseal_changes(key, table, row_id, changes):
                        revisions.append((json.dumps(changes, ensure_ascii=False, sort_keys=True,
                                                     separators=(",", ":")), hlc))
                        touched_rows.add((table, row_id))
                queries.set_revision_changes(journal.session, revisions)
                changed += len(revisions)
        if touched_rows:
            from carekit.store.derive import refresh_conflicts
            refresh_conflicts(journal.session, sorted(touched_rows))
        if changed:
            journal.audit("health.seal_clear", "event", event.id, f"changed={changed}")
        scrubbing(journal.session, on=False)
    if changed:
        drop_old_pages(ws.db)
    return changed


def scrubbing(session: Session, on: bool = True) -> None:
    """Zero what a replaced clear value leaves in the page it was in (SQLite keeps freed space
    otherwise), for the writes that replace clear values by sealed ones."""
    queries.secure_delete(session, on)


def drop_old_pages(db) -> None:
    """After clear values were replaced: checkpoint and empty the WAL, which still holds the pages
    as they were before (best effort; a reader holding an old snapshot keeps it until it ends)."""
    with db.engine.connect() as con:
        queries.truncate_wal(con)


def adopt_sealed_copies(session: Session, revisions: Iterable[tuple], facts: dict[str, list[dict]]) -> int:
    """After a merge: where this laptop holds a clear value and the bundle brought the same fact or
    revision with that value sealed (and nothing else different), keep the sealed copy. Runs inside
    the import's transaction; returns how many copies were replaced."""
    con = session.connection().connection
    replaced = 0
    for table, rows in facts.items():
        declared = sealed_fields(table)
        if not declared:
            continue
        incoming = {r["id"]: r for r in rows if any(is_sealed(r.get(c)) for c in declared)}
        if not incoming:
            continue
        ids = sorted(incoming)
        updates = []
        for local in queries.rows_with_ids(con, table, ids):
            other = incoming.get(local["id"])
            if other is None or not _clear_twin(local, other, declared):
                continue
            updates.append(tuple(other[c] for c in sorted(declared)) + (local["id"],))
        queries.set_row_columns(session, table, sorted(declared), updates)
        replaced += len(updates)
    by_hlc = {r[0]: r for r in revisions if sealed_fields(r[2])}
    if by_hlc:
        local_revs = defaultdict(list)
        hlcs = sorted(by_hlc)
        for start in range(0, len(hlcs), 500):
            part = hlcs[start:start + 500]
            for hlc, entity, row_id, text in queries.revisions_at(con, part):
                local_revs[(entity, row_id)].append((hlc, text))
        rewritten, touched = [], []
        for (entity, row_id), found in local_revs.items():
            declared = sealed_fields(entity)
            for hlc, text in found:
                incoming_text = by_hlc[hlc][5]
                if incoming_text == text:
                    continue
                mine, theirs = json.loads(text), json.loads(incoming_text)
                if mine.keys() == theirs.keys() and _clear_twin(mine, theirs, declared):
                    rewritten.append((incoming_text, hlc))
                    touched.append((entity, row_id, theirs, hlc))
        queries.set_revision_changes(session, rewritten)
        tables = synced_tables()
        for entity, row_id, theirs, hlc in touched:
            clocks = json.loads(queries.field_clocks_text(con, entity, row_id)) if entity in tables else {}
            current = {n: v for n, v in theirs.items() if n in sealed_fields(entity) and clocks.get(n) == hlc}
            if current:
                queries.set_fields(con, entity, row_id, current)
        if touched:
            from carekit.store.derive import refresh_conflicts
            refresh_conflicts(session, sorted({(e, r) for e, r, _, _ in touched}))
        replaced += len(rewritten)
    return replaced


def _clear_twin(local: dict, other: dict, declared: frozenset[str]) -> bool:
    """``other`` is ``local`` with some of its clear declared values sealed, nothing else changed."""
    sealed_any = False
    for name, value in local.items():
        theirs = other.get(name, value)
        if name in declared and theirs != value:
            if is_sealed(value) or not is_sealed(theirs):
                return False
            sealed_any = True
        elif theirs != value:
            return False
    return sealed_any
