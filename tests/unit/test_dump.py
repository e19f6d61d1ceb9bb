"""The canonical dump: stable, complete for synced data, and free of this laptop's own bookkeeping."""

from __future__ import annotations

import json

from carekit.domain.catalog import fact_tables, synced_tables
from carekit.domain.tables import CheckIn
from carekit.services import duplicates
from carekit.store.dump import canonical_text


def dump_of(db) -> str:
    with db.session() as session:
        return canonical_text(session)


def test_the_dump_is_the_same_twice_and_sorted(ws, crowd):
    first, second = dump_of(ws.db), dump_of(ws.db)
    assert first == second
    records = [json.loads(line) for line in first.splitlines()]
    rows = [(r["table"], r["row"]["id"]) for r in records if r["kind"] == "row"]
    assert rows == sorted(rows)
    stamps = [r["row"]["hlc"] for r in records if r["kind"] == "revision"]
    assert stamps == sorted(stamps) and len(stamps) == len(set(stamps))
    assert all(line == json.dumps(json.loads(line), ensure_ascii=False, sort_keys=True, separators=(",", ":"))
               for line in first.splitlines())


def test_the_dump_covers_every_synced_and_fact_table(ws, crowd):
    with ws.writing() as journal:
        journal.add_fact(CheckIn, {"registration_id": crowd["张伟"].registration_id, "desk": "desk 2"})
    duplicates.keep_apart(ws, crowd["张伟"].person_id, crowd["张伟明"].person_id)
    tables = {json.loads(line)["table"] for line in dump_of(ws.db).splitlines()}
    populated = {"event", "site", "device", "operator", "person", "registration", "duplicatedecision",
                 "checkin", "auditentry"}
    assert populated <= tables
    assert tables <= set(synced_tables()) | set(fact_tables()) | {"revision", "conflict"}


def test_this_laptops_own_state_stays_out_of_the_dump(ws, crowd):
    from carekit.services.sync import ensure_device_key
    private, public, _ = ensure_device_key(ws.db)
    text = dump_of(ws.db)
    tables = {json.loads(line)["table"] for line in text.splitlines()}
    assert not tables & {"localstate", "synclog", "search_token", "search_rowid", "person_fts", "alembic_version"}
    assert private not in text and public in text  # the private key never leaves this laptop
