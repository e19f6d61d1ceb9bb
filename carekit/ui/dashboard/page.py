"""The Dashboard page: the day's panels for this operator's roles, refreshed while it is seen.

Figures are computed on the thread pool (``run_task``) and shown when they arrive, every few
seconds while the page is visible and soon after a scan, a screening or an imported bundle
(``context.changed``); a hidden page costs nothing. Panels come from the services' registry, so
a module that adds a panel appears here without changes to this page. The session's first figures
are counted by SQL aggregates (``service.first_figures``, as the day report counts them), since the
live tally's first whole count takes seconds on a big event; that count runs right after them, and
later refreshes read only what arrived. The day picker starts on
today where the event is (its time zone) and keeps following today until someone picks another
day, as ``carekit report --date D`` does.
"""

from __future__ import annotations

import time

import shiboken6
from PySide6.QtCore import QDate, QEvent, QTimer, Signal
from PySide6.QtWidgets import (QComboBox, QDateEdit, QGridLayout, QGroupBox, QHBoxLayout, QHeaderView, QLabel,
                               QPushButton, QScrollArea, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from carekit.services import dashboard as service
from carekit.services.errors import CareKitError
from carekit.ui.context import AppContext
from carekit.ui.dashboard.charts import ChartView
from carekit.ui.workers import run_task
from carekit.ui.formats import date_edit_format, date_text, datetime_text, event_now, time_text
from carekit.ui.widgets.tables import read_only

REFRESH_MS = 5000
SOON_MS = 300  # after a change, wait for the burst of signals to settle


def _table(columns: int) -> QTableWidget:
    table = read_only(QTableWidget(0, columns), "cells")
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    table.setMaximumHeight(230)
    return table


def moment_text(value, day: str) -> str:
    """A panel's cell as text; a Moment as its time, with the date when it is not the board's day."""
    if isinstance(value, service.Moment):
        return time_text(value) if value[:10] == day else datetime_text(value)
    return str(value)


class PanelBox(QGroupBox):
    """One panel: headline figures, charts, tables, a note and how fresh its data is."""

    def __init__(self, key: str, parent=None):
        super().__init__(parent)
        self.key = key
        self.setObjectName(f"panel_{key}")
        self.headline = QHBoxLayout()
        self.figures: list[tuple[QLabel, QLabel]] = []
        self.charts: list[ChartView] = []
        self.tables: list[tuple[QLabel, QTableWidget]] = []
        self.body = QVBoxLayout()
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.fresh = QLabel()
        self.fresh.setWordWrap(True)
        self.fresh.setStyleSheet("color: #555; font-size: 11px;")
        layout = QVBoxLayout(self)
        layout.addLayout(self.headline)
        layout.addLayout(self.body)
        layout.addWidget(self.note)
        layout.addWidget(self.fresh)

    def show_view(self, view: service.PanelView, fresh_text: str, day: str = "") -> None:
        self.setTitle(view.title)
        while len(self.figures) < len(view.headline):
            value, label = QLabel(), QLabel()
            value.setStyleSheet("font-size: 22px; font-weight: 600;")
            label.setStyleSheet("color: #444;")
            column = QVBoxLayout()
            column.addWidget(value)
            column.addWidget(label)
            self.headline.addLayout(column)
            self.figures.append((value, label))
        for i, (value, label) in enumerate(self.figures):
            shown = i < len(view.headline)
            value.setVisible(shown)
            label.setVisible(shown)
            if shown:
                label.setText(view.headline[i][0])
                value.setText(view.headline[i][1])
        while len(self.charts) < len(view.charts):
            chart = ChartView()
            self.body.addWidget(chart)
            self.charts.append(chart)
        for chart, data in zip(self.charts, view.charts):
            chart.show_chart(data)
        while len(self.tables) < len(view.tables):
            title, table = QLabel(), _table(1)
            self.body.addWidget(title)
            self.body.addWidget(table)
            self.tables.append((title, table))
        for i, (title, table) in enumerate(self.tables):
            data = view.tables[i] if i < len(view.tables) else None
            title.setVisible(data is not None)
            table.setVisible(data is not None)
            if data is not None:
                title.setText(data.title)
                table.setColumnCount(len(data.columns))
                table.setHorizontalHeaderLabels(data.columns)
                table.setRowCount(len(data.rows))
                for r, row in enumerate(data.rows):
                    for c, value in enumerate(row):
                        table.setItem(r, c, QTableWidgetItem(moment_text(value, day)))
        self.note.setText(view.note)
        self.note.setVisible(bool(view.note))
        self.fresh.setText(fresh_text)


class DashboardPage(QWidget):
    refreshed = Signal()  # figures shown, and no refresh waits behind them
    first_figures_shown = Signal()  # the SQL-counted figures are on screen; the live count follows

    def __init__(self, context: AppContext, parent=None):
        super().__init__(parent)
        self.context = context
        self.board: service.Dashboard | None = None
        self.boxes: dict[str, PanelBox] = {}
        self._task = None
        self._again = False
        self._first_done = False  # the SQL-counted first figures were asked for once
        self.site = QComboBox()
        # "Todas las sedes" is cut to "Todas las s" at the width "所有场地" needs.
        self.site.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.site.currentIndexChanged.connect(lambda _i: self.refresh())
        self.chosen_day = ""  # "" = today where the event is; else the ISO day someone picked
        self.day = QDateEdit()
        self.day.setObjectName("dashboardDay")
        self.day.setCalendarPopup(True)
        self.day.dateChanged.connect(self._day_picked)
        self.day_label = QLabel()
        self.day_label.setBuddy(self.day)
        self.status = QLabel()
        self.status.setObjectName("dashboardStatus")
        self.refresh_button = QPushButton()
        self.refresh_button.clicked.connect(self.refresh)
        top = QHBoxLayout()
        self.site_label = QLabel()
        top.addWidget(self.site_label)
        top.addWidget(self.site)
        top.addWidget(self.day_label)
        top.addWidget(self.day)
        top.addWidget(self.status, 1)
        top.addWidget(self.refresh_button)
        self.grid = QGridLayout()
        inner = QWidget()
        inner.setLayout(self.grid)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)
        self.setTabOrder(self.site, self.day)  # site, day, refresh: the keyboard's way along the top
        self.setTabOrder(self.day, self.refresh_button)
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self.soon = QTimer(self)
        self.soon.setSingleShot(True)
        self.soon.setInterval(SOON_MS)
        self.soon.timeout.connect(self.refresh)
        context.changed.connect(self._changed)
        context.operator_changed.connect(self._changed)
        self.retranslate()

    def page_title(self) -> str:
        return self.tr("Dashboard")

    def retranslate(self) -> None:
        self.day.setDisplayFormat(date_edit_format())  # on screen as the language writes dates; the CLI's stays ISO
        self.site_label.setText(self.tr("Site:"))
        self.day_label.setText(self.tr("&Day:"))
        self.day.setToolTip(self.tr("The day the figures are for; today where the event is, until you pick another."))
        self.refresh_button.setText(self.tr("Refresh"))
        self._fill_sites()
        if self.isVisible():
            self.refresh()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self.chosen_day:
            try:
                self.show_day(service.today(self.context.workspace))
            except CareKitError:
                pass
        self.timer.start()
        self.refresh()

    def hideEvent(self, event) -> None:
        self.timer.stop()
        super().hideEvent(event)

    def _day_picked(self, date: QDate) -> None:
        picked = date.toString("yyyy-MM-dd")
        self.chosen_day = "" if picked == service.today(self.context.workspace) else picked
        self.refresh()

    def show_day(self, iso: str) -> None:
        """Puts the picker on a day without counting it as picked (today followed by itself)."""
        self.day.blockSignals(True)
        self.day.setDate(QDate.fromString(iso, "yyyy-MM-dd"))
        self.day.blockSignals(False)

    def _changed(self, _area: str = "") -> None:
        if self.isVisible():
            self.soon.start()

    def _fill_sites(self) -> None:
        from carekit.services.events import sites
        current = self.site.currentData()
        self.site.blockSignals(True)
        self.site.clear()
        self.site.addItem(self.tr("Every site"), "")
        try:
            for site in sites(self.context.workspace):
                self.site.addItem(site.city, site.id)
        except CareKitError:
            pass
        index = self.site.findData(current) if current else 0
        self.site.setCurrentIndex(max(0, index))
        self.site.blockSignals(False)

    # -- refreshing ---------------------------------------------------------------------
    def refresh(self) -> None:
        """Starts a computation unless one runs; then one more runs after it, with fresh data."""
        if self._task is not None:
            self._again = True
            return
        ws, site_id, day = self.context.workspace, self.site.currentData() or "", self.chosen_day
        started = time.perf_counter()
        first = not self._first_done and not service.live_counted(ws)
        self._first_done = True  # once only: after a failure the live count answers

        def work(_progress):
            if first:
                return service.first_figures(ws, date=day, site_id=site_id)
            return service.dashboard(ws, date=day, site_id=site_id)

        def done(board: service.Dashboard) -> None:
            if not shiboken6.isValid(self):  # the page went (operator switched) while it counted
                return
            self._task = None
            self.board = board
            self.show_board(board, (time.perf_counter() - started) * 1000)
            if first:
                self._again = True  # the live count now, so later refreshes read only what arrived
                self.first_figures_shown.emit()
            self._follow_up()

        def failed(error: BaseException) -> None:
            if not shiboken6.isValid(self):
                return
            self._task = None
            self.status.setText(getattr(error, "message", str(error)))
            self._follow_up()

        self._task = run_task(work, on_done=done, on_error=failed)

    def _follow_up(self) -> None:
        if self._again:
            self._again = False
            self.refresh()
        else:
            self.refreshed.emit()

    def show_board(self, board: service.Dashboard, took_ms: float) -> None:
        if self.site.count() - 1 != len(board.sites):
            self._fill_sites()
        if not self.chosen_day and not self.day.hasFocus():
            self.show_day(board.date)
        keys = [p.key for p in board.panels]
        for key in list(self.boxes):
            if key not in keys:
                self.boxes.pop(key).deleteLater()
        for index, view in enumerate(board.panels):
            box = self.boxes.get(view.key)
            if box is None:
                box = self.boxes[view.key] = PanelBox(view.key)
            self.grid.addWidget(box, index // 2, index % 2)
            box.show_view(view, self._fresh_text(view, board.date), board.date)
        self.status.setText(self.tr("Figures of {date} · updated {time}").format(
            date=date_text(board.date), time=time_text(event_now(self.context.workspace))))
        self.status.setToolTip(self.tr("computed in {ms} ms").format(ms=round(took_ms)))

    def _fresh_text(self, view: service.PanelView, day: str) -> str:
        parts = []
        for fresh in view.freshness:
            newest = moment_text(fresh.newest, day) or "—"
            if fresh.is_me:
                parts.append(self.tr("this laptop up to {time}").format(time=newest))
            else:
                parts.append(self.tr("{laptop} up to {time} (bundle imported {imported})").format(
                    laptop=fresh.laptop, time=newest, imported=moment_text(fresh.imported, day) or "—"))
        return self.tr("Data: {parts}").format(parts="; ".join(parts)) if parts else self.tr("No data yet.")
