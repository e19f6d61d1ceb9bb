"""Sealing and encrypted-file figures: the health key's unlock, sealing and opening values, and
what an encrypted event file costs a desk's write (one journalled fact per transaction, as a scan).

No budget of its own; the check-in budget (DESIGN §8, p95 ≤ 2 ms) is the one the encrypted file
must still meet.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Iterator

from carekit.domain.tables import CheckIn
from carekit.security import sealing
from carekit.services.events import SiteInput, create_event
from carekit.store.db import Database

FLAGS = '[{"code":"bp_raised","referral":"doctor","rule":"systolic ≥140 or diastolic ≥90 mmHg","source":"WHO HEARTS"}]'


def _writes(db: Database, ws, count: int) -> list[float]:
    times = []
    for n in range(count):
        started = time.perf_counter()
        with ws.writing() as journal:
            journal.add_fact(CheckIn, {"registration_id": f"r{n}", "point": "entrance", "desk": "desk 1", "at": ""})
        times.append((time.perf_counter() - started) * 1000)
    return sorted(times)


def run(workdir: Path, people: int) -> Iterator[dict]:
    started = time.perf_counter()
    key, wrapped = sealing.new_health_key("bench health passphrase")
    yield {"figure": "health key made and wrapped", "seconds": round(time.perf_counter() - started, 3)}
    started = time.perf_counter()
    key = sealing.unwrap(wrapped, key.public_key, "bench health passphrase")
    yield {"figure": "unlock (unwrap the health key)", "seconds": round(time.perf_counter() - started, 3)}
    count = 2000
    aads = [sealing.associated_data("screeningrecord", "flags", f"row-{n}") for n in range(count)]
    started = time.perf_counter()
    sealed = [key.seal(FLAGS, aad) for aad in aads]
    yield {"figure": "values sealed", "per_second": round(count / (time.perf_counter() - started)),
           "bytes_each": len(sealed[0])}
    started = time.perf_counter()
    for value, aad in zip(sealed, aads):
        key.open(value, aad)
    yield {"figure": "values opened", "per_second": round(count / (time.perf_counter() - started))}
    started = time.perf_counter()
    for value, aad in zip(sealed, aads):
        key.open(value, aad)
    yield {"figure": "values opened again (kept opened in memory)",
           "per_second": round(count / (time.perf_counter() - started))}
    from carekit.store import cipher
    for label, passphrase in (("plain", None), ("encrypted", "bench file passphrase")):
        if passphrase and not cipher.available():
            continue
        path = workdir / f"sealing-{label}.carekit"
        started = time.perf_counter()
        db = Database(path, passphrase)
        opened = time.perf_counter() - started
        ws = create_event(db, name="bench", sites=[SiteInput("深圳")], operator_name="bench")
        times = _writes(db, ws, 500)
        db.close()
        started = time.perf_counter()
        Database(path, passphrase).close()
        yield {"figure": f"{label} file: one journalled write per transaction", "p50_ms": round(times[250], 3),
               "p95_ms": round(times[475], 3), "new_file_s": round(opened, 3),
               "reopen_s": round(time.perf_counter() - started, 3)}
