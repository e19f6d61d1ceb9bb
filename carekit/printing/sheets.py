"""Table sheets on A4: the training roster sign-in sheet, and a generic table others reuse
(arrivals and pick-up manifests for drivers). Every page repeats the header and says "page x of y"."""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import Sequence

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from carekit.printing import fonts
from carekit.printing.badges import RenderResult

ROW_HEIGHT = 9 * mm
HEADER_HEIGHT = 28 * mm
FOOTER_HEIGHT = 14 * mm
MARGIN = 14 * mm


@dataclass(frozen=True)
class Column:
    title: str
    weight: float = 1.0  # share of the page width


def _draw(canvas: Canvas, text: str, size: float, x: float, y: float, max_width: float,
          warnings: list[str], align_right: bool = False) -> None:
    runs, missing = fonts.split_runs(text)
    if missing:
        warnings.append(f"no font has {' '.join(f'U+{ord(c):04X}' for c in missing)} in {text!r}")
    size = fonts.fit_size(runs, max_width, size, size * 0.5)
    if align_right:
        x -= fonts.runs_width(runs, size)
    for font, part in runs:
        canvas.setFont(font, size)
        canvas.drawString(x, y, part)
        x += fonts.runs_width([(font, part)], size)


draw_text = _draw  # one line of text in whatever fonts its characters need; the day report uses it too


def render_table(title: str, columns: Sequence[Column], rows: Sequence[Sequence[str]], *,
                 subtitle: str = "", footer: str = "", page_label: str = "page {page} of {pages}") -> RenderResult:
    """Rows split over as many pages as needed. ``page_label`` is already translated by the caller."""
    fonts.available_fonts()
    width, height = A4
    usable = width - 2 * MARGIN
    total_weight = sum(c.weight for c in columns) or 1
    widths = [usable * c.weight / total_weight for c in columns]
    per_page = max(1, int((height - HEADER_HEIGHT - FOOTER_HEIGHT - MARGIN - ROW_HEIGHT) // ROW_HEIGHT))
    pages = max(1, -(-len(rows) // per_page))
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, pageCompression=1, invariant=1)
    canvas.setTitle(title)
    canvas.setCreator("CareKit")
    warnings: list[str] = []
    for page in range(pages):
        top = height - MARGIN
        _draw(canvas, title, 16, MARGIN, top - 6 * mm, usable, warnings)
        if subtitle:
            _draw(canvas, subtitle, 10, MARGIN, top - 13 * mm, usable, warnings)
        y = height - HEADER_HEIGHT
        canvas.setFillColorRGB(0.9, 0.93, 0.97)
        canvas.rect(MARGIN, y - ROW_HEIGHT, usable, ROW_HEIGHT, stroke=0, fill=1)
        canvas.setFillColorRGB(0, 0, 0)
        x = MARGIN
        for column, w in zip(columns, widths):
            _draw(canvas, column.title, 9, x + 1.5 * mm, y - ROW_HEIGHT + 3 * mm, w - 3 * mm, warnings)
            x += w
        canvas.setLineWidth(0.4)
        chunk = rows[page * per_page:(page + 1) * per_page]
        for index, row in enumerate(chunk):
            row_top = y - ROW_HEIGHT * (index + 1)
            canvas.line(MARGIN, row_top - ROW_HEIGHT, MARGIN + usable, row_top - ROW_HEIGHT)
            x = MARGIN
            for value, w in zip(row, widths):
                _draw(canvas, str(value), 10, x + 1.5 * mm, row_top - ROW_HEIGHT + 3 * mm, w - 3 * mm, warnings)
                x += w
        bottom = y - ROW_HEIGHT * (len(chunk) + 1)
        x = MARGIN
        for w in widths[:-1]:  # column rules, so signatures stay in their box
            x += w
            canvas.line(x, y, x, bottom)
        canvas.rect(MARGIN, bottom, usable, y - bottom, stroke=1, fill=0)
        if footer:
            _draw(canvas, footer, 8, MARGIN, MARGIN, usable * 0.7, warnings)
        _draw(canvas, page_label.format(page=page + 1, pages=pages), 8, width - MARGIN, MARGIN, usable * 0.3,
              warnings, align_right=True)
        canvas.showPage()
    canvas.save()
    return RenderResult(buffer.getvalue(), len(rows), pages, warnings)


@dataclass(frozen=True)
class RosterLine:
    name: str
    romanised: str
    staff_id: str


def render_roster(title: str, people: Sequence[RosterLine], *, subtitle: str = "",
                  headings: tuple[str, str, str, str, str] = ("#", "Name", "Romanised", "Staff id", "Signature"),
                  page_label: str = "page {page} of {pages}") -> RenderResult:
    """The sign-in sheet a trainer passes round: one line per person, an empty signature box."""
    columns = [Column(headings[0], 0.35), Column(headings[1], 1.6), Column(headings[2], 1.6),
               Column(headings[3], 1.0), Column(headings[4], 2.0)]
    rows = [(str(i), p.name, p.romanised, p.staff_id, "") for i, p in enumerate(people, 1)]
    return render_table(title, columns, rows, subtitle=subtitle, page_label=page_label)
