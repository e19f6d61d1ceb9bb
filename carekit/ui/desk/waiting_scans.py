"""Scans answered while a merge held the write lock are recorded on a worker, never on the UI thread.

The verdict is already on screen and the scan is safe in the outbox (store/outbox.py); the worker
only waits for the merge to end and copies it in. A failure leaves it in the outbox, where the
next scan or the next start records it.
"""

from __future__ import annotations

from carekit.services import checkin
from carekit.ui.context import AppContext
from carekit.ui.workers import run_task

_recording: set[int] = set()  # event files with a worker already waiting for the lock


def record_waiting(context: AppContext) -> None:
    ws = context.workspace
    key = id(ws.db)
    if key in _recording:
        return  # that worker copies every scan waiting when it gets the lock, and looks again after
    _recording.add(key)

    def done(_count: int) -> None:
        _recording.discard(key)
        context.changed.emit("checkin")
        if checkin.waiting_count(ws):  # scanned while the worker held the lock
            record_waiting(context)

    def failed(_error: BaseException) -> None:
        _recording.discard(key)

    run_task(lambda _progress: checkin.commit_waiting(ws), on_done=done, on_error=failed)


def scan_and_record(context: AppContext, token: str) -> checkin.CheckInResult:
    """The desk's scan: the verdict at once; a merge in progress only delays the recording."""
    result = checkin.scan(context.workspace, token)
    if result.waiting:
        record_waiting(context)
    else:
        context.changed.emit("checkin")
    return result
