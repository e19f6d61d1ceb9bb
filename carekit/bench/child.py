"""Child process for peak-memory figures: one roster import or one bundle merge, then its own peak.

``python -m carekit.bench.child import ROSTER DB`` or ``... merge BUNDLE DB``; prints the seconds
taken and the peak RSS in KiB. A child, so the figure is the job's own and not the benchmark's
(which holds the synthetic crowd in memory).
"""

from __future__ import annotations

import sys
import time

from carekit.bench.startup import peak_rss_kib


def main(mode: str, source: str, db_path: str) -> None:
    from carekit.domain.enums import Role
    from carekit.services.workspace import Workspace
    from carekit.store.db import Database
    db = Database(db_path)
    with db.session() as session:  # the bench's operator with every role, as the in-process figures use
        operator_id = session.connection().exec_driver_sql(
            "SELECT id FROM operator WHERE name = 'bench' LIMIT 1").scalar() or ""
    ws = Workspace(db, operator_id, "bench", frozenset(Role))
    started = time.perf_counter()
    if mode == "import":
        from carekit.services.roster import import_roster
        import_roster(ws, source)
    else:
        from carekit.services import sync
        sync.import_bundle(ws, source)
    print(round(time.perf_counter() - started, 3), peak_rss_kib(), flush=True)


if __name__ == "__main__":
    main(*sys.argv[1:4])
