"""An encrypted event file from the command line: made, opened with the passphrase, refused without."""

from __future__ import annotations


import pytest

pytest.importorskip("sqlcipher3")


def test_an_encrypted_event_is_made_and_opened_with_the_event_passphrase(carekit, tmp_path):
    path = tmp_path / "secret.carekit"
    made = carekit("--db", path, "event", "create", "--name", "Warehouse Day", "--site", "武汉", "--coordinator", "Lin",
                   "--pin", "258013", "--encrypted", env={"CAREKIT_DB_PASSPHRASE": "lock the laptop 7"})
    assert "(encrypted)" in made.stdout
    assert "Warehouse Day".encode() not in path.read_bytes()
    shown = carekit("--db", path, "event", "show", who="Lin", pin="258013",
                    env={"CAREKIT_DB_PASSPHRASE": "lock the laptop 7"}, ok=False)
    assert shown.returncode == 0 and "Warehouse Day" in shown.stdout
    locked = carekit("--db", path, "event", "show", who="Lin", pin="258013", ok=False)
    assert locked.returncode == 2 and "CAREKIT_DB_PASSPHRASE" in locked.stderr
    wrong = carekit("--db", path, "event", "show", who="Lin", pin="258013",
                    env={"CAREKIT_DB_PASSPHRASE": "lock the laptop 8"}, ok=False)
    assert wrong.returncode == 2 and "does not open" in wrong.stderr


def test_a_coordinator_writes_an_encrypted_copy_of_a_plain_event(carekit, tmp_path):
    plain, copy = tmp_path / "plain.carekit", tmp_path / "copy.carekit"
    carekit("--db", plain, "event", "create", "--name", "Warehouse Day", "--site", "武汉", "--coordinator", "Lin",
            "--pin", "258013")
    done = carekit("--db", plain, "event", "encrypt", "--out", str(copy), who="Lin",
                   pin="258013", env={"CAREKIT_NEW_DB_PASSPHRASE": "lock the laptop 7"})
    shown = carekit("--db", copy, "event", "show", who="Lin", pin="258013",
                    env={"CAREKIT_DB_PASSPHRASE": "lock the laptop 7"}, ok=False)
    assert shown.returncode == 0 and "Warehouse Day" in shown.stdout
