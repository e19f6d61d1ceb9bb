"""Phone numbers as HR exports and volunteers write them all become one E.164 number."""

import pytest

from carekit.domain.phones import PhoneError, display_phone, normalise_phone, phone_digits

E164 = "+8613800138000"


@pytest.mark.parametrize("written", [
    "13800138000",
    "１３８００１３８０００",  # full-width digits from a Chinese input method
    "+86 138 0013 8000",
    "＋８６ １３８ ００１３ ８０００",
    "86 138 0013 8000",
    "8613800138000",
    "0086 138-0013-8000",
    "138-0013-8000",
    "138 0013 8000",
    " 138.0013.8000 ",
])
def test_every_way_of_writing_a_chinese_mobile_gives_the_same_number(written):
    assert normalise_phone(written, "CN") == E164


@pytest.mark.parametrize("written", ["12345", "abc", "138001380009999", "+86 123", "phone: none"])
def test_what_is_not_a_phone_number_is_refused(written):
    with pytest.raises(PhoneError) as refused:
        normalise_phone(written, "CN")
    assert refused.value.phone == written and refused.value.region == "CN"


def test_an_empty_cell_is_no_phone_rather_than_an_error():
    assert normalise_phone("", "CN") == ""
    assert normalise_phone("   ", "CN") == ""


@pytest.mark.parametrize("written, expected", [
    ("+55 11 98765-4321", "+5511987654321"),
    ("0055 11 98765 4321", "+5511987654321"),
    ("+52 55 1234 5678", "+525512345678"),
    ("0052 (33) 1234-5678", "+523312345678"),
])
def test_brazilian_and_mexican_riders_at_an_event_in_china_keep_their_country(written, expected):
    assert normalise_phone(written, "CN") == expected


def test_a_brazilian_number_without_prefix_reads_with_the_event_region_brazil():
    assert normalise_phone("(11) 98765-4321", "BR") == "+5511987654321"
    with pytest.raises(PhoneError):
        normalise_phone("(11) 98765-4321", "CN")


def test_search_digits_and_display_of_a_stored_number():
    assert phone_digits(E164) == "13800138000"
    assert phone_digits("") == ""
    assert display_phone(E164) == "+86 138 0013 8000"
    assert display_phone("") == ""


@pytest.mark.parametrize("written, region", [
    ("12345678901", "CN"),  # a mistyped Chinese mobile reads as +1 234 567 8901 if taken as international
    ("14038795076", "CN"),
    ("13826627480", "BR"),  # a Chinese mobile without +86 at an event in Brazil
])
def test_digits_without_a_plus_are_not_taken_for_another_countrys_number(written, region):
    with pytest.raises(PhoneError):
        normalise_phone(written, region)


def test_the_regions_own_code_without_a_plus_is_understood_in_brazil_too():
    assert normalise_phone("55 11 98765 4321", "BR") == "+5511987654321"


def test_an_unlisted_mobile_range_is_accepted_only_by_the_lenient_reading():
    from carekit.domain.phones import normalise_unlisted_phone
    with pytest.raises(PhoneError):
        normalise_phone("16900602677", "CN")
    assert normalise_unlisted_phone("16900602677", "CN") == "+8616900602677"
    for wrong in ("12345", "1380013", "+1 415 555 0100 1"):
        with pytest.raises(PhoneError):
            normalise_unlisted_phone(wrong, "CN")
