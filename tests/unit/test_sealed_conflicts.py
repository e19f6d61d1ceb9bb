"""Two stations write the same note to one referral while apart: sealed twice, it differs as bytes."""

from __future__ import annotations

from carekit.domain.enums import ConsentKind, Role
from carekit.services import conflicts, consent, health_key, operators, referrals, rekey, screening, sync
from carekit.services.events import current_event
from carekit.services.people import PersonInput, register_people
from tests.unit.sync_lab import PASSPHRASE, close_all, make_event

HEALTH = "mango lantern 19"


def test_a_note_written_on_two_laptops_is_a_conflict_only_a_health_role_can_read(tmp_path):
    a, b = make_event(tmp_path / "event", 2, health_passphrase=HEALTH)
    try:
        operators.add_operator(a.ws, "Desk Li", [Role.DESK], pin="246802")
        sync.export_setup(a.ws, tmp_path / "team.cksetup", PASSPHRASE)  # the PIN reaches b in a setup file
        rekey.apply_setup(b.ws, tmp_path / "team.cksetup", PASSPHRASE)
        with a.ws.writing() as journal:
            [person] = register_people(journal, current_event(journal.session), [PersonInput(name="张伟")],
                                       source="walk-in")
        consent.record_consent(a.ws, person.person_id, ConsentKind.HEALTH, "1")
        screening.record_screening(a.ws, person.person_id, "blood_pressure", {"systolic_1": "150", "diastolic_1": "95"})
        b.take(a.export(tmp_path))
        health_key.unlock_health(b.ws, HEALTH)
        [referral] = referrals.referral_queue(a.ws)
        referrals.set_status(a.ws, referral.id, "seen", note="called the clinic")
        referrals.set_status(b.ws, referral.id, "seen", note="called the clinic")
        a.take(b.export(tmp_path))
        b.take(a.export(tmp_path))
        assert a.dump() == b.dump()
        [on_a] = [c for c in conflicts.list_conflicts(a.ws) if c.field == "note"]
        assert on_a.sealed and {c.value for c in on_a.choices} == {"called the clinic"}
        health_key.lock_health(b.ws)
        desk = operators.sign_in(b.db, "Desk Li", "246802")
        [on_b] = [c for c in conflicts.list_conflicts(desk) if c.field == "note"]
        assert {c.value for c in on_b.choices} == {"(sealed health value)"}
    finally:
        close_all([a, b])
