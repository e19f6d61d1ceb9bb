"""Screening value rules: plausible ranges, units, derived BMI, and flags with rule and source.

Pure functions on plain values, no database: each station's raw text goes in, canonical SI values
and flags come out, or ``ValueRefused`` says which field and which range. Thresholds:

* BMI — WHO (STEPS): ≥25 overweight, ≥30 obesity; China NHC 2024 weight guideline: ≥24, ≥28;
  both: <18.5 underweight.
* Blood pressure — WHO HEARTS: ≥140 systolic or ≥90 diastolic raised; ≥180 or ≥110 urgent. Of up
  to three readings the mean of the 2nd and 3rd is used (WHO STEPS); with two, the 2nd.
* Glucose — WHO STEPS: fasting ≥7.0 mmol/L raised; non-fasting ≥11.1 mmol/L raised.
* PHQ-2 / GAD-2 — Kroenke et al.: a score ≥3 is a positive screen → counselling.
* Vision — WHO ICD-11 categories: presenting acuity worse than 6/12 in the better eye → eye clinic.
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass
from enum import StrEnum


class Station(StrEnum):
    BODY = "body"
    BLOOD_PRESSURE = "blood_pressure"
    GLUCOSE = "glucose"
    VISION = "vision"
    MOOD = "mood"
    OCCUPATIONAL = "occupational"


class Destination(StrEnum):
    DOCTOR = "doctor"  # doctor on site
    COUNSELLING = "counselling"  # counselling / calm room
    EYE_CLINIC = "eye_clinic"


class BmiStandard(StrEnum):
    WHO = "who"
    CHINA = "china"


@dataclass(frozen=True)
class Range:
    low: float
    high: float
    unit: str


RANGES: dict[str, Range] = {
    "height_cm": Range(100, 270, "cm"),
    "weight_kg": Range(20, 350, "kg"),
    "systolic": Range(40, 300, "mmHg"),
    "diastolic": Range(30, 200, "mmHg"),
    "heart_rate": Range(30, 200, "bpm"),
    "glucose_mmol": Range(1, 35, "mmol/L"),
    "phq2": Range(0, 6, ""),
    "gad2": Range(0, 6, ""),
    "injuries": Range(0, 50, ""),
}

# The fields each station's form asks for, in tab order.
STATION_FIELDS: dict[Station, tuple[str, ...]] = {
    Station.BODY: ("height_cm", "weight_kg"),
    Station.BLOOD_PRESSURE: ("systolic_1", "diastolic_1", "systolic_2", "diastolic_2",
                             "systolic_3", "diastolic_3", "heart_rate"),
    Station.GLUCOSE: ("glucose", "glucose_unit", "fasting"),
    Station.VISION: ("vision_left", "vision_right"),
    Station.MOOD: ("phq2", "gad2"),
    Station.OCCUPATIONAL: ("heat_stress", "back_pain", "injuries"),
}
OPTIONAL = {"systolic_2", "diastolic_2", "systolic_3", "diastolic_3", "heart_rate"}
OCCUPATIONAL_JOBS = {"rider", "courier", "warehouse"}  # jobs that are asked the occupational questions

MG_PER_DL_PER_MMOL = 18.0  # the clinical convention: 126 mg/dL is the 7.0 mmol/L threshold
SOURCE_WHO_STEPS = "WHO STEPS"
SOURCE_WHO_HEARTS = "WHO HEARTS"
SOURCE_CHINA_WEIGHT = "China NHC 2024 weight guideline"
SOURCE_KROENKE = "Kroenke PHQ-2/GAD-2"
SOURCE_WHO_VISION = "WHO ICD-11 vision impairment"


class ValueRefused(ValueError):
    """reason: missing, not_a_number, out_of_range, bad_snellen, bad_choice, pair_incomplete."""

    def __init__(self, field: str, reason: str, text: str = "", low: float = 0, high: float = 0, unit: str = ""):
        self.field, self.reason, self.text = field, reason, text
        self.low, self.high, self.unit = low, high, unit
        super().__init__(f"{field}: {reason} ({text!r}; {low}–{high} {unit})")


# Flags that send the person to a doctor now, before anything else: shown red, acknowledged by the
# operator, and their referral sorts first in the queue.
URGENT_FLAGS = frozenset({"bp_urgent"})
URGENT, ROUTINE = "urgent", "routine"


def flag_priority(code: str) -> str:
    return URGENT if code in URGENT_FLAGS else ROUTINE


@dataclass(frozen=True)
class Flag:
    code: str  # e.g. "bp_urgent"
    rule: str  # the threshold in words, e.g. "systolic ≥180 or diastolic ≥110 mmHg"
    source: str
    referral: str = ""  # a Destination value, or empty

    def as_dict(self) -> dict[str, str]:
        return {k: str(v) for k, v in asdict(self).items()}

    @property
    def urgent(self) -> bool:
        return self.code in URGENT_FLAGS


@dataclass(frozen=True)
class Measured:
    values: dict  # canonical units
    flags: tuple[Flag, ...]


def parse_number(field: str, text: str, required: bool = True) -> float | None:
    text = (text or "").strip().replace(",", ".")
    if not text:
        if required:
            raise ValueRefused(field, "missing")
        return None
    try:
        value = float(text)
    except ValueError:
        raise ValueRefused(field, "not_a_number", text) from None
    if not math.isfinite(value):
        raise ValueRefused(field, "not_a_number", text)
    return value


def in_range(field: str, value: float, range_key: str | None = None, text: str = "") -> float:
    span = RANGES[range_key or field]
    if not span.low <= value <= span.high:
        raise ValueRefused(field, "out_of_range", text or f"{value:g}", span.low, span.high, span.unit)
    return value


def read(field: str, raw: dict[str, str], range_key: str | None = None, required: bool = True) -> float | None:
    value = parse_number(field, raw.get(field, ""), required)
    return None if value is None else in_range(field, value, range_key, raw.get(field, "").strip())


def bmi(height_cm: float, weight_kg: float) -> float:
    return round(weight_kg / (height_cm / 100) ** 2, 1)


def bmi_flags(value: float, standard: str) -> list[Flag]:
    if value < 18.5:
        return [Flag("bmi_underweight", "BMI <18.5", SOURCE_WHO_STEPS)]
    if standard == BmiStandard.CHINA:
        over, obese, source = 24, 28, SOURCE_CHINA_WEIGHT
    else:
        over, obese, source = 25, 30, SOURCE_WHO_STEPS
    if value >= obese:
        return [Flag("bmi_obese", f"BMI ≥{obese}", source)]
    if value >= over:
        return [Flag("bmi_overweight", f"BMI ≥{over}", source)]
    return []


def bp_used(readings: list[tuple[float, float]]) -> tuple[float, float]:
    """Mean of the 2nd and 3rd readings (the 1st is often high); with two, the 2nd; with one, it."""
    if len(readings) >= 3:
        use = readings[1:3]
        return (round((use[0][0] + use[1][0]) / 2, 1), round((use[0][1] + use[1][1]) / 2, 1))
    return readings[-1]


def bp_flags(systolic: float, diastolic: float) -> list[Flag]:
    if systolic >= 180 or diastolic >= 110:
        return [Flag("bp_urgent", "systolic ≥180 or diastolic ≥110 mmHg", SOURCE_WHO_HEARTS, Destination.DOCTOR)]
    if systolic >= 140 or diastolic >= 90:
        return [Flag("bp_raised", "systolic ≥140 or diastolic ≥90 mmHg", SOURCE_WHO_HEARTS, Destination.DOCTOR)]
    return []


def glucose_mmol(field: str, text: str, unit: str) -> float:
    """mg/dL entry is converted; the range is checked on the mmol/L value."""
    value = parse_number(field, text)
    if unit == "mg/dL":
        value = round(value / MG_PER_DL_PER_MMOL, 2)
    elif unit not in ("", "mmol/L"):
        raise ValueRefused("glucose_unit", "bad_choice", unit)
    return in_range(field, value, "glucose_mmol", text.strip() + (" mg/dL" if unit == "mg/dL" else ""))


def glucose_flags(value: float, fasting: bool) -> list[Flag]:
    if fasting and value >= 7.0:
        return [Flag("glucose_fasting_raised", "fasting glucose ≥7.0 mmol/L", SOURCE_WHO_STEPS, Destination.DOCTOR)]
    if not fasting and value >= 11.1:
        return [Flag("glucose_random_raised", "non-fasting glucose ≥11.1 mmol/L", SOURCE_WHO_STEPS,
                     Destination.DOCTOR)]
    return []


def parse_snellen(field: str, text: str) -> tuple[int, int]:
    """'6/6', '20/40', '6/60': distance (6 m or 20 ft, or 3 m charts) over the line read."""
    parts = (text or "").strip().replace(" ", "").split("/")
    if len(parts) != 2 or not all(p.isdigit() for p in parts):
        raise ValueRefused(field, "bad_snellen", text or "")
    top, bottom = int(parts[0]), int(parts[1])
    if top not in (3, 6, 20) or not 1 <= bottom <= 600:
        raise ValueRefused(field, "bad_snellen", text)
    return top, bottom


def acuity(top: int, bottom: int) -> float:
    return round(top / bottom, 3)


def vision_flags(left: float, right: float) -> list[Flag]:
    if max(left, right) < 0.5:
        return [Flag("vision_low", "better eye worse than 6/12", SOURCE_WHO_VISION, Destination.EYE_CLINIC)]
    return []


def mood_flags(phq2: float, gad2: float) -> list[Flag]:
    flags = []
    if phq2 >= 3:
        flags.append(Flag("phq2_positive", "PHQ-2 ≥3", SOURCE_KROENKE, Destination.COUNSELLING))
    if gad2 >= 3:
        flags.append(Flag("gad2_positive", "GAD-2 ≥3", SOURCE_KROENKE, Destination.COUNSELLING))
    return flags


def yes_no(field: str, text: str) -> bool:
    word = (text or "").strip().lower()
    if word in ("y", "yes", "1", "true", "是"):
        return True
    if word in ("n", "no", "0", "false", "否"):
        return False
    raise ValueRefused(field, "bad_choice", text or "")


def _whole(field: str, raw: dict[str, str]) -> int:
    value = read(field, raw)
    if value != int(value):
        raise ValueRefused(field, "not_a_number", raw.get(field, ""))
    return int(value)


def _blood_pressure(raw: dict[str, str]) -> Measured:
    readings = []
    for n in (1, 2, 3):
        s = read(f"systolic_{n}", raw, "systolic", required=n == 1)
        d = read(f"diastolic_{n}", raw, "diastolic", required=n == 1)
        if (s is None) != (d is None):
            raise ValueRefused(f"diastolic_{n}" if d is None else f"systolic_{n}", "pair_incomplete")
        if s is not None:
            if len(readings) != n - 1:  # a 3rd reading without a 2nd
                raise ValueRefused(f"systolic_{n - 1}", "missing")
            readings.append((s, d))
    systolic, diastolic = bp_used(readings)
    values = {"systolic": systolic, "diastolic": diastolic, "readings": [list(r) for r in readings]}
    heart = read("heart_rate", raw, required=False)
    if heart is not None:
        values["heart_rate"] = heart
    return Measured(values, tuple(bp_flags(systolic, diastolic)))


def measure(station: str, raw: dict[str, str], bmi_standard: str = BmiStandard.WHO) -> Measured:
    """Raw form text → canonical values and flags; raises ValueRefused on the first bad field."""
    station = Station(station)
    if station is Station.BODY:
        height, weight = read("height_cm", raw), read("weight_kg", raw)
        value = bmi(height, weight)
        return Measured({"height_cm": height, "weight_kg": weight, "bmi": value,
                         "bmi_standard": str(bmi_standard)}, tuple(bmi_flags(value, bmi_standard)))
    if station is Station.BLOOD_PRESSURE:
        return _blood_pressure(raw)
    if station is Station.GLUCOSE:
        fasting = yes_no("fasting", raw.get("fasting", ""))
        value = glucose_mmol("glucose", raw.get("glucose", ""), raw.get("glucose_unit", "mmol/L"))
        return Measured({"glucose_mmol": value, "fasting": fasting}, tuple(glucose_flags(value, fasting)))
    if station is Station.VISION:
        left = parse_snellen("vision_left", raw.get("vision_left", ""))
        right = parse_snellen("vision_right", raw.get("vision_right", ""))
        values = {"vision_left": f"{left[0]}/{left[1]}", "vision_right": f"{right[0]}/{right[1]}",
                  "acuity_left": acuity(*left), "acuity_right": acuity(*right)}
        return Measured(values, tuple(vision_flags(values["acuity_left"], values["acuity_right"])))
    if station is Station.MOOD:
        phq2, gad2 = _whole("phq2", raw), _whole("gad2", raw)
        return Measured({"phq2": phq2, "gad2": gad2}, tuple(mood_flags(phq2, gad2)))
    values = {"heat_stress": yes_no("heat_stress", raw.get("heat_stress", "")),
              "back_pain": yes_no("back_pain", raw.get("back_pain", "")),
              "injuries": _whole("injuries", raw)}
    return Measured(values, ())
