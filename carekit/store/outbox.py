"""Scans waiting for the write lock, kept in a small SQLite file beside the event file.

A merge holds the event file's write lock for many seconds. A scan that cannot take it at
once is answered from a read, appended here (synchronous=FULL, so it survives kill -9 or a
power cut) and copied into the event file once the lock is free. Each waiting scan carries
the id its fact will have, so copying it twice (a crash between the event file's commit and
the removal here) records it once. The file holds ids and times only, no names.

Several kinds of scan wait here (a desk check-in, a training-room scan, an arrival at the
pick-up point): each row is one JSON object naming its ``kind``; the services know what
each kind records. Beside an encrypted event file each row is sealed (AES-256-GCM, a key
derived from the event file's own key), and a row is found by a keyed hash of its id, so
the file shows neither registration ids, desks, operators nor times. Rows written by the
first version of this file (table ``scan``, desk check-ins in clear) are still read.

A row whose recording fails (it names something the event file no longer accepts, a row damaged
in a way the seal does not catch) is set aside (table ``aside``, by the row's reference, with the
kind of error, sealed like the rows): kept, counted, not tried again at every scan, and tried
again at the next start or when a coordinator asks (``retry_aside``).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import sqlite3
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from carekit.store.cipher import FileKey

CHECKIN = "checkin"  # the kind of the rows of the first version (a desk check-in)
LEGACY_FIELDS = ("id", "registration_id", "point", "desk", "at", "outcome", "operator_id")
_SEAL_INFO = b"carekit waiting scans v1"


def outbox_path(event_file: Path) -> Path:
    return event_file.with_name(event_file.name + ".scans")


class _Seal:
    """AES-GCM under a key derived (HKDF) from the event file's key; the row's reference is the
    associated data, so a sealed row moved onto another row's reference does not open."""

    def __init__(self, key: FileKey):
        material = HKDF(algorithm=hashes.SHA256(), length=64, salt=key.salt, info=_SEAL_INFO).derive(key.key)
        self._aead = AESGCM(material[:32])
        self._mac = material[32:]

    def ref(self, scan_id: str) -> str:
        return hmac.new(self._mac, scan_id.encode("utf-8"), hashlib.sha256).hexdigest()[:32]

    def seal(self, ref: str, text: str) -> bytes:
        nonce = os.urandom(12)
        return nonce + self._aead.encrypt(nonce, text.encode("utf-8"), ref.encode("ascii"))

    def open(self, ref: str, body: bytes) -> str | None:
        try:
            return self._aead.decrypt(body[:12], body[12:], ref.encode("ascii")).decode("utf-8")
        except (InvalidTag, ValueError):
            return None


class Outbox:
    """One per event file and process; safe from several threads and processes. ``key``: the
    event file's key when it is encrypted, so the waiting scans are sealed with it too."""

    def __init__(self, path: Path, key: FileKey | None = None):
        self.path = path
        self._seal = _Seal(key) if key is not None else None
        self._lock = threading.Lock()
        self._con: sqlite3.Connection | None = None
        self._legacy = False
        self.unreadable = 0  # rows the last read could not open (another key, damaged): kept, never dropped

    def _connection(self) -> sqlite3.Connection:
        if self._con is None:
            con = sqlite3.connect(self.path, timeout=30, isolation_level=None, check_same_thread=False)
            con.execute("PRAGMA journal_mode=WAL")
            con.execute("PRAGMA synchronous=FULL")
            con.execute("PRAGMA secure_delete=ON")  # a recorded scan's bytes do not linger in free pages
            con.execute("CREATE TABLE IF NOT EXISTS waiting (seq INTEGER PRIMARY KEY AUTOINCREMENT, "
                        "ref TEXT NOT NULL UNIQUE, body BLOB NOT NULL)")
            con.execute("CREATE TABLE IF NOT EXISTS aside (ref TEXT PRIMARY KEY, reason BLOB NOT NULL)")
            self._legacy = con.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'scan'") \
                .fetchone() is not None
            self._con = con
        return self._con

    @property
    def ready(self) -> bool:
        return self._con is not None

    def prepare(self) -> None:
        """Make the file now, while the disk is quiet: made during a merge it costs several
        fsyncs queued behind the merge's writes (0.7 s measured) on the first scan that waits."""
        with self._lock:
            self._connection()

    @contextmanager
    def adding(self) -> Iterator[sqlite3.Connection]:
        """One locked transaction: read what already waits (``rows``), then ``add``, so two scans of
        one badge at the same moment (two threads or two processes) are "checked in" then "already"."""
        with self._lock:
            con = self._connection()
            con.execute("BEGIN IMMEDIATE")
            try:
                yield con
            except BaseException:
                con.execute("ROLLBACK")
                raise
            con.execute("COMMIT")

    def _ref(self, scan_id: str) -> str:
        return self._seal.ref(scan_id) if self._seal is not None else scan_id

    def _sealed(self, ref: str, text: str) -> str | bytes:
        return self._seal.seal(ref, text) if self._seal is not None else text

    def _opened(self, ref: str, stored: Any) -> str | None:
        """The text of a stored value; None when it does not open (another key, damaged, not text)."""
        text = stored if self._seal is None else self._seal.open(ref, stored) if isinstance(stored, bytes) else None
        return text if isinstance(text, str) else None

    def _existing(self) -> sqlite3.Connection | None:
        """The file's connection, None while the file was never made (a laptop that never waited:
        one stat, no file made). Call with ``_lock`` held."""
        if self._con is None and not self.path.exists():
            return None
        return self._connection()

    def add(self, con: sqlite3.Connection, scan: dict[str, Any]) -> None:
        """``scan``: its ``id`` (the id its fact will have), its ``kind`` and plain JSON values."""
        if not scan.get("id") or not scan.get("kind"):
            raise ValueError(f"a waiting scan needs an id and a kind, got {sorted(scan)} ({self.path.name})")
        ref, text = self._ref(scan["id"]), json.dumps(scan, ensure_ascii=False, sort_keys=True)
        con.execute("INSERT INTO waiting (ref, body) VALUES (?, ?)", (ref, self._sealed(ref, text)))

    def rows(self, con: sqlite3.Connection) -> list[dict[str, Any]]:
        """Every waiting scan, oldest first, read on ``con`` (inside ``adding``, or not)."""
        found: list[dict[str, Any]] = []
        unreadable = 0
        if self._legacy:
            for row in con.execute(f"SELECT {', '.join(LEGACY_FIELDS)} FROM scan ORDER BY seq"):
                scan = {"kind": CHECKIN, **dict(zip(LEGACY_FIELDS, row))}
                if _named(scan):
                    found.append(scan)
                else:
                    unreadable += 1
        for ref, body in con.execute("SELECT ref, body FROM waiting ORDER BY seq"):
            text = self._opened(ref, body)
            try:
                scan = json.loads(text) if text is not None else None
            except ValueError:
                scan = None
            if isinstance(scan, dict) and _named(scan):
                found.append(scan)
            else:
                unreadable += 1
        self.unreadable = unreadable
        return found

    def waiting(self) -> list[dict[str, Any]]:
        """Oldest first. A laptop that never waited has no file, and a scan costs one stat."""
        with self._lock:
            con = self._existing()
            return self.rows(con) if con is not None else []

    def _aside(self, con: sqlite3.Connection) -> dict[str, str]:
        """ref → the kind of error its recording raised (unreadable: "?")."""
        found = {}
        for ref, reason in con.execute("SELECT ref, reason FROM aside"):
            text = self._opened(ref, reason)
            found[ref] = text if text is not None else "?"
        return found

    def replayable(self) -> list[dict[str, Any]]:
        """``waiting`` less the rows set aside: what a scan copies into the event file first."""
        with self._lock:
            con = self._existing()
            if con is None:
                return []
            aside = self._aside(con)
            return [scan for scan in self.rows(con) if self._ref(scan["id"]) not in aside]

    def aside(self) -> list[tuple[dict[str, Any], str]]:
        """The readable rows set aside, oldest first, each with the kind of error it raised."""
        with self._lock:
            con = self._existing()
            if con is None:
                return []
            aside = self._aside(con)
            return [(scan, aside[self._ref(scan["id"])]) for scan in self.rows(con) if self._ref(scan["id"]) in aside]

    def set_aside(self, scan_id: str, reason: str) -> None:
        """Keep the row, but out of every scan's way until ``retry_aside`` (``reason``: an error's
        class name, no values)."""
        ref = self._ref(scan_id)
        with self._lock:
            self._connection().execute("INSERT OR REPLACE INTO aside (ref, reason) VALUES (?, ?)",
                                       (ref, self._sealed(ref, reason)))

    def retry_aside(self) -> int:
        """Put every row set aside back in line for the next recording; how many there were."""
        with self._lock:
            con = self._existing()
            return con.execute("DELETE FROM aside").rowcount if con is not None else 0

    def remove(self, ids: list[str]) -> None:
        if not ids:
            return
        with self._lock:
            con = self._connection()
            con.execute("BEGIN IMMEDIATE")
            refs = [(self._ref(i),) for i in ids]
            con.executemany("DELETE FROM waiting WHERE ref = ?", refs)
            con.executemany("DELETE FROM aside WHERE ref = ?", refs)
            if self._legacy:
                con.executemany("DELETE FROM scan WHERE id = ?", [(i,) for i in ids])
            con.execute("COMMIT")

    def close(self) -> None:
        with self._lock:
            if self._con is not None:
                self._con.close()
                self._con = None


def _named(scan: dict[str, Any]) -> bool:
    """A row to record names its fact's id and its kind as text; anything else is unreadable."""
    return isinstance(scan.get("id"), str) and bool(scan["id"]) and isinstance(scan.get("kind"), str) \
        and bool(scan["kind"])


def outbox_of(db) -> Outbox:
    """The outbox of an open event ``Database`` (made on first use, closed with it), sealed with
    the event file's key when the file is encrypted."""
    if getattr(db, "_outbox", None) is None:
        db._outbox = Outbox(outbox_path(db.path), db.key)
    return db._outbox
