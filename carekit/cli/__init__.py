"""Command line: ``carekit`` starts the app; ``carekit --db F <command>`` runs a job headless.

Each area registers its commands from its own module; none of them imports Qt.
"""

from __future__ import annotations

import argparse
import importlib
import sys

from carekit.services.errors import CareKitError
from carekit.store.db import DatabaseError

# Areas whose commands the CLI offers; each module has register(subparsers).
COMMAND_MODULES = [
    "carekit.cli.event",
    "carekit.cli.desk",
    "carekit.cli.screening",
    "carekit.cli.sync",
    "carekit.cli.roster",
    "carekit.cli.printing",
    "carekit.cli.dashboard",
    "carekit.cli.people",
    "carekit.cli.family",
    "carekit.cli.training",
    "carekit.cli.health",
    "carekit.cli.laptops",
]


def _app_options(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    parser.add_argument("--db", metavar="PATH", help="event database to open (default: the last one used)")
    parser.add_argument("--demo", action="store_true", help="create (once) and open the demo event")
    parser.add_argument("--operator", metavar="NAME", help="who is operating (else $CAREKIT_OPERATOR)")
    parser.add_argument("--lang", metavar="LOCALE", help="interface language, e.g. zh_CN or en")
    parser.add_argument("--check", action="store_true",
                        help="start the app, show its window, then quit (checks an install; the operator "
                             "signs in from --operator/$CAREKIT_OPERATOR and $CAREKIT_PIN)")
    return parser


def build_parser() -> argparse.ArgumentParser:
    parser = _app_options(argparse.ArgumentParser(
        prog="carekit", description="CareKit: on-site worker-welfare events, offline."))
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def _undecodable_argument(argv: list[str]) -> int:
    """Index of an argument that was not valid text in the terminal's encoding (Python keeps such
    bytes as lone surrogates, which fail later with a traceback), else -1."""
    for index, arg in enumerate(argv):
        try:
            arg.encode("utf-8")
        except UnicodeEncodeError:
            return index
    return -1


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    bad = _undecodable_argument(argv)
    if bad >= 0:
        shown = argv[bad].encode("utf-8", "surrogateescape").decode("utf-8", "replace")
        print(f"carekit: argument {bad + 1} ({shown!r}) is not valid UTF-8 text; check the terminal's "
              "encoding or type it again.", file=sys.stderr)
        return 2
    # Starting the window needs only the options above the commands: building the commands'
    # parsers imports every service, which would delay the sign-in dialog.
    args, rest = _app_options(argparse.ArgumentParser(prog="carekit", add_help=False)).parse_known_args(argv)
    if not rest:
        args.command = None
    else:
        args = build_parser().parse_args(argv)
    if args.command is None:
        from carekit.app import run_app  # Qt only when a window is wanted
        return run_app(args)
    from carekit.store.journal import ErasedRow
    try:
        return args.handler(args) or 0
    except (CareKitError, DatabaseError, ErasedRow) as error:
        print(f"carekit: {getattr(error, 'message', str(error))}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # output piped into head or less, closed early
        sys.stderr.close()
        return 0
