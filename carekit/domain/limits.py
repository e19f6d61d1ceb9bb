"""How long a person's fields may be. A badge, a search index and a sync bundle all carry them,
so a pasted page of text or a 10 MB spreadsheet cell is refused where it is typed or read."""

from __future__ import annotations

MAX_CHARS = {"name": 100, "romanised": 200, "phone": 40, "staff_id": 40, "employer": 120, "job": 40,
             "city": 80, "language": 20, "category": 40}
DEFAULT_MAX_CHARS = 200


def max_chars(field: str) -> int:
    return MAX_CHARS.get(field, DEFAULT_MAX_CHARS)


def too_long(field: str, value: str) -> bool:
    return len(value or "") > max_chars(field)
