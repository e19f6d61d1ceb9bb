"""Correcting mistakes at the desk: edit a person, annul a check-in made by mistake.

Edits go through the journal like every write (who, when, which laptop, the old value kept in
the revision history). An annulment is a new fact with a reason; the check-in itself stays, so
an annulment made by mistake is undone by checking the person in again.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import select

from carekit.domain.desk_tables import CheckInAnnulment
from carekit.domain.enums import Category, JobType, Role
from carekit.domain.limits import control_character, max_chars, too_long
from carekit.domain.names import clean_name, romanise
from carekit.domain.phones import PhoneError, normalise_phone
from carekit.domain.tables import CheckIn, Consent, Person, Registration
from carekit.i18n import QT_TRANSLATE_NOOP, translate
from carekit.services.errors import NotFound, PermissionDenied, ValidationError, phone_error
from carekit.services.events import current_event
from carekit.services.people import get_person
from carekit.services.workspace import Workspace

EDITABLE = ("name", "phone", "staff_id", "employer", "job", "city", "language", "category")
DESK_ROLES = (Role.DESK, Role.COORDINATOR)

FIELD_NAMES = {
    "name": QT_TRANSLATE_NOOP("Errors", "name"), "phone": QT_TRANSLATE_NOOP("Errors", "phone"),
    "staff_id": QT_TRANSLATE_NOOP("Errors", "staff id"), "employer": QT_TRANSLATE_NOOP("Errors", "employer"),
    "job": QT_TRANSLATE_NOOP("Errors", "job"), "city": QT_TRANSLATE_NOOP("Errors", "city"),
    "language": QT_TRANSLATE_NOOP("Errors", "language"), "category": QT_TRANSLATE_NOOP("Errors", "category"),
}


@dataclass(frozen=True)
class CheckInLine:
    id: str
    at: str
    desk: str
    point: str
    annulled_reason: str = ""  # non-empty: annulled

    @property
    def annulled(self) -> bool:
        return bool(self.annulled_reason)


@dataclass(frozen=True)
class ConsentLine:
    kind: str
    notice_version: str
    given_at: str
    withdrawn_at: str


@dataclass(frozen=True)
class PersonCard:
    """What the desk shows when a volunteer opens a person."""
    person_id: str
    fields: dict[str, str]
    registration_id: str
    serial: str
    token: str
    check_ins: list[CheckInLine]
    consents: list[ConsentLine]
    possible_duplicate_of: str = ""


def check_length(field: str, value: str) -> None:
    """The same bounds for a walk-in, an edit and a roster line: a length, and no control characters."""
    if too_long(field, value):
        raise ValidationError("too_long", QT_TRANSLATE_NOOP(
            "Errors", "The {field} is {length} characters long; at most {limit} fit."),
            field=translate("Errors", FIELD_NAMES.get(field, field)), length=len(value), limit=max_chars(field), key=field)
    code = control_character(value)
    if code:
        raise ValidationError("control_character", QT_TRANSLATE_NOOP(
            "Errors", "The {field} holds a control character ({code}); remove it and save again."),
            field=translate("Errors", FIELD_NAMES.get(field, field)), code=code, key=field)


def person_card(ws: Workspace, person_id: str) -> PersonCard:
    with ws.db.session() as session:
        person = get_person(session, person_id)
        registration = session.exec(select(Registration).where(
            Registration.person_id == person_id, Registration.deleted == False)).first()  # noqa: E712
        lines: list[CheckInLine] = []
        if registration is not None:
            reasons = dict(session.exec(select(CheckInAnnulment.checkin_id, CheckInAnnulment.reason).where(
                CheckInAnnulment.registration_id == registration.id)).all())
            lines = [CheckInLine(c.id, c.at, c.desk, c.point, reasons.get(c.id, ""))
                     for c in session.exec(select(CheckIn).where(CheckIn.registration_id == registration.id)
                                           .order_by(CheckIn.hlc))]
        consents = [ConsentLine(c.kind, c.notice_version, c.given_at, c.withdrawn_at) for c in session.exec(
            select(Consent).where(Consent.person_id == person_id, Consent.deleted == False)  # noqa: E712
            .order_by(Consent.hlc))]
        return PersonCard(person.id, {f: getattr(person, f) for f in EDITABLE}, registration.id if registration else "",
                          registration.serial if registration else "", registration.token if registration else "",
                          lines, consents, person.possible_duplicate_of)


def _cleaned(field: str, value: str, region: str) -> str:
    value = value or ""
    check_length(field, value)
    if field == "name":
        value = clean_name(value)
        if not value:
            raise ValidationError("no_name", QT_TRANSLATE_NOOP("Errors", "Write the person's name."))
    elif field == "phone":
        try:
            value = normalise_phone(value, region)
        except PhoneError as error:
            raise phone_error(error, key="phone") from None
    elif field == "category" and value not in Category._value2member_map_:
        raise ValidationError("bad_category", QT_TRANSLATE_NOOP("Errors", "Choose a category."))
    elif field == "job" and value not in JobType._value2member_map_:
        raise ValidationError("bad_job", QT_TRANSLATE_NOOP("Errors", "Choose a job."))
    elif field in ("employer", "city"):
        value = clean_name(value)
    else:
        value = value.strip()
    return value


def edit_person(ws: Workspace, person_id: str, changes: dict[str, str]) -> list[str]:
    """Desk volunteers and coordinators correct a person's details; returns the fields changed.
    A new name gets a new romanised name; the search index follows."""
    ws.require(*DESK_ROLES)
    unknown = set(changes) - set(EDITABLE)
    if unknown:
        raise ValidationError("bad_field", QT_TRANSLATE_NOOP("Errors", "'{field}' cannot be edited here."),
                              field=", ".join(sorted(unknown)))
    with ws.writing() as journal:
        region = current_event(journal.session).default_region
        person = get_person(journal.session, person_id)
        if person.merged_into:
            raise ValidationError("merged", QT_TRANSLATE_NOOP(
                "Errors", "{name} was merged into another record; edit that one."), name=person.name)
        fields = {f: _cleaned(f, v, region) for f, v in changes.items()}
        if "name" in fields and fields["name"] != person.name:
            fields["romanised"] = romanise(fields["name"])
        changed = journal.update(Person, person_id, fields)
        if changed:
            journal.audit("person.edit", "person", person_id, ",".join(sorted(changed)))
    return sorted(changed)


def annul_check_in(ws: Workspace, checkin_id: str, reason: str) -> str:
    """A check-in made by mistake (wrong person selected, a badge scanned for a friend) is
    annulled with a reason; counts and lists leave it out from then on."""
    ws.require(*DESK_ROLES)
    if not ws.operator_id:
        raise PermissionDenied("forbidden", QT_TRANSLATE_NOOP("Errors", "Sign in first."))
    reason = clean_name(reason)
    if not reason:
        raise ValidationError("no_reason", QT_TRANSLATE_NOOP("Errors", "Say why the check-in is annulled."))
    check_length("reason", reason)
    with ws.writing() as journal:
        session = journal.session
        checkin = session.get(CheckIn, checkin_id)
        if checkin is None:
            raise NotFound("no_checkin", QT_TRANSLATE_NOOP("Errors", "No such check-in."))
        if session.exec(select(CheckInAnnulment).where(CheckInAnnulment.checkin_id == checkin_id)).first():
            raise ValidationError("already_annulled", QT_TRANSLATE_NOOP(
                "Errors", "This check-in was annulled already."))
        from carekit.services.checkin import _event_now
        annulment_id = journal.add_fact(CheckInAnnulment, {
            "checkin_id": checkin_id, "registration_id": checkin.registration_id, "reason": reason,
            "at": _event_now(current_event(session).timezone)})
        journal.audit("checkin.annul", "checkin", checkin_id, "")
    return annulment_id
