"""The organisation's key chain: a root key that never leaves its laptop vouches for issuing keys.

A delegation is the root's Ed25519 signature over ``CKD1 | issuing public key | root public key |
first day | last day`` (days since 2000-01-01, two bytes each, big-endian). Carried in a
certificate code as ``issuing key (32) | root key (32) | first (2) | last (2) | signature (64)``,
132 bytes, so a verifier holding only the root key's fingerprint can check the whole chain.
"""

from __future__ import annotations

import base64
import struct
from dataclasses import dataclass
from datetime import date, timedelta

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

MAGIC = b"CKD1"
EPOCH = date(2000, 1, 1)
KEY_BYTES, SIGNATURE_BYTES = 32, 64
DELEGATION_BYTES = 2 * KEY_BYTES + 4 + SIGNATURE_BYTES


def _day(value: date) -> int:
    days = (value - EPOCH).days
    if not 0 <= days < 2**16:
        raise ValueError("a delegation's dates lie between 2000 and 2179")
    return days


@dataclass(frozen=True)
class Delegation:
    issuing_key: bytes  # raw Ed25519 public key of the issuing key
    root_key: bytes  # raw Ed25519 public key of the organisation's root
    valid_from: date
    valid_until: date
    signature: bytes = b""

    def message(self) -> bytes:
        return MAGIC + self.issuing_key + self.root_key + struct.pack(">HH", _day(self.valid_from),
                                                                      _day(self.valid_until))

    def to_bytes(self) -> bytes:
        return self.message()[len(MAGIC):] + self.signature

    def to_text(self) -> str:
        return base64.b64encode(self.to_bytes()).decode()

    @classmethod
    def from_bytes(cls, data: bytes) -> "Delegation":
        if len(data) != DELEGATION_BYTES:
            raise ValueError("not a delegation")
        first, last = struct.unpack(">HH", data[2 * KEY_BYTES:2 * KEY_BYTES + 4])
        return cls(data[:KEY_BYTES], data[KEY_BYTES:2 * KEY_BYTES], EPOCH + timedelta(days=first),
                   EPOCH + timedelta(days=last), data[2 * KEY_BYTES + 4:])

    @classmethod
    def from_text(cls, text: str) -> "Delegation":
        return cls.from_bytes(base64.b64decode(text))


def delegate(root_private_key: str, issuing_public_key: str, valid_from: date, valid_until: date) -> Delegation:
    """The root signs an issuing key for the days ``valid_from`` to ``valid_until`` inclusive."""
    if valid_until < valid_from:
        raise ValueError("a delegation ends before it starts")
    root = Ed25519PrivateKey.from_private_bytes(base64.b64decode(root_private_key))
    root_public = root.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    unsigned = Delegation(base64.b64decode(issuing_public_key), root_public, valid_from, valid_until)
    return Delegation(unsigned.issuing_key, root_public, valid_from, valid_until, root.sign(unsigned.message()))
