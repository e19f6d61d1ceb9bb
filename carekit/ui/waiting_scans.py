"""Scans answered while a merge held the write lock are recorded on a worker, never on the UI thread.

The desk, the training room and the pick-up point share this: the verdict is already on screen and
the scan is safe in the outbox (store/outbox.py, services/waiting.py); the worker only waits for
the merge to end and copies every waiting scan in. A failure leaves them in the outbox, where the
next scan or the next start records them. ``WaitingNote`` is the short line under a verdict that
says the recording waits for the merge, gone once the scan is recorded.
"""

from __future__ import annotations

import weakref

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel

from carekit.services import checkin, waiting
from carekit.ui.context import AppContext
from carekit.ui.workers import run_task

# Held by the Database object, weakly: an event file opened later is never taken for one whose
# worker still runs (an id() could be the same address again), and a closed one drops out.
_recording: weakref.WeakSet = weakref.WeakSet()  # event files with a worker already waiting for the lock
_again: weakref.WeakSet = weakref.WeakSet()  # event files whose set-aside scans were asked for again meanwhile
_AREAS = ("checkin", "training", "family")  # the pages that show what waiting scans record


def record_waiting(context: AppContext, retry: bool = False) -> None:
    """``retry``: the scans set aside are tried again too (at start, or from the Sync page)."""
    ws = context.workspace
    key = ws.db
    if key in _recording:
        if retry:
            _again.add(key)
        return  # that worker copies every scan waiting when it gets the lock, and looks again after
    _recording.add(key)

    def done(_count: int) -> None:
        _recording.discard(key)
        for area in _AREAS:
            context.changed.emit(area)
        if key in _again:
            _again.discard(key)
            record_waiting(context, retry=True)
        elif waiting.replayable_count(ws):  # scanned while the worker held the lock
            record_waiting(context)

    def failed(_error: BaseException) -> None:
        _recording.discard(key)
        _again.discard(key)

    run_task(lambda _progress: waiting.commit_waiting(ws, retry=retry), on_done=done, on_error=failed)


def record_waiting_at_start(context: AppContext) -> None:
    """Scans kept when the app stopped during a merge, those set aside before included the first
    time: one stat when there are none."""
    ws = context.workspace
    first = not getattr(ws.db, "_set_aside_retried", False)  # once per opening of the event file
    ws.db._set_aside_retried = True
    if waiting.waiting_count(ws) if first else waiting.replayable_count(ws):
        record_waiting(context, retry=first)


class WaitingNote(QLabel):
    """A short, calm line under a scan's verdict while its recording waits for a merge; gone once
    the scan is recorded. A scan set aside (its recording failed, services/waiting.py) says so."""

    def __init__(self, context: AppContext, parent=None):
        super().__init__(parent)
        self.context = context
        self.scan_id = ""
        self.setObjectName("waitingNote")
        self.setWordWrap(True)
        self.hide()
        context.changed.connect(self.follow)  # a bound method: dropped with the label

    def show_for(self, result) -> None:
        """After a verdict: the note while ``result`` waits, none once it is recorded."""
        self.scan_id = result.scan_id if getattr(result, "waiting", False) else ""
        self.follow()

    def clear(self) -> None:
        self.scan_id = ""
        self.follow()

    def follow(self, _area: str = "") -> None:
        state = waiting.scan_state(self.context.workspace, self.scan_id) if self.scan_id else "recorded"
        if state == "recorded":
            self.scan_id = ""
            self.setText("")
            self.hide()
            return
        self.setText(self.tr("Recorded as soon as the merge finishes.") if state == "waiting" else
                     self.tr("Not recorded yet: this scan is kept but set aside. A coordinator can try again "
                             "on the Sync page."))
        self.show()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange and self.scan_id:
            self.follow()
        super().changeEvent(event)


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
