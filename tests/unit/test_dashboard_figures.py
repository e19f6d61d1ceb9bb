"""The dashboard's figures on a small day counted by hand (see day_event.py)."""

from __future__ import annotations

import pytest

from carekit.domain.enums import ConsentKind, Role
from carekit.services import consent, screening
from carekit.services.dashboard import PanelProvider, PanelView, dashboard, register
from carekit.services import dashboard as dashboard_service
from carekit.services.people import PersonInput
from tests.unit.day_event import DAY, _register, build_day, scan
from tests.unit.sync_lab import close_all


@pytest.fixture
def day(tmp_path):
    event = build_day(tmp_path / "day")
    yield event
    close_all([event.a, event.b])


def panel(board, key) -> PanelView:
    return next(p for p in board.panels if p.key == key)


def table(view: PanelView, index: int = 0) -> list[list]:
    return view.tables[index].rows


def test_before_the_bundles_meet_each_laptop_counts_its_own_desk(day):
    arrivals = panel(dashboard(day.a.ws, DAY), "arrivals")
    assert dict(arrivals.headline)["Checked in"] == "4 (67%)"  # 张伟 王芳 李娜 赵磊 of the six 深圳 people
    assert panel(dashboard(day.a.ws, DAY), "desks").tables[0].rows == [["desk 1", "深圳", 5, 4]]


def test_after_merging_desk_2_the_coordinator_sees_both_sites_by_category(day):
    day.merge_b_into_a()
    board = dashboard(day.a.ws, DAY)
    arrivals = panel(board, "arrivals")
    head = dict(arrivals.headline)
    assert head["Registered"] == "9"
    assert head["Checked in"] == "6 (67%)"  # 周杰 came the day before; 陈静 only at a station
    assert head["Not yet arrived"] == "3"
    assert head["Walk-ins"] == "1 / 1"
    assert head["Badges whose record is not here yet"] == "1"
    assert table(arrivals) == [
        ["广州", "Guest", 1, 0, "0%"],
        ["广州", "Worker", 2, 1, "50%"],
        ["深圳", "Family member", 1, 0, "0%"],
        ["深圳", "Worker", 5, 5, "100%"],  # 刘洋 registered in 深圳, checked in at desk 2 in 广州
        ["record not here yet", "—", 0, 1, "—"],
    ]
    chart = arrivals.charts[0]
    assert chart.x == ["09:00", "09:15", "09:30", "09:45"]
    assert chart.series == {"广州": [1, 1, 0, 1], "深圳": [2, 1, 1, 0]}
    assert table(panel(board, "desks")) == [["desk 1", "深圳", 5, 4], ["desk 2", "广州", 3, 3]]
    fresh = {f.laptop: f for f in arrivals.freshness}
    assert set(fresh) == {"desk 1", "desk 2"} and fresh["desk 1"].is_me and fresh["desk 2"].imported


def test_the_day_before_has_its_own_figures(day):
    day.merge_b_into_a()
    arrivals = panel(dashboard(day.a.ws, "2026-12-04"), "arrivals")
    assert dict(arrivals.headline)["Checked in"] == "1 (11%)"
    assert arrivals.charts[0].series == {"广州": [1]}


def test_one_site_only(day):
    day.merge_b_into_a()
    arrivals = panel(dashboard(day.a.ws, DAY, site_id=day.guangzhou), "arrivals")
    assert dict(arrivals.headline)["Registered"] == "3"
    assert list(arrivals.charts[0].series) == ["广州"]


def test_an_earlier_scan_from_a_bundle_moves_the_arrival_to_that_desk(day):
    dashboard(day.a.ws, DAY)  # counted once already
    scan(day.b, day.regs["张伟"], f"{DAY}T08:58:00+08:00")
    day.merge_b_into_a()
    board = dashboard(day.a.ws, DAY)
    assert panel(board, "arrivals").charts[0].series == {"广州": [1, 1, 1, 0, 1], "深圳": [0, 1, 1, 1, 0]}
    assert dict(panel(board, "arrivals").headline)["Checked in"] == "6 (67%)"
    assert table(panel(board, "desks")) == [["desk 1", "深圳", 5, 3], ["desk 2", "广州", 4, 4]]


def test_a_cancelled_registration_leaves_the_counts(day):
    day.merge_b_into_a()
    dashboard(day.a.ws, DAY)
    from carekit.domain.tables import Registration
    with day.a.ws.writing() as journal:
        journal.delete(Registration, day.regs["王芳"])
    head = dict(panel(dashboard(day.a.ws, DAY), "arrivals").headline)
    assert head["Registered"] == "8" and head["Checked in"] == "5 (62%)"


def test_a_registration_arriving_after_its_badge_was_scanned_moves_out_of_pending(tmp_path):
    from tests.unit.day_event import _register
    from tests.unit.sync_lab import make_event
    a, b = make_event(tmp_path / "late", 2)
    made = _register(b, "", [__import__("carekit.services.people", fromlist=["PersonInput"]).PersonInput("孙悦")],
                     "walk-in")
    (_, rid), = made.values()
    scan(a, rid, f"{DAY}T11:00:00+08:00")
    assert dict(panel(dashboard(a.ws, DAY), "arrivals").headline)["Badges whose record is not here yet"] == "1"
    a.take(b.export(tmp_path / "late"))
    head = dict(panel(dashboard(a.ws, DAY), "arrivals").headline)
    assert head["Checked in"] == "1 (100%)" and head["Walk-ins"] == "1 / 1"
    assert "Badges whose record is not here yet" not in head
    close_all([a, b])


def _screen(day):
    medic = day.role("Dr Chen", Role.MEDIC)
    for name in ("张伟", "王芳"):
        consent.record_consent(medic, day.people[name], ConsentKind.HEALTH, "2026-v1", "zh_CN")
    screening.record_screening(medic, day.people["张伟"], "body", {"height_cm": "170", "weight_kg": "95"})
    screening.record_screening(medic, day.people["张伟"], "blood_pressure", {"systolic_1": "185", "diastolic_1": "100"})
    screening.record_screening(medic, day.people["王芳"], "body", {"height_cm": "170", "weight_kg": "65"})
    saved = screening.record_screening(medic, day.people["王芳"], "mood", {"phq2": "4", "gad2": "1"})
    return medic, saved.record.at[:10]


def test_screening_counts_people_per_station_and_flags_without_naming_anyone(day):
    medic, today = _screen(day)
    board = dashboard(day.a.ws, today)
    view = panel(board, "screening")
    assert dict(view.headline)["People screened"] == "2"
    assert sorted((r[0], r[2]) for r in table(view, 0)) == [("Blood pressure", 1), ("Height and weight", 2),
                                                            ("Mood (PHQ-2, GAD-2)", 1)]
    assert sorted(map(tuple, table(view, 1))) == [("Obesity", 1), ("PHQ-2 positive", 1), ("Urgent blood pressure", 1)]
    assert all(view.tables[i].health_counts for i in (0, 1))
    referrals = panel(board, "referrals")
    assert table(referrals) == [["urgent", "Doctor on site", 1], ["routine", "Counselling / calm room", 1]]
    text = repr(board)
    assert "张伟" not in text and "王芳" not in text


def test_a_withdrawn_consent_takes_the_person_out_of_the_counts(day):
    medic, today = _screen(day)
    dashboard(day.a.ws, today)
    consent.withdraw_consent(medic, day.people["王芳"], ConsentKind.HEALTH)
    board = dashboard(day.a.ws, today)
    assert dict(panel(board, "screening").headline)["People screened"] == "1"
    assert table(panel(board, "referrals")) == [["urgent", "Doctor on site", 1]]


def test_sealed_flags_are_not_counted_and_the_panel_says_so(day):
    medic, today = _screen(day)
    with day.a.db.session() as session:  # what a laptop without the health key holds
        session.connection().exec_driver_sql("UPDATE screeningrecord SET flags = 'CKS1:opaque' WHERE station = 'mood'")
        session.commit()
    view = panel(dashboard(day.a.ws, today), "screening")
    assert sorted(map(tuple, table(view, 1))) == [("Obesity", 1), ("Urgent blood pressure", 1)]
    assert "sealed" in view.note


def test_each_role_sees_the_panels_it_may(day):
    day.merge_b_into_a()
    keys = {role: [p.key for p in dashboard(day.role(f"op {role.value}", role), DAY).panels] for role in Role}
    assert keys[Role.DESK] == ["arrivals", "desks", "laptops"]
    assert keys[Role.TRAINER] == ["arrivals", "desks", "laptops"]
    assert keys[Role.MEDIC] == ["arrivals", "desks", "screening", "referrals", "laptops"]
    assert keys[Role.COORDINATOR] == ["arrivals", "desks", "screening", "referrals", "laptops"]


def test_a_module_adds_its_panel_for_the_roles_it_names(day, monkeypatch):
    monkeypatch.setattr(dashboard_service, "_providers", dict(dashboard_service._providers))
    register(PanelProvider("visits", "Family visits", frozenset({Role.COORDINATOR}),
                           lambda scope, words: PanelView("visits", words("Dashboard", "Family visits"),
                                                          headline=[("Expected", "3")]), order=60))
    coordinator = [p.key for p in dashboard(day.a.ws, DAY).panels]
    desk = [p.key for p in dashboard(day.role("Desk Li", Role.DESK), DAY).panels]
    assert coordinator.index("visits") == coordinator.index("referrals") + 1
    assert "visits" not in desk


def test_the_laptops_panel_says_when_each_bundle_came(day):
    day.merge_b_into_a()
    rows = table(panel(dashboard(day.a.ws, DAY), "laptops"))
    assert [r[0] for r in rows] == ["desk 1", "desk 2"]
    assert rows[0][2] == "this laptop" and rows[1][2] != "—"


def test_a_laptop_opening_the_day_late_counts_the_same_as_one_that_watched_it_all(day):
    """The first count reads whole tables; later ones read what arrived: both give the same figures."""
    from carekit.services import day_figures
    day.merge_b_into_a()
    watched = dashboard(day.a.ws, DAY)
    day_figures._tallies.clear()
    assert repr(dashboard(day.a.ws, DAY).panels) == repr(watched.panels)
    scan(day.a, day.regs["陈静"], f"{DAY}T09:47:00+08:00")
    after = panel(dashboard(day.a.ws, DAY), "arrivals")
    assert after.charts[0].series["深圳"] == [2, 1, 1, 1]


def test_after_two_people_are_merged_the_dashboard_counts_as_a_fresh_laptop_would(day):
    from carekit.services import day_figures
    from carekit.services.merges import merge_people
    day.merge_b_into_a()
    dashboard(day.a.ws, DAY)
    merge_people(day.a.ws, day.people["张伟"], day.people["王芳"])  # moves 王芳's badge in place
    after = dashboard(day.a.ws, DAY)
    day_figures._tallies.clear()
    assert repr(dashboard(day.a.ws, DAY).panels) == repr(after.panels)


def _counted_cells(tally) -> dict:
    """What the tally counts, cell by cell (a patched count may keep a cell at 0 a whole count never makes)."""
    cells = {}
    for name in ("registered", "walk_ins", "checked", "walk_ins_in", "arrivals", "scans"):
        cells[name] = {key: n for key, n in getattr(tally, name).items() if n}
    cells["first"] = dict(tally.first)
    cells["keys"] = {rid: key for rid, key in tally.keys.items() if rid in tally.regs or key is not None}
    return cells


def _as_a_fresh_laptop_counts(ws, date):
    """The board and cells of a whole count made now, leaving the watching tally in place."""
    from carekit.services import day_figures
    kept = dict(day_figures._tallies)
    day_figures._tallies.clear()
    try:
        board = dashboard(ws, date)
        return repr(board.panels), _counted_cells(day_figures.tally(ws.db))
    finally:
        day_figures._tallies.clear()
        day_figures._tallies.update(kept)


def survivor(laptop, person_id: str) -> str:
    from carekit.services.merges import survivor_of
    with laptop.db.session() as session:
        return survivor_of(session, person_id)


def test_merges_erasures_and_annulments_patch_the_tally_to_what_a_whole_count_gives(day, monkeypatch):
    """A merge re-reads only the people it re-pointed and the registrations it moved; after each change
    the figures are cell for cell a fresh laptop's, and the watching tally never counted everything again."""
    from carekit.services import day_figures
    from carekit.services.corrections import annul_check_in
    from carekit.services.merges import merge_people, unmerge
    from carekit.services.person_data import erase_person
    day.merge_b_into_a()
    dashboard(day.a.ws, DAY)
    watching = day_figures.tally(day.a.db)
    whole_counts = []
    real = day_figures.Tally._read_everything
    monkeypatch.setattr(day_figures.Tally, "_read_everything",
                        lambda self, con: (whole_counts.append(self), real(self, con))[1])
    people, folder = day.people, day.folder

    def same_as_fresh(step: str) -> None:
        patched = dashboard(day.a.ws, DAY)
        panels, cells = _as_a_fresh_laptop_counts(day.a.ws, DAY)
        assert repr(patched.panels) == panels, step
        assert _counted_cells(watching) == cells, step
        assert watching not in whole_counts, step

    first = merge_people(day.a.ws, people["张伟"], people["王芳"])  # 王芳's badge moves to 张伟
    same_as_fresh("a merge here")
    with day.a.db.session() as session:
        scans = session.connection().exec_driver_sql(
            "SELECT id FROM checkin WHERE registration_id = ? AND point = 'entrance' ORDER BY at",
            (day.regs["张伟"],)).scalars().all()
    annul_check_in(day.a.ws, scans[0], "scanned by mistake")  # 张伟's 09:40 scan becomes the arrival
    same_as_fresh("an annulment of the survivor's first scan")
    erase_person(day.a.ws, people["李娜"], "asked at the desk")
    same_as_fresh("an erasure")
    day.b.take(day.a.export(folder))
    merge_people(day.b.ws, people["黄勇"], people["赵磊"])  # a walk-in of 深圳 merged into a 广州 worker there
    merge_people(day.b.ws, people["刘洋"], people["张伟"])  # a chain: 王芳 now points at 刘洋
    day.merge_b_into_a()
    same_as_fresh("merges from a bundle, one of them a chain")
    merge_people(day.a.ws, people["周杰"], people["Ana Souza"])  # here Ana into 周杰 ...
    merge_people(day.b.ws, people["Ana Souza"], people["周杰"])  # ... there 周杰 into Ana: crossed
    day.merge_b_into_a()
    same_as_fresh("a crossed merge")
    unmerge(day.a.ws, first)
    same_as_fresh("an unmerge")
    made = _register(day.a, day.shenzhen, [PersonInput(name) for name in ("甲", "乙", "丙", "丁")], "roster.xlsx")
    jia, yi, bing, ding = (made[name][0] for name in ("甲", "乙", "丙", "丁"))
    day.b.take(day.a.export(folder))
    merge_people(day.a.ws, yi, jia)  # here 甲 and 丙 into 乙 ...
    merge_people(day.a.ws, yi, bing)
    same_as_fresh("two merges into one person")
    merge_people(day.b.ws, ding, jia)  # ... there, later, 甲 into 丁: 丁 survives, and 乙, named by no new fact, goes
    day.merge_b_into_a()
    assert survivor(day.a, yi) == ding
    same_as_fresh("a merge that moves a group's survivor to someone it does not name")
    assert len(whole_counts) == 8  # each comparison was with a whole count of its own


def test_a_locked_laptop_still_counts_open_referrals_without_knowing_whose_or_where_to(day):
    from carekit.services.health_key import lock_health
    medic, today = _screen(day)
    lock_health(medic)
    view = panel(dashboard(day.a.ws, today), "referrals")
    assert dict(view.headline)["Open referrals"] == "2"
    assert table(view) == [["sealed here", "sealed here", 2]]
