"""Dashboard figures: the page's first figures of a session (SQL counts), the live tally's first
(cold) count of a big day behind them, refreshes after a scan, after a bundle-sized batch and after
a person merge, and the day report from a fresh process (``carekit report``, timed in a
child next to a child that only starts and signs in), on 100 000 people and 300 000 check-ins.

To see where a fresh report spends its time: ``python -m cProfile -s cumtime -m carekit --db F
report --out day.pdf`` on the bench's file."""

from __future__ import annotations

import os
import random
import resource
import subprocess
import sys
import time
from pathlib import Path
from typing import Iterator

from carekit.bench.desk import BENCH_PIN, build_event, percentiles
from carekit.domain.ids import new_id
from carekit.domain.tables import CheckIn, Device
from carekit.services.checkin import check_in
from carekit.services.dashboard import dashboard, first_figures, today
from carekit.services.day_counts import DayTally
from carekit.services.events import current_event
from carekit.store.bulk import insert_rows

DESKS = 6


def _desks(ws) -> list[str]:
    with ws.writing() as journal:
        site = journal.session.get(Device, journal.device_id).site_id
        return [journal.create(Device, {"name": f"desk {i + 1}", "site_id": site}) for i in range(DESKS)]


def _checkins(ws, crowd, total: int, date: str, rng: random.Random, desks: list[str]) -> int:
    """Arrivals through the day at six desks, repeat scans, and station and course scans."""
    with ws.writing() as journal:
        event = current_event(journal.session)
        rows = []
        while len(rows) < total:
            _, registered = crowd[rng.randrange(len(crowd))]
            minute = 8 * 60 + int(rng.triangular(0, 480, 90))
            point = rng.choices(("entrance", "station", "course"), (5, 3, 2))[0]
            device = rng.choice(desks)
            rows.append({"id": new_id(), "event_id": event.id, "hlc": journal.clock.tick(), "device_id": device,
                         "operator_id": "", "registration_id": registered.registration_id, "point": point,
                         "desk": "", "at": f"{date}T{minute // 60:02d}:{minute % 60:02d}:{rng.randrange(60):02d}+08:00"})
        insert_rows(journal.session, CheckIn.__table__, rows)
    return len(rows)


def _read_checkins_s(ws) -> float:
    with ws.db.engine.connect() as connection:
        con = connection.connection.driver_connection
        started = time.perf_counter()
        con.execute("SELECT registration_id, point, device_id, at, hlc FROM checkin").fetchall()
        return round(time.perf_counter() - started, 2)


def _arrived(board) -> str:
    return next(p for p in board.panels if p.key == "arrivals").headline[1][1]


def _refresh_ms(ws) -> float:
    started = time.perf_counter()
    dashboard(ws)
    return (time.perf_counter() - started) * 1000


def _after_person_merges(ws, crowd, rng: random.Random, merges: int = 10) -> dict:
    """A coordinator merging duplicates one by one, the page refreshed after each; then the figures
    compared with a fresh laptop's whole count."""
    from carekit.services import day_figures
    from carekit.services.merges import merge_people
    samples = []
    for index in range(merges):
        (_, kept), (_, absorbed) = crowd[2 * index], crowd[2 * index + 1]
        merge_people(ws, kept.person_id, absorbed.person_id)
        samples.append(_refresh_ms(ws))
    patched = dashboard(ws)
    day_figures._tallies.clear()
    fresh = dashboard(ws)
    return {"figure": "dashboard_refresh_after_a_person_merge", "budget_p95_ms": 100, **percentiles(samples),
            "same_as_a_fresh_count": repr(patched.panels) == repr(fresh.panels)}


def run(workdir: Path, people: int) -> Iterator[dict]:
    ws, crowd, seconds = build_event(workdir / "dashboard.carekit", people)
    yield {"figure": "build_synthetic_event", "people": people, "seconds": round(seconds, 2)}
    rng = random.Random(15)
    date = today(ws)
    started = time.perf_counter()
    desks = _desks(ws)
    scans = _checkins(ws, crowd, 3 * people, date, rng, desks)
    yield {"figure": "insert_synthetic_checkins", "checkins": scans, "seconds": round(time.perf_counter() - started, 2)}

    yield {"figure": "baseline_read_checkins", "seconds": _read_checkins_s(ws),
           "baseline": "plain sqlite3 SELECT of the check-ins' five columns the first count needs"}
    started, cpu = time.perf_counter(), time.process_time()
    first = first_figures(ws)
    yield {"figure": "dashboard_first_figures", "checkins": scans, "seconds": round(time.perf_counter() - started, 2),
           "cpu_seconds": round(time.process_time() - cpu, 2), "checked_in": _arrived(first),
           "note": "what the page shows first in a session: the day counted by SQL aggregates"}
    started, cpu = time.perf_counter(), time.process_time()
    board = dashboard(ws)
    yield {"figure": "dashboard_first_count", "checkins": scans, "seconds": round(time.perf_counter() - started, 2),
           "cpu_seconds": round(time.process_time() - cpu, 2), "checked_in": _arrived(board),
           "same_as_first_figures": repr(board.panels) == repr(first.panels),
           "note": "the live tally's whole count, once per session after the first figures; "
                   "later refreshes read only what arrived"}

    yield {"figure": "dashboard_refresh_unchanged", "budget_p95_ms": 100,
           **percentiles([_refresh_ms(ws) for _ in range(30)])}
    samples = []
    for _, registered in rng.sample(crowd, 60):
        check_in(ws, registered.token)
        samples.append(_refresh_ms(ws))
    yield {"figure": "dashboard_refresh_after_a_scan", "budget_p95_ms": 100, **percentiles(samples)}
    samples = []
    for _ in range(20):
        _checkins(ws, crowd, 500, date, rng, desks)
        samples.append(_refresh_ms(ws))
    yield {"figure": "dashboard_refresh_after_500_checkins_arrive", "budget_p95_ms": 100, **percentiles(samples)}
    yield _after_person_merges(ws, crowd, rng)

    started = time.perf_counter()
    counted = DayTally(ws.db, date)
    counted.update()
    yield {"figure": "day_figures_by_sql", "seconds": round(time.perf_counter() - started, 2),
           "note": "the day report's counts: SQL aggregates over the day's scans, in this process"}
    yield from _fresh_report(ws, workdir, scans + 60 + 20 * 500)


def _child(args: list[str], workdir: Path) -> tuple[float, float]:
    """Runs ``python -m carekit ARGS`` as a coordinator would; (wall seconds, CPU seconds) of the child."""
    env = dict(os.environ, CAREKIT_HOME=str(workdir / "home"), CAREKIT_PIN=BENCH_PIN,
               PYTHONPYCACHEPREFIX=str(workdir / "pycache"))  # an installed CareKit has its bytecode compiled
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "carekit", "--db", str(workdir / "dashboard.carekit"), "--operator", "bench",
                    *args], env=env, check=True, capture_output=True)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime


def _median(samples: list[tuple[float, float]]) -> dict:
    walls, cpus = sorted(w for w, _ in samples), sorted(c for _, c in samples)
    return {"seconds": round(walls[len(walls) // 2], 2), "cpu_seconds": round(cpus[len(cpus) // 2], 2),
            "best_seconds": round(walls[0], 2)}


def _fresh_report(ws, workdir: Path, checkins: int) -> Iterator[dict]:
    """``carekit report --out day.pdf`` in a new process, next to the same process doing only its
    start and sign-in (``event show``): the difference is the report's own work."""
    ws.db.engine.dispose()  # nothing of this process stays open on the file
    _child(["event", "show"], workdir)  # first run compiles the bytecode, as an installation does once
    _child(["report", "--out", str(workdir / "day.pdf")], workdir)
    runs = 3
    baseline = [_child(["event", "show"], workdir) for _ in range(runs)]
    yield {"figure": "baseline_fresh_process_sign_in", **_median(baseline),
           "baseline": "carekit event show: start, imports and the PIN check (argon2id) of a coordinator"}
    report = [_child(["report", "--out", str(workdir / "day.pdf")], workdir) for _ in range(runs)]
    yield {"figure": "day_report_fresh_process", **_median(report), "budget_s": 3, "checkins": checkins,
           "runs": runs, "bytes": (workdir / "day.pdf").stat().st_size}
