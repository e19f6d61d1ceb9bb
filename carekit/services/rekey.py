"""Rotating the event's sync key when a laptop is lost, and applying a newer setup file.

The sync key encrypts every bundle and endorses every laptop's signing key. A lost laptop keeps
the key it had, so a coordinator laptop makes a new one (``rotate_keys``): it is a journalled
change of the event row, so it travels only inside bundles already encrypted under it and inside
setup files (passphrase). From then on every bundle is encrypted and endorsed under the new key;
the lost laptop can neither open them nor make one a receiver accepts (its bundles under the old
key are refused anyway once it is removed). The remaining laptops take the new key, the current
operators and their PINs from a new setup file (``apply_setup``). Earlier keys stay in the
journal, so bundles made before the rotation still import.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from carekit.domain import authority as capability
from carekit.domain.enums import Role
from carekit.domain.tables import Event
from carekit.i18n import QT_TRANSLATE_NOOP
from carekit.security import device_keys
from carekit.security.tokens import new_key
from carekit.services import operators
from carekit.services.errors import PermissionDenied
from carekit.services.events import current_event
from carekit.services.laptops import remove_laptop
from carekit.services.workspace import Workspace
from carekit.store.journal import read_local, write_local
from carekit.store.queries import keys
from carekit.sync import authority, setup_file
from carekit.sync.bundle import BundleError, Content, key_id
from carekit.domain.clock import MAX_AHEAD_MS, HybridClock
from carekit.sync.merge import merge

SETUP_TABLES = ("event", "site", "operator", "device")


@dataclass(frozen=True)
class Rotation:
    key_id: str  # fingerprint of the new sync key (the manifest of every later bundle names it)
    removed: list[str]  # device ids of the laptops removed with it


@dataclass(frozen=True)
class Applied:
    key_changed: bool
    key_id: str
    pins: int  # operators' PINs taken from the file


def rotate_keys(ws: Workspace, lost: list[str] = ()) -> Rotation:
    """Coordinators, on a coordinator laptop: remove the ``lost`` laptops and make a new sync key."""
    ws.require(Role.COORDINATOR)
    with ws.db.session() as session:
        local = read_local(session)
        public = device_keys.public_key_of(local["device_key"]) if local.get("device_key") else ""
        if capability.COORDINATOR not in authority.capabilities_of(session, local["device_id"], public):
            raise PermissionDenied("laptop_not_coordinator", QT_TRANSLATE_NOOP(
                "Errors", "Only a laptop with the coordinator capability rotates the event's keys."))
    removed = [remove_laptop(ws, name) for name in lost]
    key = new_key()
    with ws.writing() as journal:
        # The badge key too: badges printed from now on cannot be minted by the lost laptop, and
        # earlier ones keep scanning where they were printed (``badge_keys.verify_scan``).
        journal.update(Event, journal.event_id, {"sync_key": key, "badge_key": new_key()})
        journal.audit("event.rotate_keys", "event", journal.event_id, f"removed={len(removed)}")
    return Rotation(key_id(key), removed)


def sync_keys(session) -> list[str]:
    """The event's sync keys, the current one first, then every earlier one (newest first), from
    the journal: a bundle made before a rotation still opens."""
    event = current_event(session)
    return keys.event_keys(session.connection().exec_driver_sql, event.id, "sync_key", event.sync_key)


def apply_setup(ws: Workspace, path: Path, passphrase: str) -> Applied:
    """On a laptop already in the event: take a newer setup file's event rows (a rotated key, new
    operators, removed laptops) and the operators' PINs it carries. Any signed-in operator may:
    the passphrase is the coordinator's word; this laptop's own capabilities stay as granted."""
    if not ws.operator_id:
        raise PermissionDenied("forbidden", QT_TRANSLATE_NOOP("Errors", "Sign in first."))
    from carekit.services.sync import SyncRefused, _refused
    try:
        content = setup_file.read_setup(Path(path), passphrase)
    except BundleError as error:
        raise _refused(error) from None
    name = Path(path).name
    with ws.db.write_locked() as session:
        local = read_local(session)
        before = current_event(session).sync_key
        if content.get("event_id") != local.get("event_id"):
            raise SyncRefused("wrong_event", QT_TRANSLATE_NOOP(
                "Errors", "{file} belongs to another event ({other}); nothing was imported."),
                file=name, other=str(content.get("event_name") or content.get("event_id")))
        if content.get("root_key") != local.get("root_key"):
            raise SyncRefused("other_root", QT_TRANSLATE_NOOP(
                "Errors", "{file} was not made from this event's coordinator laptops (another root key); "
                          "nothing was imported."), file=name)
        revisions = [tuple(r) for r in content.get("revisions") or [] if isinstance(r, list) and len(r) == 8
                     and r[2] in SETUP_TABLES and r[1] == local["event_id"]]
        try:
            merged = merge(session, Content(revisions=revisions))
        except BundleError as error:
            raise _refused(error) from None
        clock = HybridClock(local["device_id"], local.get("hlc") or None)
        if merged.max_stamp:
            clock.observe(merged.max_stamp, limit_ms=clock.now_ms() + MAX_AHEAD_MS)
            write_local(session, hlc=clock.last)
        authority.store_proofs(session, Content(proofs=content.get("proofs") or {}))
        pins = operators.adopt_pin_hashes(session, content.get("pins"))
        after = current_event(session).sync_key
    with ws.writing() as journal:
        journal.audit("event.apply_setup", "event", journal.event_id, f"pins={pins}")
    return Applied(after != before, key_id(after), pins)
