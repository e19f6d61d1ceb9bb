"""Screening through the services: roles, consent gating, supersede chains, referrals, exports."""

from __future__ import annotations

import csv
import json

import pytest
from openpyxl import load_workbook
from sqlmodel import select

from carekit.domain.enums import ConsentKind, Role
from carekit.domain.screening_tables import ScreeningRecord
from carekit.domain.tables import AuditEntry
from carekit.services import consent, health_export, health_key, operators, referrals, screening
from carekit.services.errors import NotFound, PermissionDenied, ValidationError
from carekit.services.station_overview import station_overview

BODY = {"height_cm": "170", "weight_kg": "95"}  # BMI 32.9: obese
HIGH_BP = {"systolic_1": "185", "diastolic_1": "100"}
LOW_MOOD = {"phq2": "4", "gad2": "1"}


@pytest.fixture
def staff(ws, db):
    operators.add_operator(ws, "Dr Chen", [Role.MEDIC], pin="135700")
    operators.add_operator(ws, "Desk Li", [Role.DESK], pin="246800")
    operators.add_operator(ws, "Coord Ma", [Role.COORDINATOR], pin="808000")
    return {"medic": operators.sign_in(db, "Dr Chen", "135700"), "desk": operators.sign_in(db, "Desk Li", "246800"),
            "coordinator": operators.sign_in(db, "Coord Ma", "808000"), "lead": ws}


@pytest.fixture
def consented(crowd, staff):
    """张伟 and 王小明 gave health consent at the station; 张伟明 did not."""
    for name in ("张伟", "王小明"):
        consent.record_consent(staff["medic"], crowd[name].person_id, ConsentKind.HEALTH, "2026-v1", "zh_CN")
    return crowd


def test_a_medic_scans_a_badge_and_records_values_with_flags(consented, staff):
    medic = staff["medic"]
    found = screening.find_badge(medic, consented["张伟"].token)
    assert found.name == "张伟" and found.health_consent.given and found.health_consent.notice_version == "2026-v1"
    saved = screening.record_screening(medic, found.person_id, "body", BODY)
    assert saved.record.values["bmi"] == 32.9
    assert [f["code"] for f in saved.record.flags] == ["bmi_obese"]
    assert saved.record.flags[0]["source"] == "WHO STEPS" and saved.record.flags[0]["rule"] == "BMI ≥30"
    assert saved.record.operator_id == medic.operator_id


def test_a_forged_badge_finds_nobody(consented, staff):
    token = consented["张伟"].token
    forged = token[:-2] + ("A" if token[-2] != "A" else "B") + token[-1]
    with pytest.raises(ValidationError):
        screening.find_badge(staff["medic"], forged)


def test_a_desk_volunteer_reaches_no_health_value_through_any_service(consented, staff, tmp_path):
    desk, person = staff["desk"], consented["张伟"].person_id
    screening.record_screening(staff["medic"], person, "body", BODY)
    out = tmp_path / "health.csv"
    attempts = [
        lambda: screening.find_badge(desk, consented["张伟"].token),
        lambda: screening.record_screening(desk, person, "body", BODY),
        lambda: screening.person_records(desk, person),
        lambda: referrals.referral_queue(desk),
        lambda: referrals.open_counts(desk),
        lambda: station_overview(desk),
        lambda: health_export.export_health(desk, out),
        lambda: screening.change_settings(desk, idle_minutes=60),
    ]
    for attempt in attempts:
        with pytest.raises(PermissionDenied):
            attempt()
    assert not out.exists()


def test_nothing_is_saved_without_health_consent(consented, staff, db):
    with pytest.raises(PermissionDenied) as refused:
        screening.record_screening(staff["medic"], consented["张伟明"].person_id, "body", BODY)
    assert refused.value.reason == "no_health_consent"
    with db.session() as session:
        assert session.exec(select(ScreeningRecord)).all() == []


def test_registration_consent_is_not_health_consent(crowd, staff):
    consent.record_consent(staff["desk"], crowd["张伟明"].person_id, ConsentKind.REGISTRATION, "reg-v3")
    with pytest.raises(PermissionDenied):
        screening.record_screening(staff["medic"], crowd["张伟明"].person_id, "body", BODY)


def test_consent_records_notice_version_language_and_collector(crowd, staff):
    person = crowd["Peña Nieto"].person_id
    consent.record_consent(staff["desk"], person, ConsentKind.PHOTOS, "photo-v2", "pt_BR")
    state = consent.consent_state(staff["desk"], person, ConsentKind.PHOTOS)
    assert state.given and state.notice_version == "photo-v2"
    with pytest.raises(ValidationError):
        consent.record_consent(staff["desk"], person, ConsentKind.PHOTOS, "photo-v2")  # already given
    with pytest.raises(ValidationError):
        consent.record_consent(staff["desk"], person, "everything", "v1")
    with pytest.raises(ValidationError):
        consent.record_consent(staff["desk"], person, ConsentKind.HEALTH, " ")


def test_a_withdrawal_hides_health_records_from_everyone_but_keeps_the_audit_trail(consented, staff, db, tmp_path):
    medic, person = staff["medic"], consented["张伟"].person_id
    screening.record_screening(medic, person, "blood_pressure", HIGH_BP)
    assert len(referrals.referral_queue(medic)) == 1
    consent.withdraw_consent(staff["desk"], person, ConsentKind.HEALTH)
    assert not consent.consent_state(medic, person).given
    assert screening.person_records(medic, person) == []
    assert screening.person_records(staff["lead"], person, history=True) == []
    assert referrals.referral_queue(medic) == []
    assert station_overview(medic).people_screened == 0
    assert health_export.export_health(medic, tmp_path / "out.csv").rows == 0
    with pytest.raises(PermissionDenied):
        screening.record_screening(medic, person, "body", BODY)
    with db.session() as session:
        assert len(session.exec(select(ScreeningRecord)).all()) == 1  # kept, hidden
        actions = [a.action for a in session.exec(select(AuditEntry))]
    assert "screening.record" in actions and "consent.withdraw" in actions
    # A new consent covers what is recorded from then on, not what was withdrawn.
    consent.record_consent(medic, person, ConsentKind.HEALTH, "2026-v2")
    screening.record_screening(medic, person, "body", {"height_cm": "170", "weight_kg": "60"})
    assert [r.station for r in screening.person_records(medic, person)] == ["body"]


def test_a_correction_supersedes_the_old_record_and_both_are_kept(consented, staff):
    medic, person = staff["medic"], consented["王小明"].person_id
    first = screening.record_screening(medic, person, "body", {"height_cm": "107", "weight_kg": "70"})
    second = screening.record_screening(medic, person, "body", {"height_cm": "170", "weight_kg": "70"},
                                        supersedes=first.record.id)
    third = screening.record_screening(medic, person, "body", {"height_cm": "171", "weight_kg": "70"},
                                       supersedes=second.record.id)
    current = screening.person_records(medic, person)
    assert [r.id for r in current] == [third.record.id]
    assert len(screening.person_records(medic, person, history=True)) == 3
    chain = screening.correction_chain(medic, third.record.id)
    assert [r.id for r in chain] == [third.record.id, second.record.id, first.record.id]
    assert chain[-1].values["height_cm"] == 107  # the mistake is still there to see
    with pytest.raises(NotFound):  # a correction must correct this person's record at this station
        screening.record_screening(medic, person, "vision", {"vision_left": "6/6", "vision_right": "6/6"},
                                   supersedes=third.record.id)


def test_out_of_range_input_is_refused_with_the_range_and_nothing_saved(consented, staff, db):
    with pytest.raises(ValidationError) as refused:
        screening.record_screening(staff["medic"], consented["张伟"].person_id, "body",
                                   {"height_cm": "17", "weight_kg": "70"})
    error = refused.value
    assert error.reason == "out_of_range" and error.params["key"] == "height_cm"
    assert error.message == "Height: 17 is outside the plausible range 100–270 cm."
    with db.session() as session:
        assert session.exec(select(ScreeningRecord)).all() == []


def test_referrals_flow_open_seen_closed_per_destination(consented, staff):
    medic, coordinator = staff["medic"], staff["coordinator"]
    person = consented["张伟"].person_id
    screening.record_screening(medic, person, "blood_pressure", HIGH_BP)
    screening.record_screening(medic, person, "mood", LOW_MOOD)
    screening.record_screening(medic, person, "blood_pressure", HIGH_BP)  # doctor already open: no second one
    doctor = referrals.referral_queue(medic, "doctor")
    assert [(r.name, r.flag, r.status) for r in doctor] == [("张伟", "bp_urgent", "open")]
    assert [r.flag for r in referrals.referral_queue(coordinator, "counselling")] == ["phq2_positive"]
    assert referrals.open_counts(coordinator) == {"doctor": 1, "counselling": 1, "eye_clinic": 0}
    referrals.set_status(medic, doctor[0].id, "seen")
    with pytest.raises(ValidationError):
        referrals.set_status(medic, doctor[0].id, "open")
    referrals.set_status(medic, doctor[0].id, "closed", note="seen by Dr Chen")
    assert referrals.referral_queue(medic, "doctor") == []
    assert [r.status for r in referrals.referral_queue(medic, "doctor", ("closed",))] == ["closed"]
    with pytest.raises(ValidationError):
        referrals.set_status(medic, doctor[0].id, "seen")
    with pytest.raises(ValidationError):
        referrals.referral_queue(medic, "dentist")


def test_overview_is_aggregate_only_for_a_coordinator_without_medic(consented, staff):
    medic = staff["medic"]
    screening.record_screening(medic, consented["张伟"].person_id, "body", BODY)
    screening.record_screening(medic, consented["王小明"].person_id, "body", {"height_cm": "170", "weight_kg": "60"})
    screening.record_screening(medic, consented["王小明"].person_id, "mood", LOW_MOOD)
    for_medic = station_overview(medic)
    assert for_medic.people_screened == 2 and not for_medic.aggregate_only
    assert sum(n for (station, _), n in for_medic.per_station_hour.items() if station == "body") == 2
    assert for_medic.flags_by_kind == {"bmi_obese": 1, "phq2_positive": 1}
    assert {f.name for f in for_medic.flagged} == {"张伟", "王小明"}
    for_coordinator = station_overview(staff["coordinator"])
    assert for_coordinator.aggregate_only and for_coordinator.flagged == []
    # one person per flag could be anyone here: the coordinator without medic sees "<5"
    assert for_coordinator.flags_by_kind == {"bmi_obese": "<5", "phq2_positive": "<5"}
    assert for_coordinator.open_referrals["counselling"] == "<5" and for_medic.open_referrals["counselling"] == 1
    assert for_coordinator.people_hidden and not for_medic.people_hidden


def test_a_medic_exports_records_and_a_coordinator_gets_aggregates(consented, staff, db, tmp_path):
    medic = staff["medic"]
    screening.record_screening(medic, consented["张伟"].person_id, "body", BODY)
    screening.record_screening(medic, consented["王小明"].person_id, "mood", LOW_MOOD)
    records = health_export.export_health(medic, tmp_path / "records.csv", site="深圳")
    assert not records.aggregate and records.rows == 2
    with open(tmp_path / "records.csv", encoding="utf-8-sig") as handle:
        rows = list(csv.DictReader(handle))
    assert {r["name"] for r in rows} == {"张伟", "王小明"}
    assert "bmi=32.9" in next(r["values"] for r in rows if r["name"] == "张伟")
    aggregate = health_export.export_health(staff["coordinator"], tmp_path / "aggregate.xlsx")
    assert aggregate.aggregate
    sheet = load_workbook(tmp_path / "aggregate.xlsx").active
    cells = [[c for c in row] for row in sheet.iter_rows(values_only=True)]
    assert cells[0] == ["station", "people_screened", "flag", "count"]
    flat = json.dumps(cells, ensure_ascii=False)
    assert "张伟" not in flat and "32.9" not in flat and "bmi_obese" in flat
    with db.session() as session:
        details = [a.detail for a in session.exec(select(AuditEntry).where(AuditEntry.action == "health.export"))]
    assert len(details) == 2 and "kind=records" in details[0] and "kind=aggregate" in details[1]
    with pytest.raises(NotFound):
        health_export.export_health(medic, tmp_path / "x.csv", site="Atlantis")
    with pytest.raises(ValidationError):
        health_export.export_health(medic, tmp_path / "x.pdf")


def test_health_values_never_reach_the_audit_trail(consented, staff, db, tmp_path):
    medic = staff["medic"]
    person = consented["张伟"].person_id
    screening.record_screening(medic, person, "body", {"height_cm": "171.3", "weight_kg": "93.7"})
    screening.record_screening(medic, person, "glucose", {"glucose": "13.4", "glucose_unit": "mmol/L", "fasting": "no"})
    screening.person_records(medic, person)
    health_export.export_health(medic, tmp_path / "r.csv")
    with db.session() as session:
        text = " ".join(f"{a.action} {a.detail}" for a in session.exec(select(AuditEntry)))
    for value in ("171.3", "93.7", "13.4", "31.9", "glucose_random_raised", "bmi_obese"):
        assert value not in text
    assert "screening.read" in text


def test_the_coordinator_sets_the_idle_lock_and_bmi_standard(consented, staff):
    assert screening.screening_settings(staff["medic"]).idle_minutes == 5
    with pytest.raises(PermissionDenied):
        screening.change_settings(staff["medic"], idle_minutes=10)
    screening.change_settings(staff["coordinator"], idle_minutes=2, bmi_standard="china")
    assert screening.screening_settings(staff["desk"]).idle_minutes == 2
    with pytest.raises(ValidationError):
        screening.change_settings(staff["coordinator"], idle_minutes=0)
    with pytest.raises(ValidationError):
        screening.change_settings(staff["coordinator"], bmi_standard="martian")
    saved = screening.record_screening(staff["medic"], consented["张伟"].person_id, "body",
                                       {"height_cm": "175", "weight_kg": "75"})  # 24.5
    assert [f["code"] for f in saved.record.flags] == ["bmi_overweight"]
    assert saved.record.flags[0]["source"] == "China NHC 2024 weight guideline"
