"""``carekit import-roster`` run as a coordinator would from a terminal, the morning of the event."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "tests" / "data"


@pytest.fixture
def carekit(carekit):
    """The coordinator's PIN; each import names the operator with --operator."""
    return carekit.but(pin="246800")


@pytest.fixture
def event_file(tmp_path, carekit):
    path = tmp_path / "rider-day.carekit"
    carekit("--db", path, "event", "create", "--name", "骑手关爱日", "--site", "深圳:会展中心",
            "--site", "São Paulo", "--coordinator", "Lin", "--pin", "246800")
    return str(path)


def test_the_chinese_sample_imports_everyone_once_and_lists_numbers_to_check(carekit, event_file):
    first = carekit("--db", event_file, "--operator", "Lin", "import-roster", str(SAMPLES / "roster_sample_zh.csv"),
                    "--site", "深圳")
    assert "name=姓名, phone=手机号" in first.stdout
    assert "line 2: phone +8616900602677 has a mobile's length for CN but is in no known number range" in first.stdout
    imported = int(first.stdout.split("imported:")[1].split()[0])
    assert imported == 300 and "rejected:  0" in first.stdout
    again = carekit("--db", event_file, "--operator", "Lin", "import-roster", str(SAMPLES / "roster_sample_zh.csv"),
                    "--json")
    report = json.loads(again.stdout)
    assert (report["imported"], report["unchanged"], report["flagged"]) == (0, imported, 0)
    assert report["rejected"] == []
    assert report["warnings"][0]["line"] == 2 and report["warnings"][0]["reason"] == "unlisted_phone"
    found = json.loads(carekit("--db", event_file, "search", "E100001", "--json").stdout.splitlines()[0])
    assert (found["name"], found["staff_id"], found["phone"]) == ("田旭怡", "E100001", "+8617745268596")


def test_a_dry_run_writes_nothing(carekit, event_file):
    dry = carekit("--db", event_file, "--operator", "Lin", "import-roster", str(SAMPLES / "roster_sample_en.csv"),
                  "--dry-run", "--json")
    assert json.loads(dry.stdout)["imported"] > 100
    assert carekit("--db", event_file, "search", "Luis", "--json").stdout.strip() == ""


def test_unknown_headers_are_mapped_on_the_command_line(carekit, event_file, tmp_path):
    roster = tmp_path / "lista.csv"
    roster.write_text("Funcionário;Contato\nJoão Gonçalves;+55 11 98765-4321\n", encoding="utf-8")
    refused = carekit("--db", event_file, "--operator", "Lin", "import-roster", str(roster), ok=False)
    assert refused.returncode != 0 and "no column holds the names" in refused.stderr
    done = carekit("--db", event_file, "--operator", "Lin", "import-roster", str(roster),
                   "--mapping", "name=Funcionário,phone=Contato", "--json")
    assert json.loads(done.stdout)["imported"] == 1


def test_an_unreadable_file_fails_with_a_reason(carekit, event_file, tmp_path):
    missing = carekit("--db", event_file, "--operator", "Lin", "import-roster", str(tmp_path / "nope.csv"), ok=False)
    assert missing.returncode != 0 and "nope.csv cannot be read" in missing.stderr
    unknown_site = carekit("--db", event_file, "--operator", "Lin", "import-roster",
                           str(SAMPLES / "roster_sample_en.csv"), "--site", "Lagos", ok=False)
    assert unknown_site.returncode != 0 and "no site in 'Lagos'" in unknown_site.stderr
