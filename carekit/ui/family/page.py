"""The Family visits page: travellers by family with their status, the vehicle plan, the board."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel, QPushButton,
                               QTableWidget, QTableWidgetItem, QTabWidget, QVBoxLayout, QWidget)

from carekit.domain.enums import Role
from carekit.domain.family import STATUS_FLOW
from carekit.services import family, family_board
from carekit.services.errors import CareKitError
from carekit.services.family_words import need_label, relationship_label, status_label
from carekit.ui.context import AppContext
from carekit.ui.family.board import ArrivalsBoard
from carekit.ui.family.papers import PapersBar
from carekit.ui.family.vehicles import VehiclePlan


class FamilyPage(QWidget):

    def __init__(self, context: AppContext, parent=None):
        super().__init__(parent)
        self.context = context
        self.views: list[family.TravellerView] = []
        self.board_window: ArrivalsBoard | None = None
        self.summary = QLabel()
        self.board_button = QPushButton()
        self.board_button.clicked.connect(self.open_board)
        self.table = QTableWidget(0, 6)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.status = QComboBox()
        for status in STATUS_FLOW:
            self.status.addItem("", status)
        self.status_button = QPushButton()
        self.status_button.clicked.connect(self.set_status)
        self.message = QLabel()
        travellers = QWidget()
        actions = QHBoxLayout()
        actions.addWidget(self.status, 1)
        actions.addWidget(self.status_button)
        inner = QVBoxLayout(travellers)
        inner.addWidget(self.table, 1)
        inner.addLayout(actions)
        self.vehicles = VehiclePlan(context)
        self.vehicles.saved.connect(self.refresh)
        self.papers = PapersBar(context, self.selected_worker)
        self.papers.message.connect(self.message.setText)
        self.tabs = QTabWidget()
        self.tabs.addTab(travellers, "")
        self.tabs.addTab(self.vehicles, "")
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.board_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.papers)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        context.changed.connect(self.on_changed)
        self.retranslate()

    def page_title(self) -> str:
        return self.tr("Family visits")

    def retranslate(self) -> None:
        self.board_button.setText(self.tr("Arrivals board (full screen)"))
        self.tabs.setTabText(0, self.tr("Travellers"))
        self.tabs.setTabText(1, self.tr("Vehicles"))
        for i in range(self.status.count()):
            self.status.setItemText(i, self.status_word(self.status.itemData(i)))
        self.status_button.setText(self.tr("Set status"))
        self.table.setHorizontalHeaderLabels([self.tr("Family of"), self.tr("Name"), self.tr("Relationship"),
                                              self.tr("Needs"), self.tr("Status"), self.tr("Identity document")])
        self.refresh()

    def status_word(self, status: str) -> str:
        return status_label(status)

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def on_changed(self, area: str = "") -> None:
        if area != "family":  # our own writes refresh directly
            self.refresh()
            self.vehicles.refresh()

    def refresh(self) -> None:
        ws = self.context.workspace
        try:
            self.views = family.list_travellers(ws)
            counts = family_board.family_counts(ws)
        except CareKitError as error:
            self.views = []
            self.message.setText(error.message)
            self.summary.setText("")
            self.table.setRowCount(0)
            return
        self.summary.setText(self.tr("{expected} expected · {arrived} arrived · {missing} missing").format(
            expected=counts.expected, arrived=counts.arrived, missing=counts.missing))
        self.table.setRowCount(len(self.views))
        for row, view in enumerate(self.views):
            values = (view.worker_name, f"{view.name}  {view.romanised}",
                      relationship_label(view.relationship),
                      ", ".join(need_label(n) for n in view.needs), self.status_word(view.status),
                      " ".join(p for p in (view.id_doc_type, view.id_doc_number) if p))
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, view.person_id)
                self.table.setItem(row, column, item)
        self.status_button.setEnabled(ws.has(Role.COORDINATOR) or ws.has(Role.DESK))

    def selected_worker(self) -> str:
        row = self.table.currentRow()
        return self.views[row].worker_id if 0 <= row < len(self.views) else ""

    def set_status(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.views):
            self.message.setText(self.tr("Select a traveller first."))
            return
        try:
            family.set_status(self.context.workspace, self.views[row].person_id, self.status.currentData())
        except CareKitError as error:
            self.message.setText(error.message)
            return
        self.message.setText("")
        self.refresh()
        self.context.changed.emit("family")

    def open_board(self) -> None:
        if self.board_window is None:
            self.board_window = ArrivalsBoard(self.context)
        self.board_window.showFullScreen()
        self.board_window.raise_()
        self.board_window.refresh()
