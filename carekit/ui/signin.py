"""Sign-in (operator name + PIN) at start, and the unlock dialog after the idle lock.

The dialogs only collect the name and PIN; the checks (argon2, throttle) are in the service, so a
locked-out operator is told how long to wait whichever front end they use.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPushButton,
                               QVBoxLayout)

from carekit.services import operators
from carekit.services.errors import CareKitError
from carekit.services.workspace import Workspace
from carekit.store.db import Database


def _pin_field() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMaxLength(12)
    field.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly | Qt.InputMethodHint.ImhSensitiveData)
    return field


class SignInDialog(QDialog):
    def __init__(self, db: Database, parent=None):
        super().__init__(parent)
        self.db = db
        self.workspace: Workspace | None = None
        self.name = QComboBox()
        self.name.setEditable(True)
        self.name.addItems(operators.operator_names(db))
        self.name.setCurrentText(operators.last_operator_name(db))
        self.pin = _pin_field()
        self.pin.returnPressed.connect(self.try_sign_in)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        self.form = QFormLayout()
        self.name_label, self.pin_label = QLabel(), QLabel()
        self.form.addRow(self.name_label, self.name)
        self.form.addRow(self.pin_label, self.pin)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.try_sign_in)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.retranslate()
        (self.pin if self.name.currentText() else self.name).setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Sign in"))
        self.name_label.setText(self.tr("Operator"))
        self.pin_label.setText(self.tr("PIN"))

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def try_sign_in(self) -> None:
        try:
            self.workspace = operators.sign_in(self.db, self.name.currentText(), self.pin.text() or None)
        except CareKitError as error:
            self.message.setText(error.message)
            self.pin.clear()
            self.pin.setFocus()
            return
        self.accept()


def sign_in_dialog(db: Database, parent=None) -> Workspace | None:
    """None when cancelled. A file whose operators are unknown yet (no event) opens unsigned."""
    if not operators.operator_names(db):
        return operators.sign_in(db, "")
    dialog = SignInDialog(db, parent)
    return dialog.workspace if dialog.exec() else None


class UnlockDialog(QDialog):
    """Cannot be dismissed: the PIN unlocks, "another operator" signs someone else in."""

    def __init__(self, workspace: Workspace, parent=None):
        super().__init__(parent)
        self.current = workspace
        self.workspace: Workspace | None = None
        self.who = QLabel()
        self.who.setStyleSheet("font-size: 18px;")
        self.pin = _pin_field()
        self.pin.returnPressed.connect(self.try_unlock)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        self.switch = QPushButton()
        self.switch.setAutoDefault(False)
        self.switch.clicked.connect(self.switch_operator)
        layout = QVBoxLayout(self)
        layout.addWidget(self.who)
        layout.addWidget(self.pin)
        layout.addWidget(self.message)
        layout.addWidget(self.switch)
        self.retranslate()
        self.pin.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Locked"))
        self.who.setText(self.tr("Locked after idle time. {name}, enter your PIN.").format(
            name=self.current.operator_name))
        self.pin.setPlaceholderText(self.tr("PIN"))
        self.switch.setText(self.tr("Another operator…"))

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def reject(self) -> None:  # Esc does not unlock
        self.pin.setFocus()

    def try_unlock(self) -> None:
        try:
            self.workspace = operators.unlock(self.current, self.pin.text() or None)
        except CareKitError as error:
            self.message.setText(error.message)
            self.pin.clear()
            return
        self.accept()

    def switch_operator(self) -> None:
        dialog = SignInDialog(self.current.db, self)
        if dialog.exec() and dialog.workspace is not None:
            self.workspace = dialog.workspace
            self.accept()


def unlock_dialog(workspace: Workspace, parent=None) -> Workspace:
    dialog = UnlockDialog(workspace, parent)
    dialog.exec()
    return dialog.workspace or workspace
