"""The arrivals board: a full-screen view for the welcome desk, read from across the room.

It refreshes itself every few seconds (the query is one pass over the arrivals) and colours each
traveller by state: on time, landed, picked up, missing past the window. Escape closes it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (QHBoxLayout, QHeaderView, QLabel, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from carekit.services import family_board
from carekit.services.errors import CareKitError
from carekit.ui.context import AppContext
from carekit.ui.formats import time_text
from carekit.ui.widgets.tables import read_only

COLOURS = {family_board.ON_TIME: "#1f5f99", family_board.LANDED: "#9a6700",
           family_board.PICKED_UP: "#1a7f37", family_board.MISSING: "#b3261e"}
REFRESH_MS = 5000


class ArrivalsBoard(QWidget):
    """Shown with ``showFullScreen()`` on the welcome desk's second screen."""

    def __init__(self, context: AppContext, parent=None, refresh_ms: int = REFRESH_MS):
        super().__init__(parent, Qt.WindowType.Window)
        self.context = context
        self.board: family_board.Board | None = None
        self.title = QLabel()
        self.clock = QLabel()
        self.tiles = {state: QLabel() for state in family_board.BOARD_STATES}
        for state, tile in self.tiles.items():
            tile.setAlignment(Qt.AlignmentFlag.AlignCenter)
            tile.setStyleSheet(f"background: {COLOURS[state]}; color: white; border-radius: 8px; padding: 8px;")
        self.table = read_only(QTableWidget(0, 5), "none")
        self.table.verticalHeader().hide()
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.missing = QLabel()
        self.missing.setWordWrap(True)
        self.missing.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.message = QLabel()
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.clock)
        counts = QHBoxLayout()
        for tile in self.tiles.values():
            counts.addWidget(tile, 1)
        body = QHBoxLayout()
        body.addWidget(self.table, 3)
        body.addWidget(self.missing, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addLayout(counts)
        layout.addLayout(body, 1)
        layout.addWidget(self.message)
        self.setStyleSheet("ArrivalsBoard { background: #0d1117; } QLabel { color: white; }"
                           "QTableWidget { background: #0d1117; color: white; gridline-color: #30363d; }"
                           "QHeaderView::section { background: #161b22; color: white; }")
        self.timer = QTimer(self)
        self.timer.setInterval(refresh_ms)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        context.changed.connect(self.refresh)
        self.apply_sizes(1080)
        self.retranslate()

    def apply_sizes(self, screen_height: int) -> None:
        """Letters about 1/28 of the screen height: at 1080 px that is ~38 px, readable at 3 m."""
        row = max(28, screen_height // 28)
        for widget, size in ((self.title, row * 1.4), (self.clock, row * 1.2), (self.missing, row * 0.8)):
            font = widget.font()
            font.setPixelSize(int(size))
            font.setBold(widget is self.title)
            widget.setFont(font)
        for tile in self.tiles.values():
            font = tile.font()
            font.setPixelSize(int(row * 1.1))
            font.setBold(True)
            tile.setFont(font)
        font = self.table.font()
        font.setPixelSize(row)
        self.table.setFont(font)
        self.table.verticalHeader().setDefaultSectionSize(int(row * 1.6))
        header = self.table.horizontalHeader().font()
        header.setPixelSize(int(row * 0.7))
        self.table.horizontalHeader().setFont(header)

    def showEvent(self, event) -> None:
        screen = self.screen()
        if screen is not None:
            self.apply_sizes(screen.geometry().height())
        super().showEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Arrivals board"))
        self.title.setText(self.tr("Family arrivals"))
        self.table.setHorizontalHeaderLabels([self.tr("Arrives"), self.tr("Name"), self.tr("Train / flight"),
                                              self.tr("State"), self.tr("Vehicle")])
        self.refresh()

    def state_word(self, state: str) -> str:
        return {family_board.ON_TIME: self.tr("on time"), family_board.LANDED: self.tr("landed"),
                family_board.PICKED_UP: self.tr("picked up"), family_board.MISSING: self.tr("missing")}[state]

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event) -> None:
        self.timer.stop()
        super().closeEvent(event)

    def refresh(self, _area: str = "") -> None:
        try:
            self.board = family_board.arrivals_board(self.context.workspace)
        except CareKitError as error:
            self.message.setText(error.message)
            return
        self.message.setText("")
        board = self.board
        self.clock.setText(time_text(family_board.event_clock(board)))
        for state, tile in self.tiles.items():
            tile.setText(f"{self.state_word(state)}  {board.counts[state]}")
        # Who is waited for first: missing and landed at the top, then by arrival time.
        order = {family_board.MISSING: 0, family_board.LANDED: 1, family_board.ON_TIME: 2, family_board.PICKED_UP: 3}
        rows = sorted(board.rows, key=lambda r: (order[r.board], r.arrives_utc))
        self.table.setRowCount(len(rows))
        bold = QFont(self.table.font())
        bold.setBold(True)
        for index, row in enumerate(rows):
            values = (time_text(row.arrives), f"{row.name}  {row.romanised}", row.number,
                      self.state_word(row.board), row.vehicle.removeprefix(row.place).strip())
            for column, text in enumerate(values):
                cell = QTableWidgetItem(text)
                if column == 3:
                    cell.setBackground(QColor(COLOURS[row.board]))
                    cell.setForeground(QColor("white"))
                    cell.setFont(bold)
                self.table.setItem(index, column, cell)
        lines = [f"{v.label}: {', '.join(v.missing)}" for v in board.vehicles if v.missing]
        self.missing.setText(self.tr("Still missing") + "\n" + "\n".join(lines) if lines else self.tr("Nobody missing"))
