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
