"""Which fields are sealed: stored and synced only as ciphertext sealed to the event's health key.

A laptop without the health key (a desk) stores, merges and relays these values as opaque text;
only a laptop unlocked for a health role opens them (``carekit.security.sealing``). Areas that
add a sensitive field add it here: the journal refuses to write a clear value into a declared
field, so forgetting to seal fails loudly instead of leaking.

Every sealed column holds text. An empty text means "no value" and stays empty (a default written
before the row's creation arrived); anything else must carry ``PREFIX``.
"""

from __future__ import annotations

from typing import Any, Iterable

PREFIX = "cks1:"  # sealed-value marker and format version

SEALED_FIELDS: dict[str, frozenset[str]] = {
    # Values and flags say what was measured and found; a station's name and time stay clear.
    "screeningrecord": frozenset({"measured", "flags"}),
    # A referral names who was sent where and why: all of it sealed but its status and site.
    "referral": frozenset({"person_id", "record_id", "flag", "destination", "note"}),
    # A traveller's identity-document number (for ticketing) and medical note: coordinators only.
    # The document's type ("passport") stays clear so the desk can say which paper to bring.
    "travellerprivate": frozenset({"id_doc_number", "medical_note"}),
}


def declare(table: str, *fields: str) -> None:
    """Add sealed fields of a table (called by the module that defines the table)."""
    SEALED_FIELDS[table] = SEALED_FIELDS.get(table, frozenset()) | frozenset(fields)


def sealed_fields(table: str) -> frozenset[str]:
    return SEALED_FIELDS.get(table, frozenset())


def is_sealed(value: Any) -> bool:
    return isinstance(value, str) and value.startswith(PREFIX)


def clear_fields(table: str, fields: dict[str, Any]) -> list[str]:
    """The declared fields of ``fields`` that hold a clear (unsealed, non-empty) value."""
    declared = SEALED_FIELDS.get(table)
    if not declared:
        return []
    return sorted(name for name in declared.intersection(fields)
                  if fields[name] not in ("", None) and not is_sealed(fields[name]))


class ClearValueRefused(ValueError):
    """A program error: a sensitive field was about to be written unsealed."""


def refuse_clear(table: str, rows: Iterable[dict[str, Any]]) -> None:
    if table not in SEALED_FIELDS:
        return
    for fields in rows:
        clear = clear_fields(table, fields)
        if clear:
            raise ClearValueRefused(f"{table}.{clear[0]} must be sealed before it is written")
