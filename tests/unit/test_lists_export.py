"""The lists a coordinator hands on, opened back the way the organiser opens them."""

from __future__ import annotations

import csv
import subprocess

import pytest

import carekit.printing.sheets  # noqa: F401 (reportlab reads its settings files when imported: at collection, not in a test)
from openpyxl import load_workbook

from carekit.domain.enums import ConsentKind, Role
from carekit.services import consent, lists, screening
from carekit.services.errors import NotFound, PermissionDenied, ValidationError
from carekit.services.people import PersonInput
from carekit.store.spreadsheet import neutralise
from tests.unit.day_event import _register, build_day
from tests.unit.sync_lab import close_all


@pytest.fixture
def day(tmp_path):
    event = build_day(tmp_path / "day")
    event.merge_b_into_a()
    event.coordinator = event.role("Coord Ma", Role.COORDINATOR)
    yield event
    close_all([event.a, event.b])


def read_csv(path):
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def test_the_people_list_says_who_arrived_when_and_at_which_desk(day, tmp_path):
    out = tmp_path / "people.csv"
    done = lists.export_list(day.coordinator, "people", out)
    rows = {r["name"]: r for r in read_csv(out)}
    assert done.rows == 9 and len(rows) == 9 and not done.health
    assert rows["张伟"]["checked_in_at"] == "2026-12-05T09:02:00+08:00" and rows["张伟"]["desk"] == "desk 1"
    assert rows["刘洋"]["site"] == "深圳" and rows["刘洋"]["desk"] == "desk 2"
    assert rows["Ana Souza"]["checked_in_at"] == "" and rows["Ana Souza"]["category"] == "guest"
    assert "stations" not in rows["张伟"]


def test_no_shows_and_walk_ins_per_site(day, tmp_path):
    lists.export_list(day.coordinator, "no-shows", tmp_path / "no.csv")
    assert sorted(r["name"] for r in read_csv(tmp_path / "no.csv")) == ["Ana Souza", "陈静"]
    lists.export_list(day.coordinator, "no-shows", tmp_path / "no-gz.csv", site="广州")
    assert [r["name"] for r in read_csv(tmp_path / "no-gz.csv")] == ["Ana Souza"]
    lists.export_list(day.coordinator, "walk-ins", tmp_path / "walk.xlsx")
    sheet = load_workbook(tmp_path / "walk.xlsx").active
    values = list(sheet.values)
    assert values[0][:3] == ("serial", "name", "romanised") and [v[1] for v in values[1:]] == ["赵磊"]


def test_the_check_in_list_has_every_scan_with_repeats_marked(day, tmp_path):
    lists.export_list(day.coordinator, "checkins", tmp_path / "in.csv")
    rows = read_csv(tmp_path / "in.csv")
    assert len(rows) == 10
    zhang = [r for r in rows if r["name"] == "张伟"]
    assert [r["repeat"] for r in zhang] == ["", "yes"]
    unknown = [r for r in rows if not r["name"]]
    assert len(unknown) == 1 and unknown[0]["registration_id"] and unknown[0]["site"] == "广州"
    lists.export_list(day.coordinator, "checkins", tmp_path / "gz.csv", site="广州")
    assert {r["desk"] for r in read_csv(tmp_path / "gz.csv")} == {"desk 2"}
    assert len(read_csv(tmp_path / "gz.csv")) == 4


def test_a_name_typed_as_a_formula_cannot_run_in_the_organisers_spreadsheet(day, tmp_path):
    _register(day.a, day.shenzhen, [PersonInput('=HYPERLINK("http://evil.example","x")', staff_id="+1+1",
                                                employer="@SUM(A1)")], "walk-in")
    lists.export_list(day.coordinator, "walk-ins", tmp_path / "w.csv")
    lists.export_list(day.coordinator, "walk-ins", tmp_path / "w.xlsx")
    row = next(r for r in read_csv(tmp_path / "w.csv") if "HYPERLINK" in r["name"])
    assert row["name"].startswith("'=") and row["staff_id"] == "'+1+1" and row["employer"] == "'@SUM(A1)"
    sheet = load_workbook(tmp_path / "w.xlsx").active
    cells = [c for r in sheet.iter_rows() for c in r if c.value and "HYPERLINK" in str(c.value)]
    assert cells and all(c.data_type == "s" and c.value.startswith("'=") for c in cells)


def test_neutralising_keeps_numbers_and_plain_text():
    assert neutralise(5) == 5 and neutralise("张伟") == "张伟" and neutralise(None) == ""
    for bad in ("=1+1", "+86 138", "-2", "@x", "\t=1", " =1", "＝1"):
        assert neutralise(bad).startswith("'")


def test_health_columns_only_for_a_medic_and_a_desk_volunteer_gets_no_list(day, tmp_path):
    medic = day.role("Dr Chen", Role.MEDIC)
    consent.record_consent(medic, day.people["张伟"], ConsentKind.HEALTH, "2026-v1", "zh_CN")
    screening.record_screening(medic, day.people["张伟"], "blood_pressure", {"systolic_1": "185", "diastolic_1": "100"})
    lists.export_list(medic, "people", tmp_path / "medic.csv")
    zhang = next(r for r in read_csv(tmp_path / "medic.csv") if r["name"] == "张伟")
    assert zhang["stations"] == "blood_pressure" and zhang["open_referrals"] == "doctor"
    lists.export_list(day.coordinator, "people", tmp_path / "coord.csv")
    assert "stations" not in read_csv(tmp_path / "coord.csv")[0]
    desk = day.role("Desk Li", Role.DESK)
    for kind in lists.KINDS:
        with pytest.raises(PermissionDenied):
            lists.export_list(desk, kind, tmp_path / f"desk-{kind}.csv")
    assert not list(tmp_path.glob("desk-*"))


def test_a_wrong_format_or_site_is_refused_before_a_file_exists(day, tmp_path):
    with pytest.raises(ValidationError):
        lists.export_list(day.coordinator, "people", tmp_path / "people.docx")
    with pytest.raises(NotFound):
        lists.export_list(day.coordinator, "people", tmp_path / "people.csv", site="北京")
    assert not list(tmp_path.glob("people.*"))


def test_the_printed_no_show_sheet_carries_the_names(day, tmp_path):
    out = tmp_path / "no.pdf"
    lists.export_list(day.coordinator, "no-shows", out, fmt="pdf")
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert "陈静" in text and "Ana Souza" in text and "Registered but not checked in" in text


def test_a_scan_from_a_laptop_on_another_zone_prints_on_the_events_clock(day, tmp_path):
    from tests.unit.day_event import scan
    scan(day.a, day.regs["陈静"], "2026-12-04T22:40:00-03:00")  # 09:40 in Shenzhen
    out = tmp_path / "in.pdf"
    lists.export_list(day.coordinator, "checkins", out, fmt="pdf")
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True).stdout
    line = next(line for line in text.splitlines() if "陈静" in line and "09:40" in line)
    assert "2026-12-05 09:40" in line and "22:40" not in text
