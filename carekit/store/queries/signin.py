"""What the sign-in dialog shows, read before the ORM is loaded: the event, this laptop's desk,
the operators to choose from.

Each function takes ``run(sql, params)``: a driver connection's ``execute`` (``Database.plain_read``)
or a SQLAlchemy connection's ``exec_driver_sql``, so the ORM side reads the same rows the same way.
"""

from __future__ import annotations

from typing import Any, Callable

Run = Callable[..., Any]


def _local(run: Run, key: str) -> str:
    row = run("SELECT value FROM localstate WHERE key = ?", (key,)).fetchone()
    return row[0] if row else ""


def operator_names(run: Run) -> list[str]:
    """The event's current operators (retired ones are gone), by name."""
    return [name for (name,) in run("SELECT name FROM operator WHERE deleted = 0 ORDER BY name").fetchall()]


def last_operator_name(run: Run) -> str:
    """Who signed in on this laptop last, unless they have been retired since ("" otherwise)."""
    row = run("SELECT name FROM operator WHERE id = ? AND deleted = 0", (_local(run, "operator_id"),)).fetchone()
    return row[0] if row else ""


def idle_minutes(run: Run) -> int | None:
    """The event's idle lock in minutes (None when the event keeps the default)."""
    row = run("SELECT idle_minutes FROM eventsettings WHERE id = ? AND deleted = 0",
              (_local(run, "event_id"),)).fetchone()
    return row[0] if row else None


def event_and_desk(run: Run) -> tuple[str, str, str]:
    """The event's name, this laptop's desk name and its site's city ("" for what the file lacks)."""
    event = run("SELECT name FROM event WHERE id = ?", (_local(run, "event_id"),)).fetchone()
    desk = run("SELECT d.name, coalesce(s.city, '') FROM device d LEFT JOIN site s ON s.id = d.site_id "
               "WHERE d.id = ?", (_local(run, "device_id"),)).fetchone()
    return (event[0] if event else "", *(desk if desk else ("", "")))
