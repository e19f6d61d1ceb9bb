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
    """Rows staged with ``stage`` and moved into their tables by ``start``, in order."""

    def __init__(self, con, name: str):
        self.con = con
        self.name = name
        self.thread: threading.Thread | None = None
        self.error: BaseException | None = None
        self.staged: list[str] = []  # the INSERT ... SELECT statements the thread runs, in order
        self.tables: dict[str, str] = {}  # target statement -> its temporary table
        self.filling: set[str] = set()  # temporary tables staged since the last start

    def stage(self, insert: str, columns: Sequence[str], rows: Sequence[tuple]) -> None:
        """``insert``: the target's ``INSERT [OR IGNORE] INTO t (c1, c2, ...)``; ``rows`` hold
        ``columns`` in that order."""
        if not rows:
            return
        table = self.tables.get(insert)
        if table is None:
            # Named for its target: the temporary table outlives this object on the connection.
            digest = hashlib.blake2s(f"{insert}/{len(columns)}".encode(), digest_size=6).hexdigest()
            table = self.tables[insert] = f"carekit_stage_{digest}"
            self.con.execute(f"CREATE TEMP TABLE IF NOT EXISTS {table} ({', '.join(f'c{i}' for i in range(len(columns)))})")
        if table not in self.filling:  # what the last start moved goes; more of the same adds to it
            self.con.execute(f"DELETE FROM {table}")
            self.filling.add(table)
            self.staged.append(f"{insert} SELECT {', '.join(f'c{i}' for i in range(len(columns)))} FROM {table}")
        self.con.executemany(f"INSERT INTO {table} VALUES ({', '.join('?' * len(columns))})", rows)

    def start(self) -> None:
        if not self.staged:
            return
        statements, self.staged = self.staged, []
        self.filling.clear()
        self.thread = threading.Thread(target=self._run, args=(statements,), name=self.name, daemon=True)
        self.thread.start()

    def _run(self, statements: list[str]) -> None:
        try:
            for statement in statements:
                self.con.execute(statement)
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
        for table in self.tables.values():
            self.con.execute(f"DELETE FROM {table}")
