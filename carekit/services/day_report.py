"""The day report for the organiser: every dashboard panel a coordinator sees, in the event's
language and English, with no count under 5 in any health figure.

The report leaves the event, so its health counts are hidden as ``domain.small_counts`` says for
anything that leaves the laptop. It is usually made by ``carekit report`` in a fresh process:
the day's figures are counted with SQL aggregates (``day_counts.DayTally``), not with the
dashboard's incremental tally, whose first count reads every row.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from pathlib import Path
from zoneinfo import ZoneInfoNotFoundError

from carekit.domain.enums import Role
from carekit.domain.zones import zone
from carekit.i18n import QT_TRANSLATE_NOOP
from carekit.printing.dates import date_words, moment_words
from carekit.services.dashboard import Moment, dashboard, today
from carekit.services.errors import ValidationError
from carekit.services.events import event_info
from carekit.services.health_export import find_site
from carekit.services.report_words import WORDING
from carekit.services.workspace import Workspace


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


def _check_date(date: str) -> str:
    if not date:
        return ""
    try:
        return dt.date.fromisoformat(date).isoformat()
    except ValueError:
        raise ValidationError("bad_date", QT_TRANSLATE_NOOP(
            "Errors", "'{value}' is not a date; write it as YYYY-MM-DD."), value=date) from None


def _moments_worded(panel, day: str, language: str):
    """The panel with each Moment in its tables written for the report: the time, and the date
    (in the event's language) when it is not the report's day. A copy: the tally keeps the panels."""
    def cell(value):
        if not isinstance(value, Moment):
            return value
        clock = value[11:16]  # the Moment is already on the event's clock
        return clock if value[:10] == day else f"{date_words(value, language)} {clock}"
    tables = [replace(t, rows=[[cell(v) for v in row] for row in t.rows]) for t in panel.tables]
    return replace(panel, tables=tables)


def build_report(ws: Workspace, date: str = "", site: str = ""):
    from carekit.printing.day_report import ReportInput
    from carekit.services.day_counts import DayTally
    ws.require(Role.COORDINATOR)
    site_id = find_site(ws, site)
    counts = DayTally(ws.db, _check_date(date) or today(ws))
    counts.update()
    words = bilingual(counts.event_language)
    board = dashboard(ws, counts.date, site_id, words=words, counts=counts, leaves_laptop=True)
    panels = [_moments_worded(panel, board.date, counts.event_language) for panel in board.panels]
    language = counts.event_language
    try:
        clock = zone(event_info(ws).timezone)
    except ZoneInfoNotFoundError:  # an old file's unknown zone: say UTC rather than guess
        clock = dt.timezone.utc
    made = dt.datetime.now(clock)  # the event's clock, not this laptop's

    def both(text_in) -> str:
        first, english = text_in(language), text_in("en")
        return first if first == english else f"{first} / {english}"
    lines = [f"{words('Report', 'Day report')} · {words('Report', 'Date')}: {both(lambda l: date_words(board.date, l))}",
             f"{words('Report', 'Site')}: {board.sites.get(site_id, '') or words('Report', 'every site')}",
             f"{words('Report', 'Made')}: {both(lambda l: moment_words(made, l))}"]
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

