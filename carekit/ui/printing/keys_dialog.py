"""Signing keys: generate this organisation's, export its public half, trust another's."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFileDialog, QInputDialog, QLabel, QListWidget,
                               QMessageBox, QPushButton, QVBoxLayout)

from carekit.services import certificates
from carekit.services.errors import CareKitError


class KeysDialog(QDialog):
    def __init__(self, context, parent=None):
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Signing keys"))
        self.list = QListWidget()
        self.generate_button = QPushButton(self.tr("Generate this organisation's key…"))
        self.generate_button.clicked.connect(self.generate)
        self.export_button = QPushButton(self.tr("Export public key…"))
        self.export_button.clicked.connect(self.export)
        self.import_button = QPushButton(self.tr("Trust another organisation's key…"))
        from carekit.domain.enums import Role
        from carekit.ui.roles import allow
        allow(self.generate_button, context.workspace, Role.COORDINATOR)
        allow(self.import_button, context.workspace, Role.COORDINATOR)
        self.import_button.clicked.connect(self.import_key)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Certificates are signed with the organisation's key; employers verify "
                                        "them with the exported public key.")))
        layout.addWidget(self.list)
        for button in (self.generate_button, self.export_button, self.import_button):
            layout.addWidget(button)
        layout.addWidget(buttons)
        self.refresh()

    def refresh(self) -> None:
        self.list.clear()
        for key in certificates.list_keys(self.context.workspace):
            kind = self.tr("signing") if key.kind == "root" else self.tr("trusted")
            self.list.addItem(f"{key.fingerprint}   {kind}   {key.name}")

    def _guard(self, action) -> None:
        try:
            action()
        except CareKitError as error:
            QMessageBox.warning(self, self.tr("Signing keys"), error.message)
        self.refresh()

    def generate(self, name: str | None = None) -> None:
        if not name:
            name, ok = QInputDialog.getText(self, self.tr("Signing keys"), self.tr("Organisation name"))
            if not ok or not name.strip():
                return
        self._guard(lambda: certificates.generate_key(self.context.workspace, name))

    def export(self, path: str | None = None) -> None:
        if not path:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export public key"), "public-key.json", "JSON (*.json)")
            if not path:
                return
        self._guard(lambda: Path(path).write_text(certificates.export_public_key(self.context.workspace),
                                                  encoding="utf-8"))

    def import_key(self, path: str | None = None) -> None:
        if not path:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Trust a public key"), "", "JSON (*.json)")
            if not path:
                return
        self._guard(lambda: certificates.import_public_key(self.context.workspace,
                                                           Path(path).read_text(encoding="utf-8")))
