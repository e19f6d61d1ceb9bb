"""Family-visit tables: travellers, their legs, rooms and pick-ups. Sync finds them by base class.

A traveller's id is the id of its Person (category family), so a badge scan, the search and the
traveller row all meet on one id. Identity-document numbers and medical notes live apart in
``TravellerPrivate`` so only coordinators read them and sealing them touches one table.
Arrivals are check-ins (facts) at the pick-up point or the hotel; everything else is mutable.
"""

from __future__ import annotations

from sqlmodel import Field

from carekit.domain.tables import SyncedRow


class Traveller(SyncedRow, table=True):
    worker_id: str = Field(default="", index=True)  # the worker visited: the party is their family
    relationship: str = "other"  # carekit.domain.family.Relationship
    age_band: str = "adult"  # carekit.domain.family.AgeBand
    needs: str = ""  # comma-separated Need values, e.g. "wheelchair,halal"
    status: str = "invited"  # carekit.domain.family.STATUS_FLOW, forwards only
    status_at: str = ""  # ISO timestamp of the last status change (who: the journal)


class TravellerPrivate(SyncedRow, table=True):
    """One row per traveller (id = traveller id): what only coordinators may read."""
    id_doc_type: str = ""  # resident id card, passport, ...
    id_doc_number: str = ""  # sensitive: never in audit text or other roles' exports
    medical_note: str = ""  # sensitive


class TravelLeg(SyncedRow, table=True):
    """One train, flight, coach or car ride; its passengers are ``LegPassenger`` rows."""
    direction: str = "outbound"  # outbound (to the event) or return
    mode: str = "train"
    number: str = ""  # carrier + number: G1234, MU5101
    from_place: str = ""
    from_city: str = ""
    to_place: str = Field(default="", index=True)
    to_city: str = ""
    departs: str = ""  # local wall time "YYYY-MM-DDTHH:MM" at from_place
    departs_zone: str = ""
    arrives: str = ""  # local wall time at to_place
    arrives_zone: str = ""
    departs_utc: str = ""  # derived from the two above, written with them; sorts and compares
    arrives_utc: str = ""
    booking_ref: str = ""


class LegPassenger(SyncedRow, table=True):
    leg_id: str = Field(default="", index=True)
    traveller_id: str = Field(default="", index=True)
    seat: str = ""


class Stay(SyncedRow, table=True):
    traveller_id: str = Field(default="", index=True)
    hotel: str = ""
    room: str = ""
    room_type: str = "twin"  # carekit.domain.family.ROOM_CAPACITY
    first_night: str = ""  # ISO date
    nights: int = 1


class Vehicle(SyncedRow, table=True):
    label: str = ""  # "深圳北 14:00 #1"
    place: str = ""  # the station or airport it waits at
    window_start: str = ""  # UTC ISO; the first arrival it waits for
    window_end: str = ""  # UTC ISO; the last arrival it waits for
    expected_override: str = ""  # UTC ISO; a coordinator's "leaves at" when a train is late
    capacity: int = 7
    accessible: bool = False  # takes a wheelchair
    driver_name: str = ""
    driver_phone: str = ""


class Pickup(SyncedRow, table=True):
    """A traveller's seat in a vehicle for one leg; remembers the arrival it was planned on."""
    vehicle_id: str = Field(default="", index=True)
    traveller_id: str = Field(default="", index=True)
    leg_id: str = ""
    planned_arrives_utc: str = ""  # the leg's arrival when planned: a later change is a warning
