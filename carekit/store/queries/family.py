"""What the family-visit services read: travellers, legs, pickups, vehicles and stays.

``sql`` is a connection's ``exec_driver_sql`` (the services hold a session's connection)."""

from __future__ import annotations


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
