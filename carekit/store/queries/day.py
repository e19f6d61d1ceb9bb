"""What the day's figures read: the event's setup, check-ins, revisions and screening rows by rowid.

The tally is a hot path; these take the raw driver connection (``sqlite3``) the tally holds and
return its cursors or plain values, so nothing between SQLite and the counting loops changes.
``event_timezone`` takes a SQLAlchemy connection."""

from __future__ import annotations


def event_timezone(connection) -> str | None:
    """The current event's time zone name, None when this database has no event yet."""
    row = connection.exec_driver_sql(
        "SELECT timezone FROM event WHERE id = (SELECT value FROM localstate WHERE key = 'event_id')").first()
    return row[0] if row else None


def max_rowid(con, table: str) -> int:
    """The largest rowid of ``table`` (0 when empty): rows are insert-only, so a larger one is news."""
    return con.execute(f"SELECT coalesce(max(rowid), 0) FROM {table}").fetchone()[0]
