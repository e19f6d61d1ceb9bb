"""The Family visits page: travellers by family with their status, the vehicle plan, the board."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QHeaderView, QLabel, QPushButton,
                               QTableWidget, QTableWidgetItem, QTabWidget, QVBoxLayout, QWidget)

from carekit.domain.enums import Role
from carekit.domain.family import STATUS_FLOW
from carekit.services import family, family_board
from carekit.services.errors import CareKitError
from carekit.services.family_words import need_label, relationship_label, status_label
from carekit.ui.context import AppContext
from carekit.ui.family.arrival_scan import ArrivalScan
from carekit.ui.family.board import ArrivalsBoard
from carekit.ui.family.papers import PapersBar
from carekit.ui.family.vehicles import VehiclePlan
from carekit.ui.widgets.tables import read_only


class FamilyPage(QWidget):

    def __init__(self, context: AppContext, parent=None):
        super().__init__(parent)
        self.context = context
        self.views: list[family.TravellerView] = []
        self.board_window: ArrivalsBoard | None = None
        self.summary = QLabel()
        self.board_button = QPushButton()
        self.board_button.clicked.connect(self.open_board)
        self.table = read_only(QTableWidget(0, 6))
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.status = QComboBox()
        for status in STATUS_FLOW:
            self.status.addItem("", status)
        self.status_button = QPushButton()
        self.status_button.clicked.connect(self.set_status)
        self.message = QLabel()
        self.add_button, self.edit_button = QPushButton(), QPushButton()
        self.legs_button, self.room_button, self.import_button = QPushButton(), QPushButton(), QPushButton()
        self.add_button.clicked.connect(self.add_traveller)
        self.edit_button.clicked.connect(self.edit_traveller)
        self.legs_button.clicked.connect(self.edit_legs)
        self.room_button.clicked.connect(self.edit_room)
        self.import_button.clicked.connect(self.import_travel)
        self.table.doubleClicked.connect(self.edit_traveller)
        self.table.installEventFilter(self)
        editors = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.legs_button, self.room_button):
            editors.addWidget(button)
        editors.addStretch(1)
        editors.addWidget(self.import_button)
        travellers = QWidget()
        actions = QHBoxLayout()
        actions.addWidget(self.status, 1)
        actions.addWidget(self.status_button)
        inner = QVBoxLayout(travellers)
        inner.addLayout(editors)
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
        self.arrivals = ArrivalScan(context)
        self.arrivals.scanned.connect(self.refresh)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.arrivals)
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
        self.add_button.setText(self.tr("&Add a traveller…"))
        self.edit_button.setText(self.tr("&Edit…"))
        self.legs_button.setText(self.tr("Travel &legs…"))
        self.room_button.setText(self.tr("&Room…"))
        self.import_button.setText(self.tr("&Import the travel agent's file…"))
        self.table.setToolTip(self.tr("Enter or double-click edits the traveller"))
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
                      self.papers_text(view))
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, view.person_id)
                self.table.setItem(row, column, item)
        self.status_button.setEnabled(ws.has(Role.COORDINATOR) or ws.has(Role.DESK))
        self.arrivals.setEnabled(any(ws.has(role) for role in family.ARRIVALS))
        editor = ws.has(Role.COORDINATOR)
        for button in (self.add_button, self.edit_button, self.legs_button, self.room_button, self.import_button):
            button.setEnabled(editor)
            button.setToolTip("" if editor else self.tr("Only coordinators change the family-visit plan."))

    def papers_text(self, view: family.TravellerView) -> str:
        if view.private == family.PRIVATE_LOCKED:
            return " ".join(p for p in (view.id_doc_type, self.tr("locked — unlock with the health passphrase")) if p)
        return " ".join(p for p in (view.id_doc_type, view.id_doc_number) if p)

    def eventFilter(self, watched, event) -> bool:
        if watched is self.table and event.type() == QEvent.Type.KeyPress \
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.edit_traveller()
            return True
        return super().eventFilter(watched, event)

    def selected_view(self) -> family.TravellerView | None:
        row = self.table.currentRow()
        if 0 <= row < len(self.views):
            return self.views[row]
        self.message.setText(self.tr("Select a traveller first."))
        return None

    def _edited(self, person_id: str = "") -> None:
        self.message.setText("")
        self.refresh()
        self.vehicles.refresh()
        self.context.changed.emit("family")
        for row, view in enumerate(self.views):
            if view.person_id == person_id:
                self.table.selectRow(row)
        self.table.setFocus()

    def add_traveller(self) -> None:
        from carekit.ui.family.traveller_dialog import TravellerDialog
        current = self.table.currentRow()
        worker = self.views[current].worker_id if 0 <= current < len(self.views) else ""
        dialog = TravellerDialog(self.context, worker=self.worker_key(worker), parent=self)
        if dialog.exec():
            self._edited(dialog.saved_id)

    def worker_key(self, worker_id: str) -> str:
        """The worker as a coordinator types them: their staff id, else the person id."""
        view = next((v for v in self.views if v.worker_id == worker_id), None)
        return (view.worker_staff_id or worker_id) if view is not None else ""

    def edit_traveller(self, *_args) -> None:
        from carekit.ui.family.traveller_dialog import TravellerDialog
        view = self.selected_view()
        if view is None:
            return
        if not self.context.workspace.has(Role.COORDINATOR):
            return
        dialog = TravellerDialog(self.context, family.traveller(self.context.workspace, view.person_id), parent=self)
        if dialog.exec():
            self._edited(view.person_id)

    def edit_legs(self) -> None:
        from carekit.ui.family.legs_dialog import LegsDialog
        view = self.selected_view()
        if view is not None:
            LegsDialog(self.context, view, parent=self).exec()
            self._edited(view.person_id)

    def edit_room(self) -> None:
        from carekit.ui.family.stay_dialog import StayDialog
        view = self.selected_view()
        if view is not None and StayDialog(self.context, view, parent=self).exec():
            self._edited(view.person_id)

    def import_travel(self) -> None:
        from carekit.ui.family.travel_import_dialog import TravelImportDialog
        TravelImportDialog(self.context, parent=self).exec()
        self._edited()

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
