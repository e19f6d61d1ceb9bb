"""An import killed halfway (power cut, kill -9) leaves a sound file with all or none of the bundle."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time

import pytest

from carekit.domain.enums import Role
from carekit.services.events import current_event
from carekit.services.people import PersonInput, register_people

from tests.unit.conftest import open_file, reopen
from tests.unit.sync_lab import close_all, make_event

PEOPLE = 3000

IMPORTER = textwrap.dedent("""
    import os, sys, time
    from carekit.domain.enums import Role
    from carekit.services import sync
    from carekit.services.workspace import Workspace
    from carekit.store import cipher
    from carekit.store.db import Database

    pause = float(sys.argv[3])
    def progress(done, total):
        print("merging", done, total, flush=True)
        time.sleep(pause)  # hold the transaction open, half written, until the test kills us
        return True

    encrypted = cipher.looks_encrypted(sys.argv[1])  # as the suite made it: see tests/unit/conftest.py
    db = Database(sys.argv[1], os.environ.get("CAREKIT_TEST_DB_PASSPHRASE") if encrypted else None)
    ws = Workspace(db, "", "", frozenset(Role))
    sync.import_bundle(ws, sys.argv[2], progress)
    print("committed", flush=True)
""")


@pytest.fixture(scope="module")
def big_bundle(tmp_path_factory):
    folder = tmp_path_factory.mktemp("crash")
    a, b = make_event(folder / "event", 2)
    with a.ws.writing() as journal:
        register_people(journal, current_event(journal.session),
                        [PersonInput(f"工人{i}", phone=f"+86138{i:08d}") for i in range(PEOPLE)], source="roster")
    bundle = a.export(folder)
    close_all([a, b])
    return b.db.path, bundle


def people_in(path) -> int:
    con = open_file(path)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return con.execute("SELECT count(*) FROM person").fetchone()[0]
    finally:
        con.close()


def run_and_kill(db_path, bundle, pause: float, kill_after: float | None, tmp_path) -> None:
    script = tmp_path / "importer.py"
    script.write_text(IMPORTER, encoding="utf-8")
    child = subprocess.Popen([sys.executable, str(script), str(db_path), str(bundle), str(pause)],
                             stdout=subprocess.PIPE, text=True, cwd=os.getcwd())
    if kill_after is None:
        assert child.stdout.readline().startswith("merging")  # the transaction is open and written to
    else:
        time.sleep(kill_after)
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=30)


def fresh_copy(path, tmp_path):
    target = tmp_path / "laptop-b.carekit"
    target.write_bytes(path.read_bytes())
    return target


def test_an_import_killed_in_the_middle_leaves_nothing_of_the_bundle(big_bundle, tmp_path):
    db_path, bundle = big_bundle
    target = fresh_copy(db_path, tmp_path)
    run_and_kill(target, bundle, pause=30, kill_after=None, tmp_path=tmp_path)
    assert people_in(target) == 0


@pytest.mark.parametrize("kill_after", [0.4, 0.9, 1.6])
def test_an_import_killed_at_any_moment_leaves_all_or_none(big_bundle, tmp_path, kill_after):
    db_path, bundle = big_bundle
    target = fresh_copy(db_path, tmp_path)
    run_and_kill(target, bundle, pause=0, kill_after=kill_after, tmp_path=tmp_path)
    assert people_in(target) in (0, PEOPLE)


def test_after_a_killed_import_the_same_bundle_imports_cleanly(big_bundle, tmp_path):
    db_path, bundle = big_bundle
    target = fresh_copy(db_path, tmp_path)
    run_and_kill(target, bundle, pause=30, kill_after=None, tmp_path=tmp_path)
    from carekit.services import sync
    from carekit.services.workspace import Workspace
    db = reopen(target)
    report = sync.import_bundle(Workspace(db, "", "", frozenset(Role)), bundle)
    db.close()
    assert report.new == 2 * PEOPLE and people_in(target) == PEOPLE
