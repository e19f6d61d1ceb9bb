"""Bundles that must be refused with nothing written: the file is byte-identical afterwards."""

from __future__ import annotations

import hashlib
import json
import zipfile
from pathlib import Path

import pytest

from carekit.security import device_keys
from carekit.services import sync
from carekit.services.people import PersonInput, register_people
from carekit.services.events import current_event
from carekit.sync.bundle import write_bundle

from tests.unit.sync_lab import PASSPHRASE, close_all, make_event


@pytest.fixture(scope="module")
def day(tmp_path_factory):
    """Laptop a with people and a bundle; laptop b, which has not imported anything yet."""
    folder = tmp_path_factory.mktemp("refusals")
    laptops = make_event(folder / "event", 2)
    a, b = laptops
    with a.ws.writing() as journal:
        register_people(journal, current_event(journal.session), [PersonInput("张伟"), PersonInput("李娜")], source="x")
    bundle = a.export(folder)
    other = make_event(folder / "other", 1)[0]
    yield a, b, bundle, other, folder
    close_all([a, b, other])


def fingerprint(db) -> str:
    digest = hashlib.sha256()
    for suffix in ("", "-wal"):
        path = Path(f"{db.path}{suffix}")
        digest.update(path.read_bytes() if path.exists() else b"")
    return digest.hexdigest()


def members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {n: archive.read(n) for n in archive.namelist()}


def refused(laptop, path: Path, reason: str) -> str:
    before = fingerprint(laptop.db)
    with pytest.raises(sync.SyncRefused) as caught:
        sync.import_bundle(laptop.ws, path)
    assert caught.value.reason == reason
    assert fingerprint(laptop.db) == before
    return caught.value.message


def test_a_truncated_bundle_is_refused(day):
    a, b, bundle, _, folder = day
    cut = folder / "cut.ckbundle"
    cut.write_bytes(bundle.read_bytes()[: bundle.stat().st_size // 2])
    assert "truncated" in refused(b, cut, "damaged")


def test_a_bundle_with_a_flipped_byte_is_refused(day):
    a, b, bundle, _, folder = day
    data = bytearray(bundle.read_bytes())
    data[len(data) // 2] ^= 0x40
    broken = folder / "flipped.ckbundle"
    broken.write_bytes(bytes(data))
    refused(b, broken, "damaged")


def test_a_bundle_of_another_event_is_refused(day):
    _, b, _, other, folder = day
    assert "another event" in refused(b, other.export(folder), "wrong_event")


def test_a_tampered_manifest_is_refused(day):
    _, b, bundle, _, folder = day
    parts = members(bundle)
    manifest = json.loads(parts["manifest.json"])
    manifest["device_name"] = "desk 99"
    parts["manifest.json"] = json.dumps(manifest).encode()
    write_bundle(folder / "manifest.ckbundle", parts)
    refused(b, folder / "manifest.ckbundle", "bad_signature")


def test_a_tampered_payload_is_refused(day):
    _, b, bundle, _, folder = day
    parts = members(bundle)
    payload = bytearray(parts["payload.bin"])
    payload[-5] ^= 1
    parts["payload.bin"] = bytes(payload)
    write_bundle(folder / "payload.ckbundle", parts)
    refused(b, folder / "payload.ckbundle", "bad_signature")


def test_a_payload_re_signed_by_the_laptop_but_not_decryptable_is_refused(day):
    """The sender's own key signs garbage: the event's sync key still refuses it."""
    a, b, bundle, _, folder = day
    parts = members(bundle)
    parts["payload.bin"] = parts["payload.bin"][:12] + b"\0" * 64
    with a.db.session() as session:
        private = session.connection().exec_driver_sql("SELECT value FROM localstate WHERE key='device_key'").scalar()
    from carekit.sync.bundle import _signed_message
    parts["signature"] = device_keys.sign(private, _signed_message(parts["manifest.json"], parts["payload.bin"]))
    write_bundle(folder / "resigned.ckbundle", parts)
    refused(b, folder / "resigned.ckbundle", "tampered")


def test_a_bad_signature_is_refused(day):
    _, b, bundle, _, folder = day
    parts = members(bundle)
    parts["signature"] = bytes(64)
    write_bundle(folder / "signature.ckbundle", parts)
    assert "changed after it was made" in refused(b, folder / "signature.ckbundle", "bad_signature")


def test_a_laptop_key_the_event_never_endorsed_is_refused(day):
    """A stranger signs with its own key and claims to be a new desk: no endorsement, no entry."""
    _, b, bundle, _, folder = day
    parts = members(bundle)
    manifest = json.loads(parts["manifest.json"])
    stranger = device_keys.new_private_key()
    manifest.update(device_id="01a00000-0000-7000-8000-000000000001", public_key=device_keys.public_key_of(stranger),
                    endorsement="forged")
    parts["manifest.json"] = json.dumps(manifest).encode()
    from carekit.sync.bundle import _signed_message
    parts["signature"] = device_keys.sign(stranger, _signed_message(parts["manifest.json"], parts["payload.bin"]))
    write_bundle(folder / "stranger.ckbundle", parts)
    assert "does not know" in refused(b, folder / "stranger.ckbundle", "unendorsed_device")


def test_a_known_laptop_with_another_key_is_refused(day):
    a, b, bundle, _, folder = day
    sync.import_bundle(b.ws, bundle)  # b now knows a's key
    parts = members(bundle)
    manifest = json.loads(parts["manifest.json"])
    with b.db.session() as session:
        sync_key = session.connection().exec_driver_sql("SELECT sync_key FROM event").scalar()
    other = device_keys.new_private_key()
    public = device_keys.public_key_of(other)
    manifest.update(public_key=public, endorsement=device_keys.endorse(sync_key, manifest["event_id"],
                                                                          manifest["device_id"], public))
    parts["manifest.json"] = json.dumps(manifest).encode()
    from carekit.sync.bundle import _signed_message
    parts["signature"] = device_keys.sign(other, _signed_message(parts["manifest.json"], parts["payload.bin"]))
    write_bundle(folder / "rekeyed.ckbundle", parts)
    refused(b, folder / "rekeyed.ckbundle", "key_changed")


def test_a_bundle_from_a_newer_carekit_is_refused(day):
    a, b, bundle, _, folder = day
    parts = members(bundle)
    manifest = json.loads(parts["manifest.json"])
    manifest["format"] = 99
    parts["manifest.json"] = json.dumps(manifest).encode()
    write_bundle(folder / "bumped.ckbundle", parts)
    # Edited after signing: that is what is said, not "newer" (no manifest field is believed first).
    assert "changed after it was made" in refused(b, folder / "bumped.ckbundle", "bad_signature")
    private, _, _ = sync.ensure_device_key(a.db)
    from carekit.sync.bundle import _signed_message
    parts["signature"] = device_keys.sign(private, _signed_message(parts["manifest.json"], parts["payload.bin"]))
    write_bundle(folder / "newer.ckbundle", parts)
    assert "newer CareKit" in refused(b, folder / "newer.ckbundle", "newer_format")


def test_a_file_that_is_not_a_bundle_is_refused(day):
    _, b, _, _, folder = day
    junk = folder / "notes.ckbundle"
    junk.write_text("shopping list", encoding="utf-8")
    refused(b, junk, "damaged")


def test_the_setup_file_needs_the_right_passphrase(day, tmp_path):
    a, *_ = day
    setup = tmp_path / "event.cksetup"
    sync.export_setup(a.ws, setup, PASSPHRASE)
    from carekit.store.db import Database
    newcomer = Database(tmp_path / "new.carekit")
    with pytest.raises(sync.SyncRefused) as caught:
        sync.join_event(newcomer, setup, "wrong passphrase")
    assert caught.value.reason == "wrong_passphrase"
    with newcomer.session() as session:
        assert session.connection().exec_driver_sql("SELECT count(*) FROM revision").scalar() == 0
    newcomer.close()


def test_a_short_passphrase_is_refused(day, tmp_path):
    a, *_ = day
    from carekit.services.errors import ValidationError
    with pytest.raises(ValidationError):
        sync.export_setup(a.ws, tmp_path / "e.cksetup", "1234")


def sealed_by_a(a, folder: Path, name: str, revisions: list[tuple]) -> Path:
    """A bundle properly encrypted and signed by laptop a, holding the given revisions."""
    from carekit.sync import bundle as bundle_format
    private, public, endorsement = sync.ensure_device_key(a.db)
    with a.db.session() as session:
        event = current_event(session)
        device = session.connection().exec_driver_sql("SELECT value FROM localstate WHERE key='device_id'").scalar()
    manifest = {"event_id": event.id, "device_id": device, "public_key": public, "endorsement": endorsement}
    members = bundle_format.seal(manifest, bundle_format.Content(revisions, {}), sync_key=event.sync_key,
                                 private_key=private)
    write_bundle(folder / name, members)
    return folder / name


def test_data_for_a_table_this_app_does_not_know_is_refused(day):
    a, b, _, _, folder = day
    with a.db.session() as session:
        event_id = current_event(session).id
    path = sealed_by_a(a, folder, "future.ckbundle", [
        ("001795000000000.00000.x", event_id, "shuttlerun", "01a00000-0000-7000-8000-0000000000aa", "", '{"mode":"train"}', "{}", "{}")])
    assert "update CareKit" in refused(b, path, "unknown_table")


def test_a_revision_that_cannot_be_read_is_refused(day):
    a, b, _, _, folder = day
    with a.db.session() as session:
        event_id = current_event(session).id
    path = sealed_by_a(a, folder, "garbled.ckbundle", [
        ("001795000000000.00000.y", event_id, "person", "01a00000-0000-7000-8000-0000000000ab", "", '{"name": ', "{}", "{}")])
    refused(b, path, "tampered")
