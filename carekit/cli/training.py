"""Training commands: ``course``, ``session``, ``enroll``, ``withdraw``, ``attend``, ``assess``, ``results``.

The same services as the app's Training page, so the same roles: a desk volunteer may enrol a
walk-in but an assessment from them is refused before anything is written.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from carekit.cli.common import open_workspace
from carekit.cli.desk import WAITING_NOTE, after_waiting
from carekit.i18n import QT_TRANSLATE_NOOP
from carekit.services import attendance, training
from carekit.services.assessment import assess, session_results, status_word
from carekit.services.enrolment_file import enrol_from_file
from carekit.services.errors import ValidationError


def register(sub: argparse._SubParsersAction) -> None:
    course = sub.add_parser("course", help="training courses (coordinators add them)")
    course_sub = course.add_subparsers(dest="course_command", metavar="ACTION", required=True)
    add = course_sub.add_parser("add", help="a course with its rules and practical skills checklist")
    add.add_argument("--code", required=True)
    add.add_argument("--name", required=True, help="name in the event language")
    add.add_argument("--name-en", default="", help="name in English")
    add.add_argument("--hours", type=float, required=True)
    add.add_argument("--months", type=int, required=True, help="months a certificate is valid")
    add.add_argument("--pass-mark", type=int, required=True, help="written pass mark, 0-100")
    add.add_argument("--min-attendance", type=int, default=90, help="per cent of the hours (default 90)")
    add.add_argument("--skill", action="append", default=[], help="a practical skill; repeat for each")
    add.add_argument("--renewal-of", default="", metavar="CODE",
                     help="make it a renewal of course CODE")
    add.add_argument("--renewal-months", type=int, default=6,
                     help="for a renewal: months after expiry a certificate may still be renewed")
    add.set_defaults(handler=_course_add)
    lst = course_sub.add_parser("list")
    lst.add_argument("--json", action="store_true")
    lst.set_defaults(handler=_course_list)

    sess = sub.add_parser("session", help="training sessions of a course")
    sess_sub = sess.add_subparsers(dest="session_command", metavar="ACTION", required=True)
    sadd = sess_sub.add_parser("add", help="prints the new session's id")
    sadd.add_argument("--course", required=True, help="course code")
    sadd.add_argument("--site", required=True, help="site city or id")
    sadd.add_argument("--starts", required=True, help='"YYYY-MM-DD HH:MM" in the event\'s time zone')
    sadd.add_argument("--ends", required=True)
    sadd.add_argument("--capacity", type=int, required=True)
    sadd.add_argument("--trainer", required=True, help="an operator with the trainer role")
    sadd.add_argument("--room", default="")
    sadd.add_argument("--language", default="", help="default: the event's language")
    sadd.set_defaults(handler=_session_add)
    slist = sess_sub.add_parser("list")
    slist.add_argument("--day", default="", help="YYYY-MM-DD")
    slist.add_argument("--site", default="")
    slist.add_argument("--json", action="store_true", help="one JSON object per session")
    slist.set_defaults(handler=_session_list)
    roster = sess_sub.add_parser("roster", help="who is enrolled and waiting")
    roster.add_argument("session")
    roster.add_argument("--json", action="store_true")
    roster.set_defaults(handler=_session_roster)

    enroll = sub.add_parser("enroll", help="enrol people in a session (beyond capacity: waiting list)")
    enroll.add_argument("--session", default="", help="session id")
    who = enroll.add_mutually_exclusive_group(required=True)
    who.add_argument("--person", action="append", help="person id; repeat for several")
    who.add_argument("--from-file", type=Path, help="roster file with a course (or session) column")
    enroll.set_defaults(handler=_enroll)
    withdraw = sub.add_parser("withdraw", help="withdraw someone; the first waiting moves up")
    withdraw.add_argument("--session", required=True)
    withdraw.add_argument("--person", required=True)
    withdraw.set_defaults(handler=_withdraw)

    attend = sub.add_parser("attend", help="record a badge scan in (or out) at the training room")
    attend.add_argument("token")
    attend.add_argument("--session", required=True)
    attend.add_argument("--out", action="store_true", help="scan out")
    attend.add_argument("--at", default="", metavar="TIME",
                        help='"HH:MM" or "YYYY-MM-DD HH:MM" from the paper sheet; marked as entered later')
    attend.add_argument("--walk-in", action="store_true", help="enrol the person if not enrolled and there is room")
    attend.add_argument("--json", action="store_true")
    attend.set_defaults(handler=_attend)
    fix = sub.add_parser("attendance", help="a session's attendance, and corrections")
    fix_sub = fix.add_subparsers(dest="attendance_command", metavar="ACTION", required=True)
    show = fix_sub.add_parser("list")
    show.add_argument("--session", required=True)
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=_attendance_list)
    corr = fix_sub.add_parser("correct", help="replace a scan (both are kept)")
    corr.add_argument("scan", help="id of the scan to correct")
    corr.add_argument("--reason", required=True)
    group = corr.add_mutually_exclusive_group(required=True)
    group.add_argument("--at", default="", metavar="TIME")
    group.add_argument("--void", action="store_true", help="the scan did not happen")
    corr.set_defaults(handler=_attendance_correct)

    assessp = sub.add_parser("assess", help="written score and practical skills of one person")
    assessp.add_argument("--session", required=True)
    assessp.add_argument("--person", required=True)
    assessp.add_argument("--score", type=int)
    assessp.add_argument("--pass-skill", action="append", default=[])
    assessp.add_argument("--fail-skill", action="append", default=[])
    assessp.add_argument("--retake", action="store_true", help="a new attempt that supersedes the last")
    assessp.set_defaults(handler=_assess)
    results = sub.add_parser("results", help="hours, score, skills and result of everyone enrolled")
    results.add_argument("--session", required=True)
    results.add_argument("--json", action="store_true")
    results.set_defaults(handler=_results)


def _course_add(args: argparse.Namespace) -> int:
    ws = open_workspace(args)
    form = training.CourseInput(code=args.code, name=args.name, name_en=args.name_en, hours=args.hours,
                                months=args.months, pass_mark=args.pass_mark, min_attendance=args.min_attendance,
                                skills=args.skill, kind=training.RENEWAL if args.renewal_of else training.FULL,
                                renewal_months=args.renewal_months if args.renewal_of else 0,
                                renews_course=args.renewal_of)
    course = training.add_course(ws, form)
    print(f"course {course.code}: {course.name}, {course.hours:g} h, pass mark {course.pass_mark}, "
          f"valid {course.months} months, {len(form.skills)} skills")
    return 0


def _course_list(args: argparse.Namespace) -> int:
    for c in training.list_courses(open_workspace(args)):
        data = {"code": c.code, "name": c.name, "name_en": c.name_en, "hours": c.hours, "months": c.months,
                "pass_mark": c.pass_mark, "min_attendance": c.min_attendance, "skills": training.course_skills(c),
                "kind": c.kind, "renews_course": c.renews_course}
        if args.json:
            print(json.dumps(data, ensure_ascii=False))
        else:
            print(f"{c.code:<8} {c.name}  {c.hours:g} h  pass {c.pass_mark}  {c.months} months  {c.kind}  "
                  f"skills: {', '.join(data['skills'])}")
    return 0


def _session_add(args: argparse.Namespace) -> int:
    session_id = training.add_session(open_workspace(args), course=args.course, site=args.site, starts=args.starts,
                                      ends=args.ends, capacity=args.capacity, trainer=args.trainer, room=args.room,
                                      language=args.language)
    print(session_id)
    return 0


def _session_list(args: argparse.Namespace) -> int:
    for view in training.list_sessions(open_workspace(args), day=args.day, site=args.site):
        if args.json:
            print(json.dumps(view.as_dict(), ensure_ascii=False))
        else:
            print(f"{view.id}  {view.starts[:16].replace('T', ' ')}-{view.ends[11:16]}  {view.course:<6} {view.site} "
                  f"{view.room}  {view.trainer}  {view.enrolled}/{view.capacity}"
                  + (f" +{view.waiting} waiting" if view.waiting else ""))
    return 0


def _session_roster(args: argparse.Namespace) -> int:
    for line in training.roster(open_workspace(args), args.session):
        if args.json:
            print(json.dumps(line.__dict__, ensure_ascii=False))
        else:
            where = f"waiting #{line.position}" if line.position else line.status
            print(f"{line.person_id}  {line.name:<12} {where}")
    return 0


def _enroll(args: argparse.Namespace) -> int:
    ws = open_workspace(args)
    if args.from_file:
        done = [d.result for d in enrol_from_file(ws, args.from_file, args.session)]
    else:
        if not args.session:
            raise ValidationError("no_session", QT_TRANSLATE_NOOP("Errors", "Say which session: --session ID."))
        done = training.enrol_many(ws, args.session, args.person, "desk")
    for r in done:
        state = "already on the session" if r.already else r.status
        print(f"{r.name}: {state}" + (f" (waiting list #{r.position})" if r.position else ""))
    new = [r for r in done if not r.already]
    print(f"{sum(r.status == 'enrolled' for r in new)} enrolled, {sum(r.status == 'waiting' for r in new)} waiting, "
          f"{len(done) - len(new)} already on it")
    return 0


def _withdraw(args: argparse.Namespace) -> int:
    moved = training.withdraw(open_workspace(args), args.session, args.person)
    print("withdrawn" + (f"; moved up from the waiting list: {moved}" if moved else ""))
    return 0


def _attend(args: argparse.Namespace) -> int:
    def verdict_now(result: attendance.AttendResult) -> None:
        _print_attendance(args, result)
        print(WAITING_NOTE, file=sys.stderr, flush=True)

    ws = open_workspace(args)
    result = attendance.attend(ws, args.token, args.session, out=args.out, at=args.at, walk_in=args.walk_in,
                               on_verdict=verdict_now)
    if result.waiting:
        after_waiting(ws, result.scan_id)
    else:
        _print_attendance(args, result)
    return 0


def _print_attendance(args: argparse.Namespace, result: attendance.AttendResult) -> None:
    if args.json:
        print(json.dumps(result.__dict__, ensure_ascii=False), flush=True)
        return
    words = {"in": "in", "out": "out", "already_in": "already in (this scan was recorded too)"}[result.outcome]
    print(f"{result.name}: {words} at {result.at[11:16]}, {result.hours:g} h so far"
          + (" (entered later)" if result.entered_later else "") + (" (enrolled as a walk-in)" if result.walk_in else ""),
          flush=True)


def _attendance_list(args: argparse.Namespace) -> int:
    for person in attendance.session_attendance(open_workspace(args), args.session).values():
        scans = [{"id": f.id, "direction": f.direction, "at": f.at, "entered_later": f.entered_later,
                  "corrects": f.corrects, "void": f.void, "reason": f.reason} for f in person.scans]
        if args.json:
            print(json.dumps({"person_id": person.person_id, "name": person.name, "hours": person.hours.hours,
                              "open_until_end": person.hours.open_until_end, "scans": scans}, ensure_ascii=False))
            continue
        print(f"{person.name}: {person.hours.hours:g} h" + (" (no scan out: counted to the end)"
                                                            if person.hours.open_until_end else ""))
        for s in scans:
            mark = " later" if s["entered_later"] else ""
            fix = f"  corrects {s['corrects']}: {s['reason']}" if s["corrects"] else ""
            print(f"  {s['id']}  {s['direction']:<3} {s['at'][11:16]}{mark}{' void' if s['void'] else ''}{fix}")
    return 0


def _attendance_correct(args: argparse.Namespace) -> int:
    new = attendance.correct(open_workspace(args), args.scan, args.reason, at=args.at, void=args.void)
    print(f"corrected: {new}")
    return 0


def _assess(args: argparse.Namespace) -> int:
    row = assess(open_workspace(args), args.session, args.person, score=args.score, passed=args.pass_skill,
                 failed=args.fail_skill, retake=args.retake)
    print(f"attempt {row.attempt}: written {row.score if row.score >= 0 else '-'}, skills {row.skills}")
    return 0


def _results(args: argparse.Namespace) -> int:
    for line in session_results(open_workspace(args), args.session):
        if args.json:
            print(json.dumps({"person_id": line.person_id, "name": line.name, "hours": line.hours,
                              "open_until_end": line.open_until_end, "score": line.score, "skills": line.skills,
                              "attempt": line.attempt, "result": line.result.status, "reasons": line.words},
                             ensure_ascii=False))
        else:
            print(f"{line.name:<12} {line.hours:>4g} h  written {line.score if line.score is not None else '-':>3}  "
                  f"{status_word(line.result.status)}" + (f": {line.words}" if line.words else ""))
    return 0
