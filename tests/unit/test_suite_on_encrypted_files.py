"""The unit tests that reach an event file from outside CareKit's own connection (a second process,
a merge killed halfway, a driver connection holding the lock or reading what a stolen file still
holds, a file reopened) run again here with every event file SQLCipher-encrypted: a change that
works only on plain files fails here. ``CAREKIT_TEST_DB_PASSPHRASE`` runs the whole unit suite so
(README, Development)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from carekit.store import cipher

ROOT = Path(__file__).resolve().parents[2]
OUTSIDE_CAREKIT = [
    "tests/unit/test_checkin.py",  # two processes checking in on one file
    "tests/unit/test_key_chain.py",  # what the file holds, read with a driver connection
    "tests/unit/test_operators_pins.py",  # a lock-out that outlives a restart
    "tests/unit/test_person_rights.py",  # nothing of an erased person left in the file
    "tests/unit/test_scan_during_merge.py",  # a command-line scan while a merge holds the lock
    "tests/unit/test_search.py",  # an old index rebuilt when the file is opened again
    "tests/unit/test_sync_busy.py",  # another process holding the file locked
    "tests/unit/test_sync_crash.py",  # a merge process killed at any moment
    "tests/unit/test_write_locked.py",  # the lock held from the first read
]


@pytest.mark.skipif(not cipher.available(), reason="SQLCipher is not installed here")
@pytest.mark.skipif(bool(os.environ.get("CAREKIT_TEST_DB_PASSPHRASE")), reason="this run is encrypted already")
def test_the_tests_that_open_files_outside_carekit_pass_on_encrypted_files(tmp_path):
    env = dict(os.environ, CAREKIT_TEST_DB_PASSPHRASE="encrypted suite 24", QT_QPA_PLATFORM="offscreen")
    run = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                          "--basetemp", str(tmp_path / "inner"), *OUTSIDE_CAREKIT],
                         cwd=ROOT, env=env, capture_output=True, text=True, timeout=1200)
    assert run.returncode == 0, run.stdout[-6000:] + run.stderr[-2000:]
    assert " passed" in run.stdout.splitlines()[-1] and "skipped" not in run.stdout.splitlines()[-1]
