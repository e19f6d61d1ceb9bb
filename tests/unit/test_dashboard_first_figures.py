"""The Dashboard page's first figures of a session are counted by SQL aggregates (as the day report
counts them) while the live tally makes its whole first count: on a varied event they must be the
live tally's figures, to the last cell, for every role, site and day."""

from __future__ import annotations

import random

import pytest

from carekit.domain.enums import ConsentKind, Role
from carekit.domain.ids import new_id
from carekit.domain.small_counts import HIDDEN
from carekit.domain.tables import CheckIn, Person, Registration
from carekit.services import consent, day_figures, events, screening
from carekit.services.corrections import annul_check_in
from carekit.services.dashboard import dashboard, first_figures, live_counted, today
from carekit.services.errors import PermissionDenied
from carekit.services.events import current_event
from carekit.services.merges import merge_people
from carekit.services.operators import add_operator, sign_in
from carekit.services.people import PersonInput, register_people
from carekit.services.person_data import erase_person
from carekit.services.workspace import Workspace
from tests.unit.day_event import providers
from tests.unit.sync_lab import close_all, make_event

DAYS = ("2026-12-04", "2026-12-05", "2026-12-06")
PIN = "246810"
CATEGORIES = ("worker", "worker", "worker", "family", "guest", "staff")

providers()  # every panel's module, imported at collection (some read reportlab's settings files)


def _register(laptop, site_id: str, names: list[str], rng: random.Random, source: str) -> list:
    people = [PersonInput(name, category=rng.choice(CATEGORIES)) for name in names]
    with laptop.ws.writing() as journal:
        return register_people(journal, current_event(journal.session), people, source=source, site_id=site_id)


def _scans(laptop, registration_ids: list[str], rng: random.Random, count: int) -> list[str]:
    """Scans at the entrance (some repeated), a station and a course, over three days."""
    rows = []
    for _ in range(count):
        minute = 8 * 60 + rng.randrange(9 * 60)
        rows.append({"registration_id": rng.choice(registration_ids), "desk": "",
                     "point": rng.choices(("entrance", "station", "course"), (6, 2, 1))[0],
                     "at": f"{rng.choice(DAYS)}T{minute // 60:02d}:{minute % 60:02d}:{rng.randrange(60):02d}+08:00"})
    with laptop.ws.writing() as journal:
        return journal.add_facts(CheckIn, rows)


@pytest.fixture
def varied(tmp_path):
    """Two laptops at two sites, people of every category (walk-ins, no site), scans over three days
    with repeats and badges whose record never came; then annulments (first scans and only scans),
    erasures, a merge of two people, a cancelled registration, a deleted person, and a few screenings."""
    rng = random.Random(20261205)
    a, b = make_event(tmp_path / "varied", 2)
    sites = {s.city: s.id for s in events.sites(a.ws)}
    events.set_device(a.ws, site_id=sites["深圳"])
    events.set_device(b.ws, site_id=sites["广州"])
    a.take(b.export(tmp_path))
    b.take(a.export(tmp_path))
    names = "张伟 王芳 李娜 刘洋 陈静 赵磊 黄勇 周杰 吴敏 徐丽 孙悦 马超 Ana João Lúcia María".split()
    made = _register(a, sites["深圳"], [f"{rng.choice(names)}{i}" for i in range(30)], rng, "roster.xlsx")
    made += _register(a, sites["深圳"], [f"走入{i}" for i in range(5)], rng, "walk-in")
    made += _register(a, "", [f"无场地{i}" for i in range(3)], rng, "roster.xlsx")
    made += _register(b, sites["广州"], [f"{rng.choice(names)}广{i}" for i in range(20)], rng, "roster.xlsx")
    made += _register(b, sites["广州"], [f"Walk {i}" for i in range(4)], rng, "walk-in")
    b.take(a.export(tmp_path))
    regs = [m.registration_id for m in made]
    strangers = [new_id() for _ in range(3)]  # badges whose registration never reaches these laptops
    scans_a = _scans(a, regs + strangers, rng, 160)
    scans_b = _scans(b, regs + strangers[:1], rng, 90)
    a.take(b.export(tmp_path))
    with a.db.session() as session:
        scans = session.connection().exec_driver_sql(
            "SELECT id, registration_id, point, at FROM checkin ORDER BY at").fetchall()
    entrance = [s for s in scans if s[2] == "entrance"]
    firsts = {}
    for scan_id, rid, _point, at in entrance:
        firsts.setdefault((rid, at[:10]), scan_id)
    # Mistakes: first scans of a day (a later scan becomes the arrival, or none is left) and any scans.
    mistakes = rng.sample(sorted(firsts.values()), 12) + rng.sample(scans_a + scans_b, 6)
    for scan_id in dict.fromkeys(mistakes):
        annul_check_in(a.ws, scan_id, "scanned by mistake")
    erase_person(a.ws, made[1].person_id, "asked at the desk")
    erase_person(a.ws, made[40].person_id, "asked at the desk")
    merge_people(a.ws, made[2].person_id, made[3].person_id)
    with a.ws.writing() as journal:
        journal.delete(Registration, made[4].registration_id)
        journal.delete(Person, made[5].person_id)
    add_operator(a.ws, "Dr Chen", [Role.MEDIC], pin=PIN)
    add_operator(a.ws, "Coordinator Wu", [Role.COORDINATOR], pin=PIN)
    add_operator(a.ws, "Desk Li", [Role.DESK], pin=PIN)
    medic = sign_in(a.db, "Dr Chen", PIN)
    for person in (made[6], made[7], made[8]):
        consent.record_consent(medic, person.person_id, ConsentKind.HEALTH, "2026-v1", "zh_CN")
    screening.record_screening(medic, made[6].person_id, "body", {"height_cm": "170", "weight_kg": "95"})
    screening.record_screening(medic, made[7].person_id, "blood_pressure", {"systolic_1": "185", "diastolic_1": "100"})
    screening.record_screening(medic, made[8].person_id, "mood", {"phq2": "4", "gad2": "1"})
    operators = {"medic": medic, "coordinator": sign_in(a.db, "Coordinator Wu", PIN),
                 "desk": sign_in(a.db, "Desk Li", PIN)}
    yield a, operators, sites
    close_all([a, b])


def test_the_first_figures_are_the_live_counts_for_every_role_site_and_day(varied):
    a, operators, sites = varied
    day_figures._tallies.clear()  # as in a new session
    days = (*DAYS, today(a.ws), "2026-11-30")
    first = {(who, date, site): first_figures(ws, date, site)
             for who, ws in operators.items() for date in days for site in ("", *sites.values())}
    assert not live_counted(a.ws)  # the first figures did not wait for the whole count
    for (who, date, site), board in first.items():
        live = dashboard(operators[who], date, site)
        assert board.date == live.date and board.sites == live.sites
        assert repr(board.panels) == repr(live.panels), (who, date, site)
    assert live_counted(a.ws)
    busiest = first[("coordinator", DAYS[1], "")]
    arrivals = dict(next(p for p in busiest.panels if p.key == "arrivals").headline)
    assert int(arrivals["Checked in"].split()[0]) > 10 and "Badges whose record is not here yet" in arrivals
    screened_by = {who: next(p for p in first[(who, today(a.ws), "")].panels if p.key == "screening")
                   for who in ("medic", "coordinator")}
    assert dict(screened_by["coordinator"].headline)["People screened"] == HIDDEN
    assert dict(screened_by["medic"].headline)["People screened"] == "3"


def test_the_first_figures_of_today_follow_the_events_clock(varied):
    a, operators, _ = varied
    board = first_figures(operators["coordinator"])
    assert board.date == today(a.ws)
    assert repr(board.panels) == repr(dashboard(operators["coordinator"]).panels)


def test_nobody_signed_out_gets_first_figures(varied):
    a, _, _ = varied
    with pytest.raises(PermissionDenied):
        first_figures(Workspace(a.db, "", "", frozenset()))
