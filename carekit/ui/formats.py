"""Dates, times and numbers written the way the interface language writes them.

Services hand out ISO strings in the event's own time zone ("2026-12-05T09:14:03+08:00"); the
screen shows the wall-clock part as the current language does (9:14 AM, 09:14, 上午9:14), with no
zone conversion, so every laptop shows the event's time. QLocale's default follows
``apply_language``.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

SHORT = QLocale.FormatType.ShortFormat


def time_text(iso: str) -> str:
    """The hour and minute of an ISO timestamp (or a bare HH:MM[:SS]); "" when there is none."""
    clock = iso[11:19] if len(iso) > 10 and iso[10] in "T " else iso[:8]
    moment = QTime.fromString(clock[:5], "HH:mm")
    return QLocale().toString(moment, SHORT) if moment.isValid() else ""


def date_text(iso: str) -> str:
    """The date of an ISO date or timestamp in the language's short form (05/12/2026, 2026/12/5)."""
    day = QDate.fromString(iso[:10], "yyyy-MM-dd")
    return QLocale().toString(day, SHORT) if day.isValid() else iso


def datetime_text(iso: str) -> str:
    day = QDate.fromString(iso[:10], "yyyy-MM-dd")
    moment = QTime.fromString(iso[11:16], "HH:mm")
    if not (day.isValid() and moment.isValid()):
        return iso
    return QLocale().toString(QDateTime(day, moment), SHORT)


def number_text(value: int | float) -> str:
    """12 345 / 12.345 / 12,345: grouping as the language writes it."""
    return QLocale().toString(value)
