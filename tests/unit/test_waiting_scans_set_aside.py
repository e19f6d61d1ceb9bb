"""A waiting scan whose recording fails never stops another: it is rolled back alone, kept, set
aside (not tried at every scan again), counted, and tried again at the next start or on request;
the scan being made and the other waiting scans are recorded. Plain and encrypted event files."""

from __future__ import annotations

import json
import sqlite3
import threading
import time

import pytest

from carekit import cli
from carekit.domain.ids import new_id
from carekit.domain.tables import CheckIn
from carekit.domain.training import Attendance
from carekit.services import attendance, checkin, training, waiting
from carekit.store.outbox import outbox_of, outbox_path
from tests.unit.conftest import count_rows
from tests.unit.test_scans_behind_a_lock import db, merge_holding_the_lock  # noqa: F401
from tests.unit.test_training_day import first_aid
from tests.unit.test_waiting_scan_file import OLD_TABLE


def _checked_in(ws, registration_id: str) -> int:
    with ws.db.session() as session:
        return session.connection().exec_driver_sql(
            "SELECT count(*) FROM checkin WHERE registration_id = ?", (registration_id,)).scalar()


def _three_waiting(ws, crowd) -> list[checkin.CheckInResult]:
    with merge_holding_the_lock(ws.db):
        return [checkin.scan(ws, crowd[name].token) for name in ("王小明", "张伟", "张伟明")]


def _failing_for(monkeypatch, registration_id: str) -> list[str]:
    """The desk replay raises for one registration, after writing its check-in (so the savepoint
    must take that write back); the ids it was asked to record."""
    real, asked = checkin.replay_check_in, []

    def replay(journal, row):
        asked.append(row["id"])
        real(journal, row)
        if row["registration_id"] == registration_id:
            raise RuntimeError("the replay of this row fails")

    original = waiting._replays
    monkeypatch.setattr(waiting, "_replays", lambda: {**original(), checkin.KIND: replay})
    return asked


def test_a_waiting_scan_that_raises_is_set_aside_and_every_other_scan_is_recorded(ws, crowd, monkeypatch):
    before = count_rows(ws.db, CheckIn)
    bad = _three_waiting(ws, crowd)[1]
    asked = _failing_for(monkeypatch, bad.registration_id)
    now = checkin.scan(ws, crowd["Peña Nieto"].token)  # the lock is free: recorded with the two good ones
    assert now.outcome == checkin.CHECKED_IN and not now.waiting
    assert count_rows(ws.db, CheckIn) == before + 3
    assert _checked_in(ws, bad.registration_id) == 0  # its half-written check-in was rolled back alone
    state = waiting.status(ws)
    assert (state.waiting, state.aside, state.unreadable) == (1, 1, 0)
    assert waiting.scan_state(ws, bad.scan_id) == "aside"
    [(kept, reason)] = waiting.set_aside(ws)
    assert (kept["id"], kept["registration_id"], reason) == (bad.scan_id, bad.registration_id, "RuntimeError")
    # Set aside: the next scans do not try it again, and are recorded.
    tried = len(asked)
    again = checkin.scan(ws, crowd["王小明"].token)
    assert again.outcome == checkin.ALREADY and len(asked) == tried
    assert count_rows(ws.db, CheckIn) == before + 4 and waiting.status(ws).aside == 1
    assert waiting.commit_waiting(ws) == 0 and len(asked) == tried
    # Tried again on request (or at the next start): still failing, still kept; once it records, gone.
    assert waiting.commit_waiting(ws, retry=True) == 0 and len(asked) == tried + 1
    assert waiting.status(ws).aside == 1
    monkeypatch.undo()
    assert waiting.commit_waiting(ws, retry=True) == 1
    assert _checked_in(ws, bad.registration_id) == 1 and waiting.scan_state(ws, bad.scan_id) == "recorded"
    assert waiting.status(ws) == waiting.WaitingStatus(0, 0, 0, outbox_path(ws.db.path).name)


def test_a_waiting_training_scan_naming_a_session_that_is_gone_does_not_stop_the_desk(ws, crowd):
    training.add_course(ws, first_aid())
    session = training.add_session(ws, course="FA1", site="深圳", starts="2026-12-05 09:00",
                                   ends="2026-12-05 17:00", capacity=3, trainer="Lin Coordinator", room="B2")
    training.enrol(ws, session, crowd["张伟"].person_id)
    with merge_holding_the_lock(ws.db):
        room = attendance.scan(ws, crowd["张伟"].token, session, at="09:00")
        desk = checkin.scan(ws, crowd["张伟明"].token)
    box = outbox_of(ws.db)
    with box.adding() as con:  # a row of a kind this version records, missing what it needs
        box.add(con, {"kind": attendance.KIND, "id": new_id(), "person_id": crowd["张伟"].person_id})
    now = checkin.scan(ws, crowd["王小明"].token)
    assert now.outcome == checkin.CHECKED_IN
    assert count_rows(ws.db, Attendance) == 1 and _checked_in(ws, desk.registration_id) == 1
    assert waiting.scan_state(ws, room.scan_id) == waiting.scan_state(ws, desk.scan_id) == "recorded"
    [(kept, reason)] = waiting.set_aside(ws)
    assert kept["kind"] == attendance.KIND and reason == "KeyError"


@pytest.mark.parametrize("db", ["encrypted"], indirect=True)  # rows are sealed beside an encrypted file only
def test_a_damaged_sealed_row_never_stops_a_scan_and_is_kept(ws, crowd):
    _three_waiting(ws, crowd)
    with sqlite3.connect(outbox_path(ws.db.path)) as con:
        seq, body = con.execute("SELECT seq, body FROM waiting ORDER BY seq LIMIT 1").fetchone()
        con.execute("UPDATE waiting SET body = ? WHERE seq = ?", (body[:20] + bytes([body[20] ^ 1]) + body[21:], seq))
    for name in ("Peña Nieto", "王小明"):
        assert not checkin.scan(ws, crowd[name].token).waiting
    assert waiting.status(ws).unreadable == 1 and waiting.status(ws).waiting == 0
    with sqlite3.connect(outbox_path(ws.db.path)) as con:
        assert con.execute("SELECT seq, body FROM waiting").fetchall() == [(seq, body[:20] + bytes([body[20] ^ 1])
                                                                               + body[21:])]


def test_a_plain_row_that_is_not_a_scan_is_kept_unreadable_and_the_scans_go_on(ws, crowd):
    if ws.db.encrypted:
        pytest.skip("a row in clear is only read beside a plain event file")
    box = outbox_of(ws.db)
    box.prepare()
    odd = [json.dumps({"id": 7, "kind": "checkin"}), json.dumps(["a", "list"]), "{not json"]
    with sqlite3.connect(outbox_path(ws.db.path)) as con:
        con.executemany("INSERT INTO waiting (ref, body) VALUES (?, ?)", [(f"r{i}", t) for i, t in enumerate(odd)])
    assert not checkin.scan(ws, crowd["Peña Nieto"].token).waiting
    assert not checkin.scan(ws, crowd["王小明"].token).waiting
    assert waiting.status(ws).unreadable == 3
    with sqlite3.connect(outbox_path(ws.db.path)) as con:
        assert [b for (b,) in con.execute("SELECT body FROM waiting ORDER BY seq")] == odd


def test_an_old_format_row_that_cannot_be_recorded_is_set_aside_and_the_scans_go_on(ws, crowd, monkeypatch):
    ws.db.close()  # the old version's table is read when the side file is opened
    with sqlite3.connect(outbox_path(ws.db.path)) as con:
        con.execute("PRAGMA journal_mode=WAL")
        con.execute(OLD_TABLE)
        con.execute("INSERT INTO scan (id, registration_id, point, desk, at, outcome, operator_id) "
                    "VALUES (?, ?, 'entrance', 'desk 2', 'not a time', 'checked_in', ?)",
                    (new_id(), crowd["张伟"].registration_id, ws.operator_id))
        old_id = con.execute("SELECT id FROM scan").fetchone()[0]
    good = _three_waiting(ws, crowd)
    assert all(r.waiting for r in good)

    def failing_old(journal, row):
        if row["at"] == "not a time":
            raise ValueError("an old row's time that cannot be read")
        checkin.replay_check_in(journal, row)

    original = waiting._replays
    monkeypatch.setattr(waiting, "_replays", lambda: {**original(), checkin.KIND: failing_old})
    assert not checkin.scan(ws, crowd["Peña Nieto"].token).waiting
    assert all(waiting.scan_state(ws, r.scan_id) == "recorded" for r in good)
    assert waiting.scan_state(ws, old_id) == "aside"
    with sqlite3.connect(outbox_path(ws.db.path)) as con:
        assert con.execute("SELECT id FROM scan").fetchall() == [(old_id,)]


def test_the_command_line_lists_the_scans_set_aside_and_retries_them(ws, crowd, monkeypatch, capsys):
    monkeypatch.setattr("carekit.cli.desk.open_workspace", lambda _args: ws)
    bad = _three_waiting(ws, crowd)[2]
    _failing_for(monkeypatch, bad.registration_id)
    assert waiting.commit_waiting(ws) == 2
    assert cli.main(["waiting"]) == 0
    out = capsys.readouterr().out
    assert "waiting: 0, set aside: 1, unreadable: 0" in out
    assert f"set aside: checkin {bad.scan_id} at {bad.at} (RuntimeError)" in out
    assert cli.main(["waiting", "--retry"]) == 1  # still failing: a script learns it
    assert "recorded: 0" in capsys.readouterr().out
    monkeypatch.undo()  # whatever failed is mended
    monkeypatch.setattr("carekit.cli.desk.open_workspace", lambda _args: ws)
    assert cli.main(["waiting", "--retry"]) == 0
    out = capsys.readouterr().out
    assert "recorded: 1" in out and "set aside: 0" in out and _checked_in(ws, bad.registration_id) == 1


def test_a_command_line_scan_whose_own_recording_fails_says_it_is_set_aside(ws, crowd, monkeypatch, capsys):
    monkeypatch.setattr("carekit.cli.desk.open_workspace", lambda _args: ws)
    _failing_for(monkeypatch, crowd["张伟"].registration_id)
    codes = []
    with merge_holding_the_lock(ws.db):
        command = threading.Thread(target=lambda: codes.append(cli.main(["checkin", crowd["张伟"].token])))
        command.start()
        time.sleep(0.5)
    command.join(30)
    assert codes == [0]
    err = capsys.readouterr().err
    assert "set aside" in err and "recorded." not in err
    assert waiting.status(ws).aside == 1


def test_a_waiting_row_the_event_file_refuses_is_rolled_back_alone(ws, crowd):
    """No injected failure: the event file itself refuses the row (a check-in without a registration)."""
    good = _three_waiting(ws, crowd)
    box = outbox_of(ws.db)
    refused = new_id()
    with box.adding() as con:
        box.add(con, {"kind": checkin.KIND, "id": refused, "registration_id": None, "point": "entrance",
                      "desk": "desk 9", "at": good[0].at, "outcome": "checked_in", "operator_id": ws.operator_id})
    before = count_rows(ws.db, CheckIn)
    assert not checkin.scan(ws, crowd["Peña Nieto"].token).waiting
    assert count_rows(ws.db, CheckIn) == before + 4
    assert [r for r in good if waiting.scan_state(ws, r.scan_id) != "recorded"] == []
    [(kept, reason)] = waiting.set_aside(ws)
    assert kept["id"] == refused and reason == "IntegrityError"


def test_a_side_file_that_is_not_a_database_stops_no_scan_that_can_be_written(ws, crowd, capsys, monkeypatch):
    outbox_path(ws.db.path).write_bytes(b"this is not an SQLite file" * 200)
    assert not checkin.scan(ws, crowd["张伟"].token).waiting  # recorded: the lock is free
    assert _checked_in(ws, crowd["张伟"].registration_id) == 1
    state = waiting.status(ws)
    assert state.damaged and waiting.waiting_count(ws) == 0 and waiting.commit_waiting(ws, retry=True) == 0
    with merge_holding_the_lock(ws.db):  # behind a merge the scan cannot be kept: refused, clearly
        with pytest.raises(waiting.SideFileUnusable) as refused:
            checkin.scan(ws, crowd["王小明"].token)
    assert outbox_path(ws.db.path).name in refused.value.message and "Nothing was recorded" in refused.value.message
    assert _checked_in(ws, crowd["王小明"].registration_id) == 0
    monkeypatch.setattr("carekit.cli.desk.open_workspace", lambda _args: ws)
    assert cli.main(["waiting"]) == 1 and "cannot be opened" in capsys.readouterr().err
    assert outbox_path(ws.db.path).read_bytes() == b"this is not an SQLite file" * 200  # kept as it was
