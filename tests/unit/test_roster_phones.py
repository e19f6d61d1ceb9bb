"""The roster's quick phone check must agree with the desk's full one on every number."""

from __future__ import annotations

from hypothesis import given, settings, strategies as st

from carekit.domain.phones import PhoneError, normalise_phone
from carekit.services.roster import FastPhones

REGIONS = ["CN", "BR", "MX", "US", "NG", "DE"]
_fast = {r: FastPhones(r) for r in REGIONS}
PREFIXES = ["", "1", "13", "138", "179", "86", "0", "00", "55", "11", "52", "+", "+86", "+861", "+55", "+5511",
            "+52", "+1", "+44", "+234", "+0", "+49"]


def slow(raw: str, region: str) -> str:
    try:
        return normalise_phone(raw, region)
    except PhoneError:
        return ""


@settings(max_examples=4000, deadline=None)
@given(st.sampled_from(REGIONS), st.sampled_from(PREFIXES), st.text(alphabet="0123456789", max_size=13))
def test_fast_phone_check_agrees_with_normalise_phone(region, prefix, rest):
    raw = prefix + rest
    decided, value = _fast[region](raw)
    if decided:  # when it answers, it gives the full parser's answer, valid or not
        assert value == slow(raw, region)


def test_common_numbers_take_the_quick_path_and_odd_ones_do_not():
    fast = _fast["CN"]
    assert fast("13800138000") == (True, "+8613800138000")
    assert fast("+5511987654321") == (True, "+5511987654321")
    assert fast("+525518159083") == (True, "+525518159083")
    assert fast("14038795076") == (True, "")  # decided: not a number (line 12 of the Chinese sample)
    assert fast("8613800138000")[0] is False  # country code written without plus: the full parser decides
    assert fast("138 0013 8000")[0] is False
    assert fast("１３８００１３８０００")[0] is False
    assert fast("+1 416 555 0123")[0] is False


@settings(max_examples=400, deadline=None)
@given(region=st.sampled_from(["CN", "BR", "MX", "ES", "PT", "HK", "TW", "DE", "IN"]),
       digits=st.text(alphabet="0123456789", min_size=1, max_size=19))
def test_a_number_in_no_listed_range_is_kept_or_refused_as_the_phone_library_decides(region, digits):
    from carekit.domain.phones import normalise_unlisted_phone
    known, value = FastPhones(region).unlisted(digits)
    if known:
        try:
            expected = normalise_unlisted_phone(digits, region)
        except PhoneError:
            expected = ""
        assert value == expected
