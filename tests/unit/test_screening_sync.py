"""Screening data travels with the event: records, referrals, withdrawals; operators' PINs only in setup files."""

from __future__ import annotations

import pytest

from carekit.domain.enums import ConsentKind, Role
from carekit.services import consent, health_key, operators, referrals, rekey, screening, sync
from carekit.services.events import current_event
from carekit.services.people import PersonInput, register_people
from tests.unit.sync_lab import PASSPHRASE, make_event


def test_a_medic_on_another_laptop_sees_the_record_and_a_withdrawal_hides_it_everywhere(tmp_path):
    a, b = make_event(tmp_path / "event", 2, health_passphrase="mango lantern 19")
    operators.add_operator(a.ws, "Dr Chen", [Role.MEDIC], pin="135700")
    with a.ws.writing() as journal:
        [person] = register_people(journal, current_event(journal.session), [PersonInput(name="张伟")], source="walk-in")
    consent.record_consent(a.ws, person.person_id, ConsentKind.HEALTH, "1")
    saved = screening.record_screening(a.ws, person.person_id, "blood_pressure",
                                       {"systolic_1": "185", "diastolic_1": "95"})
    b.take(a.export(tmp_path))
    with pytest.raises(operators.PinRefused):  # the operator came with the bundle, the PIN did not
        operators.sign_in(b.db, "Dr Chen", "135700")
    sync.export_setup(a.ws, tmp_path / "team.cksetup", PASSPHRASE, capabilities=("station",))
    rekey.apply_setup(b.ws, tmp_path / "team.cksetup", PASSPHRASE)
    medic_on_b = operators.sign_in(b.db, "Dr Chen", "135700")
    health_key.unlock_health(medic_on_b, "mango lantern 19")
    assert [r.id for r in screening.person_records(medic_on_b, person.person_id)] == [saved.record.id]
    [referral] = referrals.referral_queue(medic_on_b, "doctor")
    referrals.set_status(medic_on_b, referral.id, "seen")
    consent.withdraw_consent(medic_on_b, person.person_id, ConsentKind.HEALTH)
    a.take(b.export(tmp_path))
    assert screening.person_records(a.ws, person.person_id) == []
    assert referrals.referral_queue(a.ws) == []
    b.take(a.export(tmp_path))  # a's reads were audited there; after one more exchange both agree
    assert a.dump() == b.dump()
