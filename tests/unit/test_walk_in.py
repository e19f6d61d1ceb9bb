"""Registering people who walk up to the desk without being on the roster."""

import pytest
from sqlmodel import select

from carekit.domain.tables import AuditEntry, CheckIn, Consent, Person, Registration, Revision
from carekit.security.tokens import verify_token
from carekit.services.checkin import ALREADY, CHECKED_IN, check_in
from carekit.services.errors import ValidationError
from carekit.services.events import event_info
from carekit.services.search import search_people
from carekit.services.walk_in import REGISTRATION_NOTICE_VERSION, WalkIn, register_walk_in
from tests.unit.conftest import count_rows

TABLES = (Person, Registration, Consent, CheckIn, AuditEntry, Revision)


def _counts(db):
    return [count_rows(db, table) for table in TABLES]


@pytest.mark.parametrize("form, reason", [
    (WalkIn(name="", phone="13800138000", consent_given=True), "no_name"),
    (WalkIn(name="   ", consent_given=True), "no_name"),
    (WalkIn(name="刘洋", phone="13800138000", consent_given=False), "no_consent"),
    (WalkIn(name="刘洋", phone="12345", consent_given=True), "bad_phone"),
    (WalkIn(name="刘洋", phone="not a phone", consent_given=True), "bad_phone"),
    (WalkIn(name="刘洋", category="vip", consent_given=True), "bad_category"),
    (WalkIn(name="刘洋", job="astronaut", consent_given=True), "bad_job"),
    (WalkIn(name="刘\x1f洋", consent_given=True), "control_character"),
    (WalkIn(name="刘洋", staff_id="E\x1e300", consent_given=True), "control_character"),
])
def test_an_incomplete_walk_in_form_is_refused_and_nothing_written(ws, crowd, form, reason):
    before = _counts(ws.db)
    with pytest.raises(ValidationError) as refused:
        register_walk_in(ws, form)
    assert refused.value.reason == reason
    assert refused.value.message
    assert _counts(ws.db) == before


def test_a_walk_in_is_registered_with_consent_and_checked_in_at_once(ws):
    result = register_walk_in(ws, WalkIn(name=" 刘洋 ", phone="１３６ ００００ １１１１", staff_id="E300",
                                         consent_given=True))
    registered = result.registered
    assert result.check_in.outcome == CHECKED_IN and result.check_in.name == "刘洋"
    assert result.possible_duplicate_of == ""
    with ws.db.session() as session:
        person = session.get(Person, registered.person_id)
        registration = session.get(Registration, registered.registration_id)
        [consent] = session.exec(select(Consent).where(Consent.person_id == person.id)).all()
        [checkin] = session.exec(select(CheckIn)).all()
    assert (person.name, person.romanised, person.phone) == ("刘洋", "Liu Yang", "+8613600001111")
    assert registration.person_id == person.id and registration.source == "walk-in"
    assert registration.site_id  # this laptop's site
    assert consent.kind == "registration" and consent.notice_version == REGISTRATION_NOTICE_VERSION
    assert consent.collected_by == ws.operator_id and consent.given_at
    assert checkin.registration_id == registration.id
    event = event_info(ws)
    assert verify_token(event.id, event.badge_key, registered.token).registration_id == registration.id
    assert check_in(ws, registered.token).outcome == ALREADY
    assert [m.name for m in search_people(ws, "liuyang")] == ["刘洋"]


def test_a_walk_in_with_a_registered_persons_phone_is_flagged_not_merged(ws, crowd):
    result = register_walk_in(ws, WalkIn(name="张 伟", phone="138 0013 8000", consent_given=True))
    existing = crowd["张伟"].person_id
    assert result.possible_duplicate_of == existing
    assert result.registered.person_id != existing
    with ws.db.session() as session:
        walk_in = session.get(Person, result.registered.person_id)
        original = session.get(Person, existing)
    assert walk_in.possible_duplicate_of == existing
    assert original.merged_into == "" and not original.deleted
    assert walk_in.merged_into == ""


def test_a_walk_in_with_a_registered_staff_id_is_flagged(ws, crowd):
    result = register_walk_in(ws, WalkIn(name="Wang Xiaoming", staff_id="E100003", consent_given=True))
    assert result.possible_duplicate_of == crowd["王小明"].person_id


def test_a_walk_in_can_be_registered_without_checking_in(ws):
    result = register_walk_in(ws, WalkIn(name="María Muñoz", consent_given=True), check_in=False)
    assert result.check_in is None
    assert count_rows(ws.db, CheckIn) == 0


def test_a_correction_with_a_control_character_is_refused_and_nothing_changes(ws, crowd):
    from carekit.services.corrections import edit_person, person_card
    person_id = crowd["张伟"].person_id
    before = person_card(ws, person_id).fields
    with pytest.raises(ValidationError) as refused:
        edit_person(ws, person_id, {"staff_id": "E\x1f9", "city": "广州"})
    assert refused.value.reason == "control_character" and "U+001F" in refused.value.message
    assert person_card(ws, person_id).fields == before
