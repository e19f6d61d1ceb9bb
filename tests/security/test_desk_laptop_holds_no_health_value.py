"""A desk laptop in the wrong hands: its database file (with the WAL) and every bundle it holds or
makes are searched for health values as bytes, with the keys that laptop has (sync key included)."""

from __future__ import annotations

import json

import pytest

from carekit.domain.enums import ConsentKind, Role
from carekit.services import consent, health_key, operators, referrals, rekey, screening, sync
from carekit.services.errors import PermissionDenied
from carekit.services.events import current_event
from carekit.services.people import PersonInput, register_people
from carekit.sync import bundle
from tests.unit.sync_lab import PASSPHRASE, close_all, make_event

HEALTH = "mango lantern 19"
NOTE = "ZEBRA-NOTE-8812 sent to the clinic"
# What a record and its referral hold, as they would appear in clear JSON.
NEEDLES = [b"bp_urgent", b"WHO HEARTS", b"systolic", b"weight_kg", b"bmi_obese", b"phq2", b"doctor",
           b"counselling", b"ZEBRA-NOTE-8812"]


def _decrypted(path, sync_key: str, event_id: str) -> bytes:
    sealed = bundle.read_sealed(path)
    content = bundle.open_sealed(sealed, file=path.name, event_id=event_id, sync_key=sync_key, known_public_key="")
    return json.dumps([content.revisions, content.facts], ensure_ascii=False).encode()


@pytest.fixture
def day(tmp_path):
    """Laptop a: the screening station, unlocked. Laptop b: a desk, joined, never unlocked."""
    a, b = make_event(tmp_path / "event", 2, health_passphrase=HEALTH)
    operators.add_operator(a.ws, "Dr Chen", [Role.MEDIC], pin="135790")
    operators.add_operator(a.ws, "Desk Li", [Role.DESK], pin="246802")
    # PINs travel in setup files only, of the operators the file's capabilities serve
    sync.export_setup(a.ws, tmp_path / "team.cksetup", PASSPHRASE, capabilities=("desk", "station"))
    rekey.apply_setup(b.ws, tmp_path / "team.cksetup", PASSPHRASE)
    with a.ws.writing() as journal:
        [person] = register_people(journal, current_event(journal.session), [PersonInput(name="张伟")], source="walk-in")
    consent.record_consent(a.ws, person.person_id, ConsentKind.HEALTH, "1")
    screening.record_screening(a.ws, person.person_id, "blood_pressure", {"systolic_1": "187", "diastolic_1": "113"})
    screening.record_screening(a.ws, person.person_id, "body", {"height_cm": "170", "weight_kg": "95"})
    screening.record_screening(a.ws, person.person_id, "mood", {"phq2": "5", "gad2": "1"})
    for referral in referrals.referral_queue(a.ws):
        referrals.set_status(a.ws, referral.id, "seen", note=NOTE)
    station_bundle = a.export(tmp_path)
    b.take(station_bundle)
    yield a, b, person, station_bundle
    close_all([a, b])


def test_the_desk_laptops_file_and_wal_hold_no_health_value(day):
    a, b, person, _ = day
    files = [b.db.path, b.db.path.with_name(b.db.path.name + "-wal")]
    held = b"".join(f.read_bytes() for f in files if f.exists())
    assert b"\xe5\xbc\xa0\xe4\xbc\x9f" in held  # the person's name (张伟) is there: the search can find text
    for needle in NEEDLES:
        assert needle not in held, needle
    b.db.close()
    held = b.db.path.read_bytes()  # folded into the main file at close
    for needle in NEEDLES:
        assert needle not in held, needle


def test_the_bundles_a_desk_laptop_carries_hold_no_health_value_even_decrypted(day, tmp_path):
    a, b, person, station_bundle = day
    with b.db.session() as session:
        event = current_event(session)
        sync_key, event_id = event.sync_key, event.id
    relayed = b.export(tmp_path)
    for path in (station_bundle, relayed):
        plain = _decrypted(path, sync_key, event_id)
        assert "张伟".encode() in plain
        for needle in NEEDLES:
            assert needle not in plain, (path.name, needle)


def test_the_desk_relays_sealed_rows_and_the_laptops_converge(day, tmp_path):
    a, b, person, _ = day
    a.take(b.export(tmp_path))
    b.take(a.export(tmp_path))
    assert a.dump() == b.dump()


def test_on_the_desk_laptop_health_values_need_a_health_role_and_the_passphrase(day):
    a, b, person, _ = day
    desk = operators.sign_in(b.db, "Desk Li", "246802")
    for attempt in (lambda: screening.person_records(desk, person.person_id),
                    lambda: referrals.referral_queue(desk),
                    lambda: health_key.unlock_health(desk, HEALTH)):
        with pytest.raises(PermissionDenied):
            attempt()
    medic = operators.sign_in(b.db, "Dr Chen", "135790")
    with pytest.raises(health_key.HealthLocked):
        screening.person_records(medic, person.person_id)
    with pytest.raises(PermissionDenied) as refused:
        health_key.unlock_health(medic, "mango lantern 91")
    assert refused.value.reason == "wrong_health_passphrase"
    health_key.unlock_health(medic, HEALTH)
    seen = {r.station: r.values for r in screening.person_records(medic, person.person_id)}
    assert seen["blood_pressure"]["systolic"] == 187 and seen["body"]["weight_kg"] == 95
    assert {r.note for r in referrals.referral_queue(medic, statuses=("seen",))} == {NOTE}
    health_key.lock_health(medic)
    with pytest.raises(health_key.HealthLocked):
        screening.person_records(medic, person.person_id)
