"""Coordinators bring relatives in: who they visit, their needs, their papers, their status."""

from __future__ import annotations

import pytest
from sqlmodel import select

from carekit.domain.family_tables import Traveller, TravellerPrivate
from carekit.domain.tables import AuditEntry, Person
from carekit.services import duplicates, family
from carekit.services.errors import NotFound, PermissionDenied, ValidationError
from carekit.services.family import TravellerInput
from tests.unit.conftest import count_rows
from tests.unit.family_fixtures import desk_volunteer, make_families


def test_relatives_are_family_members_with_badges_linked_to_their_worker(ws, crowd):
    f = make_families(ws, crowd)
    views = {v.person_id: v for v in family.list_travellers(ws)}
    mother = views[f.mother]
    assert (mother.name, mother.romanised, mother.worker_name) == ("李秀英", "Li Xiuying", "张伟")
    assert mother.needs == ["wheelchair", "halal"] and mother.status == "invited"
    assert mother.registration_token.startswith("CK1")
    with ws.db.session() as session:
        assert session.get(Person, f.mother).category == "family"
    assert views[f.son].contact_phone == "+8613800138000"  # reached through the worker


def test_a_mother_sharing_her_sons_phone_is_not_a_duplicate(ws, crowd):
    f = make_families(ws, crowd)
    with ws.db.session() as session:
        assert session.get(Person, f.mother).possible_duplicate_of == ""
    assert duplicates.find_duplicates(ws) == []


def test_a_stranger_with_the_workers_phone_is_still_flagged(ws, crowd):
    make_families(ws, crowd)
    from carekit.services.people import PersonInput, register_people
    from carekit.services.events import current_event
    with ws.writing() as journal:
        register_people(journal, current_event(journal.session), [PersonInput(name="赵强", phone="+8613800138000")],
                        source="walk-in")
    pairs = duplicates.find_duplicates(ws)
    assert {p.name_a for p in pairs} | {p.name_b for p in pairs} >= {"张伟", "赵强"}
    assert all("李秀英" not in (p.name_a, p.name_b) or "赵强" in (p.name_a, p.name_b) for p in pairs)


def test_a_traveller_linked_to_a_relative_not_a_worker_is_refused(ws, crowd):
    f = make_families(ws, crowd)
    before = count_rows(ws.db, Person)
    with pytest.raises(ValidationError) as refused:
        family.add_traveller(ws, TravellerInput(worker=f.mother, name="王芳", relationship="sibling"))
    assert refused.value.reason == "not_a_worker" and "李秀英" in refused.value.message
    with pytest.raises(NotFound):
        family.add_traveller(ws, TravellerInput(worker="E999999", name="王芳", relationship="sibling"))
    assert count_rows(ws.db, Person) == before


def test_a_party_of_only_children_is_refused_and_nothing_is_written(ws, crowd):
    before = count_rows(ws.db, Person), count_rows(ws.db, Traveller)
    with pytest.raises(ValidationError) as refused:
        family.add_travellers(ws, [
            TravellerInput(worker="E100003", name="王小红", relationship="child", age_band="child"),
            TravellerInput(worker="E100003", name="王小军", relationship="child", age_band="infant")])
    assert refused.value.reason == "no_adult" and "王小红" in refused.value.message
    assert (count_rows(ws.db, Person), count_rows(ws.db, Traveller)) == before
    ids = family.add_travellers(ws, [
        TravellerInput(worker="E100003", name="陈静", relationship="spouse"),
        TravellerInput(worker="E100003", name="王小红", relationship="child", age_band="child")])
    assert len(ids) == 2


@pytest.mark.parametrize("field, value, reason", [
    ("relationship", "cousin", "bad_relationship"), ("age_band", "teen", "bad_age_band"),
    ("needs", ("jetpack",), "bad_need"), ("phone", "12345", "bad_phone"), ("name", "  ", "no_name")])
def test_each_bad_traveller_field_is_named(ws, crowd, field, value, reason):
    item = TravellerInput(worker=crowd["张伟"].person_id, name="李秀英", relationship="parent")
    with pytest.raises(ValidationError) as refused:
        family.add_traveller(ws, TravellerInput(**{**item.__dict__, field: value}))
    assert refused.value.reason == reason


def test_identity_numbers_and_medical_notes_only_for_coordinators(ws, crowd):
    f = make_families(ws, crowd)
    full = family.traveller(ws, f.mother)
    assert full.id_doc_number == "110101194501011234" and full.medical_note == "insulin twice a day"
    desk = desk_volunteer(ws)
    masked = family.traveller(desk, f.mother)
    assert masked.id_doc_number.endswith("1234") and "110101" not in masked.id_doc_number
    assert masked.medical_note == ""
    with ws.db.session() as session:
        details = " ".join(e.detail for e in session.exec(select(AuditEntry)).all())
        assert session.get(TravellerPrivate, f.mother).id_doc_number == "110101194501011234"
    assert "110101194501011234" not in details and "insulin" not in details


def test_status_moves_forward_with_who_and_when(ws, crowd):
    f = make_families(ws, crowd)
    for status in ("confirmed", "ticketed", "travelling"):
        family.set_status(ws, f.mother, status)
    with pytest.raises(ValidationError) as refused:
        family.set_status(ws, f.mother, "confirmed")
    assert refused.value.reason == "status_backwards"
    with pytest.raises(ValidationError):
        family.set_status(ws, f.mother, "landed")
    history = family.status_history(ws, f.mother)
    assert [h.status for h in history] == ["invited", "confirmed", "ticketed", "travelling"]
    assert {h.operator for h in history} == {"Lin Coordinator"} and all(h.at for h in history)


def test_the_desk_may_mark_arrivals_but_nothing_else(ws, crowd):
    f = make_families(ws, crowd)
    desk = desk_volunteer(ws)
    with pytest.raises(PermissionDenied):
        family.set_status(desk, f.mother, "ticketed")
    with pytest.raises(PermissionDenied):
        family.add_traveller(desk, TravellerInput(worker=f.worker_zhang, name="张三", relationship="other"))
    assert family.set_status(desk, f.mother, "arrived") == "arrived"
    assert family.status_history(ws, f.mother)[-1].operator == "Wu Desk"


def test_editing_needs_and_papers_keeps_values_out_of_the_audit(ws, crowd):
    f = make_families(ws, crowd)
    changed = family.edit_traveller(ws, f.wife, needs=["vegetarian", "pregnant"], id_doc_number="G12345678")
    assert changed == {"needs": "vegetarian,pregnant", "id_doc_number": "•"}
    assert family.traveller(ws, f.wife).id_doc_number == "G12345678"
    with pytest.raises(ValidationError):
        family.edit_traveller(ws, f.wife, needs=["jetpack"])
