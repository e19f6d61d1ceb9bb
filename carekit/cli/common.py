"""Opening the database and naming the operator for a command."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from carekit.i18n import QT_TRANSLATE_NOOP
from carekit.paths import last_database, remember_database
from carekit.services import operators
from carekit.services.errors import NotFound
from carekit.services.workspace import Workspace
from carekit.store.db import Database


def database_path(args: argparse.Namespace) -> Path:
    if args.db:
        return Path(args.db)
    if getattr(args, "demo", False):
        from carekit.services.demo import ensure_demo
        return ensure_demo()
    last = last_database()
    if last is None:
        raise NotFound("no_db", QT_TRANSLATE_NOOP(
            "Errors", "No event database given: use --db PATH (or --demo)."))
    return last


def open_database(args: argparse.Namespace) -> Database:
    path = database_path(args)
    db = Database(path)
    remember_database(path)
    return db


def ask_pin(prompt: str) -> str | None:
    """A PIN from $CAREKIT_PIN (scripts), else typed unseen at a terminal, else none."""
    if os.environ.get("CAREKIT_PIN"):
        return os.environ["CAREKIT_PIN"]
    if sys.stdin.isatty():
        return getpass.getpass(prompt)
    return None


def open_workspace(args: argparse.Namespace) -> Workspace:
    """The operator comes from --operator or $CAREKIT_OPERATOR, else this laptop's last one; the
    PIN from $CAREKIT_PIN or a prompt. Commands refuse when the operator's PIN is not given."""
    db = open_database(args)
    name = args.operator or os.environ.get("CAREKIT_OPERATOR") or ""
    pin = os.environ.get("CAREKIT_PIN") or None
    try:
        return operators.sign_in(db, name, pin)
    except operators.PinRefused as refused:
        if refused.reason != "pin_needed" or not sys.stdin.isatty():
            raise
    return operators.sign_in(db, name, getpass.getpass(f"PIN for {name or 'operator'}: "))
