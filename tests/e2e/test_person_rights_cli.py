"""A person's data rights from the command line: export everything, then erase."""

from __future__ import annotations

import json


def test_a_coordinator_exports_then_erases_a_walk_in(carekit, tmp_path):
    carekit = carekit.but(pin="246810")
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
