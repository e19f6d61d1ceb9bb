"""The coordinator's picture of the day, as panels: each module that has figures adds a panel.

A panel provider is registered with its key, title, the roles that may see it and a ``build``
function; it returns a ``PanelView`` made of plain values (headline figures, tables, charts,
freshness lines), so the app, the day report and tests all draw the same panel. Labels are
written through ``words(context, source_text)``: the app passes its interface translation, the
day report passes "event language / English". Modules listed in ``PANEL_MODULES`` register their
panels when imported; a new module adds its name there.
"""

from __future__ import annotations

import datetime as dt
import importlib
import time
from dataclasses import dataclass, field, replace
from typing import Callable

from carekit.domain.zones import zone as lookup_zone
from carekit.domain.enums import Role
from carekit.domain.small_counts import hide_bars, hide_cells, hide_figure, hides_small_counts
from carekit.i18n import QT_TRANSLATE_NOOP, translate
from carekit.services.day_counts import DayTally
from carekit.services.day_figures import Tally, has_counted, tally
from carekit.services.errors import PermissionDenied
from carekit.services.workspace import Workspace
from carekit.store.queries import day as queries
from carekit.domain.clock import wall_ms_of

Words = Callable[[str, str], str]  # (context, source text) → text to show

PANEL_MODULES = ["carekit.services.dashboard_panels", "carekit.services.training_panel",
                 "carekit.services.family_panel"]


@dataclass(frozen=True)
class Chart:
    kind: str  # "bars" (grouped bars per x) or "lines" (one line per series)
    title: str
    x: list[str]
    series: dict[str, list[int]]  # series label → one value per x
    health_counts: bool = False  # counts of health facts: small bars are not drawn where counts are hidden


@dataclass(frozen=True)
class Table:
    title: str
    columns: list[str]
    rows: list[list]
    health_counts: bool = False  # counts of health facts: small ones are hidden (domain.small_counts)


class Moment(str):
    """A time in a panel, as ISO on the event's clock ('2026-12-05T09:40+08:00'): the page and the
    day report each write it in their own language."""
    __slots__ = ()


@dataclass(frozen=True)
class Fresh:
    laptop: str
    newest: str  # Moment of the newest row of it in this panel, "" = none
    imported: str  # Moment its last bundle was imported here, "" = this laptop or never
    is_me: bool = False


@dataclass
class PanelView:
    key: str
    title: str
    headline: list[tuple[str, str]] = field(default_factory=list)  # (label, value)
    charts: list[Chart] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)
    freshness: list[Fresh] = field(default_factory=list)
    note: str = ""
    health: bool = False  # the headline figures count health facts


@dataclass(frozen=True)
class Scope:
    """What a provider builds for: who asks, which day, which site ("" = every site)."""
    ws: Workspace
    date: str
    site_id: str
    tally: Tally

    def local_time(self, stamp_or_iso: str) -> str:
        """A clock stamp or an ISO time as a Moment on the event's clock ("" for none)."""
        if not stamp_or_iso:
            return ""
        zone = _zone(self.tally.timezone)
        if "T" in stamp_or_iso:
            when = dt.datetime.fromisoformat(stamp_or_iso)
            when = when.replace(tzinfo=dt.timezone.utc) if when.tzinfo is None else when
        else:
            when = dt.datetime.fromtimestamp(wall_ms_of(stamp_or_iso) / 1000, dt.timezone.utc)
        return Moment(when.astimezone(zone).isoformat(timespec="minutes"))

    def freshness(self, newest: dict[str, str]) -> list[Fresh]:
        """One line per laptop whose rows a panel counts: its newest row, and when its bundle came."""
        t = self.tally
        lines = [Fresh(t.device_name(d), self.local_time(stamp), "" if d == t.me else self.local_time(
            t.imports.get(d, "")), d == t.me) for d, stamp in newest.items()]
        return sorted(lines, key=lambda f: (not f.is_me, f.laptop))


@dataclass(frozen=True)
class PanelProvider:
    key: str
    title: str  # source text, context "Dashboard"
    roles: frozenset[Role]  # empty: every signed-in operator
    build: Callable[[Scope, Words], PanelView | None]
    order: int = 50
    # Tables whose newest row says the panel may have changed; None: build it at every refresh.
    # A panel that reads other services (many queries) names them, so a refresh after a scan
    # reuses it. ``max_age_s`` rebuilds it anyway after that long (figures that depend on the clock).
    depends: tuple[str, ...] | None = None
    max_age_s: float = 0


_providers: dict[str, PanelProvider] = {}


def register(provider: PanelProvider) -> PanelProvider:
    """Called by a module at import; registering a key again replaces the panel."""
    _providers[provider.key] = provider
    return provider


def providers() -> list[PanelProvider]:
    for name in PANEL_MODULES:
        importlib.import_module(name)
    return sorted(_providers.values(), key=lambda p: (p.order, p.key))


def visible_providers(ws: Workspace) -> list[PanelProvider]:
    return [p for p in providers() if not p.roles or ws.roles.intersection(p.roles)]


@dataclass
class Dashboard:
    event_name: str
    language: str  # the event's language
    date: str
    site_id: str
    sites: dict[str, str]  # id → city
    panels: list[PanelView]


def _zone(name: str):
    try:
        return lookup_zone(name)
    except Exception:  # an unknown zone from an old file still shows figures
        return dt.timezone.utc


def today(ws: Workspace) -> str:
    """Today where the event is (its time zone), the day the dashboard and the report show first."""
    with ws.db.engine.connect() as connection:
        timezone = queries.event_timezone(connection)
    return dt.datetime.now(_zone("UTC" if timezone is None else timezone)).date().isoformat()


def hidden_small_counts(panel: PanelView) -> PanelView:
    """The panel with its health counts under 5 hidden (``domain.small_counts``)."""
    tables = [replace(t, rows=hide_cells(t.rows)) if t.health_counts else t for t in panel.tables]
    charts = [replace(c, series={n: hide_bars(v) for n, v in c.series.items()}) if c.health_counts else c
              for c in panel.charts]
    headline = [(label, hide_figure(value)) for label, value in panel.headline] if panel.health else panel.headline
    return replace(panel, tables=tables, charts=charts, headline=headline)


def dashboard(ws: Workspace, date: str = "", site_id: str = "", words: Words = translate,
              counts: Tally | None = None, leaves_laptop: bool = False) -> Dashboard:
    """Every panel this operator may see, for ``date`` (default: today where the event is).

    ``counts``: figures already counted (the day report's); default this database's live tally.
    Health counts under 5 are hidden unless a medic looks at them on screen (``leaves_laptop``: no)."""
    _require_signed_in(ws)
    if counts is None:
        counts = tally(ws.db)
    if not date:
        date = dt.datetime.now(_zone(counts.timezone)).date().isoformat()
    hide = hides_small_counts(ws.roles, leaves_laptop)
    with counts.lock:
        scope = Scope(ws, date, site_id, counts)
        panels = [hidden_small_counts(view) if hide else view
                  for p in visible_providers(ws) if (view := _build(p, scope, words)) is not None]
        return Dashboard(counts.event_name, counts.event_language, date, site_id, dict(counts.sites), panels)


def first_figures(ws: Workspace, date: str = "", site_id: str = "", words: Words = translate) -> Dashboard:
    """The dashboard of ``date`` counted by SQL aggregates, as the day report counts it: what the page
    shows while the session's live tally makes its whole first count (seconds at 100 000 people).
    The figures are the live tally's (tests compare both)."""
    _require_signed_in(ws)
    counts = DayTally(ws.db, date or today(ws))
    counts.update()
    return dashboard(ws, counts.date, site_id, words, counts)


def live_counted(ws: Workspace) -> bool:
    """Whether this file's live tally has made its first count, so a refresh reads only what arrived."""
    return has_counted(ws.db)


def _require_signed_in(ws: Workspace) -> None:
    if not ws.operator_id and not ws.roles:
        raise PermissionDenied("signed_out", QT_TRANSLATE_NOOP("Errors", "Sign in to see the dashboard."))


def _build(provider: PanelProvider, scope: Scope, words: Words) -> PanelView | None:
    if provider.depends is None:
        return provider.build(scope, words)
    with scope.ws.db.engine.connect() as connection:
        con = connection.connection.driver_connection
        mark = tuple(queries.max_rowid(con, table) for table in provider.depends)
    # The title in the caller's words tells one language (or the bilingual report) from another.
    key = (provider.key, scope.date, scope.site_id, scope.ws.roles, words("Dashboard", provider.title))
    cached = scope.tally.panels.get(key)
    now = time.monotonic()
    if cached is not None and cached[0] == mark and (not provider.max_age_s or now - cached[1] < provider.max_age_s):
        return cached[2]
    view = provider.build(scope, words)
    scope.tally.panels[key] = (mark, now, view)
    return view
