"""The day report for the organiser: every dashboard panel a coordinator sees, in the event's
language and English, with no count under 5 in any health figure.

Small counts are suppressed in print because the report leaves the event: "1 person with
urgent blood pressure at the 广州 site" can point at someone. A health cell of 1–4 prints as
"<5"; when only one cell of a table would be hidden, the next smallest goes too, so a total
elsewhere cannot give it back; health chart bars under 5 are not drawn.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from pathlib import Path

from carekit.domain.enums import Role
from carekit.i18n import QT_TRANSLATE_NOOP
from carekit.services.dashboard import PanelView, dashboard
from carekit.services.errors import ValidationError
from carekit.services.health_export import find_site
from carekit.services.report_words import WORDING
from carekit.services.workspace import Workspace

SMALL = 5
HEALTH_PANELS = frozenset({"screening", "referrals"})


@dataclass(frozen=True)
class Written:
    path: Path
    date: str
    pages: int
    warnings: list[str]


def bilingual(language: str):
    """words(context, source) → "事件语言 / English" (English alone when there is no wording)."""
    table = WORDING.get(language) or WORDING.get(language.split("_")[0], {})

    def words(_context: str, source: str) -> str:
        first = table.get(source, "")
        return f"{first} / {source}" if first and first != source else source
    return words


def _small(value) -> bool:
    return isinstance(value, int) and 0 < value < SMALL


def suppress_rows(rows: list[list]) -> list[list]:
    """Counts 1–4 become "<5"; a lone hidden cell takes the next smallest count with it."""
    cells = [(r, c) for r, row in enumerate(rows) for c, v in enumerate(row) if isinstance(v, int) and v > 0]
    hidden = {(r, c) for r, c in cells if _small(rows[r][c])}
    if len(hidden) == 1:
        rest = sorted(((rows[r][c], r, c) for r, c in cells if (r, c) not in hidden))
        if rest:
            hidden.add(rest[0][1:])
    return [[f"<{SMALL}" if (r, c) in hidden else v for c, v in enumerate(row)] for r, row in enumerate(rows)]


def _suppress_value(text: str) -> str:
    return f"<{SMALL}" if text.isdigit() and 0 < int(text) < SMALL else text


def suppressed(panel: PanelView) -> PanelView:
    """The panel as it may leave the event."""
    if panel.key not in HEALTH_PANELS:
        return panel
    tables = [replace(t, rows=suppress_rows(t.rows)) if t.health_counts else t for t in panel.tables]
    charts = [replace(c, series={n: [v if v >= SMALL else 0 for v in values] for n, values in c.series.items()})
              for c in panel.charts]
    headline = [(label, _suppress_value(value)) for label, value in panel.headline]
    return replace(panel, tables=tables, charts=charts, headline=headline)


def _check_date(date: str) -> str:
    if not date:
        return ""
    try:
        return dt.date.fromisoformat(date).isoformat()
    except ValueError:
        raise ValidationError("bad_date", QT_TRANSLATE_NOOP(
            "Errors", "'{value}' is not a date; write it as YYYY-MM-DD."), value=date) from None


def build_report(ws: Workspace, date: str = "", site: str = ""):
    from carekit.printing.day_report import ReportInput
    ws.require(Role.COORDINATOR)
    site_id = find_site(ws, site)
    board = dashboard(ws, _check_date(date), site_id)  # checks who may see what, in the screen language
    words = bilingual(board.language)
    board = dashboard(ws, board.date, site_id, words=words)
    panels = [suppressed(p) for p in board.panels]
    made = dt.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %z")
    lines = [f"{words('Report', 'Day report')} · {words('Report', 'Date')}: {board.date}",
             f"{words('Report', 'Site')}: {board.sites.get(site_id, '') or words('Report', 'every site')}",
             f"{words('Report', 'Made')}: {made}"]
    return ReportInput(board.event_name, lines, panels, footnote=words("Report", (
        "Counts under 5 are shown as <5 so that no figure points at a person; bars under 5 are not drawn.")),
        page_label=words("Report", "page {page} of {pages}")), board.date


def write_day_report(ws: Workspace, out: Path, date: str = "", site: str = "") -> Written:
    from carekit.printing.day_report import render_day_report
    out = Path(out)
    if out.suffix.lower() != ".pdf":
        raise ValidationError("bad_format", QT_TRANSLATE_NOOP(
            "Errors", "The day report is a .pdf file, not {name}."), name=out.name)
    data, day = build_report(ws, date, site)
    result = render_day_report(data)
    out.write_bytes(result.pdf)
    with ws.writing() as journal:
        journal.audit("report.day", "event", "", f"date={day} pages={result.pages} file={out.name}")
    return Written(out, day, result.pages, result.warnings)

