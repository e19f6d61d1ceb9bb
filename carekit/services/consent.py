"""Consent per person and purpose, with the notice's version and language and who collected it.

No health record is saved without health consent. A withdrawal is a write on the consent row
(``withdrawn_at``); from then on the person's health records made before it are hidden from
everyone (services filter on the withdrawal's clock stamp), while the records and the audit trail
stay in the file.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlmodel import Session, select

from carekit.domain.enums import ConsentKind
from carekit.domain.tables import Consent
from carekit.i18n import QT_TRANSLATE_NOOP
from carekit.services.errors import NotFound, PermissionDenied, ValidationError
from carekit.services.people import get_person
from carekit.services.workspace import Workspace
from carekit.store.journal import now_iso


@dataclass(frozen=True)
class ConsentState:
    kind: str
    given: bool  # a consent of this kind is in force
    notice_version: str = ""
    given_at: str = ""
    withdrawn_at: str = ""  # the latest withdrawal, if any
    hidden_before: str = ""  # clock stamp: health records older than this are hidden


def _rows(session: Session, person_id: str, kind: str) -> list[Consent]:
    return list(session.exec(select(Consent).where(Consent.person_id == person_id, Consent.kind == kind,
                                                   Consent.deleted == False)  # noqa: E712
                             .order_by(Consent.hlc)))


def state_in(session: Session, person_id: str, kind: str = ConsentKind.HEALTH) -> ConsentState:
    rows = _rows(session, person_id, str(kind))
    active = [c for c in rows if c.given_at and not c.withdrawn_at]
    withdrawn = [c for c in rows if c.withdrawn_at]
    hidden_before = max((json.loads(c.clocks).get("withdrawn_at", "") for c in withdrawn), default="")
    latest = active[-1] if active else None
    return ConsentState(str(kind), latest is not None, latest.notice_version if latest else "",
                        latest.given_at if latest else "", withdrawn[-1].withdrawn_at if withdrawn else "",
                        hidden_before)


def health_visibility(session: Session, person_ids: list[str] | None = None) -> dict[str, str]:
    """person id → clock stamp after which their health records may be read; absent = none may.

    One query for everyone, so lists and exports filter without a query per person.
    """
    query = select(Consent).where(Consent.kind == ConsentKind.HEALTH.value, Consent.deleted == False)  # noqa: E712
    if person_ids is not None:
        query = query.where(Consent.person_id.in_(person_ids))
    active: set[str] = set()
    hidden: dict[str, str] = {}
    for c in session.exec(query):
        if c.withdrawn_at:
            stamp = json.loads(c.clocks).get("withdrawn_at", "")
            hidden[c.person_id] = max(hidden.get(c.person_id, ""), stamp)
        elif c.given_at:
            active.add(c.person_id)
    return {pid: hidden.get(pid, "") for pid in active}


def consent_state(ws: Workspace, person_id: str, kind: str = ConsentKind.HEALTH) -> ConsentState:
    with ws.db.session() as session:
        get_person(session, person_id)
        return state_in(session, person_id, kind)


def _signed_in(ws: Workspace) -> None:
    if not ws.operator_id:
        raise PermissionDenied("forbidden", QT_TRANSLATE_NOOP("Errors", "Sign in first."))


def record_consent(ws: Workspace, person_id: str, kind: str, notice_version: str, language: str = "") -> str:
    """Any signed-in operator collects consent (it reveals no health value); the journal names them."""
    _signed_in(ws)
    if kind not in ConsentKind._value2member_map_:
        raise ValidationError("bad_consent_kind", QT_TRANSLATE_NOOP(
            "Errors", "'{kind}' is not a kind of consent."), kind=kind)
    if not notice_version.strip():
        raise ValidationError("no_notice_version", QT_TRANSLATE_NOOP(
            "Errors", "Say which version of the notice the person was shown."))
    with ws.writing() as journal:
        person = get_person(journal.session, person_id)
        if state_in(journal.session, person_id, kind).given:
            raise ValidationError("consent_exists", QT_TRANSLATE_NOOP(
                "Errors", "{name} has already given this consent."), name=person.name)
        consent_id = journal.create(Consent, {
            "person_id": person_id, "kind": kind, "notice_version": notice_version.strip(),
            "language": language or person.language, "collected_by": ws.operator_id, "given_at": now_iso()})
        journal.audit("consent.give", "consent", consent_id, f"kind={kind} notice={notice_version.strip()}")
    return consent_id


def withdraw_consent(ws: Workspace, person_id: str, kind: str) -> int:
    """Withdraws every consent of that kind in force; returns how many."""
    _signed_in(ws)
    with ws.writing() as journal:
        get_person(journal.session, person_id)
        rows = [c for c in _rows(journal.session, person_id, kind) if c.given_at and not c.withdrawn_at]
        if not rows:
            raise NotFound("no_consent", QT_TRANSLATE_NOOP("Errors", "There is no such consent to withdraw."))
        at = now_iso()
        for row in rows:
            journal.update(Consent, row.id, {"withdrawn_at": at})
            journal.audit("consent.withdraw", "consent", row.id, f"kind={kind}")
    return len(rows)
