"""Bulk inserts that run on the second core while the next rows are made.

Most of a bulk insert is SQLite's own work (B-trees, indexes, FTS5 tokenizing), which lets go of
the interpreter, so it could run beside the Python that makes the next rows, if it were one
statement: an ``executemany`` from a thread takes the interpreter back after every row and waits
its turn each time. So the rows are staged in a temporary table (kept in memory:
``PRAGMA temp_store``) and ``INSERT ... SELECT`` moves them on a thread of its own. The
connection is used by one thread at a time, never both: whoever holds a ``BackgroundInsert``
calls ``wait`` before touching the connection again, and ``join`` on the way out of a failure
(so the transaction is rolled back on an idle connection).
"""

from __future__ import annotations

import hashlib
import threading
from typing import Sequence


class BackgroundInsert:
    """Rows for one table, staged with ``stage`` and moved into it by ``start``."""

    def __init__(self, con, insert: str, columns: Sequence[str], name: str):
        """``insert``: the target's ``INSERT [OR IGNORE] INTO t (c1, c2, ...)``; staged rows hold
        ``columns`` in that order."""
        self.con = con
        self.name = name
        self.columns = [f"c{i}" for i in range(len(columns))]
        # Named for its target: the temporary table outlives this object on the connection.
        self.table = "carekit_stage_" + hashlib.blake2s(f"{insert}/{len(columns)}".encode(), digest_size=6).hexdigest()
        self.move = f"{insert} SELECT {', '.join(self.columns)} FROM {self.table}"
        self.thread: threading.Thread | None = None
        self.error: BaseException | None = None
        self.made = False  # the temporary table exists on this connection
        self.pending = False  # rows staged since the last start

    def stage(self, rows: Sequence[tuple]) -> None:
        if not rows:
            return
        if not self.made:
            self.con.execute(f"CREATE TEMP TABLE IF NOT EXISTS {self.table} ({', '.join(self.columns)})")
            self.made = True
        if not self.pending:  # what the last start moved goes; more staged before a start adds to it
            self.con.execute(f"DELETE FROM {self.table}")
            self.pending = True
        self.con.executemany(f"INSERT INTO {self.table} VALUES ({', '.join('?' * len(self.columns))})", rows)

    def start(self) -> None:
        if not self.pending:
            return
        self.pending = False
        self.thread = threading.Thread(target=self._run, name=self.name, daemon=True)
        self.thread.start()

    def _run(self) -> None:
        try:
            self.con.execute(self.move)
        except BaseException as error:  # noqa: BLE001 (raised again on the caller's thread by wait)
            self.error = error

    def join(self) -> None:
        if self.thread is not None:
            self.thread.join()
            self.thread = None

    def wait(self) -> None:
        """Until what was started is written; raises what stopped it, so the transaction rolls back."""
        self.join()
        error, self.error = self.error, None
        if error is not None:
            raise error

    def finish(self) -> None:
        """After the last batch: written, and the staged rows let go."""
        self.wait()
        if self.made:
            self.con.execute(f"DELETE FROM {self.table}")
