"""Badges in a batch: filters, layout, a progress bar and Cancel; rendering runs off the UI thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QLabel,
                               QMessageBox, QProgressBar, QVBoxLayout)

from carekit.i18n import QT_TRANSLATE_NOOP
from carekit.printing.layouts import DEFAULT_LAYOUT
from carekit.services import badges
from carekit.services.errors import CareKitError
from carekit.ui.workers import Cancelled, run_task


# The layouts' titles live in their JSON files; these are their translations' sources.
LAYOUT_TITLES = (
    QT_TRANSLATE_NOOP("BadgeLayouts", "4 × 3 in badge (badge printers)"),
    QT_TRANSLATE_NOOP("BadgeLayouts", "A4 label sheet, 2 × 4 (99.1 × 67.7 mm, e.g. L7165)"),
    QT_TRANSLATE_NOOP("BadgeLayouts", "A4 label sheet, 3 × 8 (63.5 × 33.9 mm, e.g. L7159)"),
    QT_TRANSLATE_NOOP("BadgeLayouts", "CR80 card, 85.6 × 54 mm (card printers)"),
)


def layout_title(title: str) -> str:
    """A layout added later without a translation shows its own title."""
    return QCoreApplication.translate("BadgeLayouts", title)


class BatchBadgeDialog(QDialog):
    def __init__(self, context, parent=None):
        super().__init__(parent)
        self.context = context
        self.task = None
        self.result_path: Path | None = None
        self.setWindowTitle(self.tr("Print badges"))
        self.site = QComboBox()
        self.site.addItem(self.tr("All sites"), "")
        for site_id, label in self._sites():
            self.site.addItem(label, site_id)
        self.category = QComboBox()
        self.category.addItem(self.tr("Everyone"), "")
        for value, label in (("worker", self.tr("Workers")), ("family", self.tr("Family members")),
                             ("guest", self.tr("Guests")), ("staff", self.tr("Staff"))):
            self.category.addItem(label, value)
        self.not_printed = QCheckBox(self.tr("Only badges not printed yet"))
        self.not_printed.setChecked(True)
        self.layout_box = QComboBox()
        for name, title in badges.layout_names().items():
            self.layout_box.addItem(layout_title(title), name)
        self.layout_box.setCurrentIndex(max(0, self.layout_box.findData(DEFAULT_LAYOUT)))
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.status = QLabel()
        form = QFormLayout()
        form.addRow(self.tr("Site"), self.site)
        form.addRow(self.tr("Category"), self.category)
        form.addRow("", self.not_printed)
        form.addRow(self.tr("Layout"), self.layout_box)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.start_button = self.buttons.addButton(self.tr("Save PDF…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.start_button.clicked.connect(self.start)
        self.buttons.rejected.connect(self.cancel)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

    def _sites(self) -> list[tuple[str, str]]:
        from carekit.services.events import sites
        return [(s.id, " ".join(p for p in (s.city, s.venue) if p)) for s in sites(self.context.workspace)]

    def chosen(self) -> badges.BadgeFilter:
        return badges.BadgeFilter(site_id=self.site.currentData() or "", category=self.category.currentData() or "",
                                  not_printed=self.not_printed.isChecked())

    def start(self, path: str | None = None) -> None:
        if not path:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save badges"), "badges.pdf", "PDF (*.pdf)")
            if not path:
                return
        self.result_path = Path(path)
        ws, chosen, layout = self.context.workspace, self.chosen(), self.layout_box.currentData()
        self.start_button.setEnabled(False)
        self.progress.setVisible(True)
        self.progress.setRange(0, 0)
        self.status.setText(self.tr("Preparing badges…"))

        def job(progress):  # False from progress (Cancel pressed) stops the render
            return badges.render_batch(ws, chosen, layout, progress=lambda done, total: progress(done, total, ""))

        self.task = run_task(job, on_done=self.render_done, on_error=self.render_failed, on_progress=self.advance)

    def advance(self, done: int, total: int, _text: str) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        self.status.setText(self.tr("{done} of {total} badges").format(done=done, total=total))

    def render_done(self, batch) -> None:
        self.task = None
        self.result_path.write_bytes(batch.pdf)
        badges.mark_printed(self.context.workspace, batch.registration_ids)
        self.context.changed.emit("badges")
        text = self.tr("{badges} on {pages} saved to {path}.").format(
            badges=self.tr("%n badge(s)", "", len(batch.registration_ids)),
            pages=self.tr("%n page(s)", "", batch.pages), path=str(self.result_path))
        if batch.warnings:
            text += "\n" + self.tr("Some characters have no font and print as �:") + "\n" + "\n".join(batch.warnings[:10])
        self.status.setText(text)
        self.start_button.setEnabled(True)
        if self.isVisible() and not getattr(self, "quiet", False):
            QMessageBox.information(self, self.tr("Print badges"), text)
            self.accept()

    def render_failed(self, error: BaseException) -> None:
        self.task = None
        self.start_button.setEnabled(True)
        self.progress.setVisible(False)
        if isinstance(error, (Cancelled, badges.Cancelled)):
            self.status.setText(self.tr("Cancelled: nothing was marked printed."))
            return
        message = error.message if isinstance(error, CareKitError) else str(error)
        self.status.setText(message)

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.status.setText(self.tr("Cancelling…"))
            return
        self.reject()
