"""Folding the WAL into the event file on a thread of its own, never inside a commit.

SQLite's automatic checkpoint runs in the commit that crosses its threshold: the commit of a
100 000-row import or merge then copied some 300 MB back into the file (about a second) before
it returned, while the desks waited behind it, and now and then a desk's check-in paid for the
pages other writes had left. Every connection of a ``Database`` turns that off
(``PRAGMA wal_autocheckpoint=0``, set in ``db._set_pragmas``) and this thread does the same
PASSIVE checkpoint instead, once the writes since the last one changed ``ROWS`` rows (as SQLite
waits for a thousand pages), and at once when another process (a merge's own) or the search
index's rebuild wrote; closing the file folds in the rest, as SQLite does on the last close.

A committed write is already durable in the WAL (``synchronous=FULL``), so nothing waits for the
checkpoint but the file's tidiness; a PASSIVE checkpoint takes no lock a reader or a writer needs.
Small writes leave the file's bytes alone until the threshold, as before. Closing the database
stops the thread after the checkpoint in hand, if any.
"""

from __future__ import annotations

import threading
from typing import Callable

ROWS = 1000  # rows changed by this file's writes before a checkpoint follows them
IDLE_S = 5.0  # how often the thread looks whether its database is still held
SPACING_S = 0.5  # at most this often after writes: a busy desk's commits share one checkpoint


class Checkpointer:
    """One daemon thread per open event file, started by its first write."""

    def __init__(self, run: Callable[[], Callable[[], None] | None], *, enabled: bool = True):
        self._enabled = enabled
        self._run = run  # a weak reference to one PASSIVE checkpoint on a connection of its own
        self._wake = threading.Event()
        self._halted = threading.Event()  # set while ``stop`` ends the thread
        self._pending = 0  # rows changed since the last checkpoint was asked for
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()
        self.runs = 0  # checkpoints done (for tests and the benchmark)

    def wrote(self, rows: int | None = None) -> None:
        """A write committed that changed ``rows`` rows; None: one this file's own count did not
        see (another process, a rebuild), which is checkpointed soon whatever its size."""
        with self._lock:
            if not self._enabled:
                return
            if rows is not None:
                self._pending += rows
                if self._pending < ROWS:
                    return
            self._pending = 0
            if self._thread is None:
                self._thread = threading.Thread(target=self._loop, name="carekit-checkpoint", daemon=True)
                self._thread.start()
        self._wake.set()

    def stop(self) -> None:
        """Ends the thread, after the checkpoint in progress if any (the file is about to close);
        a later write starts a new one, as a database used again after ``close`` still writes."""
        with self._lock:
            thread, self._thread = self._thread, None
            if thread is None:
                return
            self._halted.set()
            self._wake.set()
            if thread is not threading.current_thread():
                thread.join()
            self._halted.clear()
            self._wake.clear()

    def _loop(self) -> None:
        while True:
            nudged = self._wake.wait(IDLE_S)
            self._wake.clear()
            if self._halted.is_set() or self._run() is None:
                return  # closed, or the database is gone
            if nudged:
                self._checkpoint()
                if self._halted.wait(SPACING_S):
                    return

    def _checkpoint(self) -> None:
        run = self._run()  # held only while it runs: the wait after it must not keep the database
        if run is None:
            return
        try:
            run()
            self.runs += 1
        except Exception:  # noqa: BLE001 - a busy or closing file: the next nudge tries again
            pass
