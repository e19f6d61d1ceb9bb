"""The people table: search results, or everyone fetched a page at a time as the list scrolls."""

from __future__ import annotations

from functools import lru_cache
from typing import Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from carekit.domain.phones import display_phone
from carekit.services.search import Match
from carekit.ui.formats import event_time

PAGE = 200


@lru_cache(maxsize=4096)
def _phone_text(e164: str) -> str:
    return display_phone(e164)


class PeopleModel(QAbstractTableModel):
    COLUMNS = ("name", "romanised", "phone", "staff_id", "badge_serial", "checked_in_at")

    def __init__(self, workspace, parent=None):
        """``workspace`` is called for the open event, whose zone the check-in times are shown in."""
        super().__init__(parent)
        self._workspace = workspace
        self._rows: list[Match] = []
        self._fetch_page: Callable[[int, int], list[Match]] | None = None
        self._exhausted = True

    def headers(self) -> list[str]:
        return [self.tr("Name"), self.tr("Romanised"), self.tr("Phone"), self.tr("Staff ID"),
                self.tr("Badge"), self.tr("Checked in")]

    # -- filling ------------------------------------------------------------------------
    def show_matches(self, matches: list[Match]) -> None:
        self.beginResetModel()
        self._rows, self._fetch_page, self._exhausted = list(matches), None, True
        self.endResetModel()

    def show_everyone(self, fetch_page: Callable[[int, int], list[Match]]) -> None:
        self.beginResetModel()
        self._fetch_page, self._exhausted = fetch_page, False
        self._rows = fetch_page(0, PAGE)
        self._exhausted = len(self._rows) < PAGE
        self.endResetModel()

    def canFetchMore(self, parent=QModelIndex()) -> bool:
        return not parent.isValid() and not self._exhausted and self._fetch_page is not None

    def fetchMore(self, parent=QModelIndex()) -> None:
        more = self._fetch_page(len(self._rows), PAGE)
        self._exhausted = len(more) < PAGE
        if more:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
            self._rows.extend(more)
            self.endInsertRows()

    def match_at(self, row: int) -> Match | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.COLUMNS) - 1)

    # -- Qt model API -------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        match = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            value = getattr(match, column)
            if column == "phone":
                return _phone_text(value)
            if column == "checked_in_at":
                return event_time(self._workspace(), value, with_date=False)
            return value
        if role == Qt.ItemDataRole.ToolTipRole and match.possible_duplicate_of:
            return self.tr("Possible duplicate: same phone or staff id as someone already registered.")
        return None

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None
