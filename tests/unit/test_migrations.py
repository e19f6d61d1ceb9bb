"""Opening event files: fresh ones are set up safely, old ones backed up first, newer ones refused."""

import sqlite3

import pytest
from sqlalchemy import text

from carekit.services.events import SiteInput, create_event
from carekit.store import migrate
from carekit.store.db import Database, DatabaseError


def _make_event_file(path):
    db = Database(path)
    create_event(db, name="Rider Care Day", operator_name="Lin", sites=[SiteInput("深圳")])
    db.close()


def _set_version(path, version):
    con = sqlite3.connect(path)
    with con:
        con.execute("DELETE FROM alembic_version")  # several heads are several rows
        con.execute("INSERT INTO alembic_version (version_num) VALUES (?)", (version,))
    con.close()


def _backups(path):
    return sorted(path.parent.glob(path.name + ".*.bak"))


def test_a_fresh_file_uses_wal_and_enforces_foreign_keys(tmp_path):
    db = Database(tmp_path / "new.carekit")
    with db.engine.connect() as con:
        assert con.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert con.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert con.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
    db.close()
    assert migrate.current_revision(tmp_path / "new.carekit") == migrate.head_revision()
    assert _backups(tmp_path / "new.carekit") == []  # nothing to back up in an empty file


def test_a_file_from_a_newer_carekit_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "from-the-future.carekit"
    _make_event_file(path)
    _set_version(path, "9999_newer")
    before = path.read_bytes()
    with pytest.raises(DatabaseError) as refused:
        Database(path)
    message = str(refused.value)
    assert "newer" in message and "9999_newer" in message and "not changed" in message
    assert path.read_bytes() == before
    assert _backups(path) == []
    assert migrate.current_revision(path) == "9999_newer"


def test_an_old_file_is_backed_up_before_it_is_upgraded(tmp_path):
    """Meaningful with one migration or many: at head already means no backup and no change."""
    path = tmp_path / "old.carekit"
    migrate.upgrade(path, "0001")
    assert migrate.current_revision(path) == "0001"
    Database(path).close()
    assert migrate.current_revision(path) == migrate.head_revision()
    if migrate.head_revision() == "0001":
        assert _backups(path) == []
    else:
        [backup] = _backups(path)
        assert migrate.current_revision(backup) == "0001"


def test_an_event_file_is_copied_aside_before_a_newer_schema_touches_it(tmp_path, monkeypatch):
    """A later CareKit knows a revision after the file's: the backup must exist before upgrading."""
    path = tmp_path / "rider-day.carekit"
    _make_event_file(path)
    current = migrate.head_revision()
    newer = {**migrate._graph(), "9000_next": tuple(current.split("+"))}
    monkeypatch.setattr(migrate, "_graph", lambda: newer)
    seen_at_upgrade = []

    def fake_upgrade(target_path, target="heads"):
        seen_at_upgrade.append(_backups(target_path))
        _set_version(target_path, "9000_next")

    monkeypatch.setattr(migrate, "upgrade", fake_upgrade)
    Database(path).close()
    assert len(seen_at_upgrade) == 1 and len(seen_at_upgrade[0]) == 1
    backup = seen_at_upgrade[0][0]
    assert "before-9000_next" in backup.name
    assert migrate.current_revision(backup) == current
    con = sqlite3.connect(backup)
    assert con.execute("SELECT name FROM event").fetchall() == [("Rider Care Day",)]
    con.close()
    assert migrate.current_revision(path) == "9000_next"


@pytest.mark.parametrize("content", [b"name,phone\n\xe5\xbc\xa0\xe4\xbc\x9f,13800138000\n", b"%PDF-1.7\n" + bytes(2000)],
                         ids=["csv", "pdf"])
def test_a_roster_or_pdf_opened_as_an_event_is_refused_and_left_untouched(tmp_path, content):
    path = tmp_path / "roster.csv"
    path.write_bytes(content)
    with pytest.raises(DatabaseError) as refused:
        Database(path)
    assert "not a CareKit event file" in str(refused.value)
    assert path.read_bytes() == content
    assert list(tmp_path.glob("roster.csv*")) == [path]  # no backup, no WAL files


def test_a_file_indexed_before_the_search_columns_finds_everyone_again_once_upgraded(tmp_path):
    """0019 remakes the search tables; the file re-indexes its people from their rows on opening."""
    from carekit.services.events import current_event
    from carekit.services.people import PersonInput, register_people
    from carekit.store import search_index
    path = tmp_path / "rider-day.carekit"
    ws = create_event(Database(path), name="Rider Care Day", operator_name="Lin", sites=[SiteInput("深圳")])
    with ws.writing() as journal:
        [person] = register_people(journal, current_event(journal.session),
                                   [PersonInput("谢雨桐", phone="+8613911223344", staff_id="E770001")], source="roster")
    ws.db.close()
    from alembic import command
    command.downgrade(migrate._config(path), "0018")
    con = sqlite3.connect(path)
    with con:  # the index as the format before 0019 wrote it: one haystack, tokens by person id
        con.execute("INSERT INTO person_fts(rowid, person_id, haystack, keys) VALUES (1, ?, ?, ?)",
                    (person.person_id, "谢雨桐 | xieyutong | xyt | 8613911223344 | e770001",
                     "\x1f".join(["谢雨桐", "谢雨桐", "xieyutong", "xyt", "xie\x1eyu\x1etong", "e770001",
                                  "8613911223344", ""])))
        con.executemany("INSERT INTO search_token(token, person_id) VALUES (?, ?)",
                        [(t, person.person_id) for t in ("谢雨桐", "谢雨", "雨桐", "xieyutong", "xyt", "e770001")])
        con.execute("INSERT INTO search_rowid(person_id, fts_rowid) VALUES (?, 1)", (person.person_id,))
        con.execute("INSERT OR REPLACE INTO localstate(key, value) VALUES ('search_index_format', '3')")
    con.close()
    db = Database(path)
    assert migrate.current_revision(path) == migrate.head_revision()
    with db.session() as session:
        for query in ("谢雨桐", "谢雨", "谢", "xieyutong", "xyt", "13911223344", "e770001", person.serial,
                      person.serial.replace("-", "")):
            assert search_index.search(session, query) == [person.person_id], query
        tokens = session.connection().exec_driver_sql("SELECT DISTINCT typeof(fts_rowid) FROM search_token").all()
        assert tokens == [("integer",)]
    db.close()
