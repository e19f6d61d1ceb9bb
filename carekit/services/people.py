"""Registering people: from a roster in bulk, or one walk-in at the desk.

A person and their registration are created together; the registration carries the badge
serial and token. Possible duplicates (same phone or staff id) are flagged, never merged.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from itertools import repeat
from operator import attrgetter
from typing import Iterable

from sqlmodel import Session

from carekit.domain.enums import Category, ConsentKind, JobType
from carekit.domain.ids import new_ids
from carekit.domain.names import clean_name, romanise
from carekit.domain.tables import Consent, Event, Person, Registration
from carekit.i18n import QT_TRANSLATE_NOOP
from carekit.security.tokens import badge_serials, make_tokens
from carekit.services.errors import NotFound, ValidationError
from carekit.store.journal import Journal, now_iso
from carekit.store.queries import people as queries

PERSON_FIELDS = ("name", "romanised", "phone", "staff_id", "employer", "job", "city", "language", "category")


@dataclass(frozen=True)
class PersonInput:
    name: str
    phone: str = ""  # already E.164 (see carekit.domain.phones.normalise_phone)
    staff_id: str = ""
    employer: str = ""
    job: str = JobType.OTHER.value
    city: str = ""
    language: str = ""
    category: str = Category.WORKER.value
    romanised: str = ""

    def cleaned(self) -> "PersonInput":
        name = clean_name(self.name)
        return replace(self, name=name, staff_id=self.staff_id.strip(), employer=clean_name(self.employer),
                       city=clean_name(self.city), romanised=clean_name(self.romanised) or romanise(name))

    def fields(self) -> dict[str, str]:
        return {f: getattr(self, f) for f in PERSON_FIELDS}


@dataclass(frozen=True)
class Registered:
    person_id: str
    registration_id: str
    serial: str
    token: str
    possible_duplicate_of: str = ""


@dataclass
class ExistingIndex:
    """Who is already registered, by phone and by staff id, for duplicate flags at import."""
    by_phone: dict[str, str] = field(default_factory=dict)
    by_staff: dict[str, str] = field(default_factory=dict)
    fields_by_id: dict[str, dict[str, str]] = field(default_factory=dict)

    def match(self, person: PersonInput) -> str:
        return (person.staff_id and self.by_staff.get(person.staff_id.lower())) or \
            (person.phone and self.by_phone.get(person.phone)) or ""

    def add(self, person_id: str, person: PersonInput) -> None:
        if person.phone:
            self.by_phone.setdefault(person.phone, person_id)
        if person.staff_id:
            self.by_staff.setdefault(person.staff_id.lower(), person_id)
        self.fields_by_id[person_id] = person.fields()


def existing_people(session: Session, phones: Iterable[str] = (), staff_ids: Iterable[str] = ()) -> ExistingIndex:
    """Load only the people who share a phone or staff id with the incoming ones.

    Plain column tuples, not ORM objects: re-importing a 100 000-row roster matches everyone."""
    index = ExistingIndex()
    phones = sorted(p for p in set(phones) if p)
    staff = sorted(s for s in set(staff_ids) if s)
    con = session.connection().connection
    found: dict[str, tuple] = {}
    for column, values in (("phone", phones), ("staff_id", staff)):
        found.update((row[0], row) for row in queries.live_people_with(con, column, values, PERSON_FIELDS))
    for person_id in sorted(found):  # the oldest person wins a shared phone, as before
        row = found[person_id]
        index.add(person_id, PersonInput(**dict(zip(PERSON_FIELDS, row[1:]))))
    return index


def register_people(journal: Journal, event: Event, people: list[PersonInput], *, source: str,
                    site_id: str = "", duplicates_of: list[str] | None = None,
                    consent_version: str = "", consent_language: str = "") -> list[Registered]:
    """Bulk create people + registrations (+ registration consent) inside the caller's transaction.

    ``consent_language`` is the language of the notice that was read (default: each person's own)."""
    people = _cleaned(people)
    duplicates_of = duplicates_of or [""] * len(people)
    person_ids = new_ids(len(people))
    reg_ids = new_ids(len(people))
    fields = attrgetter(*PERSON_FIELDS)
    journal.create_columns(Person, (*PERSON_FIELDS, "possible_duplicate_of"),
                           [(*fields(p), dup) for p, dup in zip(people, duplicates_of)], person_ids)
    serials = badge_serials(reg_ids)
    tokens = make_tokens(event.id, event.badge_key, reg_ids)
    journal.create_columns(Registration, ("person_id", "site_id", "serial", "token", "source"),
                           list(zip(person_ids, repeat(site_id), serials, tokens, repeat(source))), reg_ids)
    if consent_version:
        given = now_iso()
        journal.create_many(Consent, [{"person_id": pid, "kind": ConsentKind.REGISTRATION.value,
                                       "notice_version": consent_version, "language": consent_language or p.language,
                                       "collected_by": journal.operator_id, "given_at": given}
                                      for pid, p in zip(person_ids, people)])
    # The journal already records who created each row, when and where; one audit line per batch.
    if len(person_ids) == 1:
        journal.audit("person.register", "person", person_ids[0], f"source={source}")
    else:
        journal.audit("people.register", "person", "", f"source={source} count={len(person_ids)}")
    return [Registered(pid, rid, serial, token, dup)
            for pid, rid, serial, token, dup in zip(person_ids, reg_ids, serials, tokens, duplicates_of)]


def _cleaned(people: list[PersonInput]) -> list[PersonInput]:
    """``PersonInput.cleaned`` of each, deriving each distinct name's romanised form once."""
    romanised: dict[str, str] = {}
    places: dict[str, str] = {}  # employers and cities: a roster has a handful of each
    out = []
    for person in people:
        name = clean_name(person.name)
        given = clean_name(person.romanised)
        if not given:
            given = romanised.get(name)
            if given is None:
                given = romanised[name] = romanise(name)
        employer, city = places.get(person.employer), places.get(person.city)
        if employer is None:
            employer = places[person.employer] = clean_name(person.employer)
        if city is None:
            city = places[person.city] = clean_name(person.city)
        out.append(PersonInput(name, person.phone, person.staff_id.strip(), employer,
                               person.job, city, person.language, person.category, given))
    return out


def get_person(session: Session, person_id: str) -> Person:
    person = session.get(Person, person_id)
    if person is None or person.deleted:
        raise NotFound("no_person", QT_TRANSLATE_NOOP("Errors", "No such person."))
    return person


def require_name(person: PersonInput) -> None:
    if not clean_name(person.name):
        raise ValidationError("no_name", QT_TRANSLATE_NOOP("Errors", "The name is missing."))
