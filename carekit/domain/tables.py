"""The tables. Two kinds sync differently:

* mutable rows (``SyncedRow``): every field is a register written through the revision journal;
  ``clocks`` keeps the stamp of each field's current value so a merge compares one field at a time;
* facts (``FactRow``): check-ins and audit entries, insert-only, merged by union on ``id``.
"""

from __future__ import annotations

from sqlalchemy import Index
from sqlmodel import Field, SQLModel

from carekit.domain.ids import new_id

# Named constraints let Alembic's SQLite batch mode find and alter them later.
SQLModel.metadata.naming_convention = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class SyncedRow(SQLModel):
    """Every field has a default: a merge may see an edit before the row's creation arrives."""

    id: str = Field(default_factory=new_id, primary_key=True, max_length=36)
    event_id: str = Field(max_length=36)  # one event per file: no index needed
    hlc: str = ""  # stamp of the newest write to any field
    clocks: str = "{}"  # JSON {field: stamp}; bookkeeping for merge, derived from the journal
    deleted: bool = False  # tombstone: nothing is hard-deleted by normal use


class FactRow(SQLModel):
    id: str = Field(default_factory=new_id, primary_key=True, max_length=36)
    event_id: str = Field(max_length=36)  # one event per file: no index needed
    hlc: str = Field(index=True)
    device_id: str
    operator_id: str = ""


class Event(SyncedRow, table=True):
    name: str = ""
    starts_on: str = ""  # ISO date
    ends_on: str = ""
    timezone: str = "UTC"
    default_region: str = "CN"  # phone region for numbers written without +country
    language: str = "zh_CN"  # event language, used on certificates
    badge_key: str = ""  # base64 secret for badge-token MACs; travels only in setup files and bundles
    sync_key: str = ""  # base64 AES-256 key for bundle payloads
    health_public_key: str = ""  # X25519, base64url: any laptop seals health values to it
    health_key_wrap: str = ""  # its private half under the health passphrase (carekit.security.sealing)


class Site(SyncedRow, table=True):
    city: str = ""
    venue: str = ""


class Device(SyncedRow, table=True):
    name: str = ""
    site_id: str = ""
    public_key: str = ""  # Ed25519, base64; bundles are signed with the private half


class Operator(SyncedRow, table=True):
    name: str = Field(index=True)
    roles: str = "desk"  # comma-separated Role values


class Person(SyncedRow, table=True):
    name: str = ""  # as written, any script
    romanised: str = ""  # pinyin with spaces for Chinese, unaccented Latin otherwise
    phone: str = Field(default="", index=True)  # E.164
    staff_id: str = Field(default="", index=True)
    employer: str = ""
    job: str = "other"
    city: str = ""
    language: str = ""
    category: str = "worker"
    possible_duplicate_of: str = ""  # person id flagged at import/registration; never auto-merged
    merged_into: str = ""


class Registration(SyncedRow, table=True):
    person_id: str = Field(index=True)
    site_id: str = ""
    serial: str = Field(default="", index=True)  # short human-readable badge serial
    token: str = Field(default="", index=True)  # CK1... badge token
    source: str = ""  # roster file name, "walk-in", ...
    badge_printed: bool = False


class Consent(SyncedRow, table=True):
    person_id: str = Field(index=True)
    kind: str = ""
    notice_version: str = ""
    language: str = ""
    collected_by: str = ""  # operator id
    given_at: str = ""  # ISO timestamp
    withdrawn_at: str = ""


class CheckIn(FactRow, table=True):
    # A day's figures are SQL aggregates over these (services/day_counts.py), not a read of every row.
    __table_args__ = (Index("ix_checkin_day", "point", "registration_id", "at", "device_id", "id"),
                      Index("ix_checkin_device_hlc", "device_id", "hlc"))
    registration_id: str = Field(index=True)
    point: str = "entrance"
    desk: str = ""  # device name at the time, shown in "already checked in at 09:14, desk 2"
    at: str = ""  # ISO timestamp with offset


class AuditEntry(FactRow, table=True):
    at: str = ""
    action: str = ""  # e.g. "person.create", "checkin", "roster.import"
    entity: str = ""
    row_id: str = ""
    detail: str = ""  # field names and counts, never health values


class Revision(SQLModel, table=True):
    """One write to one row: the journal from which every mutable row's state is derived."""

    hlc: str = Field(primary_key=True)
    event_id: str = Field(max_length=36)  # one event per file: no index needed
    entity: str
    row_id: str = Field(index=True, max_length=36)
    operator_id: str = ""
    changes: str = "{}"  # JSON {field: value}
    parents: str = "{}"  # JSON {field: [stamps of the heads this write replaced]} (causal context)
    meta: str = "{}"  # JSON; e.g. {"resolves": {field: [stamps]}}


class LocalState(SQLModel, table=True):
    """This laptop's own settings (device id, clock, current operator); never synced."""

    key: str = Field(primary_key=True)
    value: str = ""


class PinVerifier(SQLModel, table=True):
    """An operator's argon2id PIN hash on this laptop only: never journalled, never in a bundle.
    A setup file carries the current ones to the laptops that join or apply it."""

    operator_id: str = Field(primary_key=True, max_length=36)
    pin_hash: str = ""
    set_at: str = ""  # ISO time (UTC) it was set here; "" for hashes moved from the old synced column


SYNCED_TABLES: dict[str, type[SyncedRow]] = {
    cls.__tablename__: cls for cls in (Event, Site, Device, Operator, Person, Registration, Consent)
}
FACT_TABLES: dict[str, type[FactRow]] = {cls.__tablename__: cls for cls in (CheckIn, AuditEntry)}
