"""Referrals raised by flags: a queue per destination, status open → seen → closed.

Only medics and coordinators see the queue (it says who was flagged for what), on a laptop
unlocked with the health passphrase: who, where to, why and the note are sealed; the status
(it has a direction that merges compare) and the site stay clear. A person whose health consent
was withdrawn drops out of the queue like the rest of their health data.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import select

from carekit.domain.enums import Role
from carekit.domain.screening import URGENT, Destination, flag_priority
from carekit.domain.screening_tables import Referral, ScreeningRecord
from carekit.domain.tables import Person
from carekit.i18n import QT_TRANSLATE_NOOP
from carekit.services.consent import health_visibility
from carekit.services.errors import NotFound, ValidationError
from carekit.services.health_key import HEALTH_ROLES, opened_key, seal_fields
from carekit.services.screening import open_referral
from carekit.services.workspace import Workspace

STATUSES = ("open", "seen", "closed")
_NEXT = {"open": {"seen", "closed"}, "seen": {"closed"}, "closed": set()}


@dataclass(frozen=True)
class ReferralView:
    id: str
    person_id: str
    name: str
    destination: str
    flag: str
    status: str
    raised_at: str
    note: str = ""
    priority: str = "routine"  # "urgent" first in the queue: see carekit.domain.screening.URGENT_FLAGS

    @property
    def urgent(self) -> bool:
        return self.priority == URGENT


def referral_queue(ws: Workspace, destination: str = "", statuses: tuple[str, ...] = ("open", "seen")) -> list[ReferralView]:
    key = opened_key(ws)
    if destination and destination not in Destination._value2member_map_:
        raise ValidationError("bad_destination", QT_TRANSLATE_NOOP(
            "Errors", "'{value}' is not a referral destination."), value=destination)
    with ws.db.session() as session:
        query = select(Referral).where(Referral.deleted == False, Referral.status.in_(statuses))  # noqa: E712
        opened = [(r, open_referral(key, r)) for r in session.exec(query.order_by(Referral.hlc))]
        if destination:
            opened = [(r, o) for r, o in opened if o["destination"] == destination]
        people = {o["person_id"] for _, o in opened}
        names = dict(session.exec(select(Person.id, Person.name).where(Person.id.in_(people))).all()) if people else {}
        visible = health_visibility(session, sorted(people))
        records = {}
        if opened:
            records = {rid: (at, hlc) for rid, at, hlc in session.exec(select(
                ScreeningRecord.id, ScreeningRecord.at, ScreeningRecord.hlc).where(
                ScreeningRecord.id.in_({o["record_id"] for _, o in opened}))).all()}
        views = [ReferralView(r.id, o["person_id"], names[o["person_id"]], o["destination"], o["flag"], r.status,
                              records.get(o["record_id"], ("", ""))[0], o["note"], flag_priority(o["flag"]))
                 for r, o in opened
                 if o["person_id"] in names and o["person_id"] in visible
                 and records.get(o["record_id"], ("", ""))[1] > visible[o["person_id"]]]
    # Urgent first, each group oldest first (the rows come in clock order and the sort is stable).
    return sorted(views, key=lambda v: not v.urgent)


def set_status(ws: Workspace, referral_id: str, status: str, note: str | None = None) -> None:
    """Forward only: a closed referral is reopened by a new flag, not by editing this one."""
    key = opened_key(ws)
    with ws.writing() as journal:
        referral = journal.session.get(Referral, referral_id)
        if referral is None or referral.deleted:
            raise NotFound("no_referral", QT_TRANSLATE_NOOP("Errors", "No such referral."))
        if status not in _NEXT.get(referral.status, set()):
            raise ValidationError("bad_transition", QT_TRANSLATE_NOOP(
                "Errors", "A referral that is {old} cannot become {new}."), old=referral.status, new=status)
        fields = {"status": status}
        if note is not None:
            fields.update(seal_fields(key.public_key, "referral", referral_id, {"note": note}))
        journal.update(Referral, referral_id, fields)
        journal.audit("referral.status", "referral", referral_id, f"status={status}")


def acknowledge_urgent(ws: Workspace, referral_ids: list[str]) -> None:
    """The operator confirmed they saw an urgent flag and are sending the person on: audited, so a
    coordinator can tell an urgent result was not just scrolled past."""
    ws.require(*HEALTH_ROLES)
    with ws.writing() as journal:
        journal.audit_many("referral.urgent_seen", "referral", ((rid, "") for rid in referral_ids))


def open_counts(ws: Workspace) -> dict[str, int]:
    """Open referrals per destination: an aggregate, so coordinators without medic see it too."""
    ws.require(Role.MEDIC, Role.COORDINATOR)
    counts = {d.value: 0 for d in Destination}
    for referral in referral_queue(ws, statuses=("open",)):
        counts[referral.destination] = counts.get(referral.destination, 0) + 1
    return counts
