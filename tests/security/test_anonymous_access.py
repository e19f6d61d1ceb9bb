"""Nothing reads or writes event data without a signed-in operator; the dump never prints a secret."""

from __future__ import annotations

import pytest

from tests.cli import Carekit

PASSPHRASE = "harbour lights 7"


@pytest.fixture(scope="module")
def laptops(tmp_path_factory):
    """A coordinator's laptop with a desk volunteer, and a desk laptop freshly joined from the setup file."""
    folder = tmp_path_factory.mktemp("anonymous")
    home = folder / "home"
    home.mkdir()
    carekit = Carekit(home, cwd=folder, env={"CAREKIT_PASSPHRASE": PASSPHRASE})
    first, joined = folder / "a.carekit", folder / "b.carekit"
    lead = ("--db", str(first))
    carekit(*lead, "event", "create", "--name", "骑手关爱日", "--site", "深圳", "--coordinator", "Lin", "--pin", "246810")
    carekit(*lead, "operator", "add", "--name", "Wang", "--role", "desk", "--pin", "135790", who="Lin", pin="246810")
    carekit(*lead, "event", "export-setup", "--out", str(folder / "e.cksetup"), who="Lin", pin="246810")
    carekit("--db", str(joined), "event", "join", str(folder / "e.cksetup"), "--desk", "desk 2")
    return carekit, first, joined, folder


@pytest.mark.parametrize("command", [
    ["checkin", "CK1AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"],
    ["walk-in", "--name", "张伟", "--consent"],
    ["search", "张"],
    ["sync", "export", "--out", "x.ckbundle"],
    ["dump", "--canonical"],
    ["event", "show"],
])
def test_a_freshly_joined_laptop_does_nothing_for_nobody(laptops, command):
    carekit, _, joined, folder = laptops
    command = [str(folder / c) if c.endswith(".ckbundle") else c for c in command]
    done = carekit("--db", str(joined), *command, ok=False)
    assert done.returncode == 2 and "Sign in first" in done.stderr
    assert done.stdout == ""
    assert not (folder / "x.ckbundle").exists()


def test_a_joined_laptop_knows_the_events_operators_from_the_setup_file(laptops):
    carekit, _, joined, _ = laptops
    done = carekit("--db", str(joined), "search", "张", who="Wang", pin="135790")


def test_the_canonical_dump_is_for_coordinators_and_prints_no_secret(laptops):
    carekit, first, _, _ = laptops
    assert carekit("--db", str(first), "dump", "--canonical", ok=False).returncode == 2
    desk = carekit("--db", str(first), "dump", "--canonical", who="Wang", pin="135790", ok=False)
    assert desk.returncode == 2 and "coordinator" in desk.stderr
    done = carekit("--db", str(first), "dump", "--canonical", who="Lin", pin="246810")
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
    assert carekit("--db", str(first), "dump", "--canonical", who="Lin", pin="246810").stdout == done.stdout
