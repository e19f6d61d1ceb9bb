"""Badge tokens: ``CK1`` + base32(event_tag | registration id | truncated HMAC-SHA256).

Upper-case base32 without padding fits QR alphanumeric mode and survives USB scanners set to
any keyboard layout. Any laptop holding the event key verifies a badge offline, even one for
a registration it has not received yet.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
import uuid
from dataclasses import dataclass

PREFIX = "CK1"
TAG_BYTES, ID_BYTES, MAC_BYTES = 4, 16, 16
BODY_BYTES = TAG_BYTES + ID_BYTES + MAC_BYTES


class TokenError(ValueError):
    """Why a scanned text is not a badge of this event; ``reason`` is machine-readable."""

    def __init__(self, reason: str, message: str):
        super().__init__(message)
        self.reason = reason


def new_key() -> str:
    return base64.b64encode(secrets.token_bytes(32)).decode()


def event_tag(event_id: str) -> bytes:
    return hashlib.sha256(event_id.encode()).digest()[:TAG_BYTES]


def _mac(key_b64: str, body: bytes) -> bytes:
    return hmac.new(base64.b64decode(key_b64), body, hashlib.sha256).digest()[:MAC_BYTES]


def make_token(event_id: str, key_b64: str, registration_id: str) -> str:
    body = event_tag(event_id) + uuid.UUID(registration_id).bytes
    return PREFIX + base64.b32encode(body + _mac(key_b64, body)).decode().rstrip("=")


def make_tokens(event_id: str, key_b64: str, registration_ids: list[str]) -> list[str]:
    """``make_token`` for a whole roster: the tag and key prepared once, and one base32 pass over
    every body, each padded to 40 bytes so no 5-byte group straddles two tokens."""
    tag, key = event_tag(event_id), base64.b64decode(key_b64)
    bodies = [tag + bytes.fromhex(rid.replace("-", "")) for rid in registration_ids]
    padding = b"\0" * (-BODY_BYTES % 5)
    encoded = base64.b32encode(b"".join([body + hmac.digest(key, body, "sha256")[:MAC_BYTES] + padding
                                         for body in bodies])).decode()
    width, used = (BODY_BYTES + len(padding)) * 8 // 5, -(-BODY_BYTES * 8 // 5)
    return [PREFIX + encoded[i:i + used] for i in range(0, len(encoded), width)]


@dataclass(frozen=True)
class VerifiedBadge:
    registration_id: str


def clean_scan(text: str) -> str:
    """Scanners add stray whitespace or lower-case the text under some keyboard layouts."""
    return "".join(text.split()).upper()


def verify_token(event_id: str, key_b64: str, text: str) -> VerifiedBadge:
    token = clean_scan(text)
    if not token.startswith(PREFIX):
        raise TokenError("not_a_badge", "This is not a CareKit badge code.")
    encoded = token[len(PREFIX):]
    try:
        body = base64.b32decode(encoded + "=" * (-len(encoded) % 8))
    except (ValueError, base64.binascii.Error):
        raise TokenError("malformed", "The badge code is damaged or incomplete.") from None
    if len(body) != BODY_BYTES:
        raise TokenError("malformed", "The badge code is damaged or incomplete.")
    tag, reg, mac = body[:TAG_BYTES], body[TAG_BYTES:TAG_BYTES + ID_BYTES], body[TAG_BYTES + ID_BYTES:]
    if tag != event_tag(event_id):
        raise TokenError("foreign", "This badge belongs to another event.")
    if not hmac.compare_digest(mac, _mac(key_b64, tag + reg)):
        raise TokenError("forged", "This badge code is forged or altered.")
    return VerifiedBadge(str(uuid.UUID(bytes=reg)))


def badge_serial(registration_id: str) -> str:
    """Short serial printed under the QR and typed at the desk; derived so laptops never clash."""
    digest = hashlib.sha256(uuid.UUID(registration_id).bytes).digest()
    code = base64.b32encode(digest).decode()[:8]
    return f"{code[:4]}-{code[4:]}"


def badge_serials(registration_ids: list[str]) -> list[str]:
    """``badge_serial`` of many: the first 5 digest bytes give the 8 characters, in one pass."""
    code = base64.b32encode(b"".join([hashlib.sha256(bytes.fromhex(rid.replace("-", ""))).digest()[:5]
                                      for rid in registration_ids])).decode()
    return [f"{code[i:i + 4]}-{code[i + 4:i + 8]}" for i in range(0, len(code), 8)]
