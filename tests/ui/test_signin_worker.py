"""The PIN is checked off the UI thread: the dialog says so, takes no second Enter, and Escape still cancels;
the unlock after idle time checks it off the UI thread too."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox

from carekit.domain.enums import Role
from carekit.services import operators
from carekit.store import search_index
from carekit.store.db import Database
from carekit.services.workspace import Workspace
from carekit.ui.signin import SignInDialog, UnlockDialog
from tests.ui.conftest import answered


@pytest.fixture
def held(monkeypatch):
    """operators.sign_in held until ``release`` is set, noting the thread each check ran on."""
    release, finished, threads = threading.Event(), threading.Event(), []
    real = operators.sign_in

    def sign_in(*args, **kwargs):
        threads.append(threading.current_thread())
        release.wait(10)
        try:
            return real(*args, **kwargs)
        finally:
            finished.set()
    monkeypatch.setattr(operators, "sign_in", sign_in)
    return release, finished, threads


def _dialog(qtbot, team, pin: str) -> SignInDialog:
    operators.add_operator(team, "Dr Chen", [Role.MEDIC], pin="135791")
    dialog = SignInDialog(team.db)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.name.setCurrentText("Dr Chen")
    qtbot.keyClicks(dialog.pin, pin)
    return dialog


def test_the_pin_is_checked_on_a_worker_while_the_dialog_says_checking(qtbot, event_workspace, held):
    release, _finished, threads = held
    dialog = _dialog(qtbot, event_workspace, "135791")
    qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
    checking = dialog.checking
    assert checking is not None and dialog.busy.isVisible() and dialog.busy.text() == "Checking your PIN…"
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not dialog.pin.isEnabled() and not dialog.name.isEnabled() and not ok.isEnabled()
    qtbot.keyClick(QApplication.focusWidget() or dialog, Qt.Key.Key_Return)  # a second Enter submits nothing
    cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    cancel.setFocus()  # where focus may go once the PIN field is disabled: Enter there cancels nothing
    qtbot.keyClick(cancel, Qt.Key.Key_Return)
    dialog.try_sign_in()
    assert dialog.checking is checking and dialog.isVisible()
    release.set()
    answered(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.workspace.operator_name == "Dr Chen"
    assert len(threads) == 1 and threads[0] is not threading.main_thread()
    assert not dialog.busy.isVisible()


def test_a_wrong_pin_checked_on_the_worker_is_refused_with_the_same_words(qtbot, event_workspace, held):
    release, _finished, _threads = held
    release.set()
    dialog = _dialog(qtbot, event_workspace, "999999")
    qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
    answered(qtbot, dialog)
    assert dialog.message.text() == "Wrong PIN for Dr Chen." and dialog.workspace is None
    assert dialog.pin.isEnabled() and dialog.pin.text() == "" and QApplication.focusWidget() is dialog.pin


def test_escape_while_the_pin_is_checked_cancels_and_the_late_answer_is_dropped(qtbot, event_workspace, held):
    release, finished, _threads = held
    dialog = _dialog(qtbot, event_workspace, "135791")
    qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
    qtbot.keyClick(QApplication.focusWidget() or dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Rejected
    release.set()
    qtbot.waitUntil(finished.is_set)
    qtbot.wait(100)  # the answer's signal is delivered, and ignored
    assert dialog.workspace is None and dialog.result() == QDialog.DialogCode.Rejected


def _older_index(ws) -> Database:
    """The file as an older CareKit left it: its search index made by another format."""
    with ws.db.session() as session:
        session.connection().exec_driver_sql(
            "UPDATE localstate SET value = 'older' WHERE key = 'search_index_format'")
        session.commit()
    return Database(ws.db.path)


def test_making_the_engine_tells_how_far_the_search_index_is_remade(event_workspace):
    db = _older_index(event_workspace)
    seen = []
    indexing = db._indexing
    db._indexing = lambda done, total: seen.append((done, total)) or indexing(done, total)
    db.open_engine()
    assert seen[0] == (0, 4) and seen[-1] == (4, 4) and db.index_progress is None
    with db.session() as session:
        assert len(search_index.search(session, "张伟")) == 2  # found with the remade index
    db.close()


def test_the_sign_in_dialog_shows_the_search_index_being_remade_and_signs_in_after(qtbot, event_workspace,
                                                                                    monkeypatch):
    db = _older_index(event_workspace)
    release = threading.Event()
    rebuild = search_index.rebuild
    monkeypatch.setattr(search_index, "rebuild", lambda *args: release.wait(10) and rebuild(*args))
    operators.add_operator(event_workspace, "Dr Chen", [Role.MEDIC], pin="135791")
    dialog = SignInDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    opening = threading.Thread(target=db.open_engine)
    opening.start()
    qtbot.waitUntil(lambda: dialog.busy.isVisible())
    assert dialog.busy.text() == "Preparing search for 4 people…" and dialog.busy_bar.maximum() == 4
    dialog.name.setCurrentText("Dr Chen")
    qtbot.keyClicks(dialog.pin, "135791")
    qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
    qtbot.wait(150)  # the PIN waits for the index, and the dialog still says what it waits for
    assert dialog.checking is not None and dialog.busy.text() == "Preparing search for 4 people…"
    release.set()
    answered(qtbot, dialog)
    opening.join()
    assert dialog.workspace.operator_name == "Dr Chen" and not dialog.preparing.isActive()
    db.close()


def test_the_unlock_checks_the_pin_on_a_worker_and_refuses_a_wrong_one_in_the_same_words(qtbot, event_workspace,
                                                                                        monkeypatch):
    threads = []
    unlock = operators.unlock
    monkeypatch.setattr(operators, "unlock", lambda *args: threads.append(threading.current_thread()) or
                        unlock(*args))
    chen_id = operators.add_operator(event_workspace, "Dr Chen", [Role.MEDIC], pin="135791")
    dialog = UnlockDialog(Workspace(event_workspace.db, chen_id, "Dr Chen", frozenset({Role.MEDIC})))
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.pin, "999999")
    qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
    assert dialog.checking is not None and not dialog.pin.isEnabled() and not dialog.switch.isEnabled()
    assert dialog.busy.text() == "Checking your PIN…"
    answered(qtbot, dialog)
    assert dialog.message.text() == "Wrong PIN for Dr Chen." and dialog.workspace is None and dialog.pin.isEnabled()
    qtbot.keyClicks(dialog.pin, "135791")
    qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
    answered(qtbot, dialog)
    assert dialog.workspace.operator_name == "Dr Chen"
    assert len(threads) == 2 and threading.main_thread() not in threads


def test_a_dialog_closed_and_deleted_right_after_its_first_paint_emits_nothing_late(qtbot, event_workspace):
    import shiboken6
    gone = SignInDialog(Database(event_workspace.db.path))
    gone.show()
    gone.grab()  # the first paint queues "painted" for the next turn of the event loop
    shiboken6.delete(gone)  # as a switch of event files or a quit does before that turn
    kept = SignInDialog(Database(event_workspace.db.path))
    qtbot.addWidget(kept)
    kept.show()
    with qtbot.waitSignal(kept.painted, timeout=2000):
        kept.grab()
    QApplication.processEvents()  # the deleted dialog's queued emit would raise here
