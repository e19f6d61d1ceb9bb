"""Joining an event and applying a newer setup file open the same file picker, in the person's
language, and the passphrase is typed next."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QPushButton

from carekit import i18n
from carekit.ui.join_dialogs import ApplySetupDialog, JoinEventDialog
from carekit.ui.language import apply_language

EXPECTED = {
    "zh_CN": ("设置文件", "CareKit 设置文件 (*.cksetup);;所有文件 (*)"),
    "es": ("Archivo de configuración",
           "Archivos de configuración de CareKit (*.cksetup);;Todos los archivos (*)"),
    "en": ("Setup file", "CareKit setup files (*.cksetup);;All files (*)"),
}


@pytest.fixture
def picker(monkeypatch, tmp_path):
    """The open-file dialog as a person answers it: what it asked, and the file they chose."""
    asked = []
    chosen = tmp_path / "rekey.cksetup"

    def answer(parent, title, folder, filters):
        asked.append((title, filters))
        return str(chosen), ""
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(answer))
    return asked, chosen


@pytest.mark.parametrize("language", sorted(EXPECTED))
@pytest.mark.parametrize("make", [lambda: JoinEventDialog(), lambda: ApplySetupDialog(None)],
                         ids=["join", "apply"])
def test_the_setup_file_picker_speaks_the_persons_language(qtbot, picker, language, make):
    asked, chosen = picker
    apply_language(language, remember=False)
    try:
        dialog = make()
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        browse = next(b for b in dialog.findChildren(QPushButton) if b.text() == "…")
        qtbot.mouseClick(browse, Qt.MouseButton.LeftButton)
        assert asked == [EXPECTED[language]]
        assert dialog.setup.text() == str(chosen)
        assert dialog.passphrase.hasFocus() or dialog.focusWidget() is dialog.passphrase
    finally:
        apply_language("en", remember=False)
        i18n.install(None)
