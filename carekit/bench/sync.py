"""Sync figures: a full bundle of a 100 000-person event, exported and merged into another laptop.

Budgets (DESIGN §8): export ≤ 10 s, merge ≤ 20 s.
"""

from __future__ import annotations

import shutil
import time
from pathlib import Path
from typing import Iterator

from carekit.domain.enums import Role
from carekit.domain.tables import CheckIn
from carekit.services import sync
from carekit.services.demo import synthetic_people
from carekit.services.events import SiteInput, create_event, current_event
from carekit.services.people import register_people
from carekit.services.workspace import Workspace
from carekit.store.db import Database

PASSPHRASE = "bench passphrase"


def _plain_decode(receiver: Workspace, path: Path) -> float:
    from carekit.sync import bundle
    with receiver.db.session() as session:
        event = current_event(session)
        event_id, sync_key = event.id, event.sync_key
    started = time.perf_counter()
    sealed = bundle.read_sealed(path)
    from carekit.domain.tables import Device
    with receiver.db.session() as session:
        sender = session.get(Device, str(sealed.manifest.get("device_id", "")))
        public = sender.public_key if sender else ""
    bundle.open_sealed(sealed, file=path.name, event_id=event_id, sync_key=sync_key, known_public_key=public)
    return time.perf_counter() - started


def _plain_dump(ws: Workspace) -> float:
    import sqlite3
    started = time.perf_counter()
    con = sqlite3.connect(ws.db.path)
    for (table,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                                " AND name NOT LIKE 'person_fts%'"):
        con.execute(f'SELECT * FROM "{table}"').fetchall()
    con.close()
    return time.perf_counter() - started


def run(workdir: Path, people: int) -> Iterator[dict]:
    started = time.perf_counter()
    ws = create_event(Database(workdir / "sync-a.carekit"), name="Bench event", sites=[SiteInput("深圳")],
                      operator_name="bench")
    setup = workdir / "bench.cksetup"
    sync.export_setup(ws, setup, PASSPHRASE)
    joined = sync.join_event(Database(workdir / "sync-b.carekit"), setup, PASSPHRASE, device_name="desk 2")
    receiver = Workspace(joined.db, ws.operator_id, ws.operator_name, frozenset(Role))
    with ws.writing() as journal:
        registered = register_people(journal, current_event(journal.session), synthetic_people(people), source="bench")
        journal.add_facts(CheckIn, ({"registration_id": r.registration_id, "desk": "desk 1"} for r in registered[::2]))
    ws.db.close()  # the build's WAL folded into the file before the export is timed
    yield {"figure": "sync_build_event", "people": people, "seconds": round(time.perf_counter() - started, 2)}

    bundle = workdir / "full.ckbundle"
    t0, cpu = time.perf_counter(), time.process_time()
    report = sync.export_bundle(ws, bundle)
    export_s, export_cpu = time.perf_counter() - t0, time.process_time() - cpu
    dump_s = _plain_dump(ws)
    yield {"figure": "sync_export_full", "people": people, "seconds": round(export_s, 2), "cpu_s": round(export_cpu, 2),
           "baseline": "reading the same rows with plain sqlite3", "baseline_s": round(dump_s, 2),
           "ratio": round(export_s / dump_s, 1),
           "bundle_bytes": report.bytes, "bytes_per_person": round(report.bytes / max(people, 1), 1),
           "revisions": report.counts.get("revision", 0), "budget_s": 10, "within_budget": export_s <= 10}

    receiver.db.close()
    shutil.copyfile(receiver.db.path, workdir / "sync-c.carekit")
    decode_s = _plain_decode(receiver, bundle)
    t0, cpu = time.perf_counter(), time.process_time()
    merged = sync.import_bundle(receiver, bundle)
    merge_s, merge_cpu = time.perf_counter() - t0, time.process_time() - cpu
    folded = time.perf_counter()
    receiver.db.close()  # waits for the checkpoint that follows the merge on its own thread
    folded_s = time.perf_counter() - folded
    yield {"figure": "sync_merge_full", "people": people, "seconds": round(merge_s, 2), "cpu_s": round(merge_cpu, 2),
           "new_rows": merged.new,
           "facts_new": merged.facts_new, "budget_s": 20, "within_budget": merge_s <= 20,
           "baseline": "the same bundle's plain decode (verify, decrypt, unpack)",
           "baseline_s": round(decode_s, 2), "ratio": round(merge_s / decode_s, 1),
           "wal_checkpoint_after_s": round(folded_s, 2),
           "wal_checkpoint": "after the merge returned, on the checkpoint thread"}
    from carekit.bench.desk import _child
    child_s, peak = _child("merge", bundle, workdir / "sync-c.carekit")
    yield {"figure": "sync_merge_peak_memory", "people": people, "seconds": child_s,
           "peak_mb": round(peak / 1024, 1), "budget_mb": 400}

    t0 = time.perf_counter()
    again = sync.import_bundle(receiver, bundle)
    yield {"figure": "sync_merge_again_noop", "people": people, "seconds": round(time.perf_counter() - t0, 2),
           "updated": again.updated}
    ws.db.close()
    receiver.db.close()
