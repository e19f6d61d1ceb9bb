"""Lists a coordinator hands on: registered people, check-ins, no-shows, walk-ins, per site.

CSV and XLSX keep stable English column keys (other tools read them); the PDF sheet prints a
few columns under translated titles. Health columns (stations visited, open referrals) are added
only for medics; anyone without the coordinator or medic role is refused before a file exists.
Every export is audited with its row count, never its content.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from carekit.domain.enums import Role
from carekit.i18n import QT_TRANSLATE_NOOP, translate
from carekit.services.consent import health_visibility
from carekit.services.errors import ValidationError
from carekit.services.health_export import find_site
from carekit.services.workspace import Workspace
from carekit.store import spreadsheet
from carekit.store.queries import day
from carekit.store.queries import lists as queries

LIST_ROLES = (Role.COORDINATOR, Role.MEDIC)
KINDS = ("people", "checkins", "no-shows", "walk-ins")
FORMATS = ("csv", "xlsx", "pdf")


@dataclass(frozen=True)
class Column:
    key: str  # CSV/XLSX header
    title: str  # source text (context "Lists") for the PDF
    pdf_weight: float = 0.0  # 0: not on the printed sheet


PERSON_COLUMNS = [
    Column("serial", QT_TRANSLATE_NOOP("Lists", "Badge"), 0.8),
    Column("name", QT_TRANSLATE_NOOP("Lists", "Name"), 1.4),
    Column("romanised", QT_TRANSLATE_NOOP("Lists", "Romanised"), 1.4),
    Column("phone", QT_TRANSLATE_NOOP("Lists", "Phone"), 1.3),
    Column("staff_id", QT_TRANSLATE_NOOP("Lists", "Staff id"), 0.9),
    Column("employer", QT_TRANSLATE_NOOP("Lists", "Employer")),
    Column("job", QT_TRANSLATE_NOOP("Lists", "Job")),
    Column("category", QT_TRANSLATE_NOOP("Lists", "Category"), 0.8),
    Column("site", QT_TRANSLATE_NOOP("Lists", "Site"), 0.8),
    Column("source", QT_TRANSLATE_NOOP("Lists", "Registered from")),
]
ARRIVAL_COLUMNS = [
    Column("checked_in_at", QT_TRANSLATE_NOOP("Lists", "Checked in"), 1.0),
    Column("desk", QT_TRANSLATE_NOOP("Lists", "Desk"), 0.7),
]
HEALTH_COLUMNS = [
    Column("stations", QT_TRANSLATE_NOOP("Lists", "Stations visited")),
    Column("open_referrals", QT_TRANSLATE_NOOP("Lists", "Open referrals")),
]
CHECKIN_COLUMNS = [
    Column("at", QT_TRANSLATE_NOOP("Lists", "When"), 1.2),
    Column("serial", QT_TRANSLATE_NOOP("Lists", "Badge"), 0.8),
    Column("name", QT_TRANSLATE_NOOP("Lists", "Name"), 1.4),
    Column("romanised", QT_TRANSLATE_NOOP("Lists", "Romanised"), 1.4),
    Column("site", QT_TRANSLATE_NOOP("Lists", "Where"), 0.8),
    Column("desk", QT_TRANSLATE_NOOP("Lists", "Desk"), 0.7),
    Column("point", QT_TRANSLATE_NOOP("Lists", "Point"), 0.7),
    Column("repeat", QT_TRANSLATE_NOOP("Lists", "Repeat scan")),
    Column("registration_id", QT_TRANSLATE_NOOP("Lists", "Registration")),
]
TITLES = {
    "people": QT_TRANSLATE_NOOP("Lists", "Registered people"),
    "checkins": QT_TRANSLATE_NOOP("Lists", "Check-ins"),
    "no-shows": QT_TRANSLATE_NOOP("Lists", "Registered but not checked in"),
    "walk-ins": QT_TRANSLATE_NOOP("Lists", "Walk-ins"),
}


@dataclass
class PeopleList:
    kind: str
    columns: list[Column]
    rows: list[list]
    site_id: str
    health: bool  # health columns included


@dataclass(frozen=True)
class Exported:
    path: Path
    rows: int
    format: str
    health: bool


def _people(con, site_id: str, only_site: str) -> list[tuple]:
    """Live registrations with their person, ordered by name: (registration, site, fields...)."""
    rows = queries.live_registrations(con)
    out = []
    for row in rows:
        site = row[1] or only_site
        if not site_id or site == site_id:
            out.append((row[0], site, *row[2:]))
    return out


def _first_arrivals(con) -> dict[str, tuple[str, str]]:
    """registration → (time, desk) of its first entrance scan; the desk as named then, else now."""
    names = queries.device_names(con)
    first: dict[str, tuple[str, str]] = {}
    for rid, at, desk, device in queries.counted_entrance_scans(con):
        if rid not in first or at < first[rid][0]:
            first[rid] = (at, desk or names.get(device, ""))
    return first


def _health(con, session, db) -> tuple[dict[str, str], dict[str, str]]:
    """person → stations visited, person → open referral destinations (consented people only)."""
    visible = health_visibility(session)
    stations: dict[str, set[str]] = defaultdict(set)
    for pid, station, hlc in queries.station_visits(con):
        if pid in visible and hlc > visible[pid]:
            stations[pid].add(station)
    referrals: dict[str, set[str]] = defaultdict(set)
    # Who a referral is for, and where to, are sealed: readable only where the health key is held.
    from carekit.services.health_key import key_for_file, opened_referral_rows
    key = key_for_file(db)
    rows = day.open_referral_rows(con)
    opened = opened_referral_rows(key, rows) if key is not None else []
    for pid, destination in ((r["person_id"], r["destination"]) for r in opened):
        if pid in visible:
            referrals[pid].add(destination)
    return ({p: ", ".join(sorted(s)) for p, s in stations.items()},
            {p: ", ".join(sorted(s)) for p, s in referrals.items()})


def build_list(ws: Workspace, kind: str, site: str = "") -> PeopleList:
    ws.require(*LIST_ROLES)
    if kind not in KINDS:
        raise ValidationError("bad_list", QT_TRANSLATE_NOOP(
            "Errors", "'{kind}' is not a list; choose people, checkins, no-shows or walk-ins."), kind=kind)
    site_id = find_site(ws, site)
    health = ws.has(Role.MEDIC) and kind != "checkins"
    with ws.db.session() as session:
        con = session.connection().connection.driver_connection
        cities = dict(day.live_sites(con).fetchall())
        only_site = next(iter(cities)) if len(cities) == 1 else ""
        if kind == "checkins":
            return PeopleList(kind, CHECKIN_COLUMNS, _checkins(con, cities, only_site, site_id), site_id, False)
        people = _people(con, site_id, only_site)
        first = _first_arrivals(con)
        stations, referrals = _health(con, session, ws.db) if health else ({}, {})
    columns = PERSON_COLUMNS + ([] if kind == "no-shows" else ARRIVAL_COLUMNS) + (HEALTH_COLUMNS if health else [])
    rows = []
    for rid, site_of, serial, name, romanised, phone, staff, employer, job, category, source, pid in people:
        arrived = first.get(rid)
        if kind == "no-shows" and arrived:
            continue
        if kind == "walk-ins" and source != "walk-in":
            continue
        row = [serial, name, romanised, phone, staff, employer, job, category, cities.get(site_of, ""), source]
        if kind != "no-shows":
            row += [arrived[0] if arrived else "", arrived[1] if arrived else ""]
        if health:
            row += [stations.get(pid, ""), referrals.get(pid, "")]
        rows.append(row)
    return PeopleList(kind, columns, rows, site_id, health)


def _checkins(con, cities: dict[str, str], only_site: str, site_id: str) -> list[list]:
    """Every scan, repeats marked, oldest first; a badge whose record has not arrived keeps its id."""
    devices = {d: (s, n) for d, s, n in queries.device_places(con)}
    people = {rid: rest for rid, *rest in queries.badge_names(con)}
    seen: set[tuple[str, str]] = set()
    rows = []
    for rid, at, desk, point, device in queries.counted_scans_in_order(con):
        site, device_name = devices.get(device, ("", ""))
        site = site or only_site
        repeat = (rid, point) in seen
        seen.add((rid, point))
        if site_id and site != site_id:
            continue
        serial, name, romanised = people.get(rid, ("", "", ""))
        rows.append([at, serial, name, romanised, cities.get(site, ""), desk or device_name, point,
                     "yes" if repeat else "",
                     rid])
    return rows


def export_list(ws: Workspace, kind: str, out: Path, site: str = "", fmt: str = "") -> Exported:
    out = Path(out)
    fmt = (fmt or out.suffix.lower().lstrip(".")).lower()
    if fmt not in FORMATS:
        raise ValidationError("bad_format", QT_TRANSLATE_NOOP(
            "Errors", "Export to a .csv, .xlsx or .pdf file, not {name}."), name=out.name)
    listing = build_list(ws, kind, site)
    if fmt == "pdf":
        out.write_bytes(render_pdf(ws, listing))
    else:
        writer = spreadsheet.write_xlsx if fmt == "xlsx" else spreadsheet.write_csv
        args = (kind,) if fmt == "xlsx" else ()
        writer(out, [c.key for c in listing.columns], listing.rows, *args)
    with ws.writing() as journal:
        journal.audit("list.export", kind, "", f"rows={len(listing.rows)} site={listing.site_id or 'all'} "
                      f"health={'yes' if listing.health else 'no'} file={out.name}")
    return Exported(out, len(listing.rows), fmt, listing.health)


def render_pdf(ws: Workspace, listing: PeopleList) -> bytes:
    from carekit.printing.sheets import Column as SheetColumn, render_table
    from carekit.domain.zones import wall_clock
    from carekit.services.events import event_info
    keep = [i for i, c in enumerate(listing.columns) if c.pdf_weight]
    columns = [SheetColumn(translate("Lists", listing.columns[i].title), listing.columns[i].pdf_weight) for i in keep]
    event = event_info(ws)
    # A scan written by a laptop set to another zone prints on the event's clock, like the screen.
    rows = [[wall_clock(str(row[i]), event.timezone) if listing.columns[i].key in ("at", "checked_in_at") and row[i]
             else str(row[i]) for i in keep] for row in listing.rows]
    with ws.db.session() as session:
        from carekit.domain.tables import Site
        site = session.get(Site, listing.site_id) if listing.site_id else None
    subtitle = " · ".join(x for x in (event.name, site.city if site else translate("Lists", "every site"),
                                      translate("Lists", "%n row(s)", None, len(rows))) if x)
    return render_table(translate("Lists", TITLES[listing.kind]), columns, rows, subtitle=subtitle,
                        page_label=translate("Lists", "page {page} of {pages}")).pdf
