"""What counts on the small day of day_event.py (counted by hand): an annulled check-in counts
nowhere, an erased person's check-ins and screenings count anonymously, and the day report's SQL
count gives the dashboard's figures."""

from __future__ import annotations

import csv

import pytest

from carekit.domain.enums import ConsentKind, Role
from carekit.services import consent, screening
from carekit.services.checkin import checked_in_count
from carekit.services.corrections import annul_check_in
from carekit.services.dashboard import dashboard
from carekit.services.day_counts import DayTally
from carekit.services.day_report import build_report
from carekit.services.lists import build_list, export_list
from carekit.services.person_data import erase_person
from tests.unit.day_event import DAY, build_day
from tests.unit.sync_lab import close_all


@pytest.fixture
def day(tmp_path):
    event = build_day(tmp_path / "day")
    event.merge_b_into_a()
    yield event
    close_all([event.a, event.b])


def panel(board, key):
    return next(p for p in board.panels if p.key == key)


def sql_count(ws, date: str = DAY) -> DayTally:
    counts = DayTally(ws.db, date)
    counts.update()
    return counts


def entrance_scan(ws, registration_id: str, at: str) -> str:
    with ws.db.session() as session:
        return session.connection().exec_driver_sql(
            "SELECT id FROM checkin WHERE registration_id = ? AND at = ?", (registration_id, at)).scalar()


def annul_two_mistakes(day) -> None:
    """王芳's only scan, and 张伟's first (his 09:40 scan stays: he arrived then)."""
    for name, at in (("王芳", "09:10"), ("张伟", "09:02")):
        annul_check_in(day.a.ws, entrance_scan(day.a.ws, day.regs[name], f"{DAY}T{at}:00+08:00"), "scanned by mistake")


def test_an_annulled_check_in_counts_nowhere(day, tmp_path):
    ws = day.a.ws
    dashboard(ws, DAY)  # counted once before: the annulments are read as they come
    assert checked_in_count(ws) == 8  # every day's arrivals at this laptop, 周杰's of the 4th too
    annul_two_mistakes(day)
    assert checked_in_count(ws) == 7
    expected_series = {"广州": [1, 1, 0, 1], "深圳": [0, 1, 2, 0]}  # 张伟 now 09:40, 李娜 09:20, 赵磊 09:31
    for board in (dashboard(ws, DAY), dashboard(ws, DAY, counts=sql_count(ws))):
        arrivals = panel(board, "arrivals")
        assert dict(arrivals.headline)["Checked in"] == "5 (56%)"
        assert arrivals.charts[0].series == expected_series
        assert panel(board, "desks").tables[0].rows == [["desk 1", "深圳", 3, 3], ["desk 2", "广州", 3, 3]]
    report, _ = build_report(ws, DAY)
    assert panel(report, "arrivals").headline[1][1] == "5 (56%)"
    export_list(ws, "checkins", tmp_path / "checkins.csv")
    with open(tmp_path / "checkins.csv", encoding="utf-8-sig") as f:
        scans = [row for row in csv.DictReader(f) if row["at"].startswith(DAY) and row["point"] == "entrance"]
    assert len(scans) == 6 and "王芳" not in {row["name"] for row in scans}
    no_shows = [row[1] for row in build_list(ws, "no-shows").rows]
    assert "王芳" in no_shows and "张伟" not in no_shows


def test_an_erased_persons_arrival_and_screening_stay_counted_but_she_is_named_nowhere(day, tmp_path):
    ws = day.a.ws
    medic = day.role("Dr Chen", Role.MEDIC)
    consent.record_consent(medic, day.people["李娜"], ConsentKind.HEALTH, "2026-v1", "zh_CN")
    saved = screening.record_screening(medic, day.people["李娜"], "body", {"height_cm": "160", "weight_kg": "50"})
    today = saved.record.at[:10]
    dashboard(ws, DAY)
    erase_person(ws, day.people["李娜"], "asked at the desk")
    for counts in (None, sql_count(ws)):
        arrivals = panel(dashboard(ws, DAY, counts=counts), "arrivals")
        assert dict(arrivals.headline)["Checked in"] == "6 (67%)"
        assert dict(arrivals.headline)["Registered"] == "9"
    assert dict(panel(dashboard(medic, today), "screening").headline)["People screened"] == "1"
    for kind in ("people", "checkins", "no-shows", "walk-ins"):
        export_list(ws, kind, tmp_path / f"{kind}.csv")
        assert "李娜" not in (tmp_path / f"{kind}.csv").read_text(encoding="utf-8-sig"), kind
    assert len(build_list(ws, "people").rows) == 8


def test_the_reports_sql_count_gives_the_dashboards_figures(day):
    ws = day.a.ws
    annul_two_mistakes(day)
    erase_person(ws, day.people["黄勇"], "asked at the desk")
    for date in (DAY, "2026-12-04"):
        live = dashboard(ws, date)
        assert repr(dashboard(ws, date, counts=sql_count(ws, date)).panels) == repr(live.panels)
