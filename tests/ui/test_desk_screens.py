"""What the screens show between two people: printing that could not happen, rare names, times,
stale results, the focus, and words in the operator's language."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt, QTime
from PySide6.QtGui import QFont, QRawFont
from PySide6.QtWidgets import QApplication, QMessageBox

from carekit.paths import TRANSLATIONS
from carekit.ui.printing.batch_dialog import LAYOUT_TITLES, layout_title  # reportlab reads its settings once, here
from carekit.services.people import PersonInput, register_people
from tests.ui.conftest import when_modal


def test_with_no_pdf_viewer_the_volunteer_is_told_where_the_badge_waits(qtbot, desk, monkeypatch):
    from carekit.ui.printing import output
    monkeypatch.setattr(output.QDesktopServices, "openUrl", staticmethod(lambda url: False))
    path = output.save_pdf(b"%PDF-1.4 test", "badge.pdf")
    said = {}
    when_modal(QMessageBox, lambda box: (said.update(text=box.text()), box.accept()))
    assert output.open_pdf(desk, path) is False
    assert "No PDF viewer" in said["text"] and str(path.parent) in said["text"]


def test_badge_pdfs_with_names_are_gone_once_the_app_closes(qtbot):
    from carekit.ui.printing import output
    path = output.save_pdf(b"%PDF-1.4 test", "badge-张伟.pdf")
    assert path.exists() and oct(path.parent.stat().st_mode)[-3:] == "700"
    QApplication.instance().aboutToQuit.emit()
    assert not path.exists() and not path.parent.exists()


@pytest.mark.parametrize("text", ["𠀾明", "สมชาย ใจดี"])
def test_rare_chinese_and_thai_names_have_glyphs_in_the_desk_table(qtbot, event_workspace, text):
    from carekit.app import build_window
    from carekit.ui.fonts import load_bundled_fonts
    families = load_bundled_fonts()  # as at start-up, before the window
    assert "HanaMinB" in families and "Noto Sans Thai" in families
    win = build_window(event_workspace)
    qtbot.addWidget(win)
    font = win.page("DeskPage").table.font()
    chain = QFont(font).families() or [font.family()]
    for ch in text.replace(" ", ""):
        assert any(QRawFont.fromFont(QFont(family)).supportsCharacter(ord(ch)) for family in chain), ch


def test_times_are_shown_in_event_time_in_the_interface_languages_format(qtbot, event_workspace):
    from carekit.ui.formats import event_time
    stamp = "2026-11-24T16:40:00+00:00"  # 00:40 the next day in Shenzhen
    try:
        QLocale.setDefault(QLocale("zh_CN"))
        assert "00:40" in event_time(event_workspace, stamp) and "25" in event_time(event_workspace, stamp)
        QLocale.setDefault(QLocale("en"))
        assert "12:40" in event_time(event_workspace, stamp) and "AM" in event_time(event_workspace, stamp)
        # A check-in written in São Paulo (-03:00) is shown in the event's zone too.
        assert "12:40" in event_time(event_workspace, "2026-11-24T13:40:00-03:00", with_date=False)
    finally:
        QLocale.setDefault(QLocale("en"))


def test_a_second_scan_says_when_the_first_was_in_event_time_on_the_panel_and_in_the_table(
        qtbot, desk, event_workspace, monkeypatch):
    from carekit.services import checkin
    QLocale.setDefault(QLocale("en"))
    token = event_workspace.registered["王小明"].token
    # The first scan came from a laptop set to São Paulo: 13:40 there is 00:40 the next day in Shenzhen.
    monkeypatch.setattr(checkin, "_event_now", lambda zone: "2026-11-24T13:40:00-03:00")
    qtbot.keyClicks(desk.scan, token)
    qtbot.keyClick(desk.scan, Qt.Key.Key_Return)
    monkeypatch.setattr(checkin, "_event_now", lambda zone: "2026-11-25T09:05:00+08:00")
    qtbot.keyClicks(desk.scan, token)
    qtbot.keyClick(desk.scan, Qt.Key.Key_Return)
    assert desk.result.state == "already"
    shown = QLocale("en").toString(QTime(0, 40), QLocale.FormatType.ShortFormat)  # "12:40 AM", narrow space
    assert shown in desk.result.headline.text() and "13:40" not in desk.result.headline.text()
    qtbot.keyClicks(desk.scan, "E100003")  # 王小明's staff id
    qtbot.waitUntil(lambda: desk.model.rowCount() == 1)
    column = desk.model.COLUMNS.index("checked_in_at")
    assert desk.model.data(desk.model.index(0, column)) == shown
    try:
        QLocale.setDefault(QLocale("zh_CN"))
        assert desk.model.data(desk.model.index(0, column)) == "00:40"
    finally:
        QLocale.setDefault(QLocale("en"))


def test_a_red_panel_from_an_earlier_scan_clears_when_the_next_search_starts(qtbot, desk, event_workspace):
    token = event_workspace.registered["张伟"].token
    qtbot.keyClicks(desk.scan, token[:-3] + "AAA")
    qtbot.keyClick(desk.scan, Qt.Key.Key_Return)
    assert desk.result.state == "refused"
    qtbot.keyClicks(desk.scan, "pena")
    assert desk.result.state == "idle"


def test_switching_station_clears_the_last_result(qtbot, window, event_workspace):
    from carekit.domain.enums import ConsentKind
    from carekit.services import consent
    page = window.page("StationPage")
    window.tabs.setCurrentWidget(page)
    consent.record_consent(event_workspace, event_workspace.registered["王小明"].person_id, ConsentKind.HEALTH, "1")
    qtbot.keyClicks(page.scan, event_workspace.registered["王小明"].token)
    qtbot.keyClick(page.scan, Qt.Key.Key_Return)
    page.fields["height_cm"].setText("170")
    page.fields["weight_kg"].setText("65")
    page.save()
    assert "Saved for 王小明" in page.message.text()
    page.station.setCurrentIndex(page.station.findData("vision"))
    assert page.message.text() == ""


def test_the_focused_field_or_button_is_marked(qtbot, window):
    assert ":focus" in QApplication.instance().styleSheet()


def test_new_scan_search_and_walk_in_keep_working_with_the_focus_marks(qtbot, desk):
    qtbot.keyClick(desk.scan, Qt.Key.Key_Down)
    assert desk.window().focusWidget() is desk.table


@pytest.mark.skipif(not Path(TRANSLATIONS / "carekit_zh_CN.qm").exists(), reason="translations not built")
def test_badge_layouts_and_roles_are_named_in_chinese(qtbot, window):
    from carekit.domain.enums import Role
    from carekit.ui.labels import role_label
    from carekit.ui.language import apply_language
    try:
        apply_language("zh_CN", remember=False)
        for title in LAYOUT_TITLES:
            assert layout_title(title) != title
        assert role_label(Role.DESK) == "服务台志愿者"
    finally:
        apply_language("en", remember=False)
