"""What a bundle is made of and what the Sync page reports: revisions, facts, conflicts, the log."""

from __future__ import annotations

from sqlalchemy.engine import Connection


def conflict_count(con: Connection) -> int:
    """Conflicts still open (a resolved one is removed by the merge)."""
    return con.exec_driver_sql("SELECT count(*) FROM conflict").scalar()


def begin_read(con: Connection) -> None:
    """Begin the transaction now: every read after it, until it ends, sees one snapshot of the
    file (SQLite otherwise takes the snapshot at the first read, per statement outside one)."""
    con.exec_driver_sql("BEGIN")


def revision_tuples(session, fields: tuple[str, ...], entities: tuple[str, ...] = ()) -> list[tuple]:
    """``fields`` of every revision (of ``entities`` only, when given), by stamp. Straight from
    the driver: a full export reads a few hundred thousand revisions."""
    sql = f"SELECT {', '.join(fields)} FROM revision"
    if entities:
        sql += f" WHERE entity IN ({','.join('?' * len(entities))})"
    return session.connection().connection.execute(sql + " ORDER BY hlc", entities).fetchall()


def fact_rows(session, table: str) -> list[dict]:
    """Every row of an insert-only fact table as column -> value, by stamp."""
    cursor = session.connection().connection.execute(f"SELECT * FROM {table} ORDER BY hlc")
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row)) for row in cursor]


def last_sync_at(con: Connection) -> dict[str, str]:
    """{direction ("export", "import"): when this laptop last did it}."""
    return dict(con.exec_driver_sql("SELECT direction, max(at) FROM synclog GROUP BY direction").all())


def export_reports(con: Connection) -> list[str]:
    """The report (JSON text) of every export this laptop logged."""
    return [r for (r,) in con.exec_driver_sql("SELECT report FROM synclog WHERE direction = 'export'").all()]


def newest_sync_log_rowid(raw) -> int:
    """Where the sync log ends now (0 when empty): rows written later have higher rowids."""
    return raw.execute("SELECT COALESCE(MAX(rowid), 0) FROM synclog").fetchone()[0]


def import_report_logged_after(raw, path: str, rowid: int) -> str | None:
    """The report of the first import of ``path`` logged after sync log row ``rowid``, if any."""
    row = raw.execute("SELECT report FROM synclog WHERE direction = 'import' AND file = ? AND rowid > ? "
                      "ORDER BY rowid LIMIT 1", (path, rowid)).fetchone()
    return row[0] if row else None
