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
def writing(db: Database, operator_id: str | None = None) -> Iterator[Journal]:
    if not _has_device(db):
        device_id(db)
    with db.session() as session:
        # Take the write lock before reading the clock: a second process writing to the same
        # file (the app and a script) waits here instead of stamping with the same clock value.
        session.connection().exec_driver_sql("BEGIN IMMEDIATE")
        local = read_local(session)
        device = local["device_id"]
        clock = HybridClock(device, local.get("hlc") or None)
        journal = Journal(session, event_id=local.get("event_id", ""), device_id=device,
                          operator_id=operator_id if operator_id is not None else local.get("operator_id", ""),
                          clock=clock)
        yield journal
        write_local(session, hlc=clock.last)
        session.commit()
