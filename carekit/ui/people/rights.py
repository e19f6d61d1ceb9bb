"""A person's data rights at the coordinator's laptop: save everything held about them, or erase them.

Both act on the person selected on the desk. Erasing cannot be undone, so the dialog shows who
it is, says what will happen on every laptop, asks for the reason and defaults to Cancel.
"""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QLabel, QLineEdit,
                               QMessageBox, QVBoxLayout, QWidget)

from carekit.domain.phones import display_phone
from carekit.i18n import translate
from carekit.services import person_data
from carekit.services.errors import CareKitError
from carekit.services.search import Match


def selected_person(window) -> Match | None:
    desk = window.page("DeskPage")
    if desk is None:
        return None
    rows = desk.table.selectionModel().selectedRows()
    return desk.model.match_at(rows[0].row()) if rows else None


def _no_selection(window) -> None:
    QMessageBox.information(window, QCoreApplication.translate("PersonRights", "CareKit"), QCoreApplication.translate("PersonRights", "Select the person on the check-in desk first (search, then pick their row)."))


def export_selected(window, context) -> None:
    match = selected_person(window)
    if match is None:
        return _no_selection(window)
    suggested = str(Path.home() / f"person-{match.badge_serial or match.person_id}.json")
    path, _ = QFileDialog.getSaveFileName(window, QCoreApplication.translate("PersonRights", "Save everything held about this person"),
                                          suggested, QCoreApplication.translate("PersonRights", "JSON files (*.json)"))
    if not path:
        return
    try:
        data = person_data.export_person(context.workspace, match.person_id)
    except CareKitError as error:
        QMessageBox.warning(window, QCoreApplication.translate("PersonRights", "CareKit"), error.message)
        return
    if "health" in data:
        data["health"] = translate("Errors", data["health"])
    Path(path).write_text(json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True), encoding="utf-8")
    QMessageBox.information(window, QCoreApplication.translate("PersonRights", "CareKit"), QCoreApplication.translate("PersonRights", "Saved everything held about {name} to {file}. Hand it to them, then delete it from this laptop.")
        .format(name=match.name, file=path))


class EraseDialog(QDialog):
    def __init__(self, match: Match, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Erase a person"))
        layout = QVBoxLayout(self)
        warning = QLabel(self.tr(
            "<b>This cannot be undone.</b> The person's name, phone, staff id, employer, city, health "
            "records and notes are cleared on this laptop now and on every laptop that receives this "
            "laptop's next bundle. Their check-ins stay only as anonymous counts and their badge stops "
            "working."))
        warning.setWordWrap(True)
        warning.setStyleSheet("color: #b00020;")
        layout.addWidget(warning)
        form = QFormLayout()
        form.addRow(self.tr("Name"), QLabel(f"{match.name}  {match.romanised}"))
        form.addRow(self.tr("Phone"), QLabel(display_phone(match.phone) if match.phone else "-"))
        form.addRow(self.tr("Staff id"), QLabel(match.staff_id or "-"))
        form.addRow(self.tr("Badge"), QLabel(match.badge_serial or "-"))
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("for example: asked at the desk on 5 December"))
        self.reason.setMaxLength(person_data.MAX_REASON)
        form.addRow(self.tr("Reason"), self.reason)
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.erase_button = self.buttons.addButton(self.tr("Erase for good"), QDialogButtonBox.ButtonRole.DestructiveRole)
        self.erase_button.setEnabled(False)
        self.erase_button.setAutoDefault(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setDefault(True)
        self.erase_button.clicked.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.reason.textChanged.connect(lambda text: self.erase_button.setEnabled(bool(text.strip())))
        layout.addWidget(self.buttons)
        self.reason.setFocus()


def erase_selected(window, context) -> bool:
    match = selected_person(window)
    if match is None:
        _no_selection(window)
        return False
    dialog = EraseDialog(match, window)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    try:
        person_data.erase_person(context.workspace, match.person_id, dialog.reason.text())
    except CareKitError as error:
        QMessageBox.warning(window, QCoreApplication.translate("PersonRights", "CareKit"), error.message)
        return False
    context.changed.emit("people")
    QMessageBox.information(window, QCoreApplication.translate("PersonRights", "CareKit"), QCoreApplication.translate("PersonRights", "{name} was erased here. Export a bundle so the other laptops erase them too.").format(name=match.name))
    return True
