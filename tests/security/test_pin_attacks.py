"""Guessing PINs: in parallel processes against the throttle, and offline against the hashes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

from carekit.domain.enums import Role
from carekit.security import pins
from carekit.services import operators
from carekit.services.events import SiteInput, create_event
from carekit.store.db import Database
from carekit.store.journal import read_local

GUESSER = """
import json, sys, time
from pathlib import Path
from carekit.services import operators
from carekit.store.db import Database
db = Database(sys.argv[1])
Path(sys.argv[2] + ".ready").write_text("")
while not Path(sys.argv[3]).exists():
    time.sleep(0.01)
time.sleep(float(sys.argv[5]))
try:
    operators.sign_in(db, "Desk Li", sys.argv[4])
    print(json.dumps({"ok": True}))
except operators.PinRefused as refused:
    print(json.dumps({"ok": False, "reason": refused.reason, "checked": refused.template.startswith("Wrong PIN")}))
"""


def _guess_in_parallel(tmp_path: Path, path: Path, guesses: list[str], late: int = -1) -> list[dict]:
    """Every guess in its own process, all let go at once (``late``: that one a second after)."""
    go = tmp_path / "go"
    go.unlink(missing_ok=True)
    runs = []
    for index, guess in enumerate(guesses):
        marker = tmp_path / f"guesser-{index}"
        marker.with_suffix(".ready").unlink(missing_ok=True)
        runs.append((marker, subprocess.Popen([sys.executable, "-c", GUESSER, str(path), str(marker), str(go), guess, "1.5" if index == late else "0"],
                                              stdout=subprocess.PIPE, text=True)))
    deadline = time.monotonic() + 240
    while not all(Path(f"{m}.ready").exists() for m, _ in runs) and time.monotonic() < deadline:
        time.sleep(0.05)
    go.write_text("")
    return [json.loads(run.communicate(timeout=240)[0]) for _, run in runs]


def _team(tmp_path: Path) -> Database:
    db = Database(tmp_path / "event.carekit")
    lead = create_event(db, name="骑手关爱日", operator_name="Lin", sites=[SiteInput("深圳")], pin="246810")
    operators.add_operator(lead, "Desk Li", [Role.DESK], pin="135790")
    return db


def _failures(db: Database) -> int:
    with db.session() as session:
        local = read_local(session)
    key = next(k for k in local if k.startswith("pin_throttle:"))
    return pins.Throttle.decode(local[key]).failures


def test_twenty_wrong_pins_tried_at_once_are_counted_and_only_the_free_tries_are_checked(tmp_path):
    db = _team(tmp_path)
    outcomes = _guess_in_parallel(tmp_path, db.path, [f"{100000 + i}" for i in range(20)])
    assert not any(o["ok"] for o in outcomes)
    checked = sum(o["checked"] or o["reason"] == "wrong_pin" for o in outcomes)
    assert checked == pins.FREE_TRIES
    assert _failures(db) == checked  # every try that was checked was counted
    assert sum(o["reason"] == "pin_locked" and not o["checked"] for o in outcomes) == 20 - pins.FREE_TRIES
    db.close()


def test_the_right_pin_among_sixteen_parallel_tries_is_not_even_checked(tmp_path):
    """Fifteen wrong guesses at once and the right one just after: the throttle already holds."""
    db = _team(tmp_path)
    guesses = [f"{200000 + i}" for i in range(15)] + ["135790"]
    outcomes = _guess_in_parallel(tmp_path, db.path, guesses, late=15)
    assert outcomes[-1] == {"ok": False, "reason": "pin_locked", "checked": False}
    assert sum(bool(o.get("checked")) or o.get("reason") == "wrong_pin" for o in outcomes) == pins.FREE_TRIES
    db.close()


def test_a_laptop_hashes_pins_with_memory_hard_argon2id_at_the_production_cost(tmp_path):
    """The suite runs with cheap hashes; this checks, once, what a laptop really uses."""
    env = {k: v for k, v in os.environ.items() if k != pins.TEST_COST_VARIABLE}
    script = ("import json, time\nfrom carekit.security import pins\n"
              "t = time.perf_counter(); h = pins.hash_pin('135790'); made = time.perf_counter() - t\n"
              "t = time.perf_counter(); ok = pins.pin_matches(h, '135790'); checked = time.perf_counter() - t\n"
              "print(json.dumps({'hash': h, 'made': made, 'checked': checked, 'ok': ok}))\n")
    done = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=120)
    result = json.loads(done.stdout)
    assert result["ok"] and result["hash"].startswith("$argon2id$")
    assert f"m={pins.MEMORY_KIB},t={pins.TIME_COST},p={pins.PARALLELISM}" in result["hash"]
    assert pins.MEMORY_KIB >= 64 * 1024 and pins.TIME_COST >= 2
    assert result["checked"] >= 0.1  # each guess costs real time and 64 MiB, also offline
    # A hash a test run made cheaply is replaced at the next sign-in on a real laptop.
    cheap = pins.hash_pin("135790")
    check = subprocess.run([sys.executable, "-c", "import sys\nfrom carekit.security import pins\n"
                            "print(pins.needs_rehash(sys.argv[1]))", cheap], env=env, capture_output=True, text=True)
    assert check.stdout.strip() == "True"
