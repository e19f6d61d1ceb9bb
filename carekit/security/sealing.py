"""The event's health key: sealing sensitive fields so that only health roles can read them.

Like ODK's encrypted forms, any laptop of the event can *seal* (it needs only the public half),
but only a laptop unlocked with the health passphrase can *open*. The private half exists only
wrapped under that passphrase (scrypt + AES-256-GCM) and, after an unlock, in memory.

A sealed value is ``PREFIX`` + base64url(ephemeral X25519 public key | AES-256-GCM ciphertext).
The AES key comes from HKDF-SHA256 over the X25519 shared secret and is used once, so the nonce
is fixed. The associated data binds the value to its table, field and row: a ciphertext moved to
another row or field does not open. The plaintext is padded to a multiple of ``PAD`` bytes so the
length of a flag list does not tell whether anything was flagged.

Two sealings of the same text differ (fresh ephemeral key). Values written before sealing
existed are sealed with ``reseal``: its ephemeral key is derived from the private key, the row
and the text, so every unlocked laptop turns the same clear value into the same bytes and the
laptops still converge, while nobody without the private key can test a guess.
"""

from __future__ import annotations

import base64
import hashlib
import json
import secrets
from dataclasses import dataclass, field

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from carekit.domain.sealed import PREFIX, is_sealed

OPENED_CACHE = 200_000  # values kept opened in memory, about 100 MB at most
PAD = 256  # one bucket holds any station's flag list, so "nothing flagged" looks like "flagged"
MIN_PASSPHRASE = 10
# 64 MiB of memory per try: an attacker holding the wrapped key (every laptop of the event has
# it) pays that for every passphrase guessed. About 0.3 s on the reference laptop.
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**16, 8, 1
_NONCE = bytes(12)
_INFO = b"carekit sealed field v1"
_WRAP_AAD = b"carekit health key v1|"


class SealError(Exception):
    """reason: ``wrong_passphrase``, ``damaged`` (a value or wrapped key that does not open)."""

    def __init__(self, reason: str):
        self.reason = reason
        super().__init__(reason)


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def associated_data(table: str, field: str, row_id: str) -> bytes:
    return f"{table}|{field}|{row_id}".encode()


def _pad(data: bytes) -> bytes:
    data += b"\x80"  # ISO/IEC 7816-4: a marker byte, then zeros
    return data + bytes(-len(data) % PAD)


def _unpad(data: bytes) -> bytes:
    end = data.rstrip(b"\x00")
    if not end.endswith(b"\x80"):
        raise SealError("damaged")
    return end[:-1]


def _aes_key(shared: bytes, ephemeral_public: bytes, recipient_public: bytes) -> bytes:
    return HKDF(hashes.SHA256(), 32, salt=ephemeral_public + recipient_public, info=_INFO).derive(shared)


def _seal_with(ephemeral: X25519PrivateKey, public_raw: bytes, text: str, aad: bytes) -> str:
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(public_raw))
    ephemeral_public = ephemeral.public_key().public_bytes_raw()
    ciphertext = AESGCM(_aes_key(shared, ephemeral_public, public_raw)).encrypt(
        _NONCE, _pad(text.encode("utf-8")), aad)
    return PREFIX + _b64(ephemeral_public + ciphertext)


def seal(public_key: str, text: str, aad: bytes) -> str:
    """Seal ``text`` to the event's public health key (base64url); any laptop can do this."""
    return _seal_with(X25519PrivateKey.generate(), _unb64(public_key), text, aad)


@dataclass(frozen=True)
class HealthKey:
    """The unwrapped private half, held in memory after an unlock; never written anywhere."""

    private: X25519PrivateKey
    public_key: str
    # Opened texts by (value, associated data): the overview and the day's figures open the same
    # records on every refresh, and an X25519 exchange per value is the cost. Dropped with the key.
    _opened: dict = field(default_factory=dict, compare=False, repr=False)

    def open(self, value: str, aad: bytes) -> str:
        """The clear text of a sealed value; an empty value is empty; a clear value is itself."""
        if not value or not is_sealed(value):
            return value
        found = self._opened.get((value, aad))
        if found is None:
            found = self._open(value, aad)
            if len(self._opened) >= OPENED_CACHE:
                self._opened.clear()
            self._opened[(value, aad)] = found
        return found

    def _open(self, value: str, aad: bytes) -> str:
        try:
            raw = _unb64(value[len(PREFIX):])
        except ValueError:
            raise SealError("damaged") from None
        if len(raw) < 32 + 16:
            raise SealError("damaged")
        ephemeral_public, ciphertext = raw[:32], raw[32:]
        shared = self.private.exchange(X25519PublicKey.from_public_bytes(ephemeral_public))
        try:
            plain = AESGCM(_aes_key(shared, ephemeral_public, _unb64(self.public_key))).decrypt(
                _NONCE, ciphertext, aad)
        except InvalidTag:
            raise SealError("damaged") from None
        return _unpad(plain).decode("utf-8")

    def seal(self, text: str, aad: bytes) -> str:
        return seal(self.public_key, text, aad)

    def reseal(self, text: str, aad: bytes) -> str:
        """Seal a value written before sealing existed, the same way on every unlocked laptop."""
        private_raw = self.private.private_bytes_raw()
        ephemeral_raw = HKDF(hashes.SHA256(), 32, salt=b"carekit reseal v1",
                             info=aad + b"|" + hashlib.sha256(text.encode("utf-8")).digest()).derive(private_raw)
        return _seal_with(X25519PrivateKey.from_private_bytes(ephemeral_raw), _unb64(self.public_key), text, aad)


def _kek(passphrase: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(passphrase.encode("utf-8"))


def wrap(key: HealthKey, passphrase: str) -> str:
    """The private half encrypted under the passphrase, as JSON text safe to sync to every laptop."""
    salt = secrets.token_bytes(16)
    nonce = secrets.token_bytes(12)
    public_raw = _unb64(key.public_key)
    wrapped = AESGCM(_kek(passphrase, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)).encrypt(
        nonce, key.private.private_bytes_raw(), _WRAP_AAD + public_raw)
    return json.dumps({"v": 1, "kdf": "scrypt", "n": SCRYPT_N, "r": SCRYPT_R, "p": SCRYPT_P,
                       "salt": _b64(salt), "nonce": _b64(nonce), "key": _b64(wrapped)}, sort_keys=True)


def new_health_key(passphrase: str) -> tuple[HealthKey, str]:
    """A fresh key pair and its wrapped private half."""
    private = X25519PrivateKey.generate()
    key = HealthKey(private, _b64(private.public_key().public_bytes_raw()))
    return key, wrap(key, passphrase)


def unwrap(wrapped: str, public_key: str, passphrase: str) -> HealthKey:
    """Open the wrapped private half; a wrong passphrase (or a swapped public key) is refused."""
    try:
        doc = json.loads(wrapped)
        salt, nonce, blob = _unb64(doc["salt"]), _unb64(doc["nonce"]), _unb64(doc["key"])
        n, r, p = int(doc["n"]), int(doc["r"]), int(doc["p"])
        if doc.get("kdf") != "scrypt" or not (2**14 <= n <= 2**20 and 1 <= r <= 32 and 1 <= p <= 4):
            raise ValueError
    except (ValueError, KeyError, TypeError, AttributeError):
        raise SealError("damaged") from None
    public_raw = _unb64(public_key)
    try:
        private_raw = AESGCM(_kek(passphrase, salt, n, r, p)).decrypt(nonce, blob, _WRAP_AAD + public_raw)
    except InvalidTag:
        raise SealError("wrong_passphrase") from None
    private = X25519PrivateKey.from_private_bytes(private_raw)
    if private.public_key().public_bytes_raw() != public_raw:
        raise SealError("damaged")
    return HealthKey(private, public_key)


def private_bytes(key: HealthKey) -> bytes:
    """The raw private half, for handing an unlocked key to this laptop's own merge process (over
    a pipe, never a file, argv or the environment)."""
    return key.private.private_bytes_raw()


def from_private_bytes(raw: bytes, public_key: str) -> HealthKey:
    private = X25519PrivateKey.from_private_bytes(raw)
    if private.public_key().public_bytes_raw() != _unb64(public_key):
        raise SealError("damaged")
    return HealthKey(private, public_key)


def fingerprint(public_key: str) -> str:
    """Short, readable: lets a coordinator check two laptops hold the same health key."""
    digest = hashlib.sha256(_unb64(public_key)).hexdigest()[:16].upper()
    return " ".join(digest[i:i + 4] for i in range(0, 16, 4))
