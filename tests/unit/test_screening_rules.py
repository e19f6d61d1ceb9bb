"""Screening value rules at their boundaries: ranges, units, BMI, flags and their sources."""

from __future__ import annotations

import pytest

from carekit.domain.screening import (SOURCE_CHINA_WEIGHT, SOURCE_KROENKE, SOURCE_WHO_HEARTS, SOURCE_WHO_STEPS,
                                      ValueRefused, bp_used, measure)


def codes(measured):
    return [f.code for f in measured.flags]


@pytest.mark.parametrize("field, low, high", [("height_cm", 100, 270), ("weight_kg", 20, 350)])
def test_body_values_outside_the_plausible_range_are_refused_with_the_range(field, low, high):
    raw = {"height_cm": "170", "weight_kg": "70"}
    for ok in (low, high):
        measure("body", {**raw, field: str(ok)})
    for bad in (low - 0.1, high + 0.1):
        with pytest.raises(ValueRefused) as refused:
            measure("body", {**raw, field: str(bad)})
        assert (refused.value.field, refused.value.reason, refused.value.low, refused.value.high) == \
            (field, "out_of_range", low, high)


@pytest.mark.parametrize("text, reason", [("", "missing"), ("abc", "not_a_number"), ("nan", "not_a_number"),
                                          ("inf", "not_a_number")])
def test_missing_and_non_numbers_are_refused(text, reason):
    with pytest.raises(ValueRefused) as refused:
        measure("body", {"height_cm": text, "weight_kg": "70"})
    assert refused.value.reason == reason


def test_bmi_is_derived_and_a_comma_decimal_is_accepted():
    assert measure("body", {"height_cm": "175", "weight_kg": "70,0"}).values["bmi"] == 22.9


@pytest.mark.parametrize("standard, weight, code, source", [
    ("who", "76.2", [], None),  # 24.9
    ("who", "76.5", ["bmi_overweight"], SOURCE_WHO_STEPS),  # 25.0
    ("who", "91.8", ["bmi_obese"], SOURCE_WHO_STEPS),  # 30.0
    ("china", "73.2", [], None),  # 23.9
    ("china", "73.4", ["bmi_overweight"], SOURCE_CHINA_WEIGHT),  # 23.97 shows as 24.0: the shown value counts
    ("china", "73.8", ["bmi_overweight"], SOURCE_CHINA_WEIGHT),  # 24.1
    ("china", "85.7", ["bmi_obese"], SOURCE_CHINA_WEIGHT),  # 28.0
    ("who", "56.5", ["bmi_underweight"], SOURCE_WHO_STEPS),  # 18.4
])
def test_bmi_flags_follow_the_events_standard(standard, weight, code, source):
    measured = measure("body", {"height_cm": "175", "weight_kg": weight}, standard)
    assert codes(measured) == code
    if source:
        assert measured.flags[0].source == source and "BMI" in measured.flags[0].rule


def bp(*readings, heart=""):
    raw = {"heart_rate": heart}
    for n, (s, d) in enumerate(readings, 1):
        raw[f"systolic_{n}"], raw[f"diastolic_{n}"] = str(s), str(d)
    return measure("blood_pressure", raw)


@pytest.mark.parametrize("reading, code", [((139, 89), []), ((140, 80), ["bp_raised"]), ((120, 90), ["bp_raised"]),
                                           ((179, 109), ["bp_raised"]), ((180, 80), ["bp_urgent"]),
                                           ((120, 110), ["bp_urgent"])])
def test_blood_pressure_flags_at_the_who_hearts_thresholds(reading, code):
    measured = bp(reading)
    assert codes(measured) == code
    if code:
        assert measured.flags[0].source == SOURCE_WHO_HEARTS and measured.flags[0].referral == "doctor"


def test_the_mean_of_the_second_and_third_readings_is_used():
    measured = bp((160, 100), (138, 88), (140, 90))
    assert (measured.values["systolic"], measured.values["diastolic"]) == (139.0, 89.0)
    assert codes(measured) == []  # the nervous first reading does not raise a flag
    assert bp_used([(150, 95), (130, 85)]) == (130, 85)
    assert len(measured.values["readings"]) == 3


def test_blood_pressure_readings_must_come_in_pairs_and_in_order():
    with pytest.raises(ValueRefused) as half:
        measure("blood_pressure", {"systolic_1": "120", "diastolic_1": "80", "systolic_2": "118"})
    assert half.value.reason == "pair_incomplete"
    with pytest.raises(ValueRefused) as gap:
        measure("blood_pressure", {"systolic_1": "120", "diastolic_1": "80", "systolic_3": "118",
                                   "diastolic_3": "78"})
    assert gap.value.reason == "missing"
    with pytest.raises(ValueRefused) as low:
        bp((39, 30))
    assert (low.value.low, low.value.high, low.value.unit) == (40, 300, "mmHg")
    with pytest.raises(ValueRefused):
        bp((120, 201))
    with pytest.raises(ValueRefused) as pulse:
        bp((120, 80), heart="201")
    assert pulse.value.field == "heart_rate"
    assert bp((120, 80), heart="72").values["heart_rate"] == 72


@pytest.mark.parametrize("value, unit, fasting, code", [
    ("6.9", "mmol/L", "yes", []), ("7.0", "mmol/L", "yes", ["glucose_fasting_raised"]),
    ("126", "mg/dL", "yes", ["glucose_fasting_raised"]), ("125", "mg/dL", "yes", []),
    ("11.0", "mmol/L", "no", []), ("11.1", "mmol/L", "no", ["glucose_random_raised"]),
])
def test_glucose_flags_and_mg_per_dl_conversion(value, unit, fasting, code):
    measured = measure("glucose", {"glucose": value, "glucose_unit": unit, "fasting": fasting})
    assert codes(measured) == code
    assert all(f.source == SOURCE_WHO_STEPS for f in measured.flags)


def test_glucose_range_is_checked_after_conversion():
    assert measure("glucose", {"glucose": "90", "glucose_unit": "mg/dL", "fasting": "no"}).values["glucose_mmol"] == 5.0
    with pytest.raises(ValueRefused) as high:
        measure("glucose", {"glucose": "640", "glucose_unit": "mg/dL", "fasting": "no"})  # 35.6 mmol/L
    assert (high.value.low, high.value.high, high.value.unit) == (1, 35, "mmol/L")
    with pytest.raises(ValueRefused):
        measure("glucose", {"glucose": "0.9", "glucose_unit": "mmol/L", "fasting": "no"})
    with pytest.raises(ValueRefused) as unit:
        measure("glucose", {"glucose": "5", "glucose_unit": "g/L", "fasting": "no"})
    assert unit.value.reason == "bad_choice"


@pytest.mark.parametrize("left, right, flagged", [("6/6", "6/6", False), ("6/12", "6/60", False),
                                                  ("6/18", "20/50", True), ("20/40", "6/9", False)])
def test_vision_in_snellen_flags_the_better_eye_worse_than_6_12(left, right, flagged):
    measured = measure("vision", {"vision_left": left, "vision_right": right})
    assert (codes(measured) == ["vision_low"]) is flagged
    if flagged:
        assert measured.flags[0].referral == "eye_clinic"


@pytest.mark.parametrize("text", ["66", "6/", "/6", "7/6", "6/0", "6/700", "a/b", ""])
def test_text_that_is_not_snellen_is_refused(text):
    with pytest.raises(ValueRefused) as refused:
        measure("vision", {"vision_left": text, "vision_right": "6/6"})
    assert refused.value.reason in ("bad_snellen",)


@pytest.mark.parametrize("phq2, gad2, code", [("2", "2", []), ("3", "0", ["phq2_positive"]),
                                              ("0", "3", ["gad2_positive"]),
                                              ("6", "6", ["phq2_positive", "gad2_positive"])])
def test_phq2_and_gad2_of_three_refer_to_counselling(phq2, gad2, code):
    measured = measure("mood", {"phq2": phq2, "gad2": gad2})
    assert codes(measured) == code
    assert all(f.source == SOURCE_KROENKE and f.referral == "counselling" for f in measured.flags)


@pytest.mark.parametrize("phq2", ["7", "-1", "2.5"])
def test_mood_scores_are_whole_numbers_from_0_to_6(phq2):
    with pytest.raises(ValueRefused):
        measure("mood", {"phq2": phq2, "gad2": "0"})


def test_occupational_questions_take_yes_no_and_a_count():
    values = measure("occupational", {"heat_stress": "yes", "back_pain": "否", "injuries": "2"}).values
    assert values == {"heat_stress": True, "back_pain": False, "injuries": 2}
    with pytest.raises(ValueRefused):
        measure("occupational", {"heat_stress": "maybe", "back_pain": "no", "injuries": "0"})
