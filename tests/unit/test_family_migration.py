"""An event file from before family visits upgrades in place and holds the family tables."""

import sqlite3

from carekit.domain import family_tables
from carekit.store import migrate
from carekit.store.db import Database

TABLES = (family_tables.Traveller, family_tables.TravellerPrivate, family_tables.TravelLeg,
          family_tables.LegPassenger, family_tables.Stay, family_tables.Vehicle, family_tables.Pickup)


def test_a_file_from_before_family_visits_gains_the_family_tables_with_every_column(tmp_path):
    path = tmp_path / "last-month.carekit"
    migrate.upgrade(path, "0006")
    Database(path).close()
    assert migrate.current_revision(path) == migrate.head_revision()
    con = sqlite3.connect(path)
    for table in TABLES:
        columns = {row[1] for row in con.execute(f"PRAGMA table_info({table.__tablename__})")}
        assert columns == {c.name for c in table.__table__.columns}, table.__tablename__
        indexes = {row[1] for row in con.execute(f"PRAGMA index_list({table.__tablename__})")}
        assert {i.name for i in table.__table__.indexes} <= indexes
    con.close()
