"""`carekit --check` as CI and a person installing CareKit run it: start on the demo, then exit."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run(tmp_path, *args, **env):
    home = tmp_path / "home"
    home.mkdir(exist_ok=True)
    environment = {**os.environ, "CAREKIT_HOME": str(home), "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen",
                   "PYTHONIOENCODING": "utf-8", **env}
    return subprocess.run([sys.executable, "-m", "carekit", *args], env=environment, cwd=tmp_path,
                          capture_output=True, text=True, encoding="utf-8", timeout=300)


def test_the_app_starts_on_the_demo_builds_every_page_and_exits_cleanly(tmp_path):
    from carekit.services import demo
    done = run(tmp_path, "--demo", "--check", CAREKIT_OPERATOR=demo.DEMO_COORDINATOR, CAREKIT_PIN=demo.DEMO_PIN)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("CareKit ready: ") and "Check-in desk" in done.stdout
    assert "User guide: " in done.stdout and " pictures, from " in done.stdout


def test_a_wrong_pin_stops_the_check_with_the_reason(tmp_path):
    from carekit.services import demo
    done = run(tmp_path, "--demo", "--check", CAREKIT_OPERATOR=demo.DEMO_COORDINATOR, CAREKIT_PIN="999999")
    assert done.returncode == 2 and "PIN" in done.stderr and "CareKit ready" not in done.stdout
