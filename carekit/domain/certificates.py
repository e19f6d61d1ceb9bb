"""Training certificates and the organisation keys that sign them.

A certificate is a mutable row (it can be revoked, and a renewal names the serial it renews).
Only public halves are synced: an organisation's root key keeps its private half in the
LocalState of the laptop that made it, and each issuing key in the LocalState of its laptop.
Another organisation's imported public key lets this laptop verify their certificates offline.
"""

from __future__ import annotations

from sqlmodel import Field

from carekit.domain.tables import SyncedRow


class Certificate(SyncedRow, table=True):
    serial: str = Field(default="", index=True)
    person_id: str = Field(default="", index=True)
    holder_name: str = ""
    course_code: str = ""
    course_name: str = ""
    issued: str = ""  # ISO date
    expires: str = ""  # ISO date
    trainer: str = ""
    language: str = ""
    revoked: bool = False
    revoked_reason: str = ""
    renews: str = ""  # serial of the certificate this one renews
    code: str = ""  # the signed CKC1… code printed as QR


ROOT, TRUSTED = "root", "trusted"


class OrganisationKey(SyncedRow, table=True):
    """A root key: this organisation's own (ROOT), or another's imported to verify theirs (TRUSTED)."""

    name: str = ""
    public_key: str = ""  # base64 Ed25519
    kind: str = ROOT
    fingerprint: str = Field(default="", index=True)


class IssuingKey(SyncedRow, table=True):
    """A short-lived key a laptop or trainer signs certificates with, vouched for by a root key."""

    root_id: str = Field(default="", index=True)  # OrganisationKey id
    holder: str = ""  # laptop or trainer it was made for
    device_id: str = ""  # the laptop holding its private half
    public_key: str = ""
    fingerprint: str = ""
    valid_from: str = ""  # ISO dates of the delegation, inclusive
    valid_until: str = ""
    delegation: str = ""  # base64 delegation signed by the root; empty until a coordinator signs it
    revoked_at: str = ""  # ISO timestamp; certificates issued from that day on fail
    revoked_reason: str = ""
