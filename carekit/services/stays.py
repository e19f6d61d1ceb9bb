"""Hotel stays and the rooming list: who sleeps in which room, and what is not yet settled.

A room holds at most its type's capacity (a twin two, a family room four); placing a third
person in a twin is refused, not warned. Hotels' systems often reject non-Latin names, so the
rooming list carries a romanised column.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlmodel import select

from carekit.domain import family as rules
from carekit.domain.family_tables import Stay
from carekit.i18n import QT_TRANSLATE_NOOP
from carekit.services.errors import ValidationError
from carekit.services.family import ARRIVALS, EDITORS, get_traveller, traveller_views
from carekit.services.workspace import Workspace
from carekit.domain.enums import Role


@dataclass(frozen=True)
class StayInput:
    traveller: str
    hotel: str
    room: str
    room_type: str = "twin"
    first_night: str = ""  # ISO date
    nights: int = 1


def _occupants(session, hotel: str, room: str, leaving: str = "") -> list[str]:
    return [s.traveller_id for s in session.exec(select(Stay).where(
        Stay.hotel == hotel, Stay.room == room, Stay.deleted == False)) if s.traveller_id != leaving]  # noqa: E712


def place_in_room(ws: Workspace, item: StayInput) -> str:
    """Put a traveller in a room (moving them out of any earlier room); returns the stay id."""
    ws.require(*EDITORS)
    hotel, room = " ".join(item.hotel.split()), " ".join(item.room.split())
    if not hotel or not room:
        raise ValidationError("no_room", QT_TRANSLATE_NOOP("Errors", "Give both the hotel and the room."))
    if item.room_type not in rules.ROOM_CAPACITY:
        raise ValidationError("bad_room_type", QT_TRANSLATE_NOOP(
            "Errors", "'{value}' is not a room type; use one of {choices}."),
            value=item.room_type, choices=", ".join(rules.ROOM_CAPACITY))
    if item.first_night:
        try:
            date.fromisoformat(item.first_night)
        except ValueError:
            raise ValidationError("bad_date", QT_TRANSLATE_NOOP(
                "Errors", "'{value}' is not a date; write it as YYYY-MM-DD."), value=item.first_night) from None
    if not 1 <= int(item.nights) <= 60:
        raise ValidationError("bad_nights", QT_TRANSLATE_NOOP(
            "Errors", "A stay is 1 to 60 nights, not {nights}."), nights=item.nights)
    with ws.writing() as journal:
        session = journal.session
        traveller = get_traveller(session, item.traveller)
        others = _occupants(session, hotel, room, leaving=traveller.id)
        capacity = rules.ROOM_CAPACITY[item.room_type]
        if len(others) + 1 > capacity:
            raise ValidationError("room_full", QT_TRANSLATE_NOOP(
                "Errors", "Room {room} at {hotel} is a {type} room for {capacity}; it already holds {count}."),
                room=room, hotel=hotel, type=item.room_type, capacity=capacity, count=len(others))
        fields = {"hotel": hotel, "room": room, "room_type": item.room_type, "first_night": item.first_night,
                  "nights": int(item.nights)}
        existing = session.exec(select(Stay).where(Stay.traveller_id == traveller.id,
                                                   Stay.deleted == False)).first()  # noqa: E712
        if existing is None:
            stay_id = journal.create(Stay, {"traveller_id": traveller.id, **fields})
        else:
            stay_id = existing.id
            journal.update(Stay, stay_id, fields)
        for other in session.exec(select(Stay).where(Stay.hotel == hotel, Stay.room == room,
                                                     Stay.deleted == False)):  # noqa: E712
            if other.id != stay_id and other.room_type != item.room_type:  # one room, one type
                journal.update(Stay, other.id, {"room_type": item.room_type})
        journal.audit("stay.place", "stay", stay_id, f"{hotel}/{room}")
    return stay_id


@dataclass(frozen=True)
class StayView:
    id: str
    hotel: str
    room: str
    room_type: str
    first_night: str
    nights: int


def stay_of(ws: Workspace, traveller_id: str) -> StayView | None:
    """The traveller's room, or None when they have none yet."""
    ws.require(*ARRIVALS)
    with ws.db.session() as session:
        stay = session.exec(select(Stay).where(Stay.traveller_id == traveller_id,
                                               Stay.deleted == False)).first()  # noqa: E712
        return None if stay is None else StayView(stay.id, stay.hotel, stay.room, stay.room_type,
                                                  stay.first_night, stay.nights)


def room_use(ws: Workspace, hotel: str, room: str, leaving: str = "") -> int:
    """How many others sleep in that room already (``leaving`` not counted): the editor's warning."""
    ws.require(*ARRIVALS)
    with ws.db.session() as session:
        return len(_occupants(session, " ".join(hotel.split()), " ".join(room.split()), leaving))


def leave_room(ws: Workspace, traveller_id: str) -> bool:
    """Take the traveller out of their room (a tombstone); False when they had none."""
    ws.require(*EDITORS)
    with ws.writing() as journal:
        session = journal.session
        get_traveller(session, traveller_id)
        stay = session.exec(select(Stay).where(Stay.traveller_id == traveller_id,
                                               Stay.deleted == False)).first()  # noqa: E712
        if stay is None:
            return False
        journal.delete(Stay, stay.id)
        journal.audit("stay.leave", "stay", stay.id, f"{stay.hotel}/{stay.room}")
    return True


@dataclass
class Room:
    hotel: str
    room: str
    room_type: str
    first_night: str
    nights: int
    guests: list[tuple[str, str, str]] = field(default_factory=list)  # (person id, name, romanised)

    @property
    def capacity(self) -> int:
        return rules.ROOM_CAPACITY.get(self.room_type, 0)


@dataclass
class RoomingList:
    rooms: list[Room]
    unhoused: list[tuple[str, str]]  # (person id, name) of travellers without a room
    over_capacity: list[Room]  # possible after two laptops fill one room offline

    def hotels(self) -> list[str]:
        return sorted({r.hotel for r in self.rooms})


def rooming_list(ws: Workspace, hotel: str = "") -> RoomingList:
    ws.require(*ARRIVALS)
    with ws.db.session() as session:
        views = {v.person_id: v for v in traveller_views(session, full=ws.has(Role.COORDINATOR))}
        rooms: dict[tuple[str, str], Room] = {}
        housed = set()
        for stay in session.exec(select(Stay).where(Stay.deleted == False)  # noqa: E712
                                 .order_by(Stay.hotel, Stay.room, Stay.traveller_id)):
            view = views.get(stay.traveller_id)
            if view is None:
                continue
            housed.add(stay.traveller_id)
            if hotel and stay.hotel != hotel:
                continue
            room = rooms.setdefault((stay.hotel, stay.room), Room(stay.hotel, stay.room, stay.room_type,
                                                                  stay.first_night, stay.nights))
            room.guests.append((view.person_id, view.name, view.romanised))
    ordered = sorted(rooms.values(), key=lambda r: (r.hotel, r.room))
    unhoused = [(v.person_id, v.name) for v in views.values() if v.person_id not in housed
                and v.status not in ("departed", "home")]
    return RoomingList(ordered, unhoused, [r for r in ordered if len(r.guests) > r.capacity])
