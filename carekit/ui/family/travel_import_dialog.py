"""The travel agent's spreadsheet: pick the file, see what it would store and every bad line, then
import the good rows in one go (off the UI thread, with progress and cancel)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (QDialog, QFileDialog, QHBoxLayout, QLabel, QLineEdit, QListWidget, QProgressBar,
                               QPushButton, QVBoxLayout)

from carekit.services import travel_import
from carekit.services.errors import CareKitError
from carekit.ui.context import AppContext
from carekit.ui.workers import run_task


class TravelImportDialog(QDialog):
    def __init__(self, context: AppContext, parent=None):
        super().__init__(parent)
        self.setObjectName("travelImportDialog")
        self.context = context
        self.path = ""
        self.task = None
        self.report: travel_import.TravelImport | None = None
        self.imported = False
        self.path_edit = QLineEdit()
        self.path_edit.setReadOnly(True)
        self.choose_button = QPushButton()
        self.choose_button.clicked.connect(self.choose_file)
        self.summary = QLabel()
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.bad_lines = QListWidget()
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.import_button = QPushButton()
        self.import_button.setDefault(True)
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.start_import)
        self.cancel_button = QPushButton()
        self.cancel_button.clicked.connect(self.cancel_or_close)
        self.bad_label = QLabel()
        self.bad_label.setBuddy(self.bad_lines)
        picker = QHBoxLayout()
        picker.addWidget(self.path_edit, 1)
        picker.addWidget(self.choose_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.progress, 1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addLayout(picker)
        layout.addWidget(self.summary)
        layout.addWidget(self.bad_label)
        layout.addWidget(self.bad_lines, 1)
        layout.addLayout(buttons)
        self.resize(760, 480)
        self.retranslate()
        self.choose_button.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import the travel agent's file"))
        self.choose_button.setText(self.tr("&Choose a file…"))
        self.path_edit.setPlaceholderText(self.tr("CSV or Excel file from the travel agent"))
        self.bad_label.setText(self.tr("&Lines left out:"))
        self.import_button.setText(self.tr("&Import the good rows"))
        self.cancel_button.setText(self.tr("Cancel") if self.task else self.tr("Close"))
        self._describe()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the travel agent's file"), "",
                                              self.tr("Spreadsheets (*.xlsx *.csv *.txt)"))
        if path:
            self.load(path)

    def load(self, path: str | Path) -> None:
        """Preview ``path``: nothing is written until Import is pressed."""
        self.path = str(path)
        self.path_edit.setText(self.path)
        self.report, self.imported = None, False
        self.import_button.setEnabled(False)
        ws = self.context.workspace
        self._run(lambda progress: travel_import.preview_travel(ws, self.path, progress), self._previewed)

    def start_import(self) -> None:
        ws, path = self.context.workspace, self.path
        self.import_button.setEnabled(False)
        self._run(lambda progress: travel_import.import_travel(ws, path, progress), self._imported)

    def _run(self, job, done) -> None:
        self.progress.setVisible(True)
        self.progress.setRange(0, 0)
        self.choose_button.setEnabled(False)
        self.task = run_task(job, on_done=done, on_error=self._failed, on_progress=self._progressed)
        self.cancel_button.setText(self.tr("Cancel"))

    def _progressed(self, done: int, total: int, _text: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _finished(self) -> None:
        self.task = None
        self.progress.setVisible(False)
        self.choose_button.setEnabled(True)
        self.cancel_button.setText(self.tr("Close"))

    def _previewed(self, report: travel_import.TravelImport) -> None:
        self._finished()
        self.report = report
        self.import_button.setEnabled(report.legs > 0 or report.passengers > 0)
        self._describe()
        (self.import_button if self.import_button.isEnabled() else self.bad_lines).setFocus()

    def _imported(self, report: travel_import.TravelImport) -> None:
        self._finished()
        self.report, self.imported = report, True
        self._describe()
        self.context.changed.emit("travel")
        self.cancel_button.setFocus()

    def _failed(self, error: BaseException) -> None:
        self._finished()
        self.summary.setText(error.message if isinstance(error, CareKitError) else str(error))

    def _describe(self) -> None:
        report = self.report
        self.bad_lines.clear()
        if report is None:
            self.summary.setText(self.tr("Choose the file; it is checked and shown before anything is stored."))
            return
        legs = self.tr("%n leg(s)", "", report.legs)
        passengers = self.tr("%n passenger seat(s)", "", report.passengers)
        left_out = self.tr("%n line(s) left out", "", len(report.errors))
        if self.imported:
            self.summary.setText(self.tr("Imported {legs} with {passengers}; {left_out}.").format(
                legs=legs, passengers=passengers, left_out=left_out))
        else:
            self.summary.setText(self.tr("The file would add {legs} with {passengers}; {left_out}.").format(
                legs=legs, passengers=passengers, left_out=left_out))
        for _line, message in report.errors:
            self.bad_lines.addItem(message)

    def cancel_or_close(self) -> None:
        if self.task is not None:
            self.task.cancel()
            return
        self.accept() if self.imported else self.reject()

    def reject(self) -> None:
        if self.task is not None:
            self.task.cancel()
            return
        super().reject()
