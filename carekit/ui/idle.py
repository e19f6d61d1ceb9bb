"""The idle lock: an event filter on the application notes the last key or mouse input; when the
event's idle minutes pass without any, the window's content is hidden and the PIN is asked for.

Health values stay on screen at a station between people, so an unattended laptop must not show
them to the next passer-by.
"""

from __future__ import annotations

import time

import shiboken6
from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

from carekit.services.sign_in_view import idle_minutes

_ACTIVITY = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel,
             QEvent.Type.TouchBegin}


class IdleLock(QObject):
    """Emits ``idle`` once after ``minutes`` without input; ``reset()`` re-arms it."""

    idle = Signal()

    def __init__(self, minutes: float, check_ms: int = 5000, parent=None):
        super().__init__(parent)
        self.minutes = minutes
        self.locked = False
        self.last_input = time.monotonic()
        self.timer = QTimer(self)
        self.timer.setInterval(check_ms)
        self.timer.timeout.connect(self.check)
        QApplication.instance().installEventFilter(self)
        self.timer.start()

    def eventFilter(self, watched, event) -> bool:
        if event.type() in _ACTIVITY:
            self.last_input = time.monotonic()
        return False

    def check(self) -> None:
        if not self.locked and self.minutes > 0 and time.monotonic() - self.last_input >= self.minutes * 60:
            self.locked = True
            self.idle.emit()

    def reset(self) -> None:
        self.locked = False
        self.last_input = time.monotonic()

    def stop(self) -> None:
        self.timer.stop()
        QApplication.instance().removeEventFilter(self)


def event_idle_minutes(workspace) -> float:
    return idle_minutes(workspace.db)


def install_idle_lock(window, context, check_ms: int = 5000) -> IdleLock:
    """Lock ``window`` after the event's idle time; unlocking needs the operator's PIN (or another
    operator signs in, and the pages are rebuilt for their roles)."""
    from carekit.ui.signin import unlock_dialog
    lock = IdleLock(event_idle_minutes(context.workspace), check_ms, window)

    def on_idle() -> None:
        central = window.centralWidget()
        central.setVisible(False)
        try:
            new = unlock_dialog(context.workspace, window)
        finally:
            # The window may have been closed (quit, another event opened) while the PIN was asked.
            alive = shiboken6.isValid(window) and shiboken6.isValid(central)
            if alive:
                central.setVisible(True)
        if not alive:
            return
        if new.operator_id != context.workspace.operator_id or new.roles != context.workspace.roles:
            context.set_workspace(new)
        lock.minutes = event_idle_minutes(context.workspace)
        lock.reset()

    lock.idle.connect(on_idle)
    context.changed.connect(lambda _area: setattr(lock, "minutes", event_idle_minutes(context.workspace)))
    window.idle_lock = lock
    return lock
