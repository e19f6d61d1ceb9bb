"""A trainer's day from the command line: course, session, enrolment, scans, assessment, certificates."""

from __future__ import annotations

import csv
import json
from datetime import date, timedelta

import pytest

COORDINATOR_PIN, TRAINER_PIN = "246810", "135790"


@pytest.fixture
def carekit(carekit, tmp_path):
    """The coordinator (or, per command, `who=`/`pin=` another operator) working on day.carekit."""
    return carekit.but(who="Lin", pin=COORDINATOR_PIN, db=tmp_path / "day.carekit")


def _person(carekit, name: str) -> dict:
    return json.loads(carekit("search", name, "--json", "--limit", "1").stdout.splitlines()[0])


@pytest.fixture
def course_day(carekit):
    """Today's FA1 session in 深圳 for three riders; 王教练 leads it."""
    carekit("event", "create", "--name", "骑手关爱日", "--site", "深圳:会展中心", "--coordinator", "Lin",
            "--pin", COORDINATOR_PIN, "--desk", "room B2")
    carekit("operator", "add", "--name", "王教练", "--role", "trainer", "--pin", TRAINER_PIN)
    carekit("keys", "generate", "--name", "骑手关爱基金会")
    for name, phone in (("张伟", "13800138000"), ("王小明", "13711112222"), ("李娜", "13912345678")):
        carekit("walk-in", "--name", name, "--phone", phone, "--consent")
    carekit("course", "add", "--code", "FA1", "--name", "急救与心肺复苏", "--name-en", "First aid + CPR/AED",
            "--hours", "8", "--months", "24", "--pass-mark", "70", "--skill", "CPR 30:2", "--skill", "AED")
    today = date.today().isoformat()
    session_id = carekit("session", "add", "--course", "FA1", "--site", "深圳", "--starts", f"{today} 09:00",
                         "--ends", f"{today} 17:00", "--capacity", "2", "--trainer", "王教练").stdout.strip()
    return session_id


def test_a_trainers_day_from_enrolment_to_signed_certificates(carekit, course_day, tmp_path):
    zhang, wang, li = (_person(carekit, n) for n in ("张伟", "王小明", "李娜"))
    enrolled = carekit("enroll", "--session", course_day, "--person", zhang["person_id"], "--person", wang["person_id"],
                       "--person", li["person_id"], who="王教练", pin=TRAINER_PIN).stdout
    assert "李娜: waiting (waiting list #1)" in enrolled and "2 enrolled, 1 waiting" in enrolled
    [listed] = [json.loads(line) for line in carekit("session", "list", "--json").stdout.splitlines()]
    assert (listed["id"], listed["course"], listed["site"], listed["trainer"], listed["enrolled"]) == (
        course_day, "FA1", "深圳", "王教练", 2)
    assert listed["starts"].endswith("09:00:00+08:00")
    trainer = {"who": "王教练", "pin": TRAINER_PIN}
    out_first = carekit("attend", zhang["badge_token"], "--session", course_day, "--out", "--at", "09:00", ok=False,
                        **trainer)
    assert out_first.returncode == 2 and "scan in first" in out_first.stderr
    for person in (zhang, wang):
        assert "entered later" in carekit("attend", person["badge_token"], "--session", course_day, "--at", "08:58",
                                          **trainer).stdout
    carekit("attend", zhang["badge_token"], "--session", course_day, "--out", "--at", "17:00", **trainer)
    carekit("attend", wang["badge_token"], "--session", course_day, "--out", "--at", "12:30", **trainer)
    too_high = carekit("assess", "--session", course_day, "--person", zhang["person_id"], "--score", "130", ok=False,
                       **trainer)
    assert too_high.returncode == 2 and "130" in too_high.stderr
    no_skill = carekit("assess", "--session", course_day, "--person", zhang["person_id"], "--pass-skill", "Tourniquet",
                       ok=False, **trainer)
    assert "Tourniquet" in no_skill.stderr and "CPR 30:2, AED" in no_skill.stderr
    for person in (zhang, wang):
        carekit("assess", "--session", course_day, "--person", person["person_id"], "--score", "82",
                "--pass-skill", "CPR 30:2", "--pass-skill", "AED", **trainer)
    results = {r["name"]: r for r in map(json.loads, carekit("results", "--session", course_day, "--json").stdout
                                          .splitlines())}
    assert results["张伟"]["result"] == "passed" and results["王小明"]["reasons"] == "attended 3.5 h of 8 h"

    pdf = tmp_path / "certs.pdf"
    issued = carekit("certificate", "issue", "--session", course_day, "--out", str(pdf), **trainer)
    assert "issued 1, already issued 0, not eligible 1" in issued.stdout
    assert "王小明: incomplete: attended 3.5 h of 8 h" in issued.stdout and pdf.read_bytes().startswith(b"%PDF")
    again = carekit("certificate", "issue", "--session", course_day, **trainer)
    assert "issued 0, already issued 1, not eligible 1" in again.stdout
    [cert] = [json.loads(line) for line in carekit("certificate", "list", "--json").stdout.splitlines()]
    assert {k: cert[k] for k in ("person_id", "holder_name", "course_code", "status")} == {
        "person_id": zhang["person_id"], "holder_name": "张伟", "course_code": "FA1", "status": "valid"}
    assert cert["expires"] > cert["issued"] and cert["serial"] and cert["code"]
    verified = carekit("verify", cert["code"], "--json")
    assert json.loads(verified.stdout)["status"] == "valid"

    contacts = tmp_path / "contacts.csv"
    none_due = carekit("certificate", "expiring", "--within", "90", "--out", str(contacts))
    assert "0 to invite" in none_due.stdout
    within = (date.fromisoformat(cert["expires"]) - date.today() + timedelta(days=1)).days
    due = carekit("certificate", "expiring", "--within", str(within), "--out", str(contacts))
    assert "1 to invite" in due.stdout
    rows = list(csv.DictReader(contacts.read_text(encoding="utf-8-sig").splitlines()))
    assert [(r["name"], r["phone"], r["serial"]) for r in rows] == [("张伟", "+8613800138000", cert["serial"])]


def test_the_desk_enrols_a_walk_in_but_may_not_assess_and_a_bad_session_is_refused(carekit, course_day):
    carekit("operator", "add", "--name", "Desk Li", "--role", "desk", "--pin", "864201")
    zhang = _person(carekit, "张伟")
    carekit("enroll", "--session", course_day, "--person", zhang["person_id"], who="Desk Li", pin="864201")
    refused = carekit("assess", "--session", course_day, "--person", zhang["person_id"], "--score", "80", ok=False,
                      who="Desk Li", pin="864201")
    assert refused.returncode == 2 and "Desk Li may not do this" in refused.stderr
    backwards = carekit("session", "add", "--course", "FA1", "--site", "深圳", "--starts", "2026-12-05 17:00",
                        "--ends", "2026-12-05 09:00", "--capacity", "10", "--trainer", "王教练", ok=False)
    assert "ends" in backwards.stderr and "before it starts" in backwards.stderr
    not_trainer = carekit("session", "add", "--course", "FA1", "--site", "深圳", "--starts", "2026-12-05 09:00",
                          "--ends", "2026-12-05 17:00", "--capacity", "10", "--trainer", "Desk Li", ok=False)
    assert "does not have the trainer role" in not_trainer.stderr
    assert len(carekit("session", "list").stdout.splitlines()) == 1


def test_a_roster_file_with_a_course_column_enrols_everyone_or_nobody(carekit, course_day, tmp_path):
    good = tmp_path / "fa1.csv"
    good.write_text("姓名,手机号,课程\n张伟,13800138000,FA1\n王小明,13711112222,fa1\n", encoding="utf-8")
    bad = tmp_path / "bad.csv"
    bad.write_text("姓名,手机号,课程\n李娜,13912345678,FA1\n无名,13000000000,FA1\n", encoding="utf-8")
    refused = carekit("enroll", "--from-file", str(bad), ok=False)
    assert "line 3" in refused.stderr and "Nobody was enrolled" in refused.stderr
    assert "2 enrolled, 0 waiting" in carekit("enroll", "--from-file", str(good)).stdout
    assert "0 enrolled, 0 waiting, 2 already" in carekit("enroll", "--from-file", str(good)).stdout


def test_the_root_key_is_backed_up_delegates_and_an_employer_checks_by_fingerprint(carekit, course_day, tmp_path):
    listed = carekit("keys", "list").stdout
    root_print = listed.split()[0]
    assert "root" in listed and "private half on this laptop" in listed
    backup = tmp_path / "root.ckroot"
    carekit("keys", "backup", "--out", str(backup), env={"CAREKIT_PASSPHRASE": "a long backup passphrase"})
    assert json.loads(backup.read_text(encoding="utf-8"))["fingerprint"] == root_print
    delegated = carekit("keys", "delegate", "--days", "7", "--holder", "王教练's laptop").stdout
    key_id = delegated.strip().split()[-1]
    zhang = _person(carekit, "张伟")
    code = carekit("certificate", "issue", "--person", zhang["person_id"], "--course-code", "FA1", "--course-name",
                   "急救", "--months", "24", "--trainer", "王教练").stdout.splitlines()[-1]
    employer = carekit("verify", code, "--root", root_print, "--json", db=None)
    assert json.loads(employer.stdout)["status"] == "valid"
    serial = json.loads(carekit("certificate", "list", "--json").stdout.splitlines()[-1])["serial"]
    wallet = tmp_path / "zhang.json"
    carekit("certificate", "export-vc", serial, "--out", str(wallet))
    assert json.loads(carekit("verify", str(wallet), "--root", root_print, "--json", db=None).stdout)["status"] \
        == "valid"
    forged = tmp_path / "forged.json"
    forged.write_text(wallet.read_text(encoding="utf-8").replace("张伟", "李四"), encoding="utf-8")
    refused = carekit("verify", str(forged), "--root", root_print, db=None, ok=False)
    assert refused.returncode == 1 and refused.stdout.startswith("FORGED")
    carekit("keys", "revoke", key_id, "--reason", "laptop lost")
    assert "revoked" in carekit("keys", "list").stdout
    wrong = carekit("keys", "restore", str(backup), ok=False, env={"CAREKIT_PASSPHRASE": "not the passphrase"})
    assert wrong.returncode == 2 and "does not open" in wrong.stderr
