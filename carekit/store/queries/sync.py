"""What the sync tables hold: conflicts waiting for a coordinator."""

from __future__ import annotations

from sqlalchemy.engine import Connection


def conflict_count(con: Connection) -> int:
    """Conflicts still open (a resolved one is removed by the merge)."""
    return con.exec_driver_sql("SELECT count(*) FROM conflict").scalar()
