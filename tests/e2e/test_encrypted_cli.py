"""An encrypted event file from the command line: made, opened with the passphrase, refused without."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

pytest.importorskip("sqlcipher3")


def carekit(path, *args, home, **env_vars):
    env = {**os.environ, "CAREKIT_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    for name in ("CAREKIT_PIN", "CAREKIT_OPERATOR", "CAREKIT_DB_PASSPHRASE", "CAREKIT_HEALTH_PASSPHRASE",
                 "CAREKIT_NEW_DB_PASSPHRASE"):
        env.pop(name, None)
    env.update(env_vars)
    return subprocess.run([sys.executable, "-m", "carekit", "--db", str(path), *args], env=env,
                          stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=120)


def test_an_encrypted_event_is_made_and_opened_with_the_event_passphrase(tmp_path):
    path = tmp_path / "secret.carekit"
    made = carekit(path, "event", "create", "--name", "Warehouse Day", "--site", "武汉", "--coordinator", "Lin",
                   "--pin", "258013", "--encrypted", home=tmp_path, CAREKIT_DB_PASSPHRASE="lock the laptop 7")
    assert made.returncode == 0, made.stderr
    assert "(encrypted)" in made.stdout
    assert "Warehouse Day".encode() not in path.read_bytes()
    shown = carekit(path, "event", "show", home=tmp_path, CAREKIT_OPERATOR="Lin", CAREKIT_PIN="258013",
                    CAREKIT_DB_PASSPHRASE="lock the laptop 7")
    assert shown.returncode == 0 and "Warehouse Day" in shown.stdout
    locked = carekit(path, "event", "show", home=tmp_path, CAREKIT_OPERATOR="Lin", CAREKIT_PIN="258013")
    assert locked.returncode == 2 and "CAREKIT_DB_PASSPHRASE" in locked.stderr
    wrong = carekit(path, "event", "show", home=tmp_path, CAREKIT_OPERATOR="Lin", CAREKIT_PIN="258013",
                    CAREKIT_DB_PASSPHRASE="lock the laptop 8")
    assert wrong.returncode == 2 and "does not open" in wrong.stderr


def test_a_coordinator_writes_an_encrypted_copy_of_a_plain_event(tmp_path):
    plain, copy = tmp_path / "plain.carekit", tmp_path / "copy.carekit"
    assert carekit(plain, "event", "create", "--name", "Warehouse Day", "--site", "武汉", "--coordinator", "Lin",
                   "--pin", "258013", home=tmp_path).returncode == 0
    done = carekit(plain, "event", "encrypt", "--out", str(copy), home=tmp_path, CAREKIT_OPERATOR="Lin",
                   CAREKIT_PIN="258013", CAREKIT_NEW_DB_PASSPHRASE="lock the laptop 7")
    assert done.returncode == 0, done.stderr
    shown = carekit(copy, "event", "show", home=tmp_path, CAREKIT_OPERATOR="Lin", CAREKIT_PIN="258013",
                    CAREKIT_DB_PASSPHRASE="lock the laptop 7")
    assert shown.returncode == 0 and "Warehouse Day" in shown.stdout
