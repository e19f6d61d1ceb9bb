"""Scanning badges at the entrance desk."""

import pytest
from sqlmodel import select

from carekit.domain.ids import new_id
from carekit.domain.tables import AuditEntry, CheckIn
from carekit.security.tokens import make_token, new_key
from carekit.services.checkin import (ALREADY, CHECKED_IN, PENDING, CheckInRefused, check_in, checked_in_count,
                                      recent_check_ins)
from carekit.services.events import event_info, set_device
from tests.unit.conftest import count_rows


def test_first_scan_checks_the_person_in(ws, crowd):
    badge = crowd["张伟"]
    result = check_in(ws, badge.token)
    assert result.outcome == CHECKED_IN
    assert (result.name, result.romanised, result.serial) == ("张伟", "Zhang Wei", badge.serial)
    assert result.registration_id == badge.registration_id
    assert result.at.endswith("+08:00")  # the event's time zone, Asia/Shanghai
    assert checked_in_count(ws) == 1


def test_repeat_scan_is_recorded_and_shows_first_time_and_desk(ws, crowd):
    badge = crowd["张伟"]
    first = check_in(ws, badge.token)
    set_device(ws, name="desk 5")  # the badge is scanned again at another desk
    again = check_in(ws, badge.token)
    assert again.outcome == ALREADY
    assert again.first_at == first.at
    assert again.first_desk == "desk 2"
    assert again.name == "张伟"
    with ws.db.session() as session:
        desks = [c.desk for c in session.exec(select(CheckIn).order_by(CheckIn.hlc))]
    assert desks == ["desk 2", "desk 5"]
    assert checked_in_count(ws) == 1


def test_scanning_at_a_station_is_separate_from_the_entrance(ws, crowd):
    token = crowd["张伟"].token
    assert check_in(ws, token).outcome == CHECKED_IN
    assert check_in(ws, token, point="station").outcome == CHECKED_IN
    assert check_in(ws, token, point="station").outcome == ALREADY


def test_scanner_output_lower_case_with_a_newline_still_checks_in(ws, crowd):
    assert check_in(ws, "  " + crowd["张伟明"].token.lower() + "\n").outcome == CHECKED_IN


def _forged(ws, crowd):
    token = crowd["张伟"].token
    return token[:-3] + ("A" if token[-3] != "A" else "B") + token[-2:]


def _foreign(ws, crowd):
    return make_token(new_id(), event_info(ws).badge_key, crowd["张伟"].registration_id)


def _wrong_key(ws, crowd):
    return make_token(event_info(ws).id, new_key(), crowd["张伟"].registration_id)


@pytest.mark.parametrize("make, reason", [
    (_forged, "forged"), (_wrong_key, "forged"), (_foreign, "foreign"),
    (lambda ws, crowd: crowd["张伟"].token[:30], "malformed"),
    (lambda ws, crowd: "6901234567892", "not_a_badge"),
])
def test_a_bad_badge_is_refused_and_nothing_is_written(ws, crowd, make, reason):
    token = make(ws, crowd)
    before = count_rows(ws.db, CheckIn), count_rows(ws.db, AuditEntry)
    with pytest.raises(CheckInRefused) as refused:
        check_in(ws, token)
    assert refused.value.reason == reason
    assert "Nothing was recorded" in refused.value.message or "Scan again" in refused.value.message
    assert (count_rows(ws.db, CheckIn), count_rows(ws.db, AuditEntry)) == before


def test_a_valid_badge_for_a_registration_not_on_this_laptop_is_recorded_as_pending(ws, crowd):
    event = event_info(ws)
    unknown = new_id()  # registered on another laptop; its record arrives with a later bundle
    result = check_in(ws, make_token(event.id, event.badge_key, unknown))
    assert result.outcome == PENDING
    assert result.registration_id == unknown and result.name == ""
    with ws.db.session() as session:
        [row] = session.exec(select(CheckIn)).all()
        audit = session.exec(select(AuditEntry).where(AuditEntry.action == "checkin")).one()
    assert row.registration_id == unknown
    assert audit.row_id == unknown and audit.detail.endswith(PENDING)


def test_each_scan_is_audited_with_operator_and_outcome(ws, crowd):
    token = crowd["张伟"].token
    check_in(ws, token)
    check_in(ws, token)
    with ws.db.session() as session:
        entries = list(session.exec(select(AuditEntry).where(AuditEntry.action == "checkin").order_by(AuditEntry.hlc)))
    assert [e.detail for e in entries] == ["entrance:checked_in", "entrance:already"]
    assert all(e.operator_id == ws.operator_id for e in entries)


def test_recent_scans_list_is_newest_first(ws, crowd):
    check_in(ws, crowd["张伟"].token)
    check_in(ws, crowd["王小明"].token)
    assert [r.name for r in recent_check_ins(ws)] == ["王小明", "张伟"]


def test_a_cancelled_registration_is_refused_and_nothing_is_written(ws, crowd):
    from carekit.domain.tables import Registration
    with ws.writing() as journal:
        journal.delete(Registration, crowd["张伟"].registration_id)
    before = (count_rows(ws.db, CheckIn), count_rows(ws.db, AuditEntry))
    with pytest.raises(CheckInRefused) as refused:
        check_in(ws, crowd["张伟"].token)
    assert refused.value.reason == "cancelled"
    assert (count_rows(ws.db, CheckIn), count_rows(ws.db, AuditEntry)) == before


def test_two_processes_checking_in_on_one_file_never_share_a_stamp(ws, crowd, tmp_path):
    import subprocess
    import sys
    script = ("import os, sys\nfrom carekit.store import cipher\nfrom carekit.store.db import Database\n"
              "from carekit.services.operators import sign_in\nfrom carekit.services.checkin import check_in\n"
              "encrypted = cipher.looks_encrypted(sys.argv[1])  # as the suite made it: tests/unit/conftest.py\n"
              "db = Database(sys.argv[1], os.environ.get('CAREKIT_TEST_DB_PASSPHRASE') if encrypted else None)\n"
              "ws = sign_in(db, '', '246810')\n"
              "for token in sys.argv[2:]:\n    check_in(ws, token)\n")
    tokens = [r.token for r in crowd.by_name.values()] * 10
    runs = [subprocess.Popen([sys.executable, "-c", script, str(ws.db.path), *tokens]) for _ in range(2)]
    assert [run.wait(timeout=120) for run in runs] == [0, 0]
    with ws.db.session() as session:
        stamps = session.exec(select(CheckIn.hlc)).all()
    assert len(stamps) == 2 * len(tokens) and len(set(stamps)) == len(stamps)
