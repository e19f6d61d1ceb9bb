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


@lru_cache(maxsize=None)
def _plan_for(table: Table, names: tuple[str, ...]) -> tuple[str, tuple[Any, ...]]:
    rest = [c for c in table.columns if c.name not in names]
    defaults = tuple(c.default.arg if c.default is not None and getattr(c.default, "is_scalar", False) else None
                     for c in rest)
    columns = (*names, *(c.name for c in rest))
    return f"INSERT INTO {table.name} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})", defaults


def insert_values(session: Session, table: Table, names: tuple[str, ...], values: Sequence[tuple]) -> int:
    """Insert tuples of ``names`` (the other columns take their scalar defaults): no dict per row."""
    sql, defaults = _plan_for(table, names)
    if defaults:
        values = [row + defaults for row in values]
    execute_many(session, sql, values)
    return len(values)


IN_CHUNK = 500  # ids per IN list: well under SQLite's limit of bound parameters


def select_in(con, sql: str, values: Sequence, *before: Any, size: int = IN_CHUNK) -> list[tuple]:
    """Run ``sql`` (one ``{marks}`` placeholder for an IN list) chunk by chunk over ``values``;
    ``before`` binds the parameters written ahead of the list. ``con`` is a Session or a
    driver connection."""
    if isinstance(con, Session):
        con = con.connection().connection
    values = list(values)
    rows: list[tuple] = []
    for start in range(0, len(values), size):
        part = values[start:start + size]
        rows += con.execute(sql.format(marks=",".join("?" * len(part))), (*before, *part)).fetchall()
    return rows
