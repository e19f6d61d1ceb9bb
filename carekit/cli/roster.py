"""``import-roster FILE``: register everyone in an HR export, headless."""

from __future__ import annotations

import argparse
import json
import sys

from carekit.cli.common import open_workspace
from carekit.i18n import QT_TRANSLATE_NOOP
from carekit.services import roster, roster_read
from carekit.services.errors import ValidationError


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("import-roster", help="register the people of a roster file (CSV or XLSX)")
    parser.add_argument("file", help="CSV (UTF-8 or GBK; comma, semicolon or tab) or XLSX (first sheet)")
    parser.add_argument("--mapping", default="", metavar="FIELD=HEADER,...",
                        help="which column holds which field when the headers are not recognised, "
                             f"e.g. name=姓名,phone=联系方式; fields: {', '.join(roster_read.FIELDS)}")
    parser.add_argument("--site", default="", metavar="CITY", help="the site these people are registered at")
    parser.add_argument("--dry-run", action="store_true", help="check the file and count, write nothing")
    parser.add_argument("--json", action="store_true", help="print the report as one JSON object")
    parser.set_defaults(handler=_import_roster)


def parse_mapping(text: str) -> dict[str, str | None]:
    mapping: dict[str, str | None] = {}
    for part in filter(None, (p.strip() for p in text.split(","))):
        field_name, sep, header = part.partition("=")
        if not sep:
            raise ValidationError("bad_mapping", QT_TRANSLATE_NOOP(
                "Errors", "'{part}' is not FIELD=HEADER (for example name=姓名)."), part=part)
        mapping[field_name.strip()] = header.strip() or None
    return mapping


def _import_roster(args: argparse.Namespace) -> int:
    ws = open_workspace(args)
    site_id = roster.site_for_city(ws, args.site) if args.site else _only_site(ws)
    report = roster.import_roster(ws, args.file, site_id=site_id, mapping=parse_mapping(args.mapping),
                                  dry_run=args.dry_run)
    if args.json:
        print(json.dumps(report.as_dict(), ensure_ascii=False))
        return 0
    columns = ", ".join(f"{f}={h}" for f, h in report.columns.items())
    print(f"{report.file}: {report.rows} rows ({columns})")
    print(f"imported:  {report.imported}" + (" (dry run: nothing written)" if report.dry_run else ""))
    print(f"flagged:   {report.flagged} (imported, but may be someone already registered)")
    print(f"unchanged: {report.unchanged}")
    print(f"rejected:  {len(report.rejected)}")
    for rejected in report.rejected:
        print(f"  {rejected.message}", file=sys.stdout)
    if report.warnings:
        print(f"to check:  {len(report.warnings)} (imported)")
        for warning in report.warnings:
            print(f"  {warning.message}")
    print(f"({report.seconds:.2f} s)")
    return 0


def _only_site(ws) -> str:
    """With one site there is no question where people register."""
    from carekit.services.events import sites
    found = sites(ws)
    return found[0].id if len(found) == 1 else ""
