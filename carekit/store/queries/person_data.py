"""What the event holds about one person, as plain dicts of column -> value (a person's export).

``con`` is the DB-API connection under the session (``session.connection().connection``);
table and column names come from the domain's own lists, never from input."""

from __future__ import annotations


def _dicts(con, sql: str, params: tuple | list) -> list[dict]:
    cursor = con.execute(sql, params)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row)) for row in cursor.fetchall()]


def person_of_reference(con, ref: str) -> str | None:
    """The person ``ref`` names as a person id, else as a badge serial (upper-cased), a badge
    code or a registration id; None when it names nobody."""
    row = con.execute("SELECT id FROM person WHERE id = ?", (ref,)).fetchone() or con.execute(
        "SELECT person_id FROM registration WHERE serial = ? OR token = ? OR id = ? LIMIT 1",
        (ref.upper(), ref, ref)).fetchone()
    return row[0] if row is not None else None


def person_row(con, person_id: str) -> dict | None:
    return (_dicts(con, "SELECT * FROM person WHERE id = ?", (person_id,)) or [None])[0]


def rows_where(con, table: str, column: str, value: str) -> list[dict]:
    """Every row of ``table`` whose ``column`` equals ``value``, by id."""
    return _dicts(con, f"SELECT * FROM {table} WHERE {column} = ? ORDER BY id", (value,))


def all_rows(con, table: str) -> list[dict]:
    """Every row of ``table``, by id (for a link that is sealed and so cannot be matched in SQL)."""
    return _dicts(con, f"SELECT * FROM {table} ORDER BY id", ())


def check_ins_of(con, registration_ids: list[str]) -> list[dict]:
    """The check-ins of these registrations, in time order."""
    if not registration_ids:
        return []
    marks = ",".join("?" * len(registration_ids))
    return _dicts(con, f"SELECT * FROM checkin WHERE registration_id IN ({marks}) ORDER BY at, id",
                  registration_ids)


def revisions_of(con, row_ids: list[str]) -> list[dict]:
    """hlc, entity, row_id, operator_id and changes (JSON text) of these rows' revisions, by stamp."""
    return _dicts(con, f"SELECT hlc, entity, row_id, operator_id, changes FROM revision WHERE row_id IN "
                       f"({','.join('?' * len(row_ids))}) ORDER BY hlc", row_ids)


def audit_of(con, row_ids: list[str]) -> list[dict]:
    """The audit entries about these rows, in time order (health values never enter them)."""
    return _dicts(con, f"SELECT at, action, entity, row_id, device_id, operator_id FROM auditentry "
                       f"WHERE row_id IN ({','.join('?' * len(row_ids))}) ORDER BY at, id", row_ids)
