"""A screening station driven like the day of the event: scanner keystrokes, keyboard only."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QTextBrowser

from carekit.domain.enums import ConsentKind, Role
from carekit.services import consent, operators, screening
from carekit.ui.context import AppContext
from tests.ui.conftest import answered


@pytest.fixture
def team(event_workspace):
    lead = event_workspace
    operators.add_operator(lead, "Dr Chen", [Role.MEDIC], pin="135700")
    operators.add_operator(lead, "Desk Li", [Role.DESK], pin="246800")
    operators.add_operator(lead, "Coord Ma", [Role.COORDINATOR], pin="808000")
    return lead


def window_for(qtbot, db, name, pin):
    from carekit.app import build_window
    win = build_window(operators.sign_in(db, name, pin))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    return win


@pytest.fixture
def station(qtbot, team):
    win = window_for(qtbot, team.db, "Dr Chen", "135700")
    page = win.page("StationPage")
    win.tabs.setCurrentWidget(page)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.scan)
    return page


def scan(qtbot, page, token):
    qtbot.keyClicks(page.scan, token)
    qtbot.keyClick(page.scan, Qt.Key.Key_Return)


def typed(qtbot, text):
    qtbot.keyClicks(QApplication.focusWidget(), text)


def test_a_medic_screens_two_people_with_the_keyboard_only(qtbot, station, team):
    page, people = station, team.registered
    # First person: no health consent yet, so the consent button takes the focus.
    scan(qtbot, page, people["张伟"].token)
    assert page.name.text().startswith("张伟")
    assert not page.form_box.isEnabled()
    assert QApplication.focusWidget() is page.consent_button
    from carekit.ui.notice_dialog import NoticeDialog
    from tests.ui.conftest import when_modal
    shown = {}

    def agree(dialog):  # the notice is on screen before anything is recorded
        shown["text"] = dialog.findChild(QTextBrowser, "noticeText").toPlainText()
        shown["given_yet"] = consent.consent_state(team, people["张伟"].person_id, ConsentKind.HEALTH).given
        qtbot.keyClick(dialog, Qt.Key.Key_Return)
    when_modal(NoticeDialog, agree)
    qtbot.keyClick(page, Qt.Key.Key_F3)
    assert "血压" in shown["text"] and shown["given_yet"] is False  # the event language: zh_CN
    assert page.person.health_consent.given
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.fields["height_cm"])
    typed(qtbot, "172")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.fields["weight_kg"]
    typed(qtbot, "90")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert "BMI 30.4" in page.message.text() and "WHO STEPS" in page.message.text()
    assert QApplication.focusWidget() is page.scan
    assert page.fields["height_cm"].text() == ""
    # Second person already consented; a typo in height is refused with the range, then fixed.
    consent.record_consent(team, people["王小明"].person_id, ConsentKind.HEALTH, "1")
    scan(qtbot, page, people["王小明"].token)
    assert QApplication.focusWidget() is page.fields["height_cm"]
    typed(qtbot, "17")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    typed(qtbot, "60")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert "100–270 cm" in page.message.text()
    assert QApplication.focusWidget() is page.fields["height_cm"]
    typed(qtbot, "168")  # the field's text was selected, typing replaces it
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert "BMI 21.3" in page.message.text() and "No flags" in page.message.text()
    assert QApplication.focusWidget() is page.scan
    records = screening.person_records(team, people["王小明"].person_id)
    assert [r.values["height_cm"] for r in records] == [168]


def test_a_correction_at_the_station_supersedes_the_last_record(qtbot, station, team):
    page, person = station, team.registered["王小明"]
    consent.record_consent(team, person.person_id, ConsentKind.HEALTH, "1")
    page.station.setCurrentIndex(page.station.findData("mood"))
    scan(qtbot, page, person.token)
    typed(qtbot, "4")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    typed(qtbot, "1")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert "Counselling" in page.message.text()
    qtbot.keyClick(page, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
    assert page.fields["phq2"].text() == "4"
    page.fields["phq2"].selectAll()
    typed(qtbot, "1")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    history = screening.person_records(team, person.person_id, history=True)
    assert len(history) == 2 and history[1].supersedes == history[0].id
    assert [r.values["phq2"] for r in screening.person_records(team, person.person_id)] == [1]


def test_a_forged_badge_is_refused_at_the_station(qtbot, station, team):
    token = team.registered["张伟"].token
    scan(qtbot, station, token[:-3] + "AAA")
    assert station.person is None and station.message.text()
    assert QApplication.focusWidget() is station.scan


def test_a_desk_volunteer_sees_no_screening_page(qtbot, team):
    win = window_for(qtbot, team.db, "Desk Li", "246800")
    for page in ("StationPage", "OverviewPage", "ReferralQueuePage"):
        assert win.page(page) is None
    assert win.page("DeskPage") is not None


def test_the_overview_shows_a_coordinator_counts_only(qtbot, team):
    person = team.registered["张伟"].person_id
    consent.record_consent(team, person, ConsentKind.HEALTH, "1")
    screening.record_screening(team, person, "blood_pressure", {"systolic_1": "190", "diastolic_1": "95"})
    coordinator = window_for(qtbot, team.db, "Coord Ma", "808000")
    page = coordinator.page("OverviewPage")
    coordinator.tabs.setCurrentWidget(page)
    assert page.overview.people_screened == 1 and page.people_box.isHidden()
    assert page.flags.item(0, 0).text() == "Urgent blood pressure"
    medic = window_for(qtbot, team.db, "Dr Chen", "135700")
    medic_page = medic.page("OverviewPage")
    medic.tabs.setCurrentWidget(medic_page)
    assert not medic_page.people_box.isHidden() and medic_page.people.item(0, 0).text() == "张伟"
    queue = medic.page("ReferralQueuePage")
    assert queue.table.rowCount() == 1
    queue.table.selectRow(0)
    queue.seen_button.click()
    assert queue.table.item(0, 3).text() == "seen"
    from PySide6.QtWidgets import QMessageBox
    from tests.ui.conftest import when_modal
    when_modal(QMessageBox, lambda box: box.reject())  # "Keep it open"
    queue.close_button.click()
    assert queue.table.rowCount() == 1
    when_modal(QMessageBox, lambda box: next(b for b in box.buttons() if b.text() == "Close referral").click())
    queue.close_button.click()
    assert queue.table.rowCount() == 0


def test_the_app_locks_after_idle_time_and_only_the_pin_unlocks(qtbot, team):
    from carekit.ui.idle import install_idle_lock
    from carekit.ui.signin import UnlockDialog
    win = window_for(qtbot, team.db, "Dr Chen", "135700")
    context: AppContext = win.context
    lock = install_idle_lock(win, context, check_ms=20)
    lock.minutes = 0.002  # 0.12 s
    seen = {}

    def answer_unlock():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, UnlockDialog):
            QTimer.singleShot(20, answer_unlock)
            return
        seen["hidden"] = win.centralWidget().isHidden()
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # Esc does not unlock
        seen["after_escape"] = dialog.isVisible()
        qtbot.keyClicks(dialog.pin, "000000")
        qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
        answered(qtbot, dialog)
        seen["wrong"] = dialog.message.text()
        qtbot.keyClicks(dialog.pin, "135700")
        qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)

    QTimer.singleShot(20, answer_unlock)
    qtbot.waitUntil(lambda: "wrong" in seen and not lock.locked and not win.centralWidget().isHidden(),
                    timeout=5000)
    assert seen["hidden"] and seen["after_escape"]
    assert "Wrong PIN" in seen["wrong"]
    assert context.workspace.operator_name == "Dr Chen"


def test_sign_in_dialog_takes_name_and_pin_and_shows_refusals(qtbot, team):
    from carekit.ui.signin import SignInDialog
    dialog = SignInDialog(team.db)
    qtbot.addWidget(dialog)
    dialog.name.setCurrentText("Dr Chen")
    qtbot.keyClicks(dialog.pin, "999900")
    qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
    answered(qtbot, dialog)
    assert dialog.workspace is None and "Wrong PIN" in dialog.message.text()
    qtbot.keyClicks(dialog.pin, "135700")
    qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
    answered(qtbot, dialog)
    assert dialog.workspace.roles == frozenset({Role.MEDIC})


def test_pages_retranslate_on_language_change(qtbot, station):
    from PySide6.QtCore import QEvent
    station.scan.setPlaceholderText("")
    QApplication.sendEvent(station, QEvent(QEvent.Type.LanguageChange))
    assert station.scan.placeholderText() == "Scan the badge"


def test_a_coordinator_adds_a_medic_and_sets_the_idle_lock_from_the_overview(qtbot, team):
    from carekit.ui.operators_dialog import OperatorsDialog
    win = window_for(qtbot, team.db, "Coord Ma", "808000")
    page = win.page("OverviewPage")
    assert page.team_button.isVisibleTo(page)
    dialog = OperatorsDialog(win.context, win)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.name, "Nurse Wu")
    dialog.role_boxes[Role.MEDIC].setChecked(True)
    qtbot.keyClicks(dialog.pin, "555500")
    qtbot.keyClicks(dialog.pin_again, "555600")
    dialog.add_button.click()
    assert "differ" in dialog.message.text()
    dialog.pin_again.clear()
    qtbot.keyClicks(dialog.pin_again, "555500")
    dialog.add_button.click()
    assert "Added Nurse Wu" in dialog.message.text()
    assert operators.sign_in(team.db, "Nurse Wu", "555500").roles == frozenset({Role.MEDIC})
    dialog.idle.setValue(3)
    dialog.save_settings_button.click()
    assert screening.screening_settings(team).idle_minutes == 3
    assert win.idle_lock.minutes == 3  # the running lock follows the setting
    medic = window_for(qtbot, team.db, "Dr Chen", "135700")
    assert not medic.page("OverviewPage").team_button.isVisibleTo(medic.page("OverviewPage"))


def test_a_medic_unlocks_the_station_once_with_the_health_passphrase(qtbot, team):
    from carekit.services import health_key
    from tests.ui.conftest import HEALTH_PASSPHRASE
    health_key.lock_health(team)  # the morning: the app was started anew
    win = window_for(qtbot, team.db, "Dr Chen", "135700")
    page = win.page("StationPage")
    win.tabs.setCurrentWidget(page)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.passphrase)
    assert page.unlock_box.isVisible()
    typed(qtbot, "not the passphrase")
    qtbot.keyClick(page.passphrase, Qt.Key.Key_Return)
    assert "not the health passphrase" in page.message.text() and page.unlock_box.isVisible()
    typed(qtbot, HEALTH_PASSPHRASE)
    qtbot.keyClick(page.passphrase, Qt.Key.Key_Return)
    assert not page.unlock_box.isVisible() and QApplication.focusWidget() is page.scan
    assert health_key.is_unlocked(team)


def test_f3_reads_the_health_notice_in_the_persons_own_language_else_the_events(qtbot, station, team):
    from carekit.services import notices
    from carekit.services.events import current_event
    from carekit.services.people import PersonInput, register_people
    from carekit.ui.notice_dialog import NoticeDialog
    from tests.ui.conftest import when_modal
    with team.writing() as journal:
        maria, jean = register_people(journal, current_event(journal.session), [
            PersonInput(name="María Peña", phone="+5215512345678", staff_id="MX3001", language="es"),
            PersonInput(name="Jean Dupont", phone="+33612345678", staff_id="FR4001", language="fr")],
            source="walk-in")
    shown = []

    def read_and_close(dialog):
        shown.append(dialog.findChild(QTextBrowser, "noticeText").toPlainText())
        dialog.reject()
    for person in (maria, jean):
        qtbot.waitUntil(lambda: QApplication.activeWindow() is station.window())  # the last notice has closed
        scan(qtbot, station, person.token)
        waiting = when_modal(NoticeDialog, read_and_close)
        qtbot.keyClick(station, Qt.Key.Key_F3)
        waiting.stop()
    spanish = notices.current_notice(team, ConsentKind.HEALTH, "es").text
    event_language = notices.current_notice(team, ConsentKind.HEALTH).text  # zh_CN: no notice in French
    assert spanish != event_language
    assert shown == [spanish, event_language]
    assert not consent.consent_state(team, maria.person_id, ConsentKind.HEALTH).given  # closed, not agreed
