"""Travel legs: one train, flight, coach or car ride shared by several travellers of a party.

Times are what the ticket says: local wall time at each place, with that place's time zone.
The UTC instants are derived and stored with them, so a leg from Ürümqi (UTC+6 by the clock on
the wall there, Asia/Urumqi) to Shenzhen compares correctly with the rest.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime, timezone
from zoneinfo import ZoneInfoNotFoundError

from sqlmodel import select

from carekit.domain import family as rules
from carekit.domain.family_tables import LegPassenger, TravelLeg
from carekit.domain.places import find_place
from carekit.domain.zones import zone as time_zone
from carekit.i18n import QT_TRANSLATE_NOOP
from carekit.services.errors import NotFound, ValidationError
from carekit.services.events import current_event
from carekit.services.family import EDITORS, get_traveller
from carekit.services.workspace import Workspace

_TIME = re.compile(r"^\s*(\d{4}-\d{2}-\d{2})[ T](\d{1,2}):(\d{2})(?::\d{2})?\s*(\S+)?\s*$")


@dataclass(frozen=True)
class LegInput:
    travellers: tuple[str, ...]
    mode: str
    number: str
    from_place: str
    to_place: str
    departs: str  # "2026-12-04 08:00 Asia/Shanghai"; the zone may be left to the place
    arrives: str
    direction: str = rules.Direction.OUTBOUND.value
    booking_ref: str = ""
    seats: tuple[str, ...] = ()  # one per traveller, or none


@dataclass(frozen=True)
class LocalTime:
    local: str  # "YYYY-MM-DDTHH:MM"
    zone: str
    utc: str  # "YYYY-MM-DDTHH:MM:SSZ"


@dataclass(frozen=True)
class PlaceRef:
    name: str
    city: str
    zone: str  # "" for a stop not in the catalogue


def utc_text(moment: datetime) -> str:
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_utc(text: str) -> datetime:
    return datetime.fromisoformat(text)  # "…Z" is UTC; strptime is ten times slower


def parse_time(text: str, default_zone: str, what: str) -> LocalTime:
    """"2026-12-04 08:00 Asia/Shanghai" (zone optional) → wall time, zone and UTC instant."""
    match = _TIME.match(text or "")
    if not match:
        raise ValidationError("bad_time", QT_TRANSLATE_NOOP(
            "Errors", "{what}: '{value}' is not a time; write it as 2026-12-04 16:30 Asia/Shanghai."),
            what=what, value=text)
    day, hour, minute, zone = match.groups()
    zone = zone or default_zone
    try:
        tz = time_zone(zone)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValidationError("bad_timezone", QT_TRANSLATE_NOOP(
            "Errors", "{what}: '{zone}' is not a time zone; use a name such as Asia/Shanghai."),
            what=what, zone=zone) from None
    try:
        wall = datetime.fromisoformat(f"{day}T{int(hour):02d}:{minute}")
    except ValueError:
        raise ValidationError("bad_time", QT_TRANSLATE_NOOP(
            "Errors", "{what}: '{value}' is not a time; write it as 2026-12-04 16:30 Asia/Shanghai."),
            what=what, value=text) from None
    return LocalTime(wall.strftime("%Y-%m-%dT%H:%M"), zone, utc_text(wall.replace(tzinfo=tz)))


def resolve_place(name: str, mode: str, what: str) -> PlaceRef:
    """Trains and flights stop only at known stations and airports; coaches and cars anywhere."""
    text = (name or "").strip()
    if not text:
        raise ValidationError("no_place", QT_TRANSLATE_NOOP("Errors", "{what}: the place is missing."), what=what)
    place = find_place(text)
    if place is not None:
        return PlaceRef(place.name, place.city, place.zone)
    if mode in (rules.Mode.TRAIN.value, rules.Mode.FLIGHT.value):
        raise ValidationError("unknown_place", QT_TRANSLATE_NOOP(
            "Errors", "{what}: '{place}' is not a known station or airport; check the spelling or use its code."),
            what=what, place=text)
    return PlaceRef(text, "", "")


def _check_zone(place: PlaceRef, time: LocalTime, what: str) -> None:
    if not place.zone or place.zone == time.zone:
        return
    wall = datetime.fromisoformat(time.local)
    if wall.replace(tzinfo=time_zone(place.zone)).utcoffset() != wall.replace(tzinfo=time_zone(time.zone)).utcoffset():
        raise ValidationError("zone_mismatch", QT_TRANSLATE_NOOP(
            "Errors", "{what}: {place} keeps {zone} time, not {given}."),
            what=what, place=place.name, zone=place.zone, given=time.zone)


def leg_fields(item: LegInput, event_zone: str) -> dict:
    """Checked column values of a leg, or a ValidationError saying which part is wrong."""
    if item.mode not in rules.Mode._value2member_map_:
        raise ValidationError("bad_mode", QT_TRANSLATE_NOOP(
            "Errors", "'{value}' is not a way to travel; use one of {choices}."),
            value=item.mode, choices=", ".join(rules.Mode))
    if item.direction not in rules.Direction._value2member_map_:
        raise ValidationError("bad_direction", QT_TRANSLATE_NOOP(
            "Errors", "'{value}' is neither outbound nor return."), value=item.direction)
    number = "".join((item.number or "").split()).upper()
    if item.mode in (rules.Mode.TRAIN.value, rules.Mode.FLIGHT.value) and not number:
        raise ValidationError("no_number", QT_TRANSLATE_NOOP(
            "Errors", "A {mode} needs its number, such as G1234 or MU5101."), mode=item.mode)
    origin = resolve_place(item.from_place, item.mode, "from")
    destination = resolve_place(item.to_place, item.mode, "to")
    departs = parse_time(item.departs, origin.zone or event_zone, "departs")
    arrives = parse_time(item.arrives, destination.zone or event_zone, "arrives")
    _check_zone(origin, departs, "departs")
    _check_zone(destination, arrives, "arrives")
    if arrives.utc <= departs.utc:
        raise ValidationError("arrives_first", QT_TRANSLATE_NOOP(
            "Errors", "{number} arrives ({arrives}) before it departs ({departs}), once time zones are counted."),
            number=number or item.mode, arrives=f"{arrives.local} {arrives.zone}",
            departs=f"{departs.local} {departs.zone}")
    return {"direction": item.direction, "mode": item.mode, "number": number,
            "from_place": origin.name, "from_city": origin.city, "to_place": destination.name,
            "to_city": destination.city, "departs": departs.local, "departs_zone": departs.zone,
            "arrives": arrives.local, "arrives_zone": arrives.zone, "departs_utc": departs.utc,
            "arrives_utc": arrives.utc, "booking_ref": (item.booking_ref or "").strip()}


def add_leg(ws: Workspace, item: LegInput) -> str:
    return add_legs(ws, [item])[0]


def add_legs(ws: Workspace, items: list[LegInput]) -> list[str]:
    """Legs with their passengers, all in one transaction: one bad leg stores none."""
    ws.require(*EDITORS)
    with ws.writing() as journal:
        session = journal.session
        zone = current_event(session).timezone
        rows, passengers = [], []
        for item in items:
            if not item.travellers:
                raise ValidationError("no_passenger", QT_TRANSLATE_NOOP(
                    "Errors", "A leg needs at least one traveller."))
            for person in item.travellers:
                get_traveller(session, person)
            rows.append(leg_fields(item, zone))
            passengers.append(item)
        ids = journal.create_many(TravelLeg, rows)
        journal.create_many(LegPassenger, [
            {"leg_id": leg_id, "traveller_id": person, "seat": (item.seats[i] if i < len(item.seats) else "")}
            for leg_id, item in zip(ids, passengers) for i, person in enumerate(item.travellers)])
        journal.audit_many("leg.add", "travelleg", [(leg_id, row["number"]) for leg_id, row in zip(ids, rows)])
    return ids


def _live_leg(session, leg_id: str) -> TravelLeg:
    leg = session.get(TravelLeg, leg_id)
    if leg is None or leg.deleted:
        raise NotFound("no_leg", QT_TRANSLATE_NOOP("Errors", "No travel leg '{leg}'."), leg=leg_id)
    return leg


def edit_leg(ws: Workspace, leg_id: str, **changes: str) -> dict:
    """Change a leg's number, places or times (as typed, zones optional); rechecked as a whole."""
    ws.require(*EDITORS)
    with ws.writing() as journal:
        session = journal.session
        leg = _live_leg(session, leg_id)
        current = LegInput(travellers=("-",), mode=leg.mode, number=leg.number, from_place=leg.from_place,
                           to_place=leg.to_place, departs=f"{leg.departs} {leg.departs_zone}",
                           arrives=f"{leg.arrives} {leg.arrives_zone}", direction=leg.direction,
                           booking_ref=leg.booking_ref)
        fields = {k: v for k, v in changes.items() if v is not None and k in LegInput.__dataclass_fields__}
        updated = leg_fields(LegInput(**{**current.__dict__, **fields}), current_event(session).timezone)
        changed = journal.update(TravelLeg, leg.id, updated)
        if changed:
            journal.audit("leg.edit", "travelleg", leg.id, ",".join(sorted(changed)))
    return changed


@dataclass
class LegView:
    id: str
    direction: str
    mode: str
    number: str
    from_place: str
    to_place: str
    departs: str
    departs_zone: str
    arrives: str
    arrives_zone: str
    arrives_utc: str
    booking_ref: str
    travellers: list[str] = field(default_factory=list)

    def as_dict(self) -> dict:
        return dict(self.__dict__)


def legs(ws: Workspace) -> list[LegView]:
    with ws.db.session() as session:
        found = {leg.id: LegView(leg.id, leg.direction, leg.mode, leg.number, leg.from_place, leg.to_place,
                                 leg.departs, leg.departs_zone, leg.arrives, leg.arrives_zone, leg.arrives_utc,
                                 leg.booking_ref)
                 for leg in session.exec(select(TravelLeg).where(TravelLeg.deleted == False)  # noqa: E712
                                         .order_by(TravelLeg.departs_utc))}
        for leg_id, person in session.exec(select(LegPassenger.leg_id, LegPassenger.traveller_id)
                                           .where(LegPassenger.deleted == False)):  # noqa: E712
            if leg_id in found:
                found[leg_id].travellers.append(person)
    return list(found.values())


def legs_of(ws: Workspace, traveller_id: str) -> list[LegView]:
    """One traveller's legs, by departure: what the Family page's legs list shows."""
    return [leg for leg in legs(ws) if traveller_id in leg.travellers]


def delete_leg(ws: Workspace, leg_id: str) -> str:
    """Cancel a leg for everyone on it (a tombstone, like every delete); returns its number."""
    ws.require(*EDITORS)
    with ws.writing() as journal:
        session = journal.session
        leg = _live_leg(session, leg_id)
        for passenger in session.exec(select(LegPassenger.id).where(
                LegPassenger.leg_id == leg.id, LegPassenger.deleted == False)).all():  # noqa: E712
            journal.delete(LegPassenger, passenger)
        journal.delete(TravelLeg, leg.id)
        journal.audit("leg.delete", "travelleg", leg.id, leg.number)
        return leg.number or leg.mode


def place_zone(name: str) -> str:
    """The time zone a known station or airport keeps ("" for a stop not in the catalogue)."""
    place = find_place((name or "").strip())
    return place.zone if place is not None else ""
