"""Sync on a busy laptop: writes during an import, exports during writes, clocks that are wrong,
and incremental bundles that arrive out of order."""

from __future__ import annotations

import json
import random
import threading
import time
import zipfile

import pytest

from carekit.domain.tables import Person
from carekit.services import conflicts, sync, sync_status
from carekit.services.events import current_event
from carekit.services.people import PersonInput, register_people
from carekit.store.journal import read_local, write_local
from carekit.domain.clock import MAX_AHEAD_MS, Stamp, device_of, wall_ms_of

from tests.unit.sync_lab import close_all, make_event
from tests.unit.conftest import open_file

DAY_MS = 24 * 3600 * 1000


@pytest.fixture
def laptops(tmp_path):
    found = make_event(tmp_path / "event", 3)
    yield found
    close_all(found)


def register(laptop, *names):
    with laptop.ws.writing() as journal:
        return register_people(journal, current_event(journal.session), [PersonInput(n) for n in names],
                               source="walk-in")


def edit(laptop, person_id, **fields):
    with laptop.ws.writing() as journal:
        journal.update(Person, person_id, fields)


def person(laptop, person_id) -> Person:
    with laptop.db.session() as session:
        return session.get(Person, person_id)


def set_clock_ahead(laptop, ms: int) -> None:
    """As if the laptop's date were wrong: its clock (and so every later stamp) jumps ahead."""
    with laptop.db.session() as session:
        local = read_local(session)
        write_local(session, hlc=str(Stamp(time.time_ns() // 1_000_000 + ms, 0, local["device_id"])))
        session.commit()


def test_desk_writes_during_an_import_never_reuse_a_stamp(laptops, tmp_path):
    a, b, _ = laptops
    (mine,) = register(a, "王小明")
    register(b, *[f"工人{i}" for i in range(600)])
    set_clock_ahead(b, 5 * 60 * 1000)  # b runs a little ahead, within the bound
    register(b, "李娜")
    bundle = b.export(tmp_path)
    errors, done = [], threading.Event()

    def desk():
        count = 0
        while not done.is_set() or count < 10:
            try:
                edit(a, mine.person_id, city=f"城{count}")
            except Exception as error:  # noqa: BLE001 (the test reports any failure)
                errors.append(error)
            count += 1

    writer = threading.Thread(target=desk)
    writer.start()
    try:
        a.take(bundle)
    finally:
        done.set()
        writer.join()
    edit(a, mine.person_id, city="最后")  # the first write after the import
    assert errors == []
    with a.db.session() as session:
        me = read_local(session)["device_id"]
        saved = read_local(session)["hlc"]
        own = [h for (h,) in session.connection().exec_driver_sql("SELECT hlc FROM revision").all()
               if device_of(h) == me]
    assert len(own) == len(set(own)) and saved >= max(own)


def test_an_import_held_up_past_its_wait_is_refused_by_name_and_writes_nothing(laptops, tmp_path, monkeypatch):
    """Another process keeps the file locked (a stuck import): the import says so instead of SQLite's
    "database is locked", and nothing of the bundle is written."""
    a, b, _ = laptops
    register(b, "赵敏")
    bundle = b.export(tmp_path)
    monkeypatch.setattr(sync, "IMPORT_WAIT_S", 0.5)
    other = open_file(a.db.path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(sync.SyncRefused) as refused:
            a.take(bundle)
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert refused.value.reason == "busy" and bundle.name in refused.value.message
    with a.db.session() as session:
        assert session.connection().exec_driver_sql("SELECT count(*) FROM person WHERE name = '赵敏'").scalar() == 0
    a.take(bundle)  # once the file is free, the same bundle imports


def test_an_export_is_one_snapshot_even_while_the_desk_writes(laptops, tmp_path, monkeypatch):
    a, b, _ = laptops
    (r,) = register(a, "陈静")
    real = sync._fact_rows
    wrote = []

    def rows_then_a_desk_write(session, table, since):
        found = real(session, table, since)
        if not wrote:
            edit(a, r.person_id, employer="美团")  # committed by another connection mid-export
            wrote.append(True)
        return found

    monkeypatch.setattr(sync, "_fact_rows", rows_then_a_desk_write)
    bundle = a.export(tmp_path)
    manifest = json.loads(zipfile.ZipFile(bundle).read("manifest.json"))
    b.take(bundle)
    with a.db.session() as session:
        me = read_local(session)["device_id"]
    assert sync.this_vector(b.ws)[me] == manifest["vector"][me]  # the vector claims nothing b lacks
    assert person(b, r.person_id).employer == ""
    assert sync_status.status(a.ws).unsent  # and a knows the desk write is still to be sent


def test_a_laptop_a_year_ahead_syncs_but_does_not_drag_the_others_clocks_or_win_later(laptops, tmp_path):
    a, b, c = laptops
    (r,) = register(a, "张伟")
    b.take(a.export(tmp_path))
    set_clock_ahead(b, 365 * DAY_MS)
    edit(b, r.person_id, city="广州")
    [report] = a.take(b.export(tmp_path))
    [warning] = report.warnings
    assert "desk 2" in warning and str(MAX_AHEAD_MS // 60_000) in warning
    assert person(a, r.person_id).city == "广州"  # its change is kept
    with a.db.session() as session:
        saved = wall_ms_of(read_local(session)["hlc"])
    assert saved <= time.time_ns() // 1_000_000 + MAX_AHEAD_MS
    edit(a, r.person_id, city="深圳")  # a saw 广州 and replaced it, though with a lower stamp
    bundles = [lap.export(tmp_path) for lap in laptops]
    for lap in laptops:
        lap.take(*bundles)
    for lap in laptops:
        assert person(lap, r.person_id).city == "深圳"
        assert conflicts.list_conflicts(lap.ws) == []
    assert a.dump() == b.dump() == c.dump()


def test_incremental_chains_from_three_laptops_go_in_whatever_order_they_arrive(laptops, tmp_path):
    a, b, c = laptops
    people = register(a, "王小明", "李娜")
    start = [lap.export(tmp_path) for lap in laptops]
    for lap in laptops:
        lap.take(*start)
    chains = []
    last = {lap.name: sync.this_vector(lap.ws) for lap in laptops}
    for step in range(3):
        for lap in laptops:
            edit(lap, people[step % 2].person_id, employer=f"{lap.name}{step}")
            register(lap, f"{lap.name} 第{step}位")
            chains.append((lap.name, lap.export(tmp_path, since=last[lap.name])))
            last[lap.name] = sync.this_vector(lap.ws)
        if step == 1:  # a hears from b halfway, so a's last bundle assumes b's first two as well
            a.take(*[path for name, path in chains if name == "b"])
    for receiver in laptops:
        pending = [path for name, path in chains if name != receiver.name]
        random.Random(receiver.name).shuffle(pending)
        pending.sort(key=lambda path: -int(path.stem.split("-")[1]))  # each laptop's newest first
        refused = 0
        while pending:
            progress = False
            for path in list(pending):
                try:
                    receiver.take(path)
                except sync.SyncRefused as error:
                    assert error.reason == "missing_range"
                    refused += 1
                    continue
                pending.remove(path)
                progress = True
            assert progress, "a chain that can never be completed"
        assert refused > 0  # the shuffle did deliver some out of order
    assert a.dump() == b.dump() == c.dump()
