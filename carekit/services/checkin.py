"""Check-in at a desk: scan → verify → record, in one short transaction.

While a merge holds the write lock, the verdict comes from a read at once and the scan waits in
a durable outbox beside the event file (store/outbox.py) until the merge commits; a repeat scan
meanwhile counts the waiting one, so it is "already", as it will be recorded.

A repeat scan is recorded and answered "already checked in at 09:14, desk 2", never an error
that loses the scan. A valid badge for a registration this laptop has not received yet is
recorded against its id ("pending record"); the record arrives with a later bundle.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Callable

from sqlalchemy import select

from carekit.domain.enums import CheckInPoint
from carekit.domain.ids import new_id
from carekit.domain.zones import zone as event_zone
from carekit.domain.desk_tables import CheckInAnnulment
from carekit.domain.tables import CheckIn, Person, Registration
from carekit.i18n import QT_TRANSLATE_NOOP
from carekit.security.tokens import TokenError
from carekit.services.badge_keys import verify_scan
from carekit.services.errors import CareKitError
from carekit.services.events import current_event
from carekit.services.workspace import Workspace
from carekit.services.waiting import commit_waiting, keeping, quick_writing, recorded, waiting_count  # noqa: F401
from carekit.store.journal import read_local
from carekit.store.outbox import CHECKIN as KIND, outbox_of
from carekit.store.queries import checkin as queries
from carekit.store.queries.sync import begin_read
from carekit.store.db import WriteLockBusy

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
    waiting: bool = False  # answered while a merge held the write lock: in the outbox until committed
    scan_id: str = ""  # while waiting: the id its check-in will have (services/waiting.scan_state)


def _event_now(timezone: str) -> str:
    try:
        zone = event_zone(timezone)
    except Exception:  # an unknown zone from an old file still checks people in
        zone = None
    return datetime.now(zone).astimezone(zone).isoformat(timespec="seconds")


def check_in(ws: Workspace, token: str, point: str = CheckInPoint.ENTRANCE.value,
             on_verdict: Callable[[CheckInResult], None] | None = None) -> CheckInResult:
    """Scan and return once the check-in is committed. While a merge holds the write lock the
    verdict goes to ``on_verdict`` at once, then this waits for the merge to end."""
    return recorded(ws, scan(ws, token, point), on_verdict)


def scan(ws: Workspace, token: str, point: str = CheckInPoint.ENTRANCE.value) -> CheckInResult:
    """The verdict within QUICK_WAIT_S plus a read: committed at once when the write lock is free,
    else kept in the outbox (``waiting``) for ``commit_waiting`` to record, never refused for it."""
    try:
        with quick_writing(ws) as journal:
            sql = journal.session.connection().exec_driver_sql
            event = _event_of(sql, journal.event_id, journal.session)
            registration_id = _verified(sql, event, token)
            return record_check_in(journal, event.timezone, registration_id, point)
    except WriteLockBusy:
        return _scan_behind_lock(ws, token, point)


def _event_of(sql, event_id: str, session):
    event = queries.scan_event(sql, event_id)
    if event is None:
        current_event(session)  # raises the "no event" error
    return event


def _verified(sql, event, token: str) -> str:
    try:
        return verify_scan(sql, event.id, event.badge_key, token).registration_id
    except TokenError as error:
        raise CheckInRefused(error.reason, _REFUSALS[error.reason]) from None


def replay_check_in(journal, row: dict) -> None:
    """A desk scan that waited behind a merge, in the caller's write transaction; one already copied
    (a crash before its removal from the outbox) is not recorded twice."""
    sql = journal.session.connection().exec_driver_sql
    if not queries.check_in_recorded(sql, row["id"]):
        journal.add_fact(CheckIn, {"id": row["id"], "registration_id": row["registration_id"],
                                   "point": row["point"], "desk": row["desk"], "at": row["at"]})
        journal.audit("checkin", "registration", row["registration_id"], f"{row['point']}:{row['outcome']}")


def first_waiting(rows: list[dict], registration_id: str, point: str) -> tuple[str, str] | None:
    """(at, desk) of the first check-in at ``point`` still waiting in the outbox (a desk scan or an
    arrival: both are check-ins)."""
    for row in rows:
        if row.get("point") == point and row.get("registration_id") == registration_id and "desk" in row:
            return row["at"], row["desk"]
    return None


def read_scan_context(session):
    """For a scan answered from a read: the event and this laptop's desk name."""
    sql = session.connection().exec_driver_sql
    local = read_local(session)
    event = _event_of(sql, local.get("event_id", ""), session)
    return event, queries.device_name(sql, local.get("device_id", ""))


def wait_check_in(ws: Workspace, kind: str, registration_id: str, point: str, desk: str, timezone: str, row,
                  earlier) -> CheckInResult:
    """Keep a check-in (a desk scan or an arrival) in the outbox with the verdict it will be recorded with."""
    at = _event_now(timezone)
    box = outbox_of(ws.db)
    with keeping(box) as con:
        earlier = earlier or first_waiting(box.rows(con), registration_id, point)
        outcome = PENDING if row is None else ALREADY if earlier else CHECKED_IN
        scan_id = new_id()
        box.add(con, {"kind": kind, "id": scan_id, "registration_id": registration_id, "point": point,
                      "desk": desk, "at": at, "outcome": outcome, "operator_id": ws.operator_id})
    return _result(outcome, registration_id, at, row, earlier, waiting=True, scan_id=scan_id)


def _scan_behind_lock(ws: Workspace, token: str, point: str) -> CheckInResult:
    """The same checks as a committed scan, from one read snapshot (a WAL reader is not held up by
    the merge's writer), plus the scans already waiting, so the verdict is what gets recorded."""
    with ws.db.session() as session:
        begin_read(session.connection())
        sql = session.connection().exec_driver_sql
        event, desk = read_scan_context(session)
        registration_id = _verified(sql, event, token)
        row, earlier = look_up_check_in(sql, registration_id, point)
    return wait_check_in(ws, KIND, registration_id, point, desk, event.timezone, row, earlier)


def look_up_check_in(sql, registration_id: str, point: str):
    """The person (None: a registration not received yet) and the first check-in at this point;
    a cancelled registration or an erased person is refused."""
    # Driver-level SQL (store/queries/checkin.py): these look-ups run on every scan, within a 2 ms
    # budget. A badge of someone merged into another person finds the person kept.
    row = queries.badge_holder(sql, registration_id)
    if row is not None and row[5]:
        reason = "erased" if queries.is_erased(sql, row[0]) else "cancelled"
        raise CheckInRefused(reason, _REFUSALS[reason])
    row = row[:5] if row is not None else None
    earlier = queries.first_check_in(sql, registration_id, point)
    return row, earlier


def _result(outcome: str, registration_id: str, at: str, row, earlier, waiting: bool = False,
            scan_id: str = "") -> CheckInResult:
    details = dict(zip(("person_id", "serial", "name", "romanised", "category"), row)) if row else {}
    return CheckInResult(outcome, registration_id, at, first_at=earlier[0] if earlier else "",
                         first_desk=earlier[1] if earlier else "", waiting=waiting, scan_id=scan_id, **details)


def record_check_in(journal, timezone: str, registration_id: str, point: str) -> CheckInResult:
    """Record one check-in in the caller's transaction (walk-ins reuse it)."""
    sql = journal.session.connection().exec_driver_sql
    row, earlier = look_up_check_in(sql, registration_id, point)
    desk = queries.device_name(sql, journal.device_id)
    at = _event_now(timezone)
    journal.add_fact(CheckIn, {"registration_id": registration_id, "point": point, "desk": desk, "at": at})
    outcome = PENDING if row is None else ALREADY if earlier else CHECKED_IN
    journal.audit("checkin", "registration", registration_id, f"{point}:{outcome}")
    return _result(outcome, registration_id, at, row, earlier)


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
        return queries.checked_in_count(session.connection(), point)
