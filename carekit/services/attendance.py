"""Attendance at the training room: badge scans in and out, recorded as insert-only facts.

The same badge tokens as the desk. A scan from the paper sign-in sheet (``at`` given) is marked
as entered later. A correction is a new fact naming the scan it replaces, so both stay on record.
Refused scans (out before in, another session's person, a forged badge) write nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from types import SimpleNamespace
from typing import Callable
from datetime import datetime, timedelta
from carekit.domain.zones import zone as time_zone

from sqlalchemy import select

from carekit.domain.enums import Role
from carekit.domain.tables import Person
from carekit.domain.training import ENROLLED, IN, OUT, Attendance, Course, TrainingSession
from carekit.domain.training_rules import Hours, Scan, effective_scans, hours_attended
from carekit.i18n import QT_TRANSLATE_NOOP
from carekit.security.tokens import TokenError
from carekit.services.badge_keys import verify_scan
from carekit.services.checkin import _REFUSALS, CheckInRefused
from carekit.services.errors import CareKitError, NotFound, ValidationError
from carekit.services.events import current_event
from carekit.services.training import enrol_in, event_time, load_session, require_session_lead
from carekit.services.waiting import keeping, quick_writing, recorded
from carekit.services.workspace import Workspace
from carekit.store.db import WriteLockBusy
from carekit.store.journal import read_local
from carekit.store.outbox import outbox_of
from carekit.store.queries import training as queries
from carekit.store.queries.sync import begin_read
from carekit.domain.ids import new_id

SCANNED_IN, SCANNED_OUT, ALREADY_IN = "in", "out", "already_in"
KIND = "attendance"  # a training-room scan waiting in the outbox behind a merge (services/waiting.py)


class NotEnrolled(CareKitError):
    """The badge is genuine but its person is not on this session. ``room`` says whether a walk-in fits."""

    def __init__(self, reason: str, template: str, *, person_id: str, room: bool, **params):
        super().__init__(reason, template, **params)
        self.person_id = person_id
        self.room = room


@dataclass(frozen=True)
class AttendResult:
    outcome: str  # SCANNED_IN, SCANNED_OUT or ALREADY_IN
    person_id: str
    name: str
    at: str
    entered_later: bool
    hours: float  # attended so far, counting an open "in" up to now
    walk_in: bool = False  # enrolled by this scan
    waiting: bool = False  # answered while a merge held the write lock: in the outbox until committed
    scan_id: str = ""  # while waiting: the id its fact will have (services/waiting.scan_state)


def _now(zone: str) -> str:
    return datetime.now(time_zone(zone)).isoformat(timespec="seconds")


def scan_time(text: str, zone: str, starts: str) -> str:
    """'09:05' on the session's day, or a full date and time, in the event's zone."""
    text = text.strip()
    if len(text) <= 5 and ":" in text:
        text = f"{starts[:10]} {text}"
    return event_time(text, zone, "--at")


def _scans(sql, session_id: str, person_id: str) -> list[Scan]:
    return [Scan(*row) for row in queries.attendance_scans(sql, session_id, person_id)]


def scan(ws: Workspace, token: str, session_id: str, *, out: bool = False, at: str = "",
         walk_in: bool = False) -> AttendResult:
    """One scan at the training room, the verdict within QUICK_WAIT_S plus a read; ``walk_in`` enrols a
    person not yet on the session. While a merge holds the write lock the scan waits in the outbox
    (``waiting``) until ``commit_waiting`` records it, never refused for it."""
    ws.require(Role.TRAINER, Role.COORDINATOR)
    try:
        with quick_writing(ws) as journal:
            session = journal.session
            sql = session.connection().exec_driver_sql
            plan = _plan(ws, session, sql, _event(sql, journal.event_id, session), token, session_id, out, at,
                         walk_in, [])
            joined = False
            if plan.enrol:
                joined = enrol_in(journal, plan.row, plan.person_id, "walk-in").status == ENROLLED
            fact = journal.add_fact(Attendance, {"session_id": plan.row.id, "person_id": plan.person_id,
                                                 "direction": plan.direction, "at": plan.moment,
                                                 "entered_later": plan.entered_later, "corrects": "",
                                                 "void": False, "reason": ""})
            _audit(journal, plan.row.id, plan.direction, plan.entered_later)
            return _result(plan, fact, joined)
    except WriteLockBusy:
        return _scan_behind_lock(ws, token, session_id, out, at, walk_in)


def attend(ws: Workspace, token: str, session_id: str, *, out: bool = False, at: str = "",
           walk_in: bool = False, on_verdict: Callable[[AttendResult], None] | None = None) -> AttendResult:
    """``scan``, returning once it is committed: behind a merge the verdict goes to ``on_verdict`` at
    once, then this waits for the merge to end (the command line, scripts)."""
    return recorded(ws, scan(ws, token, session_id, out=out, at=at, walk_in=walk_in), on_verdict)


@dataclass
class _Plan:
    """What a scan will record, checked; the same whether it is written now or waits."""
    row: SimpleNamespace
    person_id: str
    name: str
    enrol: bool  # a walk-in to enrol with this scan
    direction: str
    moment: str
    entered_later: bool
    scans: list[Scan]
    inside: bool
    timezone: str


def _event(sql, event_id: str, session):
    event = queries.event_for_scan(sql, event_id)
    if event is None:
        current_event(session)  # raises the "no event" error
    return event


def _plan(ws: Workspace, session, sql, event, token: str, session_id: str, out: bool, at: str, walk_in: bool,
          pending: list[dict]) -> _Plan:
    """Every check of a training-room scan. ``pending``: the training-room scans waiting in the
    outbox, counted as if recorded (a walk-in waiting is enrolled, its scans are on record)."""
    try:
        badge = verify_scan(sql, event.id, event.badge_key, token)
    except TokenError as error:
        raise CheckInRefused(error.reason, _REFUSALS[error.reason]) from None
    row = _session_row(sql, session_id)
    require_session_lead(ws, row)
    found = queries.badge_person(sql, badge.registration_id)
    if found is None:
        raise NotFound("pending_record", QT_TRANSLATE_NOOP(
            "Errors", "This badge is genuine but its registration has not reached this laptop yet: sync, "
                      "then scan again. Nothing was recorded."))
    if found[2]:
        raise CheckInRefused("cancelled", _REFUSALS["cancelled"])
    person_id, name = found[0], found[1]
    here = [w for w in pending if w.get("session_id") == row.id]
    mine = [w for w in here if w.get("person_id") == person_id]
    status = queries.enrolment_status(sql, row.id, person_id)
    if status != ENROLLED and any(w.get("walk_in") for w in mine):
        status = ENROLLED  # walked in by a scan still waiting
    enrol = False
    if status != ENROLLED:
        if out:
            raise ValidationError("out_before_in", QT_TRANSLATE_NOOP(
                "Errors", "{name} has no scan in for this session: scan in first. Nothing was recorded."),
                name=name)
        _refuse_not_enrolled(session, sql, row, person_id, name, status, walk_in,
                             len({w.get("person_id") for w in here if w.get("walk_in")}))
        enrol = True
    entered_later = bool(at.strip())
    moment = scan_time(at, event.timezone, row.starts) if entered_later else _now(event.timezone)
    if entered_later:
        _check_on_session_day(moment, row)
    scans = _scans(sql, row.id, person_id) + [Scan(w["id"], w["direction"], w["at"]) for w in mine]
    before = [s for s in scans if datetime.fromisoformat(s.at) <= datetime.fromisoformat(moment)]
    inside = hours_attended(before, row.starts, row.ends).inside if before else False
    if out and not inside:
        raise ValidationError("out_before_in", QT_TRANSLATE_NOOP(
            "Errors", "{name} has no scan in before {time}: scan in first. Nothing was recorded."),
            name=name, time=moment[11:16])
    return _Plan(row, person_id, name, enrol, OUT if out else IN, moment, entered_later, scans, inside,
                 event.timezone)


def _result(plan: _Plan, fact_id: str, joined: bool, waiting: bool = False) -> AttendResult:
    scans = plan.scans + [Scan(fact_id, plan.direction, plan.moment)]
    outcome = SCANNED_OUT if plan.direction == OUT else ALREADY_IN if plan.inside else SCANNED_IN
    return AttendResult(outcome, plan.person_id, plan.name, plan.moment, plan.entered_later,
                        _hours_so_far(scans, plan.row, plan.timezone, plan.moment), joined, waiting,
                        fact_id if waiting else "")


def _audit(journal, session_id: str, direction: str, entered_later: bool) -> None:
    journal.audit("attendance", "trainingsession", session_id, f"{direction}{':later' if entered_later else ''}")


def _scan_behind_lock(ws: Workspace, token: str, session_id: str, out: bool, at: str,
                      walk_in: bool) -> AttendResult:
    """The same checks from one read snapshot while a merge writes, with the scans already waiting;
    the scan waits in the outbox with the id its fact will have."""
    box = outbox_of(ws.db)
    with keeping(box) as con, ws.db.session() as session:
        begin_read(session.connection())
        sql = session.connection().exec_driver_sql
        event = _event(sql, read_local(session).get("event_id", ""), session)
        pending = [w for w in box.rows(con) if w["kind"] == KIND]
        plan = _plan(ws, session, sql, event, token, session_id, out, at, walk_in, pending)
        fact = new_id()
        box.add(con, {"kind": KIND, "id": fact, "session_id": plan.row.id, "person_id": plan.person_id,
                      "direction": plan.direction, "at": plan.moment, "entered_later": plan.entered_later,
                      "walk_in": plan.enrol, "operator_id": ws.operator_id})
    return _result(plan, fact, plan.enrol, waiting=True)


def replay_attendance(journal, scan: dict) -> None:
    """A training-room scan that waited behind a merge, in the caller's write transaction: a walk-in
    enrolled first if still needed; nothing when its fact is already there (copied before a crash)."""
    session = journal.session
    if session.get(Attendance, scan["id"]) is not None:
        return
    sql = session.connection().exec_driver_sql
    if scan.get("walk_in") and queries.enrolment_status(sql, scan["session_id"], scan["person_id"]) != ENROLLED:
        found = queries.live_session(sql, scan["session_id"])
        try:
            if found is not None:
                enrol_in(journal, SimpleNamespace(**found._mapping), scan["person_id"], "walk-in")
        except NotFound:
            pass  # the merge deleted the person: the scan is still kept, and must not stop every other
    entered_later = bool(scan.get("entered_later"))
    journal.add_fact(Attendance, {"id": scan["id"], "session_id": scan["session_id"], "person_id": scan["person_id"],
                                  "direction": scan["direction"], "at": scan["at"], "entered_later": entered_later,
                                  "corrects": "", "void": False, "reason": ""})
    _audit(journal, scan["session_id"], scan["direction"], entered_later)


def _session_row(sql, session_id: str) -> SimpleNamespace:
    """The session's few fields from the driver: this runs on every scan, within a 2 ms budget."""
    found = queries.live_session(sql, session_id.strip())
    if found is None:
        raise NotFound("no_session", QT_TRANSLATE_NOOP("Errors", "No training session with id {id}."),
                       id=session_id.strip())
    return SimpleNamespace(**found._mapping)


def _refuse_not_enrolled(session, sql, row: TrainingSession, person_id: str, name: str, status: str | None,
                         walk_in: bool, waiting_walk_ins: int = 0) -> None:
    others = queries.other_sessions_that_day(sql, person_id, row.id, row.starts[:10])
    course = session.get(Course, row.course_id)
    elsewhere = [o for o in others if o[1] != (course.code if course else "")]
    if elsewhere and not walk_in:
        raise ValidationError("other_session", QT_TRANSLATE_NOOP(
            "Errors", "{name} is enrolled in {course} at {time} (session {session}), not in this one. "
                      "Nothing was recorded."), name=name, course=elsewhere[0][1], time=elsewhere[0][2][11:16],
            session=elsewhere[0][0])
    taken = queries.enrolled_count(sql, row.id) + waiting_walk_ins
    room = taken < row.capacity
    if not walk_in:
        if status == "waiting":
            raise NotEnrolled("waiting", QT_TRANSLATE_NOOP(
                "Errors", "{name} is on the waiting list of this session, not enrolled. Nothing was recorded."),
                person_id=person_id, room=room, name=name)
        raise NotEnrolled("not_enrolled", QT_TRANSLATE_NOOP(
            "Errors", "{name} is not enrolled in this session. Enrol them as a walk-in if there is room. "
                      "Nothing was recorded."), person_id=person_id, room=room, name=name)
    if not room:
        raise NotEnrolled("session_full", QT_TRANSLATE_NOOP(
            "Errors", "{name} is not enrolled and the session is full ({capacity}). Nothing was recorded."),
            person_id=person_id, room=False, name=name, capacity=row.capacity)


def _check_on_session_day(moment: str, row: TrainingSession) -> None:
    at = datetime.fromisoformat(moment)
    start, end = datetime.fromisoformat(row.starts), datetime.fromisoformat(row.ends)
    if not start - timedelta(hours=2) <= at <= end + timedelta(hours=2):
        raise ValidationError("scan_outside_session", QT_TRANSLATE_NOOP(
            "Errors", "{time} is not during this session ({start} to {end}). Nothing was recorded."),
            time=moment, start=row.starts, end=row.ends)


def _hours_so_far(scans: list[Scan], row: TrainingSession, zone: str, moment: str) -> float:
    """Up to now, or up to this scan when it was typed from the paper sheet afterwards."""
    latest = max(datetime.fromisoformat(_now(zone)), datetime.fromisoformat(moment))
    now = min(latest, datetime.fromisoformat(row.ends))
    return hours_attended(scans, row.starts, max(now, datetime.fromisoformat(row.starts)).isoformat()).hours


def correct(ws: Workspace, fact_id: str, reason: str, *, at: str = "", void: bool = False) -> str:
    """The trainer corrects a scan: a new fact with the right time (or none), both kept."""
    if not reason.strip():
        raise ValidationError("no_reason", QT_TRANSLATE_NOOP("Errors", "Say why the attendance is corrected."))
    if not at.strip() and not void:
        raise ValidationError("nothing_to_correct", QT_TRANSLATE_NOOP(
            "Errors", "Give the right time, or say the scan did not happen."))
    ws.require(Role.TRAINER, Role.COORDINATOR)
    with ws.writing() as journal:
        session = journal.session
        old = session.get(Attendance, fact_id.strip())
        if old is None:
            raise NotFound("no_scan", QT_TRANSLATE_NOOP("Errors", "No attendance scan with id {id}."), id=fact_id)
        row = load_session(session, old.session_id)
        require_session_lead(ws, row)
        zone = current_event(session).timezone
        moment = scan_time(at, zone, row.starts) if at.strip() else old.at
        if at.strip():
            _check_on_session_day(moment, row)
        new_id = journal.add_fact(Attendance, {
            "session_id": old.session_id, "person_id": old.person_id, "direction": old.direction, "at": moment,
            "entered_later": True, "corrects": old.id, "void": bool(void), "reason": reason.strip()})
        journal.audit("attendance.correct", "trainingsession", row.id, old.id)
        return new_id


@dataclass(frozen=True)
class PersonAttendance:
    person_id: str
    name: str
    hours: Hours
    scans: list[Attendance]  # every fact, corrections included, in time order


def session_attendance(ws: Workspace, session_id: str) -> dict[str, PersonAttendance]:
    ws.require(Role.DESK, Role.MEDIC, Role.TRAINER, Role.COORDINATOR)
    with ws.db.session() as session:
        row = load_session(session, session_id)
        facts = list(session.execute(select(Attendance).where(Attendance.session_id == row.id)
                                     .order_by(Attendance.at, Attendance.hlc)).scalars())
        names = dict(session.execute(select(Person.id, Person.name).where(
            Person.id.in_({f.person_id for f in facts}))).all()) if facts else {}
    by_person: dict[str, list[Attendance]] = {}
    for fact in facts:
        by_person.setdefault(fact.person_id, []).append(fact)
    return {pid: PersonAttendance(pid, names.get(pid, ""), attended_hours(rows, row), rows)
            for pid, rows in by_person.items()}


def attended_hours(facts: list[Attendance], row: TrainingSession) -> Hours:
    return hours_attended([Scan(f.id, f.direction, f.at, f.corrects, f.void) for f in facts], row.starts, row.ends)


def who_is_in(facts: list[Attendance]) -> bool:
    kept = effective_scans(Scan(f.id, f.direction, f.at, f.corrects, f.void) for f in facts)
    return bool(kept) and kept[-1].direction == IN
