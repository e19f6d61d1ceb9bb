"""What the family-visit services read: travellers, legs, pickups, vehicles and stays.

``sql`` is a connection's ``exec_driver_sql`` (the services hold a session's connection)."""

from __future__ import annotations

# The worker a traveller visits, followed through person merges: ``merged_into`` is derived from the
# merge records and always names the group's survivor, so one step reaches them. ``w`` is the
# worker shown, ``w0`` the one the traveller was added to.
WORKER_JOIN = ("LEFT JOIN person w0 ON w0.id = t.worker_id "
               "LEFT JOIN person w ON w.id = COALESCE(NULLIF(w0.merged_into, ''), t.worker_id)")
WORKER_ID = "COALESCE(w.id, t.worker_id)"


def party_age_bands(sql, worker_id: str) -> list[str]:
    """The age band of each live traveller of the worker's family (merged-in workers' too)."""
    return [band for (band,) in sql(
        f"SELECT t.age_band FROM traveller t {WORKER_JOIN} WHERE t.deleted = 0 AND {WORKER_ID} = ?",
        (worker_id,)).all()]


_VIEW_SQL = """
SELECT t.id, p.name, p.romanised, p.phone, p.language, {worker_id}, w.name, w.phone, t.relationship,
       t.age_band, t.needs, t.status, t.status_at, v.id_doc_type, v.id_doc_number, v.medical_note,
       (SELECT token FROM registration r WHERE r.person_id = t.id AND r.deleted = 0 LIMIT 1), w.staff_id
FROM traveller t JOIN person p ON p.id = t.id {worker_join}
LEFT JOIN travellerprivate v ON v.id = t.id
WHERE t.deleted = 0 AND p.deleted = 0 {where} ORDER BY w.name, {worker_id}, t.id
"""


def traveller_rows(sql, *, worker_id: str = "", person_id: str = "") -> list[tuple]:
    """Live travellers (of one worker's family, or one traveller), by worker name: (id, name,
    romanised, phone, language, worker id, worker name, worker phone, relationship, age band,
    needs, status, status_at, id doc type, id doc number, medical note, badge token, worker staff id).
    The private fields are as stored (sealed ones are ciphertext)."""
    where, params = "", ()
    if worker_id:
        where, params = f"AND {WORKER_ID} = ?", (worker_id,)
    elif person_id:
        where, params = "AND t.id = ?", (person_id,)
    return sql(_VIEW_SQL.format(where=where, worker_id=WORKER_ID, worker_join=WORKER_JOIN), params).all()


def worker_of_travellers(sql) -> dict[str, str]:
    """traveller id → the worker (merge survivor) whose family they belong to."""
    return dict(sql(
        f"SELECT t.id, {WORKER_ID} FROM traveller t {WORKER_JOIN} WHERE t.deleted = 0 AND t.worker_id != ''").all())


def travellers_with_worker_staff(sql):
    """(traveller id, name, worker's staff id, staff id of the worker added to) of each live
    traveller, staff ids lower-cased: an agent's file names the worker by staff id."""
    return sql(
        "SELECT t.id, p.name, lower(w.staff_id), lower(w0.staff_id) FROM traveller t JOIN person p ON p.id = t.id "
        f"{WORKER_JOIN} WHERE t.deleted = 0 AND p.deleted = 0")


def live_leg_bookings(sql):
    """(id, booking_ref, number, departs_utc, from_place) of every live travel leg."""
    return sql("SELECT id, booking_ref, number, departs_utc, from_place FROM travelleg WHERE deleted = 0")


def live_passengers(sql):
    """(leg id, traveller id) of every live seat on a leg."""
    return sql("SELECT leg_id, traveller_id FROM legpassenger WHERE deleted = 0")


def live_traveller_needs(sql) -> list[tuple[str, str]]:
    """(status, needs) of every traveller whose person is not deleted; needs is comma-joined."""
    return sql("SELECT t.status, t.needs FROM traveller t JOIN person p ON p.id = t.id "
               "WHERE t.deleted = 0 AND p.deleted = 0").all()


def wheelchairs_per_vehicle(sql) -> list[tuple[str, int]]:
    """(vehicle label, travellers needing a wheelchair picked up by it), in vehicle window order."""
    return sql(
        "SELECT v.label, SUM(CASE WHEN (',' || t.needs || ',') LIKE '%,wheelchair,%' THEN 1 ELSE 0 END) "
        "FROM vehicle v JOIN pickup k ON k.vehicle_id = v.id AND k.deleted = 0 "
        "JOIN traveller t ON t.id = k.traveller_id AND t.deleted = 0 WHERE v.deleted = 0 "
        "GROUP BY v.id ORDER BY v.window_start, v.label").all()


def rooms_in_use(sql) -> list[tuple[str, str, str, int]]:
    """(hotel, room, room type, guests) of every room with a live stay, by hotel and room."""
    return sql("SELECT hotel, room, MAX(room_type), COUNT(*) FROM stay WHERE deleted = 0 "
               "GROUP BY hotel, room ORDER BY hotel, room").all()


# Each traveller's last outbound leg: where and when they are met (SQLite takes the other columns
# of a MAX() aggregate from the row holding the maximum).
_ARRIVALS_SQL = """
SELECT t.id, {worker_id}, t.needs, l.id, l.to_place, MAX(l.arrives_utc), l.arrives, l.arrives_zone, l.number
FROM traveller t JOIN person p ON p.id = t.id AND p.deleted = 0
JOIN legpassenger lp ON lp.traveller_id = t.id AND lp.deleted = 0
JOIN travelleg l ON l.id = lp.leg_id AND l.deleted = 0 AND l.direction = 'outbound'
{worker_join}
WHERE t.deleted = 0 GROUP BY t.id
""".format(worker_id=WORKER_ID, worker_join=WORKER_JOIN)


def last_outbound_legs(con):
    """(traveller, worker, needs, leg, to place, arrives utc, arrives local, zone, number) of each live
    traveller's outbound leg that lands last. ``con`` is a SQLAlchemy connection; the rows come from
    its driver connection."""
    return con.connection.execute(_ARRIVALS_SQL)


def seated_travellers(con) -> set[str]:
    """Travellers who have a live pick-up."""
    return {r[0] for r in con.exec_driver_sql("SELECT traveller_id FROM pickup WHERE deleted = 0")}


def vehicles_per_place(con) -> dict[str, int]:
    """place → live vehicles planned there."""
    return dict(con.exec_driver_sql("SELECT place, COUNT(*) FROM vehicle WHERE deleted = 0 GROUP BY place").all())


def seats_taken(con, vehicle_id: str) -> int:
    """Travellers with a live pick-up in the vehicle."""
    return con.exec_driver_sql(
        "SELECT COUNT(*) FROM pickup WHERE vehicle_id = ? AND deleted = 0", (vehicle_id,)).scalar()


def pickup_of(con, traveller_id: str):
    """(pick-up id, vehicle id) of the traveller's live pick-up, or None."""
    return con.exec_driver_sql(
        "SELECT id, vehicle_id FROM pickup WHERE traveller_id = ? AND deleted = 0", (traveller_id,)).first()


def live_vehicles(con):
    """(id, label, place, window_start, window_end, expected_override, capacity, accessible,
    driver_name, driver_phone) of every live vehicle, by window and label."""
    return con.exec_driver_sql(
        "SELECT id, label, place, window_start, window_end, expected_override, capacity, accessible, "
        "driver_name, driver_phone FROM vehicle WHERE deleted = 0 ORDER BY window_start, label")


_SEATS_SQL = """
SELECT k.vehicle_id, t.id, p.name, p.romanised, w.name, COALESCE(NULLIF(p.phone, ''), w.phone, ''), t.needs,
       t.status, p.language,
       (SELECT token FROM registration r WHERE r.person_id = t.id AND r.deleted = 0 LIMIT 1)
FROM pickup k JOIN traveller t ON t.id = k.traveller_id AND t.deleted = 0
JOIN person p ON p.id = t.id {worker_join}
WHERE k.deleted = 0 ORDER BY k.vehicle_id, w.name, p.name
""".format(worker_join=WORKER_JOIN)


def seat_rows(con):
    """(vehicle, traveller, name, romanised, worker name, phone (theirs, else the worker's), needs,
    status, language, badge token) of every live pick-up, by vehicle, worker and name."""
    return con.exec_driver_sql(_SEATS_SQL)


def planned_legs(con):
    """(traveller, vehicle, arrival planned, arrival of the leg now) of every live pick-up."""
    return con.exec_driver_sql(
        "SELECT k.traveller_id, k.vehicle_id, k.planned_arrives_utc, l.arrives_utc FROM pickup k "
        "LEFT JOIN travelleg l ON l.id = k.leg_id WHERE k.deleted = 0")


# The arrivals board reads these on the raw driver connection (``raw``, a refresh every few seconds).
# One row per expected traveller, met on their last outbound leg (SQLite takes the other columns
# of a MAX() aggregate from the row holding the maximum).
_BOARD_SQL = """
SELECT t.id, p.name, p.romanised, w.name, t.status, t.needs, l.to_place, MAX(l.arrives_utc), l.arrives,
       l.arrives_zone, l.number, v.id, v.label
FROM traveller t JOIN person p ON p.id = t.id AND p.deleted = 0
JOIN legpassenger lp ON lp.traveller_id = t.id AND lp.deleted = 0
JOIN travelleg l ON l.id = lp.leg_id AND l.deleted = 0 AND l.direction = 'outbound'
{worker_join}
LEFT JOIN pickup k ON k.traveller_id = t.id AND k.deleted = 0
LEFT JOIN vehicle v ON v.id = k.vehicle_id AND v.deleted = 0
WHERE t.deleted = 0 {{where}} GROUP BY t.id
""".format(worker_join=WORKER_JOIN)
# Which travellers' rows a changed row of each table can alter.
_AFFECTED_SQL = {
    "traveller": "SELECT ?",
    "person": "SELECT id FROM traveller WHERE id = ?1 OR worker_id = ?1 "
              "OR worker_id IN (SELECT id FROM person WHERE merged_into = ?1)",
    "legpassenger": "SELECT traveller_id FROM legpassenger WHERE id = ?",
    "travelleg": "SELECT traveller_id FROM legpassenger WHERE leg_id = ?",
    "pickup": "SELECT traveller_id FROM pickup WHERE id = ?",
    "vehicle": "SELECT traveller_id FROM pickup WHERE vehicle_id = ?",
}


def board_rows(raw, ids: list[str] | None = None):
    """(traveller, name, romanised, worker name, status, needs, place, arrives utc, arrives local,
    zone, number, vehicle id, vehicle label) of every expected traveller, or only of ``ids`` (at
    most SQLite's 999 at once)."""
    if ids is None:
        return raw.execute(_BOARD_SQL.format(where=""))
    return raw.execute(_BOARD_SQL.format(where=f"AND t.id IN ({','.join('?' * len(ids))})"), ids)


def live_event_timezone(raw) -> str | None:
    """The time zone of the event row not deleted, None when there is none."""
    row = raw.execute("SELECT timezone FROM event WHERE deleted = 0 LIMIT 1").fetchone()
    return row[0] if row else None


def board_stamps(raw) -> tuple:
    """(newest revision, newest person merge, newest erasure) rowids, None for an empty table:
    every mutable write and merged bundle adds revisions, and rowids only grow."""
    return tuple(raw.execute("SELECT (SELECT MAX(rowid) FROM revision), (SELECT MAX(rowid) FROM personmerge), "
                             "(SELECT MAX(rowid) FROM erasure)").fetchone())


def revised_rows_since(raw, rowid: int, limit: int) -> list[tuple[str, str]]:
    """(entity, row id) of at most ``limit`` distinct rows revised after revision ``rowid``."""
    return raw.execute("SELECT DISTINCT entity, row_id FROM revision WHERE rowid > ? LIMIT ?",
                       (rowid, limit)).fetchall()


def travellers_touched(raw, entity: str, row_id: str) -> list[str]:
    """The travellers whose board row a change to this row of ``entity`` can alter (none for a
    table the board does not show)."""
    sql = _AFFECTED_SQL.get(entity)
    return [r[0] for r in raw.execute(sql, (row_id,))] if sql else []


def badge_holder(sql, registration_id: str):
    """(person id, name) of the registration's person, None when it is not here."""
    return sql("SELECT p.id, p.name FROM registration r JOIN person p ON p.id = r.person_id "
               "WHERE r.id = ?", (registration_id,)).first()


def has_outbound_leg(sql, person_id: str) -> bool:
    """Whether the person holds a live seat on a live outbound leg."""
    return sql("SELECT 1 FROM legpassenger lp JOIN travelleg l ON l.id = lp.leg_id AND l.deleted = 0 "
               "AND l.direction = 'outbound' WHERE lp.traveller_id = ? AND lp.deleted = 0 LIMIT 1",
               (person_id,)).first() is not None
