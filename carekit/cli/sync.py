"""``carekit --db F sync export|import|status|conflicts|resolve|duplicates``, ``dump --canonical``,
and ``event export-setup`` / ``event join`` / ``event rotate-keys`` / ``event rekey``."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from dataclasses import asdict
from pathlib import Path

from carekit.cli import event as event_cli
from carekit.cli.common import open_database, open_workspace
from carekit.domain.enums import Role
from carekit.i18n import QT_TRANSLATE_NOOP
from carekit.paths import remember_database
from carekit.services import conflicts, duplicates, sync
from carekit.services.errors import ValidationError
from carekit.store.dump import write_canonical
from carekit.sync import setup_file
from carekit.sync.vector import parse_vector


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("sync", help="exchange bundles with the event's other laptops")
    sync_sub = parser.add_subparsers(dest="sync_command", metavar="ACTION", required=True)
    export = sync_sub.add_parser("export", help="write a bundle of everything (or what is newer than a vector)")
    export.add_argument("--out", required=True, metavar="FILE.ckbundle")
    export.add_argument("--since-vector", metavar="JSON|FILE", help="the receiver's version vector")
    export.set_defaults(handler=_export)
    imp = sync_sub.add_parser("import", help="merge bundles from other laptops, one transaction each")
    imp.add_argument("files", nargs="+", metavar="FILE.ckbundle")
    imp.add_argument("--json", action="store_true")
    imp.set_defaults(handler=_import)
    vector = sync_sub.add_parser("vector", help="print this laptop's version vector (JSON)")
    vector.set_defaults(handler=_vector)
    listing = sync_sub.add_parser("conflicts", help="list conflicts waiting for a coordinator")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=_conflicts)
    resolve = sync_sub.add_parser("resolve", help="keep one value of a conflict")
    resolve.add_argument("conflict_id")
    resolve.add_argument("stamp", help="the stamp of the value to keep (see `sync conflicts`)")
    resolve.set_defaults(handler=_resolve)
    dups = sync_sub.add_parser("duplicates", help="list possible duplicate people")
    dups.add_argument("--json", action="store_true")
    dups.set_defaults(handler=_duplicates)
    merge = sync_sub.add_parser("merge-people", help="merge LOSER into WINNER (registrations follow)")
    merge.add_argument("winner")
    merge.add_argument("loser")
    merge.set_defaults(handler=_merge_people)
    unmerge = sync_sub.add_parser("unmerge", help="undo a merge (both people get their own records back)")
    unmerge.add_argument("merge_id", help="as printed by merge-people")
    unmerge.set_defaults(handler=_unmerge)
    apart = sync_sub.add_parser("keep-apart", help="mark two people as different people")
    apart.add_argument("a")
    apart.add_argument("b")
    apart.set_defaults(handler=_keep_apart)

    dump = sub.add_parser("dump", help="print the synced state (compare two laptops byte for byte)")
    dump.add_argument("--canonical", action="store_true", required=True)
    dump.set_defaults(handler=_dump)

    if "event" in sub.choices:  # the event command is already built: add our actions to it
        event_parser = sub.choices["event"]
        event_sub = next(a for a in event_parser._actions if isinstance(a, argparse._SubParsersAction))
        register_event_commands(event_sub)
    elif register_event_commands not in event_cli.EXTRA_EVENT_COMMANDS:
        event_cli.EXTRA_EVENT_COMMANDS.append(register_event_commands)


def register_event_commands(event_sub: argparse._SubParsersAction) -> None:
    if "join" in event_sub.choices:
        return
    setup = event_sub.add_parser("export-setup", help="write the passphrase-protected file other laptops join with")
    setup.add_argument("--out", required=True, metavar="FILE.cksetup")
    setup.add_argument("--capability", action="append", default=[],
                       choices=["desk", "station", "training", "coordinator"],
                       help="what laptops joining with this file may do (repeat; default desk)")
    setup.set_defaults(handler=_export_setup)
    join = event_sub.add_parser("join", help="join an event from its setup file (into a new database)")
    join.add_argument("setup_file")
    join.add_argument("--desk", default="", help="this laptop's name at the event")
    join.set_defaults(handler=_join)
    rotate = event_sub.add_parser(
        "rotate-keys", help="after a laptop is lost: remove it, make a new sync key and write the setup file "
                            "the remaining laptops apply (coordinators, on a coordinator laptop)")
    rotate.add_argument("--lost", action="append", default=[], metavar="NAME",
                        help="the lost laptop's name (carekit laptop list); repeat for several")
    rotate.add_argument("--setup-out", required=True, metavar="FILE.cksetup",
                        help="the new setup file: apply it on every remaining laptop, or join with it")
    rotate.add_argument("--capability", action="append", default=[],
                        choices=["desk", "station", "training", "coordinator"],
                        help="what laptops joining with the new file may do (repeat; default desk)")
    rotate.set_defaults(handler=_rotate_keys)
    rekey = event_sub.add_parser("rekey", help="apply a newer setup file on a laptop already in the event "
                                               "(new sync key, operators and their PINs)")
    rekey.add_argument("--setup", required=True, metavar="FILE.cksetup")
    rekey.set_defaults(handler=_rekey)


def _passphrase(prompt: str) -> str:
    return os.environ.get("CAREKIT_PASSPHRASE") or getpass.getpass(prompt)


def _export_setup(args: argparse.Namespace) -> int:
    ws = open_workspace(args)
    passphrase = _passphrase("Passphrase for the setup file: ")
    if "CAREKIT_PASSPHRASE" not in os.environ and getpass.getpass("Again: ") != passphrase:
        raise ValidationError("passphrase_mismatch", QT_TRANSLATE_NOOP("Errors", "The two passphrases differ."))
    sync.export_setup(ws, Path(args.out), passphrase, capabilities=tuple(args.capability or ["desk"]))
    print(f"wrote {args.out}; give it and its passphrase (separately) to each laptop that joins")
    return 0


def _rotate_keys(args: argparse.Namespace) -> int:
    from carekit.services import rekey
    ws = open_workspace(args)
    ws.require(Role.COORDINATOR)
    passphrase = _passphrase("Passphrase for the new setup file: ")
    if "CAREKIT_PASSPHRASE" not in os.environ and getpass.getpass("Again: ") != passphrase:
        raise ValidationError("passphrase_mismatch", QT_TRANSLATE_NOOP("Errors", "The two passphrases differ."))
    if len(passphrase) < setup_file.MIN_PASSPHRASE:  # before anything changes
        raise ValidationError("short_passphrase", QT_TRANSLATE_NOOP(
            "Errors", "Use a passphrase of at least {n} characters."), n=setup_file.MIN_PASSPHRASE)
    done = rekey.rotate_keys(ws, args.lost)
    sync.export_setup(ws, Path(args.setup_out), passphrase, capabilities=tuple(args.capability or ["desk"]))
    print(f"new sync key {done.key_id}; removed {len(done.removed)} laptop(s); wrote {args.setup_out}: apply it "
          "on every remaining laptop (carekit event rekey --setup FILE) and destroy the old setup files")
    return 0


def _rekey(args: argparse.Namespace) -> int:
    from carekit.services import rekey
    ws = open_workspace(args)
    done = rekey.apply_setup(ws, Path(args.setup), _passphrase("Passphrase: "))
    print(f"sync key {done.key_id}" + (" (new)" if done.key_changed else " (unchanged)") +
          f"; {done.pins} operator PIN(s) taken from {Path(args.setup).name}")
    return 0


def _join(args: argparse.Namespace) -> int:
    db = open_database(args)
    ws = sync.join_event(db, Path(args.setup_file), _passphrase("Passphrase: "), device_name=args.desk)
    remember_database(db.path)
    from carekit.services.events import event_info, this_device
    print(f"joined {event_info(ws).name} as {this_device(ws).name}")
    return 0


def _export(args: argparse.Namespace) -> int:
    ws = open_workspace(args)
    since = parse_vector(args.since_vector) if args.since_vector else None
    report = sync.export_bundle(ws, Path(args.out), since)
    counts = ", ".join(f"{table} {n}" for table, n in sorted(report.counts.items()))
    print(f"wrote {args.out} ({report.bytes} bytes; {counts}) in {report.seconds:.2f} s")
    return 0


def _import(args: argparse.Namespace) -> int:
    ws = open_workspace(args)
    for path in args.files:
        report = sync.import_bundle(ws, Path(path))
        if args.json:
            print(json.dumps(asdict(report), ensure_ascii=False))
        else:
            print(f"{report.file} from {report.device or '?'}: {report.new} new, {report.updated} updated, "
                  f"{report.unchanged} unchanged, {report.facts_new} new check-ins/log lines, "
                  f"{report.conflicts} conflicts, {report.duplicates} possible duplicates")
            for warning in report.warnings:
                print(warning, file=sys.stderr)
    return 0


def _vector(args: argparse.Namespace) -> int:
    print(json.dumps(sync.this_vector(open_workspace(args)), sort_keys=True))
    return 0


def _conflicts(args: argparse.Namespace) -> int:
    views = conflicts.list_conflicts(open_workspace(args))
    if args.json:
        print(json.dumps([asdict(v) for v in views], ensure_ascii=False))
    for view in [] if args.json else views:
        print(f"{view.id}  {view.label}: {view.field}")
        for choice in view.choices:
            print(f"    {'*' if choice.shown else ' '} {choice.stamp}  {choice.value!r}  ({choice.device})")
    return 0


def _resolve(args: argparse.Namespace) -> int:
    conflicts.resolve(open_workspace(args), args.conflict_id, args.stamp)
    print("resolved")
    return 0


def _duplicates(args: argparse.Namespace) -> int:
    found = duplicates.find_duplicates(open_workspace(args))
    if args.json:
        print(json.dumps([asdict(p) for p in found], ensure_ascii=False))
    for pair in [] if args.json else found:
        print(f"{pair.person_a} {pair.name_a}  =?  {pair.person_b} {pair.name_b}  (same {pair.key} {pair.value})")
    return 0


def _merge_people(args: argparse.Namespace) -> int:
    merge_id = duplicates.merge_people(open_workspace(args), args.winner, args.loser)
    print(f"merged (undo with: carekit sync unmerge {merge_id})")
    return 0


def _unmerge(args: argparse.Namespace) -> int:
    from carekit.services import merges
    merges.unmerge(open_workspace(args), args.merge_id)
    print("unmerged")
    return 0


def _keep_apart(args: argparse.Namespace) -> int:
    duplicates.keep_apart(open_workspace(args), args.a, args.b)
    print("kept apart")
    return 0


def _dump(args: argparse.Namespace) -> int:
    """Coordinators only; secrets (keys, PIN hashes) print as fingerprints, the same on every laptop."""
    db = open_workspace(args, Role.COORDINATOR).db
    with db.session() as session:
        out = open(sys.stdout.fileno(), "w", encoding="utf-8", newline="\n", closefd=False)
        write_canonical(session, out)
        out.flush()
    return 0
