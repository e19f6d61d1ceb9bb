"""Assessment: the written score and each practical skill, per enrolled person, and the result.

One attempt is one row with an id derived from session + person + attempt number, so two trainers
writing different scores for the same attempt on two laptops meet as an ordinary field conflict.
A retake is a new attempt that supersedes the previous one; both are kept.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from sqlalchemy import select

from carekit.domain.authority import TRAINING
from carekit.domain.enums import Role
from carekit.domain.tables import Device, Person
from carekit.domain.training import ENROLLED, Assessment, Attendance, Course, Enrollment, derived_id
from carekit.domain.training_rules import Result, course_result
from carekit.i18n import QT_TRANSLATE_NOOP, translate
from carekit.security import assessment_signatures as signatures
from carekit.security.assessment_signatures import PROOF, SIGNED, Signed
from carekit.services.attendance import attended_hours
from carekit.services.errors import ValidationError
from carekit.services.training import course_skills, load_session, require_session_lead
from carekit.services.workspace import Workspace
from carekit.store.journal import now_iso, read_local
from carekit.sync.authority import capabilities_of


STATUS_WORDS = {"passed": QT_TRANSLATE_NOOP("Training", "passed"), "failed": QT_TRANSLATE_NOOP("Training", "failed"),
                "incomplete": QT_TRANSLATE_NOOP("Training", "incomplete")}


def status_word(status: str) -> str:
    return translate("Training", STATUS_WORDS.get(status, status))


def reason_text(reason) -> str:
    return reason.text(lambda template: translate("Training", template))


def result_words(result: Result) -> str:
    return "; ".join(reason_text(r) for r in result.reasons)


def _check_skills(course: Course, names: list[str]) -> None:
    known = course_skills(course)
    for name in names:
        if name not in known:
            raise ValidationError("unknown_skill", QT_TRANSLATE_NOOP(
                "Errors", "'{skill}' is not a skill of course {code} (its skills: {skills}). Nothing was recorded."),
                skill=name, code=course.code, skills=", ".join(known))


def latest_attempt(session, session_id: str, person_id: str) -> Assessment | None:
    return session.execute(select(Assessment).where(
        Assessment.session_id == session_id, Assessment.person_id == person_id, Assessment.deleted.is_(False))
        .order_by(Assessment.attempt.desc())).scalars().first()


def assess(ws: Workspace, session_id: str, person_id: str, *, score: int | None = None,
           passed: list[str] = (), failed: list[str] = (), retake: bool = False) -> Assessment:
    """Record what the trainer saw; skills not named keep what was recorded for this attempt."""
    ws.require(Role.TRAINER, Role.COORDINATOR)
    if score is not None and not 0 <= score <= 100:
        raise ValidationError("bad_score", QT_TRANSLATE_NOOP(
            "Errors", "A written score is from 0 to 100 (got {score}). Nothing was recorded."), score=score)
    both = set(passed) & set(failed)
    if both:
        raise ValidationError("skill_both", QT_TRANSLATE_NOOP(
            "Errors", "'{skill}' is given as both passed and not passed. Nothing was recorded."), skill=sorted(both)[0])
    with ws.writing() as journal:
        session = journal.session
        row = load_session(session, session_id)
        require_session_lead(ws, row)
        course = session.get(Course, row.course_id)
        _check_skills(course, [*passed, *failed])
        status = session.execute(select(Enrollment.status).where(
            Enrollment.session_id == row.id, Enrollment.person_id == person_id.strip(),
            Enrollment.deleted.is_(False))).scalar()
        if status != ENROLLED:
            raise ValidationError("not_enrolled", QT_TRANSLATE_NOOP(
                "Errors", "{person} is not enrolled in this session, so cannot be assessed."), person=person_id)
        current = latest_attempt(session, row.id, person_id.strip())
        skills = {} if current is None or retake else json.loads(current.skills)
        skills.update({s: True for s in passed})
        skills.update({s: False for s in failed})
        fields = {"skills": json.dumps(skills, ensure_ascii=False, sort_keys=True), "trainer_id": ws.operator_id,
                  "assessed_at": now_iso()}
        new = current is None or retake
        if score is not None:
            fields["score"] = int(score)
        elif new or current.score is None:
            fields["score"] = -1
        else:
            fields["score"] = current.score
        if new:
            attempt = 1 if current is None else current.attempt + 1
            row_id = derived_id("assessment", row.id, person_id.strip(), str(attempt))
            fields.update(session_id=row.id, person_id=person_id.strip(), attempt=attempt,
                          supersedes=current.id if current else "")
        else:
            row_id, attempt = current.id, current.attempt
            fields.update(session_id=current.session_id, person_id=current.person_id, attempt=current.attempt,
                          supersedes=current.supersedes)
        fields.update(signature_fields(journal, row_id, fields))
        if new:
            journal.create(Assessment, fields, row_id=row_id)
        else:
            journal.update(Assessment, row_id, fields, together=MUTABLE_SIGNED + PROOF)
        journal.audit("assessment", "assessment", row_id, f"attempt={attempt}")
        return session.get(Assessment, row_id)


# -- the trainer's signature ------------------------------------------------------------
MUTABLE_SIGNED = ("score", "skills", "trainer_id", "assessed_at")


def signature_fields(journal, row_id: str, values: dict) -> dict:
    """``signed_by`` and ``signature`` for an attempt as ``values`` give it, by this laptop's key."""
    local = read_local(journal.session)
    signed = Signed.of(journal.event_id, row_id, values)
    return {"signed_by": local.get("device_id", ""), "signature": signatures.sign(local["device_key"], signed)}


def signing_key(session, device_id: str, cache: dict | None = None) -> str:
    """The public key of ``device_id`` as its capability chain proves it (with the training
    capability, or the event's root); "" when nothing proves it."""
    if cache is not None and device_id in cache:
        return cache[device_id]
    device = session.get(Device, device_id) if device_id else None
    key = device.public_key if device is not None else ""
    if key and not capabilities_of(session, device_id, key) & {TRAINING}:
        key = ""
    if cache is not None:
        cache[device_id] = key
    return key


def check_signature(session, row: Assessment, name: str = "", cache: dict | None = None) -> None:
    """Refuse an attempt whose content is not what its laptop signed (changed after it was recorded)."""
    key = signing_key(session, row.signed_by, cache)
    values = {f: getattr(row, f) for f in SIGNED}
    if not row.signature or not key or not signatures.verify(key, row.signature, Signed.of(row.event_id, row.id, values)):
        raise ValidationError("assessment_not_signed", QT_TRANSLATE_NOOP(
            "Errors", "The assessment of {person} (attempt {attempt}, written score {score}) does not match the "
                      "trainer's signature: it was changed after it was recorded, or never signed. Nothing was "
                      "issued; the trainer records the assessment again."),
            person=name or row.person_id, attempt=row.attempt, score=row.score if row.score >= 0 else "-")


@dataclass(frozen=True)
class PersonResult:
    person_id: str
    name: str
    hours: float
    open_until_end: bool
    inside: bool
    score: int | None
    skills: dict[str, bool]
    attempt: int
    result: Result
    attempts: list[Assessment] = field(default_factory=list)  # every attempt, oldest first

    @property
    def words(self) -> str:
        return result_words(self.result)


def session_results(ws: Workspace, session_id: str) -> list[PersonResult]:
    """One line per enrolled person, in roster order: hours, latest attempt, result with reasons."""
    ws.require(Role.DESK, Role.MEDIC, Role.TRAINER, Role.COORDINATOR)
    with ws.db.session() as session:
        return results_in(session, load_session(session, session_id))


def results_in(session, row) -> list[PersonResult]:
    course = session.get(Course, row.course_id)
    enrolled = list(session.execute(select(Enrollment).where(
        Enrollment.session_id == row.id, Enrollment.status == ENROLLED, Enrollment.deleted.is_(False))
        .order_by(Enrollment.queued, Enrollment.id)).scalars())
    ids = [e.person_id for e in enrolled]
    names = dict(session.execute(select(Person.id, Person.name).where(Person.id.in_(ids))).all()) if ids else {}
    facts: dict[str, list[Attendance]] = {}
    for fact in session.execute(select(Attendance).where(Attendance.session_id == row.id)).scalars():
        facts.setdefault(fact.person_id, []).append(fact)
    attempts: dict[str, list[Assessment]] = {}
    for attempt in session.execute(select(Assessment).where(Assessment.session_id == row.id,
                                                            Assessment.deleted.is_(False))
                                   .order_by(Assessment.attempt)).scalars():
        attempts.setdefault(attempt.person_id, []).append(attempt)
    skills = course_skills(course)
    lines = []
    for person_id in ids:
        hours = attended_hours(facts.get(person_id, []), row)
        mine = attempts.get(person_id, [])
        latest = mine[-1] if mine else None
        score = latest.score if latest is not None and latest.score >= 0 else None
        marks = json.loads(latest.skills) if latest is not None else {}
        result = course_result(hours=course.hours, pass_mark=course.pass_mark, min_attendance=course.min_attendance,
                               skills=skills, attended=hours.hours, score=score, skill_results=marks)
        lines.append(PersonResult(person_id, names.get(person_id, ""), hours.hours, hours.open_until_end,
                                  hours.inside, score, marks, latest.attempt if latest else 0, result, mine))
    return lines
