"""An event file encrypted with SQLCipher: made, reopened, upgraded, backed up and synced."""

from __future__ import annotations

import pytest

from carekit.services import sync
from carekit.services.events import SiteInput, create_event, current_event
from carekit.services.people import PersonInput, register_people
from carekit.store import cipher, migrate
from carekit.store.db import Database, DatabaseError, PassphraseNeeded, make_engine
from carekit.store.dump import canonical_text

pytest.importorskip("sqlcipher3")

PASSPHRASE = "lock the laptop 7"


def _event(path, passphrase=PASSPHRASE):
    db = Database(path, passphrase)
    ws = create_event(db, name="Rider Care Day", operator_name="Lin", sites=[SiteInput("深圳")])
    with ws.writing() as journal:
        register_people(journal, current_event(journal.session), [PersonInput(name="张伟")], source="walk-in")
    return ws


def test_an_encrypted_event_reopens_only_with_its_passphrase(tmp_path):
    path = tmp_path / "event.carekit"
    _event(path).db.close()
    assert path.read_bytes()[:16] != cipher.PLAIN_HEADER
    with pytest.raises(PassphraseNeeded):
        Database(path)
    with pytest.raises(DatabaseError) as refused:
        Database(path, "lock the laptop 8")
    assert "does not open" in str(refused.value)
    db = Database(path, PASSPHRASE)
    with db.session() as session:
        assert current_event(session).name == "Rider Care Day"
    db.close()


def test_a_plain_file_is_not_opened_as_encrypted_and_a_short_passphrase_is_refused(tmp_path):
    plain = tmp_path / "plain.carekit"
    Database(plain).close()
    with pytest.raises(DatabaseError) as refused:
        Database(plain, PASSPHRASE)
    assert "not encrypted" in str(refused.value)
    with pytest.raises(DatabaseError):
        Database(tmp_path / "new.carekit", "short")
    assert not (tmp_path / "new.carekit").exists() or (tmp_path / "new.carekit").stat().st_size == 0


def test_an_encrypted_file_at_an_older_schema_is_backed_up_encrypted_then_upgraded(tmp_path):
    path = tmp_path / "old.carekit"
    key = cipher.key_for(path, PASSPHRASE)
    engine = make_engine(path, key)
    migrate.upgrade(path, "0004", engine=engine)
    engine.dispose()
    assert migrate.current_revision(path, key) == "0004"
    db = Database(path, PASSPHRASE)
    assert migrate.current_revision(path, db.key) == migrate.head_revision()
    db.close()
    [backup] = list(tmp_path.glob("old.carekit.before-*.bak"))
    assert backup.read_bytes()[:16] != cipher.PLAIN_HEADER
    assert migrate.current_revision(backup, cipher.key_for(backup, PASSPHRASE)) == "0004"


def test_a_plain_event_file_gets_an_encrypted_copy_with_everything_in_it(tmp_path):
    plain = tmp_path / "plain.carekit"
    ws = _event(plain, passphrase=None)
    with ws.db.session() as session:
        before = canonical_text(session)
    ws.db.close()
    copy = tmp_path / "sealed.carekit"
    cipher.encrypt_copy(plain, copy, PASSPHRASE)
    assert "张伟".encode() not in copy.read_bytes()
    db = Database(copy, PASSPHRASE)
    with db.session() as session:
        assert canonical_text(session) == before
    db.close()


def test_an_encrypted_laptop_and_a_plain_one_converge(tmp_path):
    a = _event(tmp_path / "a.carekit")
    setup = tmp_path / "event.cksetup"
    sync.export_setup(a, setup, "blue harbour 42")
    b = sync.join_event(Database(tmp_path / "b.carekit"), setup, "blue harbour 42")
    from carekit.services.workspace import Workspace
    b = Workspace(b.db, a.operator_id, "Lin", a.roles)
    sync.import_bundle(b, _export(a, tmp_path / "a1.ckbundle"))
    sync.import_bundle(a, _export(b, tmp_path / "b1.ckbundle"))
    sync.import_bundle(b, _export(a, tmp_path / "a2.ckbundle"))
    with a.db.session() as one, b.db.session() as other:
        assert canonical_text(one) == canonical_text(other)
    a.db.close()
    b.db.close()


def _export(ws, path):
    sync.export_bundle(ws, path)
    return path
