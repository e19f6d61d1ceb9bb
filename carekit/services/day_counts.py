"""One day's figures counted by SQL aggregates, for a report made in a fresh process.

The dashboard's ``Tally`` builds per-registration state once per session so that refreshes read
only what arrived; a day report run from the command line would pay that whole first count
(every person, registration and check-in into Python) for one PDF. Here SQLite groups the day's
entrance scans over an index (``ix_checkin_day``) and joins them to registrations once, so only
counts reach Python. The figures are the same as the tally's (tests compare both).
"""

from __future__ import annotations

from carekit.services.day_figures import ENTRANCE, PENDING, Tally, slot_of
from carekit.store.db import Database
from carekit.store.queries import day as queries


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
        arrived, groups, minutes = queries.first_scans_of_day(con, ENTRANCE, date)
        matched = 0
        for site, category, walk_in, counts, registered, checked in groups:
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
        for device, minute, n in minutes:
            self.arrivals[(date, device, slot_of(f"{date}T{minute}"))] += n
        for device, n in queries.scans_per_device_on(con, ENTRANCE, date):
            self.scans[(date, device)] = n
        self.checkin_newest = dict(queries.newest_checkin_per_device(con))
