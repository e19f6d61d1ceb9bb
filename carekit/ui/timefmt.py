"""Times shown one way everywhere: in the event's time zone, written as ``carekit.ui.formats`` does.

Most stored times are already event time; some are not (a sync log line is this laptop's UTC, a
clock stamp is milliseconds, a laptop with a wrong zone writes its own offset). These helpers
bring any of them to the event's zone first, then format them like every other time on screen.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

from carekit.domain.zones import zone as lookup_zone
from carekit.services import events
from carekit.services.errors import CareKitError
from carekit.ui.formats import datetime_text, time_text

_zones: dict[str, ZoneInfo | None] = {}


def event_zone(ws) -> ZoneInfo | None:
    key = str(ws.db.path)
    if key not in _zones:
        try:
            _zones[key] = lookup_zone(events.event_info(ws).timezone)
        except (CareKitError, Exception):  # an unknown zone from an old file: show times as stored
            _zones[key] = None
    return _zones[key]


def _parse(iso: str) -> dt.datetime | None:
    try:
        moment = dt.datetime.fromisoformat(iso)
    except (TypeError, ValueError):
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.timezone.utc)


def _format(moment: dt.datetime, with_date: bool) -> str:
    iso = moment.isoformat(timespec="seconds")
    return datetime_text(iso) if with_date else time_text(iso)


def event_time(ws, iso: str, with_date: bool = True) -> str:
    """An ISO timestamp as event time; "" for none, the text itself when it is not a time."""
    if not iso:
        return ""
    moment = _parse(iso)
    if moment is None:
        return iso
    zone = event_zone(ws)
    return _format(moment.astimezone(zone) if zone else moment, with_date)


def event_time_ms(ws, wall_ms: int, with_date: bool = True) -> str:
    """A clock stamp's wall time (milliseconds since 1970, UTC) as event time."""
    moment = dt.datetime.fromtimestamp(wall_ms / 1000, dt.timezone.utc)
    zone = event_zone(ws)
    return _format(moment.astimezone(zone) if zone else moment, with_date)


def forget_zones() -> None:
    """After another event is opened or its zone changed."""
    _zones.clear()
