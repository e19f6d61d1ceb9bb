"""A desk laptop in the wrong hands, on family day: its file, its WAL and every bundle it holds or
makes are searched for a traveller's identity number and medical note as bytes."""

from __future__ import annotations

import json

import pytest

from carekit.domain.enums import Role
from carekit.services import family, health_key, operators, rekey, sync
from carekit.services.events import current_event
from carekit.services.family import TravellerInput
from carekit.services.people import PersonInput, register_people
from carekit.sync import bundle
from tests.unit.sync_lab import PASSPHRASE, close_all, make_event

HEALTH = "mango lantern 19"
NUMBER = "110101194501011234"
NOTE = "QUOKKA-INSULIN-7731"
NEEDLES = [NUMBER.encode(), NUMBER.encode("utf-16-le"), NOTE.encode(), b"QUOKKA"]


def _decrypted(path, sync_key: str, event_id: str) -> bytes:
    sealed = bundle.read_sealed(path)
    content = bundle.open_sealed(sealed, file=path.name, event_id=event_id, sync_key=sync_key, known_public_key="")
    return json.dumps([content.revisions, content.facts], ensure_ascii=False).encode()


@pytest.fixture
def day(tmp_path):
    """Laptop a: the coordinator's, unlocked, adds a mother and fixes her note. Laptop b: a desk."""
    a, b = make_event(tmp_path / "event", 2, health_passphrase=HEALTH)
    operators.add_operator(a.ws, "Desk Li", [Role.DESK], pin="246802")
    sync.export_setup(a.ws, tmp_path / "team.cksetup", PASSPHRASE)  # PINs travel in setup files only
    rekey.apply_setup(b.ws, tmp_path / "team.cksetup", PASSPHRASE)
    with a.ws.writing() as journal:
        register_people(journal, current_event(journal.session),
                        [PersonInput(name="张伟", phone="+8613800138000", staff_id="E1")], source="roster")
    mother = family.add_traveller(a.ws, TravellerInput(worker="E1", name="李秀英", relationship="parent",
                                                       age_band="elderly", id_doc_type="resident id",
                                                       id_doc_number=NUMBER, medical_note="insulin"))
    family.edit_traveller(a.ws, mother, medical_note=NOTE)
    coordinator_bundle = a.export(tmp_path)
    b.take(coordinator_bundle)
    yield a, b, mother, coordinator_bundle
    close_all([a, b])


def test_the_desk_laptops_file_and_wal_hold_no_identity_number_or_note(day):
    a, b, mother, _ = day
    files = [b.db.path, b.db.path.with_name(b.db.path.name + "-wal")]
    held = b"".join(f.read_bytes() for f in files if f.exists())
    assert "李秀英".encode() in held and b"resident id" in held
    for needle in NEEDLES:
        assert needle not in held, needle
    b.db.close()
    for needle in NEEDLES:
        assert needle not in b.db.path.read_bytes(), needle


def test_the_bundles_hold_no_identity_number_even_decrypted(day, tmp_path):
    a, b, mother, coordinator_bundle = day
    with b.db.session() as session:
        event = current_event(session)
        sync_key, event_id = event.sync_key, event.id
    for path in (coordinator_bundle, b.export(tmp_path)):
        plain = _decrypted(path, sync_key, event_id)
        assert "李秀英".encode() in plain
        for needle in NEEDLES:
            assert needle not in plain, (path.name, needle)


def test_only_an_unlocked_coordinator_reads_them_and_other_roles_never_get_them(day):
    a, b, mother, _ = day
    opened = family.traveller(a.ws, mother)
    assert (opened.id_doc_number, opened.medical_note) == (NUMBER, NOTE)
    desk = operators.sign_in(b.db, "Desk Li", "246802")
    listed = json.dumps([v.as_dict() for v in family.list_travellers(desk)], ensure_ascii=False)
    assert "李秀英" in listed and NUMBER[-4:] not in listed and "QUOKKA" not in listed
    # A coordinator on the desk laptop sees them locked until the passphrase is typed there.
    assert family.traveller(b.ws, mother).private == family.PRIVATE_LOCKED
    assert NUMBER not in json.dumps(family.traveller(b.ws, mother).as_dict())
    health_key.unlock_health(b.ws, HEALTH)
    assert family.traveller(b.ws, mother).id_doc_number == NUMBER
    # The desk volunteer on that now unlocked laptop still gets them masked.
    again = family.traveller(desk, mother)
    assert again.private == family.PRIVATE_MASKED and NOTE not in json.dumps(again.as_dict())


def test_numbers_written_before_sealing_are_sealed_when_the_key_is_next_unlocked(day):
    a, b, mother, _ = day
    # A file from before sealing: the number and its revision in clear.
    con = a.db.engine.raw_connection()
    con.execute("UPDATE travellerprivate SET id_doc_number = ?, medical_note = '' WHERE id = ?", (NUMBER, mother))
    con.execute("UPDATE revision SET changes = json_set(changes, '$.id_doc_number', ?) "
                "WHERE entity = 'travellerprivate' AND row_id = ? AND changes LIKE '%id_doc_number%'",
                (NUMBER, mother))
    con.commit()
    con.close()
    health_key.lock_health(a.ws)
    health_key.unlock_health(a.ws, HEALTH)
    with a.db.session() as session:
        rows = session.connection().exec_driver_sql(
            "SELECT id_doc_number FROM travellerprivate UNION ALL SELECT changes FROM revision "
            "WHERE entity = 'travellerprivate'").all()
    assert rows and all(NUMBER not in r[0] for r in rows)
    assert family.traveller(a.ws, mother).id_doc_number == NUMBER


def _plant_clear_number(db, mother) -> None:
    """As a file from before sealing held it: the number in clear in the row and its revision."""
    con = db.engine.raw_connection()
    con.execute("UPDATE travellerprivate SET id_doc_number = ? WHERE id = ?", (NUMBER, mother))
    con.execute("UPDATE revision SET changes = json_set(changes, '$.id_doc_number', ?) "
                "WHERE entity = 'travellerprivate' AND row_id = ? AND changes LIKE '%id_doc_number%'",
                (NUMBER, mother))
    con.commit()
    con.close()


def test_a_desk_cannot_seal_old_clear_values_itself_and_takes_the_sealed_copies_from_a_bundle(day, tmp_path):
    a, b, mother, _ = day
    for laptop in (a, b):
        _plant_clear_number(laptop.db, mother)
    held = health_key.clear_values_held(b.ws)
    assert held >= 2  # the row and at least one revision
    assert health_key.seal_clear_values(b.ws) == 0  # no private key here: nothing it could do converges
    assert health_key.clear_values_held(b.ws) == held
    health_key.lock_health(a.ws)
    health_key.unlock_health(a.ws, HEALTH)  # the unlocked laptop seals them, deterministically
    assert health_key.clear_values_held(a.ws) == 0
    b.take(a.export(tmp_path))
    assert health_key.clear_values_held(b.ws) == 0
    held_bytes = b"".join(p.read_bytes() for p in (b.db.path, b.db.path.with_name(b.db.path.name + "-wal"))
                          if p.exists())
    assert NUMBER.encode() not in held_bytes
    a.take(b.export(tmp_path))
    assert a.dump() == b.dump()
