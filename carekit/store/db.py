"""Opening an event database: pragmas, migrations with a backup first, refusal of newer files.

Opening does not import SQLAlchemy: the file's key and schema are checked with the driver alone,
and the engine (with the ORM behind it) is made at the first session, or ahead of it on another
thread (``Database.open_engine``). So the sign-in dialog can read what it shows (``plain_read``)
and be up before the ORM has finished importing.
"""

from __future__ import annotations

import gc
import sqlite3
import threading
import time
import weakref
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Iterator

from carekit.store import cipher, migrate
from carekit.store.checkpoint import Checkpointer

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine
    from sqlmodel import Session


class DatabaseError(Exception):
    """A database that cannot be opened; the message is for the person at the laptop."""


class PassphraseNeeded(DatabaseError):
    """An encrypted event file opened without its passphrase (the caller may ask and retry)."""


BUSY_TIMEOUT_MS = 5000  # ordinary writers; a check-in waits longer (Database.write_locked, services/checkin.py)


def _set_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    # FULL: a check-in acknowledged on screen survives a power cut at the venue.
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA cache_size=-32000")
    # Temporary tables and sorts stay in memory: what they hold (names, phones being indexed) never
    # lands in a temporary file beside an encrypted event file.
    cursor.execute("PRAGMA temp_store=MEMORY")
    # The WAL is folded into the file on a thread of its own (store/checkpoint.py), not inside
    # whichever commit crosses SQLite's threshold.
    cursor.execute("PRAGMA wal_autocheckpoint=0")
    cursor.close()


def make_engine(path: Path, key: cipher.FileKey | None = None) -> Engine:
    from sqlalchemy import create_engine
    from sqlalchemy import event as sa_event
    from sqlalchemy.pool import QueuePool
    if key is None:
        engine = create_engine(f"sqlite:///{path}", connect_args={"check_same_thread": False})
    else:  # the SQLCipher driver, every connection given the raw key
        engine = create_engine("sqlite://", module=cipher.dbapi(), creator=lambda: cipher.connect(path, key),
                               poolclass=QueuePool)
    sa_event.listen(engine, "connect", _set_pragmas)
    return engine


def backup_file(path: Path, label: str, key: cipher.FileKey | None = None) -> Path:
    """Copy through SQLite's backup API so a WAL file's content is included; an encrypted file's
    backup is encrypted with the same key and salt, so the same passphrase opens it."""
    target = path.with_name(f"{path.name}.{label}-{time.strftime('%Y%m%d-%H%M%S')}.bak")
    if key is not None:
        cipher.backup(path, target, key)
        return target
    src = sqlite3.connect(path)
    try:
        dst = sqlite3.connect(target)
        with dst:
            src.backup(dst)
        dst.close()
    finally:
        src.close()
    return target


def _is_sqlite(path: Path) -> bool:
    """A roster or PDF picked by mistake must be refused, not backed up and "upgraded"."""
    with open(path, "rb") as file:
        return file.read(16) == b"SQLite format 3\x00"


class WriteLockBusy(Exception):
    """Another writer (a merge, most often) kept the write lock past the time the caller gave."""


def lock_for_writing(run, wait: float) -> None:
    """BEGIN IMMEDIATE, waiting up to ``wait`` seconds (``math.inf``: until the lock is free, however
    long a merge takes) instead of the connection's usual busy timeout. ``Database.write_locked``
    is the one caller."""
    from sqlalchemy.exc import OperationalError
    deadline = time.monotonic() + wait
    try:
        while True:
            left = min(deadline - time.monotonic(), 60.0)
            run(f"PRAGMA busy_timeout={max(int(left * 1000), 0)}")
            try:
                run("BEGIN IMMEDIATE")
                return
            except OperationalError as error:
                if "locked" not in str(error) and "busy" not in str(error):
                    raise
                if time.monotonic() >= deadline:
                    raise WriteLockBusy() from None
    finally:
        run(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")


class Database:
    """One event database file. Sessions come from here; nothing else opens the file."""

    def __init__(self, path: Path | str, passphrase: str | None = None, *, key: cipher.FileKey | None = None,
                 checkpoints: bool = True):
        """``passphrase``: the event passphrase of an encrypted file, or of a new file to make
        encrypted; a plain file opens without one. ``key``: the key another process already derived
        from it (a merge's own process), so the passphrase need not travel or be stretched again.
        ``checkpoints=False``: another process folds this one's writes into the file (the window,
        for its merge process, which then reports back without waiting for that)."""
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.key = self._file_key(passphrase) if key is None else self._given_key(key)
        self._check_and_upgrade()
        self._engine: Engine | None = None
        self._engine_lock = threading.Lock()
        # Given a weak reference: the thread must not keep a database nobody holds (and its file) open.
        self._checkpointer = Checkpointer(weakref.WeakMethod(self._checkpoint), enabled=checkpoints)
        # (people indexed, people to index) while making the engine re-makes the search index,
        # written by the thread making it, read by a dialog that shows it; None otherwise.
        self.index_progress: tuple[int, int] | None = None

    @property
    def engine(self) -> Engine:
        """Made at first use (the search index brought up to date with it); ``open_engine``
        makes it ahead, off the UI thread. Threads that ask meanwhile wait for the one being made."""
        engine = self._engine
        if engine is None:
            with self._engine_lock:
                if self._engine is None:
                    self._engine = self._make_engine()
                engine = self._engine
        return engine

    def open_engine(self) -> None:
        self.engine  # noqa: B018 - made now, so the first session does not wait for it

    @property
    def engine_ready(self) -> bool:
        return self._engine is not None

    def _make_engine(self) -> Engine:
        from sqlmodel import Session

        from carekit.store import search_index
        engine = make_engine(self.path, self.key)
        # A re-index makes hundreds of thousands of objects and no cycles: each full collection it
        # set off walked them all holding every thread, the sign-in dialog's too, for ~0.1 s, so
        # the cycle collector waits until the index is checked (and made, if it must be).
        collecting = gc.isenabled()
        gc.disable()
        try:
            with Session(engine, expire_on_commit=False) as session:
                if search_index.ensure_current(session, progress=self._indexing):
                    session.commit()
                    if self.index_progress and self.index_progress[1]:
                        self._checkpointer.wrote()  # everyone re-indexed: folded in soon
        finally:
            self.index_progress = None
            if collecting:
                gc.enable()
        return engine

    def _checkpoint(self) -> None:
        with self.engine.connect() as con:
            con.exec_driver_sql("PRAGMA wal_checkpoint(PASSIVE)").fetchall()

    def written_elsewhere(self) -> None:
        """Another process (a merge's own) committed to this file: fold its writes in soon."""
        self._checkpointer.wrote()

    @property
    def checkpoints(self) -> int:
        """WAL checkpoints done for this file so far (tests and the benchmark read it)."""
        return self._checkpointer.runs

    def _indexing(self, done: int, total: int) -> None:
        self.index_progress = (done, total)

    @contextmanager
    def plain_read(self) -> Iterator[sqlite3.Connection]:
        """A read-only connection straight from the driver (SQLCipher's for an encrypted file, with
        the key already checked), for the few reads made before the ORM is loaded. Closed after."""
        con = cipher.connect(self.path, self.key) if self.key is not None else sqlite3.connect(self.path)
        try:
            con.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
            con.execute("PRAGMA temp_store=MEMORY")  # as every connection: no sort spills to a file
            con.execute("PRAGMA query_only=ON")
            yield con
        finally:
            con.close()

    @property
    def encrypted(self) -> bool:
        return self.key is not None

    def _file_key(self, passphrase: str | None) -> cipher.FileKey | None:
        name = self.path.name
        if cipher.looks_encrypted(self.path):
            if not cipher.available():
                raise DatabaseError(f"{name} is encrypted or not a CareKit event file, and this CareKit has no "
                                    "SQLCipher to open it (install sqlcipher3-binary); the file was not changed.")
            if not passphrase:
                raise PassphraseNeeded(f"{name} is encrypted (or not a CareKit event file): give its event "
                                       f"passphrase ({cipher.ENV}); the file was not changed.")
            key = cipher.key_for(self.path, passphrase)
            if not cipher.opens(self.path, key):
                raise DatabaseError(f"The passphrase does not open {name} (or it is not a CareKit event file); "
                                    "the file was not changed.")
            return key
        if not passphrase:
            return None
        if self.path.exists() and self.path.stat().st_size > 0:
            raise DatabaseError(f"{name} is not encrypted: open it without an event passphrase; the file was "
                                "not changed.")
        if len(passphrase) < cipher.MIN_PASSPHRASE:
            raise DatabaseError(f"An event passphrase has at least {cipher.MIN_PASSPHRASE} characters.")
        if not cipher.available():
            raise DatabaseError("This CareKit has no SQLCipher to make an encrypted file (install "
                                "sqlcipher3-binary).")
        return cipher.key_for(self.path, passphrase)

    def _given_key(self, key: cipher.FileKey) -> cipher.FileKey:
        if not cipher.looks_encrypted(self.path) or not cipher.opens(self.path, key):
            raise DatabaseError(f"The key given does not open {self.path.name}; the file was not changed.")
        return key

    def _check_and_upgrade(self) -> None:
        current = migrate.current_revision(self.path, self.key) if self.path.exists() else None
        known = migrate.known_revisions()
        if current is not None and not set(current.split("+")) <= known:
            raise DatabaseError(
                f"{self.path.name} was made by a newer CareKit (schema {current}). "
                "Install the newer version to open it; the file was not changed.")
        if current == migrate.head_revision():
            return
        if current is None and self.path.exists() and self.path.stat().st_size > 0 and self.key is None \
                and not _is_sqlite(self.path):
            raise DatabaseError(f"{self.path.name} is not a CareKit event file; the file was not changed.")
        if current is not None or (self.path.exists() and self.path.stat().st_size > 0):
            backup_file(self.path, f"before-{migrate.head_revision()}", self.key)
        if self.key is None:
            migrate.upgrade(self.path)
        else:
            engine = make_engine(self.path, self.key)
            try:
                migrate.upgrade(self.path, engine=engine)
            finally:
                engine.dispose()

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A plain session: for reads, and for a write whose statements need no lock before
        they run (SQLite takes the write lock at its first write). The caller commits."""
        from sqlmodel import Session
        with Session(self.engine, expire_on_commit=False) as session:
            yield session

    @contextmanager
    def write_locked(self, *, wait: float | None = None) -> Iterator[Session]:
        """A session that holds the file's write lock from its first statement (``BEGIN
        IMMEDIATE``), commits when the block ends and rolls back if it raises.

        Use it for a write that first reads what it will change (this laptop's clock, a PIN
        try counter, the event keys): no other writer, in this process or another, gets in
        between the read and the write. A write that goes through the journal uses
        ``store.unit.writing``, which is built on this and adds the clock and the journal.
        ``wait``: seconds to wait for the lock before ``WriteLockBusy`` (``math.inf``: however
        long a merge takes); None: the usual busy timeout, after which SQLite's "database is
        locked" error comes through."""
        with self.session() as session:
            run = session.connection().exec_driver_sql
            if wait is None:
                run("BEGIN IMMEDIATE")
            else:
                lock_for_writing(run, wait)
            driver = session.connection().connection.dbapi_connection
            before = driver.total_changes
            try:
                yield session
                session.commit()
            except BaseException:
                session.rollback()
                raise
        self._checkpointer.wrote(driver.total_changes - before)

    def close(self) -> None:
        self._checkpointer.stop()
        outbox = getattr(self, "_outbox", None)  # scans waiting for the write lock (store/outbox.py)
        if outbox is not None:
            outbox.close()
        with self._engine_lock:  # an engine still being made is disposed once it is ready
            if self._engine is not None:
                self._engine.dispose()
