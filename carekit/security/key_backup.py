"""The root key's backup file: the only form in which the root's private half leaves its laptop.

JSON with the scrypt parameters, salt, nonce and the key's public half and fingerprint in the
clear (so a person can tell which key a file holds), the private half encrypted with AES-256-GCM
under the key scrypt derives from a passphrase; the clear part is the associated data.
"""

from __future__ import annotations

import base64
import json
import secrets
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from carekit.i18n import QT_TRANSLATE_NOOP
from carekit.security.certificates import fingerprint

MAGIC = "carekit-root-key-backup"
FORMAT = 1
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**15, 8, 1
MIN_PASSPHRASE = 10


class BackupError(ValueError):
    def __init__(self, reason: str, template: str, **params):
        super().__init__(template.format(**params))
        self.reason, self.template, self.params = reason, template, params


def _key(passphrase: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(passphrase.encode("utf-8"))


def write_backup(path: Path, content: dict, passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE:
        raise BackupError("short_passphrase", QT_TRANSLATE_NOOP(
            "Errors", "A backup passphrase has at least {count} characters."), count=MIN_PASSPHRASE)
    salt, nonce = secrets.token_bytes(16), secrets.token_bytes(12)
    header = {"magic": MAGIC, "format": FORMAT, "kdf": "scrypt", "n": SCRYPT_N, "r": SCRYPT_R, "p": SCRYPT_P,
              "salt": base64.b64encode(salt).decode(), "nonce": base64.b64encode(nonce).decode(),
              "name": content["name"], "public_key": content["public_key"],
              "fingerprint": fingerprint(content["public_key"])}
    aad = json.dumps(header, sort_keys=True).encode()
    secret = json.dumps({"id": content["id"], "private_key": content["private_key"]}).encode()
    ciphertext = AESGCM(_key(passphrase, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)).encrypt(nonce, secret, aad)
    document = {**header, "secret": base64.b64encode(ciphertext).decode()}
    path.write_text(json.dumps(document, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def read_backup(path: Path, passphrase: str) -> dict:
    name = path.name
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
        if document.get("magic") != MAGIC:
            raise ValueError
        header = {k: v for k, v in document.items() if k != "secret"}
        salt, nonce = base64.b64decode(header["salt"]), base64.b64decode(header["nonce"])
        ciphertext = base64.b64decode(document["secret"])
    except FileNotFoundError:
        raise BackupError("missing", QT_TRANSLATE_NOOP("Errors", "{file} does not exist."), file=name) from None
    except (ValueError, KeyError, TypeError, AttributeError, UnicodeDecodeError):
        raise BackupError("not_a_backup", QT_TRANSLATE_NOOP(
            "Errors", "{file} is not a CareKit root key backup (or it is damaged)."), file=name) from None
    if header.get("format", 0) > FORMAT:
        raise BackupError("newer_format", QT_TRANSLATE_NOOP(
            "Errors", "{file} was made by a newer CareKit; update CareKit on this laptop."), file=name)
    try:
        key = _key(passphrase, salt, int(header["n"]), int(header["r"]), int(header["p"]))
        secret = json.loads(AESGCM(key).decrypt(nonce, ciphertext, json.dumps(header, sort_keys=True).encode()))
    except (InvalidTag, ValueError):
        raise BackupError("wrong_passphrase", QT_TRANSLATE_NOOP(
            "Errors", "The passphrase does not open {file} (or the file was changed)."), file=name) from None
    return {"id": secret["id"], "name": header["name"], "public_key": header["public_key"],
            "private_key": secret["private_key"]}
