"""Security figure: what one PIN guess costs (argon2id at the production parameters).

The reference for ``carekit.security.pins``: about 0.3 s per check on an idle reference laptop.
``people`` is not used: the cost does not depend on the event's size.
"""

from __future__ import annotations

import os
import statistics
import time
from pathlib import Path
from typing import Iterator


def run(workdir: Path, people: int) -> Iterator[dict]:
    from carekit.security import pins
    os.environ.pop(pins.TEST_COST_VARIABLE, None)
    hasher = pins.hasher()
    stored = hasher.hash("135790")
    times = []
    for _ in range(5):
        started = time.perf_counter()
        hasher.verify(stored, "135790")
        times.append(time.perf_counter() - started)
    yield {"figure": "pin_hash_check", "seconds_median": round(statistics.median(times), 3),
           "seconds_min": round(min(times), 3), "memory_mib": pins.MEMORY_KIB // 1024, "time_cost": pins.TIME_COST,
           "six_digit_space_core_days": round(10 ** 6 * min(times) / 86400, 1), "target_s": 0.3}
