"""Printing from the command line: badges for a roster, certificates, keys and offline verify."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
ROSTER = ROOT / "tests" / "data" / "roster_sample_zh.csv"


@pytest.fixture
def carekit(signed_in):
    return signed_in


@pytest.fixture
def event_file(event_file, carekit):
    carekit("--db", event_file, "import-roster", str(ROSTER), ok=False)
    return event_file


def test_badges_print_once_then_only_new_ones(carekit, event_file, tmp_path):
    out = tmp_path / "badges.pdf"
    first = carekit("--db", event_file, "badges", "--out", str(out), "--layout", "a4-3x8")
    assert out.read_bytes().startswith(b"%PDF") and " badges on " in first.stdout
    again = carekit("--db", event_file, "badges", "--out", str(out), "--not-printed", ok=False)
    assert again.returncode == 2 and "no badges to print" in again.stderr
    wrong = carekit("--db", event_file, "badges", "--out", str(out), "--site", "Atlantis", ok=False)
    assert wrong.returncode == 2 and "Atlantis" in wrong.stderr


def test_a_certificate_is_issued_verified_by_an_employer_then_revoked(carekit, event_file, tmp_path):
    person = json.loads(carekit("--db", event_file, "search", "张", "--json", "--limit", "1").stdout.splitlines()[0])
    carekit("--db", event_file, "keys", "generate", "--name", "Rider Care NGO")
    key_file = tmp_path / "ngo-key.json"
    carekit("--db", event_file, "keys", "export", "--out", str(key_file))
    issued = carekit("--db", event_file, "certificate", "issue", "--person", person["person_id"], "--course-code",
                     "FA-1", "--course-name", "基础急救", "--months", "24", "--trainer", "Dr. Peña",
                     "--out", str(tmp_path / "cert.pdf"))
    serial, code = issued.stdout.split()[1], issued.stdout.splitlines()[-1]
    assert code.startswith("CKC2.") and (tmp_path / "cert.pdf").exists()
    # The employer has no event file, only the exported public key.
    employer = carekit("verify", code, "--key", str(key_file))
    assert employer.stdout.startswith("VALID") and person["name"] in employer.stdout
    stranger = carekit("verify", code, ok=False)
    assert stranger.returncode == 1 and stranger.stdout.startswith("FORGED")
    forged = carekit("verify", code[:-6] + "AAAAAA", "--key", str(key_file), ok=False)
    assert forged.returncode == 1 and "FORGED" in forged.stdout
    carekit("--db", event_file, "certificate", "revoke", serial, "--reason", "wrong person")
    verdict = json.loads(carekit("--db", event_file, "verify", code, "--json", ok=False).stdout)
    assert verdict["status"] == "revoked" and "wrong person" in verdict["message"]


def test_another_organisations_key_is_imported_once(carekit, event_file, tmp_path):
    other = tmp_path / "other.carekit"
    carekit("--db", str(other), "event", "create", "--name", "Other", "--site", "广州", "--coordinator", "Ana")
    carekit("--db", str(other), "--operator", "Ana", "keys", "generate", "--name", "Other NGO")
    carekit("--db", str(other), "--operator", "Ana", "keys", "export", "--out", str(tmp_path / "other.json"))
    carekit("--db", event_file, "keys", "import", str(tmp_path / "other.json"))
    carekit("--db", event_file, "keys", "import", str(tmp_path / "other.json"))
    listed = carekit("--db", event_file, "keys", "list").stdout
    assert listed.count("Other NGO") == 1 and "trusted" in listed
    (tmp_path / "junk.json").write_text("{}", encoding="utf-8")
    assert carekit("--db", event_file, "keys", "import", str(tmp_path / "junk.json"), ok=False).returncode == 2


def test_the_roster_sign_in_sheet_numbers_its_pages(carekit, event_file, tmp_path):
    out = tmp_path / "roster.pdf"
    carekit("--db", event_file, "sheet", "roster", "--out", str(out), "--title", "急救培训签到表")
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
    assert "急救培训签到表" in text and "page 1 of" in text
