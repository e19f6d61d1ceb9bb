"""No health count under 5 reaches anyone but a medic on screen: the dashboard of a coordinator
without the medic role, aggregate exports and the day report all hide them by one rule."""

from __future__ import annotations

import csv

import pytest

from carekit.domain.enums import ConsentKind, Role
from carekit.domain.small_counts import hide_bars, hide_figure, hides_small_counts
from carekit.services import consent, screening
from carekit.services.dashboard import dashboard
from carekit.services.day_report import build_report
from carekit.services.health_export import export_health
from tests.unit.day_event import build_day
from tests.unit.sync_lab import close_all


@pytest.fixture
def day(tmp_path):
    event = build_day(tmp_path / "day")
    event.merge_b_into_a()
    yield event
    close_all([event.a, event.b])


def panel(board, key):
    return next(p for p in board.panels if p.key == key)


def screen_six(day):
    """Six people weighed (shown: 6), one of them with an urgent blood pressure (hidden: 1)."""
    medic = day.role("Dr Chen", Role.MEDIC)
    for name in ("张伟", "王芳", "李娜", "刘洋", "赵磊", "黄勇"):
        consent.record_consent(medic, day.people[name], ConsentKind.HEALTH, "2026-v1", "zh_CN")
        saved = screening.record_screening(medic, day.people[name], "body", {"height_cm": "170", "weight_kg": "95"})
    screening.record_screening(medic, day.people["张伟"], "blood_pressure", {"systolic_1": "185", "diastolic_1": "100"})
    return medic, saved.record.at[:10]


def test_the_rule_only_a_medic_on_screen_sees_small_counts():
    assert not hides_small_counts({Role.MEDIC})
    assert hides_small_counts({Role.MEDIC}, leaves_laptop=True)
    assert hides_small_counts({Role.COORDINATOR}) and hides_small_counts(set())
    assert [hide_figure(v) for v in (0, 3, "4", "5", "2 (10%)")] == [0, "<5", "<5", "5", "2 (10%)"]
    assert hide_bars([0, 1, 4, 5, 9]) == [0, 0, 0, 5, 9]


def test_a_coordinator_without_the_medic_role_sees_small_health_counts_hidden(day):
    medic, today = screen_six(day)
    coordinator = day.role("Wu", Role.COORDINATOR)
    seen = dashboard(coordinator, today)
    view = panel(seen, "screening")
    assert dict(view.headline)["People screened"] == "6"
    # one person at blood pressure is hidden, and the next smallest cell with it (6 - 5 would give it back)
    assert {(r[0], r[2]) for r in view.tables[0].rows} == {("Blood pressure", "<5"), ("Height and weight", "<5")}
    assert sorted(map(tuple, view.tables[1].rows)) == [("Obesity", "<5"), ("Urgent blood pressure", "<5")]
    assert all(v == 0 or v >= 5 for series in view.charts[0].series.values() for v in series)
    referrals = panel(seen, "referrals")
    assert dict(referrals.headline)["Urgent"] == "<5"
    assert [row[2] for row in referrals.tables[0].rows] == ["<5"]
    # the medic on this laptop's screen sees the same panels in full
    full = panel(dashboard(medic, today), "screening")
    assert sorted(map(tuple, full.tables[1].rows)) == [("Obesity", 6), ("Urgent blood pressure", 1)]
    assert dict(panel(dashboard(medic, today), "referrals").headline)["Urgent"] == "1"


def test_an_aggregate_export_hides_small_counts_whoever_makes_it(day, tmp_path):
    medic, _ = screen_six(day)
    for who, name in ((day.role("Wu", Role.COORDINATOR), "coordinator.csv"), (medic, "medic.csv")):
        done = export_health(who, tmp_path / name, aggregate=True)
        assert done.aggregate
        with (tmp_path / name).open(encoding="utf-8-sig", newline="") as handle:
            rows = list(csv.DictReader(handle))
        people = {r["station"]: r["people_screened"] for r in rows if r["people_screened"]}
        assert people == {"body": "6", "blood_pressure": "<5"}
        flags = {r["flag"]: r["count"] for r in rows if r["flag"]}
        assert flags["bp_urgent"] == "<5" and "1" not in flags.values()


def test_the_day_report_hides_them_for_a_coordinator_who_is_also_a_medic(day):
    _, today = screen_six(day)
    report, _ = build_report(day.a.ws, today)  # day.a.ws holds every role
    flags = dict(map(tuple, panel(report, "screening").tables[1].rows))
    assert set(flags.values()) == {"<5"}
