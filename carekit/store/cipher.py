"""Encrypted event files: SQLCipher, an option an event switches on when its file is made.

What it protects: a laptop or a copied file in the wrong hands without the event passphrase —
every page of the file and of its WAL is AES-256 encrypted and authenticated (SQLCipher 4).
What it does not: anyone at the laptop while the app has the file open, and whoever knows the
passphrase (every operator of that laptop, typically).

The passphrase goes through scrypt once per open with the 16-byte salt SQLCipher keeps at the
start of the file, and the raw key is given to SQLCipher (``PRAGMA key = "x'…'"``), so opening
another connection costs nothing and SQLCipher's own per-connection key derivation is skipped.
Backups are written with the same key and salt, so the same passphrase opens them.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

ENV = "CAREKIT_DB_PASSPHRASE"
MIN_PASSPHRASE = 10
PLAIN_HEADER = b"SQLite format 3\x00"
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**15, 8, 1


class CipherUnavailable(RuntimeError):
    """The SQLCipher binding is not installed."""


def dbapi():
    try:
        from sqlcipher3 import dbapi2
    except ImportError:
        raise CipherUnavailable("sqlcipher3") from None
    return dbapi2


def available() -> bool:
    try:
        dbapi()
    except CipherUnavailable:
        return False
    return True


@dataclass(frozen=True)
class FileKey:
    key: bytes  # 32 bytes, scrypt of the passphrase
    salt: bytes  # 16 bytes, the file's SQLCipher salt

    def pragma_value(self) -> str:
        return f"\"x'{(self.key + self.salt).hex()}'\""

    @property
    def tag(self) -> str:
        """Tells two keys apart without showing either (for caches)."""
        return hashlib.sha256(self.key + self.salt).hexdigest()[:16]


def looks_encrypted(path: Path) -> bool:
    """A non-empty file that does not start as a plain SQLite file does."""
    path = Path(path)
    if not path.exists() or path.stat().st_size == 0:
        return False
    with open(path, "rb") as file:
        return file.read(16) != PLAIN_HEADER


def derive(passphrase: str, salt: bytes) -> FileKey:
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt  # only for encrypted files
    key = Scrypt(salt=salt, length=32, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P).derive(passphrase.encode("utf-8"))
    return FileKey(key, salt)


def key_for(path: Path, passphrase: str) -> FileKey:
    """The key of an existing encrypted file (its salt read from it), or of a new one."""
    path = Path(path)
    if path.exists() and path.stat().st_size >= 16:
        with open(path, "rb") as file:
            salt = file.read(16)
    else:
        salt = os.urandom(16)
    return derive(passphrase, salt)


def connect(path: Path, key: FileKey):
    con = dbapi().connect(str(path), check_same_thread=False)
    try:
        con.execute("PRAGMA cipher_log_level = NONE")  # a wrong key is our error to report, not a log line
    except Exception:  # noqa: BLE001 (older SQLCipher without the pragma)
        pass
    con.execute(f"PRAGMA key = {key.pragma_value()}")
    return con


def opens(path: Path, key: FileKey) -> bool:
    con = connect(path, key)
    try:
        con.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return True
    except dbapi().DatabaseError:
        return False
    finally:
        con.close()


def export_to(con, target: Path, key: FileKey) -> None:
    """Copy what ``con`` sees (WAL included) into a new file encrypted with ``key``."""
    con.execute(f"ATTACH DATABASE ? AS backup KEY {key.pragma_value()}", (str(target),))
    try:
        con.execute("SELECT sqlcipher_export('backup')")
        version = con.execute("PRAGMA main.user_version").fetchone()[0]
        con.execute(f"PRAGMA backup.user_version = {int(version)}")
    finally:
        con.execute("DETACH DATABASE backup")


def backup(path: Path, target: Path, key: FileKey) -> None:
    con = connect(path, key)
    try:
        export_to(con, target, key)
    finally:
        con.close()


def encrypt_copy(plain: Path, target: Path, passphrase: str) -> FileKey:
    """An encrypted copy of a plain event file (the plain one is left as it is)."""
    key = derive(passphrase, os.urandom(16))
    con = dbapi().connect(str(plain))  # no key: SQLCipher reads a plain file as SQLite does
    try:
        export_to(con, Path(target), key)
    finally:
        con.close()
    return key
