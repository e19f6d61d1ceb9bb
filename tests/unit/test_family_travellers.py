"""Coordinators bring relatives in: who they visit, their needs, their papers, their status."""

from __future__ import annotations

import pytest
from sqlmodel import select

from carekit.domain.family_tables import Traveller, TravellerPrivate
from carekit.domain.tables import AuditEntry, Person
from carekit.domain.sealed import is_sealed
from carekit.services import duplicates, family, health_key
from carekit.services.errors import NotFound, PermissionDenied, ValidationError
from carekit.services.family import TravellerInput
from tests.unit.conftest import HEALTH_PASSPHRASE, count_rows
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
    assert full.private == family.PRIVATE_OPEN
    desk = desk_volunteer(ws)
    masked = family.traveller(desk, f.mother)
    assert masked.private == family.PRIVATE_MASKED and masked.medical_note == ""
    assert not any(ch.isdigit() for ch in masked.id_doc_number) and masked.id_doc_number
    with ws.db.session() as session:
        details = " ".join(e.detail for e in session.exec(select(AuditEntry)).all())
        stored = session.get(TravellerPrivate, f.mother)
    assert "110101194501011234" not in details and "insulin" not in details
    assert is_sealed(stored.id_doc_number) and is_sealed(stored.medical_note)
    assert stored.id_doc_type == "resident id"  # which paper to bring stays clear


def test_a_coordinator_on_a_locked_laptop_sees_them_locked_until_the_health_passphrase(ws, crowd):
    f = make_families(ws, crowd)
    health_key.lock_health(ws)
    locked = family.traveller(ws, f.mother)
    assert locked.private == family.PRIVATE_LOCKED
    assert "1234" not in locked.id_doc_number and locked.medical_note == ""
    family.edit_traveller(ws, f.mother, medical_note="insulin at 8 and 20")  # sealing needs no unlock
    health_key.unlock_health(ws, HEALTH_PASSPHRASE)
    opened = family.traveller(ws, f.mother)
    assert (opened.id_doc_number, opened.medical_note) == ("110101194501011234", "insulin at 8 and 20")


def test_an_identity_number_in_an_event_without_a_health_key_is_refused_and_nothing_written(tmp_path, crowd):
    from carekit.services.events import SiteInput, create_event
    from carekit.store.db import Database
    bare = create_event(Database(tmp_path / "bare.carekit"), name="No key", operator_name="Lin",
                        sites=[SiteInput("深圳")], pin="246810")
    from carekit.services.people import PersonInput, register_people
    from carekit.services.events import current_event
    with bare.writing() as journal:
        [worker] = register_people(journal, current_event(journal.session), [PersonInput(name="张伟")],
                                   source="walk-in")
    before = count_rows(bare.db, Person)
    with pytest.raises(health_key.HealthLocked) as refused:
        family.add_traveller(bare, TravellerInput(worker=worker.person_id, name="李秀英", relationship="parent",
                                                  id_doc_number="110101194501011234"))
    assert refused.value.reason == "no_health_key"
    assert count_rows(bare.db, Person) == before
    # Without private fields a traveller is added as before.
    family.add_traveller(bare, TravellerInput(worker=worker.person_id, name="李秀英", relationship="parent"))
    bare.db.close()


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
