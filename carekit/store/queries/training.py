"""What the training room's scan reads: the event's badge key, the session, enrolments and scans.

``sql`` is a connection's ``exec_driver_sql``: a scan at the training room runs within a 2 ms
budget, at driver level, on the connection of its write."""

from __future__ import annotations


def event_for_scan(sql, event_id: str):
    """(id, badge_key, timezone) of the event, None when it is not here."""
    return sql("SELECT id, badge_key, timezone FROM event WHERE id = ?", (event_id,)).first()


def live_session(sql, session_id: str):
    """(id, course_id, trainer_id, starts, ends, capacity) of the session unless deleted, or None."""
    return sql("SELECT id, course_id, trainer_id, starts, ends, capacity FROM trainingsession "
               "WHERE id = ? AND deleted = 0", (session_id,)).first()


def badge_person(sql, registration_id: str):
    """(person id, name, cancelled) of the registration's person, None when the registration is not
    here; cancelled when the registration or the person is deleted."""
    return sql("SELECT p.id, p.name, r.deleted OR p.deleted FROM registration r JOIN person p "
               "ON p.id = r.person_id WHERE r.id = ?", (registration_id,)).first()


def enrolment_status(sql, session_id: str, person_id: str) -> str | None:
    """The person's live enrolment status on the session, None when not on it."""
    return sql("SELECT status FROM enrollment WHERE session_id = ? AND person_id = ? AND deleted = 0",
               (session_id, person_id)).scalar()


def attendance_scans(sql, session_id: str, person_id: str) -> list[tuple]:
    """(id, direction, at, corrects, void) of every attendance fact of the person on the session."""
    return sql("SELECT id, direction, at, corrects, void FROM attendance WHERE session_id = ? AND person_id = ?",
               (session_id, person_id)).all()


def other_sessions_that_day(sql, person_id: str, session_id: str, day: str) -> list[tuple]:
    """(session id, course code, starts) of the person's other enrolled sessions starting on ``day``."""
    return sql("SELECT s.id, c.code, s.starts FROM enrollment e JOIN trainingsession s ON s.id = e.session_id "
               "JOIN course c ON c.id = s.course_id WHERE e.person_id = ? AND e.status = 'enrolled' "
               "AND e.deleted = 0 AND s.id != ? AND substr(s.starts, 1, 10) = ?",
               (person_id, session_id, day)).all()


def enrolled_count(sql, session_id: str) -> int:
    """People enrolled (not waiting) on the session."""
    return sql("SELECT count(*) FROM enrollment WHERE session_id = ? AND status = 'enrolled' AND deleted = 0",
               (session_id,)).scalar()
