"""A laptop is lost: the coordinator removes it and rotates the sync key. The remaining laptops
apply the new setup file and sync on; the lost laptop can neither read the bundles made after
the rotation nor get anything of its own merged, and bundles made before still import."""

from __future__ import annotations

import pytest

from carekit.domain.enums import Role
from carekit.services import operators, rekey, sync
from carekit.services.errors import PermissionDenied
from carekit.services.events import current_event
from carekit.services.walk_in import WalkIn, register_walk_in
from carekit.store.db import Database
from carekit.store.dump import canonical_text
from carekit.sync import bundle

from tests.security.conftest import DESK_PIN, PASSPHRASE, make_event
from tests.security.test_authority_at_merge import refused

NEW_PASSPHRASE = "green lantern 77"


@pytest.fixture
def lost_and_rotated(tmp_path):
    event = make_event(tmp_path / "event")
    lost = sync.join_event(Database(event.folder / "lost.carekit"), event.folder / "event.cksetup", PASSPHRASE,
                           device_name="desk 3")
    lost = operators.sign_in(lost.db, "Wang Desk", DESK_PIN)
    for source in (event.desk, lost):  # everyone knows everyone before the loss
        sync.export_bundle(source, event.folder / "hello.ckbundle")
        sync.import_bundle(event.coordinator, event.folder / "hello.ckbundle")
    sync.export_bundle(event.coordinator, event.folder / "before.ckbundle")
    sync.export_bundle(event.desk, event.folder / "desk-before.ckbundle")
    rotation = rekey.rotate_keys(event.coordinator, ["desk 3"])
    sync.export_setup(event.coordinator, event.folder / "rekey.cksetup", NEW_PASSPHRASE)
    sync.export_bundle(event.coordinator, event.folder / "after.ckbundle")
    yield event, lost, rotation
    lost.db.close()
    event.close()


def _key(ws) -> str:
    with ws.db.session() as session:
        return current_event(session).sync_key


def test_the_lost_laptop_cannot_read_a_bundle_made_after_the_rotation(lost_and_rotated):
    event, lost, rotation = lost_and_rotated
    after = event.folder / "after.ckbundle"
    message = refused(lost, after, "rotated_key")
    assert "rekey" in message
    sealed = bundle.read_sealed(after)
    assert sealed.manifest["key_id"] == rotation.key_id != bundle.key_id(_key(lost))
    with pytest.raises(bundle.BundleError):  # its own key does not open the payload, whatever code it runs
        bundle.open_sealed(sealed, file=after.name, event_id=sealed.manifest["event_id"], sync_key=_key(lost),
                           known_public_key="")
    assert _key(lost).encode() not in after.read_bytes()


def test_nothing_the_lost_laptop_makes_after_the_rotation_is_merged(lost_and_rotated):
    event, lost, _ = lost_and_rotated
    register_walk_in(lost, WalkIn(name="李雷", consent_given=True))
    path = event.folder / "from-lost.ckbundle"
    sync.export_bundle(lost, path)
    assert "desk 3" in refused(event.coordinator, path, "revoked_laptop")
    # a remaining laptop that applied the new file refuses it too
    rekey.apply_setup(event.desk, event.folder / "rekey.cksetup", NEW_PASSPHRASE)
    refused(event.desk, path, "revoked_laptop")


def test_the_remaining_laptops_apply_the_new_setup_file_and_sync_on(lost_and_rotated):
    event, lost, rotation = lost_and_rotated
    refused(event.desk, event.folder / "after.ckbundle", "rotated_key")
    applied = rekey.apply_setup(event.desk, event.folder / "rekey.cksetup", NEW_PASSPHRASE)
    assert applied.key_changed and applied.key_id == rotation.key_id and _key(event.desk) == _key(event.coordinator)
    sync.import_bundle(event.desk, event.folder / "after.ckbundle")
    sync.import_bundle(event.desk, event.folder / "before.ckbundle")  # made before the rotation: still opens
    sync.import_bundle(event.coordinator, event.folder / "desk-before.ckbundle")
    register_walk_in(event.desk, WalkIn(name="韩梅梅", consent_given=True))
    mine = event.folder / "desk-after.ckbundle"
    sync.export_bundle(event.desk, mine)
    assert bundle.read_sealed(mine).manifest["key_id"] == rotation.key_id
    refused(lost, mine, "rotated_key")
    sync.import_bundle(event.coordinator, mine)
    sync.export_bundle(event.coordinator, event.folder / "last.ckbundle")
    sync.import_bundle(event.desk, event.folder / "last.ckbundle")
    with event.desk.db.session() as a, event.coordinator.db.session() as b:
        assert canonical_text(a) == canonical_text(b)
    with lost.db.session() as session:
        assert "韩梅梅" not in canonical_text(session)


def test_only_a_coordinator_on_a_coordinator_laptop_rotates_the_keys(tmp_path):
    event = make_event(tmp_path / "event")
    try:
        with pytest.raises(PermissionDenied):
            rekey.rotate_keys(event.desk)
        operators.add_operator(event.coordinator, "Ma", [Role.COORDINATOR, Role.DESK], "864200")
        sync.export_bundle(event.coordinator, event.folder / "ma.ckbundle")
        sync.import_bundle(event.desk, event.folder / "ma.ckbundle")
        operators.set_pin(event.coordinator, "Ma", "864200")
        rekey.apply_setup(event.desk, _setup(event), PASSPHRASE)
        ma = operators.sign_in(event.desk.db, "Ma", "864200")  # a coordinator, on a desk laptop
        with pytest.raises(PermissionDenied):
            rekey.rotate_keys(ma)
        assert _key(event.desk) == _key(event.coordinator)
    finally:
        event.close()


def _setup(event):
    path = event.folder / "again.cksetup"
    sync.export_setup(event.coordinator, path, PASSPHRASE)
    return path


def test_a_laptop_joining_with_an_old_setup_file_after_the_rotation_is_refused(lost_and_rotated, tmp_path):
    """Whoever finds the old setup file and its passphrase joins with the old key: nobody who
    has the rotation takes that newcomer's bundles."""
    event, _, _ = lost_and_rotated
    stranger = sync.join_event(Database(tmp_path / "stranger.carekit"), event.folder / "event.cksetup", PASSPHRASE,
                               device_name="desk 9")
    stranger = operators.sign_in(stranger.db, "Wang Desk", DESK_PIN)
    try:
        register_walk_in(stranger, WalkIn(name="王五", consent_given=True))
        path = event.folder / "stranger.ckbundle"
        sync.export_bundle(stranger, path)
        assert "desk 9" in refused(event.coordinator, path, "old_key_new_laptop")
        rekey.apply_setup(event.desk, event.folder / "rekey.cksetup", NEW_PASSPHRASE)
        refused(event.desk, path, "old_key_new_laptop")
    finally:
        stranger.db.close()


def _badge_key(ws) -> str:
    with ws.db.session() as session:
        return current_event(session).badge_key


def test_after_the_rotation_the_lost_laptop_cannot_mint_a_badge_but_printed_ones_still_scan(lost_and_rotated):
    from carekit.domain.ids import new_id
    from carekit.security.tokens import make_token
    from carekit.services.checkin import CheckInRefused, check_in
    event, lost, _ = lost_and_rotated
    old_key = _badge_key(lost)
    assert _badge_key(event.coordinator) != old_key  # rotated with the sync key
    with event.coordinator.db.session() as session:
        event_id = current_event(session).id
        printed = session.connection().exec_driver_sql(
            "SELECT id, token FROM registration ORDER BY id LIMIT 1").first()
    # A badge printed before the rotation scans on as before.
    assert check_in(event.coordinator, printed.token).registration_id == printed.id
    # The lost laptop still holds the old key: a code it mints for a registration nobody printed
    # used to be taken as "registered elsewhere, pending"; now it is refused and nothing is recorded.
    minted = make_token(event_id, old_key, new_id())
    with pytest.raises(CheckInRefused) as refusal:
        check_in(event.coordinator, minted)
    assert refusal.value.reason == "retired_key"
    # Badges made after the rotation are under the new key, which the lost laptop never receives.
    made = register_walk_in(event.coordinator, WalkIn(name="韩梅梅", consent_given=True), check_in=False)
    assert check_in(event.coordinator, made.registered.token).outcome == "checked_in"
    assert make_token(event_id, old_key, made.registered.registration_id) != made.registered.token
    # A remaining laptop takes the new badge key from the new setup file and scans the new badge.
    rekey.apply_setup(event.desk, event.folder / "rekey.cksetup", NEW_PASSPHRASE)
    assert _badge_key(event.desk) == _badge_key(event.coordinator)
    assert check_in(event.desk, made.registered.token).outcome == "pending_record"  # genuine, not yet synced
    with pytest.raises(CheckInRefused):
        check_in(event.desk, minted)
