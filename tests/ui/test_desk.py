"""The check-in desk driven like the day of the event: a USB scanner, a keyboard, walk-ins."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from carekit.paths import TRANSLATIONS
from carekit.services.search import search_people
from tests.ui.conftest import when_modal


def scan(qtbot, desk, token: str) -> None:
    """A scanner types the token into the focused field and presses Enter."""
    qtbot.keyClicks(desk.scan, token)
    qtbot.keyClick(desk.scan, Qt.Key.Key_Return)


def assert_ready_for_next_scan(desk) -> None:
    assert desk.scan.text() == ""
    # The window's focus child: after a dialog closes the window manager re-activates the window.
    assert desk.window().focusWidget() is desk.scan


def forged(token: str) -> str:
    return token[:-3] + ("A" if token[-3] != "A" else "B") + token[-2:]


def test_a_badge_scanned_twice_shows_checked_in_then_already(qtbot, desk, event_workspace):
    token = event_workspace.registered["王小明"].token
    scan(qtbot, desk, token)
    assert desk.result.state == "checked_in"
    assert desk.result.name.text() == "王小明"
    assert "Wang Xiaoming" in desk.result.details.text()
    assert_ready_for_next_scan(desk)
    scan(qtbot, desk, token)
    assert desk.result.state == "already"
    assert "desk 2" in desk.result.headline.text()
    assert desk.result.name.text() == "王小明"
    assert_ready_for_next_scan(desk)
    qtbot.waitUntil(lambda: "1 checked in of 4 registered" in desk.count_label.text())  # counted on a worker


def test_a_forged_badge_is_refused_on_screen(qtbot, desk, event_workspace):
    scan(qtbot, desk, forged(event_workspace.registered["张伟"].token))
    assert desk.result.state == "refused"
    assert "forged" in desk.result.details.text()
    assert desk.result.name.text() == ""
    assert_ready_for_next_scan(desk)
    [match] = search_people(event_workspace, "E100001")
    assert match.checked_in_at == ""


def test_typing_initials_then_down_and_enter_checks_in_the_first_match(qtbot, desk, event_workspace):
    qtbot.keyClicks(desk.scan, "zw")
    assert desk.model.rowCount() == 2
    assert desk.model.match_at(0).name == "张伟"
    qtbot.keyClick(desk.scan, Qt.Key.Key_Down)
    assert desk.window().focusWidget() is desk.table
    qtbot.keyClick(desk.table, Qt.Key.Key_Return)
    assert desk.result.state == "checked_in"
    assert desk.result.name.text() == "张伟"
    assert_ready_for_next_scan(desk)


def test_a_search_with_one_match_checks_in_on_enter(qtbot, desk):
    qtbot.keyClicks(desk.scan, "pena")
    assert desk.model.rowCount() == 1
    qtbot.keyClick(desk.scan, Qt.Key.Key_Return)
    assert desk.result.state == "checked_in" and desk.result.name.text() == "Peña Nieto"
    assert_ready_for_next_scan(desk)


def test_escape_clears_the_field_and_the_last_answer(qtbot, desk, event_workspace):
    scan(qtbot, desk, event_workspace.registered["张伟"].token)
    qtbot.keyClicks(desk.scan, "wang")
    qtbot.keyClick(desk.scan, Qt.Key.Key_Escape)
    assert desk.result.state == "idle"
    assert_ready_for_next_scan(desk)


def test_f2_registers_a_walk_in_and_shows_their_badge(qtbot, desk, event_workspace):
    from carekit.ui.desk.walk_in_dialog import BadgeOnScreen, WalkInDialog
    shown = {}

    def fill(dialog):
        dialog.name.setText("刘洋")
        dialog.phone.setText("136 0000 1111")
        dialog.consent.setChecked(True)
        dialog.save_button.click()

    def close_badge(dialog):
        shown["title"] = dialog.windowTitle()
        dialog.reject()

    timers = [when_modal(WalkInDialog, fill), when_modal(BadgeOnScreen, close_badge)]
    qtbot.keyClick(desk.scan, Qt.Key.Key_F2)
    assert not any(t.isActive() for t in timers)
    assert shown["title"] == "Badge for 刘洋"
    assert desk.result.state == "checked_in" and desk.result.name.text() == "刘洋"
    [match] = search_people(event_workspace, "刘洋")
    assert match.phone == "+8613600001111" and match.checked_in_at
    assert_ready_for_next_scan(desk)


@pytest.mark.parametrize("language, name, phone", [("es", "María Peña", "136 0000 2222"),
                                                   ("", "刘洋", "136 0000 3333")])
def test_a_walk_in_hears_the_notice_in_their_language_and_the_consent_names_it(
        qtbot, desk, event_workspace, language, name, phone):
    from sqlmodel import select
    from carekit.domain.enums import ConsentKind
    from carekit.domain.tables import Consent
    from carekit.services import notices
    from carekit.ui.desk.walk_in_dialog import BadgeOnScreen, WalkInDialog
    expected = notices.current_notice(event_workspace, ConsentKind.REGISTRATION, language)
    assert expected.language == (language or "zh_CN")  # no language given: the event's
    shown = {}

    def fill(dialog):
        dialog.name.setText(name)
        dialog.phone.setText(phone)
        dialog.language.setCurrentIndex(dialog.language.findData(language))
        shown["notice"] = dialog.notice_text.toPlainText()
        dialog.consent.setChecked(True)
        dialog.save_button.click()
    timers = [when_modal(WalkInDialog, fill), when_modal(BadgeOnScreen, lambda dialog: dialog.reject())]
    qtbot.keyClick(desk.scan, Qt.Key.Key_F2)
    assert not any(t.isActive() for t in timers)
    assert shown["notice"] == expected.text
    [match] = search_people(event_workspace, phone.replace(" ", ""))
    with event_workspace.db.session() as session:
        [given] = session.exec(select(Consent).where(Consent.person_id == match.person_id)).all()
    assert (given.notice_version, given.language) == (expected.version, expected.language)


def test_a_walk_in_without_consent_stays_in_the_form_with_the_reason(qtbot, desk, event_workspace):
    from carekit.ui.desk.walk_in_dialog import WalkInDialog
    seen = {}

    def try_without_consent(dialog):
        dialog.name.setText("刘洋")
        dialog.save_button.click()
        seen["error"] = dialog.error.text()
        seen["still_open"] = dialog.isVisible()
        dialog.reject()

    when_modal(WalkInDialog, try_without_consent)
    qtbot.keyClick(desk.scan, Qt.Key.Key_F2)
    assert seen["still_open"] and "consent" in seen["error"]
    assert search_people(event_workspace, "刘洋") == []
    assert_ready_for_next_scan(desk)


QM = TRANSLATIONS / "carekit_zh_CN.qm"


@pytest.mark.skipif(not Path(QM).exists(), reason="Chinese translations not built yet")
def test_switching_to_chinese_retitles_the_desk(qtbot, window, desk):
    from carekit.ui.language import apply_language
    index = window.tabs.indexOf(desk)
    assert window.tabs.tabText(index) == "Check-in desk"
    apply_language("zh_CN", remember=False)
    qtbot.waitUntil(lambda: window.tabs.tabText(index) != "Check-in desk")
    assert any("\u4e00" <= ch <= "\u9fff" for ch in window.tabs.tabText(index))
    apply_language("en", remember=False)
    qtbot.waitUntil(lambda: window.tabs.tabText(index) == "Check-in desk")


def test_a_badge_scanned_while_the_results_have_focus_checks_in_the_badge_not_the_selected_row(
        qtbot, desk, event_workspace):
    qtbot.keyClicks(desk.scan, "zw")
    qtbot.keyClick(desk.scan, Qt.Key.Key_Down)  # the volunteer looked through the results…
    assert desk.window().focusWidget() is desk.table
    token = event_workspace.registered["Peña Nieto"].token  # …then the next person's badge is scanned
    for key in token:  # each keystroke goes wherever the focus is by then
        qtbot.keyClicks(desk.window().focusWidget(), key)
    qtbot.keyClick(desk.window().focusWidget(), Qt.Key.Key_Return)
    assert desk.result.state == "checked_in"
    assert desk.result.name.text() == "Peña Nieto"
    assert [m.name for m in search_people(event_workspace, "zw") if m.checked_in_at] == []
    assert_ready_for_next_scan(desk)


def test_scans_while_another_writer_holds_the_lock_show_at_once_and_are_recorded_after(qtbot, desk,
                                                                                        event_workspace):
    """As during a merge of a colleague's bundle: the verdicts come at once, the recording waits."""
    import sqlite3
    import time

    from carekit.services.checkin import waiting_count

    if event_workspace.db.encrypted:
        pytest.skip("the lock is held through a plain sqlite3 connection")
    token = event_workspace.registered["王小明"].token
    merge = sqlite3.connect(event_workspace.db.path, isolation_level=None)
    merge.execute("BEGIN IMMEDIATE")
    try:
        started = time.perf_counter()
        scan(qtbot, desk, token)
        assert desk.result.state == "checked_in"
        scan(qtbot, desk, token)
        assert desk.result.state == "already"
        assert time.perf_counter() - started < 1.0
        assert_ready_for_next_scan(desk)
        qtbot.wait(300)  # the worker waits for the lock: nothing recorded, nothing refused
        assert waiting_count(event_workspace) == 2
    finally:
        merge.execute("ROLLBACK")
        merge.close()
    qtbot.waitUntil(lambda: waiting_count(event_workspace) == 0, timeout=5000)
    qtbot.waitUntil(lambda: "1 checked in of 4 registered" in desk.count_label.text(), timeout=5000)
    [match] = search_people(event_workspace, "王小明")
    assert match.checked_in_at
