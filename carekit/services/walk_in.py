"""A walk-in at the desk: a short form, consent, a badge token, checked in at once."""

from __future__ import annotations

from dataclasses import dataclass

from carekit.domain.enums import Category, CheckInPoint, JobType
from carekit.domain.names import clean_name
from carekit.domain.phones import PhoneError, normalise_phone
from carekit.i18n import QT_TRANSLATE_NOOP
from carekit.services.checkin import CheckInResult, record_check_in
from carekit.services.errors import ValidationError, phone_error
from carekit.services.events import current_event
from carekit.services.people import PersonInput, Registered, existing_people, register_people
from carekit.services.search import Match, people_by_ids
from carekit.services.workspace import Workspace
from carekit.store.journal import read_local
from carekit.domain.tables import Device

REGISTRATION_NOTICE_VERSION = "2026-1"


@dataclass(frozen=True)
class WalkIn:
    name: str
    phone: str = ""  # as typed; normalised with the event's region
    staff_id: str = ""
    employer: str = ""
    job: str = JobType.OTHER.value
    city: str = ""
    language: str = ""
    category: str = Category.WORKER.value
    consent_given: bool = False
    notice_version: str = REGISTRATION_NOTICE_VERSION
    notice_language: str = ""  # of the notice read, which may differ from the person's (a fallback)


@dataclass(frozen=True)
class WalkInResult:
    registered: Registered
    check_in: CheckInResult | None
    possible_duplicate_of: str


def validate(form: WalkIn, region: str) -> PersonInput:
    from carekit.services.corrections import check_length
    for key in ("name", "phone", "staff_id", "employer", "city"):
        check_length(key, getattr(form, key))
    if not clean_name(form.name):
        raise ValidationError("no_name", QT_TRANSLATE_NOOP("Errors", "Write the person's name."))
    if not form.consent_given:
        raise ValidationError("no_consent", QT_TRANSLATE_NOOP(
            "Errors", "Read the registration notice to the person and tick their consent first."))
    if form.category not in Category._value2member_map_:
        raise ValidationError("bad_category", QT_TRANSLATE_NOOP("Errors", "Choose a category."))
    if form.job not in JobType._value2member_map_:
        raise ValidationError("bad_job", QT_TRANSLATE_NOOP("Errors", "Choose a job."))
    try:
        phone = normalise_phone(form.phone, region)
    except PhoneError as error:
        raise phone_error(error, key="phone") from None
    return PersonInput(name=form.name, phone=phone, staff_id=form.staff_id, employer=form.employer,
                       job=form.job, city=form.city, language=form.language, category=form.category)


def register_walk_in(ws: Workspace, form: WalkIn, *, check_in: bool = True) -> WalkInResult:
    with ws.writing() as journal:
        session = journal.session
        event = current_event(session)
        person = validate(form, event.default_region)
        duplicate = existing_people(session, [person.phone], [person.staff_id]).match(person.cleaned())
        device = session.get(Device, read_local(session).get("device_id", ""))
        registered = register_people(journal, event, [person], source="walk-in",
                                     site_id=device.site_id if device else "", duplicates_of=[duplicate],
                                     consent_version=form.notice_version,
                                     consent_language=form.notice_language)[0]
        result = record_check_in(journal, event.timezone, registered.registration_id,
                                 CheckInPoint.ENTRANCE.value) if check_in else None
        journal.audit("walk_in", "person", registered.person_id, "duplicate" if duplicate else "")
    return WalkInResult(registered, result, duplicate)


def possible_duplicates(ws: Workspace, phone: str, staff_id: str) -> list[Match]:
    """People already registered with this phone or staff id, shown before a walk-in is saved so
    the volunteer can check that person in instead of registering them twice."""
    with ws.db.session() as session:
        region = current_event(session).default_region
        try:
            phone = normalise_phone(phone, region)
        except PhoneError:
            phone = ""
        staff_id = (staff_id or "").strip()
        if not phone and not staff_id:
            return []
        found = existing_people(session, [phone], [staff_id])
        ids = sorted(found.fields_by_id)  # everyone sharing the phone or the staff id
        return people_by_ids(session, ids)
