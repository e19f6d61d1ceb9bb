"""Time zones from the ``tzdata`` package, never from the system's zone files.

Windows has no zone database, and a Linux or macOS one may be older or trimmed; reading IANA data
shipped with CareKit gives every laptop the same offsets for the same event.
"""

from __future__ import annotations

from functools import lru_cache
from importlib.resources import files
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError


@lru_cache(maxsize=64)
def zone(key: str) -> ZoneInfo:
    """The zone named ``key`` (e.g. ``Asia/Shanghai``); ZoneInfoNotFoundError for anything else."""
    parts = key.split("/") if isinstance(key, str) else []
    if not parts or any(not p or p in (".", "..") or "\\" in p or "\0" in p for p in parts) or key.startswith("/"):
        raise ZoneInfoNotFoundError(f"no time zone named {key!r}")
    source = files("tzdata.zoneinfo").joinpath(*parts)
    try:
        with source.open("rb") as data:
            return ZoneInfo.from_file(data, key=key)
    except (OSError, ValueError) as error:  # missing, a folder (e.g. "Asia"), not a zone file
        raise ZoneInfoNotFoundError(f"no time zone named {key!r}") from error


def wall_clock(iso: str, key: str) -> str:
    """An ISO moment as "YYYY-MM-DD HH:MM" on the clocks of zone ``key`` (printed sheets, which have
    no interface language); the text itself when it is not a moment, UTC when it names no offset."""
    from datetime import datetime, timezone
    try:
        moment = datetime.fromisoformat(iso)
    except (TypeError, ValueError):
        return iso
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    try:
        moment = moment.astimezone(zone(key))
    except ZoneInfoNotFoundError:
        pass
    return moment.strftime("%Y-%m-%d %H:%M")
