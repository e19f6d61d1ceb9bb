"""A desk, a training room and a pick-up point keep scanning while a colleague's 50 000-person bundle
merges on the same laptop: every verdict within a second, every scan committed once the merge ends,
none refused or lost."""

from __future__ import annotations

import threading
import time
from pathlib import Path

from carekit.services import attendance, checkin, family, family_board, operators, sync, training, travel, waiting
from carekit.services.demo import synthetic_people
from carekit.services.events import current_event
from carekit.services.family import TravellerInput
from carekit.services.people import PersonInput, register_people
from carekit.services.travel import LegInput
from carekit.store import cipher
from carekit.store.db import WriteLockBusy
from carekit.store.outbox import outbox_of

from tests.cli import Carekit
from tests.unit.conftest import DB_PASSPHRASE, reopen
from tests.unit.sync_lab import Laptop, close_all, make_event
from tests.unit.test_training_day import first_aid

ROOT = Path(__file__).resolve().parents[2]
PIN = "246810"


def _register(laptop, people):
    with laptop.ws.writing() as journal:
        return register_people(journal, current_event(journal.session), people, source="roster")


def _audited_outcomes(laptop) -> dict[str, list[str]]:
    with laptop.db.session() as session:
        rows = session.connection().exec_driver_sql(
            "SELECT row_id, detail FROM auditentry WHERE action = 'checkin' ORDER BY hlc").all()
    found: dict[str, list[str]] = {}
    for row_id, detail in rows:
        found.setdefault(row_id, []).append(detail.split(":", 1)[1])
    return found


def _wait_for_the_merge_to_lock(db, merged: threading.Event) -> None:
    """Until the merge's write transaction has begun (decoding the bundle before it is one long
    stretch of Python holding the interpreter, a separate matter from the write lock)."""
    while not merged.is_set():
        try:
            with db.write_locked(wait=0):
                pass
        except WriteLockBusy:
            return
        time.sleep(0.02)
    raise AssertionError("the merge ended before the scans could start")


def test_scans_during_a_50000_person_merge_answer_at_once_and_are_all_recorded(tmp_path):
    a, b = make_event(tmp_path / "event", 2)
    try:
        _register(a, synthetic_people(50_000))
        desk_people = _register(b, [PersonInput(f"扫码{i}") for i in range(8)])
        (from_a,) = _register(a, [PersonInput("还没收到")])  # its record is in the bundle, not yet here
        bundle = a.export(tmp_path)
        operators.set_pin(b.ws, "Lin", PIN)
        operators.sign_in(b.db, "Lin", PIN)  # this laptop's last operator, for the command line

        # First a badge whose record is in the bundle (scanned first, while the merge surely still
        # runs), then each desk badge twice (checked in, then already).
        tokens = [from_a.token] + [p.token for p in desk_people] + [p.token for p in desk_people]
        expected = ["pending_record"] + ["checked_in"] * 8 + ["already"] * 8
        merged, failures = threading.Event(), []

        def merge():
            try:
                sync.import_bundle(b.ws, bundle)
            except BaseException as error:  # pragma: no cover - reported by the assertions below
                failures.append(error)
            finally:
                merged.set()

        merging = threading.Thread(target=merge)
        merging.start()
        home = tmp_path / "cli-home"
        home.mkdir()
        passphrase = DB_PASSPHRASE if b.db.encrypted else None
        runner = Carekit(home, cwd=ROOT, who="Lin", pin=PIN, env={cipher.ENV: passphrase} if passphrase else None)
        cli_token = desk_people[0].token  # started with the merge: it signs in and scans meanwhile
        command = runner.start("--db", b.db.path, "checkin", cli_token)
        _wait_for_the_merge_to_lock(b.db, merged)
        results, delays = [], []
        for token in tokens:
            started = time.perf_counter()
            results.append(checkin.scan(b.ws, token))
            delays.append(time.perf_counter() - started)
            time.sleep(0.2)
        during = sum(r.waiting for r in results)
        merged.wait(300)
        merging.join()
        out, err = command.communicate(timeout=300)
        checkin.commit_waiting(b.ws)  # the command line may have left its scan waiting

        assert not failures, failures
        assert command.returncode == 0, err
        assert during >= 5, "the scans should have run while the merge held the write lock"
        assert max(delays) < 1.0, delays
        if "already" not in out:  # the command line scanned the first desk badge before this thread did
            expected[1] = "already"
        assert [r.outcome for r in results] == expected
        assert outbox_of(b.db).waiting() == []
        audited = _audited_outcomes(b)
        cli_outcome = "already" if "already" in out else "checked_in"
        for person in desk_people:
            shown = [r.outcome for r in results if r.registration_id == person.registration_id]
            if person is desk_people[0]:
                assert sorted(audited[person.registration_id]) == sorted(shown + [cli_outcome])
            else:
                assert audited[person.registration_id] == shown
        assert audited[from_a.registration_id] == ["pending_record"]
        with b.db.session() as session:
            count = session.connection().exec_driver_sql(
                "SELECT count(*) FROM checkin WHERE registration_id IN ({})".format(
                    ", ".join("?" for _ in tokens)), tuple(r.registration_id for r in results)).scalar()
            people = session.connection().exec_driver_sql("SELECT count(*) FROM person").scalar()
        assert people >= 50_000
        assert count == len(tokens) + 1  # every scan of this thread and the command line's, once each
        assert "checked in" in out or "already checked in" in out
    finally:
        close_all([a, b])


def test_a_scan_waiting_when_the_laptop_stops_is_recorded_once_at_the_next_start(tmp_path):
    from carekit.services.workspace import Workspace

    (b,) = make_event(tmp_path / "event", 1, health_passphrase=None)
    (person,) = _register(b, [PersonInput("王小明")])
    merging = reopen(b.db.path)  # the merge: another connection holding the write lock
    held = merging.write_locked()
    held.__enter__()
    first = checkin.scan(b.ws, person.token)
    again = checkin.scan(b.ws, person.token)
    assert (first.outcome, first.waiting, again.outcome) == ("checked_in", True, "already")
    b.db.close()  # the app is gone before the lock came free: only the side file has the scans
    held.__exit__(RuntimeError, RuntimeError("stop"), None)  # rolled back: the merge never wrote
    merging.close()

    reopened = Workspace(reopen(b.db.path), b.ws.operator_id, "Lin", b.ws.roles)
    try:
        waiting = outbox_of(reopened.db).waiting()
        assert checkin.commit_waiting(reopened) == 2
        # As after a crash between the event file's commit and the side file's removal.
        with outbox_of(reopened.db).adding() as con:
            for row in waiting:
                outbox_of(reopened.db).add(con, row)
        assert checkin.commit_waiting(reopened) == 2
        with reopened.db.session() as session:
            rows = session.connection().exec_driver_sql(
                "SELECT id, at FROM checkin WHERE registration_id = ? ORDER BY hlc", (person.registration_id,)).all()
        assert [r[0] for r in rows] == [w["id"] for w in waiting]
        assert rows[0][1] == first.at
        assert _audited_outcomes(Laptop("b", reopened))[person.registration_id] == ["checked_in", "already"]
        assert outbox_of(reopened.db).waiting() == []
    finally:
        reopened.db.close()


def test_training_room_and_arrival_scans_during_a_50000_person_merge_answer_at_once_and_are_all_recorded(tmp_path):
    a, b = make_event(tmp_path / "event", 2)
    try:
        _register(a, synthetic_people(50_000))
        trainees = _register(b, [PersonInput(f"学员{i}") for i in range(4)])
        training.add_course(b.ws, first_aid())
        session = training.add_session(b.ws, course="FA1", site="深圳", starts="2026-12-05 09:00",
                                       ends="2026-12-05 17:00", capacity=10, trainer="Lin")
        for person in trainees:
            training.enrol(b.ws, session, person.person_id)
        travellers = [family.add_traveller(b.ws, TravellerInput(worker=trainees[0].person_id, name=f"家属{i}",
                                                                relationship="parent")) for i in range(3)]
        travel.add_leg(b.ws, LegInput(tuple(travellers), "train", "G79", "北京西", "深圳北",
                                      "2026-12-04 10:00 Asia/Shanghai", "2026-12-04 18:30 Asia/Shanghai"))
        badges = [family.traveller(b.ws, t).registration_token for t in travellers]
        bundle = a.export(tmp_path)
        merged, failures = threading.Event(), []

        def merge():
            try:
                sync.import_bundle(b.ws, bundle)
            except BaseException as error:  # pragma: no cover - reported by the assertions below
                failures.append(error)
            finally:
                merged.set()

        def room(i, at, **kw):
            return lambda: attendance.scan(b.ws, trainees[i].token, session, at=at, **kw)

        def met(i):
            return lambda: family_board.scan_arrival(b.ws, badges[i], "pickup")

        attempts = [room(0, "09:00"), met(0), room(1, "09:01"), met(1), room(2, "09:02"), met(2),
                    room(3, "09:03"), met(0), room(0, "09:04"), room(1, "12:00", out=True)]
        expected = ["in", "checked_in", "in", "checked_in", "in", "checked_in", "in", "already", "already_in", "out"]
        merging = threading.Thread(target=merge)
        merging.start()
        _wait_for_the_merge_to_lock(b.db, merged)
        results, delays = [], []
        for attempt in attempts:
            started = time.perf_counter()
            results.append(attempt())
            delays.append(time.perf_counter() - started)
            time.sleep(0.2)
        during = sum(r.waiting for r in results)
        merged.wait(300)
        merging.join()
        waiting.commit_waiting(b.ws)

        assert not failures, failures
        assert during >= 5, "the scans should have run while the merge held the write lock"
        assert max(delays) < 1.0, delays
        assert [r.outcome for r in results] == expected
        assert outbox_of(b.db).waiting() == []
        with b.db.session() as session_:
            sql = session_.connection().exec_driver_sql
            room_facts = sql("SELECT count(*) FROM attendance WHERE session_id = ?", (session,)).scalar()
            arrivals = sql("SELECT count(*) FROM checkin WHERE point = 'pickup'").scalar()
            people = sql("SELECT count(*) FROM person").scalar()
        assert people >= 50_000
        assert (room_facts, arrivals) == (6, 4)  # every scan once, the repeats too
        assert {family.traveller(b.ws, t).status for t in travellers} == {"arrived"}
    finally:
        close_all([a, b])
