"""Two laptops synced from the command line: join by setup file, exchange bundles, compare dumps."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def carekit(signed_in):
    """The coordinator, with the event's sync passphrase at hand."""
    return signed_in.but(env={"CAREKIT_PASSPHRASE": "harbour lights 7"})


@pytest.fixture
def two_laptops(tmp_path, carekit):
    a, b = str(tmp_path / "desk1.carekit"), str(tmp_path / "desk2.carekit")
    carekit("--db", a, "event", "create", "--name", "骑手关爱日", "--site", "深圳:会展中心", "--coordinator", "Lin")
    setup = str(tmp_path / "event.cksetup")
    carekit("--db", a, "event", "export-setup", "--out", setup, "--capability", "coordinator")  # b compares dumps too
    joined = carekit("--db", b, "event", "join", setup, "--desk", "desk 2")
    assert "joined 骑手关爱日 as desk 2" in joined.stdout
    return a, b


def test_two_laptops_registering_offline_end_with_the_same_dump(carekit, two_laptops, tmp_path):
    a, b = two_laptops
    carekit("--db", a, "walk-in", "--name", "张伟", "--phone", "13800138000", "--consent")
    carekit("--db", b, "walk-in", "--name", "Peña Nieto", "--consent")
    carekit("--db", a, "sync", "export", "--out", str(tmp_path / "a.ckbundle"))
    carekit("--db", b, "sync", "export", "--out", str(tmp_path / "b.ckbundle"))
    into_a = carekit("--db", a, "sync", "import", str(tmp_path / "b.ckbundle"), "--json")
    report = json.loads(into_a.stdout)
    assert report["device"] == "desk 2" and report["new"] >= 2 and report["facts_new"] >= 1
    carekit("--db", b, "sync", "import", str(tmp_path / "a.ckbundle"))
    dump_a = carekit("--db", a, "dump", "--canonical").stdout
    dump_b = carekit("--db", b, "dump", "--canonical").stdout
    assert dump_a == dump_b and "Peña Nieto" in dump_a and "张伟" in dump_a
    assert all(json.loads(line)["kind"] in {"row", "fact", "revision", "conflict"} for line in dump_a.splitlines())
    found = carekit("--db", b, "search", "张伟", "--json").stdout
    assert "张伟" in found


def test_an_incremental_export_from_the_receivers_vector(carekit, two_laptops, tmp_path):
    a, b = two_laptops
    carekit("--db", b, "sync", "import", str(_export(carekit, a, tmp_path, "first")))
    carekit("--db", a, "walk-in", "--name", "陈静", "--consent")
    vector = tmp_path / "b-vector.json"
    vector.write_text(carekit("--db", b, "sync", "vector").stdout, encoding="utf-8")
    out = carekit("--db", a, "sync", "export", "--out", str(tmp_path / "inc.ckbundle"), "--since-vector", str(vector))
    assert "revision 3" in out.stdout  # the person, the registration, the consent
    carekit("--db", b, "sync", "import", str(tmp_path / "inc.ckbundle"))
    assert "陈静" in carekit("--db", b, "search", "陈静", "--json").stdout


def _export(carekit, db, tmp_path, name) -> Path:
    path = tmp_path / f"{name}.ckbundle"
    carekit("--db", db, "sync", "export", "--out", str(path))
    return path


def test_a_damaged_bundle_is_refused_with_a_reason_and_changes_nothing(carekit, two_laptops, tmp_path):
    a, b = two_laptops
    bundle = _export(carekit, a, tmp_path, "a")
    bundle.write_bytes(bundle.read_bytes()[:-200])
    carekit("--db", b, "sync", "vector")  # the operator's first sign-in on b is a write of its own
    before = Path(b).read_bytes()
    refused = carekit("--db", b, "sync", "import", str(bundle), ok=False)
    assert refused.returncode == 2 and "truncated or damaged" in refused.stderr
    assert Path(b).read_bytes() == before


def test_joining_with_the_wrong_passphrase_is_refused(carekit, two_laptops, tmp_path):
    a, _ = two_laptops
    setup = tmp_path / "event.cksetup"
    refused = carekit("--db", str(tmp_path / "desk3.carekit"), "event", "join", str(setup), ok=False,
                      env={"CAREKIT_PASSPHRASE": "not the passphrase"})
    assert refused.returncode == 2 and "passphrase does not open" in refused.stderr


EDIT_CITY = """
import sys
from carekit.domain.tables import Person
from carekit.services.operators import sign_in
from carekit.store.db import Database
ws = sign_in(Database(sys.argv[1]), "Lin", "246810")
with ws.writing() as journal:
    person_id = journal.session.connection().exec_driver_sql("SELECT id FROM person").scalar()
    journal.update(Person, person_id, {"city": sys.argv[2]})
"""


def test_a_conflict_is_listed_and_resolved_from_the_command_line(carekit, two_laptops, tmp_path):
    a, b = two_laptops
    carekit("--db", a, "walk-in", "--name", "王小明", "--consent")
    carekit("--db", b, "sync", "import", str(_export(carekit, a, tmp_path, "first")))
    for db, city in ((a, "深圳"), (b, "广州")):
        subprocess.run([sys.executable, "-c", EDIT_CITY, db, city], check=True, cwd=ROOT,
                       env={**os.environ, "PYTHONPATH": str(ROOT)})
    carekit("--db", a, "sync", "import", str(_export(carekit, b, tmp_path, "from-b")))
    [conflict] = json.loads(carekit("--db", a, "sync", "conflicts", "--json").stdout)
    assert conflict["field"] == "city" and {c["value"] for c in conflict["choices"]} == {"深圳", "广州"}
    keep = next(c for c in conflict["choices"] if c["value"] == "深圳")
    carekit("--db", a, "sync", "resolve", conflict["id"], keep["stamp"])
    assert json.loads(carekit("--db", a, "sync", "conflicts", "--json").stdout) == []
    carekit("--db", b, "sync", "import", str(_export(carekit, a, tmp_path, "resolved")))
    assert json.loads(carekit("--db", b, "sync", "conflicts", "--json").stdout) == []
    assert carekit("--db", a, "dump", "--canonical").stdout == carekit("--db", b, "dump", "--canonical").stdout


def test_a_lost_laptop_is_cut_off_by_rotating_the_keys_from_the_command_line(carekit, two_laptops, tmp_path):
    a, b = two_laptops
    lost = str(tmp_path / "desk3.carekit")
    carekit("--db", lost, "event", "join", str(tmp_path / "event.cksetup"), "--desk", "desk 3")
    carekit("--db", lost, "sync", "export", "--out", str(tmp_path / "hello.ckbundle"))
    carekit("--db", a, "sync", "import", str(tmp_path / "hello.ckbundle"))
    new_setup = str(tmp_path / "rekey.cksetup")
    rotated = carekit("--db", a, "event", "rotate-keys", "--lost", "desk 3", "--setup-out", new_setup,
                      env={"CAREKIT_PASSPHRASE": "a new harbour 8"})
    assert "removed 1 laptop" in rotated.stdout and "rekey" in rotated.stdout
    carekit("--db", a, "walk-in", "--name", "张伟", "--consent")
    after = str(tmp_path / "after.ckbundle")
    carekit("--db", a, "sync", "export", "--out", after)
    for laptop in (b, lost):
        refused = carekit("--db", laptop, "sync", "import", after, ok=False)
        assert refused.returncode != 0 and "rotated" in refused.stderr
    wrong = carekit("--db", lost, "event", "rekey", "--setup", new_setup, ok=False)  # the old passphrase
    assert wrong.returncode != 0 and "passphrase" in wrong.stderr
    applied = carekit("--db", b, "event", "rekey", "--setup", new_setup, env={"CAREKIT_PASSPHRASE": "a new harbour 8"})
    assert "(new)" in applied.stdout
    carekit("--db", b, "sync", "import", after)
    assert "张伟" in carekit("--db", b, "search", "张伟").stdout
