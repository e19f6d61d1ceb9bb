"""The coordinator's team dialog: add operators with roles and a PIN; set or change a PIN, change
roles, retire an operator; set the idle lock and the BMI standard. Opened from Event → Operators
and the station overview; the services refuse anyone but a coordinator (an operator may change
their own PIN). PINs set here stay on this laptop; a setup file made here carries them."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QFormLayout, QGroupBox, QHBoxLayout, QLabel,
                               QLineEdit, QListWidget, QListWidgetItem, QPushButton, QSpinBox, QVBoxLayout)

from carekit.domain.enums import Role
from carekit.services import operators, screening
from carekit.services.errors import CareKitError
from carekit.security.pins import MAX_DIGITS, MIN_DIGITS
from carekit.ui.context import AppContext
from carekit.ui.labels import role_label
from carekit.ui.widgets.confirm import confirm


def _pin_edit() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMaxLength(MAX_DIGITS)
    return field


class OperatorsDialog(QDialog):
    def __init__(self, context: AppContext, parent=None):
        super().__init__(parent)
        self.context = context
        self.team = QListWidget()
        self.team.currentItemChanged.connect(self.show_selected)
        self.name = QLineEdit()
        self.role_boxes = {role: QCheckBox() for role in Role}
        self.pin, self.pin_again = QLineEdit(), QLineEdit()
        for field in (self.pin, self.pin_again):
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.setMaxLength(12)
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.add)
        # The selected operator: new PIN, roles, retire.
        self.selected_box = QGroupBox()
        self.edit_role_boxes = {role: QCheckBox() for role in Role}
        self.new_pin, self.new_pin_again = _pin_edit(), _pin_edit()
        self.set_pin_button, self.set_roles_button, self.retire_button = QPushButton(), QPushButton(), QPushButton()
        self.set_pin_button.clicked.connect(self.set_pin)
        self.set_roles_button.clicked.connect(self.set_roles)
        self.retire_button.clicked.connect(self.retire)
        selected_form = QFormLayout(self.selected_box)
        self.edit_roles_label, self.new_pin_label, self.new_again_label = QLabel(), QLabel(), QLabel()
        edit_roles_row = QHBoxLayout()
        for box in self.edit_role_boxes.values():
            edit_roles_row.addWidget(box)
        edit_roles_row.addWidget(self.set_roles_button)
        selected_form.addRow(self.edit_roles_label, edit_roles_row)
        selected_form.addRow(self.new_pin_label, self.new_pin)
        pin_row = QHBoxLayout()
        pin_row.addWidget(self.new_pin_again, 1)
        pin_row.addWidget(self.set_pin_button)
        selected_form.addRow(self.new_again_label, pin_row)
        selected_form.addRow(self.retire_button)
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
        layout.addWidget(self.selected_box)
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
        self.pin_label.setText(self.tr("PIN ({low}–{high} digits)").format(low=MIN_DIGITS, high=MAX_DIGITS))
        self.selected_box.setTitle(self.tr("Selected operator"))
        self.edit_roles_label.setText(self.tr("Roles"))
        self.new_pin_label.setText(self.tr("New PIN ({low}–{high} digits)").format(low=MIN_DIGITS, high=MAX_DIGITS))
        self.new_again_label.setText(self.tr("New PIN again"))
        self.set_pin_button.setText(self.tr("Set PIN"))
        self.set_roles_button.setText(self.tr("Change roles"))
        self.retire_button.setText(self.tr("Retire operator…"))
        self.again_label.setText(self.tr("PIN again"))
        self.add_button.setText(self.tr("Add operator"))
        self.idle_label.setText(self.tr("Lock after idle minutes"))
        self.bmi_label.setText(self.tr("BMI standard"))
        self.save_settings_button.setText(self.tr("Save settings"))
        for boxes in (self.role_boxes, self.edit_role_boxes):
            for role, box in boxes.items():
                box.setText(role_label(role))
        if hasattr(self, "team_rows"):
            self.fill_team()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def load(self) -> None:
        ws = self.context.workspace
        try:
            self.team_rows = operators.list_operators(ws)
            current = screening.screening_settings(ws)
        except CareKitError as error:
            self.team_rows = []
            self.message.setText(error.message)
            return
        self.fill_team()
        self.idle.setValue(current.idle_minutes)
        self.bmi.setCurrentIndex(max(0, self.bmi.findData(current.bmi_standard)))

    def fill_team(self) -> None:
        selected = self.selected_name()
        self.team.clear()
        for name, roles, has_pin in self.team_rows:
            text = f"{name} — {', '.join(role_label(r) for r in sorted(roles))}"
            if not has_pin:
                text += "  ⚠ " + self.tr("no PIN on this laptop: set one")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, name)
            self.team.addItem(item)
            if name == selected:
                self.team.setCurrentItem(item)
        self.show_selected()

    def selected_name(self) -> str:
        item = self.team.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else ""

    def show_selected(self, *_args) -> None:
        name = self.selected_name()
        self.selected_box.setEnabled(bool(name))
        roles = next((r for n, r, _p in getattr(self, "team_rows", []) if n == name), frozenset())
        for role, box in self.edit_role_boxes.items():
            box.setChecked(role in roles)

    def _done(self, text: str) -> None:
        self.message.setText(text)
        self.load()
        self.context.changed.emit("operators")

    def set_pin(self) -> None:
        name = self.selected_name()
        if self.new_pin.text() != self.new_pin_again.text():
            self.message.setText(self.tr("The two PINs differ."))
            return
        try:
            operators.set_pin(self.context.workspace, name, self.new_pin.text())
        except CareKitError as error:
            self.message.setText(error.message)
            return
        self.new_pin.clear()
        self.new_pin_again.clear()
        self._done(self.tr("New PIN set for {name}.").format(name=name))

    def set_roles(self) -> None:
        name = self.selected_name()
        roles = [role for role, box in self.edit_role_boxes.items() if box.isChecked()]
        try:
            operators.set_roles(self.context.workspace, name, roles)
        except CareKitError as error:
            self.message.setText(error.message)
            return
        self._done(self.tr("Roles of {name} changed.").format(name=name))

    def retire(self) -> None:
        name = self.selected_name()
        if not name or not confirm(self, self.tr("Retire operator"), self.tr(
                "Retire {name}? They can no longer sign in on any laptop once this travels; what they "
                "did stays in the journal under their name.").format(name=name),
                self.tr("Retire operator"), self.tr("Keep them")):
            return
        try:
            operators.retire_operator(self.context.workspace, name)
        except CareKitError as error:
            self.message.setText(error.message)
            return
        self._done(self.tr("{name} retired.").format(name=name))

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
