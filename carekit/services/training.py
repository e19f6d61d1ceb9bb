"""Courses, their sessions and who is enrolled: the trainer's day before the first scan.

Capacity is kept: beyond it people wait in the order they asked, and the first waiting moves up
when someone enrolled is withdrawn. A person is enrolled once per session (the enrolment's id is
derived from session + person, so two desks enrolling the same walk-in write one row).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from carekit.domain.zones import zone as time_zone

from sqlalchemy import func, select

from carekit.domain.enums import ENROLLERS, Role
from carekit.domain.tables import Device, Operator, Person, Site
from carekit.domain.training import (ENROLLED, FULL, RENEWAL, WAITING, WITHDRAWN, Course, Enrollment,
                                     TrainingSession, derived_id)
from carekit.i18n import QT_TRANSLATE_NOOP
from carekit.services.errors import NotFound, PermissionDenied, ValidationError
from carekit.services.events import current_event
from carekit.services.operators import roles_of
from carekit.services.workspace import Workspace
from carekit.store.journal import read_local

READERS = (Role.DESK, Role.MEDIC, Role.TRAINER, Role.COORDINATOR)


@dataclass(frozen=True)
class CourseInput:
    code: str
    name: str
    hours: float
    months: int
    pass_mark: int
    skills: list[str]
    name_en: str = ""
    min_attendance: int = 90
    kind: str = FULL
    renewal_months: int = 0
    renews_course: str = ""  # a renewal's full course; default its own code


@dataclass(frozen=True)
class SessionView:
    id: str
    course_id: str
    course: str  # code
    course_name: str
    site_id: str
    site: str  # city
    room: str
    trainer_id: str
    trainer: str
    starts: str
    ends: str
    capacity: int
    language: str
    enrolled: int
    waiting: int

    def as_dict(self) -> dict:
        return dict(self.__dict__)


def course_skills(course: Course) -> list[str]:
    return json.loads(course.skills or "[]")


# -- courses ------------------------------------------------------------------------------
def _check_course(form: CourseInput) -> None:
    if not form.code.strip() or not form.name.strip():
        raise ValidationError("no_code", QT_TRANSLATE_NOOP("Errors", "A course needs a code and a name."))
    if "|" in form.code or "|" in form.name:
        raise ValidationError("bad_course", QT_TRANSLATE_NOOP("Errors", "A course's code and name may not contain '|'."))
    if not 0 < form.hours <= 200:
        raise ValidationError("bad_hours", QT_TRANSLATE_NOOP(
            "Errors", "Course hours must be more than 0 and at most 200 (got {hours})."), hours=form.hours)
    if form.months <= 0:
        raise ValidationError("bad_months", QT_TRANSLATE_NOOP("Errors", "A certificate is valid for at least one month."))
    if not 0 <= form.pass_mark <= 100:
        raise ValidationError("bad_pass_mark", QT_TRANSLATE_NOOP(
            "Errors", "The pass mark is a score from 0 to 100 (got {mark})."), mark=form.pass_mark)
    if not 0 <= form.min_attendance <= 100:
        raise ValidationError("bad_attendance", QT_TRANSLATE_NOOP(
            "Errors", "Minimum attendance is a percentage from 0 to 100 (got {value})."), value=form.min_attendance)
    if form.kind not in (FULL, RENEWAL):
        raise ValidationError("bad_kind", QT_TRANSLATE_NOOP(
            "Errors", "A course is either 'full' or 'renewal' (got '{kind}')."), kind=form.kind)
    if form.kind == RENEWAL and form.renewal_months <= 0:
        raise ValidationError("bad_renewal", QT_TRANSLATE_NOOP(
            "Errors", "A renewal course says how many months after expiry a certificate may still be renewed."))
    skills = [s.strip() for s in form.skills]
    if any(not s for s in skills) or len(set(skills)) != len(skills):
        raise ValidationError("bad_skills", QT_TRANSLATE_NOOP(
            "Errors", "Each practical skill needs a name, and each is listed once."))


def add_course(ws: Workspace, form: CourseInput) -> Course:
    ws.require(Role.COORDINATOR)
    _check_course(form)
    code = form.code.strip().upper()
    with ws.writing() as journal:
        if _course_by_code(journal.session, code, missing_ok=True) is not None:
            raise ValidationError("course_exists", QT_TRANSLATE_NOOP(
                "Errors", "There is already a course {code}."), code=code)
        course_id = journal.create(Course, {
            "code": code, "name": form.name.strip(), "name_en": form.name_en.strip() or form.name.strip(),
            "hours": float(form.hours), "months": int(form.months), "pass_mark": int(form.pass_mark),
            "min_attendance": int(form.min_attendance), "skills": json.dumps([s.strip() for s in form.skills],
                                                                             ensure_ascii=False),
            "kind": form.kind, "renewal_months": int(form.renewal_months),
            "renews_course": (form.renews_course.strip().upper() or code) if form.kind == RENEWAL else ""})
        journal.audit("course.create", "course", course_id, code)
        return journal.session.get(Course, course_id)


def _course_by_code(session, code: str, missing_ok: bool = False) -> Course | None:
    course = session.execute(select(Course).where(Course.code == code.strip().upper(),
                                                  Course.deleted.is_(False))).scalars().first()
    if course is None and not missing_ok:
        raise NotFound("no_course", QT_TRANSLATE_NOOP("Errors", "No course with code {code}."), code=code.strip())
    return course


def list_courses(ws: Workspace) -> list[Course]:
    ws.require(*READERS)
    with ws.db.session() as session:
        return list(session.execute(select(Course).where(Course.deleted.is_(False)).order_by(Course.code)).scalars())


def get_course(ws: Workspace, code: str) -> Course:
    with ws.db.session() as session:
        return _course_by_code(session, code)


# -- sessions -----------------------------------------------------------------------------
def event_time(text: str, timezone: str, what: str) -> str:
    """'2026-12-05 09:00' (or ISO) in the event's zone -> ISO with offset; a clear error otherwise."""
    try:
        moment = datetime.fromisoformat(text.strip().replace("T", " ", 1))
    except ValueError:
        raise ValidationError("bad_time", QT_TRANSLATE_NOOP(
            "Errors", "{what}: '{value}' is not a time; write it as YYYY-MM-DD HH:MM."), what=what, value=text) from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=time_zone(timezone))
    return moment.astimezone(time_zone(timezone)).isoformat(timespec="seconds")


def _trainer(session, name: str) -> Operator:
    operator = session.execute(select(Operator).where(Operator.name == name.strip(),
                                                      Operator.deleted.is_(False))).scalars().first()
    if operator is None:
        raise NotFound("no_operator", QT_TRANSLATE_NOOP("Errors", "No operator called {name} in this event."),
                       name=name.strip())
    if Role.TRAINER not in roles_of(operator):
        raise ValidationError("not_a_trainer", QT_TRANSLATE_NOOP(
            "Errors", "{name} does not have the trainer role, so cannot lead a session."), name=operator.name)
    return operator


def _site(session, text: str) -> Site:
    wanted = text.strip()
    for site in session.execute(select(Site).where(Site.deleted.is_(False))).scalars():
        if wanted in (site.id, site.city, site.venue, f"{site.city}:{site.venue}"):
            return site
    raise NotFound("no_site", QT_TRANSLATE_NOOP("Errors", "No site '{site}' in this event."), site=wanted)


def add_session(ws: Workspace, *, course: str, site: str, starts: str, ends: str, capacity: int, trainer: str,
                room: str = "", language: str = "") -> str:
    """Returns the new session's id."""
    ws.require(Role.COORDINATOR)
    if capacity <= 0:
        raise ValidationError("bad_capacity", QT_TRANSLATE_NOOP(
            "Errors", "A session's capacity is at least 1 (got {capacity})."), capacity=capacity)
    with ws.writing() as journal:
        session = journal.session
        event = current_event(session)
        found = _course_by_code(session, course)
        place = _site(session, site)
        lead = _trainer(session, trainer)
        start = event_time(starts, event.timezone, "starts")
        end = event_time(ends, event.timezone, "ends")
        if datetime.fromisoformat(end) <= datetime.fromisoformat(start):
            raise ValidationError("ends_before_start", QT_TRANSLATE_NOOP(
                "Errors", "The session ends ({end}) before it starts ({start})."), start=start, end=end)
        session_id = journal.create(TrainingSession, {
            "course_id": found.id, "site_id": place.id, "room": room.strip(), "trainer_id": lead.id,
            "starts": start, "ends": end, "capacity": int(capacity), "language": language or event.language})
        journal.audit("session.create", "trainingsession", session_id, found.code)
    return session_id


def _views(session, rows: list[TrainingSession]) -> list[SessionView]:
    courses = {c.id: c for c in session.execute(select(Course)).scalars()}
    sites = {s.id: s for s in session.execute(select(Site)).scalars()}
    trainers = {o.id: o.name for o in session.execute(select(Operator)).scalars()}
    counts: dict[tuple[str, str], int] = {
        (sid, status): n for sid, status, n in session.execute(
            select(Enrollment.session_id, Enrollment.status, func.count()).where(Enrollment.deleted.is_(False))
            .group_by(Enrollment.session_id, Enrollment.status)).all()}
    views = []
    for row in rows:
        course = courses.get(row.course_id)
        site = sites.get(row.site_id)
        views.append(SessionView(row.id, row.course_id, course.code if course else "", course.name if course else "",
                                 row.site_id, site.city if site else "", row.room, row.trainer_id,
                                 trainers.get(row.trainer_id, ""), row.starts, row.ends, row.capacity, row.language,
                                 counts.get((row.id, ENROLLED), 0), counts.get((row.id, WAITING), 0)))
    return views


def list_sessions(ws: Workspace, *, day: str = "", site: str = "") -> list[SessionView]:
    """By start time; ``day`` (YYYY-MM-DD, the event's calendar) and ``site`` (id or city) narrow it."""
    ws.require(*READERS)
    with ws.db.session() as session:
        rows = list(session.execute(select(TrainingSession).where(TrainingSession.deleted.is_(False))
                                    .order_by(TrainingSession.starts)).scalars())
        if day:
            rows = [r for r in rows if r.starts[:10] == day]
        if site:
            place = _site(session, site)
            rows = [r for r in rows if r.site_id == place.id]
        return _views(session, rows)


def sessions_to_enrol(ws: Workspace, *, now: datetime | None = None) -> list[SessionView]:
    """Sessions not yet over that a desk can enrol into: today's at this laptop's site first, those
    with a free place before full ones (which take a waiting list), then the rest by start time."""
    ws.require(*ENROLLERS)
    with ws.db.session() as session:
        zone = current_event(session).timezone
        moment = now.astimezone(time_zone(zone)) if now else datetime.now(time_zone(zone))
        me = read_local(session).get("device_id", "")
        device = session.get(Device, me) if me else None
        here = device.site_id if device else ""
        rows = [r for r in session.execute(select(TrainingSession).where(TrainingSession.deleted.is_(False))
                                           .order_by(TrainingSession.starts)).scalars()
                if datetime.fromisoformat(r.ends) > moment]
        views = _views(session, rows)
    today = moment.date().isoformat()
    return sorted(views, key=lambda v: (v.starts[:10] != today, v.site_id != here, v.enrolled >= v.capacity,
                                        v.starts, v.id))


def places_of_person(ws: Workspace, person_id: str) -> dict[str, str]:
    """Session id → ENROLLED or WAITING, for the sessions this person is on (not withdrawn)."""
    ws.require(*ENROLLERS)
    with ws.db.session() as session:
        return dict(session.execute(select(Enrollment.session_id, Enrollment.status).where(
            Enrollment.person_id == person_id.strip(), Enrollment.status != WITHDRAWN,
            Enrollment.deleted.is_(False))).all())


def get_session(ws: Workspace, session_id: str) -> SessionView:
    ws.require(*READERS)
    with ws.db.session() as session:
        return _views(session, [load_session(session, session_id)])[0]


def load_session(session, session_id: str) -> TrainingSession:
    row = session.get(TrainingSession, session_id.strip())
    if row is None or row.deleted:
        raise NotFound("no_session", QT_TRANSLATE_NOOP("Errors", "No training session with id {id}."),
                       id=session_id.strip())
    return row


def require_session_lead(ws: Workspace, row: TrainingSession) -> None:
    """Trainers record for their own sessions; coordinators for any."""
    if ws.has(Role.COORDINATOR):
        return
    if ws.has(Role.TRAINER) and row.trainer_id == ws.operator_id:
        return
    raise PermissionDenied("not_your_session", QT_TRANSLATE_NOOP(
        "Errors", "{operator} may not do this: only the session's trainer or a coordinator may."),
        operator=ws.operator_name or "?")


# -- enrolment ----------------------------------------------------------------------------
@dataclass(frozen=True)
class EnrolResult:
    person_id: str
    name: str
    status: str  # ENROLLED or WAITING
    position: int  # on the waiting list (1 = next), 0 when enrolled
    already: bool  # the person was already on this session


def _person(session, person_id: str) -> Person:
    person = session.get(Person, person_id.strip())
    if person is None or person.deleted:
        raise NotFound("no_person", QT_TRANSLATE_NOOP("Errors", "No person with id {id}."), id=person_id.strip())
    return person


def _enrolments(session, session_id: str) -> list[Enrollment]:
    return list(session.execute(select(Enrollment).where(Enrollment.session_id == session_id,
                                                         Enrollment.deleted.is_(False))
                                .order_by(Enrollment.queued, Enrollment.id)).scalars())


def _position(rows: list[Enrollment], row_id: str) -> int:
    waiting = [r.id for r in rows if r.status == WAITING]
    return waiting.index(row_id) + 1 if row_id in waiting else 0


def enrol_in(journal, row: TrainingSession, person_id: str, source: str) -> EnrolResult:
    """Enrol in the caller's transaction (walk-ins at the training room reuse it)."""
    session = journal.session
    person = _person(session, person_id)
    rows = _enrolments(session, row.id)
    mine = next((r for r in rows if r.person_id == person.id), None)
    if mine is not None and mine.status != WITHDRAWN:
        return EnrolResult(person.id, person.name, mine.status, _position(rows, mine.id), True)
    taken = sum(1 for r in rows if r.status == ENROLLED)
    status = ENROLLED if taken < row.capacity else WAITING
    stamp = journal.clock.tick()
    row_id = derived_id("enrollment", row.id, person.id)
    if mine is None:
        journal.create(Enrollment, {"session_id": row.id, "person_id": person.id, "status": status,
                                    "queued": stamp, "source": source}, row_id=row_id)
    else:
        journal.update(Enrollment, row_id, {"status": status, "queued": stamp, "source": source})
    journal.audit("enrollment.create", "enrollment", row_id, status)
    rows = _enrolments(session, row.id)
    return EnrolResult(person.id, person.name, status, _position(rows, row_id), False)


def enrol(ws: Workspace, session_id: str, person_id: str, source: str = "desk") -> EnrolResult:
    ws.require(*ENROLLERS)
    with ws.writing() as journal:
        return enrol_in(journal, load_session(journal.session, session_id), person_id, source)


def enrol_many(ws: Workspace, session_id: str, person_ids: list[str], source: str) -> list[EnrolResult]:
    """All or nothing: an unknown person anywhere in the list leaves the session as it was."""
    ws.require(*ENROLLERS)
    with ws.writing() as journal:
        row = load_session(journal.session, session_id)
        return [enrol_in(journal, row, person_id, source) for person_id in person_ids]


def withdraw(ws: Workspace, session_id: str, person_id: str) -> str | None:
    """Withdraw someone; returns the id of the person who moved up from the waiting list, if any."""
    ws.require(Role.TRAINER, Role.COORDINATOR)
    with ws.writing() as journal:
        session = journal.session
        row = load_session(session, session_id)
        require_session_lead(ws, row)
        rows = _enrolments(session, row.id)
        mine = next((r for r in rows if r.person_id == person_id.strip() and r.status != WITHDRAWN), None)
        if mine is None:
            raise NotFound("not_enrolled", QT_TRANSLATE_NOOP(
                "Errors", "{person} is not enrolled in this session."), person=person_id.strip())
        was_enrolled = mine.status == ENROLLED
        journal.update(Enrollment, mine.id, {"status": WITHDRAWN})
        journal.audit("enrollment.withdraw", "enrollment", mine.id)
        if not was_enrolled:
            return None
        waiting = [r for r in rows if r.status == WAITING]
        if not waiting:
            return None
        journal.update(Enrollment, waiting[0].id, {"status": ENROLLED})
        journal.audit("enrollment.move_up", "enrollment", waiting[0].id)
        return waiting[0].person_id


@dataclass(frozen=True)
class RosterLine:
    person_id: str
    name: str
    romanised: str
    status: str
    position: int
    source: str


def roster(ws: Workspace, session_id: str) -> list[RosterLine]:
    """Enrolled first (in the order they came), then the waiting list in order."""
    ws.require(*READERS)
    with ws.db.session() as session:
        row = load_session(session, session_id)
        rows = [r for r in _enrolments(session, row.id) if r.status != WITHDRAWN]
        people = {p.id: p for p in session.execute(select(Person).where(
            Person.id.in_([r.person_id for r in rows]))).scalars()} if rows else {}
    lines = []
    for r in sorted(rows, key=lambda r: (r.status != ENROLLED, r.queued, r.id)):
        person = people.get(r.person_id)
        lines.append(RosterLine(r.person_id, person.name if person else "", person.romanised if person else "",
                                r.status, _position(rows, r.id), r.source))
    return lines


def sessions_of_person(session, person_id: str) -> list[str]:
    """Ids of the sessions this person is enrolled in (not waiting, not withdrawn)."""
    return [sid for (sid,) in session.execute(select(Enrollment.session_id).where(
        Enrollment.person_id == person_id, Enrollment.status == ENROLLED, Enrollment.deleted.is_(False))).all()]
