"""The travel agent's spreadsheet: one row per passenger per leg, read with the roster's rules.

The file is read by ``roster_read`` (GBK or UTF-8 CSV, ``;`` or ``,``, XLSX, title rows above
the header), each bad row is named by its line and left out, the good rows are stored in one
transaction. Rows of one booking on one train or flight become one leg with several passengers.
A passenger is found by person id, or by name within the party of the worker named by staff id.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from carekit.domain import family as rules
from carekit.domain.family_tables import LegPassenger, TravelLeg
from carekit.i18n import QT_TRANSLATE_NOOP, translate
from carekit.services.errors import CareKitError, ValidationError
from carekit.services.events import current_event
from carekit.services.family import EDITORS
from carekit.services.roster import ImportCancelled
from carekit.services.roster_read import fold_header, read_roster
from carekit.services.travel import LegInput, leg_fields
from carekit.services.workspace import Workspace
from carekit.store.queries import family as queries

COLUMNS: dict[str, tuple[str, ...]] = {
    "traveller": ("旅客编号", "travellerid", "personid", "traveller"),
    "name": ("姓名", "旅客姓名", "乘客姓名", "name", "passenger", "passengername", "nombre", "nome"),
    "worker": ("员工工号", "工号", "workerstaffid", "worker", "staffid"),
    "direction": ("行程", "去返", "direction", "way"),
    "mode": ("方式", "交通方式", "mode", "transport"),
    "number": ("车次航班", "车次", "航班", "航班号", "number", "trainflight", "flight", "train"),
    "from": ("出发", "出发地", "出发站", "from", "origin", "departurestation"),
    "to": ("到达", "到达地", "到达站", "to", "destination", "arrivalstation"),
    "departs": ("出发时间", "departs", "departure", "departuretime"),
    "arrives": ("到达时间", "arrives", "arrival", "arrivaltime"),
    "booking_ref": ("订单号", "预订号", "bookingref", "booking", "pnr", "reference"),
    "seat": ("座位", "座位号", "seat"),
}
REQUIRED = ("mode", "number", "from", "to", "departs", "arrives")
_WORDS = {fold_header(w): f for f, words in COLUMNS.items() for w in words}
LINE = QT_TRANSLATE_NOOP("Errors", "line {line}: {problem}")
_DIRECTION_WORDS = {"去程": "outbound", "去": "outbound", "outbound": "outbound", "out": "outbound",
                    "返程": "return", "回程": "return", "返": "return", "return": "return", "back": "return"}


@dataclass
class TravelImport:
    legs: int = 0
    passengers: int = 0
    errors: list[tuple[int, str]] = field(default_factory=list)  # (line, message in the reader's language)


def _columns(headers: list[str]) -> dict[str, int]:
    mapping: dict[str, int] = {}
    for index, header in enumerate(headers):
        name = _WORDS.get(fold_header(header))
        if name and name not in mapping:
            mapping[name] = index
    return mapping


def _line_error(line: int, template: str, **params) -> ValidationError:
    return ValidationError("bad_row", template, line=line, **params)


def _find_traveller(line: int, cell, people: dict[str, tuple[str, str, str]],
                    by_party: dict[tuple[str, str], list[str]]) -> str:
    if cell("traveller"):
        if cell("traveller") not in people:
            raise _line_error(line, QT_TRANSLATE_NOOP("Errors", "line {line}: no traveller '{value}'."),
                              value=cell("traveller"))
        return cell("traveller")
    found = by_party.get((cell("worker").lower(), " ".join(cell("name").split())), [])
    if len(found) != 1:
        raise _line_error(line, QT_TRANSLATE_NOOP(
            "Errors", "line {line}: no single traveller named '{name}' in the family of worker '{worker}'."),
            name=cell("name"), worker=cell("worker"))
    return found[0]


def _checked_table(path: str | Path):
    table = read_roster(path)  # file-level problems raise, naming the file
    mapping = _columns(table.headers)
    missing = [c for c in REQUIRED if c not in mapping]
    if missing or not ("traveller" in mapping or {"name", "worker"} <= set(mapping)):
        raise ValidationError("no_columns", QT_TRANSLATE_NOOP(
            "Errors", "{file}: the columns {missing} are missing; found: {headers}."),
            file=Path(path).name, missing=", ".join(missing or ["traveller / name + worker"]),
            headers=", ".join(h for h in table.headers if h) or "-")
    return table, mapping


PROGRESS_EVERY = 200  # rows between two progress reports (and cancel checks)


def _sorted_rows(con, zone: str, table, mapping, report: TravelImport, progress):
    """The legs to create (with passengers) and passengers to add to known legs; bad rows in the report."""
    # The worker by the staff id the agent knew, or, after a merge, their survivor's.
    people = {r[0]: r for r in queries.travellers_with_worker_staff(con.exec_driver_sql)}
    by_party: dict[tuple[str, str], list[str]] = {}
    for pid, name, staff, own_staff in people.values():
        for key in {staff or "", own_staff or ""}:
            by_party.setdefault((key, name), []).append(pid)
    legs: dict[tuple, tuple[dict, list[tuple[str, str]]]] = {}
    # A file imported again adds no leg twice: the same booking on the same departure is one leg.
    known = {(r[1], r[2], r[3], r[4]): r[0] for r in queries.live_leg_bookings(con.exec_driver_sql)}
    aboard = {(r[0], r[1]) for r in queries.live_passengers(con.exec_driver_sql)}
    extra: list[dict] = []
    total = len(table.rows)
    for done, (line, cells) in enumerate(table.rows, 1):
        if done % PROGRESS_EVERY == 0:
            _tick(progress, done, total)
        if not any(c.strip() for c in cells):
            continue

        def cell(name: str, cells=cells) -> str:
            index = mapping.get(name)
            return cells[index].strip() if index is not None and index < len(cells) else ""
        try:
            person = _find_traveller(line, cell, people, by_party)
            direction = _DIRECTION_WORDS.get(cell("direction").lower(), "outbound") \
                if cell("direction") else "outbound"
            mode = rules.MODE_WORDS.get(cell("mode").lower(), cell("mode").lower())
            fields = leg_fields(LegInput((person,), mode, cell("number"), cell("from"), cell("to"),
                                         cell("departs"), cell("arrives"), direction, cell("booking_ref")), zone)
        except CareKitError as error:
            report.errors.append((line, error.message if error.reason == "bad_row"
                                  else translate("Errors", LINE).format(line=line, problem=error.message)))
            continue
        key = (fields["booking_ref"], fields["number"], fields["departs_utc"], fields["from_place"])
        if key in known:
            if (known[key], person) not in aboard:
                aboard.add((known[key], person))
                extra.append({"leg_id": known[key], "traveller_id": person, "seat": cell("seat")})
            continue
        _leg, passengers = legs.setdefault(key, (fields, []))
        if person not in [p for p, _ in passengers]:
            passengers.append((person, cell("seat")))
    report.legs = len(legs)
    report.passengers = sum(len(p) for _, p in legs.values()) + len(extra)
    _tick(progress, total, total)  # the last chance to cancel before anything is written
    return legs, extra


def _tick(progress, done: int, total: int) -> None:
    if progress is not None and progress(done, total, "") is False:
        raise ImportCancelled("cancelled", QT_TRANSLATE_NOOP(
            "Errors", "The import was cancelled; nothing was written."))


def preview_travel(ws: Workspace, path: str | Path, progress=None) -> TravelImport:
    """What importing the file would store, and each bad line, without writing anything."""
    ws.require(*EDITORS)
    table, mapping = _checked_table(path)
    report = TravelImport()
    with ws.db.session() as session:
        _sorted_rows(session.connection(), current_event(session).timezone, table, mapping, report, progress)
    return report


def import_travel(ws: Workspace, path: str | Path, progress=None) -> TravelImport:
    """Store the file's good rows in one transaction; ``progress(done, total, text)`` returning
    False cancels it, and nothing is written."""
    ws.require(*EDITORS)
    table, mapping = _checked_table(path)
    report = TravelImport()
    with ws.writing() as journal:
        zone = current_event(journal.session).timezone
        legs, extra = _sorted_rows(journal.session.connection(), zone, table, mapping, report, progress)
        ids = journal.create_many(TravelLeg, [fields for fields, _ in legs.values()])
        journal.create_many(LegPassenger, [
            {"leg_id": leg_id, "traveller_id": person, "seat": seat}
            for leg_id, (_fields, passengers) in zip(ids, legs.values()) for person, seat in passengers] + extra)
        journal.audit("travel.import", "travelleg", "",
                      f"file={Path(path).name} legs={report.legs} errors={len(report.errors)}")
    return report
