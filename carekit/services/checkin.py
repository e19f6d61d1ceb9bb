"""Check-in at a desk: scan → verify → record, in one short transaction.

A repeat scan is recorded and answered "already checked in at 09:14, desk 2", never an error
that loses the scan. A valid badge for a registration this laptop has not received yet is
recorded against its id ("pending record"); the record arrives with a later bundle.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from carekit.domain.zones import zone as event_zone

from sqlalchemy import select

from carekit.domain.enums import CheckInPoint
from carekit.domain.desk_tables import CheckInAnnulment
from carekit.domain.tables import CheckIn, Person, Registration
from carekit.i18n import QT_TRANSLATE_NOOP
from carekit.security.tokens import TokenError
from carekit.services.badge_keys import verify_scan
from carekit.services.errors import CareKitError
from carekit.services.events import current_event
from carekit.services.workspace import Workspace

CHECKED_IN, ALREADY, PENDING = "checked_in", "already", "pending_record"

_REFUSALS = {
    "not_a_badge": QT_TRANSLATE_NOOP("Errors", "This is not a CareKit badge code. Nothing was recorded."),
    "malformed": QT_TRANSLATE_NOOP("Errors", "The badge code is damaged or incomplete. Scan again or search by name."),
    "foreign": QT_TRANSLATE_NOOP("Errors", "This badge belongs to another event. Nothing was recorded."),
    "forged": QT_TRANSLATE_NOOP("Errors", "This badge code is forged or altered. Nothing was recorded."),
    "retired_key": QT_TRANSLATE_NOOP("Errors", "This badge was made with a badge key retired after a laptop was "
                                               "lost, and no such badge was printed here. Nothing was recorded; "
                                               "print the person a new badge."),
    "cancelled": QT_TRANSLATE_NOOP("Errors", "This registration was cancelled or the person erased. Nothing was recorded."),
    "erased": QT_TRANSLATE_NOOP("Errors", "This person's data was erased at their request; the badge is no longer "
                                          "valid. Nothing was recorded."),
}


# Appended to a WHERE on ``checkin``: a check-in annulled by mistake counts nowhere.
NOT_ANNULLED = "AND checkin.id NOT IN (SELECT checkin_id FROM checkinannulment)"


class CheckInRefused(CareKitError):
    """The scan is not a valid badge of this event; nothing was written."""


@dataclass(frozen=True)
class CheckInResult:
    outcome: str  # CHECKED_IN, ALREADY or PENDING
    registration_id: str
    at: str  # this scan, ISO with the event's offset
    person_id: str = ""
    name: str = ""
    romanised: str = ""
    category: str = ""
    serial: str = ""
    first_at: str = ""  # for ALREADY: the first check-in at this point
    first_desk: str = ""


def _event_now(timezone: str) -> str:
    try:
        zone = event_zone(timezone)
    except Exception:  # an unknown zone from an old file still checks people in
        zone = None
    return datetime.now(zone).astimezone(zone).isoformat(timespec="seconds")


def check_in(ws: Workspace, token: str, point: str = CheckInPoint.ENTRANCE.value) -> CheckInResult:
    with ws.writing() as journal:
        sql = journal.session.connection().exec_driver_sql
        event = sql("SELECT id, badge_key, timezone FROM event WHERE id = ?", (journal.event_id,)).first()
        if event is None:
            current_event(journal.session)  # raises the "no event" error
        try:
            badge = verify_scan(sql, event.id, event.badge_key, token)
        except TokenError as error:
            raise CheckInRefused(error.reason, _REFUSALS[error.reason]) from None
        return record_check_in(journal, event.timezone, badge.registration_id, point)


def record_check_in(journal, timezone: str, registration_id: str, point: str) -> CheckInResult:
    """Record one check-in in the caller's transaction (walk-ins reuse it)."""
    # Driver-level SQL: these three look-ups run on every scan, within a 2 ms budget.
    sql = journal.session.connection().exec_driver_sql
    # A badge of someone merged into another person finds the person kept.
    row = sql("SELECT p.id, r.serial, p.name, p.romanised, p.category, r.deleted OR p.deleted "
              "FROM registration r JOIN person m ON m.id = r.person_id "
              "JOIN person p ON p.id = CASE WHEN m.merged_into != '' THEN m.merged_into ELSE m.id END "
              "WHERE r.id = ?", (registration_id,)).first()
    if row is not None and row[5]:
        erased = sql("SELECT 1 FROM erasure WHERE person_id = ? LIMIT 1", (row[0],)).first()
        reason = "erased" if erased else "cancelled"
        raise CheckInRefused(reason, _REFUSALS[reason])
    row = row[:5] if row is not None else None
    earlier = sql("SELECT at, desk FROM checkin WHERE registration_id = ? AND point = ? " + NOT_ANNULLED +
                  " ORDER BY at, hlc LIMIT 1", (registration_id, point)).first()
    desk = sql("SELECT name FROM device WHERE id = ?", (journal.device_id,)).scalar() or ""
    at = _event_now(timezone)
    journal.add_fact(CheckIn, {"registration_id": registration_id, "point": point, "desk": desk, "at": at})
    outcome = PENDING if row is None else ALREADY if earlier else CHECKED_IN
    journal.audit("checkin", "registration", registration_id, f"{point}:{outcome}")
    details = dict(zip(("person_id", "serial", "name", "romanised", "category"), row)) if row else {}
    return CheckInResult(outcome, registration_id, at, first_at=earlier[0] if earlier else "",
                         first_desk=earlier[1] if earlier else "", **details)


def recent_check_ins(ws: Workspace, limit: int = 20) -> list[CheckInResult]:
    """Newest first, for the desk's "last scans" list; annulled check-ins are left out."""
    annulled = select(CheckInAnnulment.checkin_id)
    with ws.db.session() as session:
        rows = session.execute(
            select(CheckIn.registration_id, CheckIn.at, CheckIn.desk, Person.id, Person.name, Person.romanised,
                   Person.category, Registration.serial)
            .outerjoin(Registration, Registration.id == CheckIn.registration_id)
            .outerjoin(Person, Person.id == Registration.person_id)
            .where(CheckIn.id.not_in(annulled))
            .order_by(CheckIn.hlc.desc()).limit(limit)).all()
    return [CheckInResult(CHECKED_IN if r[3] else PENDING, r[0], r[1], r[3] or "", r[4] or "", r[5] or "",
                          r[6] or "", r[7] or "", first_desk=r[2]) for r in rows]


def checked_in_count(ws: Workspace, point: str = CheckInPoint.ENTRANCE.value) -> int:
    with ws.db.session() as session:
        return session.connection().exec_driver_sql(
            "SELECT count(DISTINCT registration_id) FROM checkin WHERE point = ? " + NOT_ANNULLED,
            (point,)).scalar() or 0
