"""The day's family figures, aggregate: statuses, diets for the caterer, wheelchairs per vehicle,
rooms used per hotel. Counts only, so any role that sees the board may print them."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from carekit.domain import family as rules
from carekit.services.family import ARRIVALS
from carekit.services.workspace import Workspace


@dataclass
class DaySummary:
    by_status: dict[str, int] = field(default_factory=dict)
    diets: dict[str, int] = field(default_factory=dict)
    needs: dict[str, int] = field(default_factory=dict)
    wheelchairs_per_vehicle: dict[str, int] = field(default_factory=dict)
    rooms_per_hotel: dict[str, dict[str, int]] = field(default_factory=dict)  # hotel → rooms, guests, beds

    def as_dict(self) -> dict:
        return dict(self.__dict__)


def day_summary(ws: Workspace) -> DaySummary:
    ws.require(*ARRIVALS)
    summary = DaySummary()
    with ws.db.session() as session:
        sql = session.connection().exec_driver_sql
        travellers = sql("SELECT t.status, t.needs FROM traveller t JOIN person p ON p.id = t.id "
                         "WHERE t.deleted = 0 AND p.deleted = 0").all()
        statuses = Counter(status for status, _ in travellers)
        summary.by_status = {s: statuses.get(s, 0) for s in rules.STATUS_FLOW}
        needs = Counter(n for _, text in travellers for n in text.split(",") if n)
        summary.diets = {d: needs.get(d, 0) for d in rules.DIETS}
        summary.diets["regular"] = sum(1 for _, text in travellers if not set(text.split(",")) & set(rules.DIETS))
        summary.needs = {n.value: needs.get(n.value, 0) for n in rules.Need if n.value not in rules.DIETS}
        summary.wheelchairs_per_vehicle = dict(sql(
            "SELECT v.label, SUM(CASE WHEN (',' || t.needs || ',') LIKE '%,wheelchair,%' THEN 1 ELSE 0 END) "
            "FROM vehicle v JOIN pickup k ON k.vehicle_id = v.id AND k.deleted = 0 "
            "JOIN traveller t ON t.id = k.traveller_id AND t.deleted = 0 WHERE v.deleted = 0 "
            "GROUP BY v.id ORDER BY v.window_start, v.label").all())
        for hotel, room, room_type, guests in sql(
                "SELECT hotel, room, MAX(room_type), COUNT(*) FROM stay WHERE deleted = 0 "
                "GROUP BY hotel, room ORDER BY hotel, room").all():
            totals = summary.rooms_per_hotel.setdefault(hotel, {"rooms": 0, "guests": 0, "beds": 0})
            totals["rooms"] += 1
            totals["guests"] += guests
            totals["beds"] += rules.ROOM_CAPACITY.get(room_type, 0)
    return summary
