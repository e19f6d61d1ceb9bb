"""`carekit --check` as CI and a person installing CareKit run it: start on the demo, then exit."""

from __future__ import annotations

from carekit.services import demo


def test_the_app_starts_on_the_demo_builds_every_page_and_exits_cleanly(carekit):
    done = carekit("--demo", "--check", who=demo.DEMO_COORDINATOR, pin=demo.DEMO_PIN, timeout=300)
    assert done.stdout.startswith("CareKit ready: ") and "Check-in desk" in done.stdout
    assert "User guide: " in done.stdout and " pictures, from " in done.stdout
    assert "Merge process: started, opened " in done.stdout  # the window's merges can run apart


def test_a_wrong_pin_stops_the_check_with_the_reason(carekit):
    done = carekit("--demo", "--check", who=demo.DEMO_COORDINATOR, pin="999999", ok=False, timeout=300)
    assert done.returncode == 2 and "PIN" in done.stderr and "CareKit ready" not in done.stdout
