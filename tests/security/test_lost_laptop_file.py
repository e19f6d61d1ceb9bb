"""A lost laptop with an encrypted event file: its file, WAL and backups searched for people's
names and health values as bytes, without the event passphrase."""

from __future__ import annotations

import pytest

from carekit.domain.enums import ConsentKind
from carekit.services import consent, screening
from carekit.services.events import SiteInput, create_event, current_event
from carekit.services.people import PersonInput, register_people
from carekit.store.db import Database

pytest.importorskip("sqlcipher3")

NEEDLES = ["张伟明".encode(), b"+8613800138000", b"E100001", b"systolic", b"blood_pressure", b"Rider Care Day"]


def test_the_encrypted_file_and_its_wal_and_backups_show_nothing_without_the_passphrase(tmp_path):
    path = tmp_path / "event.carekit"
    db = Database(path, "lock the laptop 7")
    ws = create_event(db, name="Rider Care Day", operator_name="Lin", sites=[SiteInput("深圳")],
                      health_passphrase="mango lantern 19")
    with ws.writing() as journal:
        [person] = register_people(journal, current_event(journal.session),
                                   [PersonInput(name="张伟明", phone="+8613800138000", staff_id="E100001")],
                                   source="walk-in")
    consent.record_consent(ws, person.person_id, ConsentKind.HEALTH, "1")
    screening.record_screening(ws, person.person_id, "blood_pressure", {"systolic_1": "150", "diastolic_1": "95"})
    wal = path.with_name(path.name + "-wal")
    assert wal.exists() and wal.stat().st_size > 0  # the day's writes are in the WAL, not yet folded
    from carekit.store.db import backup_file
    backup = backup_file(path, "manual", db.key)
    held = path.read_bytes() + wal.read_bytes() + backup.read_bytes()
    for needle in NEEDLES:
        assert needle not in held, needle
    db.close()
    with pytest.raises(Exception):
        Database(path)
