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


# A check-in annulled by mistake counts nowhere (an annulment is an insert-only fact).
NOT_ANNULLED = "id NOT IN (SELECT checkin_id FROM checkinannulment)"


def sync_imports(con) -> dict[str, str]:
    """device → when its last bundle was imported here."""
    return dict(con.execute(
        "SELECT device_id, max(at) FROM synclog WHERE direction = 'import' GROUP BY device_id").fetchall())


def local_state(con) -> dict[str, str]:
    """This laptop's own settings (device id, event id, ...)."""
    return dict(con.execute("SELECT key, value FROM localstate").fetchall())


def event_heading(con, event_id: str) -> tuple[str, str, str] | None:
    """(name, language, timezone) of the event, None when it is not here."""
    return con.execute("SELECT name, language, timezone FROM event WHERE id = ?", (event_id,)).fetchone()


def devices(con):
    """(id, name, site id) of every laptop known here."""
    return con.execute("SELECT id, name, site_id FROM device")


def live_sites(con):
    """(id, city) of every site not deleted."""
    return con.execute("SELECT id, city FROM site WHERE deleted = 0")


def erased_people(con) -> set[str]:
    return {pid for pid, in con.execute("SELECT person_id FROM erasure")}


def person_states(con):
    """(id, category, deleted, merged_into) of every person."""
    return con.execute("SELECT id, category, deleted, merged_into FROM person")


def registration_states(con):
    """(id, person id, site id, source, deleted) of every registration."""
    return con.execute("SELECT id, person_id, site_id, source, deleted FROM registration")


def newest_checkin_per_device(con, up_to_rowid: int | None = None):
    """(device, newest check-in stamp) per laptop, annulled or not; only rowids up to ``up_to_rowid``
    when given."""
    if up_to_rowid is None:
        return con.execute("SELECT device_id, max(hlc) FROM checkin GROUP BY device_id")
    return con.execute("SELECT device_id, max(hlc) FROM checkin WHERE rowid <= ? GROUP BY device_id",
                       (up_to_rowid,))


def counted_scans(con, point: str, up_to_rowid: int):
    """(registration, device, at) of every scan at ``point`` not annulled, up to ``up_to_rowid``:
    one plain scan (SQLite's GROUP BY would sort the day's scans, slower than the caller's loop)."""
    return con.execute("SELECT registration_id, device_id, at FROM checkin WHERE point = ? AND rowid <= ? AND "
                       + NOT_ANNULLED, (point, up_to_rowid))


def erasures_since(con, rowid: int):
    """(rowid, person id) of every erasure after ``rowid``."""
    return con.execute("SELECT rowid, person_id FROM erasure WHERE rowid > ?", (rowid,))


def revisions_since(con, rowid: int):
    """(rowid, entity, row id) of the revisions after ``rowid`` that change what the day counts:
    people, registrations, consents and referrals."""
    return con.execute("SELECT rowid, entity, row_id FROM revision WHERE rowid > ? AND entity IN "
                       "('person', 'registration', 'consent', 'referral')", (rowid,))


def merge_fact_people(con) -> list[tuple[int, str, str]]:
    """(rowid, absorbed, kept) of every person-merge fact, unmerges included (a few rows)."""
    return con.execute("SELECT rowid, absorbed, kept FROM personmerge").fetchall()


def person_states_of(con, ids: list[str]):
    """(id, category, deleted, merged_into, erased) of these people (at most SQLite's 999 at once)."""
    marks = ",".join("?" * len(ids))
    return con.execute("SELECT id, category, deleted, merged_into, id IN (SELECT person_id FROM erasure) "
                       f"FROM person WHERE id IN ({marks})", ids)


def registration_states_of(con, ids: list[str]):
    """(id, person id, site id, source, deleted) of these registrations (at most 999 at once)."""
    marks = ",".join("?" * len(ids))
    return con.execute(f"SELECT id, person_id, site_id, source, deleted FROM registration WHERE id IN ({marks})",
                       ids)


def annulments_since(con, rowid: int) -> list[tuple]:
    """(annulment rowid, check-in rowid, registration, point, device, at) of each annulment after ``rowid``."""
    return con.execute(
        "SELECT a.rowid, c.rowid, c.registration_id, c.point, c.device_id, c.at FROM checkinannulment a "
        "JOIN checkin c ON c.id = a.checkin_id WHERE a.rowid > ?", (rowid,)).fetchall()


def first_counted_scan(con, registration_id: str, point: str, date: str, up_to_rowid: int):
    """(at, device) of the registration's earliest scan at ``point`` on ``date`` not annulled, or None."""
    return con.execute(
        "SELECT at, device_id FROM checkin WHERE registration_id = ? AND point = ? AND at >= ? AND at < ? "
        "AND rowid <= ? AND " + NOT_ANNULLED + " ORDER BY at, rowid LIMIT 1",
        (registration_id, point, date, date + "~", up_to_rowid)).fetchone()


def checkins_since(con, rowid: int) -> list[tuple]:
    """(rowid, registration, point, device, at, hlc, counted) of each check-in after ``rowid``;
    counted is false for an annulled one."""
    return con.execute("SELECT rowid, registration_id, point, device_id, at, hlc, " + NOT_ANNULLED +
                       " FROM checkin WHERE rowid > ?", (rowid,)).fetchall()


def screening_mark(con) -> tuple[int, int, int]:
    """(newest screening rowid, screening records, newest erasure rowid): changes when a record
    arrives, goes, or is cleared in place by an erasure."""
    return (*con.execute("SELECT coalesce(max(rowid), 0), count(*) FROM screeningrecord").fetchone(),
            max_rowid(con, "erasure"))


def health_consents(con):
    """(person, given_at, withdrawn_at, clocks) of every live health consent."""
    return con.execute(
        "SELECT person_id, given_at, withdrawn_at, clocks FROM consent WHERE kind = 'health' AND deleted = 0")


def screening_rows(con):
    """(id, person, station, site, at, flags, supersedes, hlc, device) of every screening record."""
    return con.execute(
        "SELECT id, person_id, station, site_id, at, flags, supersedes, hlc, device_id FROM screeningrecord")


def screening_stamps(con) -> dict[str, str]:
    """screening record id → its clock stamp."""
    return dict(con.execute("SELECT id, hlc FROM screeningrecord").fetchall())


def open_referral_rows(con) -> list[tuple]:
    """(id, person, record, destination, flag) of every open referral, as stored (maybe sealed)."""
    return con.execute("SELECT id, person_id, record_id, destination, flag FROM referral "
                       "WHERE deleted = 0 AND status = 'open'").fetchall()


# A registration counts when it is not cancelled and its person is neither merged away nor
# deleted, except by an erasure (as ``day_figures.counts_person``). No person row yet: it counts.
_COUNTS = ("r.deleted = 0 AND coalesce(p.merged_into, '') = '' AND "
           "(coalesce(p.deleted, 0) = 0 OR r.person_id IN (SELECT person_id FROM erasure))")


def first_scans_of_day(con, point: str, date: str) -> tuple[int, list[tuple], list[tuple]]:
    """Each registration's first scan at ``point`` on ``date`` (not annulled), grouped by SQLite:
    (people scanned, groups, minutes). groups: (site, category, walk-in, counts, registrations,
    of them scanned) over every registration; minutes: (device, 'HH:MM', first scans)."""
    day = (point, date, date + "~")  # every time written on that day ("2026-12-05T…")
    con.execute("CREATE TEMP TABLE IF NOT EXISTS day_first (rid TEXT PRIMARY KEY, at TEXT, device TEXT)")
    try:
        con.execute("DELETE FROM temp.day_first")
        # SQLite returns the bare columns of the row holding min(at): each person's first scan.
        con.execute("INSERT INTO temp.day_first SELECT registration_id, min(at), device_id FROM checkin "
                    "WHERE point = ? AND at >= ? AND at < ? AND " + NOT_ANNULLED + " GROUP BY registration_id",
                    day)
        arrived = con.execute("SELECT count(*) FROM temp.day_first").fetchone()[0]
        groups = con.execute(
            "SELECT r.site_id, coalesce(p.category, ''), r.source = 'walk-in', " + _COUNTS + ", count(*), "
            "count(f.rid) FROM registration r LEFT JOIN temp.day_first f ON f.rid = r.id "
            "LEFT JOIN person p ON p.id = r.person_id GROUP BY 1, 2, 3, 4").fetchall()
        minutes = con.execute(
            "SELECT device, substr(at, 12, 5), count(*) FROM temp.day_first GROUP BY 1, 2").fetchall()
    finally:
        con.execute("DROP TABLE IF EXISTS temp.day_first")
    return arrived, groups, minutes


def scans_per_device_on(con, point: str, date: str):
    """(device, scans at ``point`` on ``date`` not annulled, repeats included) per laptop."""
    return con.execute("SELECT device_id, count(*) FROM checkin WHERE point = ? AND at >= ? "
                       "AND at < ? AND " + NOT_ANNULLED + " GROUP BY device_id", (point, date, date + "~"))
