"""Nothing reads or writes event data without a signed-in operator; the dump never prints a secret."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PASSPHRASE = "harbour lights 7"


def carekit(home: Path, *args: str, operator: str = "", pin: str = "") -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("CAREKIT_OPERATOR", "CAREKIT_PIN")}
    env.update({"CAREKIT_HOME": str(home), "PYTHONPATH": str(ROOT), "PYTHONIOENCODING": "utf-8",
                "CAREKIT_PASSPHRASE": PASSPHRASE})
    if operator:
        env["CAREKIT_OPERATOR"] = operator
    if pin:
        env["CAREKIT_PIN"] = pin
    return subprocess.run([sys.executable, "-m", "carekit", *args], env=env, cwd=ROOT, stdin=subprocess.DEVNULL,
                          capture_output=True, text=True, encoding="utf-8", timeout=180)


@pytest.fixture(scope="module")
def laptops(tmp_path_factory):
    """A coordinator's laptop with a desk volunteer, and a desk laptop freshly joined from the setup file."""
    folder = tmp_path_factory.mktemp("anonymous")
    home = folder / "home"
    home.mkdir()
    first, joined = folder / "a.carekit", folder / "b.carekit"
    lead = ("--db", str(first))
    assert carekit(home, *lead, "event", "create", "--name", "骑手关爱日", "--site", "深圳", "--coordinator", "Lin",
                   "--pin", "246810").returncode == 0
    assert carekit(home, *lead, "operator", "add", "--name", "Wang", "--role", "desk", "--pin", "135790",
                   operator="Lin", pin="246810").returncode == 0
    assert carekit(home, *lead, "event", "export-setup", "--out", str(folder / "e.cksetup"),
                   operator="Lin", pin="246810").returncode == 0
    done = carekit(home, "--db", str(joined), "event", "join", str(folder / "e.cksetup"), "--desk", "desk 2")
    assert done.returncode == 0, done.stderr
    return home, first, joined, folder


@pytest.mark.parametrize("command", [
    ["checkin", "CK1AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"],
    ["walk-in", "--name", "张伟", "--consent"],
    ["search", "张"],
    ["sync", "export", "--out", "x.ckbundle"],
    ["dump", "--canonical"],
    ["event", "show"],
])
def test_a_freshly_joined_laptop_does_nothing_for_nobody(laptops, command):
    home, _, joined, folder = laptops
    command = [str(folder / c) if c.endswith(".ckbundle") else c for c in command]
    done = carekit(home, "--db", str(joined), *command)
    assert done.returncode == 2 and "Sign in first" in done.stderr
    assert done.stdout == ""
    assert not (folder / "x.ckbundle").exists()


def test_a_joined_laptop_knows_the_events_operators_from_the_setup_file(laptops):
    home, _, joined, _ = laptops
    done = carekit(home, "--db", str(joined), "search", "张", operator="Wang", pin="135790")
    assert done.returncode == 0, done.stderr


def test_the_canonical_dump_is_for_coordinators_and_prints_no_secret(laptops):
    home, first, _, _ = laptops
    assert carekit(home, "--db", str(first), "dump", "--canonical").returncode == 2
    desk = carekit(home, "--db", str(first), "dump", "--canonical", operator="Wang", pin="135790")
    assert desk.returncode == 2 and "coordinator" in desk.stderr
    done = carekit(home, "--db", str(first), "dump", "--canonical", operator="Lin", pin="246810")
    assert done.returncode == 0, done.stderr
    assert "$argon2" not in done.stdout and "pin_hash" not in done.stdout  # PINs are not synced at all
    from carekit.store.db import Database
    from carekit.store.journal import read_local
    db = Database(first)
    with db.session() as session:
        keys = session.connection().exec_driver_sql("SELECT badge_key, sync_key FROM event").one()
        device_key = read_local(session)["device_key"]
    db.close()
    for secret in (*keys, device_key):
        assert secret and secret not in done.stdout
    assert carekit(home, "--db", str(first), "dump", "--canonical", operator="Lin", pin="246810").stdout == done.stdout
