"""Phone numbers to E.164, whatever HR exports or a volunteer types.

Full-width digits, ``+86``/``86``/``0086`` prefixes, spaces, dashes and dots all give the same
number. Validation is the phonenumbers library's, per region.
"""

from __future__ import annotations

import unicodedata

import phonenumbers


class PhoneError(ValueError):
    """``phone`` is the text as given, ``region`` the default region tried; ``own_code`` when the
    number carried its own country code, so the region played no part (messages do not name it)."""

    def __init__(self, phone: str, region: str):
        self.phone = phone
        self.region = region
        self.own_code = has_country_code(phone)
        super().__init__(f"{phone!r} is not a valid number" + ("" if self.own_code else f" for region {region}"))


def has_country_code(raw: str) -> bool:
    """``+52 …`` or ``0052 …``: the number names its country; the event's region is not used."""
    text = unicodedata.normalize("NFKC", raw or "").strip()
    return text.startswith("+") or text.startswith("00")


def _mexican_mobile_today(text: str) -> str:
    """Mexico dropped the mobile "1" after +52 in 2019: ``+52 1 55 1234 5678`` is ``+52 55 1234 5678``,
    and HR systems still export the old form."""
    if not text.startswith("+52"):
        return text
    digits = "".join(ch for ch in text[3:] if ch.isdigit())
    return "+52" + digits[1:] if len(digits) == 11 and digits.startswith("1") else text


def _ascii_digits(text: str) -> str:
    # NFKC folds full-width digits and the full-width plus sign to ASCII.
    return unicodedata.normalize("NFKC", text).strip()


def normalise_phone(raw: str, region: str) -> str:
    """E.164 or "" for an empty cell; raises PhoneError for anything that is not a number."""
    text = _ascii_digits(raw or "")
    if not text:
        return ""
    digits = "".join(ch for ch in text if ch.isdigit())
    if text.startswith("00"):
        text = "+" + text[2:]
    if not text.startswith("+") and region == "MX" and len(digits) == 13 and digits.startswith("521"):
        text = "+" + digits
    text = _mexican_mobile_today(text)
    candidates = [text]
    if not text.startswith("+") and digits.startswith(str(phonenumbers.country_code_for_region(region))):
        # "86 138 0013 8000" written without the plus: try it as international too, but only with
        # the region's own code: "12345678901" is a mistyped Chinese mobile, not a US number.
        candidates.append("+" + digits)
    for candidate in candidates:
        try:
            number = phonenumbers.parse(candidate, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(number):
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    raise PhoneError(raw, region)


def phone_digits(e164: str) -> str:
    """National significant digits: what a volunteer types when searching by phone."""
    if not e164:
        return ""
    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return "".join(ch for ch in e164 if ch.isdigit())
    return str(number.national_number)


def display_phone(e164: str) -> str:
    if not e164:
        return ""
    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return e164
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def normalise_unlisted_phone(raw: str, region: str) -> str:
    """E.164 for a number of a mobile's length for ``region`` whose range the phone library does
    not list (new or rare mobile prefixes); raises PhoneError otherwise. Rosters keep such
    numbers with a warning rather than losing the person; the desk asks the person instead."""
    text = _ascii_digits(raw or "")
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        raise PhoneError(raw, region) from None
    if phonenumbers.region_code_for_country_code(number.country_code) != region \
            or not phonenumbers.is_possible_number_for_type(number, phonenumbers.PhoneNumberType.MOBILE):
        raise PhoneError(raw, region)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
