"""What the coordinator's lists read: registrations with their people, check-ins, screening visits.

``con`` is the raw driver connection (``sqlite3``); the results are its cursors or plain values.
Sites and open referrals are read as the day's figures read them (``queries.day``)."""

from __future__ import annotations

from carekit.store.queries.day import NOT_ANNULLED


def live_registrations(con):
    """(registration, site, serial, name, romanised, phone, staff id, employer, job, category,
    source, person) of each live registration of a live, unmerged person, by name."""
    return con.execute(
        "SELECT r.id, r.site_id, r.serial, p.name, p.romanised, p.phone, p.staff_id, p.employer, p.job, "
        "p.category, r.source, p.id FROM registration r JOIN person p ON p.id = r.person_id "
        "WHERE r.deleted = 0 AND p.deleted = 0 AND p.merged_into = '' ORDER BY p.romanised, p.name, r.serial")


def device_names(con) -> dict[str, str]:
    """laptop id → its name."""
    return dict(con.execute("SELECT id, name FROM device").fetchall())


def device_places(con):
    """(id, site id, name) of every laptop."""
    return con.execute("SELECT id, site_id, name FROM device")


def counted_entrance_scans(con):
    """(registration, at, desk, device) of every entrance scan not annulled by mistake."""
    return con.execute("SELECT registration_id, at, desk, device_id FROM checkin WHERE point = 'entrance' "
                       "AND " + NOT_ANNULLED)


def counted_scans_in_order(con):
    """(registration, at, desk, point, device) of every scan not annulled, oldest first."""
    return con.execute("SELECT registration_id, at, desk, point, device_id FROM checkin "
                       "WHERE " + NOT_ANNULLED + " ORDER BY at, hlc")


def badge_names(con):
    """(registration, serial, name, romanised) of every registration, cancelled ones too."""
    return con.execute(
        "SELECT r.id, r.serial, p.name, p.romanised FROM registration r JOIN person p ON p.id = r.person_id")


def station_visits(con):
    """(person, station, hlc) of every screening record."""
    return con.execute("SELECT person_id, station, hlc FROM screeningrecord")
