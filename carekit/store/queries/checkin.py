"""The look-ups of a scan at the desk.

Driver-level SQL: these run on every scan, within a 2 ms budget. ``sql`` is the connection's
``exec_driver_sql`` the scan already holds."""

from __future__ import annotations

from sqlalchemy.engine import Connection

# Appended to a WHERE on ``checkin``: a check-in annulled by mistake counts nowhere.
NOT_ANNULLED = "AND checkin.id NOT IN (SELECT checkin_id FROM checkinannulment)"


def scan_event(sql, event_id: str):
    """(id, badge_key, timezone) of the event, or None."""
    return sql("SELECT id, badge_key, timezone FROM event WHERE id = ?", (event_id,)).first()


def check_in_recorded(sql, checkin_id: str) -> bool:
    return sql("SELECT 1 FROM checkin WHERE id = ?", (checkin_id,)).first() is not None


def device_name(sql, device_id: str) -> str:
    """The laptop's name ("" when unnamed or unknown)."""
    return sql("SELECT name FROM device WHERE id = ?", (device_id,)).scalar() or ""


def badge_holder(sql, registration_id: str):
    """(person id, serial, name, romanised, category, cancelled) for a registration, or None when
    it has not arrived yet. A registration of someone merged into another person gives the person
    kept; cancelled is true when the registration or that person is deleted."""
    return sql("SELECT p.id, r.serial, p.name, p.romanised, p.category, r.deleted OR p.deleted "
               "FROM registration r JOIN person m ON m.id = r.person_id "
               "JOIN person p ON p.id = CASE WHEN m.merged_into != '' THEN m.merged_into ELSE m.id END "
               "WHERE r.id = ?", (registration_id,)).first()


def is_erased(sql, person_id: str) -> bool:
    return sql("SELECT 1 FROM erasure WHERE person_id = ? LIMIT 1", (person_id,)).first() is not None


def first_check_in(sql, registration_id: str, point: str):
    """(at, desk) of the first check-in not annulled of this registration at this point, or None."""
    return sql("SELECT at, desk FROM checkin WHERE registration_id = ? AND point = ? " + NOT_ANNULLED +
               " ORDER BY at, hlc LIMIT 1", (registration_id, point)).first()


def checked_in_count(con: Connection, point: str) -> int:
    """Registrations with a check-in not annulled at ``point``."""
    return con.exec_driver_sql(
        "SELECT count(DISTINCT registration_id) FROM checkin WHERE point = ? " + NOT_ANNULLED,
        (point,)).scalar() or 0
