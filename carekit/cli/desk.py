"""Desk commands: ``search``, ``checkin``, ``walk-in``, ``waiting`` (scans kept behind a merge)."""

from __future__ import annotations

import argparse
import json
import sys

from carekit.cli.common import open_workspace
from carekit.domain.enums import CheckInPoint
from carekit.domain.phones import display_phone
from carekit.services import checkin, search, waiting, walk_in


def register(sub: argparse._SubParsersAction) -> None:
    find = sub.add_parser("search", help="find people by name, pinyin, initials, phone, staff id or serial")
    find.add_argument("query")
    find.add_argument("--json", action="store_true", help="one JSON object per match")
    find.add_argument("--limit", type=int, default=20)
    find.set_defaults(handler=_search)
    scan = sub.add_parser("checkin", help="check in a badge token (as a scanner types it)")
    scan.add_argument("token")
    scan.add_argument("--point", default="entrance", choices=[p.value for p in CheckInPoint],
                      help="pickup or hotel marks an expected traveller arrived")
    scan.add_argument("--json", action="store_true")
    scan.set_defaults(handler=_checkin)
    walk = sub.add_parser("walk-in", help="register a walk-in (consent given) and check them in")
    walk.add_argument("--name", required=True)
    walk.add_argument("--phone", default="")
    walk.add_argument("--staff-id", default="")
    walk.add_argument("--employer", default="")
    walk.add_argument("--job", default="other")
    walk.add_argument("--city", default="")
    walk.add_argument("--language", default="")
    walk.add_argument("--category", default="worker", choices=["worker", "family", "guest", "staff"])
    walk.add_argument("--consent", action="store_true", required=True,
                      help="the person heard the registration notice and agreed")
    walk.set_defaults(handler=_walk_in)
    kept = sub.add_parser("waiting", help="the scans kept beside the event file behind a merge: how many wait, "
                                          "which were set aside because recording them failed")
    kept.add_argument("--retry", action="store_true",
                      help="record every waiting scan now, those set aside included (waits for a merge to end)")
    kept.set_defaults(handler=_waiting)


def _search(args: argparse.Namespace) -> int:
    ws = open_workspace(args)
    for match in search.search_people(ws, args.query, args.limit):
        if args.json:
            print(json.dumps(match.as_dict(), ensure_ascii=False))
        else:
            print(f"{match.name:<16} {match.romanised:<22} {display_phone(match.phone):<18} "
                  f"{match.staff_id:<10} {match.badge_serial}")
    return 0


WAITING_NOTE = ("a merge is writing to this event file: the scan is kept and recorded as soon as it ends; "
                "waiting…")
SET_ASIDE_NOTE = ("not recorded yet: recording this scan failed, so it is set aside and kept; "
                  "'carekit waiting' lists it and 'carekit waiting --retry' tries again.")


def after_waiting(ws, scan_id: str) -> None:
    """Once a scan that waited has been copied in: recorded, or set aside (its recording failed)."""
    print("recorded." if waiting.scan_state(ws, scan_id) == "recorded" else SET_ASIDE_NOTE, file=sys.stderr)


def _waiting(args: argparse.Namespace) -> int:
    ws = open_workspace(args)
    if args.retry:
        print(f"recorded: {waiting.commit_waiting(ws, retry=True)}")
    state = waiting.status(ws)
    if state.damaged:
        print(f"the side file {state.file} beside the event file cannot be opened (damaged): what waited there "
              "is not known; keep the file and ask for support.", file=sys.stderr)
        return 1
    print(f"waiting: {state.waiting - state.aside}, set aside: {state.aside}, unreadable: {state.unreadable} "
          f"({state.file})")
    for scan, reason in waiting.set_aside(ws):
        print(f"set aside: {scan['kind']} {scan['id']} at {scan.get('at', '?')} ({reason})")
    if state.unreadable:
        print(f"{state.unreadable} waiting scan(s) cannot be read (another event key, or damaged): they are kept "
              f"in {state.file}; do not delete it.", file=sys.stderr)
    return 1 if args.retry and state.aside else 0  # a script retrying learns that some still fail


def _checkin(args: argparse.Namespace) -> int:
    ws = open_workspace(args)

    def verdict_now(result: checkin.CheckInResult) -> None:
        _print_check_in(args, result)
        print(WAITING_NOTE, file=sys.stderr, flush=True)

    if args.point in (CheckInPoint.PICKUP.value, CheckInPoint.HOTEL.value):
        from carekit.services.family_board import arrive  # a traveller met at the station or hotel
        result = arrive(ws, args.token, args.point, on_verdict=verdict_now)
    else:
        result = checkin.check_in(ws, args.token, args.point, on_verdict=verdict_now)
    if result.waiting:
        after_waiting(ws, result.scan_id)
    else:
        _print_check_in(args, result)
    return 0


def _print_check_in(args: argparse.Namespace, result: checkin.CheckInResult) -> None:
    if args.json:
        print(json.dumps(result.__dict__, ensure_ascii=False), flush=True)
    elif result.outcome == checkin.ALREADY:
        print(f"already checked in at {result.first_at[11:16]}, {result.first_desk}: {result.name} "
              f"(this scan was recorded too)", flush=True)
    elif result.outcome == checkin.PENDING:
        print(f"checked in registration {result.registration_id} (pending record: its details arrive with a "
              "later bundle)", flush=True)
    else:
        print(f"checked in: {result.name} {result.romanised} ({result.category})", flush=True)


def _walk_in(args: argparse.Namespace) -> int:
    ws = open_workspace(args)
    form = walk_in.WalkIn(name=args.name, phone=args.phone, staff_id=args.staff_id, employer=args.employer,
                          job=args.job, city=args.city, language=args.language, category=args.category,
                          consent_given=args.consent)
    result = walk_in.register_walk_in(ws, form)
    print(f"registered and checked in: {args.name}  serial {result.registered.serial}")
    print(f"badge token: {result.registered.token}")
    if result.possible_duplicate_of:
        print(f"note: may be the same person as {result.possible_duplicate_of} (same phone or staff id)")
    return 0
