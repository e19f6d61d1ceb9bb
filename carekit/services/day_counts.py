"""One day's figures counted by SQL aggregates, for a report made in a fresh process.

The dashboard's ``Tally`` builds per-registration state once per session so that refreshes read
only what arrived; a day report run from the command line would pay that whole first count
(every person, registration and check-in into Python) for one PDF. Here SQLite groups the day's
entrance scans over an index (``ix_checkin_day``) and joins them to registrations once, so only
counts reach Python. The figures are the same as the tally's (tests compare both).
"""

from __future__ import annotations

from carekit.services.day_figures import ENTRANCE, NOT_ANNULLED, PENDING, Tally, slot_of
from carekit.store.db import Database

# A registration counts when it is not cancelled and its person is neither merged away nor
# deleted, except by an erasure (as ``day_figures.counts_person``). No person row yet: it counts.
_COUNTS = ("r.deleted = 0 AND coalesce(p.merged_into, '') = '' AND "
           "(coalesce(p.deleted, 0) = 0 OR r.person_id IN (SELECT person_id FROM erasure))")


class DayTally(Tally):
    """The figures of ``date`` only; ``update()`` counts them again from the database."""

    def __init__(self, db: Database, date: str):
        super().__init__(db)
        self.date = date

    def update(self) -> None:
        with self.lock, self.db.engine.connect() as connection:
            con = connection.connection.driver_connection
            self._reset()
            self._read_setup(con)
            self._count_day(con)
            self._read_screening(con)
            self._read_imports(con)

    def _count_day(self, con) -> None:
        date, only = self.date, self.only_site
        day = (ENTRANCE, date, date + "~")  # every time written on that day ("2026-12-05T…")
        con.execute("CREATE TEMP TABLE IF NOT EXISTS day_first (rid TEXT PRIMARY KEY, at TEXT, device TEXT)")
        try:
            con.execute("DELETE FROM temp.day_first")
            # SQLite returns the bare columns of the row holding min(at): each person's first scan.
            con.execute("INSERT INTO temp.day_first SELECT registration_id, min(at), device_id FROM checkin "
                        "WHERE point = ? AND at >= ? AND at < ? AND " + NOT_ANNULLED + " GROUP BY registration_id",
                        day)
            arrived = con.execute("SELECT count(*) FROM temp.day_first").fetchone()[0]
            matched = 0
            for site, category, walk_in, counts, registered, checked in con.execute(
                    "SELECT r.site_id, coalesce(p.category, ''), r.source = 'walk-in', " + _COUNTS + ", count(*), "
                    "count(f.rid) FROM registration r LEFT JOIN temp.day_first f ON f.rid = r.id "
                    "LEFT JOIN person p ON p.id = r.person_id GROUP BY 1, 2, 3, 4"):
                matched += checked
                if not counts:
                    continue
                site = site or only
                self.registered[(site, category)] += registered
                self.checked[(date, site, category)] += checked
                if walk_in:
                    self.walk_ins[site] += registered
                    self.walk_ins_in[(date, site)] += checked
            if arrived > matched:  # badges whose registration has not reached this laptop
                self.checked[(date, PENDING, PENDING)] += arrived - matched
            for device, minute, n in con.execute(
                    "SELECT device, substr(at, 12, 5), count(*) FROM temp.day_first GROUP BY 1, 2"):
                self.arrivals[(date, device, slot_of(f"{date}T{minute}"))] += n
        finally:
            con.execute("DROP TABLE IF EXISTS temp.day_first")
        for device, n in con.execute("SELECT device_id, count(*) FROM checkin WHERE point = ? AND at >= ? "
                                     "AND at < ? AND " + NOT_ANNULLED + " GROUP BY device_id", day):
            self.scans[(date, device)] = n
        self.checkin_newest = dict(con.execute("SELECT device_id, max(hlc) FROM checkin GROUP BY device_id"))
