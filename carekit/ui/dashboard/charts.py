"""Charts of dashboard panels, drawn with pyqtgraph.

pyqtgraph is pure Python on Qt's own painting (and numpy), small, maintained, and fast enough to
redraw a day of quarter hours every few seconds; QtCharts would need PySide6-Addons, a much
larger download for every volunteer's laptop. It is imported only when this page is first
opened, never at start-up. Each series has its own colour, dash and marker, so a chart still
reads for a colour-blind coordinator or on a grey projector.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QVBoxLayout, QWidget

# Okabe–Ito colours (readable with colour blindness), dark to light alternating.
COLOURS = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000")
DASHES = (Qt.PenStyle.SolidLine, Qt.PenStyle.DashLine, Qt.PenStyle.DotLine, Qt.PenStyle.DashDotLine)
SYMBOLS = ("o", "s", "t", "d", "+", "x")

pg.setConfigOptions(antialias=True, background="w", foreground="k")


class ChartView(QWidget):
    """One chart; ``show_chart`` replaces what it draws (cheap: a few hundred points at most)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.plot = pg.PlotWidget()
        self.plot.setMinimumHeight(220)
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        self.plot.showGrid(y=True, alpha=0.25)
        self.legend = self.plot.addLegend(offset=(8, 4), labelTextSize="9pt")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot)
        self.chart = None

    def show_chart(self, chart) -> None:
        self.chart = chart
        item = self.plot.getPlotItem()
        item.clear()
        self.legend.clear()
        item.setTitle(chart.title, size="10pt")
        axis = item.getAxis("bottom")
        step = max(1, -(-len(chart.x) // 12))
        axis.setTicks([[(i, label) for i, label in enumerate(chart.x) if i % step == 0]])
        font = QFont()
        font.setPointSize(8)
        axis.setStyle(tickFont=font)
        names = list(chart.series)
        top = max([max(v) for v in chart.series.values() if v] or [0])
        item.setYRange(-0.02 * max(5, top), max(5, top * 1.15), padding=0)
        item.setXRange(-0.6, max(0, len(chart.x) - 0.4), padding=0)
        if chart.kind == "lines":
            for i, name in enumerate(names):
                colour = QColor(COLOURS[i % len(COLOURS)])
                pen = pg.mkPen(colour, width=2.5, style=DASHES[i % len(DASHES)])
                item.plot(list(range(len(chart.x))), chart.series[name], pen=pen, symbol=SYMBOLS[i % len(SYMBOLS)],
                          symbolSize=7, symbolBrush=colour, symbolPen=colour, name=name)
        else:
            width = 0.8 / max(1, len(names))
            for i, name in enumerate(names):
                colour = QColor(COLOURS[i % len(COLOURS)])
                xs = [x - 0.4 + width * (i + 0.5) for x in range(len(chart.x))]
                bars = pg.BarGraphItem(x=xs, height=chart.series[name], width=width * 0.92, brush=colour,
                                       pen=pg.mkPen("k", width=0.5), name=name)
                item.addItem(bars)  # named items join the legend by themselves
