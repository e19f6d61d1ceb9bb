"""The morning after the upgrade: an operator with no PIN (or a 4-digit one) chooses a new one at sign-in."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog

from carekit.services import operators
from carekit.ui.signin import SignInDialog
from tests.ui.conftest import answered


def test_an_operator_without_a_pin_chooses_one_typed_twice_and_is_signed_in(qtbot, event_workspace, monkeypatch):
    typed = iter([("135790", True), ("135790", True)])
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *args, **kwargs: next(typed)))
    dialog = SignInDialog(event_workspace.db)
    qtbot.addWidget(dialog)
    dialog.name.setCurrentText("Lin")
    qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
    answered(qtbot, dialog)
    assert dialog.workspace is not None and dialog.workspace.operator_name == "Lin"
    assert operators.sign_in(event_workspace.db, "Lin", "135790").operator_name == "Lin"


def test_two_different_new_pins_sign_nobody_in(qtbot, event_workspace, monkeypatch):
    typed = iter([("135790", True), ("135791", True)])
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *args, **kwargs: next(typed)))
    dialog = SignInDialog(event_workspace.db)
    qtbot.addWidget(dialog)
    dialog.name.setCurrentText("Lin")
    qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
    answered(qtbot, dialog)
    assert dialog.workspace is None and dialog.message.text()
