"""Conflicts and possible duplicates waiting for a coordinator, with the buttons that settle them."""

from __future__ import annotations

import json

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QHBoxLayout, QHeaderView, QMessageBox, QPushButton, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from carekit.domain.enums import Role
from carekit.services import conflicts, duplicates, merges
from carekit.services.errors import CareKitError
from carekit.ui.context import AppContext
from carekit.ui.formats import event_time_ms
from carekit.ui.sync.merge_dialog import MergeDialog
from carekit.ui.widgets.tables import read_only


def _table(columns: int) -> QTableWidget:
    table = read_only(QTableWidget(0, columns))
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class ConflictsView(QWidget):
    """One line per kept value; the shown one is marked. "Keep this value" writes the choice."""

    settled = Signal()

    def __init__(self, context: AppContext, parent=None):
        super().__init__(parent)
        self.context = context
        self.table = _table(5)
        self.keep = QPushButton()
        self.keep.setObjectName("keepValue")
        self.keep.clicked.connect(self.keep_selected)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.keep)
        layout.addLayout(buttons)
        self.rows: list[tuple[str, str]] = []  # (conflict id, stamp) per table row
        self.retranslate()

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels([self.tr("Record"), self.tr("Field"), self.tr("Value"),
                                              self.tr("Written at"), self.tr("Shown now")])
        self.keep.setText(self.tr("Keep this value"))

    def refresh(self) -> int:
        views = conflicts.list_conflicts(self.context.workspace)
        self.rows = [(v.id, c.stamp) for v in views for c in v.choices]
        self.table.setRowCount(len(self.rows))
        row = 0
        for view in views:
            for choice in view.choices:
                value = choice.value if isinstance(choice.value, str) else json.dumps(choice.value, ensure_ascii=False)
                cells = [view.label, view.field, value, f"{choice.device} · {event_time_ms(self.context.workspace, choice.wall_ms)}",
                         "✓" if choice.shown else ""]
                for column, text in enumerate(cells):
                    self.table.setItem(row, column, QTableWidgetItem(text))
                row += 1
        allowed = self.context.workspace.has(Role.COORDINATOR)
        self.keep.setEnabled(bool(self.rows) and allowed)
        self.keep.setToolTip("" if allowed else self.tr("Only a coordinator resolves conflicts."))
        return len(views)

    def keep_selected(self) -> None:
        index = self.table.currentRow()
        if not 0 <= index < len(self.rows):
            return
        conflict_id, stamp = self.rows[index]
        try:
            conflicts.resolve(self.context.workspace, conflict_id, stamp)
        except CareKitError as error:
            QMessageBox.warning(self, self.tr("Not resolved"), error.message)
        self.context.changed.emit("sync")
        self.settled.emit()


class DuplicatesView(QWidget):
    settled = Signal()

    def __init__(self, context: AppContext, parent=None):
        super().__init__(parent)
        self.context = context
        self.table = _table(3)
        self.merge = QPushButton()
        self.merge.setObjectName("mergePeople")
        self.apart = QPushButton()
        self.apart.setObjectName("keepApart")
        self.undo = QPushButton()
        self.undo.setObjectName("undoMerge")
        self.merge.clicked.connect(self.merge_selected)
        self.apart.clicked.connect(self.keep_apart_selected)
        self.undo.clicked.connect(self.undo_last_merge)
        self.dialog: MergeDialog | None = None
        self.last: merges.MergeView | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        buttons = QHBoxLayout()
        buttons.addWidget(self.undo)
        buttons.addStretch()
        buttons.addWidget(self.apart)
        buttons.addWidget(self.merge)
        layout.addLayout(buttons)
        self.pairs: list[duplicates.DuplicatePair] = []
        self.retranslate()

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels([self.tr("Person"), self.tr("Maybe the same as"), self.tr("Because")])
        self.merge.setText(self.tr("Same person: merge into the first…"))
        self.apart.setText(self.tr("Different people"))

    def refresh(self) -> int:
        self.pairs = duplicates.find_duplicates(self.context.workspace)
        self.table.setRowCount(len(self.pairs))
        for row, pair in enumerate(self.pairs):
            because = (self.tr("same phone {value}") if pair.key == "phone" else self.tr("same staff id {value}"))
            for column, text in enumerate([pair.name_a, pair.name_b, because.format(value=pair.value)]):
                self.table.setItem(row, column, QTableWidgetItem(text))
        allowed = self.context.workspace.has(Role.COORDINATOR) and bool(self.pairs)
        self.merge.setEnabled(allowed)
        self.apart.setEnabled(allowed)
        self.last = merges.last_merge(self.context.workspace)
        self.undo.setVisible(self.last is not None)
        self.undo.setEnabled(self.last is not None and self.context.workspace.has(Role.COORDINATOR))
        if self.last is not None:
            self.undo.setText(self.tr("Undo the last merge ({absorbed} into {kept})").format(
                absorbed=self.last.absorbed_name, kept=self.last.into_name))
        return len(self.pairs)

    def _selected(self) -> duplicates.DuplicatePair | None:
        index = self.table.currentRow()
        return self.pairs[index] if 0 <= index < len(self.pairs) else None

    def _settle(self, action) -> None:
        pair = self._selected()
        if pair is None:
            return
        try:
            action(self.context.workspace, pair.person_a, pair.person_b)
        except CareKitError as error:
            QMessageBox.warning(self, self.tr("Not done"), error.message)
        self.context.changed.emit("people")
        self.settled.emit()

    def merge_selected(self) -> None:
        """Both people side by side first; nothing is merged until the coordinator confirms."""
        pair = self._selected()
        if pair is None:
            return
        try:
            left, right = merges.side_by_side(self.context.workspace, pair.person_a, pair.person_b)
        except CareKitError as error:
            QMessageBox.warning(self, self.tr("Not done"), error.message)
            return
        self.dialog = MergeDialog(left, right, self)
        self.dialog.accepted.connect(lambda: self._settle(duplicates.merge_people))
        self.dialog.open()

    def undo_last_merge(self) -> None:
        last = self.last
        if last is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Undo merge"),
            self.tr("Give {absorbed} back their own record, badges, consents and check-ins, apart from {kept}?").format(
                absorbed=last.absorbed_name, kept=last.into_name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            merges.unmerge(self.context.workspace, last.id)
        except CareKitError as error:
            QMessageBox.warning(self, self.tr("Not done"), error.message)
        self.context.changed.emit("people")
        self.settled.emit()

    def keep_apart_selected(self) -> None:
        self._settle(duplicates.keep_apart)
