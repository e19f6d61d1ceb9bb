"""Merging people at the desk and across laptops: no circles, nobody lost, and a way back."""

from __future__ import annotations

import pytest
from sqlmodel import select

from carekit.domain.tables import CheckIn, Consent, Person, Registration
from carekit.services import checkin, duplicates, merges, search
from carekit.services.errors import ValidationError
from carekit.services.events import current_event
from carekit.services.people import PersonInput, register_people

from tests.unit.sync_lab import close_all, make_event


@pytest.fixture
def laptops(tmp_path):
    found = make_event(tmp_path / "event", 3)
    yield found
    close_all(found)


def register(laptop, *people):
    with laptop.ws.writing() as journal:
        return register_people(journal, current_event(journal.session), list(people), source="walk-in",
                               consent_version="1")


def everyone_sends_to_everyone(laptops, folder):
    bundles = [lap.export(folder) for lap in laptops]
    for lap in laptops:
        lap.take(*bundles)


def owners(laptop, cls, ids):
    with laptop.db.session() as session:
        return {row.id: row.person_id for row in session.exec(select(cls).where(cls.id.in_(ids)))}


def test_crossed_merges_on_two_laptops_end_with_one_survivor_everywhere_and_are_listed(laptops, tmp_path):
    a, b, c = laptops
    x, y = register(a, PersonInput("张伟", phone="+8613800138000"), PersonInput("张伟", phone="+8613800138000"))
    everyone_sends_to_everyone(laptops, tmp_path)
    merges.merge_people(a.ws, y.person_id, x.person_id)  # laptop 1: X into Y
    merges.merge_people(b.ws, x.person_id, y.person_id)  # laptop 2: Y into X
    everyone_sends_to_everyone(laptops, tmp_path)
    survivors = set()
    for lap in laptops:
        with lap.db.session() as session:
            pointers = {p.id: p.merged_into for p in session.exec(select(Person))
                        if p.id in (x.person_id, y.person_id)}
        kept = [p for p, into in pointers.items() if not into]
        assert len(kept) == 1 and all(into in ("", kept[0]) for into in pointers.values())  # no circle
        survivors.add(kept[0])
        found = {m.person_id for m in search.search_people(lap.ws, "13800138000")}
        assert found == {kept[0]}  # in search, once
        for reg in (x, y):  # both badges still find a person: the survivor
            assert checkin.check_in(lap.ws, reg.token).person_id == kept[0]
        [case] = merges.merge_cases(lap.ws)
        assert {p for p, _ in case.people} == {x.person_id, y.person_id} and case.survivor == kept[0]
    assert len(survivors) == 1
    everyone_sends_to_everyone(laptops, tmp_path)
    assert a.dump() == b.dump() == c.dump()


def test_an_unmerge_gives_both_people_back_with_their_badges_consents_and_check_ins(laptops, tmp_path):
    a, b, _ = laptops
    first, second = register(a, PersonInput("李娜", phone="+8613911112222"), PersonInput("李 娜", phone="+8613911112222"))
    checkin.check_in(a.ws, second.token)
    merge_id = duplicates.merge_people(a.ws, first.person_id, second.person_id)
    assert owners(a, Registration, [second.registration_id]) == {second.registration_id: first.person_id}
    assert merges.last_merge(a.ws).id == merge_id
    b.take(a.export(tmp_path))
    merges.unmerge(b.ws, merge_id)  # undone on another laptop: it syncs like the merge did
    a.take(b.export(tmp_path))
    for lap in (a, b):
        assert owners(lap, Registration, [first.registration_id, second.registration_id]) == {
            first.registration_id: first.person_id, second.registration_id: second.person_id}
        with lap.db.session() as session:
            consents = {c.person_id for c in session.exec(select(Consent))}
            assert {first.person_id, second.person_id} <= consents
            assert session.get(Person, second.person_id).merged_into == ""
            assert session.exec(select(CheckIn).where(CheckIn.registration_id == second.registration_id)).first()
        assert checkin.check_in(lap.ws, second.token).person_id == second.person_id
        assert {m.person_id for m in search.search_people(lap.ws, "13911112222")} == {
            first.person_id, second.person_id}
        assert merges.last_merge(lap.ws) is None
    with pytest.raises(ValidationError):
        merges.unmerge(a.ws, merge_id)
    everyone_sends_to_everyone([a, b], tmp_path)
    assert a.dump() == b.dump()


def test_chained_merges_point_everyone_at_the_last_person_kept(laptops, tmp_path):
    a, b, _ = laptops
    p, q, r = register(a, PersonInput("王一"), PersonInput("王二"), PersonInput("王三"))
    b.take(a.export(tmp_path))
    merges.merge_people(a.ws, q.person_id, p.person_id)  # P into Q here
    merges.merge_people(b.ws, r.person_id, q.person_id)  # Q into R there
    everyone_sends_to_everyone([a, b], tmp_path)
    for lap in (a, b):
        with lap.db.session() as session:
            assert session.get(Person, p.person_id).merged_into == r.person_id
            assert session.get(Person, q.person_id).merged_into == r.person_id
            assert session.get(Person, r.person_id).merged_into == ""
        assert checkin.check_in(lap.ws, p.token).person_id == r.person_id
        assert merges.merge_cases(lap.ws) == []  # a chain is not a disagreement
    with pytest.raises(ValidationError):
        merges.merge_people(a.ws, r.person_id, p.person_id)  # already one person


def test_merge_shows_both_people_side_by_side(laptops):
    a = laptops[0]
    one, two = register(a, PersonInput("陈静", phone="+8613700001111", staff_id="E1", employer="美团"),
                        PersonInput("陈晶", phone="+8613700001111", employer="饿了么"))
    checkin.check_in(a.ws, one.token)
    left, right = merges.side_by_side(a.ws, one.person_id, two.person_id)
    assert (left.name, left.phone, left.staff_id, left.employer, left.check_ins, left.badges) == (
        "陈静", "+8613700001111", "E1", "美团", 1, (one.serial,))
    assert (right.name, right.employer, right.check_ins, right.badges) == ("陈晶", "饿了么", 0, (two.serial,))


def test_a_person_merged_into_another_is_still_found_by_their_own_name_as_the_survivor(laptops, tmp_path):
    a, b, _c = laptops
    kept, absorbed = register(a, PersonInput("王小明", phone="+8613800138000"),
                              PersonInput("Ana Souza", phone="+8613912345678", staff_id="E777"))
    before = search.count_people(a.ws)
    merge_id = merges.merge_people(a.ws, kept.person_id, absorbed.person_id)
    everyone_sends_to_everyone(laptops, tmp_path)
    for lap in (a, b):
        for query in ("Souza", "13912345678", "E777", absorbed.serial):
            assert [m.person_id for m in search.search_people(lap.ws, query)] == [kept.person_id], (lap.name, query)
        assert [m.person_id for m in search.search_people(lap.ws, "王小明")] == [kept.person_id]
    assert search.count_people(a.ws) == before - 1  # one person now, not two
    merges.unmerge(a.ws, merge_id)
    assert [m.person_id for m in search.search_people(a.ws, "Souza")] == [absorbed.person_id]
    assert search.count_people(a.ws) == before
