"""A person's data rights from the command line: export everything, then erase."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _carekit(home: Path):
    env = {**os.environ, "CAREKIT_HOME": str(home), "PYTHONPATH": str(ROOT), "PYTHONIOENCODING": "utf-8",
           "CAREKIT_PIN": "246810"}

    def run(*args: str, ok: bool = True) -> subprocess.CompletedProcess:
        done = subprocess.run([sys.executable, "-m", "carekit", *args], env=env, cwd=ROOT, stdin=subprocess.DEVNULL,
                              capture_output=True, text=True, encoding="utf-8", timeout=120)
        if ok:
            assert done.returncode == 0, done.stderr
        return done
    return run


def test_a_coordinator_exports_then_erases_a_walk_in(tmp_path):
    carekit = _carekit(tmp_path)
    db = str(tmp_path / "day.carekit")
    carekit("--db", db, "event", "create", "--name", "骑手关爱日", "--site", "深圳", "--coordinator", "Lin")
    carekit("--db", db, "walk-in", "--name", "张伟", "--phone", "13800138000", "--consent")
    [match] = [json.loads(line) for line in carekit("--db", db, "search", "张伟", "--json").stdout.splitlines()]
    out = tmp_path / "zhang.json"
    carekit("--db", db, "person", "export", match["badge_serial"], "--out", str(out))
    exported = json.loads(out.read_text(encoding="utf-8"))
    assert exported["person"]["name"] == "张伟" and exported["check_ins"]
    refused = carekit("--db", db, "person", "erase", match["person_id"], "--reason", " ", ok=False)
    assert refused.returncode == 2 and "Say why" in refused.stderr and "Traceback" not in refused.stderr
    erased = carekit("--db", db, "person", "erase", match["person_id"], "--reason", "asked at the desk")
    assert "erased person" in erased.stdout
    assert carekit("--db", db, "search", "张伟", "--json").stdout.strip() == ""
    scan = carekit("--db", db, "checkin", match["badge_token"], ok=False)
    assert scan.returncode == 2 and "erased" in scan.stderr
