"""Pick-ups: arrivals grouped by place and time window into vehicles, then adjusted by hand.

No live flight data offline, so a party is met on the last of its legs to land at that place,
and a coordinator may set a vehicle's "leaves at" when a train runs late. The planner only seats
travellers who have no pick-up yet, so a coordinator's adjustments survive a second run.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from datetime import timedelta

from carekit.domain.family import Need
from carekit.domain.family_tables import Pickup, Vehicle
from carekit.domain.zones import zone as time_zone
from carekit.i18n import QT_TRANSLATE_NOOP
from carekit.services.errors import NotFound, ValidationError, phone_error
from carekit.services.family import ARRIVALS, EDITORS, get_traveller
from carekit.services.travel import parse_utc, utc_text
from carekit.services.workspace import Workspace
from carekit.store.queries import family as queries

DEFAULT_WINDOW = 60
DEFAULT_CAPACITY = 7

@dataclass(frozen=True)
class Arrival:
    traveller_id: str
    worker_id: str
    needs: tuple[str, ...]
    leg_id: str
    place: str
    arrives_utc: str
    arrives_local: str
    zone: str
    number: str

    @property
    def wheelchair(self) -> bool:
        return Need.WHEELCHAIR.value in self.needs


def last_arrivals(con) -> dict[str, Arrival]:
    """traveller id → the outbound leg that lands last (where they are met)."""
    return {row[0]: Arrival(row[0], row[1], tuple(n for n in row[2].split(",") if n), *row[3:])
            for row in queries.last_outbound_legs(con)}


@dataclass
class _Unit:
    """Travellers of one party met at one place: they ride together."""
    arrivals: list[Arrival]

    @cached_property
    def last(self) -> Arrival:
        return max(self.arrivals, key=lambda a: a.arrives_utc)

    @property
    def wheelchair(self) -> bool:
        return any(a.wheelchair for a in self.arrivals)


@dataclass
class _Planned:
    place: str
    accessible: bool
    capacity: int
    units: list[_Unit] = field(default_factory=list)

    @property
    def seats(self) -> int:
        return sum(len(u.arrivals) for u in self.units)


def group_into_vehicles(arrivals: list[Arrival], window_minutes: int, capacity: int) -> list[_Planned]:
    """Pure grouping: per place, a window opens at the first unmet arrival and takes every party
    landing within it; parties fill vehicles first-fit, wheelchair parties an accessible one."""
    units: dict[tuple[str, str], _Unit] = {}
    for arrival in arrivals:
        units.setdefault((arrival.worker_id, arrival.place), _Unit([])).arrivals.append(arrival)
    by_place: dict[str, list[_Unit]] = {}
    for unit in units.values():
        by_place.setdefault(unit.last.place, []).append(unit)
    planned: list[_Planned] = []
    width = timedelta(minutes=window_minutes)
    for place, place_units in sorted(by_place.items()):
        place_units.sort(key=lambda u: u.last.arrives_utc)
        moments = [parse_utc(u.last.arrives_utc) for u in place_units]
        start = 0
        while start < len(place_units):
            opens = moments[start]
            end = start
            while end < len(place_units) and moments[end] - opens <= width:
                end += 1
            planned.extend(_pack(place, place_units[start:end], capacity))
            start = end
    return planned


def _pack(place: str, units: list[_Unit], capacity: int) -> list[_Planned]:
    vehicles: list[_Planned] = []
    for unit in sorted(units, key=lambda u: -len(u.arrivals)):
        pieces = [unit] if len(unit.arrivals) <= capacity else [
            _Unit(unit.arrivals[i:i + capacity]) for i in range(0, len(unit.arrivals), capacity)]
        for piece in pieces:
            target = next((v for v in vehicles if v.accessible == piece.wheelchair
                           and v.seats + len(piece.arrivals) <= v.capacity), None)
            if target is None:
                target = _Planned(place, piece.wheelchair, capacity)
                vehicles.append(target)
            target.units.append(piece)
    return vehicles


def _local_label(place: str, utc: str, zone: str, number: int) -> str:
    local = parse_utc(utc).astimezone(time_zone(zone)) if zone else parse_utc(utc)
    return f"{place} {local:%m-%d %H:%M} #{number}"


@dataclass(frozen=True)
class PlanResult:
    vehicles: int
    seated: int


def plan_pickups(ws: Workspace, window_minutes: int = DEFAULT_WINDOW, capacity: int = DEFAULT_CAPACITY) -> PlanResult:
    """Propose vehicles for every traveller who has no pick-up yet."""
    ws.require(*EDITORS)
    if not 5 <= window_minutes <= 24 * 60:
        raise ValidationError("bad_window", QT_TRANSLATE_NOOP(
            "Errors", "A pick-up window is 5 to 1440 minutes, not {minutes}."), minutes=window_minutes)
    if not 1 <= capacity <= 80:
        raise ValidationError("bad_capacity", QT_TRANSLATE_NOOP(
            "Errors", "A vehicle seats 1 to 80 travellers, not {capacity}."), capacity=capacity)
    with ws.writing() as journal:
        con = journal.session.connection()
        seated = queries.seated_travellers(con)
        waiting = [a for a in last_arrivals(con).values() if a.traveller_id not in seated]
        planned = group_into_vehicles(waiting, window_minutes, capacity)
        counts: dict[str, int] = queries.vehicles_per_place(con)
        vehicle_rows = []
        for vehicle in planned:
            counts[vehicle.place] = counts.get(vehicle.place, 0) + 1
            times = sorted(a.arrives_utc for u in vehicle.units for a in u.arrivals)
            first = min((a for u in vehicle.units for a in u.arrivals), key=lambda a: a.arrives_utc)
            vehicle_rows.append({"label": _local_label(vehicle.place, times[0], first.zone, counts[vehicle.place]),
                                 "place": vehicle.place, "window_start": times[0], "window_end": times[-1],
                                 "capacity": vehicle.capacity, "accessible": vehicle.accessible})
        ids = journal.create_many(Vehicle, vehicle_rows)
        pickups = [{"vehicle_id": vid, "traveller_id": a.traveller_id, "leg_id": unit.last.leg_id,
                    "planned_arrives_utc": unit.last.arrives_utc}
                   for vid, vehicle in zip(ids, planned) for unit in vehicle.units for a in unit.arrivals]
        journal.create_many(Pickup, pickups)
        journal.audit("pickup.plan", "vehicle", "", f"vehicles={len(ids)} seated={len(pickups)}")
    return PlanResult(len(ids), len(pickups))


def edit_vehicle(ws: Workspace, vehicle_id: str, *, driver_name: str | None = None,
                 driver_phone: str | None = None, capacity: int | None = None,
                 accessible: bool | None = None, leaves_at: str | None = None) -> dict:
    """A coordinator names the driver, changes seats, or sets when it leaves (a late train)."""
    ws.require(*EDITORS)
    from carekit.services.travel import parse_time
    with ws.writing() as journal:
        vehicle = _vehicle(journal.session, vehicle_id)
        fields: dict = {}
        if driver_name is not None:
            fields["driver_name"] = " ".join(driver_name.split())
        if driver_phone is not None:
            from carekit.domain.phones import PhoneError, normalise_phone
            from carekit.services.events import current_event
            region = current_event(journal.session).default_region
            try:
                fields["driver_phone"] = normalise_phone(driver_phone, region)
            except PhoneError as error:
                raise phone_error(error) from None
        if capacity is not None:
            seated = _seated(journal.session, vehicle.id)
            if not 1 <= capacity <= 80 or capacity < seated:
                raise ValidationError("bad_capacity", QT_TRANSLATE_NOOP(
                    "Errors", "{vehicle} has {seated} travellers; it cannot seat only {capacity}."),
                    vehicle=vehicle.label, seated=seated, capacity=capacity)
            fields["capacity"] = capacity
        if accessible is not None:
            fields["accessible"] = accessible
        if leaves_at is not None:
            from carekit.services.events import current_event
            zone = current_event(journal.session).timezone  # "19:10" means the event's clock
            fields["expected_override"] = parse_time(leaves_at, zone, "leaves").utc if leaves_at else ""
        changed = journal.update(Vehicle, vehicle.id, fields)
        if changed:
            journal.audit("vehicle.edit", "vehicle", vehicle.id, ",".join(sorted(changed)))
    return changed


def _vehicle(session, vehicle_id: str) -> Vehicle:
    vehicle = session.get(Vehicle, vehicle_id)
    if vehicle is None or vehicle.deleted:
        raise NotFound("no_vehicle", QT_TRANSLATE_NOOP("Errors", "No vehicle '{vehicle}'."), vehicle=vehicle_id)
    return vehicle


def _seated(session, vehicle_id: str) -> int:
    return queries.seats_taken(session.connection(), vehicle_id)


def move_traveller(ws: Workspace, traveller_id: str, vehicle_id: str) -> None:
    """Seat a traveller in another vehicle (the coordinator's adjustment); a full one refuses."""
    ws.require(*EDITORS)
    with ws.writing() as journal:
        session = journal.session
        traveller = get_traveller(session, traveller_id)
        vehicle = _vehicle(session, vehicle_id)
        current = queries.pickup_of(session.connection(), traveller.id)
        if current and current[1] == vehicle.id:
            return
        if _seated(session, vehicle.id) + 1 > vehicle.capacity:
            raise ValidationError("vehicle_full", QT_TRANSLATE_NOOP(
                "Errors", "{vehicle} is full ({capacity} seats)."), vehicle=vehicle.label, capacity=vehicle.capacity)
        arrival = last_arrivals(session.connection()).get(traveller.id)
        if current:
            journal.update(Pickup, current[0], {"vehicle_id": vehicle.id})
        else:
            journal.create(Pickup, {"vehicle_id": vehicle.id, "traveller_id": traveller.id,
                                    "leg_id": arrival.leg_id if arrival else "",
                                    "planned_arrives_utc": arrival.arrives_utc if arrival else ""})
        journal.audit("pickup.move", "vehicle", vehicle.id, traveller.id)


@dataclass
class Seat:
    traveller_id: str
    name: str
    romanised: str
    worker_name: str
    phone: str  # the traveller's, else the worker's
    needs: list[str]
    number: str
    arrives_local: str
    zone: str
    arrives_utc: str
    status: str
    token: str = ""
    language: str = ""


@dataclass
class VehiclePlan:
    id: str
    label: str
    place: str
    window_start: str
    window_end: str
    leaves_at: str  # UTC: the override, else the last arrival it waits for
    capacity: int
    accessible: bool
    driver_name: str
    driver_phone: str
    seats: list[Seat] = field(default_factory=list)

    @property
    def headcount(self) -> int:
        return len(self.seats)

    def as_dict(self) -> dict:
        data = {k: v for k, v in self.__dict__.items() if k != "seats"}
        data["headcount"] = self.headcount
        data["travellers"] = [{k: v for k, v in s.__dict__.items() if k != "token"} for s in self.seats]
        return data


def vehicle_plans(ws: Workspace) -> list[VehiclePlan]:
    ws.require(*ARRIVALS)
    with ws.db.session() as session:
        return load_plans(session.connection())


def load_plans(con) -> list[VehiclePlan]:
    plans = {row[0]: VehiclePlan(*row[:3], row[3], row[4], row[5] or row[4], row[6], bool(row[7]), row[8], row[9])
             for row in queries.live_vehicles(con)}
    arrivals = last_arrivals(con)
    for row in queries.seat_rows(con):
        plan = plans.get(row[0])
        if plan is None:
            continue
        arrival = arrivals.get(row[1])
        plan.seats.append(Seat(row[1], row[2], row[3], row[4] or "", row[5] or "",
                               [n for n in row[6].split(",") if n],
                               arrival.number if arrival else "", arrival.arrives_local if arrival else "",
                               arrival.zone if arrival else "", arrival.arrives_utc if arrival else "",
                               row[7], row[9] or "", row[8] or ""))
    return list(plans.values())


@dataclass(frozen=True)
class Warning:
    kind: str  # over_capacity, before_arrival, no_pickup, leg_changed, no_wheelchair_access
    vehicle: str  # label ("" for a traveller without a vehicle)
    traveller_id: str = ""
    detail: str = ""
    times: tuple[str, ...] = ()  # ISO values (a seat's wall arrival; a leg's planned, then current UTC)


def pickup_warnings(ws: Workspace) -> list[Warning]:
    """What a coordinator must look at before the drivers leave."""
    ws.require(*ARRIVALS)
    with ws.db.session() as session:
        con = session.connection()
        plans = load_plans(con)
        arrivals = last_arrivals(con)
        planned = {r[0]: (r[1], r[2], r[3]) for r in queries.planned_legs(con)}
    warnings: list[Warning] = []
    for plan in plans:
        if plan.headcount > plan.capacity:
            warnings.append(Warning("over_capacity", plan.label, detail=f"{plan.headcount}/{plan.capacity}"))
        for seat in plan.seats:
            if seat.arrives_utc and plan.leaves_at and seat.arrives_utc > plan.leaves_at:
                warnings.append(Warning("before_arrival", plan.label, seat.traveller_id, seat.number,
                                        (seat.arrives_local,)))
            if Need.WHEELCHAIR.value in seat.needs and not plan.accessible:
                warnings.append(Warning("no_wheelchair_access", plan.label, seat.traveller_id))
            _vid, was, now = planned.get(seat.traveller_id, ("", "", ""))
            if was and now and was != now:
                warnings.append(Warning("leg_changed", plan.label, seat.traveller_id, times=(was, now)))
    for traveller_id in sorted(set(arrivals) - set(planned)):
        warnings.append(Warning("no_pickup", "", traveller_id, arrivals[traveller_id].number))
    return warnings


__all__ = ["plan_pickups", "vehicle_plans", "pickup_warnings", "move_traveller", "edit_vehicle", "utc_text"]
