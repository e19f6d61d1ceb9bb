"""Scans that wait behind a merge: one way for the desk, the training room and the pick-up point.

A scan first tries the write lock for ``QUICK_WAIT_S``. Free: the scans already waiting are
recorded first (so a repeat of one of them says "already"), then this one, in one transaction.
Held (a merge writes for many seconds): the scan's service answers from a read and keeps the scan
in the outbox beside the event file (store/outbox.py); ``commit_waiting`` records it once the
lock is free, at the next scan, or at the next start. Each kind of scan says how it is recorded.
"""

from __future__ import annotations

import math
from contextlib import contextmanager
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
    """Copy every waiting scan in the caller's write transaction; the ids copied. Each keeps its
    own time, desk, operator and verdict. A kind this version does not know stays waiting."""
    waiting = box.waiting()
    if not waiting:
        return []
    replays, operator, copied = _replays(), journal.operator_id, []
    try:
        for scan in waiting:
            replay = replays.get(scan["kind"])
            if replay is not None:
                journal.operator_id = scan.get("operator_id", operator)
                replay(journal, scan)
                copied.append(scan["id"])
    finally:
        journal.operator_id = operator
    return copied


def commit_waiting(ws: Workspace, wait: float = math.inf) -> int:
    """Copy the scans waiting in the outbox into the event file (waiting for the lock up to ``wait``
    seconds, by default however long a merge takes); how many were recorded. Run at start too, so
    scans kept when the app was killed during a merge are recorded."""
    box = outbox_of(ws.db)
    if not box.waiting():
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
