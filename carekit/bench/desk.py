"""Desk figures: search as you type, scan → check-in committed, roster import, start-up, memory."""

from __future__ import annotations

import csv
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Iterator

from carekit.bench import BENCH_PIN
from carekit.services.checkin import check_in
from carekit.services.demo import synthetic_people
from carekit.services.events import SiteInput, create_event, current_event
from carekit.services.people import register_people
from carekit.services.search import search_people
from carekit.services.workspace import Workspace
from carekit.store import search_index
from carekit.store.db import Database

QUERIES = {
    "search_cjk_2char": lambda p: p.name[:2],
    "search_cjk_3char": lambda p: p.name[:3],
    "search_pinyin_initials": None,  # filled from the index keys below
    "search_latin_prefix": lambda p: p.name.split()[0][:4].lower(),
    "search_phone_4plus": lambda p: p.phone[-7:-1],
}


def percentiles(samples_ms: list[float]) -> dict:
    ordered = sorted(samples_ms)
    return {"p50_ms": round(statistics.median(ordered), 3),
            "p95_ms": round(ordered[int(len(ordered) * 0.95) - 1], 3), "n": len(ordered)}


def build_event(path: Path, people: int) -> tuple[Workspace, list, float]:
    started = time.perf_counter()
    db = Database(path)
    ws = create_event(db, name="Bench event", sites=[SiteInput("深圳")], operator_name="bench", pin=BENCH_PIN)
    crowd = synthetic_people(people)
    with ws.writing() as journal:
        registered = register_people(journal, current_event(journal.session), crowd, source="bench")
    return ws, list(zip(crowd, registered)), time.perf_counter() - started


def _timed(fn, args_list) -> list[float]:
    samples = []
    for args in args_list:
        t0 = time.perf_counter()
        fn(*args)
        samples.append((time.perf_counter() - t0) * 1000)
    return samples


def run(workdir: Path, people: int) -> Iterator[dict]:
    ws, crowd, seconds = build_event(workdir / "desk.carekit", people)
    yield {"figure": "build_synthetic_event", "people": people, "seconds": round(seconds, 2)}
    rng = random.Random(11)
    sample = rng.sample(crowd, min(300, len(crowd)))
    chinese = [p for p, _ in sample if "\u4e00" <= p.name[0] <= "\u9fff" and len(p.name) >= 3] or [sample[0][0]]
    latin = [p for p, _ in sample if p.name[0].isascii()] or [sample[0][0]]
    from carekit.domain.names import name_keys
    cases = {
        "search_cjk_2char": [p.name[:2] for p in chinese],
        "search_cjk_3char": [p.name[:3] for p in chinese],
        "search_pinyin_initials": [name_keys(p.name).initials for p in chinese],
        "search_pinyin_full": [name_keys(p.name).pinyin for p in chinese],
        "search_latin_prefix": [p.name.split()[-1][:4].lower() for p in latin],
        "search_phone_4plus": [p.phone[-8:-2] for p, _ in sample],
    }
    for figure, queries in cases.items():
        search_people(ws, queries[0])  # warm the page cache once
        yield {"figure": figure, "budget_p95_ms": 5, **percentiles(_timed(lambda q: search_people(ws, q), [(q,) for q in queries]))}
        # the index alone, without fetching row details for the table
        with ws.db.session() as session:
            yield {"figure": figure + "_index_only", **percentiles(
                _timed(lambda q: search_index.search(session, q), [(q,) for q in queries]))}
    tokens = [r.token for _, r in rng.sample(crowd, min(500, len(crowd)))]
    yield {"figure": "scan_to_checkin_committed", "synchronous": "FULL", "budget_p95_ms": 2,
           **percentiles(_timed(lambda t: check_in(ws, t), [(t,) for t in tokens]))}
    yield from _roster_import(workdir, people)
    yield from startup_figures(ws.db.path)


def _roster_import(workdir: Path, people: int) -> Iterator[dict]:
    from carekit.services.roster import import_roster
    path = workdir / "roster.csv"
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["姓名", "手机号", "工号", "单位", "岗位", "城市"])
        for p in synthetic_people(people, seed=99):
            writer.writerow([p.name, p.phone.replace("+86", ""), p.staff_id, p.employer, p.job, p.city])
    db = Database(workdir / "roster.carekit")
    ws = create_event(db, name="Roster bench", sites=[SiteInput("深圳")], operator_name="bench", pin=BENCH_PIN)
    db.close()  # folds the WAL into the file before it is copied
    shutil.copyfile(db.path, workdir / "roster-child.carekit")
    baseline = _plain_insert_baseline(workdir, people)
    started, cpu = time.perf_counter(), time.process_time()
    report = import_roster(ws, path)
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    folded = time.perf_counter()
    ws.db.close()  # waits for the checkpoint that follows the import on its own thread
    yield {"figure": "roster_import", "rows": people, "seconds": round(seconds, 2), "cpu_s": round(cpu, 2),
           "rows_per_s": round(people / seconds), "budget_rows_per_s": 20000,
           "imported": getattr(report, "imported", None),
           "baseline": "plain sqlite3 executemany of the same people and registrations, no journal or index",
           "baseline_s": round(baseline, 3), "ratio": round(seconds / baseline, 1),
           "wal_checkpoint_after_s": round(time.perf_counter() - folded, 2),
           "wal_checkpoint": "after the import returned, on the checkpoint thread"}
    child_s, peak = _child("import", path, workdir / "roster-child.carekit")
    yield {"figure": "roster_import_peak_memory", "rows": people, "seconds": child_s,
           "peak_mb": round(peak / 1024, 1), "budget_mb": 400}


def _plain_insert_baseline(workdir: Path, people: int) -> float:
    """The floor under an import: the same rows written straight into the same tables."""
    import sqlite3
    import uuid
    target = workdir / "roster-baseline.carekit"
    create_event(Database(target), name="Baseline", sites=[SiteInput("深圳")], operator_name="bench",
                 pin=BENCH_PIN).db.close()
    crowd = list(synthetic_people(people, seed=99))
    started = time.perf_counter()
    con = sqlite3.connect(target)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=FULL")
    person_ids = [str(uuid.uuid4()) for _ in crowd]
    con.executemany("INSERT INTO person (id, event_id, hlc, clocks, deleted, name, romanised, phone, staff_id, "
                    "employer, job, city, language, category, possible_duplicate_of, merged_into) "
                    "VALUES (?, '', '', '{}', 0, ?, '', ?, ?, ?, ?, ?, '', 'worker', '', '')",
                    [(pid, p.name, p.phone, p.staff_id, p.employer, p.job, p.city) for pid, p in zip(person_ids, crowd)])
    con.executemany("INSERT INTO registration (id, event_id, hlc, clocks, deleted, person_id, site_id, serial, token, "
                    "source, badge_printed) VALUES (?, '', '', '{}', 0, ?, '', ?, '', 'bench', 0)",
                    [(str(uuid.uuid4()), pid, pid[:8]) for pid in person_ids])
    con.commit()
    con.close()
    return time.perf_counter() - started


def _child(mode: str, source: Path, db_path: Path) -> tuple[float, int]:
    out = subprocess.run([sys.executable, "-m", "carekit.bench.child", mode, str(source), str(db_path)],
                         capture_output=True, text=True, check=True).stdout.split()
    return float(out[-2]), int(out[-1])


def _timed_lines(args: list[str], env: dict[str, str] | None = None) -> tuple[dict[str, float], list[str]]:
    """Run a child, noting when each line arrives (seconds since it was started) and its words."""
    started = time.perf_counter()
    child = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env)
    times, words = {}, []
    for line in child.stdout:
        words = line.split()
        if words:
            times[words[0]] = time.perf_counter() - started
    if child.wait() != 0:
        raise subprocess.CalledProcessError(child.returncode, args)
    return times, words


def _pin_check_seconds() -> list[float]:
    """The floor under signing in: checking the PIN with the production argon2id cost, 5 times."""
    from carekit.security.pins import hash_pin, pin_matches
    pin_hash = hash_pin(BENCH_PIN)
    return [ms / 1000 for ms in _timed(lambda: pin_matches(pin_hash, BENCH_PIN), [()] * 5)]


def startup_figures(db_path: Path) -> Iterator[dict]:
    """Start to the sign-in dialog, and PIN entered to the desk painted (argon2id included), each
    timed in a fresh process; the bare window is the same run's baseline."""
    from carekit.bench.startup import TYPING_S
    dialog, desk, cpu = [], [], []
    rss = 0
    # The app remembers the last event and the language in its data folder: not the person's own.
    env = dict(os.environ, CAREKIT_HOME=str(db_path.parent / "startup-home"))
    for _ in range(5):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        times, words = _timed_lines([sys.executable, "-m", "carekit.bench.startup", str(db_path)], env)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        dialog.append(times["dialog"])
        desk.append(times["ready"] - times["signing"])
        cpu.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
        rss = max(rss, int(words[-1]))
    bare, bare_rss = [], 0
    for _ in range(5):
        times, words = _timed_lines([sys.executable, "-m", "carekit.bench.startup", "--bare"])
        bare.append(times["ready"])
        bare_rss = max(bare_rss, int(words[-1]))
    pin_check = _pin_check_seconds()
    median = statistics.median
    yield {"figure": "app_start_to_sign_in_dialog", "seconds_median": round(median(dialog), 3),
           "seconds_best": round(min(dialog), 3), "budget_s": 1.0, "goal_s": 0.5,
           "baseline": "bare PySide6 window, same process start and first paint",
           "baseline_median_s": round(median(bare), 3), "ratio": round(median(dialog) / median(bare), 1)}
    yield {"figure": "sign_in_to_desk_ready", "seconds_median": round(median(desk), 3),
           "seconds_best": round(min(desk), 3), "includes": "argon2id PIN check (64 MiB, 3 passes)",
           "typing_allowance_s": TYPING_S, "baseline": "that argon2id check alone, in this process",
           "baseline_median_s": round(median(pin_check), 3), "ratio": round(median(desk) / median(pin_check), 1)}
    yield {"figure": "app_start_to_usable_window", "seconds_median": round(median(dialog) + median(desk), 3),
           "excludes": "the time the person takes to type the PIN", "budget_s": 1.0,
           "cpu_s_median_whole_process": round(median(cpu), 3),
           "baseline_median_s": round(median(bare), 3),
           "ratio": round((median(dialog) + median(desk)) / median(bare), 1)}
    yield {"figure": "peak_rss_with_event_open", "mb": round(rss / 1024, 1), "budget_mb": 400,
           "baseline": "bare PySide6 window", "baseline_mb": round(bare_rss / 1024, 1),
           "ratio": round(rss / bare_rss, 1)}
