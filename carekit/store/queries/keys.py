"""The event's keys as the journal remembers them: earlier badge and sync keys, printed badges.

``sql`` is a connection's ``exec_driver_sql``: the scan path calls these with the connection it
already holds, at driver level."""

from __future__ import annotations

# The json path is spelled into the statement; only these fields of the event row are keys.
KEY_FIELDS = ("badge_key", "sync_key")


def event_keys(sql, event_id: str, field: str, current: str) -> list[str]:
    """The event's ``field`` key (``badge_key`` or ``sync_key``): ``current`` first, then every
    earlier value the journal holds, newest first, each once."""
    if field not in KEY_FIELDS:
        raise ValueError(f"event_keys: {field!r} is not one of the event's keys {KEY_FIELDS}")
    found = [current]
    for (key,) in sql(
            f"SELECT json_extract(changes, '$.{field}') FROM revision WHERE entity = 'event' "
            f"AND row_id = ? AND json_type(changes, '$.{field}') IS NOT NULL ORDER BY hlc DESC",
            (event_id,)).all():
        if key and key not in found:
            found.append(key)
    return found


def badge_printed(sql, registration_id: str, token: str) -> bool:
    """Whether this laptop holds ``registration_id`` with exactly this badge code."""
    return sql("SELECT 1 FROM registration WHERE id = ? AND token = ?",
               (registration_id, token)).first() is not None
