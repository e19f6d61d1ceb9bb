"""Verifiable Credentials with a Data Integrity proof, cryptosuite ``eddsa-jcs-2022``.

The W3C algorithm: canonicalise the proof options and the credential (without its proof) with
JCS (RFC 8785, the ``rfc8785`` library), hash each with SHA-256, sign proof-hash + document-hash
with Ed25519, and write the signature in multibase base58-btc (``z`` + base58, the ``base58``
library). Keys appear as ``did:key`` (multicodec 0xed01 + the raw public key). Nothing here knows
about certificates: ``credential_export`` builds the Open Badges document.
"""

from __future__ import annotations

import copy
import hashlib
import json
from functools import lru_cache
from typing import Any

import base58
import rfc8785
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

CRYPTOSUITE = "eddsa-jcs-2022"
ED25519_PUB = b"\xed\x01"
ED25519_PRIV = b"\x80\x26"


class CredentialError(ValueError):
    def __init__(self, reason: str, message: str):
        super().__init__(message)
        self.reason = reason


def multibase(data: bytes) -> str:
    return "z" + base58.b58encode(data).decode()


def from_multibase(text: str) -> bytes:
    if not isinstance(text, str) or not text.startswith("z"):
        raise CredentialError("malformed", "Not a base58-btc multibase value.")
    try:
        return base58.b58decode(text[1:])
    except ValueError:
        raise CredentialError("malformed", "Not a base58-btc multibase value.") from None


def public_multikey(raw_public: bytes) -> str:
    return multibase(ED25519_PUB + raw_public)


def did_key(raw_public: bytes) -> str:
    return "did:key:" + public_multikey(raw_public)


def verification_method(raw_public: bytes) -> str:
    key = public_multikey(raw_public)
    return f"did:key:{key}#{key}"


def key_of_method(method: str) -> bytes:
    """The raw public key a ``did:key`` verification method names."""
    if not isinstance(method, str):
        raise CredentialError("unknown_method", "The proof names a key that is not a did:key.")
    return _key_of_method(method)


@lru_cache(maxsize=256)
def _key_of_method(method: str) -> bytes:
    # Cached: a verifier sees the few issuing keys of an organisation over and over, and base58
    # decoding is most of what a key costs (errors are not cached: lru_cache keeps only results).
    if not method.startswith("did:key:z"):
        raise CredentialError("unknown_method", "The proof names a key that is not a did:key.")
    decoded = from_multibase(method.split("#", 1)[0][len("did:key:"):])
    if not decoded.startswith(ED25519_PUB) or len(decoded) != 34:
        raise CredentialError("unknown_method", "The proof's key is not an Ed25519 key.")
    return decoded[2:]


_MAX_SAFE = 2**53  # JCS numbers are IEEE doubles: larger integers are not exact


def _plain(value) -> bool:
    """True when Python's sorted compact JSON is already the JCS form: no floats, integers a
    double holds exactly, ASCII keys (so code-point order is UTF-16 order)."""
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            for key, inner in item.items():
                if not isinstance(key, str) or not key.isascii():
                    return False
                stack.append(inner)
        elif isinstance(item, list):
            stack.extend(item)
        elif isinstance(item, bool) or item is None or isinstance(item, str):
            continue
        elif isinstance(item, int):
            if not -_MAX_SAFE < item < _MAX_SAFE:
                return False
        else:
            return False  # floats and anything else: the library's full algorithm
    return True


_compact = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False).encode


def canonical(value) -> bytes:
    """RFC 8785. Credentials hold only strings, integers and booleans, for which the standard
    library's encoder gives the same bytes at C speed; anything else goes through ``rfc8785``."""
    if _plain(value):
        try:
            return _compact(value).encode("utf-8")
        except UnicodeEncodeError:
            pass  # a lone surrogate: the library says what is wrong
    return rfc8785.dumps(value)


@lru_cache(maxsize=256)
def _options_hash(text: str) -> bytes:
    """Proof options repeat across a batch (same key, same context, often the same second)."""
    return hashlib.sha256(canonical(json.loads(text))).digest()


def _hash_data(document: dict, options: dict) -> bytes:
    try:
        key = _compact(options)
        return _options_hash(key) + hashlib.sha256(canonical(document)).digest()
    except (rfc8785.CanonicalizationError, TypeError, ValueError):
        raise CredentialError("malformed", "The credential is not canonical JSON.") from None


@lru_cache(maxsize=256)
def _public(raw: bytes) -> Ed25519PublicKey:
    return Ed25519PublicKey.from_public_bytes(raw)


def sign(document: dict, private_key: Ed25519PrivateKey, method: str, created: str) -> dict:
    """A copy of ``document`` with an ``eddsa-jcs-2022`` DataIntegrityProof."""
    unsecured = {k: v for k, v in document.items() if k != "proof"}
    options = {"type": "DataIntegrityProof", "cryptosuite": CRYPTOSUITE, "created": created,
               "verificationMethod": method, "proofPurpose": "assertionMethod"}
    if "@context" in unsecured:
        options["@context"] = copy.deepcopy(unsecured["@context"])
    signature = private_key.sign(_hash_data(unsecured, options))
    return {**copy.deepcopy(unsecured), "proof": {**options, "proofValue": multibase(signature)}}


def verify(document: Any) -> bytes:
    """Check the proof; returns the raw public key that signed. CredentialError when it fails."""
    if not isinstance(document, dict) or not isinstance(document.get("proof"), dict):
        raise CredentialError("no_proof", "This JSON carries no Data Integrity proof.")
    proof = document["proof"]
    if proof.get("type") != "DataIntegrityProof" or proof.get("cryptosuite") != CRYPTOSUITE:
        raise CredentialError("unknown_suite", "The proof is not an eddsa-jcs-2022 Data Integrity proof.")
    if proof.get("proofPurpose") != "assertionMethod":
        raise CredentialError("bad_purpose", "The proof is not made for asserting a credential.")
    unsecured = {k: v for k, v in document.items() if k != "proof"}
    options = {k: v for k, v in proof.items() if k != "proofValue"}
    if "@context" in options and options["@context"] != unsecured.get("@context"):
        raise CredentialError("bad_signature", "The proof's context differs from the credential's.")
    public = key_of_method(proof.get("verificationMethod"))
    signature = from_multibase(proof.get("proofValue"))
    try:
        _public(public).verify(signature, _hash_data(unsecured, options))
    except (InvalidSignature, ValueError):
        raise CredentialError("bad_signature", "The signature does not match: the credential is forged or altered.") \
            from None
    return public


def private_from_multikey(text: str) -> Ed25519PrivateKey:
    """An Ed25519 secret key written as a Multikey (``z`` + base58 of 0x8026 + seed)."""
    decoded = from_multibase(text)
    if not decoded.startswith(ED25519_PRIV) or len(decoded) != 34:
        raise CredentialError("malformed", "Not an Ed25519 secret Multikey.")
    return Ed25519PrivateKey.from_private_bytes(decoded[2:])
