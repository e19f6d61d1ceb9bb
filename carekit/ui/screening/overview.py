"""Station overview for coordinators and medics: people screened per station per hour, flags by
kind, open referrals. Coordinators without the medic role see these counts only; medics also see
who was flagged (the service decides, the page shows what it is given)."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (QGridLayout, QGroupBox, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from carekit.domain.enums import Role
from carekit.services.errors import CareKitError
from carekit.services.station_overview import station_overview
from carekit.ui.context import AppContext
from carekit.ui.screening.labels import DESTINATIONS, FLAGS, STATIONS, word
from carekit.ui.widgets.tables import read_only


def _table(columns: int) -> QTableWidget:
    table = read_only(QTableWidget(0, columns), "cells")
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)  # a few dozen cells at most
    header.setStretchLastSection(True)
    return table


def _fill(table: QTableWidget, rows: list[list]) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(str(value)))


class OverviewPage(QWidget):

    def __init__(self, context: AppContext, parent=None):
        super().__init__(parent)
        self.context = context
        self.overview = None
        self.total = QLabel()
        self.total.setStyleSheet("font-size: 18px;")
        self.refresh_button = QPushButton()
        self.refresh_button.clicked.connect(self.refresh)
        self.team_button = QPushButton()  # coordinators only: operators, idle lock, BMI standard
        self.team_button.clicked.connect(self.open_team)
        self.team_button.setVisible(context.workspace.has(Role.COORDINATOR))
        self.hours_box, self.flags_box = QGroupBox(), QGroupBox()
        self.referrals_box, self.people_box = QGroupBox(), QGroupBox()
        self.hours, self.flags, self.referrals, self.people = _table(3), _table(2), _table(2), _table(3)
        for box, table in ((self.hours_box, self.hours), (self.flags_box, self.flags),
                           (self.referrals_box, self.referrals), (self.people_box, self.people)):
            QVBoxLayout(box).addWidget(table)
        self.aggregate_note = QLabel()
        top = QHBoxLayout()
        top.addWidget(self.total, 1)
        top.addWidget(self.team_button)
        top.addWidget(self.refresh_button)
        grid = QGridLayout()
        grid.addWidget(self.hours_box, 0, 0, 2, 1)
        grid.addWidget(self.flags_box, 0, 1)
        grid.addWidget(self.referrals_box, 1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(grid, 2)
        layout.addWidget(self.aggregate_note)
        layout.addWidget(self.people_box, 1)
        context.changed.connect(self.refresh)
        self.retranslate()
        self.refresh()

    def page_title(self) -> str:
        return self.tr("Station overview")

    def retranslate(self) -> None:
        self.refresh_button.setText(self.tr("Refresh"))
        self.team_button.setText(self.tr("Operators and settings…"))
        self.hours_box.setTitle(self.tr("People screened per station per hour"))
        self.flags_box.setTitle(self.tr("Flags by kind"))
        self.referrals_box.setTitle(self.tr("Open referrals"))
        self.people_box.setTitle(self.tr("Flagged people"))
        self.hours.setHorizontalHeaderLabels([self.tr("Station"), self.tr("Hour"), self.tr("People")])
        self.flags.setHorizontalHeaderLabels([self.tr("Flag"), self.tr("Count")])
        self.referrals.setHorizontalHeaderLabels([self.tr("Destination"), self.tr("Still open")])
        self.people.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Station"), self.tr("Flags")])
        self.aggregate_note.setText(self.tr("Counts only: individual results need the medic role."))
        self.show_overview()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def open_team(self) -> None:
        from carekit.ui.operators_dialog import OperatorsDialog
        OperatorsDialog(self.context, self).exec()

    def refresh(self, _area: str = "") -> None:
        try:
            self.overview = station_overview(self.context.workspace)
        except CareKitError:
            self.overview = None
        self.show_overview()

    def show_overview(self) -> None:
        o = self.overview
        if o is None:
            return
        self.total.setText(self.tr("Fewer than 5 people screened") if o.people_hidden
                           else self.tr("%n person(s) screened", "", o.people_screened))
        _fill(self.hours, [[word(STATIONS, s), hour, n] for (s, hour), n in o.per_station_hour.items()])
        _fill(self.flags, [[word(FLAGS, code), n] for code, n in o.flags_by_kind.items()])
        _fill(self.referrals, [[word(DESTINATIONS, d), n] for d, n in o.open_referrals.items()])
        _fill(self.people, [[p.name, word(STATIONS, p.station), ", ".join(word(FLAGS, c) for c in p.flags)]
                            for p in o.flagged])
        self.people_box.setVisible(not o.aggregate_only)
        self.aggregate_note.setVisible(o.aggregate_only)
