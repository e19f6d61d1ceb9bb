"""Lists, boards and previews are read, never typed into: one set-up (``ui.widgets.tables``) for all."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QTableWidget, QTableWidgetItem

from carekit.ui.widgets.tables import SELECTIONS, read_only

UI = Path(__file__).resolve().parents[2] / "carekit" / "ui"


def _list_of_three(qtbot, select: str = "row") -> QTableWidget:
    table = read_only(QTableWidget(3, 2), select)
    qtbot.addWidget(table)
    for r, name in enumerate(("王小明", "张伟", "Ana Souza")):
        table.setItem(r, 0, QTableWidgetItem(name))
        table.setItem(r, 1, QTableWidgetItem("深圳"))
    table.show()
    qtbot.waitExposed(table)
    return table


def _click(qtbot, table: QTableWidget, row: int, column: int, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    rect = table.visualRect(table.model().index(row, column))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())


def test_a_volunteer_typing_or_double_clicking_in_a_list_changes_no_name(qtbot):
    table = _list_of_three(qtbot)
    rect = table.visualRect(table.model().index(1, 0))
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.keyClicks(table, "x")
    qtbot.keyClick(table, Qt.Key.Key_F2)
    assert table.state() != QAbstractItemView.State.EditingState
    assert [table.item(r, 0).text() for r in range(3)] == ["王小明", "张伟", "Ana Souza"]


def test_a_click_picks_one_whole_row_and_shift_click_does_not_add_another(qtbot):
    table = _list_of_three(qtbot)
    _click(qtbot, table, 0, 1)
    _click(qtbot, table, 2, 0, Qt.KeyboardModifier.ShiftModifier)
    assert [i.row() for i in table.selectionModel().selectedRows()] == [2]
    assert len(table.selectedItems()) == 2  # both cells of that row


def test_a_list_of_seats_takes_several_rows_and_a_board_takes_none(qtbot):
    seats = _list_of_three(qtbot, "rows")
    _click(qtbot, seats, 0, 1)
    _click(qtbot, seats, 2, 0, Qt.KeyboardModifier.ShiftModifier)
    assert sorted(i.row() for i in seats.selectionModel().selectedRows()) == [0, 1, 2]
    board = _list_of_three(qtbot, "none")
    _click(qtbot, board, 1, 0)
    assert board.selectedItems() == []
    figures = _list_of_three(qtbot, "cells")
    _click(qtbot, figures, 1, 1)
    assert [(i.row(), i.column()) for i in figures.selectedItems()] == [(1, 1)]


def test_an_unknown_selection_is_refused_naming_the_choices(qtbot):
    with pytest.raises(ValueError, match="'rows only'.*row, rows, cells, none"):
        read_only(QTableWidget(), "rows only")
    assert set(SELECTIONS) == {"row", "rows", "cells", "none"}


def test_no_ui_module_sets_up_a_read_only_table_by_hand():
    by_hand = [f"{path.relative_to(UI)}:{n}" for path in sorted(UI.rglob("*.py")) if path.name != "tables.py"
               for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
               if re.search(r"NoEditTriggers|setSelectionBehavior|SelectionMode\.SingleSelection", line)]
    assert by_hand == []
