"""Health fields sealed under the event's health key: finding clear values, writing sealed ones.

``con`` is the DB-API connection under the session (``session.connection().connection``);
``session`` is the caller's, for the batched writes. Table and column names come from the
domain's declared sealed fields, never from input."""

from __future__ import annotations

from typing import Iterable

from carekit.store.bulk import execute_many


def live_referral_people(con) -> list[tuple[str, str]]:
    """(referral id, sealed person id) of every referral not deleted."""
    return con.execute("SELECT id, person_id FROM referral WHERE deleted = 0").fetchall()


def _clear_where(columns: list[str], prefix: str) -> str:
    return " OR ".join(f"({c} != '' AND substr({c}, 1, {len(prefix)}) != ?)" for c in columns)


def clear_row_count(con, table: str, columns: list[str], prefix: str) -> int:
    """Rows of ``table`` holding a value in any of ``columns`` that does not start with ``prefix``."""
    return con.execute(f"SELECT count(*) FROM {table} WHERE {_clear_where(columns, prefix)}",
                       [prefix] * len(columns)).fetchone()[0]


def clear_rows(con, table: str, columns: list[str], prefix: str) -> list[tuple]:
    """(id, *values of ``columns``) of the rows ``clear_row_count`` counts."""
    return con.execute(f"SELECT id, {', '.join(columns)} FROM {table} WHERE {_clear_where(columns, prefix)}",
                       [prefix] * len(columns)).fetchall()


def set_row_columns(session, table: str, columns: list[str], updates: list[tuple]) -> None:
    """Each update is the new values of ``columns`` followed by the row id."""
    execute_many(session, f"UPDATE {table} SET {', '.join(f'{c} = ?' for c in columns)} WHERE id = ?", updates)


def revisions_of_entity(con, entity: str) -> list[tuple[str, str, str]]:
    """(hlc, row id, changes as JSON text) of every revision of ``entity``."""
    return con.execute("SELECT hlc, row_id, changes FROM revision WHERE entity = ?", (entity,)).fetchall()


def revisions_at(con, hlcs: list[str]) -> list[tuple[str, str, str, str]]:
    """(hlc, entity, row id, changes) of the revisions with these stamps (at most 500 a call)."""
    return con.execute(
        f"SELECT hlc, entity, row_id, changes FROM revision WHERE hlc IN ({','.join('?' * len(hlcs))})",
        hlcs).fetchall()


def set_revision_changes(session, rewritten: Iterable[tuple[str, str]]) -> None:
    """Each pair is (changes as JSON text, hlc): a revision's changes replaced in place."""
    execute_many(session, "UPDATE revision SET changes = ? WHERE hlc = ?", list(rewritten))


def rows_with_ids(con, table: str, ids: list[str]) -> list[dict]:
    """The rows of ``table`` with these ids as column -> value (more than 900 ids: the whole
    table, which the caller filters, as SQLite limits a statement's parameters)."""
    cursor = con.execute(f"SELECT * FROM {table} WHERE id IN ({','.join('?' * len(ids))})", ids) \
        if len(ids) <= 900 else con.execute(f"SELECT * FROM {table}")
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, values)) for values in cursor.fetchall()]


def field_clocks_text(con, table: str, row_id: str) -> str:
    """The row's per-field clocks as stored JSON text."""
    return con.execute(f"SELECT clocks FROM {table} WHERE id = ?", (row_id,)).fetchone()[0]


def set_fields(con, table: str, row_id: str, fields: dict) -> None:
    con.execute(f"UPDATE {table} SET {', '.join(f'{c} = ?' for c in fields)} WHERE id = ?",
                (*fields.values(), row_id))


def secure_delete(session, on: bool) -> None:
    """SQLite's secure_delete for the session's connection: freed space zeroed when on."""
    session.connection().exec_driver_sql(f"PRAGMA secure_delete = {'ON' if on else 'OFF'}")


def truncate_wal(con) -> None:
    """Checkpoint and empty the WAL (``con``: an engine connection outside any session)."""
    con.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
