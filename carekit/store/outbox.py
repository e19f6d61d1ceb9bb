"""Scans waiting for the write lock, kept in a small SQLite file beside the event file.

A merge holds the event file's write lock for many seconds. A scan that cannot take it at
once is answered from a read, appended here (synchronous=FULL, so it survives kill -9 or a
power cut) and copied into the event file once the lock is free. Each waiting scan carries
the id its check-in will have, so copying it twice (a crash between the event file's commit
and the removal here) records it once. The file holds ids and times only, no names.
"""

from __future__ import annotations

import sqlite3
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

FIELDS = ("id", "registration_id", "point", "desk", "at", "outcome", "operator_id")


def outbox_path(event_file: Path) -> Path:
    return event_file.with_name(event_file.name + ".scans")


class Outbox:
    """One per event file and process; safe from several threads and processes."""

    def __init__(self, path: Path):
        self.path = path
        self._lock = threading.Lock()
        self._con: sqlite3.Connection | None = None

    def _connection(self) -> sqlite3.Connection:
        if self._con is None:
            con = sqlite3.connect(self.path, timeout=30, isolation_level=None, check_same_thread=False)
            con.execute("PRAGMA journal_mode=WAL")
            con.execute("PRAGMA synchronous=FULL")
            con.execute("CREATE TABLE IF NOT EXISTS scan (seq INTEGER PRIMARY KEY AUTOINCREMENT, "
                        "id TEXT NOT NULL UNIQUE, registration_id TEXT NOT NULL, point TEXT NOT NULL, "
                        "desk TEXT NOT NULL, at TEXT NOT NULL, outcome TEXT NOT NULL, operator_id TEXT NOT NULL)")
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
        """One locked transaction: read what already waits, then add, so two scans of one badge
        at the same moment (two threads or two processes) are "checked in" then "already"."""
        with self._lock:
            con = self._connection()
            con.execute("BEGIN IMMEDIATE")
            try:
                yield con
            except BaseException:
                con.execute("ROLLBACK")
                raise
            con.execute("COMMIT")

    def first_waiting(self, con: sqlite3.Connection, registration_id: str, point: str) -> tuple[str, str] | None:
        return con.execute("SELECT at, desk FROM scan WHERE registration_id = ? AND point = ? ORDER BY seq "
                           "LIMIT 1", (registration_id, point)).fetchone()

    @staticmethod
    def add(con: sqlite3.Connection, scan: dict[str, str]) -> None:
        con.execute(f"INSERT INTO scan ({', '.join(FIELDS)}) VALUES ({', '.join('?' for _ in FIELDS)})",
                    tuple(scan[f] for f in FIELDS))

    def waiting(self) -> list[dict[str, str]]:
        """Oldest first. A laptop that never waited has no file, and a scan costs one stat."""
        with self._lock:
            if self._con is None and not self.path.exists():
                return []
            rows = self._connection().execute(f"SELECT {', '.join(FIELDS)} FROM scan ORDER BY seq").fetchall()
        return [dict(zip(FIELDS, row)) for row in rows]

    def remove(self, ids: list[str]) -> None:
        if not ids:
            return
        with self._lock:
            con = self._connection()
            con.execute("BEGIN IMMEDIATE")
            con.executemany("DELETE FROM scan WHERE id = ?", [(i,) for i in ids])
            con.execute("COMMIT")

    def close(self) -> None:
        with self._lock:
            if self._con is not None:
                self._con.close()
                self._con = None


def outbox_of(db) -> Outbox:
    """The outbox of an open event ``Database`` (made on first use, closed with it)."""
    if getattr(db, "_outbox", None) is None:
        db._outbox = Outbox(outbox_path(db.path))
    return db._outbox
