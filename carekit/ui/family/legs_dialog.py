"""A traveller's trains and flights: listed with each place's local time and zone, added, corrected
or cancelled (after a confirmation). The services check every leg; their message is shown here."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout,
                               QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton, QTableWidget,
                               QTableWidgetItem, QVBoxLayout)

from carekit.domain.family import Direction, Mode
from carekit.services import family, travel
from carekit.services.errors import CareKitError
from carekit.services.family_words import DIRECTION_LABELS, MODE_LABELS, word
from carekit.ui.context import AppContext
from carekit.ui.formats import datetime_text, typed_text
from carekit.ui.widgets.confirm import confirm
from carekit.ui.widgets.tables import read_only


def _typed(local: str, zone: str) -> str:
    return f"{typed_text(local)} {zone}".strip()


def _shown(local: str, zone: str) -> str:
    return f"{datetime_text(local)} {zone}".strip()


class LegDialog(QDialog):
    """One leg: ``leg`` None adds one for ``traveller`` (and, if ticked, their whole family)."""

    def __init__(self, context: AppContext, traveller: family.TravellerView, leg: travel.LegView | None = None,
                 parent=None):
        super().__init__(parent)
        self.setObjectName("legDialog")
        self.context, self.traveller, self.leg = context, traveller, leg
        self.direction, self.mode = QComboBox(), QComboBox()
        for value in Direction:
            self.direction.addItem(word(DIRECTION_LABELS, value.value), value.value)
        for value in (Mode.TRAIN, Mode.FLIGHT, Mode.COACH, Mode.CAR):  # most relatives come by train
            self.mode.addItem(word(MODE_LABELS, value.value), value.value)
        self.number, self.from_place, self.to_place = QLineEdit(), QLineEdit(), QLineEdit()
        self.departs, self.arrives, self.booking = QLineEdit(), QLineEdit(), QLineEdit()
        self.from_zone, self.to_zone = QLabel(), QLabel()
        self.from_place.textChanged.connect(self._zones)
        self.to_place.textChanged.connect(self._zones)
        self.whole_family = QCheckBox()
        self.whole_family.setChecked(True)
        self.whole_family.setVisible(leg is None)
        self.message = QLabel()
        self.message.setObjectName("dialogMessage")
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.labels = [QLabel() for _ in range(8)]
        form = QFormLayout()
        for label, field in zip(self.labels, (self.direction, self.mode, self.number, self.from_place, self.departs,
                                              self.to_place, self.arrives, self.booking)):
            label.setBuddy(field)
            form.addRow(label, field)
            if field is self.departs:
                form.addRow("", self.from_zone)
            elif field is self.arrives:
                form.addRow("", self.to_zone)
        form.addRow("", self.whole_family)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        if leg is not None:
            self.direction.setCurrentIndex(max(0, self.direction.findData(leg.direction)))
            self.mode.setCurrentIndex(max(0, self.mode.findData(leg.mode)))
            self.mode.setEnabled(False)  # a different way to travel is a different leg
            self.direction.setEnabled(False)
            self.number.setText(leg.number)
            self.from_place.setText(leg.from_place)
            self.to_place.setText(leg.to_place)
            self.departs.setText(_typed(leg.departs, leg.departs_zone))
            self.arrives.setText(_typed(leg.arrives, leg.arrives_zone))
            self.booking.setText(leg.booking_ref)
        self.retranslate()
        (self.number if leg is not None else self.direction).setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Add a leg for {name}").format(name=self.traveller.name) if self.leg is None
                            else self.tr("Correct the leg {number}").format(number=self.leg.number))
        texts = (self.tr("&Direction:"), self.tr("&Travels by:"), self.tr("Train or flight &number:"),
                 self.tr("&From (station or airport):"), self.tr("D&eparts (local time):"),
                 self.tr("T&o (station or airport):"), self.tr("&Arrives (local time):"),
                 self.tr("&Booking reference:"))
        for label, text in zip(self.labels, texts):
            label.setText(text)
        self.departs.setPlaceholderText(self.tr("2026-12-04 08:00 (the zone of the place unless written)"))
        self.arrives.setPlaceholderText(self.tr("2026-12-04 16:30"))
        self.whole_family.setText(self.tr("The whole &family travels on this leg"))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self._zones()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _zones(self) -> None:
        for place, label in ((self.from_place, self.from_zone), (self.to_place, self.to_zone)):
            zone = travel.place_zone(place.text())
            label.setText(self.tr("local time at {place}: {zone}").format(place=place.text().strip(), zone=zone)
                          if zone else "")

    def _travellers(self) -> tuple[str, ...]:
        if not self.whole_family.isChecked():
            return (self.traveller.person_id,)
        ws = self.context.workspace
        members = [v.person_id for v in family.list_travellers(ws, self.traveller.worker_id)]
        return tuple(dict.fromkeys([self.traveller.person_id, *members]))

    def save(self) -> None:
        ws = self.context.workspace
        try:
            if self.leg is None:
                travel.add_leg(ws, travel.LegInput(
                    self._travellers(), self.mode.currentData(), self.number.text(), self.from_place.text(),
                    self.to_place.text(), self.departs.text().strip(), self.arrives.text().strip(),
                    self.direction.currentData(), self.booking.text()))
            else:
                travel.edit_leg(ws, self.leg.id, number=self.number.text(), from_place=self.from_place.text(),
                                to_place=self.to_place.text(), departs=self.departs.text().strip(),
                                arrives=self.arrives.text().strip(), booking_ref=self.booking.text())
        except CareKitError as error:
            self.message.setText(error.message)
            return
        self.accept()


class LegsDialog(QDialog):
    """The legs of one traveller; Enter on a row corrects it, Delete cancels it (after asking)."""

    def __init__(self, context: AppContext, traveller: family.TravellerView, parent=None):
        super().__init__(parent)
        self.setObjectName("legsDialog")
        self.context, self.traveller = context, traveller
        self.legs: list[travel.LegView] = []
        self.table = read_only(QTableWidget(0, 5))
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(self.edit_selected)
        self.add_button, self.edit_button, self.delete_button = QPushButton(), QPushButton(), QPushButton()
        self.close_button = QPushButton()
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.close_button.clicked.connect(self.accept)
        self.message = QLabel()
        self.message.setObjectName("dialogMessage")
        self.message.setWordWrap(True)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.resize(820, 360)
        self.retranslate()
        self.table.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Travel legs of {name}").format(name=self.traveller.name))
        self.table.setHorizontalHeaderLabels([self.tr("Direction"), self.tr("Train or flight"), self.tr("Departs"),
                                              self.tr("Arrives"), self.tr("Booking")])
        self.add_button.setText(self.tr("&Add a leg…"))
        self.edit_button.setText(self.tr("&Correct…"))
        self.delete_button.setText(self.tr("Ca&ncel this leg…"))
        self.close_button.setText(self.tr("Close"))
        self.refresh()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def keyPressEvent(self, event) -> None:
        if self.table.hasFocus() and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.edit_selected()
            return
        if self.table.hasFocus() and event.key() == Qt.Key.Key_Delete:
            self.delete_selected()
            return
        super().keyPressEvent(event)

    def refresh(self) -> None:
        self.legs = travel.legs_of(self.context.workspace, self.traveller.person_id)
        self.table.setRowCount(len(self.legs))
        for row, leg in enumerate(self.legs):
            values = (word(DIRECTION_LABELS, leg.direction), f"{word(MODE_LABELS, leg.mode)} {leg.number}",
                      f"{leg.from_place}  {_shown(leg.departs, leg.departs_zone)}",
                      f"{leg.to_place}  {_shown(leg.arrives, leg.arrives_zone)}", leg.booking_ref)
            for column, text in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(text))
        if self.legs and self.table.currentRow() < 0:
            self.table.selectRow(0)
        for button in (self.edit_button, self.delete_button):
            button.setEnabled(bool(self.legs))

    def selected(self) -> travel.LegView | None:
        row = self.table.currentRow()
        return self.legs[row] if 0 <= row < len(self.legs) else None

    def add(self) -> None:
        if LegDialog(self.context, self.traveller, parent=self).exec():
            self.message.setText("")
            self.refresh()

    def edit_selected(self, *_args) -> None:
        leg = self.selected()
        if leg is None:
            self.message.setText(self.tr("Select a leg first."))
            return
        if LegDialog(self.context, self.traveller, leg, parent=self).exec():
            self.refresh()

    def delete_selected(self) -> None:
        leg = self.selected()
        if leg is None:
            self.message.setText(self.tr("Select a leg first."))
            return
        others = len(leg.travellers) - 1
        text = self.tr("Cancel {number} from {place} for %n traveller(s)? Their pick-up may need planning "
                       "again.", "", others + 1).format(number=leg.number or word(MODE_LABELS, leg.mode),
                                                       place=leg.from_place)
        if not confirm(self, self.tr("Cancel a leg"), text, self.tr("Cancel the leg"), self.tr("Keep it")):
            return
        try:
            travel.delete_leg(self.context.workspace, leg.id)
        except CareKitError as error:
            self.message.setText(error.message)
            return
        self.message.setText(self.tr("{number} was cancelled.").format(number=leg.number or leg.mode))
        self.refresh()
