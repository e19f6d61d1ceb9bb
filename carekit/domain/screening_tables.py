"""Screening tables: records (insert-only), referrals, and per-event screening settings.

Sync finds these tables by their base class (``carekit.domain.catalog``). A correction never edits a record: it is a new record naming the one it ``supersedes``; both
stay, and the newest of a chain is the one shown. Values and flags are JSON in canonical units.
"""

from __future__ import annotations

from sqlmodel import Field

from carekit.domain.tables import FactRow, SyncedRow


class ScreeningRecord(FactRow, table=True):
    person_id: str = Field(index=True)
    station: str = ""  # carekit.domain.screening.Station
    site_id: str = ""
    at: str = ""  # ISO timestamp with the event's offset
    measured: str = "{}"  # JSON, canonical units ("values" is an SQL keyword)
    flags: str = "[]"  # JSON list of {code, rule, source, referral}
    supersedes: str = ""  # id of the record this one corrects


class Referral(SyncedRow, table=True):
    person_id: str = Field(index=True)
    record_id: str = ""  # the screening record whose flag raised it
    flag: str = ""  # flag code
    destination: str = ""  # carekit.domain.screening.Destination
    status: str = "open"  # open → seen → closed
    site_id: str = ""
    note: str = ""


class EventSettings(SyncedRow, table=True):
    """One row per event (id = event id): screening standard and the idle lock."""
    idle_minutes: int = 5
    bmi_standard: str = "who"  # carekit.domain.screening.BmiStandard
    health_notice_version: str = "1"

