"""One transaction of writes: the clock is read from and saved to the file inside it, so two
processes on one database (the app and a script) never reuse a stamp."""

from __future__ import annotations

from contextlib import contextmanager
from typing import Iterator

from carekit.domain.ids import new_id
from carekit.store.db import Database
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


@contextmanager
def writing(db: Database, operator_id: str | None = None, *, wait: float | None = None) -> Iterator[Journal]:
    """The journalled write transaction: every change to a synced row goes through the
    ``Journal`` it yields. It is ``Database.write_locked`` (write lock first, commit at the end,
    roll back on an error; ``wait`` as there) with this laptop's clock read after the lock and
    saved before the commit. A write to local state only (no synced row) uses
    ``Database.write_locked`` directly."""
    if not _has_device(db):
        device_id(db)
    with db.write_locked(wait=wait) as session:
        # The write lock before the clock is read: a second process writing to the same file
        # (the app and a script) waits here instead of stamping with the same clock value.
        local = read_local(session)
        device = local["device_id"]
        clock = HybridClock(device, local.get("hlc") or None)
        journal = Journal(session, event_id=local.get("event_id", ""), device_id=device,
                          operator_id=operator_id if operator_id is not None else local.get("operator_id", ""),
                          clock=clock)
        yield journal
        write_local(session, hlc=clock.last)
