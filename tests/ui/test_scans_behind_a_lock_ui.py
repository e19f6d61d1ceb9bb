"""The training room and the welcome desk scan through a merge: the answer on screen at once, the
window never waiting for the lock, the scan recorded by a worker when the merge ends."""

from __future__ import annotations

import time
from contextlib import contextmanager

from PySide6.QtCore import Qt

from carekit.domain.tables import CheckIn
from carekit.domain.training import Attendance
from carekit.services import family, training
from carekit.store.db import Database
from tests.ui.test_training_page import _today_session, _type
from tests.unit.conftest import count_rows
from tests.unit.family_fixtures import make_families


@contextmanager
def merge_holding_the_lock(db: Database):
    merging = Database(db.path)
    held = merging.write_locked()
    held.__enter__()
    try:
        yield
    finally:
        held.__exit__(None, None, None)
        merging.close()


def test_a_training_room_scan_during_a_merge_answers_at_once_and_is_recorded_after(window, qtbot, event_workspace):
    ws = event_workspace
    session_id = _today_session(ws)
    training.enrol(ws, session_id, ws.registered["张伟"].person_id)
    page = window.page("TrainingPage")
    window.tabs.setCurrentWidget(page)
    page.reload()
    page.sessions.setFocus()
    qtbot.keyClick(page.sessions, Qt.Key.Key_Down)
    view = page.view
    assert view.session_id == session_id
    view.tabs.setCurrentIndex(1)
    with merge_holding_the_lock(ws.db):
        started = time.perf_counter()
        _type(qtbot, view.scan_field, ws.registered["张伟"].token)
        took = time.perf_counter() - started
        assert view.scan_answer.text().startswith("张伟: in at")
        qtbot.wait(300)  # the worker waits for the lock; the window goes on
        assert count_rows(ws.db, Attendance) == 0
    qtbot.waitUntil(lambda: count_rows(ws.db, Attendance) == 1, timeout=10_000)
    assert took < 1.0
    qtbot.waitUntil(lambda: "In the room now (1): 张伟" in view.inside.text(), timeout=5_000)


def test_an_arrival_scanned_during_a_merge_answers_at_once_and_is_recorded_after(window, qtbot, event_workspace):
    ws = event_workspace
    f = make_families(ws, ws.registered)
    token = family.traveller(ws, f.wife).registration_token
    page = window.page("FamilyPage")
    window.tabs.setCurrentWidget(page)
    before = count_rows(ws.db, CheckIn)
    with merge_holding_the_lock(ws.db):
        started = time.perf_counter()
        _type(qtbot, page.arrivals.field, token)
        took = time.perf_counter() - started
        assert page.arrivals.answer.text().startswith("陈静: arrived at")
        qtbot.wait(300)
        assert count_rows(ws.db, CheckIn) == before
    qtbot.waitUntil(lambda: family.traveller(ws, f.wife).status == "arrived", timeout=10_000)
    assert took < 1.0 and count_rows(ws.db, CheckIn) == before + 1
    _type(qtbot, page.arrivals.field, token)  # the lock is free: recorded at once, and a repeat
    assert page.arrivals.answer.text().startswith("陈静: already met at")
    assert count_rows(ws.db, CheckIn) == before + 2
