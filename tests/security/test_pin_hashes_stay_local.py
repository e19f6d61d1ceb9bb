"""Operators' PIN hashes stay on the laptops they sign in on: no bundle carries one, a laptop that
never had an operator's PIN holds no trace of it, and a bundle crafted to bring one is refused
(from a laptop without the right) or has it dropped (from one with it)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlmodel import select

from carekit.domain.enums import Role
from carekit.domain.tables import PinVerifier, Revision
from carekit.security.pins import hash_pin
from carekit.services import operators, sync
from carekit.services.events import current_event
from carekit.store.db import Database
from carekit.store.dump import canonical_text
from carekit.sync import bundle

from tests.security.conftest import COORDINATOR_PIN, DESK_PIN, PASSPHRASE


def hash_of(ws, name: str) -> str:
    with ws.db.session() as session:
        return operators.pin_hash_of(session, operators._find(session, name).id)


def file_bytes(db) -> bytes:
    return b"".join(Path(f"{db.path}{suffix}").read_bytes() for suffix in ("", "-wal")
                    if Path(f"{db.path}{suffix}").exists())


def opened(ws, path: Path) -> str:
    """The bundle's payload as its receiver decrypts it (the attacker here holds the sync key)."""
    sealed = bundle.read_sealed(path)
    with ws.db.session() as session:
        event = current_event(session)
        content = bundle.open_sealed(sealed, file=path.name, event_id=event.id, sync_key=event.sync_key,
                                     known_public_key="")
    return json.dumps([content.revisions, content.facts, content.proofs], ensure_ascii=False)


def craft_revision(ws, operator_id: str, changes: dict) -> None:
    """Modified code on a laptop: a revision written straight into its journal."""
    with ws.writing() as journal:
        journal.session.add(Revision(hlc=journal.clock.tick(), event_id=journal.event_id, entity="operator",
                                     row_id=operator_id, operator_id=journal.operator_id,
                                     changes=json.dumps(changes, sort_keys=True, separators=(",", ":"))))


def test_no_bundle_carries_a_pin_hash(event):
    secrets = [hash_of(event.coordinator, "Lin"), hash_of(event.coordinator, "Wang Desk")]
    assert all(s.startswith("$argon2id$") for s in secrets)
    for ws, name in ((event.coordinator, "full.ckbundle"), (event.desk, "desk.ckbundle")):
        path = event.folder / name
        sync.export_bundle(ws, path)
        payload = opened(ws, path)
        assert "$argon2" not in payload and "pin_hash" not in payload
        assert not any(s.encode() in path.read_bytes() for s in secrets)


def test_a_laptop_that_never_had_an_operators_pin_holds_no_trace_of_it(event):
    operators.add_operator(event.coordinator, "Dr Chen", [Role.MEDIC], "753100")
    secret = hash_of(event.coordinator, "Dr Chen")
    path = event.folder / "after.ckbundle"
    sync.export_bundle(event.coordinator, path)
    sync.import_bundle(event.desk, path)
    assert "Dr Chen" in operators.operator_names(event.desk.db)
    assert hash_of(event.desk, "Dr Chen") == ""
    assert secret.encode() not in file_bytes(event.desk.db)
    assert secret.split("$")[-1].encode() not in file_bytes(event.desk.db)  # not even the digest part
    # Knowing the name is not enough there: nobody may choose Dr Chen's PIN on that laptop.
    with pytest.raises(operators.PinRefused) as refused:
        operators.sign_in(event.desk.db, "Dr Chen", None, new_pin="111222")
    assert refused.value.reason == "no_pin_here" and "setup file" in refused.value.message
    with pytest.raises(operators.PinRefused):
        operators.sign_in(event.desk.db, "Dr Chen", "753100")


def test_a_pin_set_on_a_laptop_stays_there_and_travels_in_the_next_setup_file(event, tmp_path):
    operators.set_pin(event.coordinator, "Wang Desk", "975310")
    path = event.folder / "after-pin.ckbundle"
    sync.export_bundle(event.coordinator, path)
    sync.import_bundle(event.desk, path)
    assert operators.sign_in(event.desk.db, "Wang Desk", DESK_PIN).operator_name == "Wang Desk"
    with pytest.raises(operators.PinRefused):
        operators.sign_in(event.desk.db, "Wang Desk", "975310")
    setup = event.folder / "second.cksetup"
    sync.export_setup(event.coordinator, setup, PASSPHRASE)
    third = sync.join_event(Database(tmp_path / "third.carekit"), setup, PASSPHRASE, device_name="desk 3")
    try:
        assert operators.sign_in(third.db, "Wang Desk", "975310").operator_name == "Wang Desk"
        assert operators.sign_in(third.db, "Lin", COORDINATOR_PIN).operator_name == "Lin"
    finally:
        third.db.close()


def test_a_desk_laptop_sending_another_operators_pin_hash_is_refused(event):
    with event.desk.db.session() as session:
        lin = operators._find(session, "Lin").id
    craft_revision(event.desk, lin, {"pin_hash": hash_of(event.desk, "Wang Desk")})
    path = event.folder / "pin-swap.ckbundle"
    sync.export_bundle(event.desk, path)
    with pytest.raises(sync.SyncRefused) as refused:
        sync.import_bundle(event.coordinator, path)
    assert refused.value.reason == "not_allowed" and "pin_hash" in refused.value.message
    assert operators.sign_in(event.coordinator.db, "Lin", COORDINATOR_PIN).operator_name == "Lin"


def test_a_pin_hash_in_a_bundle_with_the_right_to_write_operators_is_dropped(event):
    """A coordinator laptop (or an older CareKit) sending a hash: merged without it."""
    attacker = hash_pin("000111")  # the hash of a PIN the attacker knows
    craft_revision(event.coordinator, event.desk_operator_id, {"pin_hash": attacker, "roles": "desk"})
    path = event.folder / "planted.ckbundle"
    sync.export_bundle(event.coordinator, path)
    assert attacker in opened(event.coordinator, path)  # it did travel: this laptop's journal held it
    sync.import_bundle(event.desk, path)
    with event.desk.db.session() as session:
        assert operators.pin_hash_of(session, event.desk_operator_id) != attacker
        stored = session.exec(select(Revision).where(Revision.entity == "operator")).all()
        assert stored and not any("pin_hash" in r.changes or "pin_hash" in r.parents for r in stored)
    assert attacker.encode() not in file_bytes(event.desk.db)
    with pytest.raises(operators.PinRefused):
        operators.sign_in(event.desk.db, "Wang Desk", "000111")
    assert operators.sign_in(event.desk.db, "Wang Desk", DESK_PIN).operator_name == "Wang Desk"


def test_the_verifiers_are_this_laptops_own_and_left_out_of_the_dump(event):
    with event.desk.db.session() as session:
        kept = {row.operator_id for row in session.exec(select(PinVerifier))}
        text = canonical_text(session)
    assert event.desk_operator_id in kept
    assert "$argon2" not in text and "pinverifier" not in text


def _as_before_the_upgrade(db: Database, hashes: dict[str, str]) -> Path:
    """The file as CareKit kept it before PINs were local: each hash in the operator row, its
    field stamp and the revision that created the row (so in every bundle and setup file)."""
    import sqlite3

    from alembic import command

    from carekit.store import migrate
    path = db.path
    db.close()
    command.downgrade(migrate._config(path), "0013")
    con = sqlite3.connect(path)
    with con:
        for operator_id, secret in hashes.items():
            con.execute("UPDATE operator SET pin_hash = ?, clocks = json_set(clocks, '$.pin_hash', hlc) WHERE id = ?",
                        (secret, operator_id))
            first = con.execute("SELECT min(hlc) FROM revision WHERE entity = 'operator' AND row_id = ?",
                                (operator_id,)).fetchone()[0]
            con.execute("UPDATE revision SET changes = json_set(changes, '$.pin_hash', ?) WHERE hlc = ?",
                        (secret, first))
    con.close()
    return path


def test_the_upgrade_moves_synced_hashes_to_the_laptop_and_blanks_the_history(event):
    for source, target in ((event.desk, event.coordinator), (event.coordinator, event.desk)):
        sync.export_bundle(source, event.folder / "both.ckbundle")
        sync.import_bundle(target, event.folder / "both.ckbundle")
    with event.coordinator.db.session() as session:
        hashes = operators.local_pin_hashes(session)
        hashes = {k: v["hash"] for k, v in hashes.items()}
    paths = [_as_before_the_upgrade(ws.db, hashes) for ws in (event.coordinator, event.desk)]
    assert all(any(h.encode() in p.read_bytes() for h in hashes.values()) for p in paths)
    dumps = []
    for path in paths:
        db = Database(path)  # upgraded on opening
        try:
            with db.session() as session:
                con = session.connection()
                assert con.exec_driver_sql("SELECT count(*) FROM revision WHERE changes LIKE '%argon2%' "
                                           "OR changes LIKE '%pin_hash%' OR parents LIKE '%pin_hash%'").scalar() == 0
                assert all("pin_hash" not in c for (c,) in con.exec_driver_sql("SELECT clocks FROM operator"))
                assert {r.operator_id: r.pin_hash for r in session.exec(select(PinVerifier))} == hashes
                dumps.append(canonical_text(session))
            digests = [h.split("$")[-1].encode() for h in hashes.values()]
            held = file_bytes(db)  # the verifier table holds each, once; nothing else does
            assert all(held.count(d) == 1 for d in digests), "an old copy of a hash stays in the file"
            assert operators.sign_in(db, "Lin", COORDINATOR_PIN).operator_name == "Lin"
            ws = operators.sign_in(db, "Wang Desk", DESK_PIN)
            bundle_path = path.with_suffix(".ckbundle")
            sync.export_bundle(ws, bundle_path)
            assert not any(h in opened(ws, bundle_path) for h in hashes.values())
        finally:
            db.close()
    assert dumps[0] == dumps[1] and "$argon2" not in dumps[0]


def test_a_setup_file_carries_only_the_pins_of_operators_its_laptops_serve(event, tmp_path):
    operators.add_operator(event.coordinator, "Dr Chen", [Role.MEDIC], "753100")
    medic_hash = hash_of(event.coordinator, "Dr Chen")
    laptops = {}
    for capability in ("desk", "station"):
        setup = event.folder / f"{capability}.cksetup"
        sync.export_setup(event.coordinator, setup, PASSPHRASE, capabilities=(capability,))
        laptops[capability] = sync.join_event(Database(tmp_path / f"{capability}.carekit"), setup, PASSPHRASE)
    try:
        desk, station = laptops["desk"], laptops["station"]
        assert medic_hash.split("$")[-1].encode() not in file_bytes(desk.db)
        with pytest.raises(operators.PinRefused):
            operators.sign_in(desk.db, "Dr Chen", "753100")
        assert operators.sign_in(desk.db, "Wang Desk", DESK_PIN).operator_name == "Wang Desk"
        assert operators.sign_in(station.db, "Dr Chen", "753100").roles == frozenset({Role.MEDIC})
    finally:
        for ws in laptops.values():
            ws.db.close()
