"""The family-visit papers from the page: driver manifests, rooming list, a family's itinerary and
its chat message, the day's summary. Printing runs off the UI thread."""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QApplication, QFileDialog, QHBoxLayout, QPushButton, QWidget

from carekit.services.errors import CareKitError
from carekit.ui.context import AppContext
from carekit.ui.workers import run_task


class PapersBar(QWidget):
    """``worker`` names the family chosen on the page (a callable, so it is read when clicked)."""

    message = Signal(str)

    def __init__(self, context: AppContext, worker: Callable[[], str], parent=None):
        super().__init__(parent)
        self.context = context
        self.worker = worker
        self.manifests_button, self.rooming_button = QPushButton(), QPushButton()
        self.itinerary_button, self.copy_button, self.summary_button = QPushButton(), QPushButton(), QPushButton()
        self.manifests_button.clicked.connect(lambda: self.ask("manifests.pdf", self.save_manifests))
        self.rooming_button.clicked.connect(lambda: self.ask("rooming.xlsx", self.save_rooming_list))
        self.itinerary_button.clicked.connect(lambda: self.ask("itinerary.pdf", self.save_itinerary))
        self.summary_button.clicked.connect(lambda: self.ask("family-day.pdf", self.save_summary))
        self.copy_button.clicked.connect(self.copy_message)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for button in (self.manifests_button, self.rooming_button, self.itinerary_button, self.copy_button,
                       self.summary_button):
            layout.addWidget(button)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.manifests_button.setText(self.tr("Driver manifests…"))
        self.rooming_button.setText(self.tr("Rooming list…"))
        self.itinerary_button.setText(self.tr("Itinerary…"))
        self.copy_button.setText(self.tr("Copy message"))
        self.summary_button.setText(self.tr("Day summary…"))

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def ask(self, suggested: str, save: Callable[[Path], None]) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save as"), suggested,
                                              self.tr("PDF or Excel (*.pdf *.xlsx)"))
        if path:
            save(Path(path))

    def _run(self, job: Callable[[], object], path: Path) -> None:
        def done(_result) -> None:
            self.message.emit(self.tr("Saved {file}").format(file=path.name))

        def failed(error: BaseException) -> None:
            self.message.emit(error.message if isinstance(error, CareKitError) else str(error))
        self.message.emit(self.tr("Printing…"))
        from carekit.printing import fonts
        fonts.available_fonts()  # parse the font files here, once, not in a worker beside the UI's GC
        run_task(lambda _progress: job(), on_done=done, on_error=failed)

    def save_manifests(self, path: Path) -> None:
        from carekit.services import family_print
        self._run(lambda: family_print.write_manifests(self.context.workspace, path), path)

    def save_rooming_list(self, path: Path) -> None:
        from carekit.services import family_print, stays
        ws = self.context.workspace
        self._run(lambda: family_print.write_rooming_list(ws, stays.rooming_list(ws), path), path)

    def save_summary(self, path: Path) -> None:
        from carekit.services import family_print, family_summary
        ws = self.context.workspace
        self._run(lambda: family_print.write_summary(ws, family_summary.day_summary(ws), path), path)

    def save_itinerary(self, path: Path) -> None:
        from carekit.services import family_print
        worker = self.worker()
        if not worker:
            self.message.emit(self.tr("Select a traveller of the family first."))
            return
        self._run(lambda: family_print.write_itinerary(self.context.workspace, worker, path), path)

    def copy_message(self) -> None:
        """The itinerary as plain text on the clipboard, to paste into the family's chat."""
        from carekit.services import family_print
        worker = self.worker()
        if not worker:
            self.message.emit(self.tr("Select a traveller of the family first."))
            return
        try:
            text = family_print.itinerary_message(self.context.workspace, worker)
        except CareKitError as error:
            self.message.emit(error.message)
            return
        QApplication.clipboard().setText(text)
        self.message.emit(self.tr("The itinerary is on the clipboard: paste it into the family's chat."))
