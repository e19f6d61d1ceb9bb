"""The screening and operator commands as a coordinator, a medic and a desk volunteer run them."""

from __future__ import annotations

import csv
import subprocess

import pytest

from carekit.domain.enums import ConsentKind, Role
from carekit.services import consent, operators, screening
from carekit.services.events import SiteInput, create_event, current_event
from carekit.services.people import PersonInput, register_people
from carekit.store.db import Database


HEALTH = "mango lantern 19"


@pytest.fixture
def event_file(tmp_path):
    path = tmp_path / "rider-day.carekit"
    db = Database(path)
    lead = create_event(db, name="Rider Care Day", operator_name="Lin", sites=[SiteInput("深圳"), SiteInput("广州")],
                        pin="432100", health_passphrase=HEALTH)
    operators.add_operator(lead, "Dr Chen", [Role.MEDIC], pin="135700")
    operators.add_operator(lead, "Desk Li", [Role.DESK], pin="246800")
    operators.add_operator(lead, "Coord Ma", [Role.COORDINATOR], pin="808000")
    with lead.writing() as journal:
        people = register_people(journal, current_event(journal.session),
                                 [PersonInput(name="张伟", staff_id="E1"), PersonInput(name="王小明", staff_id="E2")],
                                 source="roster.xlsx")
    medic = operators.sign_in(db, "Dr Chen", "135700")
    for person in people:
        consent.record_consent(medic, person.person_id, ConsentKind.HEALTH, "1")
    screening.record_screening(medic, people[0].person_id, "blood_pressure", {"systolic_1": "150", "diastolic_1": "95"})
    screening.record_screening(medic, people[1].person_id, "body", {"height_cm": "165", "weight_kg": "58"})
    db.close()
    return path


@pytest.fixture
def carekit(carekit):
    """Nobody signed in unless a call says `who=`/`pin=`; the health passphrase at hand."""
    return carekit.but(env={"CAREKIT_HEALTH_PASSPHRASE": HEALTH})


def test_a_medic_exports_results_for_a_site(carekit, event_file, tmp_path):
    out = tmp_path / "shenzhen.csv"
    done = carekit("--db", event_file, "screening", "export", "--out", str(out), "--site", "深圳",
                   who="Dr Chen", pin="135700")
    assert "2 rows of records" in done.stdout
    with open(out, encoding="utf-8-sig") as handle:
        rows = list(csv.DictReader(handle))
    assert {r["name"] for r in rows} == {"张伟", "王小明"}
    assert any("bp_raised" in r["flags"] and "WHO HEARTS" in r["flag_sources"] for r in rows)
    nothing = carekit("--db", event_file, "screening", "export", "--out", str(tmp_path / "gz.csv"), "--site", "广州",
                      who="Dr Chen", pin="135700", ok=False)
    assert "0 rows" in nothing.stdout


def test_a_medic_without_the_health_passphrase_gets_no_file(carekit, event_file, tmp_path):
    out = tmp_path / "health.csv"
    locked = carekit("--db", event_file, "screening", "export", "--out", str(out), who="Dr Chen", pin="135700",
                     env={"CAREKIT_HEALTH_PASSPHRASE": None}, ok=False)
    assert locked.returncode == 2 and "health passphrase" in locked.stderr
    wrong = carekit("--db", event_file, "screening", "export", "--out", str(out), who="Dr Chen", pin="135700",
                    env={"CAREKIT_HEALTH_PASSPHRASE": "mango lantern 91"}, ok=False)
    assert wrong.returncode == 2 and "not the health passphrase" in wrong.stderr
    assert not out.exists()


def test_event_create_takes_the_health_passphrase_from_the_environment(carekit, tmp_path):
    path = tmp_path / "new.carekit"
    made = carekit("--db", path, "event", "create", "--name", "Warehouse Day", "--site", "武汉", "--coordinator", "Lin",
                   "--pin", "258000")
    assert "health key fingerprint" in made.stdout
    shown = carekit("--db", path, "health", "status", who="Lin", pin="258000", ok=False)
    assert shown.returncode == 0 and "unlocked" in shown.stdout
    locked = carekit("--db", path, "health", "status", who="Lin", pin="258000",
                     env={"CAREKIT_HEALTH_PASSPHRASE": None}, ok=False)
    assert "locked" in locked.stdout and "unlocked" not in locked.stdout


def test_a_coordinator_without_medic_gets_aggregates_only(carekit, event_file, tmp_path):
    out = tmp_path / "aggregate.xlsx"
    done = carekit("--db", event_file, "screening", "export", "--out", str(out), who="Coord Ma", pin="808000")
    assert "aggregates" in done.stdout
    from openpyxl import load_workbook
    text = repr(list(load_workbook(out).active.iter_rows(values_only=True)))
    assert "张伟" not in text and "bp_raised" in text


def test_a_desk_volunteer_gets_permission_denied_and_no_file(carekit, event_file, tmp_path):
    out = tmp_path / "health.csv"
    done = carekit("--db", event_file, "screening", "export", "--out", str(out), who="Desk Li", pin="246800", ok=False)
    assert done.returncode == 2 and "medic / coordinator" in done.stderr
    assert not out.exists()


def test_commands_refuse_a_missing_or_wrong_pin(carekit, event_file, tmp_path):
    out = tmp_path / "health.csv"
    missing = carekit("--db", event_file, "screening", "export", "--out", str(out), who="Dr Chen", ok=False)
    assert missing.returncode == 2 and "needs a PIN" in missing.stderr
    wrong = carekit("--db", event_file, "--operator", "Dr Chen", "screening", "export", "--out", str(out),
                    pin="000000", ok=False)
    assert wrong.returncode == 2 and "Wrong PIN" in wrong.stderr
    assert not out.exists()


def test_only_a_coordinator_adds_an_operator(carekit, event_file, tmp_path):
    refused = carekit("--db", event_file, "operator", "add", "--name", "Nurse Wu", "--role", "medic", "--pin", "555500",
                      who="Desk Li", pin="246800", ok=False)
    assert refused.returncode == 2 and "coordinator" in refused.stderr
    added = carekit("--db", event_file, "operator", "add", "--name", "Nurse Wu", "--role", "medic", "--role", "trainer",
                    "--pin", "555500", who="Lin", pin="432100")
    assert "medic, trainer" in added.stdout
    no_pin = carekit("--db", event_file, "operator", "add", "--name", "Nurse Xu", "--role", "medic",
                     who="Lin", pin="432100", ok=False)
    assert no_pin.returncode == 2 and "--pin" in no_pin.stderr  # no terminal to ask at
    db = Database(event_file)
    try:
        assert operators.sign_in(db, "Nurse Wu", "555500").roles == frozenset({Role.MEDIC, Role.TRAINER})
        assert "Nurse Xu" not in operators.operator_names(db)
    finally:
        db.close()


def test_event_create_takes_the_coordinators_pin(carekit, tmp_path):
    path = tmp_path / "new.carekit"
    carekit("--db", path, "event", "create", "--name", "Warehouse Day", "--site", "武汉", "--coordinator", "Lin",
            "--pin", "258000")
    shown = carekit("--db", path, "event", "show", who="Lin", pin="258000", ok=False)
    assert shown.returncode == 0 and "Warehouse Day" in shown.stdout
    assert carekit("--db", path, "event", "show", who="Lin", ok=False).returncode == 2


def test_the_command_lines_aggregates_and_day_report_hide_two_people_screened(carekit, event_file, tmp_path):
    out = tmp_path / "aggregate.csv"
    done = carekit("--db", event_file, "screening", "export", "--out", str(out), who="Coord Ma", pin="808000")
    with open(out, encoding="utf-8-sig") as handle:
        rows = list(csv.DictReader(handle))
    assert {r["station"]: r["people_screened"] for r in rows if r["people_screened"]} == {
        "blood_pressure": "<5", "body": "<5"}
    assert {r["count"] for r in rows if r["flag"]} == {"<5"}
    report = tmp_path / "day.pdf"
    done = carekit("--db", event_file, "report", "--out", str(report), who="Lin", pin="432100")
    text = subprocess.run(["pdftotext", "-layout", str(report), "-"], capture_output=True, text=True,
                          check=True).stdout
    screened = text.split("People screened per station per hour")[0].split("Screening")[-1]
    assert "<5" in screened and "2" not in screened and "张伟" not in text
