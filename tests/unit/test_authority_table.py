"""The authority table covers every table that syncs, and a table without a line fails safe."""

from carekit.domain import authority
from carekit.domain.catalog import fact_tables, synced_tables


def test_every_synced_and_fact_table_says_who_may_write_it():
    missing = sorted((set(synced_tables()) | set(fact_tables())) - set(authority.AUTHORITY))
    assert missing == []


def test_operators_roles_and_event_keys_are_for_coordinators_only():
    assert authority.writers("operator", ["roles"]) == {authority.COORDINATOR}
    assert authority.writers("event", ["badge_key"]) == {authority.COORDINATOR}
    assert authority.writers("screeningrecord") == {authority.STATION, authority.COORDINATOR}


def test_a_laptop_may_rename_its_own_row_but_not_remove_itself():
    assert authority.writers("device", ["name"], own_row=True) == authority.EVERY
    assert authority.writers("device", ["deleted"], own_row=True) == {authority.COORDINATOR}
    assert authority.writers("device", ["name"]) == {authority.COORDINATOR}


def test_a_table_nobody_listed_is_written_by_coordinators_only():
    assert authority.writers("travelleg", ["booking_ref"]) == {authority.COORDINATOR}
