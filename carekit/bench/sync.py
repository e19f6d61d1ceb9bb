"""Sync figures: a full bundle of a 100 000-person event, exported and merged into another laptop.

Budgets (DESIGN §8): export ≤ 10 s, merge ≤ 20 s.
"""

from __future__ import annotations

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
    yield {"figure": "sync_build_event", "people": people, "seconds": round(time.perf_counter() - started, 2)}

    bundle = workdir / "full.ckbundle"
    t0 = time.perf_counter()
    report = sync.export_bundle(ws, bundle)
    export_s = time.perf_counter() - t0
    yield {"figure": "sync_export_full", "people": people, "seconds": round(export_s, 2),
           "bundle_bytes": report.bytes, "bytes_per_person": round(report.bytes / max(people, 1), 1),
           "revisions": report.counts.get("revision", 0), "budget_s": 10, "within_budget": export_s <= 10}

    t0 = time.perf_counter()
    merged = sync.import_bundle(receiver, bundle)
    merge_s = time.perf_counter() - t0
    yield {"figure": "sync_merge_full", "people": people, "seconds": round(merge_s, 2), "new_rows": merged.new,
           "facts_new": merged.facts_new, "budget_s": 20, "within_budget": merge_s <= 20}

    t0 = time.perf_counter()
    again = sync.import_bundle(receiver, bundle)
    yield {"figure": "sync_merge_again_noop", "people": people, "seconds": round(time.perf_counter() - t0, 2),
           "updated": again.updated}
    ws.db.close()
    receiver.db.close()
