"""The import dialog: file picker, the first rows, one combo box per field, progress and cancel,
then a report listing the rejected lines. Reading and importing both run off the UI thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QCoreApplication
from PySide6.QtWidgets import (QComboBox, QDialog, QFileDialog, QFormLayout, QGridLayout, QGroupBox,
                               QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPlainTextEdit, QProgressBar,
                               QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout)

from carekit.services import events, roster, roster_read
from carekit.services.errors import CareKitError
from carekit.ui.context import AppContext
from carekit.ui.workers import run_task
from carekit.ui.widgets.tables import read_only

PREVIEW_ROWS = 12


def field_label(field_name: str) -> str:
    labels = {
        "name": QCoreApplication.translate("Roster", "Name"),
        "phone": QCoreApplication.translate("Roster", "Phone"),
        "staff_id": QCoreApplication.translate("Roster", "Staff ID"),
        "employer": QCoreApplication.translate("Roster", "Employer"),
        "job": QCoreApplication.translate("Roster", "Job"),
        "city": QCoreApplication.translate("Roster", "City"),
        "language": QCoreApplication.translate("Roster", "Language"),
        "category": QCoreApplication.translate("Roster", "Category"),
    }
    return labels[field_name]


class ImportRosterDialog(QDialog):
    def __init__(self, context: AppContext, parent=None):
        super().__init__(parent)
        self.context = context
        self.table: roster_read.RosterTable | None = None
        self.task = None
        self.report: roster.ImportReport | None = None
        self.path_edit = QLineEdit()
        self.path_edit.setReadOnly(True)
        self.choose_button = QPushButton()
        self.choose_button.clicked.connect(self.choose_file)
        self.file_info = QLabel()
        self.file_info.setWordWrap(True)
        self.combos: dict[str, QComboBox] = {}
        self.combo_labels: dict[str, QLabel] = {}
        self.mapping_box = QGroupBox()
        grid = QGridLayout(self.mapping_box)
        for i, field_name in enumerate(roster_read.FIELDS):
            label, combo = QLabel(), QComboBox()
            combo.setMinimumContentsLength(10)
            self.combos[field_name], self.combo_labels[field_name] = combo, label
            grid.addWidget(label, i // 4, (i % 4) * 2)
            grid.addWidget(combo, i // 4, (i % 4) * 2 + 1)
        self.site = QComboBox()
        self.preview = read_only(QTableWidget(), "cells")
        self.preview.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.result_text = QPlainTextEdit()
        self.result_text.setReadOnly(True)
        self.result_text.setVisible(False)
        self.import_button = QPushButton()
        self.import_button.setDefault(True)
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.start_import)
        self.cancel_button = QPushButton()
        self.cancel_button.clicked.connect(self.cancel_or_close)
        self.site_label = QLabel()

        picker = QHBoxLayout()
        picker.addWidget(self.path_edit, 1)
        picker.addWidget(self.choose_button)
        site_row = QFormLayout()
        site_row.addRow(self.site_label, self.site)
        buttons = QHBoxLayout()
        buttons.addWidget(self.progress, 1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addLayout(picker)
        layout.addWidget(self.file_info)
        layout.addWidget(self.mapping_box)
        layout.addLayout(site_row)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.result_text, 1)
        layout.addLayout(buttons)
        self._fill_sites()
        self.retranslate()
        self.resize(900, 620)

    # -- text -------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import roster"))
        self.choose_button.setText(self.tr("Choose file…"))
        self.path_edit.setPlaceholderText(self.tr("A CSV (UTF-8 or GBK) or XLSX file exported by HR"))
        self.mapping_box.setTitle(self.tr("Which column holds what"))
        for field_name, label in self.combo_labels.items():
            label.setText(field_label(field_name))
            if self.combos[field_name].count():
                self.combos[field_name].setItemText(0, self.tr("(not in the file)"))
        self.site_label.setText(self.tr("Registered at site"))
        self.import_button.setText(self.tr("Import"))
        self.cancel_button.setText(self.tr("Cancel") if self.task is not None else self.tr("Close"))
        self._describe_file()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- choosing and reading the file --------------------------------------------------------
    def _fill_sites(self) -> None:
        ws = self.context.workspace
        try:
            here = events.this_device(ws).site_id
            found = events.sites(ws)
        except CareKitError:
            here, found = "", []
        self.site.addItem("", "")
        for site in found:
            self.site.addItem(" ".join(filter(None, (site.city, site.venue))), site.id)
            if site.id == here:
                self.site.setCurrentIndex(self.site.count() - 1)

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a roster"), "",
                                              self.tr("Rosters (*.csv *.txt *.tsv *.xlsx);;All files (*)"))
        if path:
            self.load(path)

    def load(self, path: str | Path) -> None:
        """Read in a worker: a 100 000-row file takes longer than the UI may freeze."""
        self.path_edit.setText(str(path))
        self.import_button.setEnabled(False)
        self.result_text.setVisible(False)
        self.status.setText(self.tr("Reading…"))
        self.table = None
        run_task(lambda _progress: roster_read.read_roster(path), on_done=self._loaded, on_error=self._failed)

    def _loaded(self, table: roster_read.RosterTable) -> None:
        self.table = table
        for field_name, combo in self.combos.items():
            combo.clear()
            combo.addItem(self.tr("(not in the file)"), None)
            for index, header in enumerate(table.headers):
                combo.addItem(header or self.tr("column {0}").format(index + 1), index)
            column = table.mapping.get(field_name)
            combo.setCurrentIndex(column + 1 if column is not None else 0)
        self._fill_preview(table)
        self._describe_file()
        self.status.setText("" if "name" in table.mapping else
                            self.tr("No column is recognised as the name: choose it above."))
        self.import_button.setEnabled(True)

    def _describe_file(self) -> None:
        table = self.table
        if table is None:
            self.file_info.setText("")
            return
        if table.kind == "xlsx":
            self.file_info.setText(self.tr("Excel workbook, first sheet: {0} rows").format(len(table.rows)))
        else:
            separator = {",": self.tr("comma"), ";": self.tr("semicolon"), "\t": self.tr("tab")}.get(
                table.delimiter, table.delimiter)
            encoding = "GBK/GB18030" if table.encoding == "gb18030" else "UTF-8" if table.encoding == "utf-8-sig" \
                else table.encoding.upper()
            self.file_info.setText(self.tr("{0} text, separated by {1}: {2} rows").format(
                encoding, separator, len(table.rows)))

    def _fill_preview(self, table: roster_read.RosterTable) -> None:
        rows = table.preview(PREVIEW_ROWS)
        self.preview.clear()
        self.preview.setColumnCount(len(table.headers))
        self.preview.setRowCount(len(rows))
        self.preview.setHorizontalHeaderLabels(table.headers)
        self.preview.setVerticalHeaderLabels([str(line) for line, _ in rows])
        for r, (_line, cells) in enumerate(rows):
            for c, value in enumerate(cells[:len(table.headers)]):
                self.preview.setItem(r, c, QTableWidgetItem(value))

    def mapping(self) -> dict[str, int | None]:
        return {field_name: combo.currentData() for field_name, combo in self.combos.items()}

    # -- importing --------------------------------------------------------------------------
    def start_import(self) -> None:
        if self.table is None:
            return
        ws, path, mapping, site_id = self.context.workspace, self.table.path, self.mapping(), self.site.currentData()
        self.import_button.setEnabled(False)
        self.choose_button.setEnabled(False)
        self.progress.setVisible(True)
        self.progress.setRange(0, 0)
        self.result_text.setVisible(False)
        self.task = run_task(
            lambda progress: roster.import_roster(ws, path, site_id=site_id or "", mapping=mapping,
                                                  progress=progress),
            on_done=self._imported, on_error=self._failed, on_progress=self._progressed)
        self.cancel_button.setText(self.tr("Cancel"))

    def _progressed(self, done: int, total: int, text: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.status.setText(text)

    def cancel_or_close(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.status.setText(self.tr("Cancelling…"))
        else:
            self.reject()

    def _finished(self) -> None:
        self.task = None
        self.progress.setVisible(False)
        self.choose_button.setEnabled(True)
        self.import_button.setEnabled(self.table is not None)
        self.cancel_button.setText(self.tr("Close"))

    def _imported(self, report: roster.ImportReport) -> None:
        self._finished()
        self.report = report
        self.import_button.setEnabled(False)  # importing again would only count everyone as unchanged
        self.status.setText(self.tr("Imported {0} people ({1} flagged as possible duplicates), "
                                    "{2} unchanged, {3} rejected.").format(
            report.imported, report.flagged, report.unchanged, len(report.rejected)))
        lines = [r.message for r in report.rejected]
        if report.warnings:
            lines += ["", self.tr("Imported, but worth checking:")] + [w.message for w in report.warnings]
        self.result_text.setPlainText("\n".join(lines) if lines else self.tr("No line was rejected."))
        self.result_text.setVisible(True)
        self.context.changed.emit("people")

    def _failed(self, error: BaseException) -> None:
        self._finished()
        message = error.message if isinstance(error, CareKitError) else str(error)
        self.status.setText(message)

    def reject(self) -> None:
        if self.task is not None:  # closing the window while importing cancels the import
            self.task.cancel()
            return
        super().reject()
