"""Printing badges: choose registrations, render them (both cores for big batches), mark them printed."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Callable, Sequence

from sqlalchemy import select

from carekit.domain.tables import Person, Registration, Site
from carekit.i18n import QT_TRANSLATE_NOOP
from carekit.printing.badges import BadgeData, Cancelled, render_badges
from carekit.printing.layouts import DEFAULT_LAYOUT, UnknownLayout, all_layouts, get_layout
from carekit.services.errors import NotFound, ValidationError
from carekit.services.workspace import Workspace


@dataclass(frozen=True)
class BadgeFilter:
    site_id: str = ""  # a site id, or a city/venue name
    category: str = ""
    not_printed: bool = False
    registration_ids: tuple[str, ...] = ()


@dataclass
class BadgeBatch:
    pdf: bytes
    registration_ids: list[str]
    pages: int
    warnings: list[str] = field(default_factory=list)


def layout_names() -> dict[str, str]:
    return {name: layout.title for name, layout in all_layouts().items()}


def _site_label(site: Site | None) -> str:
    return " ".join(part for part in (site.city, site.venue) if part) if site else ""


def select_badges(ws: Workspace, chosen: BadgeFilter = BadgeFilter()) -> list[tuple[str, BadgeData]]:
    """(registration id, badge data) in serial order, for live (not deleted) registrations."""
    with ws.db.session() as session:
        sites = {s.id: s for s in session.execute(select(Site)).scalars()}
        query = (select(Registration.id, Registration.site_id, Registration.serial, Registration.token,
                        Person.name, Person.romanised, Person.category)
                 .join(Person, Person.id == Registration.person_id)
                 .where(Registration.deleted.is_(False), Person.deleted.is_(False)))
        if chosen.site_id:
            matching = [sid for sid, s in sites.items()
                        if chosen.site_id in (sid, s.city, s.venue, _site_label(s))]
            if not matching:
                raise NotFound("no_site", QT_TRANSLATE_NOOP("Errors", "There is no site '{site}'."),
                               site=chosen.site_id)
            query = query.where(Registration.site_id.in_(matching))
        if chosen.category:
            query = query.where(Person.category == chosen.category)
        if chosen.not_printed:
            query = query.where(Registration.badge_printed.is_(False))
        if chosen.registration_ids:
            query = query.where(Registration.id.in_(chosen.registration_ids))
        rows = session.execute(query.order_by(Registration.serial)).all()
    return [(r.id, BadgeData(r.name, r.romanised, r.category, _site_label(sites.get(r.site_id)), r.serial, r.token))
            for r in rows]


def roster_lines(ws: Workspace, chosen: BadgeFilter = BadgeFilter()) -> list[tuple[str, str, str]]:
    """(name, romanised, staff id) for a sign-in sheet, sorted by romanised name."""
    ids = [rid for rid, _ in select_badges(ws, chosen)]
    with ws.db.session() as session:
        rows = session.execute(select(Person.name, Person.romanised, Person.staff_id)
                               .join(Registration, Registration.person_id == Person.id)
                               .where(Registration.id.in_(ids))).all() if ids else []
    return sorted(((r.name, r.romanised, r.staff_id) for r in rows), key=lambda r: (r[1].lower(), r[0]))


def _layout(name: str):
    try:
        return get_layout(name or DEFAULT_LAYOUT)
    except UnknownLayout:
        raise ValidationError("bad_layout", QT_TRANSLATE_NOOP(
            "Errors", "'{layout}' is not a badge layout; choose from {choices}."),
            layout=name, choices=", ".join(all_layouts())) from None


def render_batch(ws: Workspace, chosen: BadgeFilter = BadgeFilter(), layout: str = DEFAULT_LAYOUT, *,
                 progress: Callable[[int, int], bool] | None = None, workers: int | None = None) -> BadgeBatch:
    """Render the chosen badges into one PDF. Nothing is marked printed: the caller decides
    that once the file is saved (a cancelled or failed print leaves the flags alone)."""
    badge_layout = _layout(layout)
    chosen_rows = select_badges(ws, chosen)
    if not chosen_rows:
        raise NotFound("no_badges", QT_TRANSLATE_NOOP("Errors", "No registrations match: no badges to print."))
    workers = workers or min(2, os.cpu_count() or 1)
    result = render_badges([b for _, b in chosen_rows], badge_layout, workers=workers, progress=progress)
    return BadgeBatch(result.pdf, [rid for rid, _ in chosen_rows], result.pages, result.warnings)


def badge_for(ws: Workspace, registration_id: str, layout: str = DEFAULT_LAYOUT) -> BadgeBatch:
    """One badge at the desk, after check-in or a walk-in."""
    batch = render_batch(ws, BadgeFilter(registration_ids=(registration_id,)), layout, workers=1)
    return batch


def mark_printed(ws: Workspace, registration_ids: Sequence[str]) -> int:
    """Journal the badge_printed flag, so other laptops know these badges exist."""
    changed = 0
    with ws.writing() as journal:
        for registration_id in registration_ids:
            if journal.update(Registration, registration_id, {"badge_printed": True}):
                changed += 1
        journal.audit("badges.print", "registration", "", f"count={changed}")
    return changed


__all__ = ["BadgeFilter", "BadgeBatch", "Cancelled", "select_badges", "render_batch", "badge_for",
           "mark_printed", "layout_names", "roster_lines"]
