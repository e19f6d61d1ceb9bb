"""Bulk inserts straight to the driver: a 100 000-row roster writes over a million rows, and
SQLAlchemy's per-row parameter processing would cost more than SQLite itself."""

from __future__ import annotations

from functools import lru_cache
from typing import Any, Iterable, Sequence

from sqlalchemy import Table
from sqlmodel import Session


@lru_cache(maxsize=None)
def _plan(table: Table, or_ignore: bool) -> tuple[str, tuple[str, ...], dict[str, Any]]:
    columns = tuple(c.name for c in table.columns)
    defaults = {c.name: c.default.arg for c in table.columns
                if c.default is not None and getattr(c.default, "is_scalar", False)}
    verb = "INSERT OR IGNORE" if or_ignore else "INSERT"
    sql = f"{verb} INTO {table.name} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
    return sql, columns, defaults


def insert_rows(session: Session, table: Table, rows: Iterable[dict[str, Any]], *, or_ignore: bool = False) -> int:
    """Insert dicts (missing columns take their scalar defaults) in the session's transaction."""
    sql, columns, defaults = _plan(table, or_ignore)
    values = [tuple(row[c] if c in row else defaults.get(c) for c in columns) for row in rows]
    if values:
        cursor = session.connection().connection.cursor()
        cursor.executemany(sql, values)
        cursor.close()
    return len(values)


def execute_many(session: Session, sql: str, values: Sequence[tuple]) -> None:
    if values:
        cursor = session.connection().connection.cursor()
        cursor.executemany(sql, values)
        cursor.close()
