"""A desk volunteer edits their own laptop's journal (a few lines of Python against the installed
package) and hands the next bundle on: the coordinator's laptop refuses it, names the laptop and
the change, and writes nothing."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from carekit.domain.tables import Event as EventRow, Operator
from carekit.security import device_keys, grants
from carekit.services import operators, sync
from carekit.store.journal import read_local
from carekit.sync import authority

from tests.security.conftest import DESK_PIN, make_event


def fingerprint(db) -> str:
    digest = hashlib.sha256()
    for suffix in ("", "-wal"):
        path = Path(f"{db.path}{suffix}")
        digest.update(path.read_bytes() if path.exists() else b"")
    return digest.hexdigest()


def refused(ws, path: Path, reason: str) -> str:
    before = fingerprint(ws.db)
    with pytest.raises(sync.SyncRefused) as caught:
        sync.import_bundle(ws, path)
    assert caught.value.reason == reason, caught.value.message
    assert fingerprint(ws.db) == before
    return caught.value.message


def test_a_desk_laptop_granting_itself_the_medic_role_is_refused_by_the_coordinator(event):
    with event.desk.writing() as journal:  # the modified code: straight into the journal
        journal.update(Operator, event.desk_operator_id, {"roles": "desk,medic"})
    bundle = event.folder / "escalation.ckbundle"
    sync.export_bundle(event.desk, bundle)
    message = refused(event.coordinator, bundle, "not_allowed")
    assert "desk 2" in message and "operator" in message and "roles" in message
    with event.coordinator.db.session() as session:
        assert session.get(Operator, event.desk_operator_id).roles == "desk"


def test_a_desk_laptop_replacing_the_badge_key_is_refused(event):
    with event.desk.db.session() as session:
        event_id = read_local(session)["event_id"]
    with event.desk.writing() as journal:
        journal.update(EventRow, event_id, {"badge_key": "QUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUE="})
    bundle = event.folder / "badge-key.ckbundle"
    sync.export_bundle(event.desk, bundle)
    message = refused(event.coordinator, bundle, "not_allowed")
    assert "desk 2" in message and "badge_key" in message


def test_a_change_forged_in_the_coordinators_name_is_refused(event):
    """The desk laptop stamps its change with the coordinator laptop's id: no signature proves it."""
    with event.coordinator.db.session() as session:
        coordinator_device = read_local(session)["device_id"]
    with event.desk.writing() as journal:
        journal.clock.device = coordinator_device
        journal.update(Operator, event.desk_operator_id, {"roles": "coordinator"})
    bundle = event.folder / "forged.ckbundle"
    sync.export_bundle(event.desk, bundle)
    message = refused(event.coordinator, bundle, "unproven_change")
    assert "operator" in message


def test_a_desk_laptop_that_signs_its_own_coordinator_grant_is_refused(event):
    with event.desk.writing() as journal:
        local = read_local(journal.session)
        me, private = local["device_id"], local["device_key"]
        own = grants.link(private, journal.event_id, me, device_keys.public_key_of(private), ["coordinator"])
        authority.save_chain(journal.session, me, [own])
        journal.update(Operator, event.desk_operator_id, {"roles": "coordinator"})
    bundle = event.folder / "self-granted.ckbundle"
    sync.export_bundle(event.desk, bundle)
    message = refused(event.coordinator, bundle, "unknown_laptop")
    assert "desk 2" in message


def test_a_desk_laptop_relays_the_coordinators_changes_to_a_third_laptop(tmp_path, event):
    """Relaying is allowed: the coordinator's signature travels with its change."""
    from carekit.services.events import SiteInput  # noqa: F401  (the event fixture made the coordinator)
    setup = event.folder / "third.cksetup"
    sync.export_setup(event.coordinator, setup, "blue harbour 42")
    third = sync.join_event(__import__("carekit.store.db", fromlist=["Database"]).Database(
        tmp_path / "third.carekit"), setup, "blue harbour 42", device_name="desk 3")
    operators.set_roles(event.coordinator, "Wang Desk", operators.parse_roles(["desk", "medic"]))
    to_desk = event.folder / "to-desk.ckbundle"
    sync.export_bundle(event.coordinator, to_desk)
    sync.import_bundle(event.desk, to_desk)
    relayed = event.folder / "relayed.ckbundle"
    sync.export_bundle(event.desk, relayed)
    signed_in = operators.sign_in(third.db, "Wang Desk", DESK_PIN)
    sync.import_bundle(signed_in, relayed)
    with third.db.session() as session:
        assert session.get(Operator, event.desk_operator_id).roles == "desk,medic"
    third.db.close()


def test_a_station_record_by_a_desk_operator_is_refused_even_from_a_station_laptop(tmp_path):
    made = make_event(tmp_path / "station", desk_capabilities=("desk", "station"))
    try:
        from carekit.domain.screening_tables import ScreeningRecord
        with made.desk.writing() as journal:
            journal.add_fact(ScreeningRecord, {"person_id": "x", "station": "bp", "at": "2026-12-05T09:00:00+08:00"})
        bundle = made.folder / "desk-operator.ckbundle"
        sync.export_bundle(made.desk, bundle)
        message = refused(made.coordinator, bundle, "operator_not_allowed")
        assert "screeningrecord" in message and "desk 2" in message
    finally:
        made.close()


def test_a_laptop_removed_by_the_coordinator_is_refused_from_then_on(event):
    from carekit.services import laptops
    before = event.folder / "before.ckbundle"
    sync.export_bundle(event.desk, before)
    sync.import_bundle(event.coordinator, before)
    laptops.remove_laptop(event.coordinator, "desk 2")
    after = event.folder / "after.ckbundle"
    sync.export_bundle(event.desk, after)
    message = refused(event.coordinator, after, "revoked_laptop")
    assert "desk 2" in message


def test_a_coordinator_signing_in_on_a_desk_laptop_works_there_as_desk_only(event):
    """What the desk laptop could not get merged anywhere, it does not let anyone do."""
    from carekit.domain.enums import Role
    from carekit.services.errors import PermissionDenied
    lin = operators.sign_in(event.desk.db, "Lin", "246810")
    assert lin.roles == frozenset({Role.DESK})
    with pytest.raises(PermissionDenied):
        operators.add_operator(lin, "Sneaky", [Role.MEDIC], pin="135791")
    assert operators.sign_in(event.coordinator.db, "Lin", "246810").roles == frozenset(Role)
