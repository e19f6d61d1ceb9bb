"""Starting CareKit on an event file: the sign-in dialog is up before the ORM is imported, names
the event and the desk, and signing in then gives the desk with its scan field.

Each start runs in its own process (``carekit --db FILE`` as a person starts it), since what a
process has imported is what is measured.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys

import pytest
from PySide6.QtCore import Qt

from carekit.services.events import SiteInput, create_event
from carekit.store import cipher, migrate
from carekit.store.db import Database

PIN = "246810"
PASSPHRASE = "a long event passphrase"
ORM = ("sqlalchemy", "sqlmodel", "pydantic", "alembic")

# Starts the app as the `carekit` command does, answers its dialogs, and prints one JSON line per step.
CHILD = r"""
import json, sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog
app = QApplication(sys.argv[:1])
path, passphrase, pin = sys.argv[1:4]
ORM = ("sqlalchemy", "sqlmodel", "pydantic", "alembic")

def say(**what):
    print(json.dumps(what, ensure_ascii=False), flush=True)

class Answer(QObject):
    seen = set()

    def eventFilter(self, widget, event):
        kind = type(widget).__name__
        if event.type() == QEvent.Type.Show and isinstance(widget, QInputDialog):
            say(step="asked", text=widget.labelText())
            widget.setTextValue(passphrase)
            QTimer.singleShot(0, widget.accept)
        elif event.type() == QEvent.Type.Paint and kind in ("SignInDialog", "MainWindow") and kind not in self.seen:
            self.seen.add(kind)
            if kind == "SignInDialog":  # before the desk's modules load (they start after this paint)
                say(step="dialog", orm=sorted({m.split(".")[0] for m in sys.modules} & set(ORM)),
                    event=widget.event_name.text(), desk=widget.desk.text(), operator=widget.name.currentText())
                widget.pin.setText(pin)
                QTimer.singleShot(0, widget.try_sign_in)
            else:
                page = widget.tabs.currentWidget()
                say(step="desk", page=type(page).__name__, scan_focused=page.scan.hasFocus())
                QTimer.singleShot(0, widget.close)
        return False

answer = Answer()
app.installEventFilter(answer)
from carekit.cli import main
sys.exit(main(["--db", path]))
"""


def _event_file(path, passphrase=None):
    db = Database(path, passphrase)
    create_event(db, name="骑手关爱日", operator_name="Lin", pin=PIN, device_name="desk 2",
                 sites=[SiteInput("深圳", "会展中心")])
    db.close()


def _start(tmp_path, path, passphrase=""):
    env = dict(os.environ, CAREKIT_HOME=str(tmp_path / "home"), QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", CHILD, str(path), passphrase, PIN], capture_output=True,
                          text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    return {line["step"]: line for line in map(json.loads, done.stdout.splitlines())}


def test_the_sign_in_dialog_is_up_before_the_orm_loads_and_names_the_event_and_desk(tmp_path):
    path = tmp_path / "care.carekit"
    _event_file(path)
    steps = _start(tmp_path, path)
    assert steps["dialog"]["orm"] == []
    assert steps["dialog"]["event"] == "骑手关爱日"
    assert steps["dialog"]["desk"] == "desk 2 · 深圳"
    assert steps["dialog"]["operator"] == "Lin"
    assert steps["desk"] == {"step": "desk", "page": "DeskPage", "scan_focused": True}


@pytest.mark.skipif(not cipher.available(), reason="no SQLCipher in this environment")
def test_an_encrypted_file_asks_its_passphrase_then_signs_in_the_same_way(tmp_path):
    path = tmp_path / "sealed.carekit"
    _event_file(path, PASSPHRASE)
    steps = _start(tmp_path, path, PASSPHRASE)
    assert "encrypted" in steps["asked"]["text"]
    assert steps["dialog"]["orm"] == [] and steps["dialog"]["event"] == "骑手关爱日"
    assert steps["desk"]["page"] == "DeskPage"


def test_a_file_behind_the_newest_schema_is_upgraded_when_the_app_opens_it(tmp_path):
    from alembic import command
    path = tmp_path / "older.carekit"
    _event_file(path)
    head = migrate.head_revision()
    command.downgrade(migrate._config(path), "-1")
    older = migrate.current_revision(path)
    assert older != head
    steps = _start(tmp_path, path)
    assert steps["dialog"]["event"] == "骑手关爱日" and steps["desk"]["page"] == "DeskPage"
    assert migrate.current_revision(path) == head
    backups = sorted(path.parent.glob(path.name + ".*.bak"))
    assert len(backups) == 1
    con = sqlite3.connect(backups[0])
    assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == older
    con.close()


def test_the_desk_counts_its_people_off_the_ui_thread_and_shows_the_newest_count(qtbot, desk, event_workspace,
                                                                                  monkeypatch):
    import threading

    from carekit.services import search
    counted_on = []
    count_people = search.count_people
    monkeypatch.setattr(search, "count_people", lambda ws: counted_on.append(threading.current_thread()) or
                        count_people(ws))
    qtbot.keyClicks(desk.scan, event_workspace.registered["张伟"].token)
    qtbot.keyClick(desk.scan, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "1 checked in of 4 registered" in desk.count_label.text())
    assert counted_on and threading.main_thread() not in counted_on
