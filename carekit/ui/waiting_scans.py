"""Scans answered while a merge held the write lock are recorded on a worker, never on the UI thread.

The desk, the training room and the pick-up point share this: the verdict is already on screen and
the scan is safe in the outbox (store/outbox.py, services/waiting.py); the worker only waits for
the merge to end and copies every waiting scan in. A failure leaves them in the outbox, where the
next scan or the next start records them.
"""

from __future__ import annotations

from carekit.services import checkin, waiting
from carekit.ui.context import AppContext
from carekit.ui.workers import run_task

_recording: set[int] = set()  # event files with a worker already waiting for the lock
_AREAS = ("checkin", "training", "family")  # the pages that show what waiting scans record


def record_waiting(context: AppContext) -> None:
    ws = context.workspace
    key = id(ws.db)
    if key in _recording:
        return  # that worker copies every scan waiting when it gets the lock, and looks again after
    _recording.add(key)

    def done(_count: int) -> None:
        _recording.discard(key)
        for area in _AREAS:
            context.changed.emit(area)
        if waiting.waiting_count(ws):  # scanned while the worker held the lock
            record_waiting(context)

    def failed(_error: BaseException) -> None:
        _recording.discard(key)

    run_task(lambda _progress: waiting.commit_waiting(ws), on_done=done, on_error=failed)


def record_waiting_at_start(context: AppContext) -> None:
    """Scans kept when the app stopped during a merge: one stat when there are none."""
    if waiting.waiting_count(context.workspace):
        record_waiting(context)


def scan_and_record(context: AppContext, token: str) -> checkin.CheckInResult:
    """The desk's scan: the verdict at once; a merge in progress only delays the recording."""
    result = checkin.scan(context.workspace, token)
    recorded(context, result.waiting, "checkin")
    return result


def recorded(context: AppContext, waits: bool, area: str) -> None:
    """After a scan's verdict: the worker records it if it waits, else the pages refresh now."""
    if waits:
        record_waiting(context)
    else:
        context.changed.emit(area)
