"""A lost laptop cannot leak the organisation's key: root on one laptop, short-lived issuing keys."""

from __future__ import annotations

import json
import sqlite3
from datetime import date, timedelta

import pytest
from sqlmodel import select

from carekit.domain.certificates import IssuingKey, OrganisationKey
from carekit.security import certificates as signing
from carekit.security.key_chain import Delegation, delegate as sign_delegation
from carekit.services import certificates, issuing_keys
from carekit.services.errors import NotFound, ValidationError
from carekit.services.events import current_event
from carekit.services.people import PersonInput, register_people
from carekit.store import migrate
from carekit.store.db import Database
from carekit.store.journal import read_local
from tests.unit.sync_lab import make_event
from tests.unit.conftest import open_file


def today() -> date:
    """Read when used, not at import: a run that passes midnight would otherwise issue on
    yesterday's date against keys delegated today."""
    return date.today()


def _person(laptop, name="张伟"):
    with laptop.ws.writing() as journal:
        [person] = register_people(journal, current_event(journal.session), [PersonInput(name=name)], source="x")
    return person.person_id


def _issue(laptop, person_id, issued=None):
    return certificates.issue(laptop.ws, person_id, course_code="FA1", course_name="急救", months=24,
                              trainer="王教练", issued=issued)


def _everything(db) -> str:
    con = open_file(db.path)
    text = "\n".join(str(row) for table in ("organisationkey", "issuingkey", "revision")
                     for row in con.execute(f"SELECT * FROM {table}"))
    con.close()
    return text


def test_the_root_key_stays_on_its_laptop_and_only_public_halves_travel(tmp_path):
    a, b = make_event(tmp_path / "event", 2)
    root = certificates.generate_key(a.ws, "骑手关爱基金会")
    with a.db.session() as session:
        secret = issuing_keys.root_private(session, root.id)
    person = _person(a)
    cert = _issue(a, person)  # the root's laptop delegates itself an issuing key
    assert cert.code.startswith("CKC2.")
    bundle = a.export(tmp_path)
    b.take(bundle)
    assert secret and secret not in _everything(a.db) and secret not in _everything(b.db)
    assert secret.encode() not in bundle.read_bytes()
    with b.db.session() as session:
        assert issuing_keys.own_root(session) is None
    assert certificates.verify(cert.code, db=b.db).status == certificates.VALID
    with pytest.raises(NotFound) as no_root:
        issuing_keys.delegate(b.ws, holder="b")
    assert no_root.value.reason == "no_root_here"


def test_an_employer_checks_the_chain_with_only_the_printed_fingerprint(ws, crowd):
    root = certificates.generate_key(ws, "NGO")
    cert = _issue_ws(ws, crowd)
    verdict = certificates.verify(cert.code, root_fingerprints=[root.fingerprint])
    assert (verdict.status, verdict.fingerprint) == (certificates.VALID, root.fingerprint)
    other = signing.fingerprint(signing.generate_key().public_key)
    assert certificates.verify(cert.code, root_fingerprints=[other]).reason == "unknown_key"
    assert certificates.verify(cert.code).reason == "unknown_key"


def _issue_ws(ws, crowd, issued=None):
    return certificates.issue(ws, crowd["张伟"].person_id, course_code="FA1", course_name="急救", months=24,
                              trainer="王教练", issued=issued)


def test_a_trainers_laptop_issues_once_the_root_laptop_has_delegated_its_key(tmp_path):
    a, b = make_event(tmp_path / "event", 2)
    certificates.generate_key(a.ws, "NGO")
    b.take(a.export(tmp_path))
    person = _person(b)
    requested = issuing_keys.request_key(b.ws, "王教练's laptop")
    with pytest.raises(ValidationError) as waiting:
        _issue(b, person)
    assert waiting.value.reason == "issuing_key_waiting"
    a.take(b.export(tmp_path))
    issuing_keys.delegate(a.ws, requested.fingerprint, days=14)
    b.take(a.export(tmp_path))
    cert = _issue(b, person)
    assert signing.parse_code(cert.code).delegation.issuing_key == signing.check_public_key(requested.public_key)
    a.take(b.export(tmp_path))
    assert certificates.verify(cert.code, db=a.db).status == certificates.VALID
    with pytest.raises(ValidationError) as expired:
        _issue(b, person, issued=today() + timedelta(days=20))
    assert expired.value.reason == "issuing_key_expired" and "expired on" in expired.value.message


def test_a_revoked_issuing_key_fails_for_what_it_signs_after_the_revocation(tmp_path):
    a, b = make_event(tmp_path / "event", 2)
    certificates.generate_key(a.ws, "NGO")
    b.take(a.export(tmp_path))
    person = _person(b)
    key = issuing_keys.request_key(b.ws, "laptop b")
    a.take(b.export(tmp_path))
    issuing_keys.delegate(a.ws, key.id, days=30, starts=today() - timedelta(days=5))
    b.take(a.export(tmp_path))
    before = _issue(b, person, issued=today() - timedelta(days=1))
    issuing_keys.revoke(a.ws, key.fingerprint, "laptop b stolen")
    after = _issue(b, person, issued=today())  # the thief's laptop has not heard of the revocation
    a.take(b.export(tmp_path))
    assert certificates.verify(before.code, db=a.db).status == certificates.VALID
    verdict = certificates.verify(after.code, db=a.db)
    assert (verdict.status, verdict.reason) == (certificates.REVOKED, "issuing_key_revoked")
    assert "laptop b stolen" in verdict.message
    revoked_on = verdict.revoked_on  # a date the screen writes in its language, not text made here
    assert date.fromisoformat(revoked_on) and revoked_on in verdict.message  # ISO for the CLI
    assert revoked_on not in verdict.message_in(lambda iso: f"<{iso[8:]}.{iso[5:7]}>")
    assert f"<{revoked_on[8:]}.{revoked_on[5:7]}>" in verdict.message_in(lambda iso: f"<{iso[8:]}.{iso[5:7]}>")
    b.take(a.export(tmp_path))
    with pytest.raises(ValidationError) as refused:
        _issue(b, person, issued=today())
    assert refused.value.reason == "issuing_key_revoked"


def test_forged_chains_are_refused(ws, crowd):
    root = certificates.generate_key(ws, "NGO")
    cert = _issue_ws(ws, crowd)
    parsed = signing.parse_code(cert.code)
    prefix, message, delegation_b32, signature = cert.code.split(".")
    # A forger's own issuing key, with a delegation claiming the real root but signed by the forger.
    forger_root, forger_issuing = signing.generate_key(), signing.generate_key()
    fake = sign_delegation(forger_root.private_key, forger_issuing.public_key, today(), today())
    claimed = Delegation(fake.issuing_key, parsed.delegation.root_key, today(), today(), fake.signature)
    code = signing.sign_code_v2(parsed.fields, forger_issuing.private_key, claimed)
    assert certificates.verify(code, db=ws.db).reason == "bad_delegation"
    # The real delegation stretched to a longer window.
    stretched = Delegation(parsed.delegation.issuing_key, parsed.delegation.root_key, parsed.delegation.valid_from,
                           date(2099, 1, 1), parsed.delegation.signature)
    code = ".".join((prefix, message, signing._b32(stretched.to_bytes()), signature))
    assert certificates.verify(code, db=ws.db).reason == "bad_delegation"
    # A genuine chain, but a certificate dated outside its window.
    with ws.db.session() as session:
        [issuing] = session.exec(select(IssuingKey)).all()
        private = read_local(session)[issuing_keys.ISSUING_SECRET + issuing.id]
    backdated = signing.CertificateFields(parsed.fields.serial, parsed.fields.holder, "FA1", "2020-01-01", "2030-01-01")
    code = signing.sign_code_v2(backdated, private, parsed.delegation)
    assert certificates.verify(code, db=ws.db).reason == "outside_delegation"
    assert root.fingerprint


def test_codes_issued_before_the_key_chain_keep_verifying(tmp_path):
    """A CKC1 code was signed by the organisation key itself; that key is now the root."""
    path = tmp_path / "old.carekit"
    migrate.upgrade(path, "0011")
    pair = signing.generate_key()
    con = sqlite3.connect(path)
    with con:
        con.execute("INSERT INTO localstate (key, value) VALUES ('device_id', 'dev-a'), ('event_id', 'ev')")
        stamp = "0001764600000000.0000.dev-a"
        changes = {"name": "NGO", "public_key": pair.public_key, "private_key": pair.private_key,
                   "fingerprint": signing.fingerprint(pair.public_key)}
        con.execute("INSERT INTO organisationkey (id, event_id, hlc, clocks, deleted, name, public_key, private_key, "
                    "fingerprint) VALUES ('k1', 'ev', ?, ?, 0, 'NGO', ?, ?, ?)",
                    (stamp, json.dumps({f: stamp for f in changes}), pair.public_key, pair.private_key,
                     changes["fingerprint"]))
        con.execute("INSERT INTO revision (hlc, event_id, entity, row_id, operator_id, changes, parents, meta) "
                    "VALUES (?, 'ev', 'organisationkey', 'k1', '', ?, '{}', '{}')", (stamp, json.dumps(changes)))
    con.close()
    old_code = signing.sign_code(signing.CertificateFields("C-AAAA-BBBB", "张伟", "FA1", "2025-06-01", "2027-06-01"),
                                 pair.private_key)
    db = Database(path)
    assert certificates.verify(old_code, db=db, today=date(2026, 12, 1)).status == certificates.VALID
    assert pair.private_key not in _everything(db)
    with db.session() as session:
        assert issuing_keys.root_private(session, "k1") == pair.private_key  # made here: it stays here
        assert session.get(OrganisationKey, "k1").kind == "root"
    db.close()


def test_the_root_key_moves_only_through_its_encrypted_backup(tmp_path):
    a, b = make_event(tmp_path / "event", 2)
    root = certificates.generate_key(a.ws, "NGO")
    b.take(a.export(tmp_path))
    backup = tmp_path / "root.ckroot"
    with pytest.raises(ValidationError):
        issuing_keys.backup_root(a.ws, backup, "short")
    issuing_keys.backup_root(a.ws, backup, "long enough passphrase")
    with a.db.session() as session:
        assert issuing_keys.root_private(session, root.id) not in backup.read_text()
    with pytest.raises(ValidationError) as wrong:
        issuing_keys.restore_root(b.ws, backup, "another passphrase!")
    assert wrong.value.reason == "wrong_passphrase"
    issuing_keys.restore_root(b.ws, backup, "long enough passphrase")
    key = issuing_keys.delegate(b.ws, holder="b", days=7)
    assert key.delegation and key.root_id == root.id
