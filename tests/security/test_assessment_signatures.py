"""A failed written score turned into a pass after the trainer recorded it: in the training-room
laptop's file, or in a bundle made by modified code. The trainer's signature on the attempt no
longer matches, so no certificate is issued from it and no other laptop takes it in."""

from __future__ import annotations

import base64
import hashlib
import json
import sqlite3
from pathlib import Path

import pytest

from carekit.domain.training import Assessment, Attendance, IN, OUT
from carekit.security import assessment_signatures as signatures
from carekit.security import device_keys
from carekit.services import certificates, sync, training
from carekit.services.assessment import assess, check_signature
from carekit.services.errors import ValidationError
from carekit.services.events import current_event
from carekit.services.people import PersonInput, register_people
from carekit.services.session_certificates import issue_for_session
from carekit.store.journal import read_local
from tests.unit.sync_lab import close_all, make_event

SKILLS = ["CPR 30:2", "AED"]


def fingerprint(db) -> str:
    digest = hashlib.sha256()
    for suffix in ("", "-wal"):
        path = Path(f"{db.path}{suffix}")
        digest.update(path.read_bytes() if path.exists() else b"")
    return digest.hexdigest()


@pytest.fixture
def room(tmp_path):
    """Laptop a (the event's root) and the training-room laptop b, one session, 张伟 enrolled, present."""
    a, b = make_event(tmp_path / "event", 2)
    training.add_course(a.ws, training.CourseInput(code="FA1", name="急救", hours=8, months=24, pass_mark=70,
                                                   skills=SKILLS))
    certificates.generate_key(a.ws, "骑手关爱基金会")
    session_id = training.add_session(a.ws, course="FA1", site="深圳", starts="2026-12-05 09:00",
                                      ends="2026-12-05 17:00", capacity=60, trainer="Lin")
    with a.ws.writing() as journal:
        [zhang] = register_people(journal, current_event(journal.session), [PersonInput(name="张伟")], source="roster")
        training.enrol_in(journal, training.load_session(journal.session, session_id), zhang.person_id, "roster")
        journal.add_facts(Attendance, [{"session_id": session_id, "person_id": zhang.person_id, "direction": d,
                                        "at": f"2026-12-05T{h}:00:00+08:00", "entered_later": True, "corrects": "",
                                        "void": False, "reason": ""} for d, h in ((IN, "09"), (OUT, "17"))])
    b.take(a.export(tmp_path))
    yield a, b, session_id, zhang.person_id, tmp_path
    close_all([a, b])


def _tamper_file(db, row_id: str, score: int) -> None:
    """What anyone holding the laptop's file can do with the sqlite3 shell: row and revisions."""
    con = sqlite3.connect(db.path)
    con.execute("UPDATE assessment SET score = ? WHERE id = ?", (score, row_id))
    for hlc, changes in con.execute("SELECT hlc, changes FROM revision WHERE row_id = ?", (row_id,)).fetchall():
        fields = json.loads(changes)
        if "score" in fields:
            fields["score"] = score
            con.execute("UPDATE revision SET changes = ? WHERE hlc = ?", (json.dumps(fields, sort_keys=True), hlc))
    con.commit()
    con.close()


def test_an_attempt_as_recorded_verifies_and_certifies(room):
    a, b, session_id, person_id, folder = room
    row = assess(b.ws, session_id, person_id, score=82, passed=SKILLS)
    with b.db.session() as session:
        assert row.signed_by == read_local(session)["device_id"] and row.signature
    a.take(b.export(folder))  # the laptop with the issuing key checks b's signature, then issues
    with a.db.session() as session:
        check_signature(session, session.get(Assessment, row.id))
    assert len(issue_for_session(a.ws, session_id, pdf=False).issued) == 1


def test_a_score_changed_in_the_laptops_file_issues_no_certificate(room):
    a, b, session_id, person_id, _ = room
    row = assess(a.ws, session_id, person_id, score=62, passed=SKILLS)  # failed: 62 < 70
    _tamper_file(a.db, row.id, 90)
    report = issue_for_session(a.ws, session_id, pdf=False)
    assert report.issued == [] and len(report.refused) == 1
    assert "does not match the trainer's signature" in report.refused[0][2] and "90" in report.refused[0][2]
    with a.db.session() as session:
        assert session.connection().exec_driver_sql("SELECT count(*) FROM certificate").scalar() == 0


def test_a_score_changed_in_the_file_before_export_is_refused_at_merge(room):
    a, b, session_id, person_id, folder = room
    row = assess(b.ws, session_id, person_id, score=62, passed=SKILLS)
    _tamper_file(b.db, row.id, 90)  # then the laptop exports: its key signs the changed revision
    bundle = b.export(folder)
    before = fingerprint(a.db)
    with pytest.raises(sync.SyncRefused) as caught:
        a.take(bundle)
    assert caught.value.reason == "assessment_not_signed"
    assert "desk 2" in caught.value.message and "score 90" in caught.value.message
    assert fingerprint(a.db) == before


def test_modified_code_writing_a_score_without_a_new_signature_is_refused_at_merge(room):
    a, b, session_id, person_id, folder = room
    row = assess(b.ws, session_id, person_id, score=62, passed=SKILLS)
    with b.ws.writing() as journal:  # straight into the journal, as modified code would
        journal.update(Assessment, row.id, {"score": 95})
    with pytest.raises(sync.SyncRefused) as caught:
        a.take(b.export(folder))
    assert caught.value.reason == "assessment_not_signed"
    with a.db.session() as session:
        assert session.get(Assessment, row.id) is None


def test_a_signature_made_by_another_laptops_key_is_refused(room):
    """b signs a pass with its own key but names the root laptop as the signer."""
    a, b, session_id, person_id, folder = room
    row = assess(b.ws, session_id, person_id, score=62, passed=SKILLS)
    with a.db.session() as session:
        root_device = read_local(session)["device_id"]
    with b.ws.writing() as journal:
        local = read_local(journal.session)
        values = {f: getattr(row, f) for f in signatures.SIGNED} | {"score": 95}
        forged = signatures.sign(local["device_key"], signatures.Signed.of(row.event_id, row.id, values))
        journal.update(Assessment, row.id, {"score": 95, "signed_by": root_device, "signature": forged})
    with pytest.raises(sync.SyncRefused) as caught:
        a.take(b.export(folder))
    assert caught.value.reason == "assessment_not_signed"


def test_the_signature_covers_every_field_of_the_attempt():
    values = {"session_id": "s", "person_id": "p", "attempt": 1, "score": 82, "skills": '{"AED": true}',
              "trainer_id": "t", "assessed_at": "2026-12-05T10:00:00+08:00", "supersedes": ""}
    private = device_keys.new_private_key()
    public = device_keys.public_key_of(private)
    signature = signatures.sign(private, signatures.Signed.of("e", "r", values))
    assert signatures.verify(public, signature, signatures.Signed.of("e", "r", {**values, "skills": '{ "AED" : true }'}))
    for name, other in (("session_id", "s2"), ("person_id", "p2"), ("attempt", 2), ("score", 83),
                        ("skills", '{"AED": false}'), ("trainer_id", "t2"), ("assessed_at", "2026-12-05T10:00:01+08:00"),
                        ("supersedes", "x")):
        assert not signatures.verify(public, signature, signatures.Signed.of("e", "r", {**values, name: other})), name
    assert not signatures.verify(public, signature, signatures.Signed.of("e2", "r", values))
    assert not signatures.verify(public, signature, signatures.Signed.of("e", "r2", values))
    assert not signatures.verify(device_keys.public_key_of(device_keys.new_private_key()), signature,
                                 signatures.Signed.of("e", "r", values))
    assert not signatures.verify(public, base64.b64encode(b"x" * 64).decode(), signatures.Signed.of("e", "r", values))


def test_an_unsigned_attempt_from_before_signatures_is_not_certified(room):
    a, b, session_id, person_id, _ = room
    row = assess(a.ws, session_id, person_id, score=82, passed=SKILLS)
    con = sqlite3.connect(a.db.path)
    con.execute("UPDATE assessment SET signature = '', signed_by = '' WHERE id = ?", (row.id,))
    con.commit()
    con.close()
    with a.db.session() as session, pytest.raises(ValidationError) as caught:
        check_signature(session, session.get(Assessment, row.id), "张伟")
    assert "张伟" in caught.value.message and "records the assessment again" in caught.value.message
    assess(a.ws, session_id, person_id)  # saved again: signed
    assert len(issue_for_session(a.ws, session_id, pdf=False).issued) == 1


def _strip_signatures(db, row_id: str) -> None:
    """What a file upgraded from before signatures holds: the attempt and its revisions unsigned."""
    con = sqlite3.connect(db.path)
    con.execute("UPDATE assessment SET signature = '', signed_by = '' WHERE id = ?", (row_id,))
    for hlc, changes in con.execute("SELECT hlc, changes FROM revision WHERE row_id = ?", (row_id,)).fetchall():
        fields = {k: v for k, v in json.loads(changes).items() if k not in signatures.PROOF}
        con.execute("UPDATE revision SET changes = ? WHERE hlc = ?", (json.dumps(fields, sort_keys=True), hlc))
    con.commit()
    con.close()


def test_an_upgraded_laptop_relaying_an_attempt_from_before_signatures_still_syncs(room):
    """Sync goes on after the upgrade: the old attempt arrives, and is certified only once re-signed."""
    a, b, session_id, person_id, folder = room
    row = assess(b.ws, session_id, person_id, score=82, passed=SKILLS)
    _strip_signatures(b.db, row.id)
    a.take(b.export(folder))
    with a.db.session() as session:
        arrived = session.get(Assessment, row.id)
        assert arrived is not None and arrived.score == 82 and arrived.signature == ""
    assert not issue_for_session(a.ws, session_id, pdf=False).issued


def test_an_attempt_signed_here_cannot_be_stripped_of_its_signature_by_a_bundle(room):
    a, b, session_id, person_id, folder = room
    row = assess(b.ws, session_id, person_id, score=62, passed=SKILLS)
    a.take(b.export(folder))
    with b.ws.writing() as journal:  # modified code: a pass, and the signature emptied
        journal.update(Assessment, row.id, {"score": 95, "signed_by": "", "signature": ""})
    with pytest.raises(sync.SyncRefused) as caught:
        a.take(b.export(folder))
    assert caught.value.reason == "assessment_not_signed"
