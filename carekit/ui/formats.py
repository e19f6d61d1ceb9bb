"""The one way a date, time or number is shown: event time, in the interface language's format.

Stored times are ISO strings; most carry the event's offset, some do not (a sync log line is this
laptop's UTC, a clock stamp is milliseconds, a laptop with a wrong zone writes its own offset).
``event_time`` brings any of them to the event's zone, then writes it as the current language does
(9:14 AM, 09:14, 上午9:14). ``time_text``/``date_text`` write a wall-clock value that is already
event time (a leg's local arrival, a session's start) without moving it. QLocale's default
follows ``apply_language``.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

from carekit.domain.zones import zone as lookup_zone
from carekit.services.errors import CareKitError

SHORT = QLocale.FormatType.ShortFormat

_zones: dict[str, ZoneInfo | None] = {}


# -- wall-clock values, already in event time -----------------------------------------------------
def time_text(iso: str) -> str:
    """The hour and minute of an ISO timestamp (or a bare HH:MM[:SS]); "" when there is none."""
    clock = iso[11:19] if len(iso) > 10 and iso[10] in "T " else iso[:8]
    moment = QTime.fromString(clock[:5], "HH:mm")
    return QLocale().toString(moment, SHORT) if moment.isValid() else ""


def _full_year(pattern: str) -> str:
    """A short pattern with its year in full: 2/12/26 reads as two dates on a certificate, and a
    two-digit year typed into a picker would leave its century to guess."""
    return pattern if "yyyy" in pattern else pattern.replace("yy", "yyyy")


def date_text(iso: str) -> str:
    """The date of an ISO date or timestamp in the language's short form (5/12/2026, 2026/12/5)."""
    day = QDate.fromString(iso[:10], "yyyy-MM-dd")
    return QLocale().toString(day, date_edit_format()) if day.isValid() else iso


def date_edit_format() -> str:
    """The language's short date format for a date picker (2026/12/5, 5/12/2026, 12/5/2026), the
    same as ``date_text`` writes."""
    return _full_year(QLocale().dateFormat(SHORT))


def datetime_text(iso: str) -> str:
    """Date and time of an ISO timestamp as the language writes them; the text itself if it is none."""
    day = QDate.fromString(iso[:10], "yyyy-MM-dd")
    moment = QTime.fromString(iso[11:16], "HH:mm")
    if not (day.isValid() and moment.isValid()):
        return iso
    return QLocale().toString(QDateTime(day, moment), _full_year(QLocale().dateTimeFormat(SHORT)))


def typed_text(iso: str) -> str:
    """A wall-clock ISO value as a person types it into a text field (2026-12-04 08:00), the form the
    services read back; for showing it, ``datetime_text``."""
    return iso[:16].replace("T", " ")


def number_text(value: int | float) -> str:
    """12 345 / 12.345 / 12,345: grouping as the language writes it."""
    return QLocale().toString(value)


# -- moments, brought to the event's zone first ---------------------------------------------------
def event_zone(ws) -> ZoneInfo | None:
    key = str(ws.db.path)
    if key not in _zones:
        from carekit.services import events  # not needed before a time is first written
        try:
            _zones[key] = lookup_zone(events.event_info(ws).timezone)
        except (CareKitError, Exception):  # an unknown zone from an old file: show times as stored
            _zones[key] = None
    return _zones[key]


def forget_zones() -> None:
    """After another event is opened or its zone changed."""
    _zones.clear()


def _parse(iso: str) -> dt.datetime | None:
    try:
        moment = dt.datetime.fromisoformat(iso)
    except (TypeError, ValueError):
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.timezone.utc)


def in_event_zone(ws, iso: str) -> str:
    """The ISO timestamp moved to the event's zone (still ISO); the text itself if it is none."""
    moment = _parse(iso) if iso else None
    if moment is None:
        return iso
    zone = event_zone(ws)
    return (moment.astimezone(zone) if zone else moment).isoformat(timespec="seconds")


def event_time(ws, iso: str, with_date: bool = True) -> str:
    """An ISO timestamp as event time; "" for none, the text itself when it is not a time."""
    if not iso:
        return ""
    local = in_event_zone(ws, iso)
    if local == iso and _parse(iso) is None:
        return iso
    return datetime_text(local) if with_date else time_text(local)


def event_time_ms(ws, wall_ms: int, with_date: bool = True) -> str:
    """A clock stamp's wall time (milliseconds since 1970, UTC) as event time."""
    moment = dt.datetime.fromtimestamp(wall_ms / 1000, dt.timezone.utc)
    return event_time(ws, moment.isoformat(timespec="seconds"), with_date)


def event_now(ws) -> str:
    """Now, as an ISO timestamp in the event's zone (the dashboard's "as of")."""
    return in_event_zone(ws, dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"))
