"""The day's family figures, aggregate: statuses, diets for the caterer, wheelchairs per vehicle,
rooms used per hotel. Counts only, so any role that sees the board may print them."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from carekit.domain import family as rules
from carekit.services.family import ARRIVALS
from carekit.services.workspace import Workspace
from carekit.store.queries import family as queries


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
        travellers = queries.live_traveller_needs(sql)
        statuses = Counter(status for status, _ in travellers)
        summary.by_status = {s: statuses.get(s, 0) for s in rules.STATUS_FLOW}
        needs = Counter(n for _, text in travellers for n in text.split(",") if n)
        summary.diets = {d: needs.get(d, 0) for d in rules.DIETS}
        summary.diets["regular"] = sum(1 for _, text in travellers if not set(text.split(",")) & set(rules.DIETS))
        summary.needs = {n.value: needs.get(n.value, 0) for n in rules.Need if n.value not in rules.DIETS}
        summary.wheelchairs_per_vehicle = dict(queries.wheelchairs_per_vehicle(sql))
        for hotel, room, room_type, guests in queries.rooms_in_use(sql):
            totals = summary.rooms_per_hotel.setdefault(hotel, {"rooms": 0, "guests": 0, "beds": 0})
            totals["rooms"] += 1
            totals["guests"] += guests
            totals["beds"] += rules.ROOM_CAPACITY.get(room_type, 0)
    return summary
