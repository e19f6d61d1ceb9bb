"""Operators as this laptop keeps them: PIN verifiers (never synced) and where an operator began."""

from __future__ import annotations

from sqlalchemy.engine import Connection


def upsert_pin_verifier(con: Connection, operator_id: str, pin_hash: str, set_at: str) -> None:
    """Keep ``pin_hash`` (set at ``set_at``) as the operator's verifier, replacing any earlier one."""
    con.exec_driver_sql(
        "INSERT INTO pinverifier (operator_id, pin_hash, set_at) VALUES (?, ?, ?) ON CONFLICT(operator_id) "
        "DO UPDATE SET pin_hash = excluded.pin_hash, set_at = excluded.set_at",
        (operator_id, pin_hash, set_at))


def first_operator_stamp(con: Connection, operator_id: str) -> str:
    """The stamp of the operator row's first revision ("" when the journal holds none)."""
    return con.exec_driver_sql(
        "SELECT min(hlc) FROM revision WHERE entity = 'operator' AND row_id = ?", (operator_id,)).scalar() or ""
