"""Exporting screening results for a site: CSV or XLSX (by the file's suffix).

A medic gets one row per current record; a coordinator without the medic role gets aggregates
(people screened and flags per station), whose counts under 5 are hidden (an aggregate is made to
be handed on, so whoever makes it: ``domain.small_counts``); anyone else is refused before a file
is created.
Every export is audited (counts only, never values).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from sqlmodel import select

from carekit.domain.enums import Role
from carekit.domain.small_counts import hide_cells
from carekit.domain.tables import Person, Site
from carekit.i18n import QT_TRANSLATE_NOOP
from carekit.services.errors import NotFound, ValidationError
from carekit.services.health_key import opened_key
from carekit.services.screening import open_values, visible_records
from carekit.services.workspace import Workspace
from carekit.store.spreadsheet import write_table

RECORD_COLUMNS = ["person_id", "name", "staff_id", "station", "at", "values", "flags", "flag_sources", "record_id"]
AGGREGATE_COLUMNS = ["station", "people_screened", "flag", "count"]


@dataclass(frozen=True)
class Exported:
    path: Path
    rows: int
    aggregate: bool


def find_site(ws: Workspace, text: str) -> str:
    """A site by id or city (case-insensitive); empty text means every site."""
    if not text:
        return ""
    with ws.db.session() as session:
        for site in session.exec(select(Site).where(Site.deleted == False)):  # noqa: E712
            if text in (site.id,) or site.city.casefold() == text.casefold():
                return site.id
    raise NotFound("no_site", QT_TRANSLATE_NOOP("Errors", "No site called {site} in this event."), site=text)


def _record_rows(session, key, rows) -> list[list]:
    people = {p.id: p for p in session.exec(select(Person).where(Person.id.in_({r.person_id for r in rows})))}
    out = []
    for r in rows:
        values, flags = open_values(key, r)
        person = people.get(r.person_id)
        out.append([r.person_id, person.name if person else "", person.staff_id if person else "", r.station, r.at,
                    "; ".join(f"{k}={v}" for k, v in sorted(values.items())),
                    "; ".join(f"{f['code']} ({f['rule']})" for f in flags),
                    "; ".join(sorted({f["source"] for f in flags})), r.id])
    return out


def _aggregate_rows(key, rows) -> list[list]:
    people: dict[str, set[str]] = {}
    flags: Counter[tuple[str, str]] = Counter()
    for r in rows:
        people.setdefault(r.station, set()).add(r.person_id)
        for f in open_values(key, r)[1]:
            flags[(r.station, f["code"])] += 1
    out = []
    for station in sorted(people):
        out.append([station, len(people[station]), "", ""])
        out.extend([station, "", code, n] for (s, code), n in sorted(flags.items()) if s == station)
    return hide_cells(out)


def _write(path: Path, header: list[str], rows: list[list]) -> None:
    """Through the one spreadsheet writer, so a roster name like ``=HYPERLINK(...)`` stays text."""
    write_table(path, header, rows, sheet="screening")


def export_health(ws: Workspace, out: Path, site: str = "", aggregate: bool | None = None) -> Exported:
    """``aggregate`` None: records for medics, aggregates for everyone else allowed at all."""
    key = opened_key(ws)
    out = Path(out)
    if out.suffix.lower() not in (".csv", ".xlsx"):
        raise ValidationError("bad_format", QT_TRANSLATE_NOOP(
            "Errors", "Export to a .csv or .xlsx file, not {name}."), name=out.name)
    aggregate = (not ws.has(Role.MEDIC)) if aggregate is None else (aggregate or not ws.has(Role.MEDIC))
    site_id = find_site(ws, site)
    with ws.db.session() as session:
        rows = visible_records(session, site_id=site_id)
        table = _aggregate_rows(key, rows) if aggregate else _record_rows(session, key, rows)
    _write(out, AGGREGATE_COLUMNS if aggregate else RECORD_COLUMNS, table)
    with ws.writing() as journal:
        journal.audit("health.export", "screeningrecord", "",
                      f"kind={'aggregate' if aggregate else 'records'} rows={len(table)} site={site_id or 'all'}"
                      f" file={out.name}")
    return Exported(out, len(table), aggregate)
