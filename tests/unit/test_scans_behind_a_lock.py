"""The training room and the pick-up point keep scanning while a merge holds the write lock: every
verdict within a second, nothing refused for the lock, each scan recorded once when it is free —
after a crash too — on plain and on encrypted event files."""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from contextlib import contextmanager
from pathlib import Path

import pytest

from carekit import cli
from carekit.domain.tables import CheckIn, Person
from carekit.domain.training import Attendance, Enrollment
from carekit.services import attendance, family, family_board, training, waiting
from carekit.services.workspace import Workspace
from carekit.store import cipher
from carekit.store.db import Database
from carekit.store.outbox import outbox_of
from tests.unit.conftest import count_rows
from tests.unit.family_fixtures import desk_volunteer, make_families
from tests.unit.test_training_day import first_aid

ROOT = Path(__file__).resolve().parents[2]
EVENT_PASSPHRASE = "kite harbour 7731"
EVERY_S = 0.2  # a scan every 200 ms, as a busy room scans


@pytest.fixture(params=["plain", "encrypted"])
def db(request, tmp_path):
    """Both kinds of event file: the side file beside an encrypted one is sealed with its key."""
    if request.param == "encrypted" and not cipher.available():
        pytest.skip("SQLCipher is not installed")
    database = Database(tmp_path / "event.carekit", EVENT_PASSPHRASE if request.param == "encrypted" else None)
    yield database
    database.close()


def _passphrase(db: Database) -> str | None:
    return EVENT_PASSPHRASE if db.encrypted else None


@contextmanager
def merge_holding_the_lock(db: Database):
    """Another connection to the file holding its write lock, as a merge does for ~17 s."""
    merging = Database(db.path, _passphrase(db))
    held = merging.write_locked()
    held.__enter__()
    try:
        yield
    finally:
        held.__exit__(None, None, None)
        merging.close()


def _scan_from_another_thread(attempts):
    """Each attempt every EVERY_S from a thread of its own: (results or errors, seconds each)."""
    answers, delays = [], []

    def run():
        for attempt in attempts:
            started = time.perf_counter()
            try:
                answers.append(attempt())
            except Exception as error:  # noqa: BLE001 - a refusal is an answer too
                answers.append(error)
            delays.append(time.perf_counter() - started)
            time.sleep(EVERY_S)

    thread = threading.Thread(target=run)
    thread.start()
    thread.join(60)
    assert not thread.is_alive()
    return answers, delays


@pytest.fixture
def session_id(ws, crowd):
    training.add_course(ws, first_aid())
    session = training.add_session(ws, course="FA1", site="深圳", starts="2026-12-05 09:00",
                                   ends="2026-12-05 17:00", capacity=3, trainer="Lin Coordinator", room="B2")
    for name in ("张伟", "王小明"):
        training.enrol(ws, session, crowd[name].person_id)
    return session


def _room_scans(ws, crowd, session_id):
    def at(name, time_, **kw):
        return lambda: attendance.scan(ws, crowd[name].token, session_id, at=time_, **kw)
    return [at("张伟", "09:00"), at("王小明", "09:01"), at("张伟", "09:02"),
            at("张伟明", "09:03", walk_in=True),  # not enrolled: walked in by a scan that waits
            at("张伟", "12:00", out=True), at("张伟明", "12:01", out=True),
            at("Peña Nieto", "09:04"),  # neither enrolled nor a walk-in: refused, behind the lock too
            at("王小明", "09:00", out=True)]  # out before their in: refused


ROOM_OUTCOMES = ["in", "in", "already_in", "in", "out", "out", "not_enrolled", "out_before_in"]


def _outcome(answer) -> str:
    return getattr(answer, "outcome", None) or answer.reason


def test_training_room_scans_during_a_merge_answer_at_once_and_are_recorded_once_after(ws, crowd, session_id):
    with merge_holding_the_lock(ws.db):
        answers, delays = _scan_from_another_thread(_room_scans(ws, crowd, session_id))
        assert [_outcome(a) for a in answers] == ROOM_OUTCOMES
        assert all(a.waiting for a in answers[:6])
        assert max(delays) < 1.0, delays
        assert count_rows(ws.db, Attendance) == 0  # nothing could be written yet
        assert waiting.waiting_count(ws) == 6
        assert waiting.commit_waiting(ws, wait=0.2) == 0  # still held: they stay waiting
    assert waiting.commit_waiting(ws) == 6
    assert waiting.commit_waiting(ws) == 0
    assert count_rows(ws.db, Attendance) == 6
    seen = attendance.session_attendance(ws, session_id)
    assert seen[crowd["张伟"].person_id].hours.hours == 3.0
    assert not seen[crowd["张伟明"].person_id].hours.open_until_end  # his out, kept behind the lock, counts
    assert [l.source for l in training.roster(ws, session_id) if l.source == "walk-in"] == ["walk-in"]
    assert outbox_of(ws.db).waiting() == []
    # The same scans with the lock free give the same verdicts (what waited is on record now).
    assert attendance.scan(ws, crowd["张伟明"].token, session_id, at="13:00").outcome == "in"


def test_a_training_room_scan_on_the_command_line_prints_the_verdict_then_waits(ws, crowd, session_id, monkeypatch,
                                                                               capsys):
    monkeypatch.setattr("carekit.cli.training.open_workspace", lambda _args: ws)
    codes = []
    with merge_holding_the_lock(ws.db):
        started = time.perf_counter()
        command = threading.Thread(target=lambda: codes.append(cli.main(
            ["attend", crowd["王小明"].token, "--session", session_id, "--at", "09:30"])))
        command.start()
        printed = ""
        while "王小明: in at 09:30" not in printed and time.perf_counter() - started < 5:
            printed += capsys.readouterr().out
            time.sleep(0.01)
        shown_after = time.perf_counter() - started
        time.sleep(0.3)
        assert command.is_alive()  # waiting for the merge to end, the verdict already printed
    command.join(30)
    assert codes == [0]
    assert "王小明: in at 09:30" in printed and shown_after < 1.0
    assert "recorded." in capsys.readouterr().err
    assert count_rows(ws.db, Attendance) == 1


def test_arrival_scans_during_a_merge_answer_at_once_and_are_recorded_once_after(ws, crowd):
    f = make_families(ws, crowd)
    desk = desk_volunteer(ws)
    token = {p: family.traveller(ws, p).registration_token for p in (f.mother, f.son, f.wife)}
    attempts = [lambda: family_board.scan_arrival(desk, token[f.mother], "pickup"),
                lambda: family_board.scan_arrival(desk, token[f.son], "pickup"),
                lambda: family_board.scan_arrival(desk, token[f.mother], "pickup"),
                lambda: family_board.scan_arrival(desk, token[f.wife], "hotel"),
                lambda: family_board.scan_arrival(desk, token[f.mother], "hotel"),
                lambda: family_board.scan_arrival(desk, crowd["张伟"].token, "pickup")]  # not travelling
    before = count_rows(ws.db, CheckIn)
    with merge_holding_the_lock(ws.db):
        answers, delays = _scan_from_another_thread(attempts)
        assert [_outcome(a) for a in answers] == ["checked_in", "checked_in", "already", "checked_in",
                                                 "checked_in", "not_travelling"]
        assert all(a.waiting for a in answers[:5]) and answers[2].first_desk == "desk 2"
        assert max(delays) < 1.0, delays
        assert count_rows(ws.db, CheckIn) == before
    assert waiting.commit_waiting(desk) == 5
    assert count_rows(ws.db, CheckIn) == before + 5
    assert {p: family.traveller(ws, p).status for p in token} == dict.fromkeys(token, "arrived")
    assert waiting.commit_waiting(desk) == 0 and count_rows(ws.db, CheckIn) == before + 5
    with ws.db.session() as session:
        ats = session.connection().exec_driver_sql(
            "SELECT at FROM checkin WHERE registration_id = ? AND point = 'pickup' ORDER BY hlc",
            (answers[0].registration_id,)).scalars().all()
    assert ats == [answers[0].at, answers[2].at]  # each with the time it was scanned, not recorded


def _reopen(db: Database, ws: Workspace) -> Workspace:
    return Workspace(Database(db.path, _passphrase(db)), ws.operator_id, ws.operator_name, ws.roles)


@pytest.mark.parametrize("kind", ["attendance", "arrival"])
def test_scans_waiting_when_the_laptop_stops_are_recorded_once_at_the_next_start(ws, crowd, session_id, kind):
    if kind == "arrival":
        f = make_families(ws, crowd)
        tokens = [family.traveller(ws, p).registration_token for p in (f.mother, f.wife)]
        scans = [lambda t=t: family_board.scan_arrival(ws, t, "pickup") for t in tokens]
        table = CheckIn
    else:
        scans = [lambda: attendance.scan(ws, crowd["张伟"].token, session_id, at="09:00"),
                 lambda: attendance.scan(ws, crowd["张伟"].token, session_id, at="11:00", out=True)]
        table = Attendance
    before = count_rows(ws.db, table)
    with merge_holding_the_lock(ws.db):
        assert all(scan().waiting for scan in scans)
        ws.db.close()  # the app is gone before the lock came free: only the side file has the scans
    reopened = _reopen(ws.db, ws)
    try:
        kept = outbox_of(reopened.db).waiting()
        assert [w["kind"] for w in kept] == [kind, kind]
        assert waiting.commit_waiting(reopened) == 2
        # As after a crash between the event file's commit and the side file's removal.
        box = outbox_of(reopened.db)
        with box.adding() as con:
            for row in kept:
                box.add(con, row)
        assert waiting.commit_waiting(reopened) == 2
        assert count_rows(reopened.db, table) == before + 2
        with reopened.db.session() as session:
            ids = set(session.connection().exec_driver_sql(
                f"SELECT id FROM {table.__tablename__}").scalars())
        assert {w["id"] for w in kept} <= ids
        assert outbox_of(reopened.db).waiting() == []
    finally:
        reopened.db.close()


def test_a_walk_in_whose_person_is_gone_when_the_lock_frees_does_not_stop_the_other_scans(ws, crowd, session_id):
    with merge_holding_the_lock(ws.db):
        walked = attendance.scan(ws, crowd["张伟明"].token, session_id, at="09:05", walk_in=True)
        other = attendance.scan(ws, crowd["张伟"].token, session_id, at="09:06")
        assert walked.waiting and walked.walk_in and other.waiting
    with ws.writing() as journal:  # as a merge may bring: the walk-in's person deleted meanwhile
        journal.update(Person, crowd["张伟明"].person_id, {"deleted": True})
    assert waiting.commit_waiting(ws) == 2
    assert waiting.waiting_count(ws) == 0
    assert attendance.scan(ws, crowd["张伟"].token, session_id, at="09:07").outcome == "already_in"
    assert count_rows(ws.db, Attendance) == 3


KILLED_SCANNER = """
import sys, time
from carekit.services import attendance, family_board, operators
from carekit.store.db import Database
db = Database(sys.argv[1], sys.argv[2] or None)
ws = operators.sign_in(db, "Lin Coordinator", "246810")
print("ready", flush=True)
sys.stdin.readline()
shown = lambda r: print("verdict", r.outcome, r.waiting, flush=True)
if sys.argv[3] == "attendance":
    attendance.attend(ws, sys.argv[4], sys.argv[5], at="09:10", on_verdict=shown)
else:
    family_board.arrive(ws, sys.argv[4], "hotel", on_verdict=shown)
print("returned", flush=True)
"""


@pytest.mark.parametrize("kind", ["attendance", "arrival"])
def test_a_scanner_killed_while_its_scan_waits_loses_nothing(ws, crowd, session_id, kind):
    """kill -9 of a process whose scan waits behind the lock: recorded once at the next start."""
    if kind == "arrival":
        wife = make_families(ws, crowd).wife
        token, shown, table = family.traveller(ws, wife).registration_token, "checked_in", CheckIn
    else:
        token, shown, table = crowd["王小明"].token, "in", Attendance
    before = count_rows(ws.db, table)
    child = subprocess.Popen([sys.executable, "-c", KILLED_SCANNER, str(ws.db.path), _passphrase(ws.db) or "",
                              kind, token, session_id], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True, cwd=ROOT)
    try:
        assert child.stdout.readline().strip() == "ready", child.stderr.read()
        with merge_holding_the_lock(ws.db):
            started = time.perf_counter()
            child.stdin.write("scan\n")
            child.stdin.flush()
            assert child.stdout.readline().split() == ["verdict", shown, "True"]
            assert time.perf_counter() - started < 1.0
            child.kill()
            child.wait(10)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait(10)
    assert count_rows(ws.db, table) == before
    assert waiting.commit_waiting(ws) == 1
    assert waiting.commit_waiting(ws) == 0
    assert count_rows(ws.db, table) == before + 1
    if kind == "arrival":
        assert family.traveller(ws, wife).status == "arrived"
    else:
        facts = attendance.session_attendance(ws, session_id)[crowd["王小明"].person_id].scans
        assert [(s.direction, s.at[11:16]) for s in facts] == [("in", "09:10")]
        assert count_rows(ws.db, Enrollment) == 2


def test_an_arrival_on_the_command_line_prints_the_verdict_then_waits(ws, crowd, monkeypatch, capsys):
    wife = make_families(ws, crowd).wife
    token = family.traveller(ws, wife).registration_token
    monkeypatch.setattr("carekit.cli.desk.open_workspace", lambda _args: ws)
    codes, printed = [], ""
    with merge_holding_the_lock(ws.db):
        started = time.perf_counter()
        command = threading.Thread(target=lambda: codes.append(cli.main(["checkin", token, "--point", "pickup"])))
        command.start()
        while "checked in: 陈静" not in printed and time.perf_counter() - started < 5:
            printed += capsys.readouterr().out
            time.sleep(0.01)
        shown_after = time.perf_counter() - started
        time.sleep(0.3)
        assert command.is_alive() and family.traveller(ws, wife).status != "arrived"
    command.join(30)
    assert codes == [0] and "checked in: 陈静" in printed and shown_after < 1.0
    assert "recorded." in capsys.readouterr().err
    assert family.traveller(ws, wife).status == "arrived"
