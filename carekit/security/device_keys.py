"""Each laptop's Ed25519 key: bundles are signed with it, so a bundle says truthfully which
laptop made it.

The private half stays in this laptop's LocalState. The public half is written to the synced
``Device`` row and carried in every bundle with an *endorsement*: an HMAC, under a key derived
from the event's sync key, over ``event | device | public key``. Only a laptop that opened the
event's setup file (passphrase) holds that key, so a key nobody in the event endorsed is refused.
Once a device's public key is known, a bundle naming that device with another key is refused too.
"""

from __future__ import annotations

import base64
import hashlib
import hmac

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat, PublicFormat


def new_private_key() -> str:
    raw = Ed25519PrivateKey.generate().private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
    return base64.b64encode(raw).decode()


def public_key_of(private_b64: str) -> str:
    key = Ed25519PrivateKey.from_private_bytes(base64.b64decode(private_b64))
    return base64.b64encode(key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)).decode()


def sign(private_b64: str, message: bytes) -> bytes:
    return Ed25519PrivateKey.from_private_bytes(base64.b64decode(private_b64)).sign(message)


def verify(public_b64: str, signature: bytes, message: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(base64.b64decode(public_b64)).verify(signature, message)
    except (InvalidSignature, ValueError):
        return False
    return True


def _endorsing_key(sync_key_b64: str) -> bytes:
    return hashlib.sha256(b"carekit device endorsement|" + base64.b64decode(sync_key_b64)).digest()


def endorse(sync_key_b64: str, event_id: str, device_id: str, public_b64: str) -> str:
    message = f"{event_id}|{device_id}|{public_b64}".encode()
    return base64.b64encode(hmac.new(_endorsing_key(sync_key_b64), message, hashlib.sha256).digest()).decode()


def is_endorsed(sync_key_b64: str, event_id: str, device_id: str, public_b64: str, endorsement: str) -> bool:
    return hmac.compare_digest(endorse(sync_key_b64, event_id, device_id, public_b64), endorsement or "")
