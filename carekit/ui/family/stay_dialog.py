"""A traveller's room: hotel, room, type and nights, with a warning while the room is full, and
giving the room back after a confirmation."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPushButton,
                               QSpinBox, QVBoxLayout)

from carekit.domain.family import ROOM_CAPACITY
from carekit.services import family, stays
from carekit.services.errors import CareKitError
from carekit.services.family_words import ROOM_TYPE_LABELS, word
from carekit.ui.context import AppContext
from carekit.ui.widgets.confirm import confirm


class StayDialog(QDialog):
    def __init__(self, context: AppContext, traveller: family.TravellerView, parent=None):
        super().__init__(parent)
        self.setObjectName("stayDialog")
        self.context, self.traveller = context, traveller
        self.stay = stays.stay_of(context.workspace, traveller.person_id)
        self.hotel, self.room, self.first_night = QLineEdit(), QLineEdit(), QLineEdit()
        self.room_type = QComboBox()
        for value in ROOM_CAPACITY:
            self.room_type.addItem(word(ROOM_TYPE_LABELS, value), value)
        self.nights = QSpinBox()
        self.nights.setRange(1, 60)
        self.warning = QLabel()
        self.warning.setObjectName("roomWarning")
        self.warning.setWordWrap(True)
        self.message = QLabel()
        self.message.setObjectName("dialogMessage")
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.leave_button = QPushButton()
        self.leave_button.setVisible(self.stay is not None)
        self.buttons.addButton(self.leave_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.leave_button.clicked.connect(self.leave)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.labels = [QLabel() for _ in range(5)]
        form = QFormLayout()
        for label, field in zip(self.labels, (self.hotel, self.room, self.room_type, self.first_night, self.nights)):
            label.setBuddy(field)
            form.addRow(label, field)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.warning)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        if self.stay is not None:
            self.hotel.setText(self.stay.hotel)
            self.room.setText(self.stay.room)
            self.room_type.setCurrentIndex(max(0, self.room_type.findData(self.stay.room_type)))
            self.first_night.setText(self.stay.first_night)
            self.nights.setValue(self.stay.nights)
        for signal in (self.hotel.textChanged, self.room.textChanged, self.room_type.currentIndexChanged):
            signal.connect(self.check_room)
        self.retranslate()
        self.hotel.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Room for {name}").format(name=self.traveller.name))
        for label, text in zip(self.labels, (self.tr("&Hotel:"), self.tr("&Room:"), self.tr("Room &type:"),
                                             self.tr("&First night:"), self.tr("&Nights:"))):
            label.setText(text)
        self.first_night.setPlaceholderText(self.tr("2026-12-04"))
        self.leave_button.setText(self.tr("&Give the room back…"))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.check_room()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def check_room(self, *_args) -> None:
        """Say how full the room is while it is typed; a full room is refused by the service."""
        hotel, room = self.hotel.text().strip(), self.room.text().strip()
        if not hotel or not room:
            self.warning.setText("")
            return
        others = stays.room_use(self.context.workspace, hotel, room, leaving=self.traveller.person_id)
        capacity = ROOM_CAPACITY.get(self.room_type.currentData(), 0)
        if others + 1 > capacity:
            self.warning.setText(self.tr("Room {room} already holds {count} of {capacity}: it is full.").format(
                room=room, count=others, capacity=capacity))
        elif others:
            self.warning.setText(self.tr("Shares room {room} with %n other(s).", "", others).format(room=room))
        else:
            self.warning.setText("")

    def save(self) -> None:
        try:
            stays.place_in_room(self.context.workspace, stays.StayInput(
                self.traveller.person_id, self.hotel.text(), self.room.text(), self.room_type.currentData(),
                self.first_night.text().strip(), self.nights.value()))
        except CareKitError as error:
            self.message.setText(error.message)
            return
        self.accept()

    def leave(self) -> None:
        text = self.tr("{name} gives back room {room} at {hotel} and has no room until given another.").format(
            name=self.traveller.name, room=self.stay.room, hotel=self.stay.hotel)
        if not confirm(self, self.tr("Give the room back"), text, self.tr("Give it back"), self.tr("Keep the room")):
            return
        try:
            stays.leave_room(self.context.workspace, self.traveller.person_id)
        except CareKitError as error:
            self.message.setText(error.message)
            return
        self.accept()
