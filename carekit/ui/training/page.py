"""The Training page: sessions by day and site on the left, the chosen session on the right, and
the renewals list (whose certificate runs out within 90 days) under its own tab."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QLabel, QListWidget, QListWidgetItem,
                               QSplitter, QTableWidget, QTableWidgetItem, QTabWidget, QVBoxLayout, QWidget)

from carekit.services import training
from carekit.services.errors import CareKitError
from carekit.services.session_certificates import expiring
from carekit.ui.formats import date_text, event_time
from carekit.ui.training.session_view import SessionView
from carekit.ui.waiting_scans import record_waiting_at_start
from carekit.ui.widgets.tables import read_only

RENEWAL_DAYS = 90


class TrainingPage(QWidget):
    def __init__(self, context, parent=None):
        super().__init__(parent)
        self.context = context
        self.day = QComboBox()
        self.site = QComboBox()
        self.day.currentIndexChanged.connect(self.fill_sessions)
        self.site.currentIndexChanged.connect(self.fill_sessions)
        self.sessions = QListWidget()
        self.sessions.currentItemChanged.connect(self._picked)
        self.view = SessionView(context)
        left = QWidget()
        filters = QHBoxLayout()
        self.day_label, self.site_label = QLabel(), QLabel()
        for label, combo in ((self.day_label, self.day), (self.site_label, self.site)):
            filters.addWidget(label)
            filters.addWidget(combo, 1)
        left_layout = QVBoxLayout(left)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.sessions, 1)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(self.view)
        split.setStretchFactor(1, 3)
        self.renewals = read_only(QTableWidget(0, 5), "cells")
        self.renewals_note = QLabel()
        renewals = QWidget()
        renewals_layout = QVBoxLayout(renewals)
        renewals_layout.addWidget(self.renewals_note)
        renewals_layout.addWidget(self.renewals, 1)
        self.tabs = QTabWidget()
        self.tabs.addTab(split, "")
        self.tabs.addTab(renewals, "")
        QVBoxLayout(self).addWidget(self.tabs)
        context.changed.connect(lambda _what: self.reload())
        self.retranslate()

    def page_title(self) -> str:
        return self.tr("Training")

    def retranslate(self) -> None:
        self.tabs.setTabText(0, self.tr("Sessions"))
        self.tabs.setTabText(1, self.tr("Renewals"))
        self.day_label.setText(self.tr("Day"))
        self.site_label.setText(self.tr("Site"))
        self.renewals.setHorizontalHeaderLabels([self.tr("Expires"), self.tr("Days left"), self.tr("Name"),
                                                 self.tr("Phone"), self.tr("Course · serial")])
        self.renewals_note.setText(self.tr("Certificates running out within {days} days and not yet renewed: "
                                           "whom to invite to a renewal course.").format(days=RENEWAL_DAYS))
        self.reload()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        record_waiting_at_start(self.context)  # scans kept when the app stopped during a merge

    def reload(self) -> None:
        ws = self.context.workspace
        try:
            self.all_sessions = training.list_sessions(ws)
        except CareKitError:
            self.all_sessions = []
        for combo, values, shown in ((self.day, sorted({s.starts[:10] for s in self.all_sessions}), date_text),
                              (self.site, sorted({s.site for s in self.all_sessions}), str)):
            chosen = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("all"), "")
            for value in values:
                combo.addItem(shown(value), value)
            index = combo.findData(chosen)
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)
        self.fill_sessions()
        self.fill_renewals()

    def fill_sessions(self) -> None:
        day, site = self.day.currentData() or "", self.site.currentData() or ""
        current = self.view.session_id
        self.sessions.blockSignals(True)
        self.sessions.clear()
        for s in self.all_sessions:
            if (day and s.starts[:10] != day) or (site and s.site != site):
                continue
            ws = self.context.workspace
            item = QListWidgetItem(f"{event_time(ws, s.starts)}–{event_time(ws, s.ends, with_date=False)}  {s.course}  {s.site} "
                                   f"{s.room}\n{s.trainer} · {s.enrolled}/{s.capacity}"
                                   + (f" +{s.waiting}" if s.waiting else ""))
            item.setData(Qt.ItemDataRole.UserRole, s.id)
            self.sessions.addItem(item)
            if s.id == current:
                self.sessions.setCurrentItem(item)
        self.sessions.blockSignals(False)

    def _picked(self, item, _previous=None) -> None:
        if item is not None:
            self.view.show_session(item.data(Qt.ItemDataRole.UserRole))

    def fill_renewals(self) -> None:
        try:
            due = expiring(self.context.workspace, RENEWAL_DAYS)
        except CareKitError:
            due = []
        self.renewals.setRowCount(len(due))
        for row, r in enumerate(due):
            for column, text in enumerate((date_text(r.expires), str(r.days_left), r.name, r.phone,
                                           f"{r.course_code} · {r.serial}")):
                self.renewals.setItem(row, column, QTableWidgetItem(text))
        self.renewals.resizeColumnsToContents()
