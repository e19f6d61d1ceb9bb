"""``carekit screening export|settings`` and ``carekit operator add|set-pin``.

The same services as the app, so the same permissions: a desk volunteer's export is refused
before any file is written.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path

from carekit.cli.common import open_workspace, unlock_health
from carekit.i18n import QT_TRANSLATE_NOOP
from carekit.services import health_export, operators, screening
from carekit.services.errors import ValidationError


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("screening", help="export screening results, change screening settings")
    screening_sub = parser.add_subparsers(dest="screening_command", metavar="ACTION", required=True)
    export = screening_sub.add_parser("export", help="health results (medics) or aggregates (coordinators)")
    export.add_argument("--out", required=True, metavar="FILE", help="a .csv or .xlsx file")
    export.add_argument("--site", default="", help="a site's city or id (default: every site)")
    export.add_argument("--aggregate", action="store_true", help="aggregates even for a medic")
    export.set_defaults(handler=_export)
    settings = screening_sub.add_parser("settings", help="idle lock minutes, BMI standard (coordinators)")
    settings.add_argument("--idle-minutes", type=int)
    settings.add_argument("--bmi-standard", choices=["who", "china"])
    settings.set_defaults(handler=_settings)

    operator = sub.add_parser("operator", help="add operators and set PINs (coordinators)")
    operator_sub = operator.add_subparsers(dest="operator_command", metavar="ACTION", required=True)
    add = operator_sub.add_parser("add", help="add an operator with roles and a PIN")
    add.add_argument("--name", required=True)
    add.add_argument("--role", action="append", required=True,
                     help="desk, medic, trainer or coordinator; repeat for several")
    add.add_argument("--pin", default="", help="the new operator's PIN (else asked at a terminal)")
    add.set_defaults(handler=_add_operator)
    set_pin = operator_sub.add_parser(
        "set-pin", help="set an operator's PIN on this laptop (it stays here; a setup file made here carries it)")
    set_pin.add_argument("--name", required=True)
    set_pin.add_argument("--pin", default="")
    set_pin.set_defaults(handler=_set_pin)


def _new_pin(given: str) -> str:
    if given:
        return given
    if not sys.stdin.isatty():
        raise ValidationError("no_pin", QT_TRANSLATE_NOOP("Errors", "Give the new PIN with --pin."))
    first = getpass.getpass("new PIN: ")
    if getpass.getpass("the same PIN again: ") != first:
        raise ValidationError("pin_mismatch", QT_TRANSLATE_NOOP("Errors", "The two PINs differ."))
    return first


def _export(args: argparse.Namespace) -> int:
    ws = open_workspace(args)
    unlock_health(ws)
    done = health_export.export_health(ws, Path(args.out), site=args.site, aggregate=args.aggregate or None)
    kind = "aggregates" if done.aggregate else "records"
    print(f"exported {done.rows} rows of {kind} to {done.path}")
    return 0


def _settings(args: argparse.Namespace) -> int:
    ws = open_workspace(args)
    if args.idle_minutes is not None or args.bmi_standard:
        screening.change_settings(ws, idle_minutes=args.idle_minutes, bmi_standard=args.bmi_standard)
    current = screening.screening_settings(ws)
    print(f"idle lock: {current.idle_minutes} min; BMI standard: {current.bmi_standard}")
    return 0


def _add_operator(args: argparse.Namespace) -> int:
    ws = open_workspace(args)
    ws.require(*operators.COORDINATOR_ONLY)  # before asking for a PIN nobody may set
    roles = operators.parse_roles(args.role)
    operators.add_operator(ws, args.name, roles, _new_pin(args.pin))
    print(f"added operator {args.name.strip()} ({', '.join(r.value for r in roles)})")
    return 0


def _set_pin(args: argparse.Namespace) -> int:
    ws = open_workspace(args)
    operators.set_pin(ws, args.name, _new_pin(args.pin))
    print(f"PIN set for {args.name.strip()}")
    return 0
