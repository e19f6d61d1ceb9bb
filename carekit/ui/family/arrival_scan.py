"""The welcome desk scans a traveller's badge at the pick-up point or the hotel: arrived.

The verdict shows at once even while a merge writes to the event file; the scan is then recorded
on a worker once the merge ends (ui/waiting_scans.py), never on the UI thread.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from carekit.domain.enums import CheckInPoint
from carekit.services import checkin, family_board
from carekit.services.errors import CareKitError
from carekit.ui.context import AppContext
from carekit.ui.formats import event_time
from carekit.ui.waiting_scans import WaitingNote, recorded, record_waiting_at_start

GREEN, AMBER, RED = "#1b7f3b", "#b26a00", "#b3261e"


class ArrivalScan(QWidget):
    scanned = Signal()  # a traveller's arrival was recorded, or waits to be

    def __init__(self, context: AppContext, parent=None):
        super().__init__(parent)
        self.context = context
        self.point = QComboBox()
        for point in family_board.ARRIVAL_POINTS:
            self.point.addItem("", point)
        self.field = QLineEdit()
        self.field.returnPressed.connect(self.scan)
        self.answer = QLabel()
        self.answer.setWordWrap(True)
        self.note = WaitingNote(context)  # while the arrival's recording waits for a merge
        self.note.setStyleSheet("color: #5f6368; font-size: 14px; font-style: italic;")
        row = QHBoxLayout()
        row.addWidget(self.point)
        row.addWidget(self.field, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.answer)
        layout.addWidget(self.note)
        self.retranslate()

    def retranslate(self) -> None:
        names = {CheckInPoint.PICKUP.value: self.tr("At the pick-up point"),
                 CheckInPoint.HOTEL.value: self.tr("At the hotel")}
        for i in range(self.point.count()):
            self.point.setItemText(i, names[self.point.itemData(i)])
        self.field.setPlaceholderText(self.tr("Scan a traveller's badge on arrival"))

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        record_waiting_at_start(self.context)  # scans kept when the app stopped during a merge

    def scan(self) -> None:
        token = self.field.text().strip()
        if not token:
            return
        try:
            result = family_board.scan_arrival(self.context.workspace, token, self.point.currentData())
        except CareKitError as error:
            self._show(error.message, RED)
            self.field.selectAll()
            return
        time = event_time(self.context.workspace, result.at, with_date=False)
        if result.outcome == checkin.ALREADY:
            text = self.tr("{name}: already met at {time}, {desk} (this scan was recorded too)").format(
                name=result.name, time=event_time(self.context.workspace, result.first_at, with_date=False),
                desk=result.first_desk)
            self._show(text, AMBER)
        else:
            self._show(self.tr("{name}: arrived at {time}").format(name=result.name, time=time), GREEN)
        self.field.clear()
        self.note.show_for(result)
        recorded(self.context, result.waiting, "family")
        self.scanned.emit()

    def _show(self, text: str, colour: str) -> None:
        self.note.clear()  # a new answer: the note, if any, follows it
        self.answer.setText(text)
        self.answer.setStyleSheet(f"background: {colour}; color: white; font-size: 20px; padding: 8px;")
