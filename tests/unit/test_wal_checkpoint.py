"""The WAL is folded into the event file on a thread of its own, never inside a commit."""

from __future__ import annotations

import gc
import threading
import time

from carekit.services.events import current_event
from carekit.services.people import PersonInput, register_people
from carekit.store.db import Database

from tests.unit.conftest import DB_PASSPHRASE


def _thread(db) -> threading.Thread | None:
    """The file's checkpoint thread, if it runs (found by name among the threads alive)."""
    ours = db._checkpointer._thread
    return next((t for t in threading.enumerate() if t is ours and t.name == "carekit-checkpoint"), None)


def wait_for_checkpoint(db, before: int, seconds: float = 10) -> None:
    """Until the file's thread has run a checkpoint more than ``before``, or ``seconds`` passed."""
    deadline = time.monotonic() + seconds
    while db.checkpoints == before and time.monotonic() < deadline:
        time.sleep(0.05)


def wal_left(db) -> tuple[int, int]:
    """(busy, frames not yet in the file) as one more PASSIVE checkpoint finds them."""
    with db.engine.connect() as con:
        busy, log, done = con.exec_driver_sql("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
    return busy, log - done


def _register(ws, count: int) -> None:
    with ws.writing() as journal:
        register_people(journal, current_event(journal.session),
                        [PersonInput(f"检查点{i}", staff_id=f"CP{i:05d}") for i in range(count)], source="test")


def test_every_connection_leaves_checkpoints_to_the_thread(ws):
    with ws.db.engine.connect() as con:
        assert con.exec_driver_sql("PRAGMA wal_autocheckpoint").scalar() == 0


def test_a_big_write_commits_without_copying_the_wal_and_the_thread_copies_it_soon_after(ws):
    before = ws.db.checkpoints
    _register(ws, 3000)  # several thousand pages: past SQLite's own threshold of 1000
    wait_for_checkpoint(ws.db, before)
    assert ws.db.checkpoints > before, "no checkpoint followed the write"
    # Everything the write left in the WAL is in the file now: a checkpoint has nothing left.
    assert wal_left(ws.db) == (0, 0)


def test_small_writes_leave_the_file_alone_until_they_add_up(ws):
    """As SQLite's own threshold did: a few check-ins or walk-ins change no byte of the file itself
    (a refused bundle is checked against the file's bytes), until enough rows were written."""
    ws.db.close()  # whatever making the event left for the thread is done
    before = ws.db.checkpoints
    for _ in range(3):
        _register(ws, 5)
    time.sleep(0.3)
    assert ws.db.checkpoints == before and _thread(ws.db) is None
    _register(ws, 400)
    wait_for_checkpoint(ws.db, before)
    assert ws.db.checkpoints > before


def test_closing_the_file_ends_its_checkpoint_thread_and_a_later_write_starts_another(ws):
    _register(ws, 400)
    first = _thread(ws.db)
    assert first is not None
    ws.db.close()
    assert not first.is_alive()
    _register(ws, 400)  # a database used again after close still writes, and is checkpointed
    assert _thread(ws.db) not in (None, first)


def test_a_database_nobody_holds_does_not_keep_its_thread(tmp_path, monkeypatch):
    from carekit.services.events import SiteInput, create_event
    from carekit.store import checkpoint
    monkeypatch.setattr(checkpoint, "IDLE_S", 0.1)
    db = Database(tmp_path / "dropped.carekit", DB_PASSPHRASE)
    ws = create_event(db, name="Dropped", sites=[SiteInput("深圳")], operator_name="Lin", pin="246810")
    _register(ws, 400)
    thread = _thread(db)
    assert thread is not None
    del ws, db
    gc.collect()
    thread.join(timeout=10)
    assert not thread.is_alive()
