"""How long a person's fields may be. A badge, a search index and a sync bundle all carry them,
so a pasted page of text or a 10 MB spreadsheet cell is refused where it is typed or read."""

from __future__ import annotations

import re

MAX_CHARS = {"name": 100, "romanised": 200, "phone": 40, "staff_id": 40, "employer": 120, "job": 40,
             "city": 80, "language": 20, "category": 40}
DEFAULT_MAX_CHARS = 200


def max_chars(field: str) -> int:
    return MAX_CHARS.get(field, DEFAULT_MAX_CHARS)


def too_long(field: str, value: str) -> bool:
    return len(value or "") > max_chars(field)


# C0 and C1 control characters other than tab, line feed and carriage return (which names fold
# into spaces). None can be printed on a badge, and the search index packs a person's keys with
# two of them (U+001E, U+001F), so a stray one from a spreadsheet would scramble that person's entry.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def control_character(value: str) -> str:
    """The first control character in the value as U+XXXX, or "" when there is none."""
    found = _CONTROL.search(value or "")
    return f"U+{ord(found.group()):04X}" if found else ""
