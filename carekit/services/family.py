"""Travellers and their families: who comes to visit which worker, with what needs, and their status.

A traveller is a Person of category family with a badge (so the pick-up point scans them like
the desk does) plus a Traveller row with the same id. A worker's travellers are one party.
Identity numbers and medical notes are sealed to the event's health key when written (every laptop
holds the public half) and opened only for a coordinator on a laptop where the key is unlocked;
everyone else sees them masked, and the audit text names fields, never their values.
"""

from __future__ import annotations

import json
from datetime import datetime, timezone
from dataclasses import dataclass, field

from sqlmodel import Session, select

from carekit.domain import family as rules
from carekit.domain.enums import Category, Role
from carekit.domain.family_tables import Traveller, TravellerPrivate
from carekit.domain.names import clean_name
from carekit.domain.sealed import sealed_fields
from carekit.domain.phones import PhoneError, normalise_phone
from carekit.domain.tables import Operator, Person, Revision
from carekit.i18n import QT_TRANSLATE_NOOP
from carekit.services import health_key
from carekit.services.errors import NotFound, PermissionDenied, ValidationError, phone_error
from carekit.services.events import current_event
from carekit.services.people import PersonInput, register_people
from carekit.services.workspace import Workspace
from carekit.store.journal import now_iso
from carekit.store.queries import family as queries
from carekit.domain.clock import wall_ms_of

EDITORS = (Role.COORDINATOR,)
ARRIVALS = (Role.COORDINATOR, Role.DESK)  # the welcome desk marks arrivals and sees the board
PRIVATE_FIELDS = ("id_doc_type", "id_doc_number", "medical_note")
SEALED = tuple(f for f in PRIVATE_FIELDS if f in sealed_fields("travellerprivate"))
MASK = "••••••"  # the same for every number: a desk laptop holds only ciphertext, and shows that one exists

# How the private fields reach the reader (TravellerView.private):
PRIVATE_NONE = ""  # nothing recorded
PRIVATE_OPEN = "open"  # a coordinator on an unlocked laptop: in full
PRIVATE_LOCKED = "locked"  # a coordinator, but the health key is not unlocked here
PRIVATE_MASKED = "masked"  # any other role


@dataclass(frozen=True)
class TravellerInput:
    worker: str  # the worker's person id or staff id
    name: str
    relationship: str = rules.Relationship.OTHER.value
    age_band: str = rules.AgeBand.ADULT.value
    phone: str = ""  # as typed; empty means "reach them through the worker"
    language: str = ""  # default: the worker's language
    needs: tuple[str, ...] = ()
    romanised: str = ""
    id_doc_type: str = ""
    id_doc_number: str = ""
    medical_note: str = ""


@dataclass(frozen=True)
class TravellerView:
    person_id: str
    name: str
    romanised: str
    phone: str
    language: str
    worker_id: str
    worker_name: str
    worker_phone: str
    relationship: str
    age_band: str
    needs: list[str]
    status: str
    status_at: str
    id_doc_type: str = ""
    id_doc_number: str = ""  # masked unless the reader is a coordinator
    medical_note: str = ""  # empty unless the reader is a coordinator
    registration_token: str = ""
    private: str = PRIVATE_NONE  # see PRIVATE_OPEN, PRIVATE_LOCKED, PRIVATE_MASKED
    worker_staff_id: str = ""

    @property
    def contact_phone(self) -> str:
        return self.phone or self.worker_phone

    def as_dict(self) -> dict:
        return {k: getattr(self, k) for k in self.__dataclass_fields__} | {"contact_phone": self.contact_phone}


def mask(number: str) -> str:
    """Hidden whole: a sealed number gives nothing away, not even its length or last digits."""
    return MASK if number else ""


def sealed_private(session: Session, row_id: str, fields: dict) -> dict:
    """``fields`` as stored: the identity number and medical note sealed with the event's public
    health key (every laptop has it); empty values stay empty. No key yet: refused, naming why."""
    values = {k: v for k, v in fields.items() if k in SEALED and v}
    if not values:
        return dict(fields)
    public = health_key.public_key_in(session)
    return {**fields, **health_key.seal_fields(public, "travellerprivate", row_id, values)}


def private_key(ws: Workspace):
    """The opened health key when this reader may see private fields in full, else None."""
    if not ws.has(Role.COORDINATOR) or not health_key.is_unlocked(ws):
        return None
    return health_key.opened_key(ws)


def resolve_worker(session: Session, key: str) -> Person:
    """The worker a traveller visits, by person id or staff id; someone else is refused."""
    key = (key or "").strip()
    person = session.get(Person, key) if key else None
    if person is None and key:
        person = session.exec(select(Person).where(Person.staff_id == key, Person.deleted == False)).first()  # noqa: E712
    if person is not None and person.merged_into:
        person = session.get(Person, person.merged_into) or person  # merged away: their survivor's family
    if person is None or person.deleted:
        raise NotFound("no_worker", QT_TRANSLATE_NOOP("Errors", "No worker '{worker}' is registered."), worker=key)
    if person.category != Category.WORKER.value:
        raise ValidationError("not_a_worker", QT_TRANSLATE_NOOP(
            "Errors", "{name} is not a worker ({category}); a traveller visits a registered worker."),
            name=person.name, category=person.category)
    return person


def get_traveller(session: Session, person_id: str) -> Traveller:
    traveller = session.get(Traveller, (person_id or "").strip())
    if traveller is None or traveller.deleted:
        raise NotFound("no_traveller", QT_TRANSLATE_NOOP(
            "Errors", "'{person}' is not a traveller of this event."), person=person_id)
    return traveller


def validate(item: TravellerInput, region: str) -> tuple[str, list[str]]:
    """(normalised phone, needs) or a ValidationError naming the field."""
    if not clean_name(item.name):
        raise ValidationError("no_name", QT_TRANSLATE_NOOP("Errors", "Write the traveller's name."))
    if item.relationship not in rules.Relationship._value2member_map_:
        raise ValidationError("bad_relationship", QT_TRANSLATE_NOOP(
            "Errors", "'{value}' is not a relationship; use one of {choices}."),
            value=item.relationship, choices=", ".join(rules.Relationship))
    if item.age_band not in rules.AgeBand._value2member_map_:
        raise ValidationError("bad_age_band", QT_TRANSLATE_NOOP(
            "Errors", "'{value}' is not an age band; use one of {choices}."),
            value=item.age_band, choices=", ".join(rules.AgeBand))
    needs = rules.parse_needs(item.needs)
    unknown = rules.unknown_needs(needs)
    if unknown:
        raise ValidationError("bad_need", QT_TRANSLATE_NOOP(
            "Errors", "'{value}' is not a need; use {choices}."), value=", ".join(unknown),
            choices=", ".join(rules.Need))
    try:
        phone = normalise_phone(item.phone, region)
    except PhoneError as error:
        raise phone_error(error) from None
    return phone, needs


def party_has_adult(session: Session, worker_id: str) -> bool:
    """Whether the worker's family (travellers added to anyone merged into them too) has an adult."""
    bands = queries.party_age_bands(session.connection().exec_driver_sql, worker_id)
    return any(b in rules.ADULT_BANDS for b in bands)


def add_travellers(ws: Workspace, items: list[TravellerInput]) -> list[str]:
    """Register relatives (adults first within one call); all or none. Returns their person ids."""
    ws.require(*EDITORS)
    with ws.writing() as journal:
        session = journal.session
        event = current_event(session)
        adults: set[str] = set()
        prepared = []
        for item in items:
            worker = resolve_worker(session, item.worker)
            phone, needs = validate(item, event.default_region)
            if item.age_band in rules.ADULT_BANDS:
                adults.add(worker.id)
            elif worker.id not in adults and not party_has_adult(session, worker.id):
                raise ValidationError("no_adult", QT_TRANSLATE_NOOP(
                    "Errors", "{name} cannot travel without an adult: add an adult of {worker}'s family first."),
                    name=clean_name(item.name), worker=worker.name)
            prepared.append((item, worker, phone, needs))
        people = [PersonInput(name=item.name, romanised=item.romanised, phone=phone,
                              language=item.language or worker.language or event.language,
                              city="", category=Category.FAMILY.value) for item, worker, phone, _ in prepared]
        # A shared phone inside the family is expected: no duplicate flag, whatever the phone.
        registered = register_people(journal, event, people, source="family")
        ids = [r.person_id for r in registered]
        journal.create_many(Traveller, [
            {"worker_id": worker.id, "relationship": item.relationship, "age_band": item.age_band,
             "needs": ",".join(needs), "status": rules.STATUS_FLOW[0], "status_at": now_iso()}
            for item, worker, _phone, needs in prepared], ids)
        journal.create_many(TravellerPrivate, [
            sealed_private(session, pid, {f: getattr(item, f).strip() for f in PRIVATE_FIELDS})
            for pid, (item, *_rest) in zip(ids, prepared)], ids)
        journal.audit_many("traveller.add", "traveller", [
            (pid, "private=" + ",".join(f for f in PRIVATE_FIELDS if getattr(item, f).strip()))
            for pid, (item, *_rest) in zip(ids, prepared)])
    return ids


def add_traveller(ws: Workspace, item: TravellerInput) -> str:
    return add_travellers(ws, [item])[0]


def edit_traveller(ws: Workspace, person_id: str, **changes) -> dict:
    """Change relationship, age band, needs, language or the private fields; returns what changed."""
    ws.require(*EDITORS)
    key = private_key(ws)
    with ws.writing() as journal:
        session = journal.session
        traveller = get_traveller(session, person_id)
        public = {k: v for k, v in changes.items() if k in ("relationship", "age_band", "needs")}
        language = (changes.get("language") or "").strip()
        private = {k: (v or "").strip() for k, v in changes.items() if k in PRIVATE_FIELDS}
        if "needs" in public:
            needs = rules.parse_needs(public["needs"] if isinstance(public["needs"], (list, tuple))
                                      else [public["needs"]])
            if rules.unknown_needs(needs):
                raise ValidationError("bad_need", QT_TRANSLATE_NOOP(
                    "Errors", "'{value}' is not a need; use {choices}."),
                    value=", ".join(rules.unknown_needs(needs)), choices=", ".join(rules.Need))
            public["needs"] = ",".join(needs)
        check = TravellerInput(worker="", name="x", relationship=public.get("relationship", traveller.relationship),
                               age_band=public.get("age_band", traveller.age_band))
        validate(check, "CN")
        changed = journal.update(Traveller, traveller.id, public) if public else {}
        if language:
            changed |= journal.update(Person, traveller.id, {"language": language})
        stored = session.get(TravellerPrivate, traveller.id)
        if private and stored is not None:
            # Sealed twice, one value gives two texts: compare what they open to (when the key is
            # here), so an unchanged number writes nothing. Locked, every given value is written.
            held = {f: getattr(stored, f) for f in private}
            if key is not None:
                held = {f: health_key.open_field(key, "travellerprivate", f, traveller.id, v) if f in SEALED else v
                        for f, v in held.items()}
            private = {f: v for f, v in private.items() if held[f] != v}
        if private:
            sealed = sealed_private(session, traveller.id, private)
            if stored is None:
                journal.create(TravellerPrivate, sealed, row_id=traveller.id)
                changed |= private
            else:
                changed |= journal.update(TravellerPrivate, traveller.id, sealed)
        if changed:
            journal.audit("traveller.edit", "traveller", traveller.id, ",".join(sorted(changed)))
    return {k: ("•" if k in PRIVATE_FIELDS else v) for k, v in changed.items()}


def set_status(ws: Workspace, person_id: str, status: str) -> str:
    """Move a traveller along invited → … → home. The desk may only mark arrivals."""
    ws.require(*ARRIVALS)
    if status not in rules.STATUS_FLOW:
        raise ValidationError("bad_status", QT_TRANSLATE_NOOP(
            "Errors", "'{value}' is not a traveller status; use one of {choices}."),
            value=status, choices=" → ".join(rules.STATUS_FLOW))
    if status != "arrived" and not ws.has(Role.COORDINATOR):
        raise PermissionDenied("forbidden", QT_TRANSLATE_NOOP(
            "Errors", "{operator} may only mark travellers arrived; other changes need a coordinator."),
            operator=ws.operator_name or "?")
    with ws.writing() as journal:
        return advance(journal, get_traveller(journal.session, person_id), status)


def advance(journal, traveller: Traveller, status: str) -> str:
    """Write the new status in the caller's transaction; a step back is refused, the same is a no-op."""
    if not rules.is_forward(traveller.status, status):
        raise ValidationError("status_backwards", QT_TRANSLATE_NOOP(
            "Errors", "{person} is already {current}; a status does not go back to {status}."),
            person=traveller.id, current=traveller.status, status=status)
    if traveller.status != status:
        journal.update(Traveller, traveller.id, {"status": status, "status_at": now_iso()})
        journal.audit("traveller.status", "traveller", traveller.id, status)
    return status


@dataclass(frozen=True)
class StatusChange:
    status: str
    at: str
    operator: str


def status_history(ws: Workspace, person_id: str) -> list[StatusChange]:
    """Who moved the traveller to which status and when, oldest first, from the journal."""
    with ws.db.session() as session:
        get_traveller(session, person_id)
        names = dict(session.exec(select(Operator.id, Operator.name)).all())
        rows = session.exec(select(Revision.changes, Revision.operator_id, Revision.hlc).where(
            Revision.entity == "traveller", Revision.row_id == person_id).order_by(Revision.hlc)).all()
    history = []
    for changes, operator, stamp in rows:
        values = json.loads(changes)
        if "status" in values:
            # The stamp's wall clock is when it was written, on whichever laptop wrote it.
            at = datetime.fromtimestamp(wall_ms_of(stamp) / 1000, timezone.utc).astimezone().isoformat(
                timespec="seconds")
            history.append(StatusChange(values["status"], at, names.get(operator, operator)))
    return history


def _private(row_id: str, number: str, note: str, full: bool, key) -> tuple[str, str, str]:
    """(state, number, note) as this reader may see them."""
    if not (number or note):
        return PRIVATE_NONE, "", ""
    if not full:
        return PRIVATE_MASKED, mask(number), ""
    if key is None:
        return PRIVATE_LOCKED, mask(number), ""
    return (PRIVATE_OPEN, health_key.open_field(key, "travellerprivate", "id_doc_number", row_id, number),
            health_key.open_field(key, "travellerprivate", "medical_note", row_id, note))


def traveller_views(session: Session, *, full: bool, key=None, worker_id: str = "",
                    person_id: str = "") -> list[TravellerView]:
    """Travellers as rows (one worker's family, or one traveller, when given); ``full`` (a
    coordinator) with ``key`` (unlocked here) opens the private fields, ``full`` alone says they
    are locked, neither masks them."""
    rows = queries.traveller_rows(session.connection().exec_driver_sql, worker_id=worker_id, person_id=person_id)
    views = []
    for r in rows:
        state, number, note = _private(r[0], r[14] or "", r[15] or "", full, key)
        views.append(TravellerView(
            r[0], r[1], r[2], r[3], r[4], r[5], r[6] or "", r[7] or "", r[8], r[9],
            [n for n in (r[10] or "").split(",") if n], r[11], r[12], r[13] or "",
            number, note, r[16] or "", state, r[17] or ""))
    return views


def list_travellers(ws: Workspace, worker: str = "") -> list[TravellerView]:
    """Every traveller (or one worker's party); private fields in full only for coordinators."""
    ws.require(*ARRIVALS)
    full, key = ws.has(Role.COORDINATOR), private_key(ws)
    with ws.db.session() as session:
        if worker:
            return traveller_views(session, full=full, key=key, worker_id=resolve_worker(session, worker).id)
        return traveller_views(session, full=full, key=key)


def traveller(ws: Workspace, person_id: str) -> TravellerView:
    ws.require(*ARRIVALS)
    full, key = ws.has(Role.COORDINATOR), private_key(ws)
    with ws.db.session() as session:
        get_traveller(session, person_id)
        return traveller_views(session, full=full, key=key, person_id=person_id)[0]


@dataclass
class Party:
    worker_id: str
    worker_name: str
    worker_phone: str
    travellers: list[TravellerView] = field(default_factory=list)


def parties(ws: Workspace) -> list[Party]:
    """Travellers grouped by the worker they visit, in the worker's name order."""
    groups: dict[str, Party] = {}
    for view in list_travellers(ws):
        party = groups.setdefault(view.worker_id, Party(view.worker_id, view.worker_name, view.worker_phone))
        party.travellers.append(view)
    return list(groups.values())


def family_of(session: Session) -> dict[str, str]:
    """person id → the worker whose family they belong to (a worker belongs to their own)."""
    return queries.worker_of_travellers(session.connection().exec_driver_sql)
