"""Enrolling a list from a roster file with a course column (CSV or XLSX, as HR exports them).

Each row names a person already registered (staff id, else phone, else person id) and a course
code or session id. Every row is checked before anything is written: one bad row, and the
error says which line and why, and nobody is enrolled.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from carekit.domain.phones import PhoneError, normalise_phone
from carekit.domain.tables import Person
from carekit.domain.training import Course, TrainingSession
from carekit.i18n import QT_TRANSLATE_NOOP
from carekit.services.errors import ValidationError
from carekit.services.events import current_event
from carekit.services.roster_read import fold_header, read_roster
from carekit.services.training import ENROLLERS, EnrolResult, enrol_in, load_session
from carekit.services.workspace import Workspace

COURSE_WORDS = {"course", "coursecode", "课程", "课程代码", "培训课程", "curso"}
SESSION_WORDS = {"session", "sessionid", "场次", "培训场次", "sesion", "sessao"}
PERSON_ID_WORDS = {"personid", "人员编号"}


@dataclass(frozen=True)
class FileEnrolment:
    line: int
    result: EnrolResult
    session_id: str


def _column(headers: list[str], words: set[str]) -> int | None:
    return next((i for i, h in enumerate(headers) if fold_header(h) in words), None)


def _line_error(line: int, template: str, **params) -> ValidationError:
    return ValidationError("bad_enrolment_line", template, line=line, **params)


def enrol_from_file(ws: Workspace, path: str | Path, session_id: str = "") -> list[FileEnrolment]:
    """``session_id`` puts everyone on that session; otherwise the file's course or session column says."""
    ws.require(*ENROLLERS)
    table = read_roster(path)
    course_col = _column(table.headers, COURSE_WORDS)
    session_col = _column(table.headers, SESSION_WORDS)
    id_col = _column(table.headers, PERSON_ID_WORDS)
    staff_col, phone_col = table.mapping.get("staff_id"), table.mapping.get("phone")
    if not session_id and course_col is None and session_col is None:
        raise ValidationError("no_course_column", QT_TRANSLATE_NOOP(
            "Errors", "{file} has no course or session column; add one, or give the session."), file=Path(path).name)
    if staff_col is None and phone_col is None and id_col is None:
        raise ValidationError("no_person_column", QT_TRANSLATE_NOOP(
            "Errors", "{file} has no staff id, phone or person id column to find each person by."),
            file=Path(path).name)
    with ws.writing() as journal:
        session = journal.session
        region = current_event(session).default_region
        people = list(session.execute(select(Person.id, Person.staff_id, Person.phone).where(
            Person.deleted.is_(False))).all())
        by_staff = {p.staff_id: p.id for p in people if p.staff_id}
        by_phone = {p.phone: p.id for p in people if p.phone}
        by_id = {p.id for p in people}
        sessions = {s.id: s for s in session.execute(select(TrainingSession).where(
            TrainingSession.deleted.is_(False))).scalars()}
        courses = {c.code: c.id for c in session.execute(select(Course).where(Course.deleted.is_(False))).scalars()}
        plan: list[tuple[int, str, str]] = []
        for line, cells in table.rows:
            cell = lambda col: cells[col].strip() if col is not None and col < len(cells) else ""  # noqa: E731
            if not any(c.strip() for c in cells):
                continue
            person_id = _find_person(line, cell(id_col), cell(staff_col), cell(phone_col), region,
                                     by_id, by_staff, by_phone)
            target = session_id or cell(session_col) or _session_of_course(line, cell(course_col), courses, sessions)
            if target not in sessions:
                raise _line_error(line, QT_TRANSLATE_NOOP("Errors", "line {line}: no training session {session}."),
                                  session=target)
            plan.append((line, person_id, target))
        done = []
        for line, person_id, target in plan:
            done.append(FileEnrolment(line, enrol_in(journal, load_session(session, target), person_id,
                                                     Path(path).name), target))
        return done


def _find_person(line, person_id, staff_id, phone, region, by_id, by_staff, by_phone) -> str:
    if person_id and person_id in by_id:
        return person_id
    if staff_id and staff_id in by_staff:
        return by_staff[staff_id]
    if phone:
        try:
            normal = normalise_phone(phone, region)
        except PhoneError:
            normal = ""
        if normal in by_phone:
            return by_phone[normal]
    raise _line_error(line, QT_TRANSLATE_NOOP(
        "Errors", "line {line}: nobody registered with staff id '{staff}' or phone '{phone}'. Nobody was enrolled."),
        staff=staff_id, phone=phone)


def _session_of_course(line: int, code: str, courses: dict[str, str], sessions: dict) -> str:
    if not code:
        raise _line_error(line, QT_TRANSLATE_NOOP("Errors", "line {line}: the course is empty. Nobody was enrolled."))
    course_id = courses.get(code.strip().upper())
    if course_id is None:
        raise _line_error(line, QT_TRANSLATE_NOOP(
            "Errors", "line {line}: no course with code {code}. Nobody was enrolled."), code=code)
    matching = [s for s in sessions.values() if s.course_id == course_id]
    if len(matching) != 1:
        raise _line_error(line, QT_TRANSLATE_NOOP(
            "Errors", "line {line}: course {code} has {count} sessions; give the session id instead. "
                      "Nobody was enrolled."), code=code, count=len(matching))
    return matching[0].id
