"""The event's laptops as a coordinator manages them: which there are, and removing a lost one.

Removing a laptop is a tombstone on its Device row, written by a coordinator and synced like any
change. From the moment a laptop learns it, every bundle signed by the removed laptop, or
holding changes it made that are not merged yet, is refused; what it made before and was
merged stays.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import select

from carekit.domain.enums import Role
from carekit.domain.tables import Device
from carekit.i18n import QT_TRANSLATE_NOOP
from carekit.services.errors import NotFound, ValidationError
from carekit.services.workspace import Workspace
from carekit.store.journal import read_local
from carekit.sync import authority


@dataclass(frozen=True)
class Laptop:
    device_id: str
    name: str
    capabilities: frozenset[str]
    removed: bool
    is_me: bool


def list_laptops(ws: Workspace) -> list[Laptop]:
    ws.require(Role.COORDINATOR)
    with ws.db.session() as session:
        me = read_local(session).get("device_id", "")
        return [Laptop(d.id, d.name, authority.capabilities_of(session, d.id, d.public_key), d.deleted, d.id == me)
                for d in session.exec(select(Device).order_by(Device.name))]


def remove_laptop(ws: Workspace, name: str) -> str:
    """Coordinators only: the laptop named ``name`` (lost, stolen, or retired) leaves the event."""
    ws.require(Role.COORDINATOR)
    with ws.writing() as journal:
        found = journal.session.exec(select(Device).where(Device.name == name.strip(),
                                                          Device.deleted == False)).all()  # noqa: E712
        if not found:
            raise NotFound("no_laptop", QT_TRANSLATE_NOOP(
                "Errors", "No laptop called {name} in this event."), name=name.strip())
        if len(found) > 1:
            raise ValidationError("laptop_ambiguous", QT_TRANSLATE_NOOP(
                "Errors", "Several laptops are called {name}; rename one first."), name=name.strip())
        if found[0].id == journal.device_id:
            raise ValidationError("remove_self", QT_TRANSLATE_NOOP(
                "Errors", "A laptop cannot remove itself; remove it from another coordinator laptop."))
        journal.delete(Device, found[0].id)
        journal.audit("device.remove", "device", found[0].id)
        return found[0].id
