"""Two and three laptops of one event exchanging bundles during the day."""

from __future__ import annotations

import json

import pytest
from sqlmodel import select

from carekit.domain.tables import CheckIn, Device, Person, Registration
from carekit.services import conflicts, duplicates, sync
from carekit.services.errors import PermissionDenied
from carekit.services.events import current_event
from carekit.services.people import PersonInput, register_people
from carekit.store import search_index
from carekit.store.journal import read_local
from carekit.domain.clock import Stamp

from tests.unit.sync_lab import close_all, make_event


@pytest.fixture
def laptops(tmp_path):
    found = make_event(tmp_path / "event", 3)
    yield found
    close_all(found)


def register(laptop, *people: PersonInput):
    with laptop.ws.writing() as journal:
        return register_people(journal, current_event(journal.session), list(people), source="walk-in")


def person(laptop, person_id) -> Person:
    with laptop.db.session() as session:
        return session.get(Person, person_id)


def edit(laptop, person_id, **fields):
    with laptop.ws.writing() as journal:
        journal.update(Person, person_id, fields)


def test_a_joining_laptop_gets_the_event_and_its_own_device(laptops):
    a, b, _ = laptops
    with b.db.session() as session:
        local = read_local(session)
        assert current_event(session).name == "骑手关爱日"
        devices = {d.id: d for d in session.exec(select(Device))}
    assert local["device_id"] in devices and devices[local["device_id"]].name == "desk 2"
    assert devices[local["device_id"]].public_key
    with a.db.session() as session:
        assert read_local(session)["device_id"] != local["device_id"]


def test_people_registered_at_two_desks_reach_both_and_can_be_searched(laptops, tmp_path):
    a, b, _ = laptops
    (ra,) = register(a, PersonInput("张伟", phone="+8613800138000"))
    (rb,) = register(b, PersonInput("Peña Nieto", phone="+5511987654321"))
    reports = b.take(a.export(tmp_path))
    assert (reports[0].new, reports[0].conflicts) == (2, 0)  # the person and the registration
    a.take(b.export(tmp_path))
    assert a.dump() == b.dump()
    with b.db.session() as session:
        assert ra.person_id in search_index.search(session, "zw")
    with a.db.session() as session:
        assert rb.person_id in search_index.search(session, "pena")


def test_importing_the_same_bundle_twice_changes_nothing(laptops, tmp_path):
    a, b, _ = laptops
    register(a, PersonInput("王小明"))
    bundle = a.export(tmp_path)
    first = b.take(bundle)[0]
    before = b.dump()
    again = b.take(bundle)[0]
    assert first.new > 0
    assert (again.new, again.updated, again.facts_new, again.conflicts) == (0, 0, 0, 0)
    assert b.dump() == before


def test_edits_to_different_fields_on_two_laptops_both_survive(laptops, tmp_path):
    a, b, _ = laptops
    (r,) = register(a, PersonInput("张伟明", phone="+8613912345678"))
    b.take(a.export(tmp_path))
    edit(a, r.person_id, employer="美团")
    edit(b, r.person_id, city="广州")
    b.take(a.export(tmp_path))
    a.take(b.export(tmp_path))
    for laptop in (a, b):
        p = person(laptop, r.person_id)
        assert (p.employer, p.city) == ("美团", "广州")
    assert conflicts.list_conflicts(a.ws) == []
    assert a.dump() == b.dump()


def test_two_values_for_one_field_are_both_kept_and_a_coordinator_picks(laptops, tmp_path):
    a, b, c = laptops
    (r,) = register(a, PersonInput("王小明", phone="+8613711112222"))
    for other in (b, c):
        other.take(a.export(tmp_path))
    edit(a, r.person_id, phone="+8613711113333")
    edit(b, r.person_id, phone="+8613711114444")
    report = b.take(a.export(tmp_path))[0]
    assert report.conflicts == 1
    a.take(b.export(tmp_path))
    [view] = conflicts.list_conflicts(a.ws)
    assert view.field == "phone" and view.label == "王小明"
    assert {c.value for c in view.choices} == {"+8613711113333", "+8613711114444"}
    shown = [c for c in view.choices if c.shown][0]
    assert person(a, r.person_id).phone == shown.value == person(b, r.person_id).phone
    loser = [c for c in view.choices if not c.shown][0]
    conflicts.resolve(a.ws, view.id, loser.stamp)
    assert person(a, r.person_id).phone == loser.value
    assert conflicts.list_conflicts(a.ws) == []
    # The choice travels: b and c (which never saw the conflict) end up identical to a.
    bundle = a.export(tmp_path)
    b.take(bundle)
    c.take(bundle)
    assert conflicts.list_conflicts(b.ws) == [] and person(b, r.person_id).phone == loser.value
    from_c = c.export(tmp_path)
    a.take(from_c)
    b.take(from_c)
    assert a.dump() == b.dump() == c.dump()


def test_only_a_coordinator_resolves_a_conflict(laptops, tmp_path):
    a, b, _ = laptops
    (r,) = register(a, PersonInput("王小明"))
    b.take(a.export(tmp_path))
    edit(a, r.person_id, city="深圳")
    edit(b, r.person_id, city="广州")
    a.take(b.export(tmp_path))
    [view] = conflicts.list_conflicts(a.ws)
    desk = type(a.ws)(a.db, "x", "Volunteer", frozenset())
    with pytest.raises(PermissionDenied):
        conflicts.resolve(desk, view.id, view.choices[0].stamp)


def test_a_worker_registered_at_two_offline_desks_is_flagged_then_merged(laptops, tmp_path):
    a, b, _ = laptops
    (ra,) = register(a, PersonInput("张伟", phone="+8613800138000", staff_id="E1"))
    (rb,) = register(b, PersonInput("张 伟", phone="+8613800138000"))
    report = a.take(b.export(tmp_path))[0]
    assert report.duplicates == 1
    [pair] = duplicates.find_duplicates(a.ws)
    assert {pair.person_a, pair.person_b} == {ra.person_id, rb.person_id} and pair.key == "phone"
    # check-in of b's registration happened at desk b before the merge
    with b.ws.writing() as journal:
        journal.add_fact(CheckIn, {"registration_id": rb.registration_id, "desk": "desk 2", "at": "09:14"})
    duplicates.merge_people(a.ws, ra.person_id, rb.person_id)
    assert duplicates.find_duplicates(a.ws) == []
    b.take(a.export(tmp_path))
    a.take(b.export(tmp_path))
    for laptop in (a, b):
        assert person(laptop, rb.person_id).merged_into == ra.person_id
        with laptop.db.session() as session:
            regs = session.exec(select(Registration).where(Registration.person_id == ra.person_id)).all()
            assert {r.id for r in regs} == {ra.registration_id, rb.registration_id}
            assert session.exec(select(CheckIn).where(CheckIn.registration_id == rb.registration_id)).first()
            assert rb.person_id not in search_index.search(session, "+8613800138000")
    assert duplicates.find_duplicates(b.ws) == []
    assert a.dump() == b.dump()


def test_people_kept_apart_stay_off_the_duplicate_list_everywhere(laptops, tmp_path):
    a, b, _ = laptops
    register(a, PersonInput("李娜", staff_id="S7"))
    register(b, PersonInput("李娜", staff_id="S7"))
    a.take(b.export(tmp_path))
    [pair] = duplicates.find_duplicates(a.ws)
    duplicates.keep_apart(a.ws, pair.person_a, pair.person_b)
    assert duplicates.find_duplicates(a.ws) == []
    b.take(a.export(tmp_path))
    assert duplicates.find_duplicates(b.ws) == []


def test_an_incremental_bundle_is_refused_where_what_it_assumes_is_missing(laptops, tmp_path):
    a, b, c = laptops
    (r,) = register(a, PersonInput("阿卜杜拉·艾力"))
    first = a.export(tmp_path)
    b.take(first)
    edit(b, r.person_id, employer="饿了么")
    only_edit = b.export(tmp_path, since=sync.this_vector(a.ws))  # incremental: just b's edit
    before = c.dump()
    with pytest.raises(sync.SyncRefused) as refused:
        c.take(only_edit)  # c never had a's registration, which the bundle leaves out
    assert refused.value.reason == "missing_range" and "desk 1" in refused.value.message
    assert c.dump() == before
    c.take(first)
    c.take(only_edit)
    assert person(c, r.person_id).name == "阿卜杜拉·艾力" and person(c, r.person_id).employer == "饿了么"
    a.take(only_edit)
    assert person(c, r.person_id).model_dump() == person(a, r.person_id).model_dump()


def test_an_incremental_bundle_carries_only_what_the_receiver_lacks(laptops, tmp_path):
    a, b, _ = laptops
    a.take(b.export(tmp_path))
    b.take(a.export(tmp_path))
    register(a, PersonInput("陈静"))
    bundle = a.export(tmp_path, since=sync.this_vector(b.ws))
    import zipfile
    manifest = json.loads(zipfile.ZipFile(bundle).read("manifest.json"))
    assert manifest["counts"]["revision"] == 2  # the person and the registration
    b.take(bundle)
    assert a.dump() == b.dump()


def test_receiving_moves_this_laptops_clock_past_everything_seen(laptops, tmp_path):
    a, b, _ = laptops
    with a.db.session() as session:
        a_clock = Stamp.parse(read_local(session)["hlc"])
    b.take(a.export(tmp_path))
    with b.db.session() as session:
        b_clock = Stamp.parse(read_local(session)["hlc"])
    assert (b_clock.wall_ms, b_clock.counter) >= (a_clock.wall_ms, a_clock.counter)


def test_a_tombstone_merges_like_any_field(laptops, tmp_path):
    a, b, _ = laptops
    (r,) = register(a, PersonInput("删除 测试"))
    b.take(a.export(tmp_path))
    with a.ws.writing() as journal:
        journal.delete(Person, r.person_id)
    edit(b, r.person_id, city="深圳")
    b.take(a.export(tmp_path))
    a.take(b.export(tmp_path))
    assert person(a, r.person_id).deleted and person(b, r.person_id).deleted
    assert person(b, r.person_id).city == "深圳"
    assert a.dump() == b.dump()


def test_a_cancelled_import_leaves_nothing_behind(laptops, tmp_path):
    a, b, _ = laptops
    register(a, PersonInput("王小明"), PersonInput("李娜"))
    bundle = a.export(tmp_path)
    before = b.dump()
    with pytest.raises(sync.SyncCancelled):
        sync.import_bundle(b.ws, bundle, progress=lambda done, total: False)
    assert b.dump() == before
    assert b.take(bundle)[0].new == 4  # and it imports fine afterwards
