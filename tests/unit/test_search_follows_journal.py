"""The search index follows the journal: whoever writes person or registration rows (a local
write, a received bundle, a person merge, an erasure) leaves the index to be brought up to date
once, in bulk, when the transaction commits. Nobody updates it by hand."""

from __future__ import annotations

import pytest

from carekit.domain.tables import Person, Registration
from carekit.services import merges, person_data, sync
from carekit.services.events import current_event
from carekit.services.people import PersonInput, register_people
from carekit.services.search import search_people
from carekit.store import search_index

from tests.unit.sync_lab import close_all, make_event

# Every kind of query the desk types: 3+ characters (trigram), 1-2 character prefixes (tokens),
# full pinyin, initials, phone digits, staff id, badge serial.
KINDS = ("谢雨桐", "谢雨", "谢", "xieyutong", "xyt", "13911223344", "e770001")


def found(ws, query) -> list[str]:
    return [m.person_id for m in search_people(ws, query)]


def register(ws, *people: PersonInput):
    with ws.writing() as journal:
        return register_people(journal, current_event(journal.session), list(people), source="walk-in")


def rain() -> PersonInput:
    return PersonInput("谢雨桐", phone="+8613911223344", staff_id="E770001")


@pytest.fixture
def laptops(tmp_path):
    found_laptops = make_event(tmp_path / "event", 2)
    yield found_laptops
    close_all(found_laptops)


def test_a_person_just_registered_is_found_by_every_kind_of_search(ws):
    (person,) = register(ws, rain())
    for query in KINDS + (person.serial,):
        assert found(ws, query) == [person.person_id], query


def test_a_person_just_imported_from_another_laptop_is_found_by_every_kind_of_search(laptops, tmp_path):
    a, b = laptops
    (person,) = register(b.ws, rain())
    sync.export_bundle(b.ws, tmp_path / "b.ckbundle")
    sync.import_bundle(a.ws, tmp_path / "b.ckbundle")
    for query in KINDS + (person.serial,):
        assert found(a.ws, query) == [person.person_id], query


def test_an_edit_received_in_a_bundle_moves_the_person_in_the_index(laptops, tmp_path):
    a, b = laptops
    (person,) = register(b.ws, rain())
    sync.export_bundle(b.ws, tmp_path / "one.ckbundle")
    sync.import_bundle(a.ws, tmp_path / "one.ckbundle")
    with b.ws.writing() as journal:
        journal.update(Person, person.person_id, {"name": "谢晓岚", "romanised": "Xie Xiaolan"})
    sync.export_bundle(b.ws, tmp_path / "two.ckbundle")
    sync.import_bundle(a.ws, tmp_path / "two.ckbundle")
    assert found(a.ws, "谢晓岚") == found(a.ws, "xxl") == [person.person_id]
    assert found(a.ws, "谢雨桐") == found(a.ws, "xyt") == []


def test_a_merged_survivor_is_found_by_the_badge_of_the_person_merged_into_it_and_not_after_undo(ws):
    kept, absorbed = register(ws, rain(), PersonInput("谢雨彤", phone="+8613911223399"))
    merge_id = merges.merge_people(ws, kept.person_id, absorbed.person_id)
    assert found(ws, absorbed.serial) == [kept.person_id]
    assert found(ws, "谢雨彤") == [kept.person_id]  # the merged-away name answers with the survivor
    merges.unmerge(ws, merge_id)
    assert found(ws, absorbed.serial) == [absorbed.person_id]
    assert found(ws, kept.serial) == [kept.person_id]


def test_a_moved_registration_takes_its_serial_along(ws):
    first, second = register(ws, rain(), PersonInput("林海", phone="+8613900001111"))
    with ws.writing() as journal:
        journal.update(Registration, first.registration_id, {"person_id": second.person_id})
    assert found(ws, first.serial) == [second.person_id]


def test_an_erased_person_leaves_the_index_at_once(ws):
    (person,) = register(ws, rain())
    person_data.erase_person(ws, person.person_id, "asked at the desk")
    for query in KINDS + (person.serial,):
        assert found(ws, query) == [], query


def test_a_transaction_that_rolls_back_leaves_the_index_as_it_was(ws):
    with pytest.raises(RuntimeError):
        with ws.writing() as journal:
            register_people(journal, current_event(journal.session), [rain()], source="walk-in")
            raise RuntimeError("stop")
    assert found(ws, "谢雨桐") == []
    (person,) = register(ws, rain())  # the next transaction indexes only what it wrote
    assert found(ws, "谢雨桐") == [person.person_id]


def test_one_bulk_pass_per_transaction_and_no_read_back_for_people_just_created(ws, monkeypatch):
    passes, reads = [], []
    index_people, current = search_index.index_people, search_index._current

    def counting(session, people, *, new=False):
        people = list(people)
        if people:
            passes.append(len(people))
        index_people(session, people, new=new)

    def reading(session, person_ids):
        reads.append(len(person_ids))
        return current(session, person_ids)

    monkeypatch.setattr(search_index, "index_people", counting)
    monkeypatch.setattr(search_index, "_current", reading)
    people = register(ws, *[PersonInput(f"工人{i}", phone=f"+86139000{i:05d}") for i in range(300)])
    assert passes == [300] and reads == []
    assert found(ws, "工人299") == [people[-1].person_id]
