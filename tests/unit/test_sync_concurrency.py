"""Concurrent writes at any depth of a field's history are seen on every laptop after sync."""

from __future__ import annotations

import json
import sqlite3

import pytest

from carekit.domain.screening_tables import Referral
from carekit.domain.tables import Person
from carekit.domain.ids import new_id
from carekit.services import conflicts, health_key, referrals
from carekit.services.events import current_event
from carekit.services.people import PersonInput, register_people
from carekit.store import migrate
from carekit.store.db import Database

from tests.unit.sync_lab import close_all, make_event

HEALTH_PASSPHRASE = "mango lantern 19"  # sync_lab's default


@pytest.fixture
def laptops(tmp_path):
    found = make_event(tmp_path / "event", 3)
    yield found
    close_all(found)


def everyone_sends_to_everyone(laptops, folder):
    bundles = [lap.export(folder) for lap in laptops]
    for lap in laptops:
        lap.take(*bundles)


def row(laptop, cls, row_id):
    with laptop.db.session() as session:
        return session.get(cls, row_id)


def test_a_referral_closed_on_one_laptop_and_marked_seen_on_another_ends_closed_and_listed(laptops, tmp_path):
    one, two, three = laptops
    (r,) = register_people_on(one, "王小明")
    with one.ws.writing() as journal:
        referral_id = new_id()
        sealed = health_key.seal_fields(health_key.public_key_in(journal.session), "referral", referral_id,
                                        {"person_id": r.person_id, "flag": "bp_high", "destination": "doctor"})
        journal.create(Referral, {**sealed, "status": "open"}, referral_id)
    everyone_sends_to_everyone(laptops, tmp_path)
    for medic_laptop in (one, two):  # the status moves at two stations whose medics unlocked the key
        health_key.unlock_health(medic_laptop.ws, HEALTH_PASSPHRASE)
    referrals.set_status(two.ws, referral_id, "seen")
    referrals.set_status(two.ws, referral_id, "closed", note="seen by Dr Chen")
    referrals.set_status(one.ws, referral_id, "seen")  # later, without having heard of the close
    everyone_sends_to_everyone(laptops, tmp_path)
    for lap in laptops:
        assert row(lap, Referral, referral_id).status == "closed"
        [view] = conflicts.list_conflicts(lap.ws)
        assert view.field == "status" and view.rule == "forward"
        assert sorted(c.value for c in view.choices) == ["closed", "seen"]
        assert [c.value for c in view.choices if c.shown] == ["closed"]
    assert one.dump() == two.dump() == three.dump()


def register_people_on(laptop, *names):
    with laptop.ws.writing() as journal:
        return register_people(journal, current_event(journal.session), [PersonInput(n) for n in names],
                               source="walk-in")


def test_a_conflict_offers_the_newest_value_of_each_side_not_the_one_it_replaced(laptops, tmp_path):
    a, b, c = laptops
    (r,) = register_people_on(a, "李娜")
    everyone_sends_to_everyone(laptops, tmp_path)
    with a.ws.writing() as journal:
        journal.update(Person, r.person_id, {"city": "广州"})
    with a.ws.writing() as journal:
        journal.update(Person, r.person_id, {"city": "佛山"})
    with b.ws.writing() as journal:
        journal.update(Person, r.person_id, {"city": "深圳"})
    everyone_sends_to_everyone(laptops, tmp_path)
    for lap in laptops:
        [view] = conflicts.list_conflicts(lap.ws)
        assert sorted(choice.value for choice in view.choices) == ["佛山", "深圳"]
        shown = max(view.choices, key=lambda choice: choice.stamp)
        assert row(lap, Person, r.person_id).city == shown.value and shown.shown
    # Settling names both heads; once it travels nobody lists the conflict and 广州 never returns.
    [view] = conflicts.list_conflicts(c.ws)
    keep = [choice for choice in view.choices if not choice.shown][0]
    conflicts.resolve(c.ws, view.id, keep.stamp)
    everyone_sends_to_everyone(laptops, tmp_path)
    for lap in laptops:
        assert conflicts.list_conflicts(lap.ws) == []
        assert row(lap, Person, r.person_id).city == keep.value
    assert a.dump() == b.dump() == c.dump()


def test_a_desk_edit_during_a_conflict_replaces_only_the_value_shown(laptops, tmp_path):
    a, b, _ = laptops
    (r,) = register_people_on(a, "陈静")
    everyone_sends_to_everyone(laptops, tmp_path)
    with a.ws.writing() as journal:
        journal.update(Person, r.person_id, {"employer": "美团"})
    with b.ws.writing() as journal:
        journal.update(Person, r.person_id, {"employer": "饿了么"})
    everyone_sends_to_everyone(laptops, tmp_path)
    shown = row(a, Person, r.person_id).employer
    with a.ws.writing() as journal:
        journal.update(Person, r.person_id, {"employer": "SF"})
    everyone_sends_to_everyone(laptops, tmp_path)
    unseen = ({"美团", "饿了么"} - {shown}).pop()
    for lap in laptops:
        [view] = conflicts.list_conflicts(lap.ws)
        assert sorted(choice.value for choice in view.choices) == sorted(["SF", unseen])


def test_an_old_journal_is_upgraded_and_a_deeper_concurrent_write_becomes_a_conflict(tmp_path):
    path = tmp_path / "old.carekit"
    migrate.upgrade(path, "0005")
    con = sqlite3.connect(path)
    with con:
        con.execute("INSERT INTO referral (id, event_id, hlc, clocks, deleted, person_id, record_id, flag, destination, "
                    "status, site_id, note) VALUES ('r1', 'e1', ?, ?, 0, 'p1', '', 'bp', 'doctor', 'seen', '', '')",
                    ("000000000000004.00000.dev1", json.dumps({"status": "000000000000004.00000.dev1"})))
        journal = [("000000000000001.00000.dev1", {"status": "open"}, {}),
                   ("000000000000002.00000.dev2", {"status": "seen"}, {"status": "000000000000001.00000.dev1"}),
                   ("000000000000003.00000.dev2", {"status": "closed"}, {"status": "000000000000002.00000.dev2"}),
                   ("000000000000004.00000.dev1", {"status": "seen"}, {"status": "000000000000001.00000.dev1"})]
        con.executemany("INSERT INTO revision (hlc, event_id, entity, row_id, operator_id, changes, parents, meta) "
                        "VALUES (?, 'e1', 'referral', 'r1', '', ?, ?, '{}')",
                        [(h, json.dumps(c), json.dumps(p)) for h, c, p in journal])
    con.close()
    Database(path).close()
    con = sqlite3.connect(path)
    parents = dict(con.execute("SELECT hlc, parents FROM revision").fetchall())
    status, clocks = con.execute("SELECT status, clocks FROM referral").fetchone()
    conflict = con.execute("SELECT field, rule, choices FROM conflict").fetchall()
    con.close()
    assert json.loads(parents["000000000000003.00000.dev2"]) == {"status": ["000000000000002.00000.dev2"]}
    assert status == "closed" and json.loads(clocks) == {"status": "000000000000003.00000.dev2"}
    [(field, rule, choices)] = conflict
    assert (field, rule) == ("status", "forward")
    assert sorted(json.loads(choices).values()) == ["closed", "seen"]
