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
from carekit.domain.enums import Role
from carekit.services.errors import NotFound, PermissionDenied, ValidationError
from carekit.services.workspace import Workspace
from carekit.store import cipher
from carekit.store.db import Database, PassphraseNeeded


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


def open_database(args: argparse.Namespace, new_passphrase: str | None = None) -> Database:
    """An encrypted file takes its event passphrase from $CAREKIT_DB_PASSPHRASE, else asked at a
    terminal; ``new_passphrase`` makes a new file encrypted."""
    path = database_path(args)
    passphrase = new_passphrase or os.environ.get(cipher.ENV) or None
    try:
        db = Database(path, passphrase)
    except PassphraseNeeded:
        if passphrase or not sys.stdin.isatty():
            raise
        db = Database(path, getpass.getpass(f"event passphrase for {path.name}: "))
    remember_database(path)
    return db


def ask_pin(prompt: str) -> str | None:
    """A PIN from $CAREKIT_PIN (scripts), else typed unseen at a terminal, else none."""
    if os.environ.get("CAREKIT_PIN"):
        return os.environ["CAREKIT_PIN"]
    if sys.stdin.isatty():
        return getpass.getpass(prompt)
    return None


def open_workspace(args: argparse.Namespace, *roles: Role) -> Workspace:
    """Every command that reads or writes event data runs for a signed-in operator: from --operator
    or $CAREKIT_OPERATOR, else this laptop's last one; the PIN from $CAREKIT_PIN or a prompt. An
    operator who must choose a new PIN gives it in $CAREKIT_NEW_PIN (or types it twice). A medic
    or coordinator with $CAREKIT_HEALTH_PASSPHRASE set gets the health data unlocked."""
    db = open_database(args)
    name = args.operator or os.environ.get("CAREKIT_OPERATOR") or ""
    pin = os.environ.get("CAREKIT_PIN") or None
    new_pin = os.environ.get("CAREKIT_NEW_PIN") or None
    for _ in range(3):
        try:
            ws = operators.sign_in(db, name, pin, new_pin)
            break
        except operators.PinRefused as refused:
            if not sys.stdin.isatty() or refused.reason not in ("pin_needed", "pin_change_needed"):
                raise
            if refused.reason == "pin_needed":
                pin = getpass.getpass(f"PIN for {name or 'operator'}: ")
            else:
                print(refused.message, file=sys.stderr)
                new_pin = getpass.getpass("new PIN: ")
                if getpass.getpass("the same PIN again: ") != new_pin:
                    raise ValidationError("pin_mismatch", QT_TRANSLATE_NOOP("Errors", "The two PINs differ.")) from None
    else:
        raise PermissionDenied("sign_in_needed", QT_TRANSLATE_NOOP("Errors", "Sign in first."))
    if not ws.operator_id:
        raise PermissionDenied("sign_in_needed", QT_TRANSLATE_NOOP(
            "Errors", "Sign in first: name the operator with --operator NAME (or $CAREKIT_OPERATOR) and give "
                      "the PIN in $CAREKIT_PIN."))
    if roles:
        ws.require(*roles)
    _unlock_health_from_env(ws)
    return ws


def _unlock_health_from_env(ws: Workspace) -> None:
    from carekit.services import health_key
    passphrase = os.environ.get(health_key.PASSPHRASE_ENV, "")
    if passphrase and ws.roles.intersection(health_key.HEALTH_ROLES) and health_key.has_health_key(ws):
        health_key.unlock_health(ws, passphrase)


def unlock_health(ws: Workspace) -> None:
    """For commands that read health values: ask the health passphrase at a terminal if needed."""
    from carekit.services import health_key
    if health_key.is_unlocked(ws) or not ws.roles.intersection(health_key.HEALTH_ROLES) \
            or not health_key.has_health_key(ws) or not sys.stdin.isatty():
        return  # the service refuses with the reason
    health_key.unlock_health(ws, getpass.getpass("health passphrase: "))
