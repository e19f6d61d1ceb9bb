"""The side file of scans waiting behind a merge: what a thief who copies it can read, and the
waiting desk scans a previous version left in it."""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime, timezone

import pytest

from carekit.domain.ids import new_id
from carekit.services import attendance, checkin, family, family_board, training, waiting
from carekit.store import cipher
from carekit.store.db import Database
from carekit.store.outbox import Outbox, outbox_of, outbox_path
from tests.unit.family_fixtures import make_families
from tests.unit.test_scans_behind_a_lock import EVENT_PASSPHRASE, db, merge_holding_the_lock  # noqa: F401
from tests.unit.test_training_day import first_aid


def _three_kinds_waiting(ws, crowd) -> dict[str, list[str]]:
    """A desk check-in, a training-room scan and an arrival, all kept behind a held lock; what
    each one's row holds that a thief must not read."""
    f = make_families(ws, crowd)
    training.add_course(ws, first_aid())
    session = training.add_session(ws, course="FA1", site="深圳", starts="2026-12-05 09:00",
                                   ends="2026-12-05 17:00", capacity=3, trainer="Lin Coordinator", room="B2")
    training.enrol(ws, session, crowd["张伟"].person_id)
    traveller = family.traveller(ws, f.wife)
    with merge_holding_the_lock(ws.db):
        desk = checkin.scan(ws, crowd["王小明"].token)
        room = attendance.scan(ws, crowd["张伟"].token, session, at="09:00")
        met = family_board.scan_arrival(ws, traveller.registration_token, "pickup")
        assert desk.waiting and room.waiting and met.waiting
    return {"ids": [desk.registration_id, met.registration_id, room.person_id, session, ws.operator_id],
            "words": ["desk 2", desk.at, room.at, met.at, "pickup", "attendance", "arrival", "checked_in"]}


def _raw(event_file) -> bytes:
    side = outbox_path(event_file)
    return b"".join(p.read_bytes() for p in (side, side.with_name(side.name + "-wal")) if p.exists())


def _forms(text: str) -> list[bytes]:
    forms = [text.encode("utf-8"), text.encode("utf-16-le")]
    bare = text.replace("-", "")
    if len(bare) == 32 and all(c in "0123456789abcdef" for c in bare.lower()):
        forms += [bare.encode(), bytes.fromhex(bare)]
    return forms


def test_a_thief_with_the_side_file_of_an_encrypted_event_reads_nothing_of_the_scans(ws, crowd):
    secrets = _three_kinds_waiting(ws, crowd)
    raw = _raw(ws.db.path)
    found = [text for text in secrets["ids"] + secrets["words"] if any(form in raw for form in _forms(text))]
    if not ws.db.encrypted:
        # The same search on a plain event's side file finds them: the search is a real one.
        assert set(secrets["ids"]) <= set(found)
        return
    assert found == []
    with sqlite3.connect(outbox_path(ws.db.path)) as con:  # opened as any SQLite file, no key needed
        bodies = [body for (body,) in con.execute("SELECT body FROM waiting")]
    assert len(bodies) == 3 and all(isinstance(b, bytes) for b in bodies)
    for body in bodies:
        with pytest.raises(ValueError):
            json.loads(body)
    # Another passphrase's key opens none of them; the event's own opens all three.
    wrong = Outbox(outbox_path(ws.db.path), cipher.derive("not the passphrase", ws.db.key.salt))
    assert wrong.waiting() == [] and wrong.unreadable == 3
    wrong.close()
    assert sorted(w["kind"] for w in outbox_of(ws.db).waiting()) == ["arrival", "attendance", "checkin"]
    assert waiting.commit_waiting(ws) == 3


@pytest.mark.parametrize("db", ["encrypted"], indirect=True)  # rows are sealed beside an encrypted file only
def test_a_damaged_sealed_row_is_kept_and_the_others_are_recorded(ws, crowd):
    assert ws.db.encrypted
    _three_kinds_waiting(ws, crowd)
    with sqlite3.connect(outbox_path(ws.db.path)) as con:
        seq, body = con.execute("SELECT seq, body FROM waiting ORDER BY seq LIMIT 1").fetchone()
        con.execute("UPDATE waiting SET body = ? WHERE seq = ?", (body[:-1] + bytes([body[-1] ^ 1]), seq))
    box = outbox_of(ws.db)
    assert len(box.waiting()) == 2 and box.unreadable == 1
    assert waiting.commit_waiting(ws) == 2
    with sqlite3.connect(outbox_path(ws.db.path)) as con:
        assert con.execute("SELECT seq FROM waiting").fetchall() == [(seq,)]


OLD_TABLE = ("CREATE TABLE scan (seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE, "
             "registration_id TEXT NOT NULL, point TEXT NOT NULL, desk TEXT NOT NULL, at TEXT NOT NULL, "
             "outcome TEXT NOT NULL, operator_id TEXT NOT NULL)")


def test_a_desk_scan_left_waiting_by_the_previous_version_is_recorded_once(ws, crowd):
    at = datetime(2026, 12, 5, 1, 14, tzinfo=timezone.utc).astimezone().isoformat(timespec="seconds")
    scan_id = new_id()
    with sqlite3.connect(outbox_path(ws.db.path)) as con:  # as the previous version wrote it, in clear
        con.execute("PRAGMA journal_mode=WAL")
        con.execute(OLD_TABLE)
        con.execute("INSERT INTO scan (id, registration_id, point, desk, at, outcome, operator_id) "
                    "VALUES (?, ?, 'entrance', 'desk 2', ?, 'checked_in', ?)",
                    (scan_id, crowd["张伟"].registration_id, at, ws.operator_id))
    assert waiting.waiting_count(ws) == 1
    again = checkin.scan(ws, crowd["张伟"].token)  # the old scan goes in first: this one is the repeat
    assert (again.outcome, again.first_at) == ("already", at)
    assert waiting.waiting_count(ws) == 0 and waiting.commit_waiting(ws) == 0
    with ws.db.session() as session:
        rows = session.connection().exec_driver_sql(
            "SELECT id FROM checkin WHERE registration_id = ? ORDER BY hlc", (crowd["张伟"].registration_id,)).all()
    assert [r[0] for r in rows][0] == scan_id and len(rows) == 2
