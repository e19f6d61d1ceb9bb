"""Training certificates and the organisation keys that sign them.

A certificate is a mutable row (it can be revoked, and a renewal names the serial it renews).
An organisation key holds a private half only on the issuing side; another organisation's
imported public key lets this laptop verify their certificates offline.
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


class OrganisationKey(SyncedRow, table=True):
    name: str = ""
    public_key: str = ""  # base64 Ed25519
    private_key: str = ""  # base64; empty for another organisation's key
    fingerprint: str = Field(default="", index=True)
