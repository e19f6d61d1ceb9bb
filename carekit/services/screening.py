"""Health screening at the stations: find the person by badge, record a station's values.

Only medics and coordinators call these (``ws.require``), whatever the UI shows, and only on a
laptop unlocked with the health passphrase: values, flags and referrals are sealed to the event's
health key (``carekit.domain.sealed``). Nothing is saved without health consent; records are
insert-only and a correction supersedes; flags that name a destination open a referral unless
one is already open there for the person.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from carekit.domain.zones import zone

from sqlmodel import Session, select

from carekit.domain import screening as rules
from carekit.domain.enums import ConsentKind, Role
from carekit.domain.screening_tables import EventSettings, Referral, ScreeningRecord
from carekit.domain.ids import new_id
from carekit.domain.tables import Device, Registration
from carekit.i18n import QT_TRANSLATE_NOOP
from carekit.security.tokens import TokenError
from carekit.services.badge_keys import verify_scan
from carekit.services.consent import ConsentState, health_visibility, state_in
from carekit.services.errors import NotFound, PermissionDenied, ValidationError
from carekit.services.events import current_event
from carekit.services.health_key import HEALTH_ROLES, open_field, opened_key, seal_fields
from carekit.security.sealing import HealthKey
from carekit.services.people import get_person
from carekit.services.workspace import Workspace

# Field names as a person reads them (the UI labels its inputs with the same words).
FIELD_LABELS = {
    "height_cm": QT_TRANSLATE_NOOP("Screening", "Height"),
    "weight_kg": QT_TRANSLATE_NOOP("Screening", "Weight"),
    "systolic_1": QT_TRANSLATE_NOOP("Screening", "Systolic, 1st reading"),
    "diastolic_1": QT_TRANSLATE_NOOP("Screening", "Diastolic, 1st reading"),
    "systolic_2": QT_TRANSLATE_NOOP("Screening", "Systolic, 2nd reading"),
    "diastolic_2": QT_TRANSLATE_NOOP("Screening", "Diastolic, 2nd reading"),
    "systolic_3": QT_TRANSLATE_NOOP("Screening", "Systolic, 3rd reading"),
    "diastolic_3": QT_TRANSLATE_NOOP("Screening", "Diastolic, 3rd reading"),
    "heart_rate": QT_TRANSLATE_NOOP("Screening", "Heart rate"),
    "glucose": QT_TRANSLATE_NOOP("Screening", "Glucose"),
    "glucose_unit": QT_TRANSLATE_NOOP("Screening", "Glucose unit"),
    "fasting": QT_TRANSLATE_NOOP("Screening", "Fasting"),
    "vision_left": QT_TRANSLATE_NOOP("Screening", "Vision, left eye"),
    "vision_right": QT_TRANSLATE_NOOP("Screening", "Vision, right eye"),
    "phq2": QT_TRANSLATE_NOOP("Screening", "PHQ-2 score"),
    "gad2": QT_TRANSLATE_NOOP("Screening", "GAD-2 score"),
    "heat_stress": QT_TRANSLATE_NOOP("Screening", "Heat stress at work"),
    "back_pain": QT_TRANSLATE_NOOP("Screening", "Lower-back pain"),
    "injuries": QT_TRANSLATE_NOOP("Screening", "Injuries in the last year"),
}

_REFUSALS = {
    "missing": QT_TRANSLATE_NOOP("Errors", "{label} is missing."),
    "not_a_number": QT_TRANSLATE_NOOP("Errors", "{label}: '{text}' is not a number."),
    "out_of_range": QT_TRANSLATE_NOOP("Errors", "{label}: {text} is outside the plausible range {low}–{high} {unit}."),
    "bad_snellen": QT_TRANSLATE_NOOP("Errors", "{label}: '{text}' is not a Snellen fraction such as 6/6 or 20/40."),
    "bad_choice": QT_TRANSLATE_NOOP("Errors", "{label}: '{text}' is not one of the choices."),
    "pair_incomplete": QT_TRANSLATE_NOOP("Errors", "{label}: give both systolic and diastolic."),
}


@dataclass(frozen=True)
class StationPerson:
    person_id: str
    registration_id: str
    name: str
    romanised: str
    job: str
    serial: str
    health_consent: ConsentState
    age_band: str = ""
    language: str = ""  # the person's own, for the notice read to them ("" = the event's)


@dataclass(frozen=True)
class RecordView:
    id: str
    person_id: str
    station: str
    at: str
    values: dict
    flags: list[dict]
    supersedes: str = ""
    operator_id: str = ""


@dataclass(frozen=True)
class Saved:
    record: RecordView
    referral_ids: list[str] = field(default_factory=list)


def refusal(error: rules.ValueRefused) -> ValidationError:
    from carekit.i18n import translate
    return ValidationError(error.reason, _REFUSALS[error.reason], key=error.field,
                           label=translate("Screening", FIELD_LABELS.get(error.field, error.field)),
                           text=error.text, low=f"{error.low:g}", high=f"{error.high:g}", unit=error.unit)


def settings_in(session: Session) -> EventSettings:
    event = current_event(session)
    row = session.get(EventSettings, event.id)
    return row if row is not None and not row.deleted else EventSettings(id=event.id, event_id=event.id)


def screening_settings(ws: Workspace) -> EventSettings:
    with ws.db.session() as session:
        return settings_in(session)


def change_settings(ws: Workspace, *, idle_minutes: int | None = None, bmi_standard: str | None = None,
                    health_notice_version: str | None = None) -> None:
    """Coordinators only; the row's id is the event's id, so laptops converge on one row."""
    ws.require(Role.COORDINATOR)
    fields = {}
    if idle_minutes is not None:
        if not 1 <= idle_minutes <= 240:
            raise ValidationError("bad_idle", QT_TRANSLATE_NOOP(
                "Errors", "The idle lock is 1 to 240 minutes."))
        fields["idle_minutes"] = idle_minutes
    if bmi_standard is not None:
        if bmi_standard not in rules.BmiStandard._value2member_map_:
            raise ValidationError("bad_standard", QT_TRANSLATE_NOOP(
                "Errors", "'{value}' is not a BMI standard; use who or china."), value=bmi_standard)
        fields["bmi_standard"] = bmi_standard
    if health_notice_version is not None:
        fields["health_notice_version"] = health_notice_version.strip() or "1"
    with ws.writing() as journal:
        event = current_event(journal.session)
        if journal.session.get(EventSettings, event.id) is None:
            journal.create(EventSettings, {"idle_minutes": 5, "bmi_standard": "who",
                                           "health_notice_version": "1", **fields}, row_id=event.id)
        else:
            journal.update(EventSettings, event.id, fields)
        journal.audit("settings.update", "eventsettings", event.id, ",".join(sorted(fields)))


def find_badge(ws: Workspace, token: str) -> StationPerson:
    ws.require(*HEALTH_ROLES)
    with ws.db.session() as session:
        event = current_event(session)
        try:
            badge = verify_scan(session.connection().exec_driver_sql, event.id, event.badge_key, token)
        except TokenError as error:
            raise ValidationError(error.reason, QT_TRANSLATE_NOOP(
                "Errors", "This is not a valid badge of this event."))
        registration = session.get(Registration, badge.registration_id)
        if registration is None or registration.deleted:
            raise NotFound("pending_record", QT_TRANSLATE_NOOP(
                "Errors", "This badge is valid but its person has not reached this laptop yet. Sync first."))
        return station_person(session, registration)


def station_person(session: Session, registration: Registration) -> StationPerson:
    person = get_person(session, registration.person_id)
    return StationPerson(person.id, registration.id, person.name, person.romanised, person.job,
                         registration.serial, state_in(session, person.id, ConsentKind.HEALTH),
                         getattr(person, "age_band", "") or "", person.language or "")


def _now(timezone: str) -> str:
    return datetime.now(zone(timezone)).isoformat(timespec="seconds")


def open_values(key: HealthKey, row: ScreeningRecord) -> tuple[dict, list[dict]]:
    """A record's measured values and flags, opened."""
    measured = open_field(key, "screeningrecord", "measured", row.id, row.measured)
    flags = open_field(key, "screeningrecord", "flags", row.id, row.flags)
    return json.loads(measured or "{}"), json.loads(flags or "[]")


def _view(key: HealthKey, row: ScreeningRecord) -> RecordView:
    values, flags = open_values(key, row)
    return RecordView(row.id, row.person_id, row.station, row.at, values, flags, row.supersedes, row.operator_id)


def record_screening(ws: Workspace, person_id: str, station: str, raw: dict[str, str],
                     supersedes: str = "") -> Saved:
    """Validate, derive, flag and save one station's values for a person who gave health consent."""
    key = opened_key(ws)
    if station not in rules.Station._value2member_map_:
        raise ValidationError("bad_station", QT_TRANSLATE_NOOP("Errors", "'{station}' is not a station."),
                              station=station)
    with ws.writing() as journal:
        session = journal.session
        person = get_person(session, person_id)
        if not state_in(session, person_id, ConsentKind.HEALTH).given:
            raise PermissionDenied("no_health_consent", QT_TRANSLATE_NOOP(
                "Errors", "{name} has not given health consent: nothing was saved."), name=person.name)
        if supersedes:
            old = session.get(ScreeningRecord, supersedes)
            if old is None or old.person_id != person_id or old.station != station:
                raise NotFound("no_record", QT_TRANSLATE_NOOP(
                    "Errors", "The record to correct is not this person's {station} record."), station=station)
        try:
            measured = rules.measure(station, raw, settings_in(session).bmi_standard)
        except rules.ValueRefused as error:
            raise refusal(error) from None
        event = current_event(session)
        device = session.get(Device, journal.device_id)
        site_id = device.site_id if device is not None else ""
        record_id = new_id()
        fields = {"id": record_id, "person_id": person_id, "station": station, "site_id": site_id,
                  "at": _now(event.timezone), "supersedes": supersedes,
                  **seal_fields(key.public_key, "screeningrecord", record_id, {
                      "measured": json.dumps(measured.values, ensure_ascii=False, sort_keys=True),
                      "flags": json.dumps([f.as_dict() for f in measured.flags], ensure_ascii=False)})}
        journal.add_fact(ScreeningRecord, fields)
        referral_ids = _open_referrals(journal, key, person_id, record_id, site_id, measured.flags)
        journal.audit("screening.record", "screeningrecord", record_id,
                      f"station={station}" + (f" supersedes={supersedes}" if supersedes else ""))
        row = session.get(ScreeningRecord, record_id)
        return Saved(_view(key, row), referral_ids)


def open_referral(key: HealthKey, row: Referral) -> dict[str, str]:
    """A referral's sealed fields, opened: person_id, record_id, flag, destination, note."""
    return {name: open_field(key, "referral", name, row.id, getattr(row, name))
            for name in ("person_id", "record_id", "flag", "destination", "note")}


def _open_referrals(journal, key: HealthKey, person_id: str, record_id: str, site_id: str, flags) -> list[str]:
    """One open referral per destination; an urgent flag raises an open routine one to urgent.
    Who a referral is for is sealed, so every referral still open is opened to find this person's."""
    open_at = {}
    for row in journal.session.exec(select(Referral).where(
            Referral.status != "closed", Referral.deleted == False)):  # noqa: E712
        opened = open_referral(key, row)
        if opened["person_id"] == person_id:
            open_at[opened["destination"]] = (row.id, opened["flag"])
    made = []
    for flag in flags:
        if not flag.referral:
            continue
        current = open_at.get(str(flag.referral))
        if current is None:
            referral_id = new_id()
            made.append(journal.create(Referral, {
                "status": "open", "site_id": site_id,
                **seal_fields(key.public_key, "referral", referral_id, {
                    "person_id": person_id, "record_id": record_id, "flag": flag.code,
                    "destination": str(flag.referral), "note": ""})}, row_id=referral_id))
            open_at[str(flag.referral)] = (made[-1], flag.code)
        elif flag.urgent and rules.flag_priority(current[1]) != rules.URGENT:
            journal.update(Referral, current[0], seal_fields(key.public_key, "referral", current[0], {
                "flag": flag.code, "record_id": record_id}))
            journal.audit("referral.urgent", "referral", current[0], f"flag={flag.code}")
            open_at[str(flag.referral)] = (current[0], flag.code)
            made.append(current[0])
    if made:
        journal.audit_many("referral.open", "referral", ((rid, "") for rid in made))
    return made


def visible_records(session: Session, person_ids: list[str] | None = None, site_id: str = "",
                    current_only: bool = True) -> list[ScreeningRecord]:
    """Records readable now: health consent in force, not older than a withdrawal, and (by
    default) not superseded by a correction."""
    visible = health_visibility(session, person_ids)
    query = select(ScreeningRecord).order_by(ScreeningRecord.hlc)
    if person_ids is not None:
        query = query.where(ScreeningRecord.person_id.in_(person_ids))
    if site_id:
        query = query.where(ScreeningRecord.site_id == site_id)
    rows = [r for r in session.exec(query) if r.person_id in visible and r.hlc > visible[r.person_id]]
    if current_only:
        superseded = {r.supersedes for r in rows if r.supersedes}
        rows = [r for r in rows if r.id not in superseded]
    return rows


def person_records(ws: Workspace, person_id: str, history: bool = False) -> list[RecordView]:
    """The person's current record per station (or every record with ``history``)."""
    key = opened_key(ws)
    with ws.db.session() as session:
        get_person(session, person_id)
        views = [_view(key, r) for r in visible_records(session, [person_id], current_only=not history)]
    with ws.writing() as journal:  # reading someone's health values is itself audited
        journal.audit("screening.read", "person", person_id, f"records={len(views)}")
    return views


def correction_chain(ws: Workspace, record_id: str) -> list[RecordView]:
    """The record and every record it superseded, newest first."""
    key = opened_key(ws)
    with ws.db.session() as session:
        chain, current = [], session.get(ScreeningRecord, record_id)
        while current is not None:
            chain.append(_view(key, current))
            current = session.get(ScreeningRecord, current.supersedes) if current.supersedes else None
        visible = health_visibility(session, [chain[0].person_id]) if chain else {}
        if not chain or chain[0].person_id not in visible or \
                session.get(ScreeningRecord, chain[-1].id).hlc <= visible[chain[0].person_id]:
            raise NotFound("no_record", QT_TRANSLATE_NOOP("Errors", "No such screening record."))
        return chain
