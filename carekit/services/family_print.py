"""Family-visit paperwork: driver manifests, rooming lists, itineraries and the day's summary.

Gathers the rows, words them in the operator's language (the itinerary in the family's own),
and hands plain data to ``carekit.printing``. Nothing here prints identity numbers or notes.
"""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

from carekit.domain.phones import display_phone
from carekit.domain.zones import zone as time_zone
from carekit import i18n
from carekit.i18n import QT_TRANSLATE_NOOP, translate
from carekit.printing.badges import RenderResult
from carekit.printing.dates import date_words, wall_words
from carekit.printing.itinerary import Itinerary, LegLine, message_text, render_itineraries
from carekit.printing.manifests import Manifest, ManifestLine, render_manifests
from carekit.printing.sheets import Column, render_table
from carekit.services import family, pickups, stays, travel
from carekit.services.errors import ValidationError
from carekit.services.family_summary import DaySummary
from carekit.services.family_words import NEED_LABELS, STATUS_LABELS, need_label
from carekit.services.workspace import Workspace

def _t(text: str) -> str:
    return translate("Family", text)


def _local(utc: str, zone: str) -> str:
    """A UTC time on the place's clock, in the operator's language (the sheet's words are theirs)."""
    if not utc:
        return ""
    return wall_words(travel.parse_utc(utc).astimezone(time_zone(zone or "UTC")).isoformat(), i18n.language())


def manifest_for(plan: pickups.VehiclePlan, zone: str = "") -> Manifest:
    seats_zone = next((s.zone for s in plan.seats if s.zone), zone or "UTC")
    lines = [_t(QT_TRANSLATE_NOOP("Family", "Meet at {place}; leaves at {leaves}")).format(
                 place=plan.place, leaves=_local(plan.leaves_at, seats_zone)),
             _t(QT_TRANSLATE_NOOP("Family", "Driver: {driver} {phone}")).format(
                 driver=plan.driver_name or "—", phone=display_phone(plan.driver_phone))]
    if plan.accessible:
        lines.append(_t(QT_TRANSLATE_NOOP("Family", "♿ Wheelchair accessible vehicle")))
    travellers = [ManifestLine(
        seat.name, seat.romanised,
        _t(QT_TRANSLATE_NOOP("Family", "visiting {worker} · {phone}")).format(
            worker=seat.worker_name, phone=display_phone(seat.phone)),
        _t(QT_TRANSLATE_NOOP("Family", "{number} arrives {time} at {place}")).format(
            number=seat.number, time=wall_words(seat.arrives_local, i18n.language()), place=plan.place),
        tuple(need_label(n) for n in seat.needs), seat.token) for seat in plan.seats]
    headcount = _t(QT_TRANSLATE_NOOP("Family", "Headcount: {count}")).format(count=plan.headcount)
    return Manifest(plan.label, lines, headcount, travellers)


def manifests(ws: Workspace, vehicle_ids: list[str] | None = None) -> RenderResult:
    plans = pickups.vehicle_plans(ws)
    if vehicle_ids:
        wanted = set(vehicle_ids)
        plans = [p for p in plans if p.id in wanted or p.label in wanted]
        if not plans:
            raise ValidationError("no_vehicle", QT_TRANSLATE_NOOP(
                "Errors", "No vehicle '{vehicle}'."), vehicle=", ".join(vehicle_ids))
    return render_manifests([manifest_for(p) for p in plans], workers=min(2, os.cpu_count() or 1),
                            page_label=_t(QT_TRANSLATE_NOOP("Family", "page {page} of {pages}")),
                            title=_t(QT_TRANSLATE_NOOP("Family", "Driver manifests")))


def _write(path: Path, data: bytes) -> Path:
    """Write beside, then rename: a failed print never leaves half a file where the old one was."""
    path = Path(path)
    partial = path.with_name(path.name + ".partial")
    partial.write_bytes(data)
    partial.replace(path)
    return path


def write_manifests(ws: Workspace, path: Path, vehicle_ids: list[str] | None = None) -> RenderResult:
    result = manifests(ws, vehicle_ids)
    _write(path, result.pdf)
    return result


ROOMING_HEADINGS = (QT_TRANSLATE_NOOP("Family", "Hotel"), QT_TRANSLATE_NOOP("Family", "Room"),
                    QT_TRANSLATE_NOOP("Family", "Type"), QT_TRANSLATE_NOOP("Family", "First night"),
                    QT_TRANSLATE_NOOP("Family", "Nights"), QT_TRANSLATE_NOOP("Family", "Name"),
                    QT_TRANSLATE_NOOP("Family", "Romanised"))


def rooming_rows(listing: stays.RoomingList) -> list[list[str]]:
    return [[room.hotel, room.room, room.room_type, room.first_night, str(room.nights), name, romanised]
            for room in listing.rooms for _pid, name, romanised in room.guests]


def write_rooming_list(ws: Workspace, listing: stays.RoomingList, path: Path) -> Path:
    """PDF for the front desk, XLSX for the hotel's system (with the romanised column it needs)."""
    headings = [_t(h) for h in ROOMING_HEADINGS]
    rows = rooming_rows(listing)
    if Path(path).suffix.lower() == ".xlsx":
        from openpyxl import Workbook
        book = Workbook()
        sheet = book.active
        sheet.title = _t(QT_TRANSLATE_NOOP("Family", "Rooming list"))[:31]
        sheet.append(headings)
        for row in rows:
            sheet.append(row[:4] + [int(row[4])] + row[5:])
        partial = Path(path).with_name(Path(path).name + ".partial")
        book.save(partial)
        partial.replace(path)
        return Path(path)
    columns = [Column(h, w) for h, w in zip(headings, (1.6, 0.7, 0.7, 1.0, 0.5, 1.2, 1.6))]
    warnings = [_t(QT_TRANSLATE_NOOP("Family", "No room: {name}")).format(name=name) for _, name in listing.unhoused]
    rows = [row[:3] + [date_words(row[3], i18n.language())] + row[4:] for row in rows]  # the spreadsheet keeps ISO
    result = render_table(_t(QT_TRANSLATE_NOOP("Family", "Rooming list")), columns, rows,
                          subtitle=" · ".join(listing.hotels()), footer="; ".join(warnings)[:200],
                          page_label=_t(QT_TRANSLATE_NOOP("Family", "page {page} of {pages}")))
    return _write(path, result.pdf)


def itinerary(ws: Workspace, worker: str) -> Itinerary:
    """A family's journey, pick-up and hotel, for the itinerary and the chat message."""
    members = family.list_travellers(ws, worker)
    if not members:
        raise ValidationError("no_family", QT_TRANSLATE_NOOP(
            "Errors", "Worker '{worker}' has no travelling family."), worker=worker)
    ids = {m.person_id for m in members}
    names = {m.person_id: m.name for m in members}
    legs = []
    for leg in travel.legs(ws):
        aboard = [names[p] for p in leg.travellers if p in ids]
        if aboard:
            legs.append(LegLine(leg.direction, leg.number or leg.mode, leg.from_place,
                                _wall(leg.departs, leg.departs_zone), leg.to_place,
                                _wall(leg.arrives, leg.arrives_zone), leg.booking_ref,
                                "" if len(aboard) == len(ids) else ", ".join(aboard)))
    rides = {}
    for plan in pickups.vehicle_plans(ws):
        if any(s.traveller_id in ids for s in plan.seats):
            rides[plan.label] = f"{plan.driver_name} {display_phone(plan.driver_phone)}".strip()
    rooms = {}
    for room in stays.rooming_list(ws).rooms:
        if any(g[0] in ids for g in room.guests):
            rooms[(room.hotel, room.room)] = (room.hotel, room.room, room.first_night, room.nights)
    from carekit.services.events import event_info
    return Itinerary(members[0].worker_name, display_phone(members[0].worker_phone), members[0].language,
                     event_info(ws).name, [m.name for m in members], legs, list(rides.items()), list(rooms.values()))


def _wall(local: str, zone: str) -> str:
    """"2026-12-04T10:00+08:00": the place's own clock with its offset, for the itinerary to word."""
    if not local:
        return ""
    return datetime.fromisoformat(local).replace(tzinfo=time_zone(zone or "UTC")).isoformat(timespec="minutes")


def itinerary_message(ws: Workspace, worker: str) -> str:
    return message_text(itinerary(ws, worker))


def write_itinerary(ws: Workspace, worker: str, path: Path) -> RenderResult:
    result = render_itineraries([itinerary(ws, worker)])
    _write(path, result.pdf)
    return result


def summary_rows(summary: DaySummary) -> list[list[str]]:
    rows = [[_t(QT_TRANSLATE_NOOP("Family", "Travellers by status")), _t(STATUS_LABELS[s]), str(n)]
            for s, n in summary.by_status.items()]
    rows += [[_t(QT_TRANSLATE_NOOP("Family", "Meals for the caterer")),
              need_label(d) if d in NEED_LABELS else _t(QT_TRANSLATE_NOOP("Family", "Regular")), str(n)]
             for d, n in summary.diets.items()]
    rows += [[_t(QT_TRANSLATE_NOOP("Family", "Needs")), need_label(n), str(c)] for n, c in summary.needs.items()]
    rows += [[_t(QT_TRANSLATE_NOOP("Family", "Wheelchairs per vehicle")), label, str(n)]
             for label, n in summary.wheelchairs_per_vehicle.items()]
    rows += [[_t(QT_TRANSLATE_NOOP("Family", "Rooms used")), hotel,
              _t(QT_TRANSLATE_NOOP("Family", "{rooms} rooms, {guests} guests in {beds} beds")).format(**totals)]
             for hotel, totals in summary.rooms_per_hotel.items()]
    return rows


def write_summary(ws: Workspace, summary: DaySummary, path: Path) -> Path:
    columns = [Column(_t(QT_TRANSLATE_NOOP("Family", "Summary")), 1.4),
               Column(_t(QT_TRANSLATE_NOOP("Family", "Item")), 1.6),
               Column(_t(QT_TRANSLATE_NOOP("Family", "Count")), 1.2)]
    result = render_table(_t(QT_TRANSLATE_NOOP("Family", "Family visit: the day's summary")), columns,
                          summary_rows(summary),
                          page_label=_t(QT_TRANSLATE_NOOP("Family", "page {page} of {pages}")))
    return _write(path, result.pdf)

