"""``carekit health set-passphrase|change-passphrase|status``: the event's health key.

Scripts give the health passphrase in $CAREKIT_HEALTH_PASSPHRASE; at a terminal it is asked,
unseen. Any command run by a medic or coordinator with that variable set unlocks the health
data for that command only (the key lives in the process's memory).
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys

from carekit.cli.common import open_workspace
from carekit.i18n import QT_TRANSLATE_NOOP
from carekit.security import sealing
from carekit.services import health_key
from carekit.services.errors import ValidationError
from carekit.services.events import event_info


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("health", help="the health passphrase that seals health values")
    health_sub = parser.add_subparsers(dest="health_command", metavar="ACTION", required=True)
    set_up = health_sub.add_parser("set-passphrase", help="give an event without one its health passphrase "
                                                          "(coordinators)")
    set_up.set_defaults(handler=_set_up)
    change = health_sub.add_parser("change-passphrase", help="a new health passphrase for the same key "
                                                             "(coordinators; the old one from the variable)")
    change.set_defaults(handler=_change)
    status = health_sub.add_parser("status", help="whether the event has a health key, and its fingerprint")
    status.set_defaults(handler=_status)


def new_passphrase(prompt: str = "new health passphrase: ") -> str:
    """A new passphrase from $CAREKIT_HEALTH_PASSPHRASE, else typed twice at a terminal."""
    given = os.environ.get(health_key.PASSPHRASE_ENV, "")
    if given:
        return given
    if not sys.stdin.isatty():
        raise ValidationError("no_health_passphrase", QT_TRANSLATE_NOOP(
            "Errors", "Give the health passphrase in CAREKIT_HEALTH_PASSPHRASE."))
    first = getpass.getpass(prompt)
    if getpass.getpass("the same passphrase again: ") != first:
        raise ValidationError("passphrase_mismatch", QT_TRANSLATE_NOOP("Errors", "The two passphrases differ."))
    return first


def _set_up(args: argparse.Namespace) -> int:
    ws = open_workspace(args)
    fingerprint = health_key.set_up_health_key(ws, new_passphrase())
    print(f"health key set up; fingerprint {fingerprint}")
    return 0


def _change(args: argparse.Namespace) -> int:
    ws = open_workspace(args)
    old = os.environ.get(health_key.PASSPHRASE_ENV, "")
    if not old and sys.stdin.isatty():
        old = getpass.getpass("current health passphrase: ")
    new = os.environ.get("CAREKIT_NEW_HEALTH_PASSPHRASE", "")
    if not new:
        if not sys.stdin.isatty():
            raise ValidationError("no_health_passphrase", QT_TRANSLATE_NOOP(
                "Errors", "Give the new health passphrase in CAREKIT_NEW_HEALTH_PASSPHRASE."))
        new = getpass.getpass("new health passphrase: ")
        if getpass.getpass("the same passphrase again: ") != new:
            raise ValidationError("passphrase_mismatch", QT_TRANSLATE_NOOP("Errors", "The two passphrases differ."))
    health_key.change_health_passphrase(ws, old, new)
    print("health passphrase changed")
    return 0


def _status(args: argparse.Namespace) -> int:
    ws = open_workspace(args)
    event = event_info(ws)
    if not event.health_public_key:
        print("no health key yet: a coordinator runs 'carekit health set-passphrase'")
        return 0
    state = "unlocked" if health_key.is_unlocked(ws) else "locked"
    print(f"health key {sealing.fingerprint(event.health_public_key)}; {state} in this command")
    left = health_key.clear_values_held(ws)
    if left:
        print(f"{left} values written before sealing are still in clear in this file: they are sealed when a "
              "health operator unlocks here, or replaced by the sealed copies the next bundle from an unlocked "
              "laptop brings")
    return 0
