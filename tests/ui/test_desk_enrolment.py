"""A desk volunteer enrols the person found in the search into a training session, keyboard only."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from carekit.domain.enums import Role
from carekit.domain.zones import zone as time_zone
from carekit.services import operators, training
from carekit.services.events import add_site
from tests.ui.conftest import when_modal


def _sessions(ws) -> dict[str, str]:
    """Tomorrow's at this site, today's elsewhere, today's here but full, and today's here with room."""
    add_site(ws, "上海")
    operators.add_operator(ws, "Trainer Zhou", [Role.TRAINER], pin="975310")
    training.add_course(ws, training.CourseInput(code="FA1", name="急救与心肺复苏", hours=8, months=24, pass_mark=70,
                                                 skills=["CPR 30:2", "AED"]))
    now = datetime.now(time_zone("Asia/Shanghai"))
    today, tomorrow = now.date().isoformat(), (now + timedelta(days=1)).date().isoformat()

    def add(day, site, room, capacity):
        return training.add_session(ws, course="FA1", site=site, starts=f"{day} 00:00", ends=f"{day} 23:59",
                                    capacity=capacity, trainer="Trainer Zhou", room=room)
    ids = {"tomorrow": add(tomorrow, "深圳", "A1", 10), "elsewhere": add(today, "上海", "C3", 10),
           "full": add(today, "深圳", "B1", 1), "room": add(today, "深圳", "B2", 1)}
    training.enrol(ws, ids["full"], ws.registered["Peña Nieto"].person_id)
    return ids


def _desk_as_volunteer(qtbot, ws):
    operators.add_operator(ws, "Desk Li", [Role.DESK], pin="246802")
    from carekit.app import build_window
    window = build_window(operators.sign_in(ws.db, "Desk Li", "246802"))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    desk = window.page("DeskPage")
    window.tabs.setCurrentWidget(desk)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is desk.scan)
    return desk


def _find(qtbot, desk, text):
    desk.window().activateWindow()  # as the window manager does once the last dialog has closed
    qtbot.waitUntil(lambda: QApplication.activeWindow() is desk.window())
    desk.scan.clear()
    qtbot.keyClicks(desk.scan, text)
    qtbot.keyClick(desk.scan, Qt.Key.Key_Down)  # into the results, first row selected


def _enrol_with_keys(qtbot, desk, downs: int, seen: dict) -> None:
    def choose(dialog):
        seen["rows"] = [dialog.sessions.item(i).text() for i in range(dialog.sessions.count())]
        seen["focus"] = dialog.focusWidget() is dialog.sessions
        for _ in range(downs):
            qtbot.keyClick(dialog.sessions, Qt.Key.Key_Down)
        qtbot.keyClick(dialog.sessions, Qt.Key.Key_Return)

    from carekit.ui.desk.enrol_dialog import EnrolDialog
    timer = when_modal(EnrolDialog, choose)
    qtbot.keyClick(desk.window().focusWidget(), Qt.Key.Key_F6)
    assert not timer.isActive()


def test_a_desk_volunteer_enrols_the_selected_person_with_f6(qtbot, event_workspace, tmp_path):
    ws = event_workspace
    ids = _sessions(ws)
    desk = _desk_as_volunteer(qtbot, ws)
    assert desk.enrol_button.isVisible() and "F6" in desk.enrol_button.text()

    seen = {}
    _find(qtbot, desk, "E100001")
    _enrol_with_keys(qtbot, desk, 0, seen)  # Enter on the first: today, here, with room
    rows = seen["rows"]
    assert seen["focus"]  # the list has the keyboard as the dialog opens
    assert [r.split("  ·  ")[1] for r in rows] == ["深圳 B2", "深圳 B1", "上海 C3", "深圳 A1"]
    assert "full (1): joins the waiting list" in rows[1] and "0/1 enrolled" in rows[0]
    assert desk.result.state == "enrolled" and desk.result.name.text() == "张伟"
    assert "B2" in desk.result.details.text()
    assert [line.name for line in training.roster(ws, ids["room"])] == ["张伟"]
    assert desk.window().focusWidget() is desk.scan and desk.scan.text() == ""

    _find(qtbot, desk, "E100001")
    _enrol_with_keys(qtbot, desk, 1, seen)  # B2 again (full now, so second): 张伟 is on it already
    assert "already enrolled here" in seen["rows"][1] and "already" not in seen["rows"][0]
    assert desk.result.state == "already_enrolled"
    assert desk.result.headline.text() == "Already enrolled in this session"
    assert len(training.roster(ws, ids["room"])) == 1

    _find(qtbot, desk, "E100002")
    _enrol_with_keys(qtbot, desk, 1, seen)  # 张伟明 into B2, full now: the waiting list
    assert [r.split("  ·  ")[1] for r in seen["rows"]] == ["深圳 B1", "深圳 B2", "上海 C3", "深圳 A1"]
    assert desk.result.state == "waiting" and "waiting list (#1)" in desk.result.headline.text()
    assert [(line.name, line.status) for line in training.roster(ws, ids["room"])] == [
        ("张伟", "enrolled"), ("张伟明", "waiting")]


def test_f6_with_nobody_selected_says_what_to_do(qtbot, event_workspace):
    _sessions(event_workspace)
    desk = _desk_as_volunteer(qtbot, event_workspace)
    qtbot.keyClick(desk.scan, Qt.Key.Key_F6)
    assert desk.result.state == "notice" and "Select a person" in desk.result.details.text()


def test_a_medic_has_no_enrol_action(qtbot, event_workspace):
    operators.add_operator(event_workspace, "Dr Chen", [Role.MEDIC], pin="135791")
    from carekit.app import build_window
    window = build_window(operators.sign_in(event_workspace.db, "Dr Chen", "135791"))
    qtbot.addWidget(window)
    desk = window.page("DeskPage")
    assert desk is None or not desk.enrol_button.isVisibleTo(desk)
