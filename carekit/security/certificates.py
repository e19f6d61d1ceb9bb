"""Certificate codes: Ed25519 signatures an employer checks offline, from a QR or typed text.

Two formats verify. ``CKC2`` (issued now) is ``CKC2.`` + base32(message) + ``.`` +
base32(delegation) + ``.`` + base32(signature): the signature is by a short-lived issuing key, and
the delegation (see ``key_chain``) is the organisation's root key vouching for that issuing key
for a window of dates, so a verifier needs only the root key (or its fingerprint) to check the
chain. ``CKC1`` (issued before the key chain) is ``CKC1.`` + key id + ``.`` + base32(message) + ``.`` + base32(signature), where the
message is exactly the signed text ``serial|holder name|course code|issued|expires`` (UTF-8,
ISO dates). Upper-case base32 keeps the whole code in the QR alphanumeric set, which packs
denser than base64 in byte mode and survives scanners under any keyboard layout. The key id
(first 5 bytes of the public key's SHA-256) picks the issuer's key among those this laptop knows.
"""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass
from functools import lru_cache
from datetime import date

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat, PublicFormat

from carekit.security.key_chain import Delegation

PREFIX = "CKC1"
PREFIX_V2 = "CKC2"
SEPARATOR = "|"
KEY_ID_BYTES = 5
SIGNATURE_BYTES = 64


class CodeError(ValueError):
    """Why a text is not a genuine certificate code; ``reason`` is machine-readable."""

    def __init__(self, reason: str, message: str):
        super().__init__(message)
        self.reason = reason


@dataclass(frozen=True)
class CertificateFields:
    serial: str
    holder: str
    course_code: str
    issued: str  # ISO date
    expires: str  # ISO date

    def message(self) -> bytes:
        return SEPARATOR.join((self.serial, self.holder, self.course_code, self.issued, self.expires)).encode()


@dataclass(frozen=True)
class KeyPair:
    private_key: str  # base64 raw 32 bytes
    public_key: str  # base64 raw 32 bytes


def _b32(data: bytes) -> str:
    return base64.b32encode(data).decode().rstrip("=")


def _unb32(text: str) -> bytes:
    return base64.b32decode(text + "=" * (-len(text) % 8))


def generate_key() -> KeyPair:
    private = Ed25519PrivateKey.generate()
    raw_private = private.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
    raw_public = private.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    return KeyPair(base64.b64encode(raw_private).decode(), base64.b64encode(raw_public).decode())


def public_from_private(private_key: str) -> str:
    private = Ed25519PrivateKey.from_private_bytes(base64.b64decode(private_key))
    return base64.b64encode(private.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)).decode()


def check_public_key(public_key: str) -> bytes:
    """Raw bytes of a base64 Ed25519 public key; ValueError when it is not one."""
    try:
        raw = base64.b64decode(public_key, validate=True)
        Ed25519PublicKey.from_public_bytes(raw)
    except Exception:
        raise ValueError("not an Ed25519 public key") from None
    return raw


def key_id(public_key: str) -> str:
    return _b32(hashlib.sha256(base64.b64decode(public_key)).digest()[:KEY_ID_BYTES])


@lru_cache(maxsize=256)
def fingerprint(public_key: str) -> str:
    """What is printed on the certificate and read aloud on the phone: 16 base32 characters.
    Cached: each verification compares the same few keys' fingerprints."""
    code = _b32(hashlib.sha256(base64.b64decode(public_key)).digest())[:16]
    return "-".join(code[i:i + 4] for i in range(0, 16, 4))


def check_fields(fields: CertificateFields) -> None:
    for value in (fields.serial, fields.holder, fields.course_code, fields.issued, fields.expires):
        if SEPARATOR in value:
            raise ValueError(f"'{SEPARATOR}' may not appear in a certificate field")
    for value in (fields.issued, fields.expires):
        date.fromisoformat(value)


def sign_code(fields: CertificateFields, private_key: str) -> str:
    check_fields(fields)
    private = Ed25519PrivateKey.from_private_bytes(base64.b64decode(private_key))
    signature = private.sign(fields.message())
    return ".".join((PREFIX, key_id(public_from_private(private_key)), _b32(fields.message()), _b32(signature)))


def sign_code_v2(fields: CertificateFields, issuing_private_key: str, delegation: Delegation) -> str:
    """A CKC2 code: signed by the issuing key, carrying the root's delegation of that key."""
    return IssuingSigner(issuing_private_key, delegation).sign(fields)


class IssuingSigner:
    """An issuing key ready for a batch: the key parsed, checked against its delegation, and the
    delegation's part of the code encoded, once rather than for each of thousands of codes."""

    def __init__(self, issuing_private_key: str, delegation: Delegation):
        self._private = Ed25519PrivateKey.from_private_bytes(base64.b64decode(issuing_private_key))
        if self._private.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw) != delegation.issuing_key:
            raise ValueError("the delegation is for another issuing key")
        self._delegation = _b32(delegation.to_bytes())

    def sign(self, fields: CertificateFields) -> str:
        check_fields(fields)
        message = fields.message()
        return ".".join((PREFIX_V2, _b32(message), self._delegation, _b32(self._private.sign(message))))


@dataclass(frozen=True)
class ParsedCode:
    key_id: str  # of the root key that vouches for the code
    fields: CertificateFields
    signature: bytes
    delegation: Delegation | None = None  # CKC2 only

    @property
    def root_key(self) -> str:
        """Base64 root public key carried by a CKC2 code; empty for CKC1."""
        return base64.b64encode(self.delegation.root_key).decode() if self.delegation else ""


def _malformed() -> CodeError:
    return CodeError("malformed", "The certificate code is damaged or incomplete.")


def _fields(message_b32: str) -> CertificateFields:
    try:
        values = _unb32(message_b32).decode().split(SEPARATOR)
    except (ValueError, UnicodeDecodeError):
        raise _malformed() from None
    if len(values) != 5:
        raise _malformed()
    fields = CertificateFields(*values)
    try:
        check_fields(fields)
    except ValueError:
        raise _malformed() from None
    return fields


def parse_code(text: str) -> ParsedCode:
    """Split a scanned code into its parts; nothing is trusted yet."""
    if not isinstance(text, str):
        raise CodeError("not_a_certificate", "This is not a CareKit certificate code.")
    return _parse("".join(text.split()).upper())


@lru_cache(maxsize=1024)
def _parse(code: str) -> ParsedCode:
    """Parsed codes are immutable; a credential's check reads its code twice, a batch many."""
    parts = code.split(".")
    if len(parts) != 4 or parts[0] not in (PREFIX, PREFIX_V2):
        raise CodeError("not_a_certificate", "This is not a CareKit certificate code.")
    try:
        signature = _unb32(parts[3])
        delegation = Delegation.from_bytes(_unb32(parts[2])) if parts[0] == PREFIX_V2 else None
    except ValueError:
        raise _malformed() from None
    if len(signature) != SIGNATURE_BYTES:
        raise _malformed()
    if delegation is None:
        if len(parts[1]) != 8:
            raise _malformed()
        return ParsedCode(parts[1], _fields(parts[2]), signature)
    root = base64.b64encode(delegation.root_key).decode()
    return ParsedCode(key_id(root), _fields(parts[1]), signature, delegation)


@lru_cache(maxsize=256)
def _public(raw: bytes) -> Ed25519PublicKey:
    """A verifier checks thousands of codes from a handful of keys: parse each key once."""
    return Ed25519PublicKey.from_public_bytes(raw)


def _signature_ok(public_key: bytes, signature: bytes, message: bytes) -> bool:
    try:
        _public(public_key).verify(signature, message)
    except (InvalidSignature, ValueError):
        return False
    return True


@lru_cache(maxsize=256)
def _delegation_ok(delegation: Delegation) -> bool:
    """Every code of one issuing key carries the same delegation: its signature is checked once."""
    return _signature_ok(delegation.root_key, delegation.signature, delegation.message())


def verify_code(text: str, public_keys: list[str]) -> tuple[CertificateFields, str]:
    """The signed fields and the root public key they chain to; CodeError when forged or unknown.

    ``public_keys`` are the root keys trusted here. For CKC2 the chain is: root signs the
    delegation, the delegation names the issuing key and its dates, the issuing key signs the
    fields, and the issue date lies inside the delegation's window."""
    return verify_parsed(parse_code(text), public_keys)


def verify_parsed(parsed: ParsedCode, public_keys: list[str]) -> tuple[CertificateFields, str]:
    """``verify_code`` for a code already parsed (a verifier that also reads its delegation)."""
    candidates = [k for k in public_keys if key_id(k) == parsed.key_id]
    if parsed.delegation is not None:
        candidates = [k for k in candidates if k == parsed.root_key]
    if not candidates:
        raise CodeError("unknown_key", "The code is signed by a key this laptop does not know.")
    if parsed.delegation is None:
        for public_key in candidates:
            if _signature_ok(base64.b64decode(public_key), parsed.signature, parsed.fields.message()):
                return parsed.fields, public_key
        raise CodeError("bad_signature", "The signature does not match: the code is forged or altered.")
    delegation = parsed.delegation
    if not _delegation_ok(delegation):
        raise CodeError("bad_delegation", "The issuing key's delegation is not signed by the organisation's key.")
    if not _signature_ok(delegation.issuing_key, parsed.signature, parsed.fields.message()):
        raise CodeError("bad_signature", "The signature does not match: the code is forged or altered.")
    if not delegation.valid_from.isoformat() <= parsed.fields.issued <= delegation.valid_until.isoformat():
        raise CodeError("outside_delegation", "Issued on a day the issuing key was not delegated for.")
    return parsed.fields, candidates[0]
