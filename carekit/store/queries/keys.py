"""The event's keys as the journal remembers them: earlier badge and sync keys, printed badges.

``sql`` is a connection's ``exec_driver_sql``: the scan path calls these with the connection it
already holds, at driver level."""

from __future__ import annotations

# The json path is spelled into the statement; only these fields of the event row are keys.
KEY_FIELDS = ("badge_key", "sync_key")


def event_key_history(sql, event_id: str, field: str) -> list[str]:
    """Every value the journal holds for the event row's ``field`` (``badge_key`` or
    ``sync_key``), newest first, repeats and empty values included."""
    if field not in KEY_FIELDS:
        raise ValueError(f"event_key_history: {field!r} is not one of the event's keys {KEY_FIELDS}")
    return [key for (key,) in sql(
        f"SELECT json_extract(changes, '$.{field}') FROM revision WHERE entity = 'event' "
        f"AND row_id = ? AND json_type(changes, '$.{field}') IS NOT NULL ORDER BY hlc DESC",
        (event_id,)).all()]


def event_key_history_of(con, event_id: str, field: str) -> list[str]:
    """``event_key_history`` on a connection."""
    return event_key_history(con.exec_driver_sql, event_id, field)


def badge_printed(sql, registration_id: str, token: str) -> bool:
    """Whether this laptop holds ``registration_id`` with exactly this badge code."""
    return sql("SELECT 1 FROM registration WHERE id = ? AND token = ?",
               (registration_id, token)).first() is not None
