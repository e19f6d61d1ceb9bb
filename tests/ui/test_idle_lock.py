"""The idle lock asks for the PIN; if the window goes away meanwhile (the app quits, a test ends),
nothing breaks when the question closes."""

from __future__ import annotations

import shiboken6

from carekit.ui import signin


def test_a_window_deleted_while_the_lock_asks_for_the_pin_leaves_no_error(qtbot, event_workspace, monkeypatch):
    asked = []

    def window_goes_away(workspace, parent=None):
        asked.append(parent)
        shiboken6.delete(parent)
        return workspace

    monkeypatch.setattr(signin, "unlock_dialog", window_goes_away)  # before the lock looks it up
    from carekit.app import build_window
    window = build_window(event_workspace)
    window.show()
    window.idle_lock.idle.emit()
    assert asked and not shiboken6.isValid(asked[0])
