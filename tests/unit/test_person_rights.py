"""A person asks what the event holds about them, or asks to be erased: on every laptop, for good."""

from __future__ import annotations

import json

import pytest

from carekit.domain.enums import ConsentKind, Role
from carekit.services import checkin, consent, person_data, screening, search
from carekit.services.checkin import CheckInRefused
from carekit.services.errors import PermissionDenied, ValidationError
from carekit.services.events import current_event
from carekit.services.people import PersonInput, register_people
from carekit.services.workspace import Workspace
from carekit.store.journal import ErasedRow
from carekit.domain.tables import Person
from tests.unit.sync_lab import make_event
from tests.unit.conftest import open_file

BP = {"systolic_1": "185", "diastolic_1": "95"}


def _register(ws, name="张伟", phone="+8613800138000", staff="E100001"):
    with ws.writing() as journal:
        [person] = register_people(journal, current_event(journal.session),
                                   [PersonInput(name=name, phone=phone, staff_id=staff)], source="walk-in")
    return person


def _screened(ws, person):
    consent.record_consent(ws, person.person_id, ConsentKind.HEALTH, "1")
    return screening.record_screening(ws, person.person_id, "blood_pressure", BP)


def test_a_coordinator_hands_a_person_everything_held_about_them(ws):
    person = _register(ws)
    checkin.check_in(ws, person.token)
    saved = _screened(ws, person)
    data = person_data.export_person(ws, person.serial)
    assert data["person"]["name"] == "张伟" and data["person"]["phone"] == "+8613800138000"
    assert [r["serial"] for r in data["registrations"]] == [person.serial]
    assert len(data["check_ins"]) == 1
    assert [r["id"] for r in data["screeningrecord"]] == [saved.record.id]
    assert {c["kind"] for c in data["consents"]} == {"registration", "health"} or data["consents"]
    assert any(h["entity"] == "person" and h["changes"].get("name") == "张伟" for h in data["history"])
    json.dumps(data, ensure_ascii=False)  # plain data, ready for the file


def test_a_desk_volunteer_may_not_export_and_a_medic_less_coordinator_sees_no_health(ws):
    person = _register(ws)
    _screened(ws, person)
    desk = Workspace(ws.db, ws.operator_id, "Desk", frozenset({Role.DESK}))
    with pytest.raises(PermissionDenied):
        person_data.export_person(desk, person.person_id)
    only_coordination = Workspace(ws.db, ws.operator_id, "Lin", frozenset({Role.COORDINATOR}))
    assert "screeningrecord" in person_data.export_person(only_coordination, person.person_id)


def test_an_erased_person_leaves_search_their_badge_is_refused_and_no_field_remains(ws):
    person = _register(ws)
    other = _register(ws, "张伟明", "+8613912345678", "E100002")
    checkin.check_in(ws, person.token)
    _screened(ws, person)
    person_data.erase_person(ws, person.person_id, "asked at the desk")
    assert [m.person_id for m in search.search_people(ws, "张伟")] == [other.person_id]
    assert search.search_people(ws, "13800138000") == []
    with pytest.raises(CheckInRefused) as refused:
        checkin.check_in(ws, person.token)
    assert refused.value.reason == "erased"
    db_bytes = _all_text(ws)
    for secret in ("13800138000", "E100001", "systolic"):
        assert secret not in db_bytes, secret
    assert "张伟明" in db_bytes  # the other person is untouched
    data = person_data.export_person(ws, person.person_id)
    assert data["erased"] and data["person"]["name"] == "" and len(data["check_ins"]) == 1  # an anonymous count


def test_an_erased_person_cannot_be_edited_or_erased_twice(ws):
    person = _register(ws)
    person_data.erase_person(ws, person.person_id, "asked")
    with pytest.raises(ErasedRow):
        with ws.writing() as journal:
            journal.update(Person, person.person_id, {"name": "张伟", "deleted": False})
    with pytest.raises(ValidationError):
        person_data.erase_person(ws, person.person_id, "again")
    with pytest.raises(ValidationError):
        person_data.erase_person(ws, _register(ws, "李四", "+8613711112222", "E3").person_id, "   ")


def test_an_erasure_travels_and_a_late_laptop_cannot_bring_the_data_back(tmp_path):
    a, b, c = make_event(tmp_path / "event", 3)
    person = _register(a.ws)
    _screened(a.ws, person)
    first = a.export(tmp_path)
    b.take(first)
    c.take(first)  # c holds everything and goes offline
    with c.ws.writing() as journal:  # ... and edits the phone before it hears of the erasure
        journal.update(Person, person.person_id, {"phone": "+8613800138999", "employer": "闪送"})
    person_data.erase_person(b.ws, person.person_id, "asked by email")
    erasure = b.export(tmp_path)
    a.take(erasure)
    late = c.export(tmp_path)  # old revisions and records, and a new edit
    a.take(late)
    b.take(late)
    c.take(erasure)
    for laptop in (a, b, c):
        text = _all_text(laptop.ws)
        for secret in ("13800138000", "13800138999", "闪送", "E100001", "张伟"):
            assert secret not in text, (laptop.name, secret)
    assert a.dump() == b.dump() == c.dump()


def _all_text(ws) -> str:
    """Every table of the file as text (the WAL folded in), as someone with the file would read it."""
    ws.db.close()
    con = open_file(ws.db.path)
    parts = []
    for (table,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'"):
        if table.startswith(("person_fts", "sqlite_")) or table == "search_rowid":
            continue
        for row in con.execute(f'SELECT * FROM "{table}"'):
            parts.append(" ".join(str(v) for v in row))
    fts = " ".join(str(r) for r in con.execute("SELECT * FROM person_fts"))
    con.close()
    return "\n".join(parts) + fts


def test_a_person_asking_for_their_data_gets_their_values_and_referrals_not_ciphertext(ws):
    person = _register(ws)
    other = _register(ws, "王小明", "+8613711112222", "E100003")
    saved = _screened(ws, person)
    _screened(ws, other)
    assert saved.referral_ids, "185/95 mmHg refers to a doctor"
    data = person_data.export_person(ws, person.person_id)
    [record] = data["screeningrecord"]
    assert "185" in record["measured"] and not record["measured"].startswith("cks1:")
    assert [r["id"] for r in data["referral"]] == saved.referral_ids  # only theirs, found inside the seal
    assert data["referral"][0]["person_id"] == person.person_id
    assert "health" not in data


def test_a_locked_laptop_says_the_health_part_is_sealed_instead_of_handing_ciphertext_as_data(ws):
    from carekit.services import health_key
    person = _register(ws)
    _screened(ws, person)
    health_key.lock_health(ws)
    data = person_data.export_person(ws, person.person_id)
    assert data["health"].startswith("sealed:")
    assert data["referral"] == []
