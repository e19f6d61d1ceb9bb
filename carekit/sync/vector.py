"""Version vectors: for each laptop that wrote something, the newest stamp of it seen here.

A full export carries everything; an incremental one carries what is newer than the receiver's
vector. Stamps end with the writer's device id, so the vector is read off the stamps themselves.
"""

from __future__ import annotations

import json
from pathlib import Path

from sqlmodel import Session

from carekit.domain.clock import WALL_DIGITS, COUNTER_DIGITS, device_of
from carekit.domain.catalog import fact_tables

DEVICE_START = WALL_DIGITS + COUNTER_DIGITS + 3  # 1-based substr() position after "W.C."


def version_vector(session: Session) -> dict[str, str]:
    con = session.connection()
    vector: dict[str, str] = {}
    for table in ["revision", *fact_tables()]:
        rows = con.exec_driver_sql(
            f"SELECT substr(hlc, {DEVICE_START}), max(hlc) FROM {table} GROUP BY 1").all()
        for device, stamp in rows:
            if stamp > vector.get(device, ""):
                vector[device] = stamp
    return dict(sorted(vector.items()))


def is_newer(stamp: str, vector: dict[str, str]) -> bool:
    return stamp > vector.get(device_of(stamp), "")


def start_vector(since: dict[str, str], vector: dict[str, str]) -> dict[str, str]:
    """Where an incremental bundle starts: per laptop, the newest stamp the maker had but left out
    (what the receiver must already hold). Laptops the maker knew nothing of assume nothing."""
    return {device: min(stamp, vector[device]) for device, stamp in sorted(since.items()) if device in vector}


def missing_ranges(start: dict[str, str], have: dict[str, str]) -> dict[str, tuple[str, str]]:
    """Per laptop, (what this laptop has, what the bundle assumes) where it has less."""
    return {device: (have.get(device, ""), stamp) for device, stamp in start.items() if have.get(device, "") < stamp}


def parse_vector(text: str) -> dict[str, str]:
    """A vector given as JSON text or as the path of a file holding it."""
    candidate = Path(text)
    if not text.lstrip().startswith("{") and candidate.exists():
        text = candidate.read_text(encoding="utf-8")
    value = json.loads(text)
    if not isinstance(value, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in value.items()):
        raise ValueError("a version vector is a JSON object {device id: stamp}")
    return value
