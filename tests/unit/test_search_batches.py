"""A large write's search entries are made batch by batch, each batch's trigram entries written on
a thread while the next batch's keys are made (``carekit.store.overlap``). Small batches here
make a few dozen people take that path: the index must come out as if written at once, every
kind of search must find people of every batch, and a failure anywhere must leave nothing."""

from __future__ import annotations

import sqlite3
import threading

import pytest

from carekit.services import sync
from carekit.services.events import current_event
from carekit.services.people import PersonInput, register_people
from carekit.services.search import search_people
from carekit.store import search_index
from carekit.store.overlap import BackgroundInsert

from tests.unit.sync_lab import close_all, make_event

SURNAMES = "张王李赵陈刘杨黄周吴"
GIVEN = ["伟", "芳", "秀英", "敏", "静", "丽", "强", "磊", "洋", "艳"]


def people(count: int) -> list[PersonInput]:
    crowd = [PersonInput(f"{SURNAMES[i % 10]}{GIVEN[(i * 3) % 10]}{i}", phone=f"+86139{i:08d}",
                         staff_id=f"E{700000 + i}") for i in range(count)]
    crowd[1] = PersonInput("谢雨桐", phone="+8613911223344", staff_id="E770001")  # in the first batch
    crowd[-1] = PersonInput("María José Peña", phone="+5511987654321", staff_id="BR2001")  # in the last
    return crowd


def register(ws, crowd: list[PersonInput]):
    with ws.writing() as journal:
        return register_people(journal, current_event(journal.session), crowd, source="roster.xlsx")


def index_by_person(ws) -> tuple[set, set]:
    """The index's content named by person id rather than rowid (rowids depend on order only)."""
    with ws.db.plain_read() as con:
        owner = dict(con.execute("SELECT fts_rowid, person_id FROM search_rowid"))
        entries = {(owner[row[0]], *row[1:]) for row in con.execute("SELECT rowid, * FROM person_fts")}
        tokens = {(token, owner[rowid]) for token, rowid in con.execute("SELECT token, fts_rowid FROM search_token")}
    assert len(owner) == len(entries)
    return entries, tokens


def reindexed_at_once(ws, monkeypatch) -> tuple[set, set]:
    monkeypatch.setattr(search_index, "BATCH", 10_000)
    with ws.db.session() as session:
        session.connection().exec_driver_sql("DELETE FROM localstate WHERE key = 'search_index_format'")
        assert search_index.ensure_current(session)
        session.commit()
    return index_by_person(ws)


def test_an_import_indexed_batch_by_batch_equals_one_indexed_at_once(ws, monkeypatch):
    monkeypatch.setattr(search_index, "BATCH", 7)
    registered = register(ws, people(60))
    batched = index_by_person(ws)
    assert len(batched[0]) == 60
    assert batched == reindexed_at_once(ws, monkeypatch)
    assert [m.person_id for m in search_people(ws, registered[30].serial)] == [registered[30].person_id]


# Every kind of query a desk types, for a person of the first batch (1) and of the last (-1).
QUERIES = {"谢雨桐": 1, "谢雨": 1, "谢": 1, "xieyutong": 1, "xyt": 1, "13911223344": 1, "e770001": 1,
           "peña": -1, "pena": -1, "mjp": -1, "ma": -1, "987654321": -1, "br2001": -1}


@pytest.mark.parametrize("query", QUERIES)
def test_people_of_every_batch_are_found_by_every_kind_of_search(ws, monkeypatch, query):
    monkeypatch.setattr(search_index, "BATCH", 4)
    registered = register(ws, people(30))
    assert registered[QUERIES[query]].person_id in [m.person_id for m in search_people(ws, query)]


def test_a_merged_bundle_indexed_batch_by_batch_equals_one_indexed_at_once(tmp_path, monkeypatch):
    a, b = make_event(tmp_path / "event", 2)
    try:
        register(b.ws, people(45))
        sync.export_bundle(b.ws, tmp_path / "b.ckbundle")
        monkeypatch.setattr(search_index, "BATCH", 6)
        sync.import_bundle(a.ws, tmp_path / "b.ckbundle")
        batched = index_by_person(a.ws)
        assert len(batched[0]) == 45
        assert batched == index_by_person(b.ws)
        assert batched == reindexed_at_once(a.ws, monkeypatch)
    finally:
        close_all([a, b])


def test_a_failure_while_the_next_batch_is_made_leaves_nothing_and_no_thread(ws, monkeypatch):
    monkeypatch.setattr(search_index, "BATCH", 4)
    made = search_index._keys_and_tokens
    calls = []

    def failing(person, names=None):
        calls.append(person)
        if len(calls) == 10:  # the first batch's entries are being written meanwhile
            raise RuntimeError("disk gone")
        return made(person, names)

    monkeypatch.setattr(search_index, "_keys_and_tokens", failing)
    with pytest.raises(RuntimeError, match="disk gone"):
        register(ws, people(20))
    assert not [t for t in threading.enumerate() if t.name == "carekit-search-index"]
    with ws.db.plain_read() as con:
        for table in ("person", "registration", "person_fts", "search_token", "search_rowid"):
            assert con.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0, table
    monkeypatch.setattr(search_index, "_keys_and_tokens", made)
    registered = register(ws, people(20))  # the connection is fine afterwards
    assert [m.person_id for m in search_people(ws, "谢雨桐")] == [registered[1].person_id]


def test_a_failed_background_insert_is_raised_on_the_callers_thread(tmp_path):
    con = sqlite3.connect(tmp_path / "t.db", isolation_level=None, check_same_thread=False)
    con.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT)")
    con.execute("BEGIN")
    writer = BackgroundInsert(con, "INSERT INTO t (id, name)", ("id", "name"), "test-writer")
    writer.stage([(1, "a"), (2, "b")])
    writer.start()
    writer.wait()
    writer.stage([(3, "c"), (1, "again")])
    writer.start()
    with pytest.raises(sqlite3.IntegrityError):
        writer.wait()
    con.execute("ROLLBACK")
    assert con.execute("SELECT count(*) FROM t").fetchone()[0] == 0
    con.close()


def test_staging_twice_before_a_start_moves_both(tmp_path):
    con = sqlite3.connect(tmp_path / "t.db", isolation_level=None, check_same_thread=False)
    con.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT)")
    writer = BackgroundInsert(con, "INSERT INTO t (id, name)", ("id", "name"), "test-writer")
    writer.stage([(1, "a")])
    writer.stage([(2, "b")])
    writer.start()
    writer.finish()
    assert con.execute("SELECT id, name FROM t ORDER BY id").fetchall() == [(1, "a"), (2, "b")]
    con.close()


def test_temporary_tables_and_sorts_never_go_to_a_file(ws):
    """Staged entries hold names and phones; an encrypted event file must not spill them."""
    with ws.db.session() as session:
        assert session.connection().exec_driver_sql("PRAGMA temp_store").scalar() == 2
    with ws.db.plain_read() as con:
        assert con.execute("PRAGMA temp_store").fetchone()[0] == 2
