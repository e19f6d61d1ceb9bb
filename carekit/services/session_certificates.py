"""Certificates from a session's results: issue to everyone who passed, list, and who to renew.

Issuing is idempotent: a certificate's id is derived from session + person, so a second run (or
a second laptop) finds it and issues nothing new. Anyone not eligible is named with the reason.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Callable
from carekit.domain.zones import zone as time_zone

from sqlalchemy import select

from carekit.domain.certificates import Certificate
from carekit.domain.enums import Role
from carekit.domain.tables import Operator, Person
from carekit.domain.training import RENEWAL, Course, derived_id
from carekit.domain.training_rules import PASSED
from carekit.i18n import QT_TRANSLATE_NOOP, translate
from carekit.services import certificates, issuing_keys
from carekit.services.assessment import check_signature, results_in, status_word
from carekit.services.errors import ValidationError
from carekit.services.events import current_event
from carekit.services.training import load_session, require_session_lead
from carekit.services.workspace import Workspace

Progress = Callable[[int, int], bool]


@dataclass
class SessionIssue:
    issued: list[str] = field(default_factory=list)  # serials issued by this run
    already: list[str] = field(default_factory=list)  # serials issued before
    refused: list[tuple[str, str, str]] = field(default_factory=list)  # (person id, name, reason in words)
    pdf: bytes = b""

    @property
    def serials(self) -> list[str]:
        return self.issued + self.already


def certificate_id(session_id: str, person_id: str) -> str:
    return derived_id("certificate", session_id, person_id)


def event_today(session) -> date:
    zone = current_event(session).timezone
    return datetime.now(time_zone(zone)).date()


def renewable(session, course: Course, person_id: str, today: date) -> Certificate | None:
    """The certificate a renewal course renews: same course, not revoked, valid or recently expired."""
    codes = {course.code, course.renews_course or course.code}
    oldest_ok = certificates.add_months(today, -course.renewal_months).isoformat()
    return session.execute(select(Certificate).where(
        Certificate.person_id == person_id, Certificate.course_code.in_(codes), Certificate.revoked.is_(False),
        Certificate.deleted.is_(False), Certificate.expires >= oldest_ok)
        .order_by(Certificate.expires.desc())).scalars().first()


def issue_for_session(ws: Workspace, session_id: str, *, today: date | None = None, pdf: bool = True,
                      progress: Progress | None = None) -> SessionIssue:
    ws.require(Role.TRAINER, Role.COORDINATOR)
    report = SessionIssue()
    with ws.writing() as journal:
        session = journal.session
        row = load_session(session, session_id)
        require_session_lead(ws, row)
        course = session.get(Course, row.course_id)
        today = today or event_today(session)
        signer, keys = None, {}
        trainer = session.get(Operator, row.trainer_id)
        code = (course.renews_course or course.code) if course.kind == RENEWAL else course.code
        lines = results_in(session, row)
        ids = [line.person_id for line in lines]
        people = {p.id: p for p in session.execute(select(Person).where(Person.id.in_(ids))).scalars()} if ids else {}
        existing_ids = [certificate_id(row.id, pid) for pid in ids]
        issued_before = {c.id: c for c in session.execute(select(Certificate).where(
            Certificate.id.in_(existing_ids))).scalars()} if ids else {}
        for line in lines:
            cert_id = certificate_id(row.id, line.person_id)
            existing = issued_before.get(cert_id)
            if existing is not None and not existing.deleted:
                report.already.append(existing.serial)
                continue
            if line.result.status != PASSED:
                report.refused.append((line.person_id, line.name, f"{status_word(line.result.status)}: {line.words}"))
                continue
            try:
                check_signature(session, line.attempts[-1], line.name, keys)
            except ValidationError as error:
                report.refused.append((line.person_id, line.name, error.message))
                continue
            renews = ""
            if course.kind == RENEWAL:
                previous = renewable(session, course, line.person_id, today)
                if previous is None:
                    report.refused.append((line.person_id, line.name, translate("Training", QT_TRANSLATE_NOOP(
                        "Training", "no certificate of {code} valid or expired less than {months} months ago"))
                        .format(code=code, months=course.renewal_months)))
                    continue
                renews = previous.serial
            person = people[line.person_id]
            signer = signer or issuing_keys.signer_for(journal, today)
            certificates.issue_in(journal, signer, person, course_code=code, course_name=course.name,
                                  months=course.months, trainer=trainer.name if trainer else "", issued=today,
                                  renews=renews, language=row.language, row_id=cert_id)
            report.issued.append(certificates.serial_of(cert_id))
    if pdf and report.serials:
        report.pdf = certificates.certificate_pdf(ws, report.serials, progress=progress)
    return report


# -- lists ---------------------------------------------------------------------------------
def status_of(cert: Certificate, today: date) -> str:
    if cert.revoked:
        return certificates.REVOKED
    return certificates.EXPIRED if cert.expires < today.isoformat() else certificates.VALID


def list_certificates(ws: Workspace, person_id: str = "", *, today: date | None = None) -> list[dict]:
    ws.require(Role.DESK, Role.MEDIC, Role.TRAINER, Role.COORDINATOR)
    with ws.db.session() as session:
        today = today or event_today(session)
        query = select(Certificate).where(Certificate.deleted.is_(False))
        if person_id:
            query = query.where(Certificate.person_id == person_id.strip())
        rows = session.execute(query.order_by(Certificate.issued, Certificate.serial)).scalars().all()
    return [{"serial": c.serial, "person_id": c.person_id, "holder_name": c.holder_name,
             "course_code": c.course_code, "course_name": c.course_name, "issued": c.issued, "expires": c.expires,
             "trainer": c.trainer, "renews": c.renews, "status": status_of(c, today),
             "revoked_reason": c.revoked_reason, "code": c.code} for c in rows]


@dataclass(frozen=True)
class Renewal:
    person_id: str
    name: str
    phone: str
    course_code: str
    serial: str
    expires: str
    days_left: int


def expiring(ws: Workspace, within_days: int, *, today: date | None = None) -> list[Renewal]:
    """Whose newest certificate of a course runs out within the window (not revoked, not yet renewed)."""
    ws.require(Role.DESK, Role.TRAINER, Role.COORDINATOR)
    if within_days < 0:
        raise ValidationError("bad_days", QT_TRANSLATE_NOOP(
            "Errors", "The window is a number of days from 0 up (got {days})."), days=within_days)
    with ws.db.session() as session:
        today = today or event_today(session)
        rows = session.execute(select(Certificate).where(Certificate.deleted.is_(False))
                               .order_by(Certificate.expires)).scalars().all()
        phones = dict(session.execute(select(Person.id, Person.phone)).all())
    newest: dict[tuple[str, str], Certificate] = {}
    renewed = {c.renews for c in rows if c.renews and not c.revoked}
    for cert in rows:
        if cert.revoked:
            continue
        key = (cert.person_id, cert.course_code)
        if key not in newest or cert.expires > newest[key].expires:
            newest[key] = cert
    last = (today + timedelta(days=within_days)).isoformat()
    found = [c for c in newest.values() if today.isoformat() <= c.expires <= last and c.serial not in renewed]
    return [Renewal(c.person_id, c.holder_name, phones.get(c.person_id, ""), c.course_code, c.serial, c.expires,
                    (date.fromisoformat(c.expires) - today).days) for c in sorted(found, key=lambda c: c.expires)]


def renewals_csv(renewals: list[Renewal]) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["name", "phone", "course", "serial", "expires", "days_left", "person_id"])
    for r in renewals:
        writer.writerow([r.name, r.phone, r.course_code, r.serial, r.expires, r.days_left, r.person_id])
    return out.getvalue()
