"""The welcome desk's board after each kind of write reads only what changed, and shows exactly what a
fresh read of the whole file shows."""

from __future__ import annotations

from datetime import datetime, timezone

from carekit.services import family, family_board, merges, pickups, travel
from carekit.services.events import current_event
from carekit.services.family import TravellerInput
from carekit.services.people import PersonInput, register_people
from carekit.services.travel import LegInput
from tests.unit.family_fixtures import make_families
from tests.unit.sync_lab import close_all, make_event

NOON = datetime(2026, 12, 4, 10, 30, tzinfo=timezone.utc)


def _board(ws):
    board = family_board.arrivals_board(ws, NOON)
    return [r.as_dict() for r in board.rows], board.counts, [v.__dict__ for v in board.vehicles]


def _fresh(ws):
    family_board._cache.clear()
    return _board(ws)


def test_each_write_refreshes_the_board_to_what_a_fresh_read_shows(ws, crowd, monkeypatch):
    f = make_families(ws, crowd)
    pickups.plan_pickups(ws, 60, 7)
    _board(ws)
    reads = []
    real = family_board._read_all
    monkeypatch.setattr(family_board, "_read_all", lambda *a: reads.append(1) or real(*a))
    [first_van, *_] = pickups.vehicle_plans(ws)
    twin = None
    writes = [
        lambda: family.set_status(ws, f.mother, "arrived"),
        lambda: travel.edit_leg(ws, f.flight, arrives="2026-12-04 16:40"),
        lambda: pickups.edit_vehicle(ws, first_van.id, driver_name="老周"),
        lambda: pickups.move_traveller(ws, f.wife, first_van.id),
        lambda: family.edit_traveller(ws, f.son, needs=["vegetarian"]),
        lambda: travel.add_leg(ws, LegInput((f.wife,), "train", "G81", "广州南", "深圳北",
                                            "2026-12-04 19:00 Asia/Shanghai", "2026-12-04 19:40 Asia/Shanghai")),
    ]
    for write in writes:
        write()
        incremental = _board(ws)
        assert incremental == _fresh(ws), write
        _board(ws)  # the fresh read above refilled the cache; the next write starts from it
    assert reads.count(1) == len(writes)  # each full read was the test's own, never the refresh's
    with ws.writing() as journal:
        [twin] = register_people(journal, current_event(journal.session), [PersonInput(name="Zhang W")],
                                 source="walk-in")
    merges.merge_people(ws, twin.person_id, f.worker_zhang)  # a merge re-points without a revision
    assert {r["worker_name"] for r in _board(ws)[0] if r["person_id"] == f.mother} == {"Zhang W"}


def test_a_bundle_with_older_stamps_still_shows_on_the_board(tmp_path):
    a, b = make_event(tmp_path / "event", 2)
    try:
        with a.ws.writing() as journal:
            register_people(journal, current_event(journal.session),
                            [PersonInput(name="张伟", phone="+8613800138000", staff_id="E1")], source="roster")
        mother = family.add_traveller(a.ws, TravellerInput(worker="E1", name="李秀英", relationship="parent"))
        travel.add_leg(a.ws, LegInput((mother,), "train", "G79", "北京西", "深圳北", "2026-12-04 10:00",
                                      "2026-12-04 18:30"))
        bundle = a.export(tmp_path)
        # b writes later than a did, then reads its board, then takes a's older work.
        with b.ws.writing() as journal:
            register_people(journal, current_event(journal.session), [PersonInput(name="王小明")], source="walk-in")
        assert family_board.arrivals_board(b.ws, NOON).rows == []
        b.take(bundle)
        assert [r.name for r in family_board.arrivals_board(b.ws, NOON).rows] == ["李秀英"]
    finally:
        close_all([a, b])


def test_as_the_clock_runs_the_kept_board_matches_a_fresh_read(ws, crowd):
    from datetime import timedelta
    f = make_families(ws, crowd)
    pickups.plan_pickups(ws, 60, 7)
    family.set_status(ws, f.wife, "arrived")
    start = datetime(2026, 12, 4, 6, 0, tzinfo=timezone.utc)  # 14:00 in Shenzhen, before anyone lands
    states = set()
    for step in range(0, 60):
        now = start + timedelta(minutes=7 * step)
        kept = family_board.arrivals_board(ws, now)
        family_board._cache.clear()
        fresh = family_board.arrivals_board(ws, now)
        assert ([r.as_dict() for r in kept.rows], kept.counts, kept.now_utc) == (
            [r.as_dict() for r in fresh.rows], fresh.counts, fresh.now_utc), now
        family_board.arrivals_board(ws, now)  # the next step starts from a kept board again
        states.update(r.board for r in kept.rows)
    assert states == {"on_time", "landed", "missing", "picked_up"}


def test_writes_patched_one_after_another_end_where_a_fresh_read_does(ws, crowd):
    from datetime import timedelta
    f = make_families(ws, crowd)
    pickups.plan_pickups(ws, 60, 7)
    when = NOON
    family_board.arrivals_board(ws, when)
    [van, *_] = pickups.vehicle_plans(ws)
    for write in (lambda: family.set_status(ws, f.son, "confirmed"),
                  lambda: pickups.edit_vehicle(ws, van.id, driver_name="老周"),
                  lambda: travel.edit_leg(ws, f.train, arrives="2026-12-04 18:50"),
                  lambda: family.set_status(ws, f.mother, "arrived"),
                  lambda: travel.delete_leg(ws, f.flight)):
        write()
        family_board.arrivals_board(ws, when)  # patched from the board before, never read whole
        when += timedelta(seconds=20)
    kept = _board(ws)
    assert kept == _fresh(ws)
    assert {r["person_id"] for r in kept[0]} == {f.mother, f.son}  # the cancelled flight's traveller left


def test_two_encrypted_event_files_never_share_a_kept_board(tmp_path):
    """Every encrypted file's engine has the same URL ("sqlite://"): the kept board is held per
    open file, so a second event whose stamps happen to match never shows the first one's
    travellers."""
    import pytest

    from carekit.services.events import SiteInput, create_event
    from carekit.store import cipher
    from carekit.store.db import Database
    from tests.unit.conftest import ROSTER, Crowd
    if not cipher.available():
        pytest.skip("no SQLCipher here")

    def event(name: str):
        db = Database(tmp_path / f"{name}.carekit", "a long file passphrase")
        ws = create_event(db, name=name, sites=[SiteInput("深圳")], operator_name="Lin", pin="246810", health_passphrase="mango lantern 19",
                          timezone="Asia/Shanghai", starts_on="2026-12-05", ends_on="2026-12-06")
        with ws.writing() as journal:
            registered = register_people(journal, current_event(journal.session), ROSTER, source="roster")
        make_families(ws, Crowd({p.name: r for p, r in zip(ROSTER, registered)}))
        return ws

    first = event("first")
    shown_first = {r.person_id for r in family_board.arrivals_board(first, NOON).rows}
    second = event("second")
    shown_second = {r.person_id for r in family_board.arrivals_board(second, NOON).rows}
    with second.db.session() as session:
        travellers = {pid for (pid,) in session.connection().exec_driver_sql("SELECT id FROM traveller")}
    assert shown_second == travellers and not shown_second & shown_first
    first.db.close()
    second.db.close()
