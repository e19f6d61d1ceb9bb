"""Consent at the desk and the station: who may collect it, what a withdrawal needs."""

from __future__ import annotations

import pytest

from carekit.domain.enums import ConsentKind
from carekit.services import consent
from carekit.services.errors import NotFound, PermissionDenied
from carekit.services.workspace import Workspace


def test_consent_is_collected_by_a_signed_in_operator_only(crowd, ws, db):
    nobody = Workspace(db, "", "", frozenset())
    with pytest.raises(PermissionDenied):
        consent.record_consent(nobody, crowd["张伟"].person_id, ConsentKind.HEALTH, "1")
    consent.record_consent(ws, crowd["张伟"].person_id, ConsentKind.EMPLOYER_SHARING, "share-v1", "zh_CN")
    state = consent.consent_state(ws, crowd["张伟"].person_id, ConsentKind.EMPLOYER_SHARING)
    assert state.given and state.notice_version == "share-v1"
    # Consent for one purpose says nothing about another.
    assert not consent.consent_state(ws, crowd["张伟"].person_id, ConsentKind.HEALTH).given


def test_withdrawing_what_was_never_given_is_refused(crowd, ws):
    with pytest.raises(NotFound):
        consent.withdraw_consent(ws, crowd["王小明"].person_id, ConsentKind.PHOTOS)
    with pytest.raises(NotFound):
        consent.record_consent(ws, "no-such-person", ConsentKind.PHOTOS, "1")


def test_a_withdrawal_is_kept_with_its_time_and_a_new_consent_can_follow(crowd, ws):
    person = crowd["Peña Nieto"].person_id
    consent.record_consent(ws, person, ConsentKind.HEALTH, "1", "pt_BR")
    assert consent.withdraw_consent(ws, person, ConsentKind.HEALTH) == 1
    state = consent.consent_state(ws, person)
    assert not state.given and state.withdrawn_at and state.hidden_before
    consent.record_consent(ws, person, ConsentKind.HEALTH, "2")
    again = consent.consent_state(ws, person)
    assert again.given and again.notice_version == "2" and again.hidden_before == state.hidden_before
