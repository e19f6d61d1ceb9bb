"""Family visits from the command line: ``family``, ``travel``, ``stay`` and ``pickup`` commands."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from carekit.cli.common import open_workspace
from carekit.domain import family as rules
from carekit.services import family, family_board, pickups, stays, travel, travel_import


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("family", help="relatives visiting workers: add, list, status, arrivals board")
    actions = parser.add_subparsers(dest="family_command", metavar="ACTION", required=True)
    add = actions.add_parser("add", help="add a relative travelling to visit a worker; prints their person id")
    add.add_argument("--worker", required=True, metavar="PERSON", help="the worker's person id or staff id")
    add.add_argument("--name", required=True, help="name as written")
    add.add_argument("--relationship", required=True, choices=list(rules.Relationship))
    add.add_argument("--age-band", default="adult", choices=list(rules.AgeBand))
    add.add_argument("--phone", default="", help="own phone (default: reached through the worker's)")
    add.add_argument("--language", default="", help="e.g. zh_CN (default: the worker's)")
    add.add_argument("--romanised", default="")
    add.add_argument("--need", action="append", default=[], metavar="NEED",
                     help="wheelchair, elderly, infant, pregnant, halal, vegetarian, medical; repeat for several")
    add.add_argument("--id-type", default="", help="identity document type, for ticketing")
    add.add_argument("--id-number", default="", help="identity document number (coordinators only see it)")
    add.add_argument("--medical-note", default="")
    add.set_defaults(handler=_add)
    listing = actions.add_parser("list", help="every traveller with their worker, needs and status")
    listing.add_argument("--worker", default="", metavar="PERSON")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=_list)
    status = actions.add_parser("status", help="move a traveller along invited → … → home")
    status.add_argument("person")
    status.add_argument("status", choices=list(rules.STATUS_FLOW))
    status.set_defaults(handler=_status)
    history = actions.add_parser("history", help="who changed a traveller's status, and when")
    history.add_argument("person")
    history.set_defaults(handler=_history)
    board = actions.add_parser("board", help="expected arrivals with their state and vehicle")
    board.add_argument("--json", action="store_true", help="one JSON object per expected traveller")
    board.add_argument("--window", type=int, default=pickups.DEFAULT_WINDOW, help="minutes before 'missing'")
    board.set_defaults(handler=_board)
    summary = actions.add_parser("summary", help="the day's summaries: statuses, diets, wheelchairs, rooms")
    summary.add_argument("--out", default="", metavar="FILE.pdf", help="print them to a PDF")
    summary.set_defaults(handler=_summary)
    itinerary = actions.add_parser("itinerary", help="a family's itinerary (PDF) and the message to paste")
    itinerary.add_argument("--worker", required=True, metavar="PERSON")
    itinerary.add_argument("--out", default="", metavar="FILE.pdf")
    itinerary.set_defaults(handler=_itinerary)

    legs = sub.add_parser("travel", help="travel legs: add one, import the travel agent's sheet, list")
    leg_actions = legs.add_subparsers(dest="travel_command", metavar="ACTION", required=True)
    leg = leg_actions.add_parser("add", help="a train, flight, coach or car ride for one or more travellers")
    leg.add_argument("--traveller", action="append", required=True, metavar="PERSON", help="repeat for several")
    leg.add_argument("--mode", required=True, choices=list(rules.Mode))
    leg.add_argument("--number", default="", help="carrier and number: G1234, MU5101")
    leg.add_argument("--from", dest="from_place", required=True, help="station or airport")
    leg.add_argument("--to", dest="to_place", required=True)
    leg.add_argument("--departs", required=True, help='"2026-12-04 08:00 Asia/Shanghai" (zone optional)')
    leg.add_argument("--arrives", required=True)
    leg.add_argument("--direction", default="outbound", choices=list(rules.Direction))
    leg.add_argument("--booking-ref", default="")
    leg.add_argument("--seat", action="append", default=[], help="one per traveller, in order")
    leg.set_defaults(handler=_travel_add)
    edit = leg_actions.add_parser("edit", help="change a leg's number, places or times")
    edit.add_argument("leg")
    for option in ("number", "departs", "arrives", "booking-ref"):
        edit.add_argument(f"--{option}")
    edit.add_argument("--from", dest="from_place")
    edit.add_argument("--to", dest="to_place")
    edit.set_defaults(handler=_travel_edit)
    imported = leg_actions.add_parser("import", help="the travel agent's spreadsheet (XLSX or CSV)")
    imported.add_argument("file")
    imported.set_defaults(handler=_travel_import)
    leg_list = leg_actions.add_parser("list", help="every leg with its passengers")
    leg_list.add_argument("--json", action="store_true")
    leg_list.set_defaults(handler=_travel_list)

    stay = sub.add_parser("stay", help="hotel rooms: place a traveller, print the rooming list")
    stay_actions = stay.add_subparsers(dest="stay_command", metavar="ACTION", required=True)
    place = stay_actions.add_parser("add", help="put a traveller in a hotel room")
    place.add_argument("--traveller", required=True, metavar="PERSON")
    place.add_argument("--hotel", required=True)
    place.add_argument("--room", required=True)
    place.add_argument("--type", dest="room_type", default="twin", choices=list(rules.ROOM_CAPACITY))
    place.add_argument("--first-night", default="", metavar="YYYY-MM-DD")
    place.add_argument("--nights", type=int, default=1)
    place.set_defaults(handler=_stay_add)
    rooming = stay_actions.add_parser("rooming", help="who shares which room, per hotel (PDF or XLSX)")
    rooming.add_argument("--hotel", default="")
    rooming.add_argument("--out", default="", metavar="FILE.pdf|FILE.xlsx")
    rooming.set_defaults(handler=_rooming)

    pickup = sub.add_parser("pickup", help="vehicles meeting arrivals: plan, list, adjust, driver manifests")
    pickup_actions = pickup.add_subparsers(dest="pickup_command", metavar="ACTION", required=True)
    plan = pickup_actions.add_parser("plan", help="group arrivals without a pick-up into vehicles")
    plan.add_argument("--window", type=int, default=pickups.DEFAULT_WINDOW, help="minutes per vehicle")
    plan.add_argument("--capacity", type=int, default=pickups.DEFAULT_CAPACITY, help="seats per vehicle")
    plan.set_defaults(handler=_plan)
    plans = pickup_actions.add_parser("list", help="vehicles with their travellers and warnings")
    plans.add_argument("--json", action="store_true")
    plans.set_defaults(handler=_pickup_list)
    move = pickup_actions.add_parser("move", help="seat a traveller in another vehicle")
    move.add_argument("--traveller", required=True, metavar="PERSON")
    move.add_argument("--vehicle", required=True, metavar="VEHICLE")
    move.set_defaults(handler=_move)
    vehicle = pickup_actions.add_parser("vehicle", help="driver, seats, wheelchair access, departure")
    vehicle.add_argument("vehicle")
    vehicle.add_argument("--driver")
    vehicle.add_argument("--phone")
    vehicle.add_argument("--capacity", type=int)
    vehicle.add_argument("--accessible", choices=["yes", "no"])
    vehicle.add_argument("--leaves", help='"2026-12-04 17:10 Asia/Shanghai"; empty to clear')
    vehicle.set_defaults(handler=_vehicle)
    manifests = pickup_actions.add_parser("manifests", help="one driver manifest page per vehicle")
    manifests.add_argument("--out", required=True, metavar="FILE.pdf")
    manifests.add_argument("--vehicle", action="append", default=[], help="only these vehicles")
    manifests.set_defaults(handler=_manifests)


def _print_json(rows) -> None:
    for row in rows:
        print(json.dumps(row, ensure_ascii=False))


def _add(args: argparse.Namespace) -> int:
    ws = open_workspace(args)
    person_id = family.add_traveller(ws, family.TravellerInput(
        worker=args.worker, name=args.name, relationship=args.relationship, age_band=args.age_band,
        phone=args.phone, language=args.language, needs=tuple(args.need), romanised=args.romanised,
        id_doc_type=args.id_type, id_doc_number=args.id_number, medical_note=args.medical_note))
    print(person_id)
    return 0


def _list(args: argparse.Namespace) -> int:
    ws = open_workspace(args)
    views = family.list_travellers(ws, args.worker)
    if args.json:
        _print_json(v.as_dict() for v in views)
        return 0
    for v in views:
        print(f"{v.person_id}  {v.name:<10} {v.romanised:<18} {v.relationship:<8} {v.age_band:<8} "
              f"of {v.worker_name:<10} {v.status:<10} {','.join(v.needs)}")
    return 0


def _status(args: argparse.Namespace) -> int:
    ws = open_workspace(args)
    print(f"{args.person}: {family.set_status(ws, args.person, args.status)}")
    return 0


def _history(args: argparse.Namespace) -> int:
    ws = open_workspace(args)
    for change in family.status_history(ws, args.person):
        print(f"{change.at}  {change.status:<10} {change.operator}")
    return 0


def _board(args: argparse.Namespace) -> int:
    ws = open_workspace(args)
    board = family_board.arrivals_board(ws, window_minutes=args.window)
    if args.json:
        _print_json(r.as_dict() for r in board.rows)
        return 0
    print("  ".join(f"{state}: {count}" for state, count in board.counts.items()))
    for r in board.rows:
        print(f"{r.arrives} {r.place:<8} {r.number:<7} {r.name:<10} {r.board:<10} {r.vehicle}")
    for v in board.vehicles:
        if v.missing:
            print(f"{v.label}: still missing {', '.join(v.missing)}")
    return 0


def _travel_add(args: argparse.Namespace) -> int:
    ws = open_workspace(args)
    leg_id = travel.add_leg(ws, travel.LegInput(
        tuple(args.traveller), args.mode, args.number, args.from_place, args.to_place, args.departs, args.arrives,
        args.direction, args.booking_ref, tuple(args.seat)))
    print(leg_id)
    return 0


def _travel_edit(args: argparse.Namespace) -> int:
    ws = open_workspace(args)
    changed = travel.edit_leg(ws, args.leg, number=args.number, from_place=args.from_place, to_place=args.to_place,
                              departs=args.departs, arrives=args.arrives, booking_ref=args.booking_ref)
    print(f"changed: {', '.join(sorted(changed)) or 'nothing'}")
    return 0


def _travel_import(args: argparse.Namespace) -> int:
    ws = open_workspace(args)
    report = travel_import.import_travel(ws, args.file)
    print(f"imported {report.legs} legs, {report.passengers} passengers; {len(report.errors)} rows left out")
    for _line, message in report.errors:
        print(message, file=sys.stderr)
    return 1 if report.errors else 0


def _travel_list(args: argparse.Namespace) -> int:
    ws = open_workspace(args)
    found = travel.legs(ws)
    if args.json:
        _print_json(leg.as_dict() for leg in found)
        return 0
    for leg in found:
        print(f"{leg.id}  {leg.direction:<8} {leg.number:<7} {leg.from_place} {leg.departs} → {leg.to_place} "
              f"{leg.arrives} ({len(leg.travellers)})")
    return 0


def _stay_add(args: argparse.Namespace) -> int:
    ws = open_workspace(args)
    stays.place_in_room(ws, stays.StayInput(args.traveller, args.hotel, args.room, args.room_type,
                                            args.first_night, args.nights))
    print(f"{args.traveller}: {args.hotel} {args.room}")
    return 0


def _rooming(args: argparse.Namespace) -> int:
    ws = open_workspace(args)
    listing = stays.rooming_list(ws, args.hotel)
    if args.out:
        from carekit.services import family_print
        path = family_print.write_rooming_list(ws, listing, Path(args.out))
        print(f"wrote {path}")
    for room in listing.rooms:
        print(f"{room.hotel} {room.room} ({room.room_type}): {', '.join(g[1] for g in room.guests)}")
    for person_id, name in listing.unhoused:
        print(f"warning: {name} ({person_id}) has no room", file=sys.stderr)
    for room in listing.over_capacity:
        print(f"warning: {room.hotel} {room.room} holds {len(room.guests)} for {room.capacity}", file=sys.stderr)
    return 0


def _plan(args: argparse.Namespace) -> int:
    ws = open_workspace(args)
    result = pickups.plan_pickups(ws, args.window, args.capacity)
    print(f"planned {result.vehicles} vehicles for {result.seated} travellers")
    return 0


def _pickup_list(args: argparse.Namespace) -> int:
    ws = open_workspace(args)
    plans = pickups.vehicle_plans(ws)
    warnings = pickups.pickup_warnings(ws)
    if args.json:
        _print_json(p.as_dict() for p in plans)
        return 0
    for p in plans:
        print(f"{p.id}  {p.label}  {p.headcount}/{p.capacity}{' ♿' if p.accessible else ''}  "
              f"{p.driver_name} {p.driver_phone}")
        for s in p.seats:
            print(f"    {s.name:<10} {s.number:<7} {s.arrives_local} {','.join(s.needs)}")
    for w in warnings:
        detail = " ".join(filter(None, (w.detail, " → ".join(w.times))))  # the times as ISO, as the CLI prints them
        print(f"warning: {w.kind} {w.vehicle} {w.traveller_id} {detail}".rstrip(), file=sys.stderr)
    return 0


def _move(args: argparse.Namespace) -> int:
    ws = open_workspace(args)
    pickups.move_traveller(ws, args.traveller, args.vehicle)
    print(f"{args.traveller} → {args.vehicle}")
    return 0


def _vehicle(args: argparse.Namespace) -> int:
    ws = open_workspace(args)
    changed = pickups.edit_vehicle(ws, args.vehicle, driver_name=args.driver, driver_phone=args.phone,
                                   capacity=args.capacity,
                                   accessible=None if args.accessible is None else args.accessible == "yes",
                                   leaves_at=args.leaves)
    print(f"changed: {', '.join(sorted(changed)) or 'nothing'}")
    return 0


def _manifests(args: argparse.Namespace) -> int:
    from carekit.services import family_print
    ws = open_workspace(args)
    done = family_print.write_manifests(ws, Path(args.out), args.vehicle)
    print(f"wrote {done.pages} manifests to {args.out}")
    for warning in done.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    return 0


def _summary(args: argparse.Namespace) -> int:
    from carekit.services import family_print, family_summary
    ws = open_workspace(args)
    summary = family_summary.day_summary(ws)
    if args.out:
        family_print.write_summary(ws, summary, Path(args.out))
        print(f"wrote {args.out}", file=sys.stderr)
    print(json.dumps(summary.as_dict(), ensure_ascii=False, indent=1))
    return 0


def _itinerary(args: argparse.Namespace) -> int:
    from carekit.services import family_print
    ws = open_workspace(args)
    text = family_print.itinerary_message(ws, args.worker)
    if args.out:
        family_print.write_itinerary(ws, args.worker, Path(args.out))
        print(f"wrote {args.out}", file=sys.stderr)
    print(text)
    return 0
