"""Scans that wait behind a merge: one way for the desk, the training room and the pick-up point.

A scan first tries the write lock for ``QUICK_WAIT_S``. Free: the scans already waiting are
recorded first (so a repeat of one of them says "already"), then this one, in one transaction.
Held (a merge writes for many seconds): the scan's service answers from a read and keeps the scan
in the outbox beside the event file (store/outbox.py); ``commit_waiting`` records it once the
lock is free, at the next scan, or at the next start. Each kind of scan says how it is recorded.

A scan never fails because of another one: each waiting scan is recorded in a savepoint of its
own, and one whose recording raises is rolled back alone and set aside in the outbox (kept, not
tried at every scan again, tried again at the next start or by ``retry_aside``); the scan being
made and the other waiting scans are recorded. ``status`` counts what waits, what is set aside and
what cannot be read, for the Sync page and ``carekit waiting``.
"""

from __future__ import annotations

import logging
import math
import sqlite3
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, Callable, Iterator

from carekit.i18n import QT_TRANSLATE_NOOP
from carekit.services.errors import CareKitError
from carekit.services.workspace import Workspace
from carekit.store.db import WriteLockBusy
from carekit.store.journal import Journal
from carekit.store.outbox import Outbox, outbox_of
from carekit.store.unit import writing

# A scan waits this long for the write lock before answering from a read (a merge may hold it for
# many seconds); short enough that the desk never seems to freeze.
QUICK_WAIT_S = 0.05

Replay = Callable[[Journal, dict[str, Any]], None]
log = logging.getLogger(__name__)


def _replays() -> dict[str, Replay]:
    """kind → how a waiting scan of that kind is recorded in the caller's write transaction. Each
    does nothing when the scan's fact id is already in the event file (copied before a crash)."""
    from carekit.services import attendance, checkin, family_board  # they build on this module
    return {checkin.KIND: checkin.replay_check_in, attendance.KIND: attendance.replay_attendance,
            family_board.KIND: family_board.replay_arrival}


class SideFileUnusable(CareKitError):
    """The side file of waiting scans cannot be opened (not an SQLite file any more, disk error)."""


@contextmanager
def keeping(box: Outbox) -> Iterator[sqlite3.Connection]:
    """``box.adding()`` for a scan answered behind a merge; a side file that cannot be used refuses
    the scan with a clear error, nothing kept and nothing half-written."""
    try:
        with box.adding() as con:
            yield con
    except sqlite3.DatabaseError as error:
        log.error("the side file %s cannot be used: %s", box.path.name, error)
        raise SideFileUnusable("side_file", QT_TRANSLATE_NOOP(
            "Errors", "A merge is writing to the event file and this scan cannot be kept meanwhile: the file "
                      "{file} beside it is damaged. Nothing was recorded; scan again when the merge has "
                      "finished, and ask for support."), file=box.path.name) from None


@contextmanager
def quick_writing(ws: Workspace) -> Iterator[Journal]:
    """The scan's write transaction, the waiting scans recorded first; ``WriteLockBusy`` after
    ``QUICK_WAIT_S`` if a merge holds the lock (the caller then answers from a read). A side file
    that cannot be opened does not stop the scan: it is recorded, what waits there stays."""
    box = outbox_of(ws.db)
    with writing(ws.db, ws.operator_id, wait=QUICK_WAIT_S) as journal:
        flushed = record_waiting(journal, box)
        yield journal
    try:
        box.remove(flushed)
        if not box.ready:
            box.prepare()
    except sqlite3.DatabaseError as error:  # the scan is committed; the side file is said elsewhere
        log.error("the side file %s cannot be used: %s", box.path.name, error)


def record_waiting(journal: Journal, box: Outbox) -> list[str]:
    """Copy every waiting scan not set aside in the caller's write transaction; the ids copied. Each
    keeps its own time, desk, operator and verdict. A kind this version does not know stays waiting.
    A scan whose recording raises is rolled back alone (a savepoint each) and set aside."""
    try:
        waiting = box.replayable()
    except sqlite3.DatabaseError as error:  # a damaged side file stops no scan that can be written now
        log.error("the side file %s cannot be read: %s", box.path.name, error)
        return []
    if not waiting:
        return []
    replays, operator, copied = _replays(), journal.operator_id, []
    try:
        for scan in waiting:
            replay = replays.get(scan["kind"])
            if replay is None:
                continue
            try:
                with journal.session.begin_nested():
                    journal.operator_id = scan.get("operator_id", operator)
                    replay(journal, scan)
            except Exception as error:  # noqa: BLE001 - whatever one row raises, the others go in
                log.warning("a waiting %s scan could not be recorded (%s): set aside, kept in %s",
                            scan["kind"], type(error).__name__, box.path.name)
                try:
                    box.set_aside(scan["id"], type(error).__name__)
                except sqlite3.Error:  # not marked: tried (and rolled back alone) again next time
                    log.exception("the waiting scan could not be set aside in %s", box.path.name)
                continue
            copied.append(scan["id"])
    finally:
        journal.operator_id = operator
    return copied


def commit_waiting(ws: Workspace, wait: float = math.inf, *, retry: bool = False) -> int:
    """Copy the scans waiting in the outbox into the event file (waiting for the lock up to ``wait``
    seconds, by default however long a merge takes); how many were recorded. Run at start too, so
    scans kept when the app was killed during a merge are recorded. ``retry``: the scans set aside
    are tried again too (at start, or when a coordinator asks)."""
    box = outbox_of(ws.db)
    try:
        if retry:
            box.retry_aside()
        if not box.replayable():
            return 0
    except sqlite3.DatabaseError as error:  # a damaged side file: ``status`` says so
        log.error("the side file %s cannot be read: %s", box.path.name, error)
        return 0
    try:
        with writing(ws.db, ws.operator_id, wait=wait) as journal:
            flushed = record_waiting(journal, box)
    except WriteLockBusy:
        return 0
    box.remove(flushed)
    return len(flushed)


def recorded(ws: Workspace, result: Any, on_verdict: Callable[[Any], None] | None) -> Any:
    """A scan's result once it is committed, for callers that return only then (the command line,
    scripts): behind a merge the verdict goes to ``on_verdict`` at once, then this waits for the
    merge to end."""
    if result.waiting:
        if on_verdict is not None:
            on_verdict(result)
        commit_waiting(ws)
    return result


def waiting_count(ws: Workspace) -> int:
    """0 too when the side file cannot be opened (``status`` says it is damaged)."""
    try:
        return len(outbox_of(ws.db).waiting())
    except sqlite3.DatabaseError:
        return 0


def replayable_count(ws: Workspace) -> int:
    """The waiting scans the next recording tries: those set aside, and kinds this version does
    not record (a newer version's), are left out."""
    try:
        rows = outbox_of(ws.db).replayable()
    except sqlite3.DatabaseError:
        return 0
    if not rows:
        return 0
    kinds = _replays()
    return sum(1 for scan in rows if scan["kind"] in kinds)


@dataclass(frozen=True)
class WaitingStatus:
    waiting: int  # readable scans still to record, those set aside included
    aside: int  # set aside: their recording failed; kept, tried again at start or on request
    unreadable: int  # kept but cannot be opened (another event key, damaged)
    file: str  # the side file's name, beside the event file
    damaged: bool = False  # the side file itself cannot be opened: what it holds is unknown


def status(ws: Workspace) -> WaitingStatus:
    box = outbox_of(ws.db)
    try:
        rows, aside = box.waiting(), box.aside()
    except sqlite3.DatabaseError:
        return WaitingStatus(0, 0, 0, box.path.name, damaged=True)
    return WaitingStatus(len(rows), len(aside), box.unreadable, box.path.name)


def set_aside(ws: Workspace) -> list[tuple[dict[str, Any], str]]:
    """The scans set aside, oldest first, each with the kind of error its recording raised."""
    return outbox_of(ws.db).aside()


def scan_state(ws: Workspace, scan_id: str) -> str:
    """"waiting", "aside" (its recording failed; kept) or "recorded" (no longer in the outbox)."""
    if not scan_id:
        return "recorded"
    box = outbox_of(ws.db)
    try:
        if any(scan["id"] == scan_id for scan, _reason in box.aside()):
            return "aside"
        return "waiting" if any(scan["id"] == scan_id for scan in box.waiting()) else "recorded"
    except sqlite3.DatabaseError:  # damaged since the scan was kept: not recorded, as far as is known
        return "aside"
