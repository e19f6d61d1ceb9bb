"""Certificates: issue and revoke, verify a code offline, manage organisation keys.

verify answers one of four verdicts an employer understands: valid, expired, revoked (when this
laptop knows of the revocation) or forged (with the reason: damaged, unknown key, bad signature).
"""

from __future__ import annotations

import base64
import calendar
import hashlib
import json
import os
from dataclasses import dataclass
from datetime import date
from typing import Callable

from sqlalchemy import select

from carekit.domain.certificates import ROOT, TRUSTED, Certificate, OrganisationKey
from carekit.domain.enums import Role
from carekit.domain.ids import new_id
from carekit.domain.tables import Person
from carekit.i18n import QT_TRANSLATE_NOOP, translate
from carekit.printing.certificates import CertificateData, render_certificates
from carekit.security import certificates as signing
from carekit.services import issuing_keys
from carekit.services.errors import NotFound, ValidationError
from carekit.services.events import current_event
from carekit.services.workspace import Workspace
from carekit.store.db import Database

VALID, EXPIRED, REVOKED, FORGED = "valid", "expired", "revoked", "forged"
KEY_FORMAT = "carekit-public-key/1"

_FORGED_WHY = {
    "not_a_certificate": QT_TRANSLATE_NOOP("Verify", "This is not a CareKit certificate code."),
    "malformed": QT_TRANSLATE_NOOP("Verify", "The code is damaged or incomplete."),
    "unknown_key": QT_TRANSLATE_NOOP(
        "Verify", "Signed by a key this laptop does not know: it cannot be trusted (import the issuer's public key)."),
    "bad_signature": QT_TRANSLATE_NOOP("Verify", "The signature does not match: the code is forged or altered."),
    "bad_delegation": QT_TRANSLATE_NOOP(
        "Verify", "The issuing key is not vouched for by the organisation's key: the code is forged."),
    "outside_delegation": QT_TRANSLATE_NOOP(
        "Verify", "Issued on a day the issuing key was not delegated for: the code is forged or the key expired."),
}


@dataclass(frozen=True)
class Verdict:
    status: str  # VALID, EXPIRED, REVOKED or FORGED
    reason: str  # machine reason for FORGED/REVOKED, else the status
    template: str
    fields: signing.CertificateFields | None = None
    issuer: str = ""  # organisation name of the signing key
    fingerprint: str = ""
    detail: str = ""  # e.g. the revocation reason
    revoked_key: str = ""  # a revoked issuing key's fingerprint ...
    revoked_on: str = ""  # ... and the ISO date it was revoked

    @property
    def message(self) -> str:
        """The message with its dates as ISO (the CLI's, and the JSON's)."""
        return self.message_in(str)

    def message_in(self, date_text: Callable[[str], str]) -> str:
        """The message with each date written by ``date_text`` (the screen writes them as its language does)."""
        detail = f"{self.revoked_key} ({date_text(self.revoked_on)}: {self.detail})" if self.revoked_key else self.detail
        expires = getattr(self.fields, "expires", "")
        return translate("Verify", self.template).format(detail=detail, expires=date_text(expires) if expires else "")

    def as_dict(self) -> dict:
        data = {"status": self.status, "reason": self.reason, "message": self.message, "issuer": self.issuer,
                "fingerprint": self.fingerprint}
        if self.fields:
            data.update(self.fields.__dict__)
        return data


# -- keys ---------------------------------------------------------------------------------
def generate_key(ws: Workspace, name: str) -> OrganisationKey:
    """This organisation's root key; the private half stays on this laptop (see issuing_keys)."""
    return issuing_keys.generate_root(ws, name)


def own_key(session) -> OrganisationKey | None:
    """This organisation's newest root key (its private half may be on another laptop)."""
    return session.execute(select(OrganisationKey).where(OrganisationKey.kind == ROOT,
                                                         OrganisationKey.deleted.is_(False))
                           .order_by(OrganisationKey.hlc.desc())).scalars().first()


def export_public_key(ws: Workspace) -> str:
    with ws.db.session() as session:
        key = own_key(session)
    if key is None:
        raise NotFound("no_key", QT_TRANSLATE_NOOP("Errors", "This event has no signing key yet: generate one first."))
    return public_key_text(key.name, key.public_key)


def public_key_text(name: str, public_key: str) -> str:
    return json.dumps({"format": KEY_FORMAT, "name": name, "public_key": public_key,
                       "fingerprint": signing.fingerprint(public_key)}, ensure_ascii=False, indent=1) + "\n"


def read_public_key_text(text: str) -> tuple[str, str]:
    """(organisation name, public key) from an exported key file; ValidationError if it is not one."""
    try:
        data = json.loads(text)
        if data.get("format") != KEY_FORMAT:
            raise ValueError
        signing.check_public_key(data["public_key"])
    except (ValueError, KeyError, TypeError, AttributeError):
        raise ValidationError("bad_key_file", QT_TRANSLATE_NOOP(
            "Errors", "This is not a CareKit public key file.")) from None
    return str(data.get("name", "")), data["public_key"]


def import_public_key(ws: Workspace, text: str) -> OrganisationKey:
    """Trust another organisation's certificates. Importing the same key twice changes nothing."""
    ws.require(Role.COORDINATOR)
    name, public_key = read_public_key_text(text)
    with ws.writing() as journal:
        existing = journal.session.execute(select(OrganisationKey).where(
            OrganisationKey.public_key == public_key, OrganisationKey.deleted.is_(False))).scalars().first()
        if existing is not None:
            return existing
        key_id = journal.create(OrganisationKey, {"name": name, "public_key": public_key, "kind": TRUSTED,
                                                  "fingerprint": signing.fingerprint(public_key)})
        journal.audit("key.import", "organisationkey", key_id)
        return journal.session.get(OrganisationKey, key_id)


def list_keys(ws: Workspace) -> list[OrganisationKey]:
    with ws.db.session() as session:
        return list(session.execute(select(OrganisationKey).where(OrganisationKey.deleted.is_(False))
                                    .order_by(OrganisationKey.hlc)).scalars())


# -- issue and revoke ---------------------------------------------------------------------
def add_months(start: date, months: int) -> date:
    month = start.month - 1 + months
    year, month = start.year + month // 12, month % 12 + 1
    return date(year, month, min(start.day, calendar.monthrange(year, month)[1]))


def serial_of(row_id: str) -> str:
    """The serial of a certificate row, derived from its id so laptops never hand out the same one."""
    return _serial(row_id)


def _serial(row_id: str) -> str:
    code = base64.b32encode(hashlib.sha256(row_id.encode()).digest()).decode()[:8]
    return f"C-{code[:4]}-{code[4:]}"


def issue(ws: Workspace, person_id: str, *, course_code: str, course_name: str, months: int, trainer: str,
          issued: date | None = None, renews: str = "") -> Certificate:
    ws.require(Role.TRAINER, Role.COORDINATOR)
    if months <= 0:
        raise ValidationError("bad_months", QT_TRANSLATE_NOOP("Errors", "A certificate is valid for at least one month."))
    for value in (course_code, course_name, trainer):
        if not value.strip() or signing.SEPARATOR in value:
            raise ValidationError("bad_course", QT_TRANSLATE_NOOP(
                "Errors", "Course code, course name and trainer are needed and may not contain '|'."))
    issued = issued or date.today()
    with ws.writing() as journal:
        session = journal.session
        person = session.get(Person, person_id)
        if person is None or person.deleted:
            raise NotFound("no_person", QT_TRANSLATE_NOOP("Errors", "No person with id {id}."), id=person_id)
        signer = issuing_keys.signer_for(journal, issued)
        row_id = issue_in(journal, signer, person, course_code=course_code.strip(), course_name=course_name.strip(),
                          months=months, trainer=trainer.strip(), issued=issued, renews=renews,
                          language=current_event(session).language)
        return session.get(Certificate, row_id)


def issue_in(journal, signer: issuing_keys.Signer, person: Person, *, course_code: str, course_name: str, months: int,
             trainer: str, issued: date, renews: str, language: str, row_id: str | None = None) -> str:
    """Sign and record one certificate in the caller's transaction; returns its row id."""
    if signing.SEPARATOR in person.name:
        raise ValidationError("bad_name", QT_TRANSLATE_NOOP("Errors", "A name may not contain '|'."))
    row_id = row_id or new_id()
    fields = signing.CertificateFields(_serial(row_id), person.name, course_code, issued.isoformat(),
                                       add_months(issued, months).isoformat())
    code = signer.sign(fields)
    journal.create(Certificate, {
        "serial": fields.serial, "person_id": person.id, "holder_name": person.name,
        "course_code": fields.course_code, "course_name": course_name, "issued": fields.issued,
        "expires": fields.expires, "trainer": trainer, "language": language,
        "revoked": False, "revoked_reason": "", "renews": renews, "code": code}, row_id=row_id)
    journal.audit("certificate.issue", "certificate", row_id, fields.course_code)
    return row_id


def _by_serial(session, serial: str) -> Certificate:
    cert = session.execute(select(Certificate).where(Certificate.serial == serial.strip().upper(),
                                                     Certificate.deleted.is_(False))).scalars().first()
    if cert is None:
        raise NotFound("no_certificate", QT_TRANSLATE_NOOP("Errors", "No certificate with serial {serial}."),
                       serial=serial)
    return cert


def revoke(ws: Workspace, serial: str, reason: str) -> Certificate:
    ws.require(Role.TRAINER, Role.COORDINATOR)
    if not reason.strip():
        raise ValidationError("no_reason", QT_TRANSLATE_NOOP("Errors", "Say why the certificate is revoked."))
    with ws.writing() as journal:
        cert = _by_serial(journal.session, serial)
        journal.update(Certificate, cert.id, {"revoked": True, "revoked_reason": reason.strip()})
        journal.audit("certificate.revoke", "certificate", cert.id, "")
        return journal.session.get(Certificate, cert.id)


def certificate_pdf(ws: Workspace, serials: list[str], progress=None) -> bytes:
    with ws.db.session() as session:
        wanted = [s.strip().upper() for s in serials]
        found = {}
        for start in range(0, len(wanted), 500):
            chunk = wanted[start:start + 500]
            found.update({c.serial: c for c in session.execute(select(Certificate).where(
                Certificate.serial.in_(chunk), Certificate.deleted.is_(False))).scalars()})
        missing = [s for s in wanted if s not in found]
        if missing:
            raise NotFound("no_certificate", QT_TRANSLATE_NOOP("Errors", "No certificate with serial {serial}."),
                           serial=missing[0])
        certs = [found[s] for s in wanted]
        event = current_event(session)
        keys = {signing.key_id(k.public_key): k for k in session.execute(select(OrganisationKey)).scalars()}
    data = []
    for cert in certs:
        key = keys.get(signing.parse_code(cert.code).key_id)
        data.append(CertificateData(cert.holder_name, cert.course_name, cert.course_code, cert.issued, cert.expires,
                                    cert.trainer, cert.serial, cert.code, key.fingerprint if key else "",
                                    f"{key.name if key else ''} · {event.name}", cert.language or event.language))
    # QR encoding (done in helper processes) is the slow part: one helper per core, the drawing here.
    return render_certificates(data, workers=min(3, (os.cpu_count() or 1) + 1), progress=progress).pdf


# -- verify -------------------------------------------------------------------------------
def verify(code: str, *, db: Database | None = None, extra_keys: list[tuple[str, str]] = (),
           today: date | None = None, root_fingerprints: list[str] = ()) -> Verdict:
    """Offline verdict for a scanned or typed code, against the root keys this laptop knows (the
    event file's, any ``(name, public key)`` given, or the root a CKC2 code carries when its
    fingerprint is one of ``root_fingerprints``), and the revocations known locally."""
    known: dict[str, str] = {pk: name for name, pk in extra_keys}
    revoked: dict[str, str] = {}
    key_revocations: dict[bytes, object] = {}
    if db is not None:
        with db.session() as session:
            for key in session.execute(select(OrganisationKey).where(OrganisationKey.deleted.is_(False))).scalars():
                known.setdefault(key.public_key, key.name)
            key_revocations = issuing_keys.revoked_issuing_keys(session)
    wanted = {f.replace("-", "").strip().upper() for f in root_fingerprints}
    try:
        parsed = signing.parse_code(code)
        if parsed.root_key and signing.fingerprint(parsed.root_key).replace("-", "") in wanted:
            known.setdefault(parsed.root_key, "")
        fields, public_key = signing.verify_parsed(parsed, list(known))
    except signing.CodeError as error:
        return Verdict(FORGED, error.reason, _FORGED_WHY[error.reason])
    issuer, key_print = known[public_key], signing.fingerprint(public_key)
    delegation = parsed.delegation
    revoked_key = key_revocations.get(delegation.issuing_key) if delegation else None
    if revoked_key is not None and fields.issued >= revoked_key.revoked_at[:10]:
        return Verdict(REVOKED, "issuing_key_revoked", QT_TRANSLATE_NOOP(
            "Verify", "Revoked: signed by issuing key {detail} on or after its revocation."), fields, issuer, key_print,
            revoked_key.revoked_reason, revoked_key.fingerprint, revoked_key.revoked_at[:10])
    if db is not None:
        with db.session() as session:
            for cert in session.execute(select(Certificate).where(Certificate.serial == fields.serial,
                                                                  Certificate.revoked.is_(True))).scalars():
                revoked[cert.serial] = cert.revoked_reason
    if fields.serial in revoked:
        return Verdict(REVOKED, "revoked", QT_TRANSLATE_NOOP("Verify", "Revoked: {detail}"), fields, issuer, key_print,
                       revoked[fields.serial])
    if fields.expires < (today or date.today()).isoformat():
        return Verdict(EXPIRED, EXPIRED, QT_TRANSLATE_NOOP("Verify", "Genuine, but expired on {expires}."),
                       fields, issuer, key_print)
    return Verdict(VALID, VALID, QT_TRANSLATE_NOOP("Verify", "Valid until {expires}."), fields, issuer, key_print)
