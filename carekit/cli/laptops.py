"""``carekit laptop list|remove``: the event's laptops, their capabilities, removing a lost one."""

from __future__ import annotations

import argparse

from carekit.cli.common import open_workspace
from carekit.services import laptops


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("laptop", help="the event's laptops and their capabilities (coordinators)")
    laptop_sub = parser.add_subparsers(dest="laptop_command", metavar="ACTION", required=True)
    listing = laptop_sub.add_parser("list", help="every laptop this one knows, with its capabilities")
    listing.set_defaults(handler=_list)
    remove = laptop_sub.add_parser("remove", help="remove a lost or retired laptop from the event")
    remove.add_argument("name", help="the laptop's desk name")
    remove.set_defaults(handler=_remove)


def _list(args: argparse.Namespace) -> int:
    for laptop in laptops.list_laptops(open_workspace(args)):
        state = "removed" if laptop.removed else ", ".join(sorted(laptop.capabilities)) or "no capabilities yet"
        print(f"{laptop.name:<20} {laptop.device_id[:8]}  {state}{'  (this laptop)' if laptop.is_me else ''}")
    return 0


def _remove(args: argparse.Namespace) -> int:
    laptops.remove_laptop(open_workspace(args), args.name)
    print(f"removed {args.name}; its bundles are refused from now on on every laptop that learns it")
    return 0
