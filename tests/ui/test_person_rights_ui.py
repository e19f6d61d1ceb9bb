"""A coordinator erases a person who asked, from the desk: shown who, asked why, Cancel by default."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox

from carekit.domain.enums import Role
from carekit.services import person_data
from carekit.services.search import search_people
from carekit.services.workspace import Workspace
from carekit.ui.people.rights import EraseDialog
from tests.ui.conftest import when_modal


def _select(qtbot, desk, query: str) -> None:
    qtbot.keyClicks(desk.scan, query)
    qtbot.waitUntil(lambda: desk.model.rowCount() >= 1)
    desk.table.selectRow(0)


def _close_message_boxes():
    return when_modal(QMessageBox, lambda box: box.accept())


def test_erasing_asks_who_and_why_and_cancel_erases_nothing(qtbot, window, desk, event_workspace):
    _select(qtbot, desk, "13711112222")

    def cancel(dialog: EraseDialog):
        cancel.shown = " ".join(label.text() for label in dialog.findChildren(QLabel))
        cancel.enabled = dialog.erase_button.isEnabled()
        qtbot.keyClick(dialog.reason, Qt.Key.Key_Escape)
    timer = when_modal(EraseDialog, cancel)
    window.action_erase_person.trigger()
    timer.stop()
    assert "王小明" in cancel.shown and "cannot be undone" in cancel.shown
    assert cancel.enabled is False  # no reason given yet
    assert [m.name for m in search_people(event_workspace, "王小明")] == ["王小明"]


def test_a_coordinator_erases_the_selected_person_with_a_reason(qtbot, window, desk, event_workspace):
    _select(qtbot, desk, "13711112222")
    person_id = desk.model.match_at(0).person_id

    def erase(dialog: EraseDialog):
        qtbot.keyClicks(dialog.reason, "asked at the desk")
        erase.after = _close_message_boxes()
        dialog.erase_button.click()
    timer = when_modal(EraseDialog, erase)
    window.action_erase_person.trigger()
    timer.stop()
    assert search_people(event_workspace, "王小明") == []
    assert person_data.is_erased(event_workspace, person_id)


def test_erasing_is_not_offered_to_a_desk_volunteer(qtbot, window, event_workspace):
    window.context.set_workspace(Workspace(event_workspace.db, event_workspace.operator_id, "Desk",
                                           frozenset({Role.DESK})))
    assert not window.action_erase_person.isEnabled()
    assert not window.action_export_person.isEnabled()
    assert "coordinator" in window.action_erase_person.toolTip()
