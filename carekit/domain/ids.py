"""Row ids: UUIDv7 made on the device, so two offline laptops never collide and ids sort by time."""

from uuid6 import uuid7


def new_id() -> str:
    return str(uuid7())
