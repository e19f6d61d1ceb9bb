"""The desk, the training room and the welcome desk scan through a merge: the answer on screen at
once, the window never waiting for the lock, a calm note while the scan waits, the scan recorded by
a worker when the merge ends; a scan whose recording fails is set aside and said on the Sync page."""

from __future__ import annotations

import sqlite3
import time
from contextlib import contextmanager

from PySide6.QtCore import Qt

from carekit.domain.tables import CheckIn
from carekit.domain.training import Attendance
from carekit.services import checkin, family, training, waiting
from carekit.store.db import Database
from carekit.store.outbox import outbox_of, outbox_path
from tests.ui.test_desk import scan
from tests.ui.test_training_page import _today_session, _type
from tests.unit.conftest import count_rows
from tests.unit.family_fixtures import make_families

WAITS = "Recorded as soon as the merge finishes."


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
        assert view.scan_note.text() == WAITS and not view.scan_note.isHidden()
        qtbot.wait(300)  # the worker waits for the lock; the window goes on
        assert count_rows(ws.db, Attendance) == 0 and view.scan_note.text() == WAITS
    qtbot.waitUntil(lambda: count_rows(ws.db, Attendance) == 1, timeout=10_000)
    qtbot.waitUntil(view.scan_note.isHidden, timeout=5_000)
    assert view.scan_note.text() == ""
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
        assert page.arrivals.note.text() == WAITS and not page.arrivals.note.isHidden()
        qtbot.wait(300)
        assert count_rows(ws.db, CheckIn) == before
    qtbot.waitUntil(lambda: family.traveller(ws, f.wife).status == "arrived", timeout=10_000)
    qtbot.waitUntil(page.arrivals.note.isHidden, timeout=5_000)
    assert took < 1.0 and count_rows(ws.db, CheckIn) == before + 1
    _type(qtbot, page.arrivals.field, token)  # the lock is free: recorded at once, and a repeat
    assert page.arrivals.answer.text().startswith("陈静: already met at")
    assert count_rows(ws.db, CheckIn) == before + 2 and page.arrivals.note.isHidden()


def test_the_desk_says_a_scan_waits_for_the_merge_and_stops_saying_it_once_recorded(qtbot, desk, event_workspace):
    ws = event_workspace
    note = desk.result.note
    scan(qtbot, desk, ws.registered["张伟"].token)  # the lock is free: recorded at once, no note
    assert desk.result.state == "checked_in" and note.isHidden()
    with merge_holding_the_lock(ws.db):
        scan(qtbot, desk, ws.registered["王小明"].token)
        assert desk.result.state == "checked_in"
        assert note.text() == WAITS and not note.isHidden()
        qtbot.wait(300)
        assert note.text() == WAITS
    qtbot.waitUntil(note.isHidden, timeout=10_000)
    assert waiting.waiting_count(ws) == 0
    with merge_holding_the_lock(ws.db):
        scan(qtbot, desk, ws.registered["王小明"].token)
        assert note.text() == WAITS
        desk.reset()  # Esc: the verdict and its note go together
        assert note.isHidden()
    qtbot.waitUntil(lambda: waiting.waiting_count(ws) == 0, timeout=10_000)


def test_a_scan_whose_recording_fails_is_said_on_the_desk_and_on_the_sync_page(qtbot, window, desk,
                                                                                event_workspace, monkeypatch):
    ws = event_workspace
    bad = ws.registered["王小明"]
    real, original = checkin.replay_check_in, waiting._replays

    def replay(journal, row):
        if row["registration_id"] == bad.registration_id:
            raise RuntimeError("this row cannot be recorded")
        real(journal, row)

    monkeypatch.setattr(waiting, "_replays", lambda: {**original(), checkin.KIND: replay})
    with merge_holding_the_lock(ws.db):
        scan(qtbot, desk, ws.registered["张伟"].token)
        scan(qtbot, desk, bad.token)
        assert desk.result.note.text() == WAITS
    qtbot.waitUntil(lambda: "set aside" in desk.result.note.text(), timeout=10_000)
    assert "Sync page" in desk.result.note.text() and count_rows(ws.db, CheckIn) == 1
    scan(qtbot, desk, ws.registered["Peña Nieto"].token)  # the next scans are recorded
    assert desk.result.state == "checked_in" and count_rows(ws.db, CheckIn) == 2
    with sqlite3.connect(outbox_path(ws.db.path)) as con:  # and a row no key opens
        con.execute("INSERT INTO waiting (ref, body) VALUES ('x', '{damaged')")
    page = window.page("SyncPage")
    window.tabs.setCurrentWidget(page)
    qtbot.waitUntil(lambda: not page.waiting_box.isHidden())
    text = page.waiting_scans.text()
    assert "not recorded: 1." in text and "cannot be read: 1." in text
    assert outbox_path(ws.db.path).name in text and not page.retry_button.isHidden()
    monkeypatch.setattr(waiting, "_replays", original)  # whatever failed is mended
    qtbot.mouseClick(page.retry_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.retry_button.isHidden(), timeout=10_000)
    assert count_rows(ws.db, CheckIn) == 3 and "not recorded" not in page.waiting_scans.text()
    assert "cannot be read: 1." in page.waiting_scans.text() and len(outbox_of(ws.db).waiting()) == 0


def test_scans_set_aside_before_are_tried_again_when_the_event_is_next_opened(qtbot, event_workspace, monkeypatch):
    from carekit.app import build_window

    ws = event_workspace
    bad = ws.registered["王小明"]
    original = waiting._replays

    def replay(journal, row):
        raise RuntimeError("this row cannot be recorded")

    monkeypatch.setattr(waiting, "_replays", lambda: {**original(), checkin.KIND: replay})
    with merge_holding_the_lock(ws.db):
        checkin.scan(ws, bad.token)
    assert waiting.commit_waiting(ws) == 0 and waiting.status(ws).aside == 1
    monkeypatch.setattr(waiting, "_replays", original)  # mended, as by an update between two days
    assert waiting.commit_waiting(ws) == 0  # a scan or the worker does not try it again
    window = build_window(ws)  # the next start: the desk is the first page shown
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: count_rows(ws.db, CheckIn) == 1, timeout=10_000)
    assert waiting.status(ws).aside == 0 and waiting.waiting_count(ws) == 0


def test_the_sync_page_says_when_the_side_file_itself_is_damaged(qtbot, window, event_workspace):
    outbox_path(event_workspace.db.path).write_bytes(b"not a database" * 100)
    page = window.page("SyncPage")
    window.tabs.setCurrentWidget(page)
    qtbot.waitUntil(lambda: not page.waiting_box.isHidden())
    assert "cannot be opened: it is damaged" in page.waiting_scans.text() and page.retry_button.isHidden()


def test_a_waiting_scan_of_a_kind_this_version_does_not_record_does_not_keep_the_worker_going(
        qtbot, desk, event_workspace, monkeypatch):
    ws = event_workspace
    box = outbox_of(ws.db)
    with box.adding() as con:  # written by a newer version: kept, left for it
        box.add(con, {"kind": "a newer kind", "id": "01a00000-0000-7000-8000-000000000001"})
    runs = []
    real = waiting.commit_waiting
    monkeypatch.setattr(waiting, "commit_waiting", lambda *a, **k: runs.append(1) or real(*a, **k))
    with merge_holding_the_lock(ws.db):
        scan(qtbot, desk, ws.registered["张伟"].token)
    qtbot.waitUntil(desk.result.note.isHidden, timeout=10_000)
    qtbot.wait(500)
    assert len(runs) == 1 and waiting.waiting_count(ws) == 1 and count_rows(ws.db, CheckIn) == 1


def test_the_recording_guard_holds_event_files_not_addresses_and_forgets_a_closed_one(tmp_path):
    """A worker's guard names the Database itself, weakly: a file opened later (whose id() may be
    the same address again) is never taken for one whose worker still runs."""
    import gc

    from carekit.ui import waiting_scans
    db = Database(tmp_path / "gone.carekit")
    waiting_scans._recording.add(db)
    later = Database(tmp_path / "later.carekit")
    assert later not in waiting_scans._recording
    db.close()
    del db
    gc.collect()
    assert later not in waiting_scans._recording and len(waiting_scans._recording) == 0
    later.close()
