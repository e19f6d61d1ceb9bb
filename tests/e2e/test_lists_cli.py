"""The lists and the day report from the command line, as a coordinator runs them at day's end."""

from __future__ import annotations

import csv
import subprocess

import pytest
from openpyxl import load_workbook

from carekit.domain.enums import Role
from carekit.services import operators
from carekit.services.checkin import check_in
from carekit.services.events import SiteInput, create_event, current_event
from carekit.services.people import PersonInput, register_people
from carekit.store.db import Database

PIN = "246810"


@pytest.fixture
def event_file(tmp_path):
    path = tmp_path / "rider-day.carekit"
    db = Database(path)
    lead = create_event(db, name="骑手关爱日", operator_name="Lin", sites=[SiteInput("深圳")], pin=PIN)
    operators.add_operator(lead, "Desk Li", [Role.DESK], pin="135790")
    with lead.writing() as journal:
        people = register_people(journal, current_event(journal.session),
                                 [PersonInput(name="张伟", staff_id="E1"), PersonInput(name="王小明", staff_id="E2"),
                                  PersonInput(name="=cmd|' /C calc'!A0", staff_id="E3")], source="roster.xlsx")
    check_in(lead, people[0].token)
    db.close()
    return path


def test_the_coordinator_exports_people_and_no_shows_at_the_end_of_the_day(carekit, event_file, tmp_path):
    done = carekit("--db", event_file, "export", "people", "--out", str(tmp_path / "people.xlsx"), who="Lin", pin=PIN)
    assert "exported 3 rows of people" in done.stdout
    rows = list(load_workbook(tmp_path / "people.xlsx").active.values)
    by_name = {r[1]: r for r in rows[1:]}
    assert set(by_name) == {"张伟", "王小明", "'=cmd|' /C calc'!A0"}
    assert by_name["张伟"][rows[0].index("checked_in_at")]
    done = carekit("--db", event_file, "export", "no-shows", "--out", str(tmp_path / "no.csv"), "--site", "深圳",
                   who="Lin", pin=PIN)
    with (tmp_path / "no.csv").open(encoding="utf-8-sig") as handle:
        assert sorted(r["name"] for r in csv.DictReader(handle)) == ["'=cmd|' /C calc'!A0", "王小明"]


def test_a_desk_volunteer_gets_no_list_and_no_file(carekit, event_file, tmp_path):
    done = carekit("--db", event_file, "export", "checkins", "--out", str(tmp_path / "in.csv"), who="Desk Li",
                   pin="135790", ok=False)
    assert done.returncode == 2 and "coordinator" in done.stderr
    assert not (tmp_path / "in.csv").exists()


def test_the_coordinator_prints_the_day_report_and_a_bad_date_is_refused(carekit, event_file, tmp_path):
    out = tmp_path / "day.pdf"
    done = carekit("--db", event_file, "report", "--out", str(out), who="Lin", pin=PIN)
    assert "wrote the day report" in done.stdout and out.read_bytes().startswith(b"%PDF")
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert "骑手关爱日" in text and "已签到 / Checked in" in text
    done = carekit("--db", event_file, "report", "--out", str(tmp_path / "x.pdf"), "--date", "5 Dec", who="Lin",
                   pin=PIN, ok=False)
    assert done.returncode == 2 and "YYYY-MM-DD" in done.stderr and not (tmp_path / "x.pdf").exists()
