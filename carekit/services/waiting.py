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
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, Callable, Iterator

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


@contextmanager
def quick_writing(ws: Workspace) -> Iterator[Journal]:
    """The scan's write transaction, the waiting scans recorded first; ``WriteLockBusy`` after
    ``QUICK_WAIT_S`` if a merge holds the lock (the caller then answers from a read)."""
    box = outbox_of(ws.db)
    with writing(ws.db, ws.operator_id, wait=QUICK_WAIT_S) as journal:
        flushed = record_waiting(journal, box)
        yield journal
    box.remove(flushed)
    if not box.ready:
        box.prepare()


def record_waiting(journal: Journal, box: Outbox) -> list[str]:
    """Copy every waiting scan not set aside in the caller's write transaction; the ids copied. Each
    keeps its own time, desk, operator and verdict. A kind this version does not know stays waiting.
    A scan whose recording raises is rolled back alone (a savepoint each) and set aside."""
    waiting = box.replayable()
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
                box.set_aside(scan["id"], type(error).__name__)
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
    if retry:
        box.retry_aside()
    if not box.replayable():
        return 0
    try:
        with writing(ws.db, ws.operator_id, wait=wait) as journal:
            flushed = record_waiting(journal, box)
    except WriteLockBusy:
        return 0
    box.remove(flushed)
    return len(flushed)


def waiting_count(ws: Workspace) -> int:
    return len(outbox_of(ws.db).waiting())


def replayable_count(ws: Workspace) -> int:
    """The waiting scans the next recording tries: those set aside are left out."""
    return len(outbox_of(ws.db).replayable())


@dataclass(frozen=True)
class WaitingStatus:
    waiting: int  # readable scans still to record, those set aside included
    aside: int  # set aside: their recording failed; kept, tried again at start or on request
    unreadable: int  # kept but cannot be opened (another event key, damaged)
    file: str  # the side file's name, beside the event file


def status(ws: Workspace) -> WaitingStatus:
    box = outbox_of(ws.db)
    rows, aside = box.waiting(), box.aside()
    return WaitingStatus(len(rows), len(aside), box.unreadable, box.path.name)


def set_aside(ws: Workspace) -> list[tuple[dict[str, Any], str]]:
    """The scans set aside, oldest first, each with the kind of error its recording raised."""
    return outbox_of(ws.db).aside()


def scan_state(ws: Workspace, scan_id: str) -> str:
    """"waiting", "aside" (its recording failed; kept) or "recorded" (no longer in the outbox)."""
    if not scan_id:
        return "recorded"
    box = outbox_of(ws.db)
    if any(scan["id"] == scan_id for scan, _reason in box.aside()):
        return "aside"
    return "waiting" if any(scan["id"] == scan_id for scan in box.waiting()) else "recorded"
