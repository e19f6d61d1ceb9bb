"""A session on the Training page from the keyboard: enrol → scan in and out → skills grid → issue."""

from __future__ import annotations

from datetime import datetime
from carekit.domain.zones import zone as time_zone

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from carekit.services import certificates, training


def _today_session(ws) -> str:
    training.add_course(ws, training.CourseInput(code="FA1", name="急救与心肺复苏", name_en="First aid", hours=8,
                                                 months=24, pass_mark=70, skills=["CPR 30:2", "AED"],
                                                 min_attendance=0))
    today = datetime.now(time_zone("Asia/Shanghai")).date().isoformat()
    certificates.generate_key(ws, "骑手关爱基金会")
    return training.add_session(ws, course="FA1", site="深圳", starts=f"{today} 00:00", ends=f"{today} 23:59",
                                capacity=2, trainer="Lin", room="B2")


def _type(qtbot, widget, text):
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)  # over whatever is there
    qtbot.keyClicks(widget, text)
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def _keys_to_focus(qtbot, text):
    """As a keyboard does: each key goes to whatever has focus (the cell editor after the first)."""
    for ch in text:
        qtbot.keyClicks(QApplication.focusWidget(), ch)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)


def test_a_trainer_runs_a_session_from_the_keyboard(window, qtbot, event_workspace, monkeypatch):
    ws = event_workspace
    session_id = _today_session(ws)
    page = window.page("TrainingPage")
    window.tabs.setCurrentWidget(page)
    page.reload()
    page.sessions.setFocus()
    qtbot.keyClick(page.sessions, Qt.Key.Key_Down)
    view = page.view
    assert view.session_id == session_id and "FA1" in view.title.text()

    _type(qtbot, view.enrol_field, "E10000")  # several people match: nothing is enrolled
    assert "people match 'E10000'" in view.enrol_answer.text() and view.roster_table.rowCount() == 0
    _type(qtbot, view.enrol_field, "E100001")
    _type(qtbot, view.enrol_field, "E100003")
    assert [view.roster_table.item(r, 0).text() for r in range(view.roster_table.rowCount())] == ["张伟", "王小明"]

    view.tabs.setCurrentIndex(1)
    _type(qtbot, view.scan_field, ws.registered["张伟"].token)
    assert view.scan_answer.text().startswith("张伟: in at")
    _type(qtbot, view.scan_field, ws.registered["王小明"].token)
    view.scan_out.setFocus()
    qtbot.keyClick(view.scan_out, Qt.Key.Key_Space)
    _type(qtbot, view.scan_field, ws.registered["王小明"].token)
    assert view.scan_answer.text().startswith("王小明: out at")
    _type(qtbot, view.scan_field, ws.registered["Peña Nieto"].token)  # scanning out, never in
    assert "scan in first" in view.scan_answer.text()
    qtbot.keyClick(view.scan_out, Qt.Key.Key_Space)
    monkeypatch.setattr(view, "ask_walk_in", lambda refused: False)
    _type(qtbot, view.scan_field, ws.registered["张伟明"].token)  # full: two places, two enrolled
    assert "session is full" in view.scan_answer.text() or "not enrolled" in view.scan_answer.text()
    assert "In the room now (1): 张伟" in view.inside.text()

    view.tabs.setCurrentIndex(2)
    grid = view.grid
    grid.setFocus()
    grid.setCurrentCell(0, 1)
    _keys_to_focus(qtbot, "82")
    grid.setCurrentCell(0, 2)
    qtbot.keyClick(grid, Qt.Key.Key_Space)  # CPR ✓
    qtbot.keyClick(grid, Qt.Key.Key_Right)
    qtbot.keyClick(grid, Qt.Key.Key_Space)  # AED ✓
    grid.setCurrentCell(1, 1)
    _keys_to_focus(qtbot, "64")
    grid.setCurrentCell(1, 3)
    qtbot.keyClick(grid, Qt.Key.Key_Space)
    qtbot.keyClick(grid, Qt.Key.Key_Space)  # AED ✗
    qtbot.keyClick(grid, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert view.grid_answer.text() == "2 assessments saved.", view._grid_values()
    assert view._grid_values() == [("82", "✓", "✓"), ("64", "", "✗")], view._grid_values()

    view.tabs.setCurrentIndex(3)
    assert view.results_table.item(0, 3).text() == "passed"
    assert view.results_table.item(1, 4).text() == "written 64 < 70; AED not passed; CPR 30:2 not assessed"
    view.issue_button.setFocus()
    qtbot.keyClick(view.issue_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: "Issued 1" in view.issue_answer.text(), timeout=20000)
    assert "王小明: failed" in view.issue_answer.text()
    assert view.last_pdf is not None and view.last_pdf.read_bytes().startswith(b"%PDF")
    qtbot.keyClick(view.issue_button, Qt.Key.Key_Space)  # again: nothing new
    qtbot.waitUntil(lambda: "Issued 0, already issued 1" in view.issue_answer.text(), timeout=20000)


def test_the_renewals_list_shows_whom_to_invite(window, qtbot, event_workspace):
    from datetime import date, timedelta
    ws = event_workspace
    certificates.generate_key(ws, "NGO")
    issued = date.today() - timedelta(days=700)
    certificates.issue(ws, ws.registered["张伟"].person_id, course_code="FA1", course_name="急救", months=24,
                       trainer="Lin", issued=issued)
    page = window.page("TrainingPage")
    window.tabs.setCurrentWidget(page)
    page.reload()
    page.tabs.setCurrentIndex(1)
    assert page.renewals.rowCount() == 1 and page.renewals.item(0, 2).text() == "张伟"


def test_a_medic_sees_the_session_but_cannot_scan_assess_or_issue(window, qtbot, event_workspace):
    from carekit.domain.enums import Role
    from carekit.services import operators
    session_id = _today_session(event_workspace)
    operators.add_operator(event_workspace, "Dr Chen", [Role.MEDIC], pin="975310")
    window.context.set_workspace(operators.sign_in(event_workspace.db, "Dr Chen", "975310"))
    page = window.page("TrainingPage")
    page.reload()
    page.view.show_session(session_id)
    assert "FA1" in page.view.title.text()
    assert not any(w.isEnabled() for w in (page.view.enrol_field, page.view.scan_field, page.view.grid,
                                            page.view.issue_button))
