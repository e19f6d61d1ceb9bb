"""Dates as documents print them, in a document language given by the caller (not the screen's).

The wording is a table, as the certificates' and itineraries' words are: a PDF is made without Qt,
often by the CLI, in the event's or a family's language whatever the screen shows.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

# Printed documents are bilingual (their language, then English), and 5/12/2026 reads as 12 May
# to one of their readers and as 5 December to the other: the month is named.
_MONTHS = {
    "en": "January February March April May June July August September October November December".split(),
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
    "pt_BR": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro".split(),
}
_DATES = {"en": "{day} {month} {year}", "es": "{day} de {month} de {year}", "pt_BR": "{day} de {month} de {year}",
          "zh_CN": "{year}年{number}月{day}日", "zh_TW": "{year}年{number}月{day}日"}


def date_words(iso: str, language: str) -> str:
    """'2028-05-16' → '16 May 2028', '16 de mayo de 2028', '2028年5月16日'; the text itself if it is no date."""
    key = next((k for k in (language, language.split("_")[0]) if k in _DATES), "en")  # as the wordings fall back
    try:
        day = date.fromisoformat(iso[:10])
    except ValueError:
        return iso
    month = _MONTHS[key][day.month - 1] if key in _MONTHS else ""
    return _DATES[key].format(year=day.year, number=day.month, month=month, day=day.day)


def moment_words(moment: datetime, language: str) -> str:
    """A moment at its own offset: '2 December 2026 10:14 (UTC+08:00)', '2026年12月2日 10:14 (UTC+08:00)'."""
    minutes = int((moment.utcoffset() or timedelta()).total_seconds() // 60)
    sign, minutes = ("-" if minutes < 0 else "+"), abs(minutes)
    return (f"{date_words(moment.date().isoformat(), language)} {moment.hour:02d}:{moment.minute:02d} "
            f"(UTC{sign}{minutes // 60:02d}:{minutes % 60:02d})")


def wall_words(local: str, language: str) -> str:
    """A wall-clock ISO value (the offset, if any, left unsaid): '4 December 2026 16:30', '2026年12月4日 16:30'."""
    try:
        moment = datetime.fromisoformat(local)
    except ValueError:
        return local
    return f"{date_words(local, language)} {moment.hour:02d}:{moment.minute:02d}"
