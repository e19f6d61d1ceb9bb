"""An urgent result at the blood-pressure station, the moment a medic must not miss it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from carekit.domain.enums import ConsentKind, Role
from carekit.services import consent, operators, referrals, screening
from tests.ui.conftest import when_modal


@pytest.fixture
def medic_window(qtbot, event_workspace):
    from carekit.app import build_window
    operators.add_operator(event_workspace, "Dr Chen", [Role.MEDIC], pin="135790")
    win = build_window(operators.sign_in(event_workspace.db, "Dr Chen", "135790"))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    return win


def _blood_pressure(qtbot, page, token, systolic, diastolic):
    page.station.setCurrentIndex(page.station.findData("blood_pressure"))
    qtbot.keyClicks(page.scan, token)
    qtbot.keyClick(page.scan, Qt.Key.Key_Return)
    qtbot.keyClicks(QApplication.focusWidget(), systolic)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    qtbot.keyClicks(QApplication.focusWidget(), diastolic)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)


def test_an_urgent_blood_pressure_demands_acknowledgement_and_tops_the_referral_queue(qtbot, medic_window,
                                                                                      event_workspace):
    from carekit.ui.screening.urgent_dialog import UrgentFlagDialog
    people = event_workspace.registered
    for name in ("王小明", "张伟"):
        consent.record_consent(event_workspace, people[name].person_id, ConsentKind.HEALTH, "1")
    page = medic_window.page("StationPage")
    medic_window.tabs.setCurrentWidget(page)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.scan)

    # A raised (not urgent) reading first: amber, not the green of a plain "Saved", and no dialog.
    _blood_pressure(qtbot, page, people["王小明"].token, "150", "95")
    assert page.message.property("tone") == "flagged"

    seen = {}

    def look_and_acknowledge(dialog):
        seen["text"] = " ".join(label.text() for label in dialog.findChildren(QLabel))
        dialog.reject()  # Esc does not dismiss it
        seen["still_open"] = dialog.isVisible()
        dialog.acknowledge.click()

    when_modal(UrgentFlagDialog, look_and_acknowledge)
    _blood_pressure(qtbot, page, people["张伟"].token, "180", "109")
    assert seen["still_open"] and "张伟" in seen["text"] and "Doctor on site" in seen["text"]
    assert page.message.property("tone") == "urgent" and "URGENT" in page.message.text()
    assert page.window().focusWidget() is page.scan  # ready for the next person

    queue = referrals.referral_queue(event_workspace, "doctor")
    assert [(r.name, r.priority) for r in queue] == [("张伟", "urgent"), ("王小明", "routine")]
    queue_page = medic_window.page("ReferralQueuePage")
    queue_page.refresh()
    assert queue_page.close_button.text() == "Close referral"
    assert queue_page.table.item(0, 0).text() == "URGENT" and queue_page.table.item(0, 1).text() == "张伟"


def test_an_urgent_reading_raises_an_open_routine_referral_to_urgent(event_workspace):
    person = event_workspace.registered["王小明"].person_id
    consent.record_consent(event_workspace, person, ConsentKind.HEALTH, "1")
    screening.record_screening(event_workspace, person, "blood_pressure", {"systolic_1": "150", "diastolic_1": "92"})
    saved = screening.record_screening(event_workspace, person, "blood_pressure",
                                       {"systolic_1": "185", "diastolic_1": "100"})
    queue = referrals.referral_queue(event_workspace, "doctor")
    assert len(queue) == 1 and queue[0].urgent and queue[0].flag == "bp_urgent"
    assert saved.referral_ids == [queue[0].id]
