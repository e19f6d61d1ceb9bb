"""Joining an event, exporting bundles and importing them: the sync use cases.

Every import is one transaction: the bundle is read and fully checked (container, format,
event, device key, signature, decryption) before anything is written, and a merge that fails or
is cancelled halfway rolls back.
"""

from __future__ import annotations

import gc
import json
import time
from contextlib import contextmanager
from datetime import datetime, timezone
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Callable, Iterator

from sqlmodel import Session, select

import carekit
from carekit.domain.enums import Role
from carekit.domain.sync_tables import SyncLog
from carekit.domain.tables import Device
from carekit.i18n import QT_TRANSLATE_NOOP, translate
from carekit.security import device_keys
from carekit.services import health_key, operators, rekey
from carekit.services.duplicates import pairs
from carekit.domain import authority as capability
from carekit.domain.ids import new_id
from carekit.security import grants
from carekit.services.errors import CareKitError, PermissionDenied, ValidationError
from carekit.services.events import current_event
from carekit.services.merges import settle as settle_merges
from carekit.services.person_data import apply_erasures
from carekit.services.workspace import Workspace
from carekit.store.bulk import insert_rows
from carekit.store.db import Database, WriteLockBusy
from carekit.store.journal import now_iso, read_local, write_local
from carekit.store.queries import sync as queries
from carekit.store.unit import device_id, writing
from carekit.domain.catalog import fact_tables
from carekit.domain.sealed import sealed_fields
from carekit.sync import authority, bundle, setup_file
from carekit.sync.bundle import REVISION_FIELDS, BundleError, Content
from carekit.domain.clock import MAX_AHEAD_MS, HybridClock, wall_ms_of
from carekit.sync.merge import Cancelled, merge
from carekit.sync.vector import is_newer, missing_ranges, start_vector, version_vector

Progress = Callable[[int, int], bool]
SETUP_TABLES = rekey.SETUP_TABLES  # the event's own rows, which a setup file carries


class SyncRefused(CareKitError):
    """A bundle or setup file that was refused; nothing was written."""


class SyncCancelled(CareKitError):
    pass


def _refused(error: BundleError) -> SyncRefused:
    return SyncRefused(error.reason, error.template, **error.params)


@dataclass
class ExportReport:
    file: str
    bytes: int
    counts: dict[str, int]
    seconds: float
    full: bool = True
    newest: str = ""  # newest stamp this laptop had when it exported


@dataclass
class ImportReport:
    file: str
    device: str  # name of the laptop that made the bundle
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    facts_new: int = 0
    conflicts: int = 0
    duplicates: int = 0
    seconds: float = 0.0
    extra: dict = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)  # e.g. a laptop whose clock runs far ahead
    # (laptop, its newest stamp's moment) of each laptop whose clock runs ahead: the window words
    # the warning in its own language (``clock_warning``), since a merge's process has none.
    clocks_ahead: list[tuple[str, str]] = field(default_factory=list)


# -- this laptop's key ------------------------------------------------------------------
def ensure_device_key(db: Database) -> tuple[str, str, str]:
    """(private, public, endorsement), making the key the first time and publishing its public half."""
    with writing(db) as journal:
        local = read_local(journal.session)
        private = local.get("device_key")
        if not private:
            private = device_keys.new_private_key()
            write_local(journal.session, device_key=private)
        public = device_keys.public_key_of(private)
        event = current_event(journal.session)
        if journal.session.get(Device, journal.device_id).public_key != public:
            journal.update(Device, journal.device_id, {"public_key": public})
        return private, public, device_keys.endorse(event.sync_key, event.id, journal.device_id, public)


# -- joining --------------------------------------------------------------------------
def _revision_tuples(session: Session, entities: tuple[str, ...] = ()) -> list[tuple]:
    """Straight from the driver: a full export reads a few hundred thousand revisions."""
    return queries.revision_tuples(session, REVISION_FIELDS, entities)


def export_setup(ws: Workspace, path: Path, passphrase: str,
                 capabilities: tuple[str, ...] = (capability.DESK,)) -> None:
    """The file laptops join with; each laptop that joins gets ``capabilities`` (granted here,
    by this coordinator laptop's key, through a key made for this file alone)."""
    ws.require(Role.COORDINATOR)
    if len(passphrase) < setup_file.MIN_PASSPHRASE:
        raise ValidationError("short_passphrase", QT_TRANSLATE_NOOP(
            "Errors", "Use a passphrase of at least {n} characters."), n=setup_file.MIN_PASSPHRASE)
    wanted = sorted(set(capabilities))
    if not wanted or not set(wanted) <= set(capability.CAPABILITIES):
        raise ValidationError("bad_capability", QT_TRANSLATE_NOOP(
            "Errors", "Capabilities are desk, station, training and coordinator."))
    private, public, _ = ensure_device_key(ws.db)
    with writing(ws.db) as journal:
        session = journal.session
        if not authority.root_key(session):
            # An event made before capability chains: the first coordinator laptop to hand out a
            # setup file becomes its root; laptops join again from that file.
            write_local(session, root_key=public)
            authority.save_chain(session, journal.device_id, [])
        if capability.COORDINATOR not in authority.capabilities_of(session, journal.device_id, public):
            raise PermissionDenied("laptop_not_coordinator", QT_TRANSLATE_NOOP(
                "Errors", "Only a laptop with the coordinator capability hands out setup files."))
        enrol_private = device_keys.new_private_key()
        enrol_id = grants.ENROLMENT + new_id()
        chain = (authority.chain_of(session, journal.device_id) or []) + [grants.link(
            private, journal.event_id, enrol_id, device_keys.public_key_of(enrol_private), wanted)]
        authority.sign_own(session, private, journal.device_id)
        journal.audit("event.export_setup", "event", journal.event_id, ",".join(wanted))
    with ws.db.session() as session:
        event = current_event(session)
        revisions = _revision_tuples(session, SETUP_TABLES)
        content = {"format": setup_file.FORMAT, "event_id": event.id, "event_name": event.name,
                   "revisions": revisions, "root_key": authority.root_key(session),
                   "pins": operators.local_pin_hashes(session, frozenset(wanted)),
                   "enrolment": {"id": enrol_id, "private_key": enrol_private, "chain": chain},
                   "proofs": authority.proofs_for(session, Content(revisions))}
    setup_file.write_setup(Path(path), content, passphrase)


def join_event(db: Database, path: Path, passphrase: str, *, device_name: str = "") -> Workspace:
    """Open a setup file into an empty database; this laptop becomes a device of the event.
    The returned workspace has no operator: whoever works here signs in next (with a PIN if set)."""
    with db.session() as session:
        if read_local(session).get("event_id"):
            raise ValidationError("has_event", QT_TRANSLATE_NOOP(
                "Errors", "{file} already holds an event; join from a new file."), file=db.path.name)
    try:
        content = setup_file.read_setup(Path(path), passphrase)
    except BundleError as error:
        raise _refused(error) from None
    enrolment = content.get("enrolment") or {}
    if not content.get("root_key") or not enrolment.get("private_key"):
        raise SyncRefused("old_setup", QT_TRANSLATE_NOOP(
            "Errors", "{file} was made by an older CareKit and grants this laptop nothing; ask the coordinator "
                      "for a new setup file."), file=Path(path).name)
    device = device_id(db)
    private = device_keys.new_private_key()
    public = device_keys.public_key_of(private)
    with db.session() as session:
        merged = merge(session, Content(revisions=[tuple(r) for r in content["revisions"]]))
        clock = HybridClock(device, read_local(session).get("hlc") or None)
        clock.observe(merged.max_stamp, limit_ms=clock.now_ms() + MAX_AHEAD_MS)
        write_local(session, event_id=content["event_id"], hlc=clock.last, root_key=content["root_key"])
        proofs = content.get("proofs") or {}
        authority.store_proofs(session, Content(proofs=proofs))
        mine = list(enrolment["chain"]) + [grants.link(enrolment["private_key"], content["event_id"], device, public,
                                                       enrolment["chain"][-1]["caps"])]
        authority.save_chain(session, device, mine)
        operators.adopt_pin_hashes(session, content.get("pins"))
        session.commit()
    with writing(db, operator_id="") as journal:
        event = current_event(journal.session)
        site = journal.session.exec(select(Device.site_id).where(Device.site_id != "")).first() or ""
        count = len(journal.session.exec(select(Device.id)).all())
        journal.create(Device, {"name": device_name or f"desk {count + 1}", "site_id": site,
                                "public_key": public}, row_id=device)
        write_local(journal.session, device_key=private)
        journal.audit("device.join", "device", device, event.id)
    return Workspace(db, "", "", frozenset())


# -- export ---------------------------------------------------------------------------
def _fact_rows(session: Session, table: str, since: dict[str, str] | None) -> list[dict]:
    rows = queries.fact_rows(session, table)
    return rows if since is None else [r for r in rows if is_newer(r["hlc"], since)]


def export_bundle(ws: Workspace, path: Path, since: dict[str, str] | None = None,
                  progress: Progress | None = None) -> ExportReport:
    started = time.perf_counter()
    private, public, endorsement = ensure_device_key(ws.db)
    with writing(ws.db) as journal:
        authority.sign_own(journal.session, private, journal.device_id)
    with ws.db.session() as session:
        # One read transaction: the rows, the vector and the newest stamp are one snapshot, so a
        # write committed meanwhile is wholly in the bundle and its vector or wholly out of both.
        queries.begin_read(session.connection())
        event = current_event(session)
        local = read_local(session)
        revisions = _revision_tuples(session)
        if since is not None:
            revisions = [r for r in revisions if is_newer(r[0], since)]
        facts = {table: _fact_rows(session, table, since) for table in fact_tables()}
        facts = {t: rows for t, rows in facts.items() if rows}
        me = session.get(Device, local["device_id"])
        vector = version_vector(session)
        proofs = authority.proofs_for(session, Content(revisions, facts))
        session.expunge_all()  # the objects read stay usable after the read transaction ends
        session.rollback()
    if progress and not progress(1, 3):
        raise SyncCancelled("cancelled", QT_TRANSLATE_NOOP("Errors", "The export was cancelled."))
    counts = {"revision": len(revisions), **{t: len(rows) for t, rows in facts.items()}}
    manifest = {"app_version": carekit.__version__, "event_id": event.id, "event_name": event.name,
                "device_id": local["device_id"], "device_name": me.name if me else "", "public_key": public,
                "endorsement": endorsement, "created": now_iso(), "counts": counts, "vector": vector,
                "since": since, "start": None if since is None else start_vector(since, vector)}
    members = bundle.seal(manifest, Content(revisions, facts, proofs), sync_key=event.sync_key, private_key=private)
    if progress and not progress(2, 3):
        raise SyncCancelled("cancelled", QT_TRANSLATE_NOOP("Errors", "The export was cancelled."))
    size = bundle.write_bundle(Path(path), members)
    report = ExportReport(Path(path).name, size, counts, round(time.perf_counter() - started, 3), since is None,
                          max(vector.values(), default=""))
    with ws.db.session() as session:
        insert_rows(session, SyncLog.__table__, [{"id": _log_id(), "at": now_iso(), "direction": "export",
                                                  "file": str(path), "device_id": local["device_id"],
                                                  "report": json.dumps(asdict(report))}])
        session.commit()
    if progress:
        progress(3, 3)
    return report


def _log_id() -> str:
    from carekit.domain.ids import new_id
    return new_id()


# -- import ---------------------------------------------------------------------------
def _names(session: Session) -> dict[str, str]:
    return {d.id: d.name or d.id[:8] for d in session.exec(select(Device))}


def _refuse_hole(session: Session, start: dict, file: str) -> None:
    """An incremental bundle leaves out what its maker had up to ``start``; refuse it where that is missing."""
    have = version_vector(session)
    missing = missing_ranges(start, have)
    if missing:
        names = _names(session)
        device, (held, needed) = sorted(missing.items())[0]
        raise BundleError("missing_range", QT_TRANSLATE_NOOP(
            "Errors", "{file} carries only changes made after what this laptop lacks: from {laptop} it assumes "
                      "everything up to {needed}, and this laptop has {held}. Import a full bundle (or the "
                      "earlier ones) from that laptop first; nothing was imported."),
            file=file, laptop=names.get(device, device[:8]), needed=_when(needed),
            held=_when(held) if held else translate("Sync", "nothing"))


def _when(stamp: str) -> str:
    moment = datetime.fromtimestamp(wall_ms_of(stamp) / 1000, timezone.utc).astimezone()
    return moment.isoformat(sep=" ", timespec="seconds")


def _newest_stamps(content: Content) -> dict[str, str]:
    """The newest stamp of each laptop in a bundle."""
    newest: dict[str, str] = {}
    stamps = [rev[0] for rev in content.revisions]
    for rows in content.facts.values():
        stamps.extend(row.get("hlc", "") for row in rows)
    for stamp in stamps:  # device_of, written out: a full bundle has a quarter of a million stamps
        if stamp:
            device = stamp.split(".", 2)[2]
            if stamp > newest.get(device, ""):
                newest[device] = stamp
    return newest


def _clocks_ahead(session: Session, newest: dict[str, str], now_ms: int) -> list[tuple[str, str]]:
    """(laptop, when) of the laptops whose stamps (``newest`` of each) run further ahead of this
    laptop's clock than the bound."""
    names = _names(session)
    return [(names.get(device, device[:8]), _when(stamp))
            for device, stamp in sorted(newest.items()) if wall_ms_of(stamp) > now_ms + MAX_AHEAD_MS]


def clock_warning(laptop: str, when: str) -> str:
    """The warning for one laptop whose clock runs ahead, in the language of whoever calls."""
    return translate("Sync", QT_TRANSLATE_NOOP(
        "Sync", "The clock of {laptop} runs ahead of this laptop's by more than {minutes} minutes (its newest "
                "change is stamped {when}). Its changes were kept, but this laptop's clock did not follow; "
                "set the date and time on {laptop}.")).format(laptop=laptop, minutes=MAX_AHEAD_MS // 60_000, when=when)


def _open_with_event_keys(sealed: bundle.Sealed, name: str, event_id: str, keys: list[str],
                          known_key: str) -> Content:
    """Open with the key the manifest names (a bundle from before key ids: each key, newest first)."""
    wanted = sealed.manifest.get("key_id")
    chosen = [k for k in keys if bundle.key_id(k) == wanted] if wanted else keys
    if not chosen:
        if bundle.signature_holds(sealed) and sealed.manifest.get("event_id") == event_id:
            raise BundleError("rotated_key", QT_TRANSLATE_NOOP(
                "Errors", "{file} is encrypted with event keys this laptop does not have: a coordinator rotated "
                          "them. Apply the new setup file here (carekit event rekey --setup FILE); nothing was "
                          "imported."), file=name)
        chosen = keys[:1]  # let the usual checks name the true cause (changed, another event)
    for key in chosen[:-1]:
        try:
            return bundle.open_sealed(sealed, file=name, event_id=event_id, sync_key=key, known_public_key=known_key)
        except BundleError as error:
            if error.reason not in ("tampered", "unendorsed_device"):
                raise
    return bundle.open_sealed(sealed, file=name, event_id=event_id, sync_key=chosen[-1], known_public_key=known_key)


# Seconds an import waits for the write lock: desks write in milliseconds, so only another import
# or a stuck process keeps it longer.
IMPORT_WAIT_S = 120


@contextmanager
def _no_cycle_collection() -> Iterator[None]:
    """A full merge makes millions of small objects and no reference cycles; Python's cycle
    collector would walk the bundle's objects again and again as they are made (seconds of a
    100 000-person merge). It runs again as soon as the import ends."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def import_bundle(ws: Workspace, path: Path, progress: Progress | None = None) -> ImportReport:
    """Merge one bundle in one transaction. It waits for the write lock while another import or a
    desk's write holds it (a busy desk never makes an import fail), up to ``IMPORT_WAIT_S``."""
    try:
        with _no_cycle_collection():
            return _import_bundle(ws, path, progress)
    except WriteLockBusy:
        raise SyncRefused("busy", QT_TRANSLATE_NOOP(
            "Errors", "The event file stayed busy with another import or a long write for {minutes} minutes; "
                      "{file} was not imported. Try again when that has finished."),
            file=Path(path).name, minutes=IMPORT_WAIT_S // 60) from None


def _import_bundle(ws: Workspace, path: Path, progress: Progress | None) -> ImportReport:
    started = time.perf_counter()
    name = Path(path).name
    try:
        sealed = bundle.read_sealed(Path(path))
    except BundleError as error:
        raise _refused(error) from None
    with ws.db.session() as session:  # read only: decrypting does not hold up this laptop's writes
        event = current_event(session)
        sender = session.get(Device, str(sealed.manifest.get("device_id", "")))
        known_key = sender.public_key if sender else ""
        keys = rekey.sync_keys(session)
    try:
        content = _open_with_event_keys(sealed, name, event.id, keys, known_key)
        if sender is None and sealed.manifest.get("key_id") != bundle.key_id(keys[0]):
            # A key from before a rotation opens the bundles of laptops this one already knew; a
            # laptop first heard of under an old key may have joined with an old setup file.
            raise BundleError("old_key_new_laptop", QT_TRANSLATE_NOOP(
                "Errors", "{file} comes from {laptop}, which this laptop does not know yet, under the event keys "
                          "from before they were rotated. Apply the new setup file on {laptop} first; nothing "
                          "was imported."), file=name, laptop=str(sealed.manifest.get("device_name") or "?"))
        if any(r[1] != event.id for r in content.revisions) or \
                any(row.get("event_id") != event.id for rows in content.facts.values() for row in rows):
            raise BundleError("wrong_event", QT_TRANSLATE_NOOP(
                "Errors", "{file} belongs to another event ({other}); nothing was imported."),
                file=name, other="?")
    except BundleError as error:
        raise _refused(error) from None
    # What is needed of the bundle after the merge is taken now, before the write lock, so the
    # merge lets the rest go as it stores it.
    newest = _newest_stamps(content)
    sealed_revisions = [rev for rev in content.revisions if sealed_fields(rev[2])]
    sealed_facts = {table: rows for table, rows in content.facts.items() if sealed_fields(table)}
    with ws.db.write_locked(wait=IMPORT_WAIT_S) as session:
        # The write lock first, then this laptop's clock: a write committed while the bundle was
        # decrypted is seen here, and its saved clock is never overwritten with an older one.
        local = read_local(session)
        try:
            start = sealed.manifest.get("start")
            if start is None and sealed.manifest.get("since") is not None:
                start = sealed.manifest["since"]  # made before bundles said where they start
            if start:
                _refuse_hole(session, start, name)
            authority.check(session, content, file=name, signer=str(sealed.manifest.get("device_id", "")),
                            signer_key=str(sealed.manifest.get("public_key", "")),
                            signer_name=str(sealed.manifest.get("device_name", "")))
            result = merge(session, content, progress, release=True)
            health_key.scrubbing(session)
            adopted = health_key.adopt_sealed_copies(session, sealed_revisions, sealed_facts)
            health_key.scrubbing(session, on=False)
            apply_erasures(session)  # whatever this bundle brought of an erased person is cleared at once
            authority.store_proofs(session, content)
        except BundleError as error:
            raise _refused(error) from None
        except Cancelled:
            raise SyncCancelled("cancelled", QT_TRANSLATE_NOOP(
                "Errors", "The import of {file} was cancelled; nothing was imported."), file=name) from None
        ahead = []
        if result.max_stamp:
            clock = HybridClock(local["device_id"], local.get("hlc") or None)
            now_ms = clock.now_ms()
            ahead = _clocks_ahead(session, newest, now_ms)
            clock.observe(result.max_stamp, limit_ms=now_ms + MAX_AHEAD_MS)
            write_local(session, hlc=clock.last)
        del content  # everything it held is written; the search index is built without it in memory
        settle_merges(session)  # the search index follows what the merge and this wrote, at commit
        inserted = result.inserted_rows.get("person", set())
        duplicates = len(pairs(session, only=inserted)) if inserted else 0
        report = ImportReport(name, str(sealed.manifest.get("device_name", "")), result.new, result.updated,
                              result.unchanged, result.facts_new, result.conflicts, duplicates,
                              round(time.perf_counter() - started, 3),
                              warnings=[clock_warning(*pair) for pair in ahead], clocks_ahead=ahead)
        insert_rows(session, SyncLog.__table__, [{"id": _log_id(), "at": now_iso(), "direction": "import",
                                                  "file": str(path), "device_id": str(sealed.manifest["device_id"]),
                                                  "report": json.dumps(asdict(report))}])
    if adopted:
        health_key.drop_old_pages(ws.db)
    health_key.seal_clear_values(ws)  # clear values from a laptop not yet upgraded, if the key is here
    return report


def import_bundles(ws: Workspace, paths: list[Path], progress: Progress | None = None) -> list[ImportReport]:
    """One transaction per bundle: a refused file stops the run, the ones before it stay imported."""
    return [import_bundle(ws, Path(p), progress) for p in paths]


def this_vector(ws: Workspace) -> dict[str, str]:
    with ws.db.session() as session:
        return version_vector(session)
