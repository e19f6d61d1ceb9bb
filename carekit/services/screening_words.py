"""Words for stations, flags, destinations and statuses: source texts (context "Screening"),
translated where they are shown, by the screens and by the dashboard's services alike."""

from __future__ import annotations

from carekit.i18n import QT_TRANSLATE_NOOP

STATIONS = {
    "body": QT_TRANSLATE_NOOP("Screening", "Height and weight"),
    "blood_pressure": QT_TRANSLATE_NOOP("Screening", "Blood pressure"),
    "glucose": QT_TRANSLATE_NOOP("Screening", "Glucose"),
    "vision": QT_TRANSLATE_NOOP("Screening", "Vision"),
    "mood": QT_TRANSLATE_NOOP("Screening", "Mood (PHQ-2, GAD-2)"),
    "occupational": QT_TRANSLATE_NOOP("Screening", "Work questions"),
}
DESTINATIONS = {
    "doctor": QT_TRANSLATE_NOOP("Screening", "Doctor on site"),
    "counselling": QT_TRANSLATE_NOOP("Screening", "Counselling / calm room"),
    "eye_clinic": QT_TRANSLATE_NOOP("Screening", "Eye clinic"),
}
FLAGS = {
    "bmi_underweight": QT_TRANSLATE_NOOP("Screening", "Underweight"),
    "bmi_overweight": QT_TRANSLATE_NOOP("Screening", "Overweight"),
    "bmi_obese": QT_TRANSLATE_NOOP("Screening", "Obesity"),
    "bp_raised": QT_TRANSLATE_NOOP("Screening", "Raised blood pressure"),
    "bp_urgent": QT_TRANSLATE_NOOP("Screening", "Urgent blood pressure"),
    "glucose_fasting_raised": QT_TRANSLATE_NOOP("Screening", "Raised fasting glucose"),
    "glucose_random_raised": QT_TRANSLATE_NOOP("Screening", "Raised non-fasting glucose"),
    "vision_low": QT_TRANSLATE_NOOP("Screening", "Low vision"),
    "phq2_positive": QT_TRANSLATE_NOOP("Screening", "PHQ-2 positive"),
    "gad2_positive": QT_TRANSLATE_NOOP("Screening", "GAD-2 positive"),
}
STATUSES = {
    "open": QT_TRANSLATE_NOOP("Screening", "open"),
    "seen": QT_TRANSLATE_NOOP("Screening", "seen"),
    "closed": QT_TRANSLATE_NOOP("Screening", "closed"),
}
