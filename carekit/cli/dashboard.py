"""``carekit export people|checkins|no-shows|walk-ins`` and ``carekit report``: what a coordinator
hands the organiser, from the same services as the app's dashboard."""

from __future__ import annotations

import argparse
from pathlib import Path

from carekit.cli.common import open_workspace
from carekit.services import lists


def register(sub: argparse._SubParsersAction) -> None:
    export = sub.add_parser("export", help="lists of people, check-ins, no-shows, walk-ins (CSV, XLSX, PDF)")
    export.add_argument("kind", choices=lists.KINDS)
    export.add_argument("--out", required=True, type=Path, metavar="FILE")
    export.add_argument("--site", default="", help="a site's city or id (default: every site)")
    export.add_argument("--format", choices=lists.FORMATS, default="", help="default: from the file's suffix")
    export.set_defaults(handler=_export)
    report = sub.add_parser("report", help="the day report PDF, in the event's language and English")
    report.add_argument("--out", required=True, type=Path, metavar="FILE")
    report.add_argument("--date", default="", help="YYYY-MM-DD (default: today where the event is)")
    report.add_argument("--site", default="", help="a site's city or id (default: every site)")
    report.set_defaults(handler=_report)


def _export(args: argparse.Namespace) -> int:
    ws = open_workspace(args)
    done = lists.export_list(ws, args.kind, args.out, site=args.site, fmt=args.format)
    extra = " with health columns" if done.health else ""
    print(f"exported {done.rows} rows of {args.kind} to {done.path} ({done.format}){extra}")
    return 0



def _report(args: argparse.Namespace) -> int:
    from carekit.services.day_report import write_day_report
    ws = open_workspace(args)
    done = write_day_report(ws, args.out, date=args.date, site=args.site)
    print(f"wrote the day report for {done.date} to {done.path} ({done.pages} pages)")
    for warning in done.warnings:
        print(f"warning: {warning}")
    return 0
