"""The write transaction: ``Database.write_locked`` holds the write lock from its first statement,
commits when the block ends and rolls back if it raises; ``store.unit.writing`` is built on it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from carekit.store.journal import read_local, write_local
from carekit.store.unit import writing

from tests.unit.conftest import driver_errors, open_file

PACKAGE = Path(__file__).resolve().parents[2] / "carekit"


def _local(db, key):
    with db.session() as session:
        return read_local(session).get(key)


def test_a_block_that_ends_is_committed(db):
    with db.write_locked() as session:
        write_local(session, note="kept")
    assert _local(db, "note") == "kept"


def test_a_block_that_raises_leaves_nothing(db):
    with pytest.raises(RuntimeError):
        with db.write_locked() as session:
            write_local(session, note="half")
            raise RuntimeError("stop")
    assert _local(db, "note") is None


def test_the_lock_is_held_before_the_first_read(db, tmp_path):
    with db.write_locked() as session:
        read_local(session)  # only a read so far, and no other writer may start
        other = open_file(db.path, timeout=0)
        try:
            with pytest.raises(driver_errors(other), match="locked"):
                other.execute("BEGIN IMMEDIATE")
        finally:
            other.close()


def test_the_journalled_transaction_rolls_back_its_clock_with_its_rows(ws):
    before = _local(ws.db, "hlc")
    with pytest.raises(RuntimeError):
        with writing(ws.db) as journal:
            journal.clock.tick()
            write_local(journal.session, note="half")
            raise RuntimeError("stop")
    assert _local(ws.db, "hlc") == before and _local(ws.db, "note") is None


def test_no_module_but_the_database_begins_a_write_transaction_by_hand():
    hand_written = [str(p.relative_to(PACKAGE)) for p in sorted(PACKAGE.rglob("*.py"))
                    if re.search(r"""["']BEGIN\s+(IMMEDIATE|EXCLUSIVE)""", p.read_text(encoding="utf-8"))]
    # The outbox is its own small file of scans waiting behind a merge, on a plain sqlite3
    # connection with no session: its two transactions are written out where they are used.
    assert hand_written == ["store/db.py", "store/outbox.py"]
