"""The Sync page: what this laptop has from whom, what was exchanged, what waits for a coordinator,
and in one sentence what to do next."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (QGroupBox, QHBoxLayout, QLabel, QPushButton, QTableWidgetItem, QVBoxLayout, QWidget)

from carekit.services import sync_status, waiting
from carekit.ui.context import AppContext
from carekit.ui.sync import actions
from carekit.ui.sync.conflicts_view import ConflictsView, DuplicatesView, _table
from carekit.ui.formats import event_time, event_time_ms
from carekit.ui.waiting_scans import record_waiting


class SyncPage(QWidget):

    def __init__(self, context: AppContext, parent=None):
        super().__init__(parent)
        self.context = context
        self.last_report = None
        self.next_step = QLabel()
        self.next_step.setObjectName("nextStep")
        self.next_step.setWordWrap(True)
        self.next_step.setStyleSheet("font-size: 16px; padding: 8px; background: #eef5ff; border-radius: 6px;")
        self.export_button = QPushButton()
        self.export_button.setObjectName("exportBundle")
        self.import_button = QPushButton()
        self.import_button.setObjectName("importBundles")
        self.export_button.clicked.connect(lambda: actions.export_bundle(self, self.context))
        self.import_button.clicked.connect(lambda: actions.import_bundles(self, self.context))
        self.known = QLabel()
        self.known.setObjectName("knownLaptops")
        self.known.setWordWrap(True)
        # Scans that waited for a merge and could not be recorded (services/waiting.py): kept, said here.
        self.waiting_scans = QLabel()
        self.waiting_scans.setObjectName("waitingScans")
        self.waiting_scans.setWordWrap(True)
        self.retry_button = QPushButton()
        self.retry_button.setObjectName("retryWaitingScans")
        self.retry_button.clicked.connect(lambda: record_waiting(self.context, retry=True))
        self.waiting_box = QGroupBox()
        waiting_layout = QVBoxLayout(self.waiting_box)
        waiting_layout.addWidget(self.waiting_scans)
        waiting_layout.addWidget(self.retry_button)
        self.waiting_box.hide()
        self.conflicts = ConflictsView(context)
        self.duplicates = DuplicatesView(context)
        self.log = _table(3)
        self.known_box, self.conflicts_box = QGroupBox(), QGroupBox()
        self.duplicates_box, self.log_box = QGroupBox(), QGroupBox()
        for box, widget in ((self.known_box, self.known), (self.conflicts_box, self.conflicts),
                            (self.duplicates_box, self.duplicates), (self.log_box, self.log)):
            QVBoxLayout(box).addWidget(widget)
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.import_button)
        buttons.addStretch()
        left = QVBoxLayout()
        left.addWidget(self.next_step)
        left.addLayout(buttons)
        left.addWidget(self.waiting_box)
        left.addWidget(self.known_box)
        left.addWidget(self.log_box, 1)
        right = QVBoxLayout()
        right.addWidget(self.conflicts_box, 1)
        right.addWidget(self.duplicates_box, 1)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 1)
        layout.addLayout(right, 1)
        self._stale = True
        self.conflicts.settled.connect(self.request_refresh)
        self.duplicates.settled.connect(self.request_refresh)
        # A bound method, not a lambda: Qt drops the connection when the page is deleted (after
        # another operator signs in), where a lambda would call into a deleted page.
        context.changed.connect(self.on_data_changed)
        self.retranslate()

    def page_title(self) -> str:
        return self.tr("Sync")

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.export_button.setText(self.tr("Export a bundle…"))
        self.import_button.setText(self.tr("Import bundles…"))
        self.known_box.setTitle(self.tr("What this laptop has"))
        self.conflicts_box.setTitle(self.tr("Conflicts waiting"))
        self.duplicates_box.setTitle(self.tr("Possible duplicates waiting"))
        self.log_box.setTitle(self.tr("Recent exports and imports"))
        self.waiting_box.setTitle(self.tr("Scans kept aside"))
        self.retry_button.setText(self.tr("Try recording them again"))
        self.log.setHorizontalHeaderLabels([self.tr("When"), self.tr("What"), self.tr("Result")])
        self.conflicts.retranslate()
        self.duplicates.retranslate()
        self.request_refresh()

    def request_refresh(self) -> None:
        """Finding duplicates among 100 000 people takes a moment: only while the page is seen."""
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def on_data_changed(self, _area: str = "") -> None:
        self.request_refresh()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        self._stale = False
        status = sync_status.status(self.context.workspace)
        lines = []
        for laptop in status.laptops:
            where = f" ({laptop.site})" if laptop.site else ""
            template = self.tr("This laptop, {name}{where}: its own work up to {when}") if laptop.is_me else \
                self.tr("From {name}{where}: everything up to {when}")
            lines.append("• " + template.format(name=laptop.name, where=where, when=event_time_ms(self.context.workspace, laptop.wall_ms)))
        self.known.setText("\n".join(lines) or self.tr("Nothing yet."))
        self.log.setRowCount(len(status.log))
        for row, line in enumerate(status.log):
            report = line.report
            if line.direction == "export":
                what = self.tr("exported {file}").format(file=report.get("file", ""))
                result = self.tr("{size} KB").format(size=max(1, report.get("bytes", 0) // 1024))
            else:
                what = self.tr("imported {file} from {desk}").format(file=report.get("file", ""),
                                                                     desk=report.get("device", "?"))
                result = self.tr("{new} new, {updated} updated, {conflicts} conflicts, {duplicates} duplicates").format(
                    new=report.get("new", 0), updated=report.get("updated", 0),
                    conflicts=report.get("conflicts", 0), duplicates=report.get("duplicates", 0))
            for column, text in enumerate([event_time(self.context.workspace, line.at), what, result]):
                self.log.setItem(row, column, QTableWidgetItem(text))
        conflicts_open = self.conflicts.refresh()
        duplicates_open = self.duplicates.refresh()
        self.conflicts_box.setTitle(self.tr("Conflicts waiting ({n})").format(n=conflicts_open))
        self.duplicates_box.setTitle(self.tr("Possible duplicates waiting ({n})").format(n=duplicates_open))
        self.next_step.setText(self._next_step(status, conflicts_open, duplicates_open))
        self.show_waiting_scans(waiting.status(self.context.workspace))

    def show_waiting_scans(self, state: waiting.WaitingStatus) -> None:
        """Scans answered during a merge whose recording failed, or that cannot be read: kept in the
        side file, and what to do about them. Nothing shows while every waiting scan records."""
        lines = []
        if state.damaged:
            lines.append(self.tr("The file {file} beside the event file, which keeps the scans answered during a "
                                 "merge, cannot be opened: it is damaged. Scans are recorded as usual while no "
                                 "merge runs; keep the file and ask for support.").format(file=state.file))
        if state.aside:
            lines.append(self.tr("Scans answered during a merge but not recorded: {n}. Recording them failed, "
                                 "so they are set aside and kept; every other scan goes on being recorded. "
                                 "Try again below; if they still fail, keep the file {file} beside the event "
                                 "file and ask for support.").format(n=state.aside, file=state.file))
        if state.unreadable:
            lines.append(self.tr("Waiting scans that cannot be read: {n}. They were written under another event "
                                 "key or are damaged, and are kept in {file} beside the event file: do not "
                                 "delete it; ask for support.").format(n=state.unreadable, file=state.file))
        self.waiting_scans.setText("\n\n".join(lines))
        self.retry_button.setVisible(bool(state.aside))
        self.waiting_box.setVisible(bool(lines))

    def _next_step(self, status: sync_status.SyncStatus, conflicts_open: int, duplicates_open: int) -> str:
        if len(status.laptops) <= 1 and not status.last_import:
            return self.tr("Next: export a bundle and import it on the other laptops, then bring their "
                           "bundles back here and import them.")
        if conflicts_open:
            return self.tr("Next: a coordinator picks the right value for each conflict on the right. "
                           "Until then the newest value is shown.")
        if duplicates_open:
            return self.tr("Next: a coordinator decides for each possible duplicate: the same person "
                           "(merge) or different people.")
        if status.unsent:
            return self.tr("Next: export a bundle so the other laptops get what this laptop has now.")
        return self.tr("All settled. Exchange bundles again after the next busy hour, or before "
                       "laptops leave the venue.")
