"""The notice a person is shown before consenting, the demo's people, and a walk-in's bounds."""

from __future__ import annotations

import pytest

from carekit.domain.enums import ConsentKind, Role
from carekit.services import consent, notices, operators
from carekit.services.demo import DEMO_STAFF_PREFIX, create_demo, synthetic_people
from carekit.services.errors import PermissionDenied, ValidationError
from carekit.services.walk_in import WalkIn, possible_duplicates, register_walk_in


def test_a_walk_in_consents_on_the_notice_version_they_were_shown(ws):
    shown = notices.current_notice(ws, ConsentKind.REGISTRATION, "es")
    assert shown.language == "es" and "empleador" in shown.text and shown.built_in
    published = notices.publish_notice(ws, ConsentKind.REGISTRATION, "es", "Texto propio del evento.")
    assert published.version != shown.version
    assert notices.current_notice(ws, ConsentKind.REGISTRATION, "es").text == "Texto propio del evento."
    # Another language still has its own (built-in) text; an unknown one falls back to the event's.
    assert notices.current_notice(ws, ConsentKind.REGISTRATION, "pt_BR").language == "pt_BR"
    assert notices.current_notice(ws, ConsentKind.REGISTRATION, "th").language == "zh_CN"
    result = register_walk_in(ws, WalkIn(name="José Peña", language="es", consent_given=True,
                                         notice_version=published.version))
    state = consent.consent_state(ws, result.registered.person_id, ConsentKind.REGISTRATION)
    assert state.given and state.notice_version == published.version


def test_only_a_coordinator_publishes_a_notice(ws):
    operators.add_operator(ws, "Desk Li", [Role.DESK], pin="246802")
    li = operators.sign_in(ws.db, "Desk Li", "246802")
    with pytest.raises(PermissionDenied):
        notices.publish_notice(li, ConsentKind.HEALTH, "zh_CN", "文本")
    with pytest.raises(ValidationError):
        notices.publish_notice(ws, ConsentKind.HEALTH, "zh_CN", "   ")


def test_a_walk_in_sees_who_already_has_their_phone_or_staff_id(ws, crowd):
    found = possible_duplicates(ws, "138 0013 8000", "")
    assert [m.name for m in found] == ["张伟"]
    found = possible_duplicates(ws, "", "E100003")
    assert [m.name for m in found] == ["王小明"]
    assert possible_duplicates(ws, "", "") == []


def test_a_pasted_page_of_text_is_not_accepted_as_a_name(ws):
    with pytest.raises(ValidationError) as refused:
        register_walk_in(ws, WalkIn(name="张" * 100_000, consent_given=True))
    assert "100000" in refused.value.message and "at most" in refused.value.message


def test_the_demo_shares_no_staff_id_with_the_sample_rosters(tmp_path):
    # The sample rosters number staff E100000, E100001 …
    assert all(p.staff_id.startswith(DEMO_STAFF_PREFIX) for p in synthetic_people(300))
    assert not any(p.staff_id.startswith("E1") for p in synthetic_people(300))


def test_the_demo_coordinator_has_the_stated_pin(tmp_path):
    from carekit.services.demo import DEMO_COORDINATOR, DEMO_PIN
    db = create_demo(tmp_path / "demo.carekit", people=5)
    try:
        assert operators.needs_pin(db, DEMO_COORDINATOR)
        assert operators.sign_in(db, DEMO_COORDINATOR, DEMO_PIN).operator_name == DEMO_COORDINATOR
        with pytest.raises(operators.PinRefused):
            operators.sign_in(db, DEMO_COORDINATOR, "000000")
    finally:
        db.close()
