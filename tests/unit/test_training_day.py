"""A first-aid course day without Qt: course, session, enrolment, scans, assessment, certificates."""

from __future__ import annotations

from datetime import date

import pytest
from sqlmodel import select

from carekit.domain.enums import Role
from carekit.domain.training import Attendance, Assessment, Enrollment
from carekit.services import attendance, certificates, operators, training
from carekit.services.assessment import assess, session_results
from carekit.services.checkin import CheckInRefused
from carekit.services.errors import NotFound, PermissionDenied, ValidationError
from carekit.services.session_certificates import expiring, issue_for_session, list_certificates, renewals_csv
from carekit.services.training_overview import training_today
from tests.unit.conftest import count_rows

SKILLS = ["Scene safety", "CPR 30:2", "AED", "Recovery position"]
DAY = date(2026, 12, 5)


def first_aid(**changes) -> training.CourseInput:
    values = dict(code="fa1", name="急救与心肺复苏", name_en="First aid + CPR/AED", hours=8, months=24, pass_mark=70,
                  skills=SKILLS)
    values.update(changes)
    return training.CourseInput(**values)


@pytest.fixture
def trainer(ws):
    operators.add_operator(ws, "王教练", [Role.TRAINER], pin="135790")
    return operators.sign_in(ws.db, "王教练", "135790")


@pytest.fixture
def course_day(ws, crowd, trainer):
    """FA1 in 深圳 with room for three; the trainer leads it; the organisation has a key."""
    training.add_course(ws, first_aid())
    session_id = training.add_session(ws, course="FA1", site="深圳", starts="2026-12-05 09:00",
                                      ends="2026-12-05 17:00", capacity=3, trainer="王教练", room="B2")
    certificates.generate_key(ws, "骑手关爱基金会")
    return session_id


def scan(ws, crowd, name, session_id, at, out=False, **kw):
    return attendance.attend(ws, crowd[name].token, session_id, out=out, at=at, **kw)


def full_day(ws, crowd, name, session_id):
    scan(ws, crowd, name, session_id, "08:55")
    scan(ws, crowd, name, session_id, "17:02", out=True)


def test_coordinator_sets_up_a_course_and_a_session_for_the_trainer(ws, course_day):
    [course] = training.list_courses(ws)
    assert (course.code, course.hours, course.pass_mark, training.course_skills(course)) == ("FA1", 8, 70, SKILLS)
    [view] = training.list_sessions(ws, day="2026-12-05", site="深圳")
    assert (view.course, view.site, view.trainer, view.capacity, view.enrolled) == ("FA1", "深圳", "王教练", 3, 0)
    assert view.starts == "2026-12-05T09:00:00+08:00" and view.ends == "2026-12-05T17:00:00+08:00"


@pytest.mark.parametrize("changes, reason", [
    ({"pass_mark": 130}, "bad_pass_mark"), ({"hours": 0}, "bad_hours"), ({"months": 0}, "bad_months"),
    ({"skills": ["AED", "AED"]}, "bad_skills"), ({"kind": "refresher"}, "bad_kind"),
    ({"kind": "renewal"}, "bad_renewal"), ({"min_attendance": 120}, "bad_attendance"), ({"code": " "}, "no_code"),
])
def test_a_course_with_impossible_rules_is_refused_and_not_stored(ws, changes, reason):
    with pytest.raises(ValidationError) as refused:
        training.add_course(ws, first_aid(**changes))
    assert refused.value.reason == reason
    assert training.list_courses(ws) == []


def test_a_session_that_ends_before_it_starts_or_without_a_real_trainer_is_refused(ws, course_day, crowd):
    operators.add_operator(ws, "Desk Li", [Role.DESK], pin="246801")
    with pytest.raises(ValidationError) as reversed_times:
        training.add_session(ws, course="FA1", site="深圳", starts="2026-12-05 17:00", ends="2026-12-05 09:00",
                             capacity=10, trainer="王教练")
    assert reversed_times.value.reason == "ends_before_start" and "before it starts" in reversed_times.value.message
    with pytest.raises(ValidationError) as not_trainer:
        training.add_session(ws, course="FA1", site="深圳", starts="2026-12-06 09:00", ends="2026-12-06 17:00",
                             capacity=10, trainer="Desk Li")
    assert not_trainer.value.reason == "not_a_trainer" and "Desk Li" in not_trainer.value.message
    with pytest.raises(ValidationError) as bad_time:
        training.add_session(ws, course="FA1", site="深圳", starts="5 Dec 9am", ends="2026-12-06 17:00",
                             capacity=10, trainer="王教练")
    assert "5 Dec 9am" in bad_time.value.message
    assert len(training.list_sessions(ws)) == 1


def test_beyond_capacity_people_wait_in_order_and_move_up_when_someone_is_withdrawn(ws, crowd, course_day, trainer):
    names = ["张伟", "张伟明", "王小明", "Peña Nieto", "阿卜杜拉·艾力"]
    results = [training.enrol(ws, course_day, crowd[n].person_id) for n in names]
    assert [r.status for r in results] == ["enrolled"] * 3 + ["waiting"] * 2
    assert [r.position for r in results] == [0, 0, 0, 1, 2]
    again = training.enrol(ws, course_day, crowd["张伟"].person_id)
    assert again.already and count_rows(ws.db, Enrollment) == 5  # enrolled once per session
    moved = training.withdraw(trainer, course_day, crowd["张伟明"].person_id)
    assert moved == crowd["Peña Nieto"].person_id
    lines = training.roster(ws, course_day)
    assert [(l.name, l.status, l.position) for l in lines] == [
        ("张伟", "enrolled", 0), ("王小明", "enrolled", 0), ("Peña Nieto", "enrolled", 0),
        ("阿卜杜拉·艾力", "waiting", 1)]


def test_enrolling_a_list_with_one_unknown_person_enrols_nobody(ws, crowd, course_day):
    with pytest.raises(NotFound):
        training.enrol_many(ws, course_day, [crowd["张伟"].person_id, "no-such-person"], "list.csv")
    assert count_rows(ws.db, Enrollment) == 0


def test_scans_in_and_out_give_hours_and_a_missing_out_counts_to_the_end(ws, crowd, course_day):
    for name in ("张伟", "王小明"):
        training.enrol(ws, course_day, crowd[name].person_id)
    first = scan(ws, crowd, "张伟", course_day, "09:00")
    assert first.outcome == "in" and first.entered_later
    scan(ws, crowd, "张伟", course_day, "12:00", out=True)
    scan(ws, crowd, "张伟", course_day, "13:00")
    again = scan(ws, crowd, "张伟", course_day, "13:01")
    assert again.outcome == "already_in"  # recorded, never counted twice
    scan(ws, crowd, "张伟", course_day, "16:30", out=True)
    scan(ws, crowd, "王小明", course_day, "10:30")
    seen = attendance.session_attendance(ws, course_day)
    zhang, wang = seen[crowd["张伟"].person_id], seen[crowd["王小明"].person_id]
    assert zhang.hours.hours == 6.5 and not zhang.hours.open_until_end
    assert wang.hours.hours == 6.5 and wang.hours.open_until_end
    assert count_rows(ws.db, Attendance) == 6


def test_refused_scans_write_nothing(ws, crowd, course_day):
    training.enrol(ws, course_day, crowd["张伟"].person_id)
    other = training.add_session(ws, course="FA1", site="深圳", starts="2026-12-05 09:00", ends="2026-12-05 17:00",
                                 capacity=5, trainer="王教练")
    training.add_course(ws, first_aid(code="AED1", name="AED 操作", hours=2, skills=["AED"]))
    aed = training.add_session(ws, course="AED1", site="深圳", starts="2026-12-05 13:00", ends="2026-12-05 15:00",
                               capacity=5, trainer="王教练")
    training.enrol(ws, aed, crowd["王小明"].person_id)
    cases = [
        (lambda: scan(ws, crowd, "张伟", course_day, "09:00", out=True), "out_before_in"),
        (lambda: scan(ws, crowd, "王小明", course_day, "09:00"), "other_session"),
        (lambda: scan(ws, crowd, "张伟明", other, "09:00"), "not_enrolled"),
        (lambda: attendance.attend(ws, crowd["张伟"].token[:-3] + "AAA", course_day), "forged"),
        (lambda: scan(ws, crowd, "张伟", course_day, "2026-12-07 09:00"), "scan_outside_session"),
    ]
    for attempt, reason in cases:
        with pytest.raises((ValidationError, CheckInRefused, attendance.NotEnrolled)) as refused:
            attempt()
        assert refused.value.reason == reason, reason
    assert count_rows(ws.db, Attendance) == 0
    assert "张伟明" in str(pytest.raises(attendance.NotEnrolled, scan, ws, crowd, "张伟明", other, "09:00").value)


def test_a_walk_in_at_the_training_room_is_enrolled_by_the_scan_when_there_is_room(ws, crowd, course_day):
    with pytest.raises(attendance.NotEnrolled) as offer:
        scan(ws, crowd, "张伟明", course_day, "09:10")
    assert offer.value.room
    joined = scan(ws, crowd, "张伟明", course_day, "09:10", walk_in=True)
    assert joined.walk_in and joined.outcome == "in"
    assert [l.source for l in training.roster(ws, course_day)] == ["walk-in"]


def test_a_trainer_corrects_a_scan_and_both_are_kept(ws, crowd, course_day, trainer):
    training.enrol(ws, course_day, crowd["张伟"].person_id)
    scan(ws, crowd, "张伟", course_day, "09:00")
    wrong = scan(ws, crowd, "张伟", course_day, "10:00", out=True)
    [fact] = [f for f in attendance.session_attendance(ws, course_day)[crowd["张伟"].person_id].scans
              if f.direction == "out"]
    with pytest.raises(ValidationError):
        attendance.correct(trainer, fact.id, "  ", at="17:00")
    attendance.correct(trainer, fact.id, "scanned out at lunch by mistake; stayed all day", at="17:00")
    seen = attendance.session_attendance(ws, course_day)[crowd["张伟"].person_id]
    assert seen.hours.hours == 8 and len(seen.scans) == 3 and wrong.hours == 1


def test_assessment_results_say_why_in_words(ws, crowd, course_day, trainer):
    for name in ("张伟", "张伟明", "王小明"):
        training.enrol(ws, course_day, crowd[name].person_id)
    full_day(ws, crowd, "张伟", course_day)
    full_day(ws, crowd, "张伟明", course_day)
    scan(ws, crowd, "王小明", course_day, "09:00")
    scan(ws, crowd, "王小明", course_day, "14:30", out=True)
    assess(trainer, course_day, crowd["张伟"].person_id, score=82, passed=SKILLS)
    assess(trainer, course_day, crowd["张伟明"].person_id, score=62, passed=SKILLS[:2] + SKILLS[3:], failed=["AED"])
    assess(trainer, course_day, crowd["王小明"].person_id, score=90, passed=SKILLS)
    words = {r.name: (r.result.status, r.words) for r in session_results(ws, course_day)}
    assert words["张伟"] == ("passed", "")
    assert words["张伟明"] == ("failed", "written 62 < 70; AED not passed")
    assert words["王小明"] == ("incomplete", "attended 5.5 h of 8 h")


def test_bad_assessments_are_refused_and_leave_nothing(ws, crowd, course_day, trainer):
    training.enrol(ws, course_day, crowd["张伟"].person_id)
    person = crowd["张伟"].person_id
    with pytest.raises(ValidationError) as too_high:
        assess(trainer, course_day, person, score=130)
    assert too_high.value.reason == "bad_score" and "130" in too_high.value.message
    with pytest.raises(ValidationError) as unknown:
        assess(trainer, course_day, person, passed=["Tourniquet"])
    assert unknown.value.reason == "unknown_skill" and "Tourniquet" in unknown.value.message
    with pytest.raises(ValidationError):
        assess(trainer, course_day, crowd["王小明"].person_id, score=80)  # not enrolled
    assert count_rows(ws.db, Assessment) == 0


def test_a_retake_supersedes_the_first_attempt_and_both_are_kept(ws, crowd, course_day, trainer):
    training.enrol(ws, course_day, crowd["张伟"].person_id)
    full_day(ws, crowd, "张伟", course_day)
    first = assess(trainer, course_day, crowd["张伟"].person_id, score=55, passed=SKILLS)
    second = assess(trainer, course_day, crowd["张伟"].person_id, score=78, passed=SKILLS, retake=True)
    assert second.supersedes == first.id and second.attempt == 2
    [line] = session_results(ws, course_day)
    assert line.result.status == "passed" and [a.score for a in line.attempts] == [55, 78]


def test_roles_trainers_for_their_sessions_desk_enrols_medic_only_reads(ws, crowd, course_day, trainer):
    operators.add_operator(ws, "Desk Li", [Role.DESK], pin="246801")
    operators.add_operator(ws, "Dr Chen", [Role.MEDIC], pin="975310")
    operators.add_operator(ws, "李教练", [Role.TRAINER], pin="864200")
    desk = operators.sign_in(ws.db, "Desk Li", "246801")
    medic = operators.sign_in(ws.db, "Dr Chen", "975310")
    other_trainer = operators.sign_in(ws.db, "李教练", "864200")
    training.enrol(desk, course_day, crowd["张伟"].person_id, source="walk-in")
    person = crowd["张伟"].person_id
    for who, action in [(desk, lambda w: assess(w, course_day, person, score=80)),
                        (medic, lambda w: training.enrol(w, course_day, crowd["王小明"].person_id)),
                        (other_trainer, lambda w: assess(w, course_day, person, score=80)),
                        (other_trainer, lambda w: scan(w, crowd, "张伟", course_day, "09:00")),
                        (trainer, lambda w: training.add_course(w, first_aid(code="FA2"))),
                        (desk, lambda w: issue_for_session(w, course_day))]:
        with pytest.raises(PermissionDenied):
            action(who)
    assert len(training.list_sessions(medic)) == 1  # reading is allowed
    assess(trainer, course_day, person, score=80)


def test_issue_certificates_is_idempotent_and_refuses_the_others_with_reasons(ws, crowd, course_day, trainer):
    for name in ("张伟", "张伟明", "王小明"):
        training.enrol(ws, course_day, crowd[name].person_id)
    full_day(ws, crowd, "张伟", course_day)
    full_day(ws, crowd, "张伟明", course_day)
    assess(trainer, course_day, crowd["张伟"].person_id, score=82, passed=SKILLS)
    assess(trainer, course_day, crowd["张伟明"].person_id, score=62, passed=SKILLS)
    first = issue_for_session(trainer, course_day, today=DAY)
    assert len(first.issued) == 1 and first.already == [] and first.pdf.startswith(b"%PDF")
    refused = {name: why for _, name, why in first.refused}
    assert refused == {"张伟明": "failed: written 62 < 70", "王小明": "incomplete: attended 0 h of 8 h; no written score yet; "
                       "Scene safety not assessed; CPR 30:2 not assessed; AED not assessed; Recovery position not assessed"}
    again = issue_for_session(trainer, course_day, today=DAY)
    assert again.issued == [] and again.already == first.issued
    [cert] = list_certificates(ws, crowd["张伟"].person_id, today=DAY)
    assert (cert["course_code"], cert["issued"], cert["expires"], cert["status"]) == ("FA1", "2026-12-05", "2028-12-05",
                                                                                     "valid")
    assert certificates.verify(cert["code"], db=ws.db, today=DAY).status == "valid"


def test_a_renewal_names_the_serial_it_renews_and_needs_a_recent_certificate(ws, crowd, course_day, trainer):
    training.add_course(ws, first_aid(code="FA1R", name="急救复训", hours=4, kind="renewal", renewal_months=6,
                                      renews_course="FA1"))
    renewal = training.add_session(ws, course="FA1R", site="深圳", starts="2026-12-06 09:00",
                                   ends="2026-12-06 13:00", capacity=10, trainer="王教练")
    old = certificates.issue(ws, crowd["张伟"].person_id, course_code="FA1", course_name="急救", months=24,
                             trainer="王教练", issued=date(2024, 12, 20))
    certificates.issue(ws, crowd["王小明"].person_id, course_code="FA1", course_name="急救", months=24,
                       trainer="王教练", issued=date(2023, 1, 2))  # expired almost two years ago
    for name in ("张伟", "王小明"):
        training.enrol(ws, renewal, crowd[name].person_id)
        scan(ws, crowd, name, renewal, "09:00")
        scan(ws, crowd, name, renewal, "13:00", out=True)
        assess(trainer, renewal, crowd[name].person_id, score=90, passed=SKILLS)
    report = issue_for_session(trainer, renewal, today=date(2026, 12, 6), pdf=False)
    [serial] = report.issued
    [(_, name, why)] = report.refused
    assert name == "王小明" and "no certificate of FA1" in why
    [renewed] = [c for c in list_certificates(ws, crowd["张伟"].person_id) if c["serial"] == serial]
    assert renewed["renews"] == old.serial and renewed["course_code"] == "FA1"
    assert [r.serial for r in expiring(ws, 90, today=date(2026, 10, 1))] == []  # renewed, so nobody to invite


def test_who_to_invite_to_a_renewal_comes_out_as_a_contact_list(ws, crowd, course_day):
    certificates.issue(ws, crowd["张伟"].person_id, course_code="FA1", course_name="急救", months=24, trainer="王教练",
                       issued=date(2025, 2, 1))
    certificates.issue(ws, crowd["王小明"].person_id, course_code="FA1", course_name="急救", months=24,
                       trainer="王教练", issued=date(2026, 6, 1))
    [due] = expiring(ws, 90, today=date(2026, 12, 1))
    assert (due.name, due.expires, due.days_left) == ("张伟", "2027-02-01", 62)
    assert renewals_csv([due]).splitlines()[1].startswith("张伟,+8613800138000,FA1,")


def test_today_at_a_glance_for_the_dashboard(ws, crowd, course_day, trainer):
    for name in ("张伟", "张伟明"):
        training.enrol(ws, course_day, crowd[name].person_id)
        full_day(ws, crowd, name, course_day)
    assess(trainer, course_day, crowd["张伟"].person_id, score=82, passed=SKILLS)
    assess(trainer, course_day, crowd["张伟明"].person_id, score=50, passed=SKILLS)
    issue_for_session(trainer, course_day, today=DAY, pdf=False)
    today = training_today(ws, DAY)
    assert (today.sessions, today.enrolled, today.attended, today.passed, today.failed, today.pass_rate,
            today.certificates_issued) == (1, 2, 2, 1, 1, 0.5, 1)


def test_a_trainee_who_asks_to_be_erased_leaves_no_score_and_their_export_has_the_course(ws, crowd, course_day,
                                                                                         trainer):
    from carekit.services import person_data
    person = crowd["张伟"].person_id
    training.enrol(ws, course_day, person)
    full_day(ws, crowd, "张伟", course_day)
    assess(trainer, course_day, person, score=87, passed=SKILLS)
    exported = person_data.export_person(ws, person)
    assert "assessment" in exported and "attendance" in exported and "enrollment" in exported
    person_data.erase_person(ws, person, "asked after the course")
    with ws.db.session() as session:
        [row] = session.exec(select(Assessment)).all()
        assert (row.score, row.skills) == (-1, "{}")
