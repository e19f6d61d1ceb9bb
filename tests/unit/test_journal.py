"""The write journal: every change to a mutable row is stamped, attributed and kept."""

import json

from sqlmodel import select

from carekit.domain.tables import AuditEntry, CheckIn, Person, Revision
from carekit.store.journal import read_local
from carekit.store.unit import writing
from carekit.domain.clock import Stamp


def _revisions(db, row_id):
    with db.session() as session:
        return list(session.exec(select(Revision).where(Revision.row_id == row_id).order_by(Revision.hlc)))


def _person(db, row_id):
    with db.session() as session:
        return session.get(Person, row_id)


def test_creating_a_person_writes_a_revision_with_every_field(ws):
    with ws.writing() as journal:
        pid = journal.create(Person, {"name": "张伟", "phone": "+8613800138000"})
    [revision] = _revisions(ws.db, pid)
    person = _person(ws.db, pid)
    assert revision.entity == "person"
    assert json.loads(revision.changes) == {"name": "张伟", "phone": "+8613800138000"}
    assert json.loads(revision.parents) == {}
    assert revision.operator_id == ws.operator_id
    assert revision.hlc == person.hlc
    assert json.loads(person.clocks) == {"name": revision.hlc, "phone": revision.hlc}
    assert person.event_id == read_local_event(ws.db)


def read_local_event(db):
    with db.session() as session:
        return read_local(session)["event_id"]


def test_correcting_a_phone_writes_only_the_phone_naming_the_value_it_replaced(ws):
    with ws.writing() as journal:
        pid = journal.create(Person, {"name": "张伟", "phone": "+8613800138000", "city": "深圳"})
    created = _revisions(ws.db, pid)[0].hlc
    with ws.writing() as journal:
        changed = journal.update(Person, pid, {"name": "张伟", "phone": "+8613912345678", "city": "深圳"})
    assert changed == {"phone": "+8613912345678"}
    first, second = _revisions(ws.db, pid)
    assert second.hlc > first.hlc
    assert json.loads(second.changes) == {"phone": "+8613912345678"}
    assert json.loads(second.parents) == {"phone": [created]}
    person = _person(ws.db, pid)
    assert person.phone == "+8613912345678" and person.hlc == second.hlc
    assert json.loads(person.clocks) == {"name": created, "phone": second.hlc, "city": created}


def test_saving_a_form_with_nothing_changed_writes_no_revision(ws):
    with ws.writing() as journal:
        pid = journal.create(Person, {"name": "张伟"})
    with ws.writing() as journal:
        assert journal.update(Person, pid, {"name": "张伟"}) == {}
    assert len(_revisions(ws.db, pid)) == 1


def test_deleting_a_person_leaves_a_tombstone_row(ws):
    with ws.writing() as journal:
        pid = journal.create(Person, {"name": "张伟"})
    with ws.writing() as journal:
        journal.delete(Person, pid)
    person = _person(ws.db, pid)
    assert person is not None and person.deleted is True and person.name == "张伟"
    last = _revisions(ws.db, pid)[-1]
    assert json.loads(last.changes) == {"deleted": True}


def test_check_ins_are_facts_inserted_with_device_and_operator_never_journalled(ws):
    with ws.writing() as journal:
        first = journal.add_fact(CheckIn, {"registration_id": "r1", "desk": "desk 2"})
        second = journal.add_fact(CheckIn, {"registration_id": "r1", "desk": "desk 2"})
        device = journal.device_id
    with ws.db.session() as session:
        rows = list(session.exec(select(CheckIn).order_by(CheckIn.hlc)))
        journalled = list(session.exec(select(Revision).where(Revision.entity == "checkin")))
    assert [r.id for r in rows] == [first, second]
    assert rows[0].hlc < rows[1].hlc
    assert all(r.device_id == device and r.operator_id == ws.operator_id for r in rows)
    assert journalled == []


def test_audit_entries_say_who_and_on_which_laptop(ws):
    with ws.writing() as journal:
        journal.audit("person.view", "person", "p1", "fields=name")
        device = journal.device_id
    with ws.db.session() as session:
        entry = session.exec(select(AuditEntry).where(AuditEntry.action == "person.view")).one()
    assert entry.operator_id == ws.operator_id and ws.operator_id
    assert entry.device_id == device and device
    assert entry.row_id == "p1" and entry.detail == "fields=name"
    assert entry.at[:2] == "20" and "T" in entry.at


def test_the_clock_carries_on_from_the_file_in_the_next_transaction(ws, monkeypatch):
    with ws.writing() as journal:
        journal.create(Person, {"name": "张伟"})
        first_last = journal.clock.last
    with ws.db.session() as session:
        assert read_local(session)["hlc"] == first_last
    # The laptop's clock jumps back a day between transactions: stamps still rise.
    import time
    real = time.time_ns
    monkeypatch.setattr(time, "time_ns", lambda: real() - 86_400 * 10**9)
    with writing(ws.db, ws.operator_id) as journal:
        pid = journal.create(Person, {"name": "王小明"})
    later = _revisions(ws.db, pid)[0].hlc
    assert later > first_last
    assert Stamp.parse(later).wall_ms >= Stamp.parse(first_last).wall_ms


def test_a_failed_transaction_leaves_neither_row_nor_revision(ws):
    pid = None
    try:
        with ws.writing() as journal:
            pid = journal.create(Person, {"name": "张伟"})
            raise RuntimeError("power cut")
    except RuntimeError:
        pass
    assert _person(ws.db, pid) is None
    assert _revisions(ws.db, pid) == []


def test_a_bulk_write_journals_each_row_as_the_single_write_would():
    from carekit.store.journal import _clocks_rows, _dumps, _dumps_rows
    rows = [{"name": '张"伟\n', "city": "São Paulo", "deleted": True, "n": 3, "ratio": 1.5, "none": None},
            {"name": "Peña\t", "city": "", "deleted": False, "n": 0, "ratio": 2.0, "none": None},
            {"other": "\u2028"}]
    stamps = ["000000000000007.00001.desk-a", "000000000000007.00002.desk-a", "000000000000008.00000.desk-a"]
    assert _dumps_rows(rows) == [_dumps(r) for r in rows]
    assert [json.loads(r) for r in _dumps_rows(rows)] == rows
    assert _clocks_rows(rows, stamps) == [_dumps({f: s for f in r}) for r, s in zip(rows, stamps)]


def test_rows_given_as_tuples_are_journalled_byte_for_byte_as_dicts_would_be():
    from carekit.store.journal import _clocks_values, _dumps, _dumps_values
    names = ("name", "city", "100%", "deleted", "n", "none")
    values = [('张"伟\n', "São Paulo", "a%sb", "x", "\u2028", ""),
              ("Peña\t", "", "", True, 3, None)]
    assert _dumps_values(names, values) == [_dumps(dict(zip(names, row))) for row in values]
    assert _dumps_values((), [(), ()]) == ["{}", "{}"]
    stamps = ["000000000000007.00001.desk-a", "000000000000008.00000.desk-\\"]
    assert _clocks_values(names, stamps) == [_dumps({f: s for f in names}) for s in stamps]
