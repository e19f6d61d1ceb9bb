"""The referral queue per destination (doctor, counselling, eye clinic): mark seen, close."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QHeaderView, QLabel, QPushButton,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from carekit.services import referrals
from carekit.services.errors import CareKitError
from carekit.ui.context import AppContext
from carekit.ui.formats import event_time
from carekit.ui.screening.labels import DESTINATIONS, FLAGS, STATUSES, word
from carekit.ui.widgets.tables import read_only


class ReferralQueuePage(QWidget):

    def __init__(self, context: AppContext, parent=None):
        super().__init__(parent)
        self.context = context
        self.items: list[referrals.ReferralView] = []
        self.destination = QComboBox()
        for key in DESTINATIONS:
            self.destination.addItem("", key)
        self.destination.currentIndexChanged.connect(self.refresh)
        self.table = read_only(QTableWidget(0, 5))
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.seen_button, self.close_button = QPushButton(), QPushButton()
        self.seen_button.clicked.connect(lambda: self.move_selected("seen"))
        self.close_button.clicked.connect(lambda: self.move_selected("closed"))
        self.message = QLabel()
        top = QHBoxLayout()
        top.addWidget(self.destination, 1)
        top.addWidget(self.seen_button)
        top.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        context.changed.connect(self.refresh)
        self.retranslate()

    def page_title(self) -> str:
        return self.tr("Referrals")

    def retranslate(self) -> None:
        for i in range(self.destination.count()):
            self.destination.setItemText(i, word(DESTINATIONS, self.destination.itemData(i)))
        self.table.setHorizontalHeaderLabels([self.tr("Priority"), self.tr("Name"), self.tr("Flag"), self.tr("Status"),
                                              self.tr("Raised")])
        self.seen_button.setText(self.tr("Mark seen"))
        self.close_button.setText(self.tr("Close referral"))
        self.refresh()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def refresh(self, _area: str = "") -> None:
        try:
            self.items = referrals.referral_queue(self.context.workspace, self.destination.currentData() or "")
        except CareKitError as error:
            self.items = []
            self.message.setText(error.message)
        self.table.setRowCount(len(self.items))
        for row, item in enumerate(self.items):
            priority = self.tr("URGENT") if item.urgent else self.tr("routine")
            for column, text in enumerate((priority, item.name, word(FLAGS, item.flag), word(STATUSES, item.status),
                                           event_time(self.context.workspace, item.raised_at, with_date=False))):
                cell = QTableWidgetItem(text)
                if item.urgent:
                    cell.setBackground(QColor("#b3261e"))
                    cell.setForeground(QColor("white"))
                    font = cell.font()
                    font.setBold(True)
                    cell.setFont(font)
                self.table.setItem(row, column, cell)

    def move_selected(self, status: str) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.items):
            self.message.setText(self.tr("Select a referral first."))
            return
        if status == "closed" and not self.confirm_close(self.items[row]):
            return
        try:
            referrals.set_status(self.context.workspace, self.items[row].id, status)
        except CareKitError as error:
            self.message.setText(error.message)
            return
        self.message.setText("")
        self.context.changed.emit("referrals")

    def confirm_close(self, item: referrals.ReferralView) -> bool:
        """A closed referral cannot be reopened (a new flag opens a new one), so ask first."""
        from carekit.ui.widgets.confirm import confirm
        return confirm(self, self.tr("Close referral"), self.tr(
            "Close the referral of {name} ({flag})? A closed referral cannot be reopened; a new flag "
            "opens a new one.").format(name=item.name, flag=word(FLAGS, item.flag)),
            self.tr("Close referral"), self.tr("Keep it open"))
