"""Badge tokens: the QR on a badge, verified offline by any laptop holding the event key."""

import re

import pytest

from carekit.domain.ids import new_id
from carekit.security.tokens import (PREFIX, TokenError, badge_serial, badge_serials, make_token, make_tokens,
                                     new_key, verify_token)

EVENT = new_id()
KEY = new_key()


def _flip(ch: str) -> str:
    return "A" if ch != "A" else "B"


def test_a_printed_badge_scans_back_to_its_registration():
    reg = new_id()
    token = make_token(EVENT, KEY, reg)
    assert token.startswith(PREFIX)
    assert verify_token(EVENT, KEY, token).registration_id == reg


def test_a_badge_with_one_character_changed_in_its_signature_is_refused_as_forged():
    token = make_token(EVENT, KEY, new_id())
    forged = token[:-2] + _flip(token[-2]) + token[-1]  # the MAC is the last 16 bytes
    with pytest.raises(TokenError) as refused:
        verify_token(EVENT, KEY, forged)
    assert refused.value.reason == "forged"


def test_a_badge_with_the_registration_id_changed_is_refused_as_forged():
    token = make_token(EVENT, KEY, new_id())
    position = len(PREFIX) + 15  # inside the registration id part
    altered = token[:position] + _flip(token[position]) + token[position + 1:]
    with pytest.raises(TokenError) as refused:
        verify_token(EVENT, KEY, altered)
    assert refused.value.reason == "forged"


def test_a_badge_signed_with_another_key_is_refused_as_forged():
    token = make_token(EVENT, new_key(), new_id())
    with pytest.raises(TokenError) as refused:
        verify_token(EVENT, KEY, token)
    assert refused.value.reason == "forged"


def test_last_months_badge_from_another_event_is_refused_as_foreign():
    other_event = new_id()
    token = make_token(other_event, KEY, new_id())
    with pytest.raises(TokenError) as refused:
        verify_token(EVENT, KEY, token)
    assert refused.value.reason == "foreign"


@pytest.mark.parametrize("cut", [1, 8, 30])
def test_a_half_read_badge_is_malformed(cut):
    token = make_token(EVENT, KEY, new_id())
    with pytest.raises(TokenError) as refused:
        verify_token(EVENT, KEY, token[:-cut])
    assert refused.value.reason == "malformed"


def test_characters_outside_base32_are_malformed():
    token = make_token(EVENT, KEY, new_id())
    with pytest.raises(TokenError) as refused:
        verify_token(EVENT, KEY, token[:-1] + "1")
    assert refused.value.reason == "malformed"


@pytest.mark.parametrize("text", ["hello", "", "https://example.com/CK1", "6901234567892"])
def test_a_shop_barcode_or_a_url_is_not_a_badge(text):
    with pytest.raises(TokenError) as refused:
        verify_token(EVENT, KEY, text)
    assert refused.value.reason == "not_a_badge"


def test_scanner_output_in_lower_case_with_stray_whitespace_is_accepted():
    reg = new_id()
    token = make_token(EVENT, KEY, reg)
    typed = "  " + token[:20].lower() + " " + token[20:] + "\r\n"
    assert verify_token(EVENT, KEY, typed).registration_id == reg


def test_tokens_use_only_qr_alphanumeric_safe_characters():
    for _ in range(50):
        token = make_token(EVENT, KEY, new_id())
        assert re.fullmatch(r"CK1[A-Z2-7]+", token), token


def test_badge_serial_is_short_stable_and_differs_between_registrations():
    reg = new_id()
    serial = badge_serial(reg)
    assert re.fullmatch(r"[A-Z2-7]{4}-[A-Z2-7]{4}", serial)
    assert badge_serial(reg) == serial
    assert len({badge_serial(new_id()) for _ in range(200)}) == 200


def test_a_roster_of_badges_made_at_once_scans_like_badges_made_one_by_one():
    key = new_key()
    ids = [new_id() for _ in range(300)]
    tokens = make_tokens("event-1", key, ids)
    assert tokens == [make_token("event-1", key, r) for r in ids]
    assert [verify_token("event-1", key, t).registration_id for t in tokens] == ids
    assert badge_serials(ids) == [badge_serial(r) for r in ids]
    assert make_tokens("event-1", key, []) == [] and badge_serials([]) == []
