"""One transaction of writes: the clock is read from and saved to the file inside it, so two
processes on one database (the app and a script) never reuse a stamp."""

from __future__ import annotations

import time
from contextlib import contextmanager
from typing import Iterator

from sqlalchemy.exc import OperationalError

from carekit.domain.ids import new_id
from carekit.store.db import BUSY_TIMEOUT_MS, Database
from carekit.store.journal import Journal, read_local, write_local
from carekit.domain.clock import HybridClock


def device_id(db: Database) -> str:
    """This laptop's id in this file, made the first time it is asked for."""
    with db.session() as session:
        local = read_local(session)
        if "device_id" not in local:
            write_local(session, device_id=new_id())
            session.commit()
            local = read_local(session)
        return local["device_id"]


def _has_device(db: Database) -> bool:
    if getattr(db, "_device_known", False):
        return True
    with db.session() as session:
        known = "device_id" in read_local(session)
    db._device_known = known
    return known


class WriteLockBusy(Exception):
    """Another writer (a merge, most often) kept the write lock past the time the caller gave."""


def lock_for_writing(run, wait: float) -> None:
    """BEGIN IMMEDIATE, waiting up to ``wait`` seconds (``math.inf``: until the lock is free, however
    long a merge takes) instead of the connection's usual busy timeout."""
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


@contextmanager
def writing(db: Database, operator_id: str | None = None, *, wait: float | None = None) -> Iterator[Journal]:
    """``wait``: seconds to wait for the write lock before ``WriteLockBusy``; None: the usual busy
    timeout, after which SQLite's "database is locked" error comes through."""
    if not _has_device(db):
        device_id(db)
    with db.session() as session:
        # Take the write lock before reading the clock: a second process writing to the same
        # file (the app and a script) waits here instead of stamping with the same clock value.
        if wait is None:
            session.connection().exec_driver_sql("BEGIN IMMEDIATE")
        else:
            lock_for_writing(session.connection().exec_driver_sql, wait)
        local = read_local(session)
        device = local["device_id"]
        clock = HybridClock(device, local.get("hlc") or None)
        journal = Journal(session, event_id=local.get("event_id", ""), device_id=device,
                          operator_id=operator_id if operator_id is not None else local.get("operator_id", ""),
                          clock=clock)
        yield journal
        write_local(session, hlc=clock.last)
        session.commit()


def take_write_lock(session) -> None:
    """Begin the session's transaction holding the database's write lock (``BEGIN IMMEDIATE``), for
    a service that reads local state and then writes outside ``writing``: a second process waits
    here instead of reading state the first is about to change."""
    session.connection().exec_driver_sql("BEGIN IMMEDIATE")
