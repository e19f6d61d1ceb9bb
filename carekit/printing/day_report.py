"""The day report on A4: headline figures, charts and tables of each dashboard panel.

Data in, PDF bytes out. A panel is any object with ``title``, ``headline`` [(label, value)],
``charts`` (``kind`` "lines"/"bars", ``title``, ``x``, ``series``), ``tables`` (``title``,
``columns``, ``rows``), ``note`` and ``freshness``; the caller has already translated and
suppressed what must be. Charts are reportlab graphics drawn in greys with dash patterns and
markers, so they read in a black-and-white print, with a font that has Chinese and Latin.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from typing import Sequence

from reportlab.graphics import renderPDF
from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from carekit.printing import fonts
from carekit.printing.badges import RenderResult
from carekit.printing.sheets import draw_text

MARGIN = 16 * mm
ROW = 6.2 * mm
CHART_HEIGHT = 62 * mm
GREYS = (0.1, 0.55, 0.32, 0.75, 0.2, 0.88)  # neighbours differ in lightness
DASHES = (None, (4, 2), (1, 2), (6, 2, 1, 2), (2, 2), (8, 3))
MARKERS = ("FilledCircle", "FilledSquare", "FilledTriangle", "FilledDiamond", "Circle", "Square")


@dataclass
class ReportInput:
    title: str
    lines: list[str]  # date, site, made, already worded
    panels: Sequence
    footnote: str = ""
    page_label: str = "page {page} of {pages}"
    warnings: list[str] = field(default_factory=list)


def chart_font() -> str:
    """One font for a chart's labels: the CJK face also has Latin letters and digits."""
    return fonts.font_for("中") or fonts.base_font()


class _Pages:
    """The page cursor. ``dry``: lay out only (no charts drawn), to count the pages."""

    def __init__(self, canvas: Canvas, data: ReportInput, total: int, dry: bool = False):
        self.canvas, self.data, self.total, self.dry = canvas, data, total, dry
        self.page, self.y = 1, A4[1] - MARGIN
        self.width = A4[0] - 2 * MARGIN

    def need(self, height: float) -> None:
        if self.y - height < MARGIN + 10 * mm:
            self.finish_page()
            self.canvas.showPage()
            self.page += 1
            self.y = A4[1] - MARGIN

    def finish_page(self) -> None:
        label = self.data.page_label.format(page=self.page, pages=self.total or "?")
        draw_text(self.canvas, label, 8, A4[0] - MARGIN, MARGIN, self.width * 0.4, self.data.warnings,
                  align_right=True)
        draw_text(self.canvas, self.data.title, 8, MARGIN, MARGIN, self.width * 0.55, self.data.warnings)

    def text(self, text: str, size: float, *, gap: float = 1.5 * mm, indent: float = 0) -> None:
        self.need(size * 1.4)
        self.y -= size * 1.2
        draw_text(self.canvas, text, size, MARGIN + indent, self.y, self.width - indent, self.data.warnings)
        self.y -= gap


def _headline(pages: _Pages, headline: list[tuple[str, str]]) -> None:
    if not headline:
        return
    boxes = min(4, len(headline))
    width = pages.width / boxes
    for start in range(0, len(headline), boxes):
        pages.need(17 * mm)
        top = pages.y
        for i, (label, value) in enumerate(headline[start:start + boxes]):
            x = MARGIN + i * width
            pages.canvas.setStrokeGray(0.6)
            pages.canvas.rect(x + 1 * mm, top - 16 * mm, width - 2 * mm, 15 * mm, stroke=1, fill=0)
            draw_text(pages.canvas, value, 15, x + 3 * mm, top - 8.5 * mm, width - 6 * mm, pages.data.warnings)
            draw_text(pages.canvas, label, 7.5, x + 3 * mm, top - 13.5 * mm, width - 6 * mm, pages.data.warnings)
        pages.y = top - 18 * mm


def _sparse(labels: list[str], most: int = 16) -> list[str]:
    step = max(1, -(-len(labels) // most))
    return [label if i % step == 0 else "" for i, label in enumerate(labels)]


def nice_step(rough: float) -> int:
    """The tick step a person reads at a glance: 1, 2, 5, 10, 20, 50, …"""
    scale = 1
    while True:
        for base in (1, 2, 5):
            if base * scale >= rough:
                return base * scale
        scale *= 10


def chart_drawing(chart, width: float, height: float = CHART_HEIGHT) -> Drawing:
    font = chart_font()
    drawing = Drawing(width, height)
    names = list(chart.series)
    legend_height = 5 * mm * (-(-len(names) // 3) if names else 0)
    plot = HorizontalLineChart() if chart.kind == "lines" else VerticalBarChart()
    plot.x, plot.y = 12 * mm, 10 * mm + legend_height
    plot.width, plot.height = width - 16 * mm, height - plot.y - 4 * mm
    if not names or not chart.x or not any(any(v) for v in chart.series.values()):
        drawing.add(Rect(plot.x, plot.y, plot.width, plot.height, strokeColor=colors.grey, fillColor=None))
        drawing.add(String(plot.x + plot.width / 2, plot.y + plot.height / 2, "—", fontName=font, fontSize=12,
                           textAnchor="middle"))
        return drawing
    plot.data = [tuple(chart.series[n]) for n in names]
    plot.categoryAxis.categoryNames = _sparse(list(chart.x)) if chart.kind == "lines" else list(chart.x)
    for axis in (plot.categoryAxis.labels, plot.valueAxis.labels):
        axis.fontName, axis.fontSize = font, 7
    plot.valueAxis.valueMin = 0
    top = max(max(v) for v in plot.data)
    step = nice_step(max(5, top) / 5)
    plot.valueAxis.valueStep = step
    plot.valueAxis.valueMax = step * (-(-max(5, top) // step) + (1 if top % step == 0 else 0))
    plot.valueAxis.visibleGrid, plot.valueAxis.gridStrokeColor = 1, colors.Color(0.85, 0.85, 0.85)
    for i in range(len(names)):
        grey = colors.Color(GREYS[i % 6], GREYS[i % 6], GREYS[i % 6])
        if chart.kind == "lines":
            plot.lines[i].strokeColor, plot.lines[i].strokeWidth = grey, 1.6
            plot.lines[i].strokeDashArray = DASHES[i % 6]
            plot.lines[i].symbol = makeMarker(MARKERS[i % 6], size=3.5, fillColor=grey, strokeColor=grey)
        else:
            plot.bars[i].fillColor, plot.bars[i].strokeColor, plot.bars[i].strokeWidth = grey, colors.black, 0.4
    if chart.kind != "lines":
        plot.barSpacing, plot.groupSpacing = 0.5, 4
    drawing.add(plot)
    for i, name in enumerate(names):  # the legend: the same grey, dash and marker as the series
        x = 12 * mm + (i % 3) * (width - 16 * mm) / 3
        y = 2 * mm + legend_height - 5 * mm * (i // 3 + 1) + 1.5 * mm
        grey = colors.Color(GREYS[i % 6], GREYS[i % 6], GREYS[i % 6])
        if chart.kind == "lines":
            drawing.add(Line(x, y + 1.2 * mm, x + 8 * mm, y + 1.2 * mm, strokeColor=grey, strokeWidth=1.6,
                             strokeDashArray=DASHES[i % 6]))
            marker = makeMarker(MARKERS[i % 6], size=3.5, fillColor=grey, strokeColor=grey)
            marker.x, marker.y = x + 4 * mm, y + 1.2 * mm
            drawing.add(marker)
        else:
            drawing.add(Rect(x, y, 8 * mm, 3 * mm, fillColor=grey, strokeColor=colors.black, strokeWidth=0.4))
        drawing.add(String(x + 10 * mm, y + 0.3 * mm, name, fontName=font, fontSize=7))
    return drawing


def _chart(pages: _Pages, chart) -> None:
    pages.need(CHART_HEIGHT + 6 * mm)  # the title stays with its chart
    pages.text(chart.title, 9.5)
    if not pages.dry:
        renderPDF.draw(chart_drawing(chart, pages.width), pages.canvas, MARGIN, pages.y - CHART_HEIGHT)
    pages.y -= CHART_HEIGHT + 3 * mm


def _table(pages: _Pages, table) -> None:
    if not table.rows:
        return
    pages.need(12 * mm + ROW * min(3, len(table.rows)))
    pages.text(table.title, 9.5)
    count = len(table.columns)
    weights = [1.6] + [1.0] * (count - 1)
    widths = [pages.width * w / sum(weights) for w in weights]
    numeric = [all(isinstance(r[c], int) or str(r[c]).startswith(("<", "—")) or str(r[c]).rstrip("%").isdigit()
                   for r in table.rows) for c in range(count)]

    def row(values, shade: bool, size: float = 8) -> None:
        pages.need(ROW)
        pages.y -= ROW
        if shade:
            pages.canvas.setFillGray(0.9)
            pages.canvas.rect(MARGIN, pages.y, pages.width, ROW, stroke=0, fill=1)
            pages.canvas.setFillGray(0)
        x = MARGIN
        for c, (value, w) in enumerate(zip(values, widths)):
            right = numeric[c] and not shade
            draw_text(pages.canvas, str(value), size, x + (w - 1.5 * mm if right else 1.5 * mm), pages.y + 1.9 * mm,
                      w - 3 * mm, pages.data.warnings, align_right=right)
            x += w
        pages.canvas.setStrokeGray(0.75)
        pages.canvas.line(MARGIN, pages.y, MARGIN + pages.width, pages.y)

    row(table.columns, True, 7.5)
    for values in table.rows:
        row(values, False)
    pages.y -= 3 * mm


def _panel(pages: _Pages, panel) -> None:
    # The title stays with what follows it: its headline boxes, else its first chart.
    first = 18 * mm if panel.headline else (CHART_HEIGHT + 12 * mm if panel.charts else 12 * mm)
    pages.need(12 * mm + first)
    pages.y -= 3 * mm
    pages.canvas.setFillGray(0)
    pages.text(panel.title, 13, gap=2 * mm)
    _headline(pages, panel.headline)
    for chart in panel.charts:
        _chart(pages, chart)
    for table in panel.tables:
        _table(pages, table)
    if panel.note:
        pages.text(panel.note, 8)


def _render(data: ReportInput, total: int, dry: bool = False) -> tuple[bytes, int]:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, pageCompression=1, invariant=1)
    canvas.setTitle(data.title)
    canvas.setCreator("CareKit")
    pages = _Pages(canvas, data, total, dry)
    pages.text(data.title, 18, gap=2 * mm)
    for line in data.lines:
        pages.text(line, 9.5, gap=0.5 * mm)
    if data.footnote:
        pages.text(data.footnote, 8)
    for panel in data.panels:
        _panel(pages, panel)
    pages.finish_page()
    canvas.showPage()
    canvas.save()
    return buffer.getvalue(), pages.page


def render_day_report(data: ReportInput) -> RenderResult:
    """Laid out twice: a first pass without charts counts the pages, so footers say "page x of y"."""
    _, total = _render(data, 0, dry=True)
    data.warnings.clear()
    pdf, pages = _render(data, total)
    return RenderResult(pdf, len(data.panels), pages, sorted(set(data.warnings)))
