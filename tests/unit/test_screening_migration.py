"""An event file made before screening existed gains the screening tables when opened."""

from __future__ import annotations

import sqlite3

from carekit.store import migrate
from carekit.store.db import Database


def test_an_older_event_file_is_upgraded_in_place_with_the_screening_tables(tmp_path):
    path = tmp_path / "old.carekit"
    sqlite3.connect(path).close()
    migrate.upgrade(path, "0001")
    with sqlite3.connect(path) as con:
        con.execute("INSERT INTO localstate (key, value) VALUES ('device_id', 'kept')")
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert "screeningrecord" not in tables
    db = Database(path)
    try:
        with db.session() as session:
            con = session.connection()
            tables = {r[0] for r in con.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='table'")}
            assert {"screeningrecord", "referral", "eventsettings"} <= tables
            assert con.exec_driver_sql("SELECT value FROM localstate WHERE key='device_id'").scalar() == "kept"
            columns = {r[1] for r in con.exec_driver_sql("PRAGMA table_info(eventsettings)")}
            assert {"idle_minutes", "bmi_standard"} <= columns
    finally:
        db.close()
