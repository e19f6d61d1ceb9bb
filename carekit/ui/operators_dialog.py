"""The coordinator's team dialog: add operators with roles and a PIN, set the idle lock and the
BMI standard. Opened from the station overview; the services refuse anyone but a coordinator."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QFormLayout, QGroupBox, QHBoxLayout, QLabel,
                               QLineEdit, QListWidget, QPushButton, QSpinBox, QVBoxLayout)

from carekit.domain.enums import Role
from carekit.services import operators, screening
from carekit.services.errors import CareKitError
from carekit.ui.context import AppContext


class OperatorsDialog(QDialog):
    def __init__(self, context: AppContext, parent=None):
        super().__init__(parent)
        self.context = context
        self.team = QListWidget()
        self.name = QLineEdit()
        self.role_boxes = {role: QCheckBox() for role in Role}
        self.pin, self.pin_again = QLineEdit(), QLineEdit()
        for field in (self.pin, self.pin_again):
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.setMaxLength(12)
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.add)
        self.idle = QSpinBox()
        self.idle.setRange(1, 240)
        self.bmi = QComboBox()
        self.bmi.addItem("WHO (25 / 30)", "who")
        self.bmi.addItem("China NHC 2024 (24 / 28)", "china")
        self.save_settings_button = QPushButton()
        self.save_settings_button.clicked.connect(self.save_settings)
        self.message = QLabel()
        self.message.setWordWrap(True)

        self.add_box, self.settings_box = QGroupBox(), QGroupBox()
        add_form = QFormLayout(self.add_box)
        self.name_label, self.roles_label, self.pin_label, self.again_label = QLabel(), QLabel(), QLabel(), QLabel()
        roles_row = QHBoxLayout()
        for box in self.role_boxes.values():
            roles_row.addWidget(box)
        add_form.addRow(self.name_label, self.name)
        add_form.addRow(self.roles_label, roles_row)
        add_form.addRow(self.pin_label, self.pin)
        add_form.addRow(self.again_label, self.pin_again)
        add_form.addRow(self.add_button)
        settings_form = QFormLayout(self.settings_box)
        self.idle_label, self.bmi_label = QLabel(), QLabel()
        settings_form.addRow(self.idle_label, self.idle)
        settings_form.addRow(self.bmi_label, self.bmi)
        settings_form.addRow(self.save_settings_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.team)
        layout.addWidget(self.add_box)
        layout.addWidget(self.settings_box)
        layout.addWidget(self.message)
        self.retranslate()
        self.load()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Operators and settings"))
        self.add_box.setTitle(self.tr("Add an operator"))
        self.settings_box.setTitle(self.tr("Screening settings"))
        self.name_label.setText(self.tr("Name"))
        self.roles_label.setText(self.tr("Roles"))
        self.pin_label.setText(self.tr("PIN (4–12 digits)"))
        self.again_label.setText(self.tr("PIN again"))
        self.add_button.setText(self.tr("Add operator"))
        self.idle_label.setText(self.tr("Lock after idle minutes"))
        self.bmi_label.setText(self.tr("BMI standard"))
        self.save_settings_button.setText(self.tr("Save settings"))
        names = {Role.DESK: self.tr("desk"), Role.MEDIC: self.tr("medic"), Role.TRAINER: self.tr("trainer"),
                 Role.COORDINATOR: self.tr("coordinator")}
        for role, box in self.role_boxes.items():
            box.setText(names[role])

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def load(self) -> None:
        ws = self.context.workspace
        try:
            team = operators.list_operators(ws)
            current = screening.screening_settings(ws)
        except CareKitError as error:
            self.message.setText(error.message)
            return
        self.team.clear()
        for name, roles, has_pin in team:
            self.team.addItem(f"{name} — {', '.join(sorted(r.value for r in roles))}" + ("" if has_pin else " ⚠ PIN"))
        self.idle.setValue(current.idle_minutes)
        self.bmi.setCurrentIndex(max(0, self.bmi.findData(current.bmi_standard)))

    def add(self) -> None:
        if self.pin.text() != self.pin_again.text():
            self.message.setText(self.tr("The two PINs differ."))
            return
        roles = [role for role, box in self.role_boxes.items() if box.isChecked()]
        try:
            operators.add_operator(self.context.workspace, self.name.text(), roles, self.pin.text())
        except CareKitError as error:
            self.message.setText(error.message)
            return
        self.message.setText(self.tr("Added {name}.").format(name=self.name.text().strip()))
        for field in (self.name, self.pin, self.pin_again):
            field.clear()
        for box in self.role_boxes.values():
            box.setChecked(False)
        self.load()

    def save_settings(self) -> None:
        try:
            screening.change_settings(self.context.workspace, idle_minutes=self.idle.value(),
                                      bmi_standard=self.bmi.currentData())
        except CareKitError as error:
            self.message.setText(error.message)
            return
        self.message.setText(self.tr("Settings saved."))
        self.context.changed.emit("settings")
