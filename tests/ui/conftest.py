"""The main window on an event with a few people, at a desk driven like a scanner and keyboard."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from carekit import i18n
from carekit.services.events import SiteInput, create_event, current_event
from carekit.services.people import PersonInput, register_people
from carekit.store.db import Database

HEALTH_PASSPHRASE = "mango lantern 19"
PEOPLE = [
    PersonInput(name="张伟", phone="+8613800138000", staff_id="E100001"),
    PersonInput(name="张伟明", phone="+8613912345678", staff_id="E100002"),
    PersonInput(name="王小明", phone="+8613711112222", staff_id="E100003"),
    PersonInput(name="Peña Nieto", phone="+5511987654321", staff_id="BR2001"),
]


@pytest.fixture(autouse=True)
def carekit_home(tmp_path, monkeypatch):
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("CAREKIT_HOME", str(home))
    return home


@pytest.fixture
def event_workspace(tmp_path):
    db = Database(tmp_path / "desk.carekit")
    ws = create_event(db, name="骑手关爱日 Rider Care Day", operator_name="Lin", sites=[SiteInput("深圳")],
                      timezone="Asia/Shanghai", device_name="desk 2", health_passphrase=HEALTH_PASSPHRASE)
    with ws.writing() as journal:
        registered = register_people(journal, current_event(journal.session), PEOPLE, source="roster.xlsx")
    ws.registered = {p.name: r for p, r in zip(PEOPLE, registered)}
    yield ws
    db.close()


@pytest.fixture
def window(qtbot, event_workspace):
    from carekit.app import build_window
    win = build_window(event_workspace)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    yield win
    from carekit.ui.language import apply_language
    apply_language("en", remember=False)
    i18n.install(None)


@pytest.fixture
def desk(window, qtbot):
    page = window.page("DeskPage")
    window.tabs.setCurrentWidget(page)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.scan)
    return page


def when_modal(cls, action, timeout_ms: int = 5000) -> QTimer:
    """Run ``action(dialog)`` once a modal dialog of ``cls`` is open (dialogs block in exec())."""
    timer = QTimer()
    timer.setInterval(20)
    waited = [0]

    def poll():
        waited[0] += 20
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, cls) and dialog.isVisible():
            timer.stop()
            action(dialog)
        elif waited[0] > timeout_ms:
            timer.stop()
            if dialog is not None:
                dialog.close()  # never leave the test hanging in exec()
    timer.timeout.connect(poll)
    timer.start()
    return timer


def answered(qtbot, dialog, timeout_ms: int = 10000) -> None:
    """Wait for the sign-in or unlock dialog's answer: each checks the PIN on a worker."""
    qtbot.waitUntil(lambda: dialog.checking is None, timeout=timeout_ms)
