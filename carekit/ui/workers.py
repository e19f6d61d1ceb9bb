"""Long work off the UI thread, results back on it: the one helper every long job uses.

``run_task(fn, on_done=..., on_error=..., on_progress=...)`` runs ``fn(progress)`` on the
global thread pool. ``progress(done, total, text)`` may be called from the worker; it returns
False once the person pressed Cancel, and the job should stop cleanly (its transaction rolls back).
"""

from __future__ import annotations

import threading
import traceback
from typing import Any, Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int, str)


class Cancelled(Exception):
    """Raised inside a job when the person cancelled it."""


class Task(QRunnable):
    def __init__(self, fn: Callable[..., Any]):
        super().__init__()
        self.fn = fn
        self.signals = _Signals()
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def _emit(self, name: str, *args: Any) -> bool:
        """Tell the UI thread; False once the window closed and Qt deleted the signals' object
        (the app quitting while the job ran): nobody is left to tell, and that is no error."""
        try:
            getattr(self.signals, name).emit(*args)
        except RuntimeError:
            return False
        return True

    def _progress(self, done: int, total: int, text: str = "") -> bool:
        return self._emit("progress", done, total, text) and not self._cancel.is_set()

    def run(self) -> None:
        try:
            result = self.fn(self._progress)
        except BaseException as error:  # delivered to the UI thread, never lost in a worker
            error.trace = traceback.format_exc()
            self._emit("failed", error)
        else:
            self._emit("done", result)


_running: set[Task] = set()


def run_task(fn: Callable[..., Any], *, on_done: Callable[[Any], None] | None = None,
             on_error: Callable[[BaseException], None] | None = None,
             on_progress: Callable[[int, int, str], None] | None = None) -> Task:
    task = Task(fn)
    task.setAutoDelete(False)
    _running.add(task)

    def finished(_value=None):
        _running.discard(task)

    if on_done:
        task.signals.done.connect(on_done)
    if on_error:
        task.signals.failed.connect(on_error)
    if on_progress:
        task.signals.progress.connect(on_progress)
    task.signals.done.connect(finished)
    task.signals.failed.connect(finished)
    QThreadPool.globalInstance().start(task)
    return task
