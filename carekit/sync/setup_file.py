"""The event-setup file: how a laptop joins an event (its keys, sites, operators, devices).

JSON with the scrypt parameters, salt and nonce in the clear and the content encrypted with
AES-256-GCM under the key scrypt derives from the coordinator's passphrase. The content is the
journal of the event's own rows, so a joining laptop starts from the same revisions as everyone,
and the operators' PIN hashes the making laptop holds, the only way those ever leave a laptop.
A laptop already in the event applies a newer file (``carekit.services.rekey.apply_setup``).
"""

from __future__ import annotations

import base64
import json
import secrets
import zlib
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from carekit.i18n import QT_TRANSLATE_NOOP
from carekit.sync.bundle import BundleError, inflate, write_atomically_bytes

MAGIC = "carekit-event-setup"
FORMAT = 1
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**15, 8, 1
SUFFIX = ".cksetup"
MIN_PASSPHRASE = 8
MAX_SETUP_BYTES = 256 << 20


def _key(passphrase: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(passphrase.encode("utf-8"))


def write_setup(path: Path, content: dict, passphrase: str) -> None:
    salt, nonce = secrets.token_bytes(16), secrets.token_bytes(12)
    header = {"magic": MAGIC, "format": FORMAT, "kdf": "scrypt", "n": SCRYPT_N, "r": SCRYPT_R, "p": SCRYPT_P,
              "salt": base64.b64encode(salt).decode(), "nonce": base64.b64encode(nonce).decode(),
              "event_name": content.get("event_name", "")}
    aad = json.dumps(header, sort_keys=True).encode()
    plain = zlib.compress(json.dumps(content, ensure_ascii=False).encode("utf-8"))
    ciphertext = AESGCM(_key(passphrase, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)).encrypt(nonce, plain, aad)
    document = {**header, "content": base64.b64encode(ciphertext).decode()}
    write_atomically_bytes(Path(path), json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8"))


def read_setup(path: Path, passphrase: str) -> dict:
    name = Path(path).name
    try:
        if Path(path).stat().st_size > MAX_SETUP_BYTES:
            raise ValueError("too large")
        document = json.loads(Path(path).read_text(encoding="utf-8"))
        if document.get("magic") != MAGIC:
            raise ValueError
        header = {k: v for k, v in document.items() if k != "content"}
        salt, nonce = base64.b64decode(header["salt"]), base64.b64decode(header["nonce"])
        ciphertext = base64.b64decode(document["content"])
    except FileNotFoundError:
        raise BundleError("missing", QT_TRANSLATE_NOOP("Errors", "{file} does not exist."), file=name) from None
    except (ValueError, KeyError, TypeError, AttributeError, UnicodeDecodeError):
        raise BundleError("damaged", QT_TRANSLATE_NOOP(
            "Errors", "{file} is not a CareKit event-setup file (or it is damaged)."), file=name) from None
    if header.get("format", 0) > FORMAT:
        raise BundleError("newer_format", QT_TRANSLATE_NOOP(
            "Errors", "{file} was made by a newer CareKit; update CareKit on this laptop."), file=name)
    try:
        key = _key(passphrase, salt, int(header["n"]), int(header["r"]), int(header["p"]))
        plain = AESGCM(key).decrypt(nonce, ciphertext, json.dumps(header, sort_keys=True).encode())
    except (InvalidTag, ValueError):
        raise BundleError("wrong_passphrase", QT_TRANSLATE_NOOP(
            "Errors", "The passphrase does not open {file} (or the file was changed)."), file=name) from None
    try:
        return json.loads(inflate(plain))
    except ValueError:
        raise BundleError("damaged", QT_TRANSLATE_NOOP(
            "Errors", "{file} is not a CareKit event-setup file (or it is damaged)."), file=name) from None
