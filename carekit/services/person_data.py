"""People's data rights: everything held about a person, and erasing them on every laptop.

An export is what a coordinator hands a person who asks what the event holds about them
(health values only for the health roles). An erasure is an insert-only fact that syncs: each
laptop clears the person's fields in the rows and the revision history, keeps check-ins and
records only as anonymous counts, refuses their badge as erased, and clears again whatever
old data a late bundle still carries (``apply_erasures`` runs after every merge).
"""

from __future__ import annotations

import json
from typing import Any

from carekit.domain.enums import Role
from carekit.domain.personal_data import PERSONAL, Erasure
from carekit.domain.tables import Person
from carekit.i18n import QT_TRANSLATE_NOOP
from carekit.domain.sealed import is_sealed, sealed_fields
from carekit.security.sealing import HealthKey
from carekit.services.errors import NotFound, PermissionDenied, ValidationError
from carekit.services.health_key import has_health_key, open_field, opened_key
from carekit.services.workspace import Workspace
from carekit.store.erasure import erased_people, scrub, table_exists
from carekit.store.queries import person_data as queries

HEALTH_TABLES = ("screeningrecord", "referral")
MAX_REASON = 500


def _opened_key_or_none(ws: Workspace) -> HealthKey | None:
    """The opened health key, or None where it is not unlocked (the export then says so)."""
    try:
        return opened_key(ws)
    except PermissionDenied:
        return None


def _opened(key: HealthKey | None, table: str, row: dict) -> dict:
    """``row`` with its sealed fields opened: the person is owed their values, not ciphertext."""
    declared = sealed_fields(table)
    if key is None or not declared:
        return row
    return {name: open_field(key, table, name, row["id"], value) if name in declared and is_sealed(value)
            else value for name, value in row.items()}


def _rows_by_sealed_link(con, key: HealthKey | None, table: str, link: str, person_id: str) -> list[dict]:
    if key is None:
        return []
    mine = [row for row in queries.all_rows(con, table)
            if is_sealed(row[link]) and _opens_to(key, table, link, row, person_id)]
    return mine


def _opens_to(key: HealthKey, table: str, field: str, row: dict, wanted: str) -> bool:
    try:
        return open_field(key, table, field, row["id"], row[field]) == wanted
    except ValidationError:
        return False  # a damaged seal names nobody


def resolve_person(session, ref: str) -> str:
    """A person id, a badge serial or a badge token -> the person id."""
    con = session.connection().connection
    ref = ref.strip()
    person_id = queries.person_of_reference(con, ref)
    if person_id is None:
        raise NotFound("no_person", QT_TRANSLATE_NOOP(
            "Errors", "No person with the id, badge serial or badge code '{ref}'."), ref=ref[:60])
    return person_id


def export_person(ws: Workspace, ref: str) -> dict[str, Any]:
    """Everything this laptop holds about one person, as plain JSON-ready data."""
    ws.require(Role.COORDINATOR)
    health = ws.has(Role.MEDIC) or ws.has(Role.COORDINATOR)
    key = _opened_key_or_none(ws) if health else None
    with ws.writing() as journal:
        con = journal.session.connection().connection
        person_id = resolve_person(journal.session, ref)
        registrations = queries.rows_where(con, "registration", "person_id", person_id)
        reg_ids = [r["id"] for r in registrations]
        data: dict[str, Any] = {
            "format": "carekit-person-export/1",
            "person_id": person_id,
            "erased": bool(erased_people(journal.session, [person_id])),
            "person": queries.person_row(con, person_id),
            "registrations": registrations,
            "consents": queries.rows_where(con, "consent", "person_id", person_id),
            "check_ins": queries.check_ins_of(con, reg_ids),
        }
        for table, spec in sorted(PERSONAL.items()):
            if table in ("person",) or (table in HEALTH_TABLES and not health) or not table_exists(con, table):
                continue
            if spec.link in sealed_fields(table):
                # The link itself is sealed (a referral names its person only inside the seal).
                rows = _rows_by_sealed_link(con, key, table, spec.link, person_id)
            else:
                rows = queries.rows_where(con, table, spec.link, person_id)
            data[table] = [_opened(key, table, row) for row in rows]
        if not health:
            data["health"] = QT_TRANSLATE_NOOP("Errors", "withheld: health records are shown only to medics "
                                                         "and coordinators")
        elif key is None and has_health_key(ws):
            data["health"] = QT_TRANSLATE_NOOP("Errors", "sealed: unlock the health data on this laptop "
                                                         "to include health values and referrals in the clear")
        own_rows = [person_id, *reg_ids]
        data["history"] = [
            {**r, "changes": json.loads(r["changes"])} for r in queries.revisions_of(con, own_rows)]
        data["audit"] = queries.audit_of(con, own_rows)
        journal.audit("person.export", "person", person_id, "")
    return data


def erase_person(ws: Workspace, ref: str, reason: str) -> str:
    """Erase one person here now, and on every laptop that receives this one's bundles."""
    ws.require(Role.COORDINATOR)
    reason = " ".join(reason.split())
    if not reason:
        raise ValidationError("no_reason", QT_TRANSLATE_NOOP(
            "Errors", "Say why the person is erased (for example: 'asked at the desk'); nothing was erased."))
    if len(reason) > MAX_REASON:
        raise ValidationError("long_reason", QT_TRANSLATE_NOOP(
            "Errors", "The reason is longer than {limit} characters; nothing was erased."), limit=MAX_REASON)
    with ws.writing() as journal:
        session = journal.session
        person_id = resolve_person(session, ref)
        if erased_people(session, [person_id]):
            raise ValidationError("already_erased", QT_TRANSLATE_NOOP(
                "Errors", "This person was already erased."))
        from carekit.services.checkin import _event_now
        from carekit.services.events import current_event
        at = _event_now(current_event(session).timezone)
        journal.add_fact(Erasure, {"person_id": person_id, "reason": reason, "at": at})
        if not session.get(Person, person_id).deleted:
            journal.update(Person, person_id, {"deleted": True})
        apply_erasures(session, [person_id])
        from carekit.services.health_key import clear_referrals_of
        clear_referrals_of(ws, journal, person_id)
        journal.audit("person.erase", "person", person_id, "")
    return person_id


def apply_erasures(session, person_ids: list[str] | None = None) -> dict[str, int]:
    """Clear erased people's data; ``None`` means every erasure this laptop knows (after a merge)."""
    erased = erased_people(session, person_ids) if person_ids is not None else erased_people(session)
    changed, touched = scrub(session, erased)
    if touched:
        from carekit.store.derive import refresh_conflicts
        refresh_conflicts(session, touched)
    return changed


def is_erased(ws: Workspace, person_id: str) -> bool:
    with ws.db.session() as session:
        return bool(erased_people(session, [person_id]))
