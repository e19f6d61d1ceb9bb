"""The desk from the command line, as a script or a volunteer without the window would use it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli import COORDINATOR_PIN

ROOT = Path(__file__).resolve().parents[2]
# The roster importer's job, done through the services: a registered person not yet checked in.
REGISTER_FROM_ROSTER = """
import sys
from carekit.services.events import current_event
from carekit.services.operators import sign_in
from carekit.services.people import PersonInput, register_people
from carekit.store.db import Database
ws = sign_in(Database(sys.argv[1]), "Lin", "246810")
with ws.writing() as journal:
    [registered] = register_people(journal, current_event(journal.session), [PersonInput(name=sys.argv[2])],
                                   source="roster.xlsx")
print(registered.token)
"""


@pytest.fixture
def carekit(carekit):
    """The desk's runs give the coordinator's PIN and no name: the file's only operator signs in."""
    return carekit.but(pin=COORDINATOR_PIN)


def _search(carekit, db, query):
    out = carekit("--db", db, "search", query, "--json").stdout
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def test_a_walk_in_is_found_by_search_and_checked_in_by_token(carekit, event_file):
    walked = carekit("--db", event_file, "walk-in", "--name", "张伟", "--phone", "138 0013 8000",
                     "--staff-id", "E100001", "--consent")
    assert "registered and checked in: 张伟" in walked.stdout
    [match] = _search(carekit, event_file, "zw")
    assert match["name"] == "张伟" and match["romanised"] == "Zhang Wei"
    assert match["phone"] == "+8613800138000" and match["staff_id"] == "E100001"
    assert match["person_id"] and match["registration_id"]
    assert match["badge_serial"] and match["badge_token"].startswith("CK1")
    assert f"badge token: {match['badge_token']}" in walked.stdout
    assert match["checked_in_at"]  # a walk-in is checked in when registered
    again = carekit("--db", event_file, "checkin", match["badge_token"])
    assert "already checked in" in again.stdout and "desk 2" in again.stdout


def test_checkin_prints_checked_in_then_already(carekit, event_file, home):
    """A roster person (registered by a script, not checked in) scans twice."""
    env = {**os.environ, "CAREKIT_HOME": str(home), "PYTHONPATH": str(ROOT), "PYTHONIOENCODING": "utf-8"}
    token = subprocess.run([sys.executable, "-c", REGISTER_FROM_ROSTER, event_file, "王小明"], env=env,
                           capture_output=True, text=True, encoding="utf-8", check=True).stdout.strip()
    first = carekit("--db", event_file, "checkin", token)
    assert first.stdout.startswith("checked in: 王小明 Wang Xiaoming")
    second = carekit("--db", event_file, "checkin", token)
    assert second.stdout.startswith("already checked in at ") and "desk 2" in second.stdout
    as_json = json.loads(carekit("--db", event_file, "checkin", token, "--json").stdout)
    assert as_json["outcome"] == "already" and as_json["name"] == "王小明"


def test_a_forged_badge_exits_with_a_clear_message(carekit, event_file):
    carekit("--db", event_file, "walk-in", "--name", "刘洋", "--consent")
    [match] = _search(carekit, event_file, "刘洋")
    token = match["badge_token"]
    forged = token[:-3] + ("A" if token[-3] != "A" else "B") + token[-2:]
    done = carekit("--db", event_file, "checkin", forged, ok=False)
    assert done.returncode != 0
    assert "forged or altered" in done.stderr and "Nothing was recorded" in done.stderr
    assert "Traceback" not in done.stderr


def test_a_walk_in_with_a_bad_phone_is_refused(carekit, event_file):
    done = carekit("--db", event_file, "walk-in", "--name", "刘洋", "--phone", "12345", "--consent", ok=False)
    assert done.returncode != 0 and "12345" in done.stderr and "Traceback" not in done.stderr
    assert _search(carekit, event_file, "刘洋") == []


def test_a_second_event_in_the_same_file_is_refused(carekit, event_file):
    done = carekit("--db", event_file, "event", "create", "--name", "Other", "--site", "Lagos", ok=False)
    assert done.returncode != 0 and "already holds an event" in done.stderr


def test_a_bad_date_is_refused_before_anything_is_created(carekit, tmp_path):
    path = tmp_path / "bad.carekit"
    done = carekit("--db", str(path), "event", "create", "--name", "X", "--site", "深圳",
                   "--starts", "05/12/2026", ok=False)
    assert done.returncode != 0 and "YYYY-MM-DD" in done.stderr


def test_demo_search_finds_people_in_the_demo_event(carekit, home):
    from carekit.services.demo import DEMO_PIN
    out = carekit("--demo", "search", "peña", "--json", pin=DEMO_PIN).stdout
    matches = [json.loads(line) for line in out.splitlines()]
    assert matches and all("Peña" in m["name"] for m in matches)
    assert (home / "demo-event.carekit").exists()
    again = carekit("--demo", "search", "DEMO-00001", "--json", pin=DEMO_PIN).stdout
    assert json.loads(again.splitlines()[0])["staff_id"] == "DEMO-00001"


def test_a_walk_in_without_consent_is_not_registered(carekit, event_file):
    done = carekit("--db", event_file, "walk-in", "--name", "刘洋", ok=False)
    assert done.returncode != 0 and "--consent" in done.stderr
    assert _search(carekit, event_file, "刘洋") == []


def test_a_search_with_no_match_prints_nothing_and_succeeds(carekit, event_file):
    assert _search(carekit, event_file, "nobody-here") == []


def test_event_create_names_the_coordinator_from_carekit_operator(carekit, tmp_path):
    path = str(tmp_path / "dia.carekit")
    ana = carekit.but(who="Ana Souza", pin="975310")
    ana("--db", path, "event", "create", "--name", "Dia", "--site", "São Paulo", "--region", "BR")
    shown = ana("--db", path, "event", "show", "--json")
    assert json.loads(shown.stdout)["operator"] == "Ana Souza"


def test_python_m_carekit_runs_the_same_command_line_as_the_installed_command(carekit, event_file):
    """Both ways in work: the console script the install made and `python -m carekit`."""
    walked = carekit.module()("--db", event_file, "walk-in", "--name", "刘洋", "--consent")
    assert "registered and checked in: 刘洋" in walked.stdout
    [match] = _search(carekit, event_file, "刘洋")
    assert _search(carekit.module(), event_file, "刘洋") == [match]


def test_an_argument_that_is_not_utf8_gets_a_message_not_a_traceback(carekit, event_file):
    done = carekit(b"--db", event_file.encode(), b"search", b"\xff\xfename", env={"LC_ALL": "C.UTF-8"}, ok=False)
    assert done.returncode == 2 and "not valid UTF-8" in done.stderr and "Traceback" not in done.stderr


def test_a_broken_settings_file_never_costs_a_check_in(carekit, event_file, home):
    carekit("--db", event_file, "walk-in", "--name", "刘洋", "--consent")
    [match] = _search(carekit, event_file, "刘洋")
    settings = home / "settings.json"
    settings.unlink(missing_ok=True)
    settings.mkdir()  # cannot be read or replaced: as on a stick gone read-only
    done = carekit("--db", event_file, "checkin", match["badge_token"])
    assert "already checked in" in done.stdout and "Traceback" not in done.stderr
