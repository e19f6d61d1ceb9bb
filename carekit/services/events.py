"""Events, sites and this laptop's identity in them."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from zoneinfo import ZoneInfoNotFoundError

import phonenumbers
from sqlmodel import Session, select

from carekit.domain.enums import Role
from carekit.domain.tables import Device, Event, Operator, Site
from carekit.domain.zones import zone
from carekit.i18n import QT_TRANSLATE_NOOP
from carekit.security.pins import MAX_LENGTH, MIN_LENGTH, hash_pin, valid_pin
from carekit.security import device_keys
from carekit.security.tokens import new_key
from carekit.services.errors import NotFound, ValidationError
from carekit.services.workspace import Workspace
from carekit.store.db import Database
from carekit.store.journal import read_local, write_local
from carekit.store.unit import device_id, writing
from carekit.sync.authority import save_chain


@dataclass(frozen=True)
class SiteInput:
    city: str
    venue: str = ""


def _check_event_fields(name: str, starts_on: str, ends_on: str, timezone: str, region: str) -> None:
    if not name.strip():
        raise ValidationError("no_name", QT_TRANSLATE_NOOP("Errors", "The event needs a name."))
    for value in (starts_on, ends_on):
        if value:
            try:
                dt.date.fromisoformat(value)
            except ValueError:
                raise ValidationError("bad_date", QT_TRANSLATE_NOOP(
                    "Errors", "'{value}' is not a date; write it as YYYY-MM-DD."), value=value) from None
    if starts_on and ends_on and ends_on < starts_on:
        raise ValidationError("dates_reversed", QT_TRANSLATE_NOOP(
            "Errors", "The event ends ({end}) before it starts ({start})."), start=starts_on, end=ends_on)
    try:
        zone(timezone)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValidationError("bad_timezone", QT_TRANSLATE_NOOP(
            "Errors", "'{zone}' is not a time zone; use a name such as Asia/Shanghai."), zone=timezone) from None
    if region not in phonenumbers.SUPPORTED_REGIONS:
        raise ValidationError("bad_region", QT_TRANSLATE_NOOP(
            "Errors", "'{region}' is not a phone region; use a code such as CN or BR."), region=region)


def create_event(db: Database, *, name: str, sites: list[SiteInput], operator_name: str,
                 starts_on: str = "", ends_on: str = "", timezone: str = "Asia/Shanghai",
                 default_region: str = "CN", language: str = "zh_CN",
                 device_name: str = "", pin: str = "", health_passphrase: str = "") -> Workspace:
    """Make the event in an empty file; its creator becomes the first coordinator (with ``pin``).
    With ``health_passphrase`` the event gets its health key now, unlocked on this laptop."""
    from carekit.services import health_key
    _check_event_fields(name, starts_on, ends_on, timezone, default_region)
    if not sites or not all(s.city.strip() for s in sites):
        raise ValidationError("no_site", QT_TRANSLATE_NOOP("Errors", "Every site needs a city."))
    if not operator_name.strip():
        raise ValidationError("no_operator", QT_TRANSLATE_NOOP("Errors", "Say who is creating the event."))
    if health_passphrase:
        health_key.check_passphrase(health_passphrase)
    if pin and not valid_pin(pin):
        raise ValidationError("bad_pin", QT_TRANSLATE_NOOP(
            "Errors", "A PIN is at least {low} digits (letters may be added), at most {high} characters."),
            low=MIN_LENGTH, high=MAX_LENGTH)
    with db.session() as session:
        if read_local(session).get("event_id"):
            raise ValidationError("has_event", QT_TRANSLATE_NOOP(
                "Errors", "{file} already holds an event; use another file."), file=db.path.name)
    device = device_id(db)
    with writing(db, operator_id="") as journal:
        event_id = journal.create(Event, {
            "name": name.strip(), "starts_on": starts_on, "ends_on": ends_on, "timezone": timezone,
            "default_region": default_region, "language": language,
            "badge_key": new_key(), "sync_key": new_key()})
        journal.event_id = event_id
        site_ids = journal.create_many(Site, [{"city": s.city.strip(), "venue": s.venue.strip()} for s in sites])
        operator_id = journal.create(Operator, {"name": operator_name.strip(), "roles": ",".join(r.value for r in Role)})
        if pin:
            from carekit.services.operators import store_pin_hash
            store_pin_hash(journal.session, operator_id, hash_pin(pin))
        journal.operator_id = operator_id
        # This laptop's key is the event's root: every capability chain starts from it.
        private = device_keys.new_private_key()
        public = device_keys.public_key_of(private)
        journal.create(Device, {"name": device_name or "desk 1", "site_id": site_ids[0], "public_key": public},
                       row_id=device)
        journal.audit("event.create", "event", event_id, f"sites={len(sites)}")
        key = health_key.install_new_key(journal.session, journal, health_passphrase) if health_passphrase else None
        write_local(journal.session, event_id=event_id, operator_id=operator_id, device_key=private, root_key=public)
        save_chain(journal.session, device, [])
    ws = Workspace(db, operator_id, operator_name.strip(), frozenset(Role))
    if key is not None:
        health_key.remember(ws, event_id, key)  # the creator just typed it
    return ws


def current_event(session: Session) -> Event:
    event_id = read_local(session).get("event_id")
    event = session.get(Event, event_id) if event_id else None
    if event is None:
        raise NotFound("no_event", QT_TRANSLATE_NOOP(
            "Errors", "This file holds no event yet. Create one, or join one from a setup file."))
    return event


def add_site(ws: Workspace, city: str, venue: str = "") -> str:
    ws.require(Role.COORDINATOR)
    if not city.strip():
        raise ValidationError("no_site", QT_TRANSLATE_NOOP("Errors", "Every site needs a city."))
    with ws.writing() as journal:
        site_id = journal.create(Site, {"city": city.strip(), "venue": venue.strip()})
        journal.audit("site.create", "site", site_id)
    return site_id


def sites(ws: Workspace) -> list[Site]:
    with ws.db.session() as session:
        return list(session.exec(select(Site).where(Site.deleted == False).order_by(Site.city)))  # noqa: E712


def this_device(ws: Workspace) -> Device:
    with ws.db.session() as session:
        device = session.get(Device, read_local(session)["device_id"])
        if device is None:
            raise NotFound("no_device", QT_TRANSLATE_NOOP("Errors", "This laptop is not part of the event yet."))
        return device


def set_device(ws: Workspace, *, name: str | None = None, site_id: str | None = None) -> None:
    """The desk name shows in "already checked in at 09:14, desk 2"; the site on badges."""
    fields = {k: v for k, v in (("name", name), ("site_id", site_id)) if v is not None}
    with ws.writing() as journal:
        if journal.update(Device, journal.device_id, fields):
            journal.audit("device.update", "device", journal.device_id, ",".join(fields))


def event_info(ws: Workspace) -> Event:
    with ws.db.session() as session:
        return current_event(session)
