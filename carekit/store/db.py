"""Opening an event database: pragmas, migrations with a backup first, refusal of newer files."""

from __future__ import annotations

import shutil
import sqlite3
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from sqlalchemy import event as sa_event
from sqlalchemy import create_engine
from sqlalchemy.engine import Engine
from sqlmodel import Session

from carekit.store import migrate, search_index


class DatabaseError(Exception):
    """A database that cannot be opened; the message is for the person at the laptop."""


def _set_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    # FULL: a check-in acknowledged on screen survives a power cut at the venue.
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.execute("PRAGMA cache_size=-32000")
    cursor.close()


def make_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}", connect_args={"check_same_thread": False})
    sa_event.listen(engine, "connect", _set_pragmas)
    return engine


def backup_file(path: Path, label: str) -> Path:
    """Copy through SQLite's backup API so a WAL file's content is included."""
    target = path.with_name(f"{path.name}.{label}-{time.strftime('%Y%m%d-%H%M%S')}.bak")
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


class Database:
    """One event database file. Sessions come from here; nothing else opens the file."""

    def __init__(self, path: Path | str):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._check_and_upgrade()
        self.engine = make_engine(self.path)
        with self.session() as session:
            if search_index.ensure_current(session):
                session.commit()

    def _check_and_upgrade(self) -> None:
        current = migrate.current_revision(self.path) if self.path.exists() else None
        known = migrate.known_revisions()
        if current is not None and not set(current.split("+")) <= known:
            raise DatabaseError(
                f"{self.path.name} was made by a newer CareKit (schema {current}). "
                "Install the newer version to open it; the file was not changed.")
        if current == migrate.head_revision():
            return
        if current is None and self.path.exists() and self.path.stat().st_size > 0 and not _is_sqlite(self.path):
            raise DatabaseError(f"{self.path.name} is not a CareKit event file; the file was not changed.")
        if current is not None or (self.path.exists() and self.path.stat().st_size > 0):
            backup_file(self.path, f"before-{migrate.head_revision()}")
        migrate.upgrade(self.path)

    @contextmanager
    def session(self) -> Iterator[Session]:
        with Session(self.engine, expire_on_commit=False) as session:
            yield session

    def close(self) -> None:
        self.engine.dispose()
