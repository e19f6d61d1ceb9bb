"""Family-visit figures: 5 000 travellers on 8 000 legs grouped into vehicles, the arrivals board
refreshed, and 200 driver manifests printed."""

from __future__ import annotations

import random
import statistics
import time
from dataclasses import replace
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Iterator

from carekit.domain.places import PLACES
from carekit.services import family_print, pickups
from carekit.services.demo import synthetic_people
from carekit.services.events import SiteInput, create_event, current_event
from carekit.services.family import TravellerInput, add_travellers
from carekit.services.family_board import read_board
from carekit.services.people import register_people
from carekit.services.pickups import group_into_vehicles, last_arrivals
from carekit.services.travel import LegInput, add_legs
from carekit.store.db import Database

TRAVELLERS = 5_000
PARTIES = 2_000  # 2.5 relatives per worker on average
RELATIONSHIPS = ("parent", "spouse", "child", "sibling")


def _time(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%d %H:%M") + " Asia/Shanghai"


def build(path: Path, rng: random.Random):
    ws = create_event(Database(path), name="Bench family day", sites=[SiteInput("深圳")], operator_name="bench",
                      timezone="Asia/Shanghai")
    with ws.writing() as journal:
        crowd = [replace(p, category="worker") for p in synthetic_people(PARTIES)]
        workers = register_people(journal, current_event(journal.session), crowd, source="bench")
    relatives = synthetic_people(TRAVELLERS, seed=11)
    items, parties = [], []
    for index, person in enumerate(relatives):
        worker = workers[index % PARTIES].person_id
        first = index < PARTIES  # each party's first member is an adult
        items.append(TravellerInput(worker=worker, name=person.name, relationship=rng.choice(RELATIONSHIPS),
                                    age_band="adult" if first or rng.random() < 0.7 else "child",
                                    needs=("wheelchair",) if rng.random() < 0.04 else ()))
    ids = add_travellers(ws, items)
    for index, person_id in enumerate(ids):
        if index < PARTIES:
            parties.append([person_id])
        else:
            parties[index % PARTIES].append(person_id)
    stations = [p for p in PLACES if p.kind == "station" and p.city != "深圳" and p.zone == "Asia/Shanghai"]
    day = datetime(2026, 12, 4, 6, 0)
    legs = []
    for party in parties:
        lands = day + timedelta(minutes=rng.randrange(0, 16 * 60))
        origin = rng.choice(stations)
        if rng.random() < 0.5:  # a change of trains in Guangzhou: two outbound legs
            legs.append(LegInput(tuple(party), "train", f"K{rng.randrange(100, 999)}", origin.name, "广州南",
                                 _time(lands - timedelta(hours=7)), _time(lands - timedelta(hours=2))))
            legs.append(LegInput(tuple(party), "train", f"G{rng.randrange(1000, 9999)}", "广州南", "深圳北",
                                 _time(lands - timedelta(minutes=80)), _time(lands)))
        else:
            legs.append(LegInput(tuple(party), "train", f"G{rng.randrange(1000, 9999)}", origin.name, "深圳北",
                                 _time(lands - timedelta(hours=6)), _time(lands)))
        back = lands + timedelta(days=2)
        legs.append(LegInput(tuple(party), "train", f"G{rng.randrange(1000, 9999)}", "深圳北", origin.name,
                             _time(back), _time(back + timedelta(hours=6)), direction="return"))
    while len(legs) < 8_000:  # a few parties fly back instead, booked twice by the agent
        party = rng.choice(parties)
        back = day + timedelta(days=2, minutes=rng.randrange(0, 600))
        legs.append(LegInput(tuple(party), "flight", f"CZ{rng.randrange(1000, 9999)}", "SZX", "CTU",
                             _time(back), _time(back + timedelta(hours=3)), direction="return"))
    add_legs(ws, legs[:8_000])
    return ws, len(ids), min(len(legs), 8_000)


def ids_of_travellers(ws) -> list[str]:
    with ws.db.session() as session:
        return [r[0] for r in session.connection().exec_driver_sql(
            "SELECT id FROM traveller WHERE status = 'invited' ORDER BY id")]


def _p95(samples: list[float]) -> dict:
    ordered = sorted(samples)
    return {"p50_ms": round(statistics.median(ordered), 2), "p95_ms": round(ordered[int(len(ordered) * 0.95) - 1], 2),
            "n": len(ordered)}


def run(workdir: Path, people: int) -> Iterator[dict]:
    rng = random.Random(12)
    started = time.perf_counter()
    ws, travellers, legs = build(workdir / "family.carekit", rng)
    yield {"figure": "build_family_event", "travellers": travellers, "legs": legs,
           "seconds": round(time.perf_counter() - started, 2)}
    with ws.db.session() as session:
        con = session.connection()
        t0 = time.perf_counter()
        arrivals = list(last_arrivals(con).values())
        read = time.perf_counter() - t0
        t0, cpu = time.perf_counter(), time.process_time()
        planned = group_into_vehicles(arrivals, 60, 7)
        grouping, grouping_cpu = time.perf_counter() - t0, time.process_time() - cpu
    yield {"figure": "pickup_grouping", "travellers": len(arrivals), "vehicles": len(planned),
           "seconds": round(grouping, 3), "cpu_seconds": round(grouping_cpu, 3), "reading_arrivals_seconds": round(read, 3), "budget_seconds": 1.0}
    t0 = time.perf_counter()
    result = pickups.plan_pickups(ws, 60, 7)
    yield {"figure": "pickup_plan_stored", "vehicles": result.vehicles, "seated": result.seated,
           "seconds": round(time.perf_counter() - t0, 2)}
    now = datetime(2026, 12, 4, 14, 0, tzinfo=timezone.utc)
    from carekit.services import family, family_board
    confirm = iter(ids_of_travellers(ws))
    for label in ("arrivals_board_refresh", "arrivals_board_refresh_after_a_write", "arrivals_board_full_read"):
        samples, cpu_samples = [], []
        with ws.db.session() as session:
            con = session.connection()
            read_board(con, now)
            for _ in range(60):
                if label.endswith("after_a_write"):  # as after a scan at the pick-up point
                    family.set_status(ws, next(confirm), "confirmed")
                elif label.endswith("full_read"):  # the first refresh, or after a large bundle
                    family_board._cache.clear()
                t0, cpu = time.perf_counter(), time.process_time()
                read_board(con, now)
                samples.append((time.perf_counter() - t0) * 1000)
                cpu_samples.append((time.process_time() - cpu) * 1000)
        yield {"figure": label, "travellers": travellers, **_p95(samples),
               "cpu_p95_ms": _p95(cpu_samples)["p95_ms"],
               **({} if label.endswith("full_read") else {"budget_p95_ms": 50})}
    plans = pickups.vehicle_plans(ws)[:200]
    from carekit.printing import fonts
    fonts.available_fonts()  # a running app has loaded its fonts long before
    t0, cpu = time.perf_counter(), time.process_time()
    printed = family_print.render_manifests([family_print.manifest_for(p) for p in plans], workers=2)
    render, render_cpu = time.perf_counter() - t0, time.process_time() - cpu
    t0 = time.perf_counter()
    family_print.manifests(ws, [p.id for p in plans])
    whole = time.perf_counter() - t0
    yield {"figure": "driver_manifests", "manifests": printed.count, "pages": printed.pages,
           "travellers": sum(p.headcount for p in plans), "render_seconds": round(render, 2),
           "render_cpu_seconds_this_process": round(render_cpu, 2),
           "with_reading_seconds": round(whole, 2), "kb_per_manifest": round(len(printed.pdf) / 1024 / len(plans), 1),
           "budget_seconds": 3.0}
    ws.db.close()
