"""``carekit --db F event create|add-site|show``."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys

from carekit.cli.common import ask_pin, open_database, open_workspace
from carekit.i18n import QT_TRANSLATE_NOOP
from carekit.paths import remember_database
from carekit.security.sealing import fingerprint
from carekit.services.errors import ValidationError
from carekit.store import cipher
from carekit.services import events
from carekit.services.health_key import PASSPHRASE_ENV

# Other areas add ``event`` actions (export-setup, join) by appending register(event_sub) functions.
EXTRA_EVENT_COMMANDS: list = []


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("event", help="create an event or change its sites")
    event_sub = parser.add_subparsers(dest="event_command", metavar="ACTION", required=True)
    create = event_sub.add_parser("create", help="create the event in a new database file")
    create.add_argument("--name", required=True)
    create.add_argument("--site", action="append", required=True, metavar="CITY[:VENUE]",
                        help="a site; repeat for each city")
    create.add_argument("--starts", default="", metavar="YYYY-MM-DD")
    create.add_argument("--ends", default="", metavar="YYYY-MM-DD")
    create.add_argument("--timezone", default="Asia/Shanghai")
    create.add_argument("--region", default="CN", help="default phone region, e.g. CN, BR, MX")
    create.add_argument("--language", default="zh_CN", help="event language for certificates")
    create.add_argument("--coordinator", default="", help="your name; you become the first coordinator")
    create.add_argument("--pin", default="", help="your PIN (else $CAREKIT_PIN, else asked at a terminal)")
    create.add_argument("--desk", default="desk 1", help="this laptop's name at the event")
    create.add_argument("--encrypted", action="store_true",
                        help="encrypt the event file with SQLCipher; the event passphrase from "
                             "$CAREKIT_DB_PASSPHRASE, else asked")
    create.add_argument("--no-health-key", action="store_true",
                        help="no health passphrase yet (screening waits for 'carekit health set-passphrase')")
    create.set_defaults(handler=_create)
    add_site = event_sub.add_parser("add-site", help="add a site (city and venue)")
    add_site.add_argument("city")
    add_site.add_argument("--venue", default="")
    add_site.set_defaults(handler=_add_site)
    encrypt = event_sub.add_parser("encrypt", help="write an encrypted copy of this event file (coordinators); "
                                                   "the passphrase from $CAREKIT_NEW_DB_PASSPHRASE, else asked")
    encrypt.add_argument("--out", required=True, metavar="FILE", help="the new, encrypted event file")
    encrypt.set_defaults(handler=_encrypt)
    show = event_sub.add_parser("show", help="print the event, its sites and this laptop")
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=_show)
    for extra in EXTRA_EVENT_COMMANDS:
        extra(event_sub)


def _site(text: str) -> events.SiteInput:
    city, _, venue = text.partition(":")
    return events.SiteInput(city.strip(), venue.strip())


def _event_passphrase(args: argparse.Namespace) -> str | None:
    if not args.encrypted:
        return None
    given = os.environ.get(cipher.ENV, "")
    if given:
        return given
    if not sys.stdin.isatty():
        raise ValidationError("no_db_passphrase", QT_TRANSLATE_NOOP(
            "Errors", "Give the event file's passphrase in CAREKIT_DB_PASSPHRASE."))
    first = getpass.getpass("event file passphrase (10+ characters): ")
    if getpass.getpass("the same passphrase again: ") != first:
        raise ValidationError("passphrase_mismatch", QT_TRANSLATE_NOOP("Errors", "The two passphrases differ."))
    return first


def _create(args: argparse.Namespace) -> int:
    db = open_database(args, new_passphrase=_event_passphrase(args))
    # The documented ways to name who is operating (--operator, $CAREKIT_OPERATOR) name the
    # coordinator being created too.
    operator = args.coordinator or args.operator or os.environ.get("CAREKIT_OPERATOR", "").strip() or "coordinator"
    ws = events.create_event(db, name=args.name, sites=[_site(s) for s in args.site], operator_name=operator,
                             starts_on=args.starts, ends_on=args.ends, timezone=args.timezone,
                             default_region=args.region.upper(), language=args.language, device_name=args.desk,
                             pin=_creator_pin(args), health_passphrase=_health_passphrase(args))
    remember_database(db.path)
    event = events.event_info(ws)
    print(f"created event {event.name} ({event.id}) in {db.path}" + (" (encrypted)" if db.encrypted else ""))
    if event.health_public_key:
        print(f"health key fingerprint {fingerprint(event.health_public_key)}")
    else:
        print("no health passphrase yet: screening starts after 'carekit health set-passphrase'")
    return 0


def _health_passphrase(args: argparse.Namespace) -> str:
    """From $CAREKIT_HEALTH_PASSPHRASE, else asked at a terminal; a script without it (or
    --no-health-key) makes the event without a health key, to be set up later."""
    if args.no_health_key:
        return ""
    if os.environ.get(PASSPHRASE_ENV) or sys.stdin.isatty():
        from carekit.cli.health import new_passphrase
        return new_passphrase("health passphrase for medics and coordinators (10+ characters): ")
    return ""


def _encrypt(args: argparse.Namespace) -> int:
    from pathlib import Path

    from carekit.domain.enums import Role
    ws = open_workspace(args)
    ws.require(Role.COORDINATOR)
    if ws.db.encrypted:
        raise ValidationError("already_encrypted", QT_TRANSLATE_NOOP("Errors", "This event file is already encrypted."))
    out = Path(args.out)
    if out.exists():
        raise ValidationError("file_exists", QT_TRANSLATE_NOOP(
            "Errors", "{file} already exists; name a new file."), file=out.name)
    passphrase = os.environ.get("CAREKIT_NEW_DB_PASSPHRASE", "")
    if not passphrase:
        if not sys.stdin.isatty():
            raise ValidationError("no_db_passphrase", QT_TRANSLATE_NOOP(
                "Errors", "Give the new file's passphrase in CAREKIT_NEW_DB_PASSPHRASE."))
        passphrase = getpass.getpass("passphrase for the encrypted copy (10+ characters): ")
        if getpass.getpass("the same passphrase again: ") != passphrase:
            raise ValidationError("passphrase_mismatch", QT_TRANSLATE_NOOP("Errors", "The two passphrases differ."))
    if len(passphrase) < cipher.MIN_PASSPHRASE:
        raise ValidationError("short_db_passphrase", QT_TRANSLATE_NOOP(
            "Errors", "An event passphrase has at least {n} characters."), n=cipher.MIN_PASSPHRASE)
    ws.db.close()
    cipher.encrypt_copy(ws.db.path, out, passphrase)
    with ws.writing() as journal:
        journal.audit("event.encrypt_copy", "event", "", out.name)
    print(f"wrote an encrypted copy to {out}; open it with its passphrase and keep the plain file safe or "
          "delete it")
    return 0


def _creator_pin(args: argparse.Namespace) -> str:
    """Nobody works without a PIN, the event's creator first."""
    pin = args.pin or ask_pin("PIN for the coordinator (6 digits or more): ")
    if not pin:
        raise ValidationError("no_pin", QT_TRANSLATE_NOOP(
            "Errors", "Give the coordinator's PIN with --pin or $CAREKIT_PIN (6 digits or more)."))
    return pin


def _add_site(args: argparse.Namespace) -> int:
    ws = open_workspace(args)
    site_id = events.add_site(ws, args.city, args.venue)
    print(f"added site {args.city} ({site_id})")
    return 0


def _show(args: argparse.Namespace) -> int:
    ws = open_workspace(args)
    event = events.event_info(ws)
    info = {"id": event.id, "name": event.name, "starts_on": event.starts_on, "ends_on": event.ends_on,
            "timezone": event.timezone, "default_region": event.default_region,
            "sites": [{"id": s.id, "city": s.city, "venue": s.venue} for s in events.sites(ws)],
            "device": events.this_device(ws).name, "operator": ws.operator_name}
    if args.json:
        print(json.dumps(info, ensure_ascii=False, indent=1))
    else:
        print(f"{info['name']}  {info['starts_on']}–{info['ends_on']}  {info['timezone']}  phones: {info['default_region']}")
        for site in info["sites"]:
            print(f"  site: {site['city']} {site['venue']}")
        print(f"  this laptop: {info['device']}; operator: {info['operator'] or '-'}")
    return 0
