"""The sealing mechanism: what opens, what does not, and what the ciphertext gives away."""

from __future__ import annotations

import pytest

from carekit.domain.sealed import ClearValueRefused, is_sealed
from carekit.domain.screening_tables import ScreeningRecord
from carekit.security import sealing
from carekit.security.sealing import SealError, associated_data

PASSPHRASE = "mango lantern 19"
AAD = associated_data("screeningrecord", "measured", "row-1")


@pytest.fixture(scope="module")
def key_pair():
    key, wrapped = sealing.new_health_key(PASSPHRASE)
    return key, wrapped


def test_a_value_sealed_with_the_public_half_opens_only_with_the_private_half(key_pair):
    key, _ = key_pair
    sealed = sealing.seal(key.public_key, '{"systolic": 185}', AAD)
    assert is_sealed(sealed) and "185" not in sealed
    assert key.open(sealed, AAD) == '{"systolic": 185}'
    other, _ = sealing.new_health_key(PASSPHRASE)
    with pytest.raises(SealError):
        other.open(sealed, AAD)


def test_a_sealed_value_moved_to_another_row_or_field_does_not_open(key_pair):
    key, _ = key_pair
    sealed = key.seal("bp_urgent", AAD)
    with pytest.raises(SealError):
        key.open(sealed, associated_data("screeningrecord", "measured", "row-2"))
    with pytest.raises(SealError):
        key.open(sealed, associated_data("screeningrecord", "flags", "row-1"))
    tampered = sealed[:-3] + ("A" if sealed[-3] != "A" else "B") + sealed[-2:]
    with pytest.raises(SealError):
        key.open(tampered, AAD)


def test_two_sealings_of_one_value_differ_but_a_reseal_is_the_same_on_every_laptop(key_pair):
    key, wrapped = key_pair
    assert key.seal("note", AAD) != key.seal("note", AAD)
    on_another_laptop = sealing.unwrap(wrapped, key.public_key, PASSPHRASE)
    assert key.reseal("note", AAD) == on_another_laptop.reseal("note", AAD)
    assert key.reseal("note", AAD) != key.reseal("other note", AAD)
    assert on_another_laptop.open(key.reseal("note", AAD), AAD) == "note"


def test_the_length_of_a_sealed_flag_list_does_not_say_whether_anything_was_flagged(key_pair):
    key, _ = key_pair
    nothing = key.seal("[]", AAD)
    one_flag = key.seal('[{"code":"bp_raised","referral":"doctor","rule":"systolic ≥140 or diastolic ≥90 mmHg",'
                        '"source":"WHO HEARTS"}]', AAD)
    assert len(nothing) == len(one_flag)


def test_the_wrapped_private_half_opens_only_with_the_health_passphrase(key_pair):
    key, wrapped = key_pair
    assert PASSPHRASE not in wrapped
    with pytest.raises(SealError) as refused:
        sealing.unwrap(wrapped, key.public_key, "mango lantern 18")
    assert refused.value.reason == "wrong_passphrase"
    other, _ = sealing.new_health_key(PASSPHRASE)
    with pytest.raises(SealError):  # a wrapped key paired with another public key is refused too
        sealing.unwrap(wrapped, other.public_key, PASSPHRASE)
    assert sealing.unwrap(wrapped, key.public_key, PASSPHRASE).public_key == key.public_key


def test_the_journal_refuses_a_clear_value_in_a_sealed_field(ws):
    with pytest.raises(ClearValueRefused):
        with ws.writing() as journal:
            journal.add_fact(ScreeningRecord, {"person_id": "p", "station": "body", "measured": '{"bmi": 31}'})
