"""Desk tables: check-ins annulled by mistake, and the consent notices people are shown.

An annulment is a fact of its own (who, why, when) naming the check-in it cancels: the check-in
stays, counts and lists leave it out. A notice is event data per purpose and language; a new
wording is a new row with the next version, so every consent names the exact text it was given on.
"""

from __future__ import annotations

from sqlmodel import Field

from carekit.domain.tables import FactRow, SyncedRow


class CheckInAnnulment(FactRow, table=True):
    checkin_id: str = Field(index=True)
    registration_id: str = Field(default="", index=True)
    reason: str = ""
    at: str = ""  # ISO timestamp with offset


class ConsentNotice(SyncedRow, table=True):
    kind: str = ""  # carekit.domain.enums.ConsentKind
    language: str = ""  # locale code, e.g. zh_CN
    version: str = ""  # shown and stored with each consent given on it
    text: str = ""
