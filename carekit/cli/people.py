"""People's data rights: ``person export`` and ``person erase``."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from carekit.cli.common import open_workspace
from carekit.i18n import translate
from carekit.services import person_data


def register(sub: argparse._SubParsersAction) -> None:
    person = sub.add_parser("person", help="a person's data rights: export everything held, or erase")
    actions = person.add_subparsers(dest="action", metavar="ACTION", required=True)
    export = actions.add_parser("export", help="write everything held about a person as JSON (coordinator)")
    export.add_argument("person", help="person id, badge serial or badge code")
    export.add_argument("--out", required=True, metavar="FILE")
    export.set_defaults(handler=_export)
    erase = actions.add_parser("erase", help="erase a person on every laptop after sync (coordinator)")
    erase.add_argument("person", help="person id, badge serial or badge code")
    erase.add_argument("--reason", required=True, help="why, in a few words (kept; no personal data)")
    erase.add_argument("--yes", action="store_true", help="do not ask for confirmation at a terminal")
    erase.set_defaults(handler=_erase)


def _export(args: argparse.Namespace) -> int:
    ws = open_workspace(args)
    data = person_data.export_person(ws, args.person)
    if "health" in data:
        data["health"] = translate("Errors", data["health"])
    Path(args.out).write_text(json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True), encoding="utf-8")
    print(f"wrote {args.out}: person {data['person_id']}, {len(data['registrations'])} registration(s), "
          f"{len(data['check_ins'])} check-in(s), {len(data['history'])} revision(s)")
    return 0


def _erase(args: argparse.Namespace) -> int:
    ws = open_workspace(args)
    if sys.stdin.isatty() and not args.yes:
        answer = input(f"Erase {args.person} on every laptop after sync? This cannot be undone. Type 'erase': ")
        if answer.strip().lower() != "erase":
            print("nothing was erased", file=sys.stderr)
            return 1
    person_id = person_data.erase_person(ws, args.person, args.reason)
    print(f"erased person {person_id}; other laptops erase them when they receive this laptop's next bundle")
    return 0
