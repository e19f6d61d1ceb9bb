"""Conflicts: two laptops wrote different values to one field from the same starting point.

Both values are kept; the one with the highest stamp is shown meanwhile. A coordinator picks
one; the choice is an ordinary write naming the stamps it resolves, so it syncs and closes the
conflict on every laptop.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlmodel import select

from carekit.domain.catalog import synced_tables
from carekit.domain.enums import Role
from carekit.domain.sync_tables import Conflict
from carekit.domain.tables import Device, Person
from carekit.i18n import QT_TRANSLATE_NOOP
from carekit.services.duplicates import reindex
from carekit.services.errors import NotFound, ValidationError
from carekit.services.workspace import Workspace
from carekit.sync.clock import device_of, wall_ms_of
from carekit.sync.merge import refresh_conflicts


@dataclass(frozen=True)
class Choice:
    stamp: str
    value: object
    device: str  # desk name of the laptop that wrote it
    wall_ms: int
    shown: bool  # the value the row shows now (highest stamp)


@dataclass(frozen=True)
class ConflictView:
    id: str
    entity: str
    row_id: str
    field: str
    label: str  # the person's name, or the row id for other tables
    choices: tuple[Choice, ...]


def list_conflicts(ws: Workspace) -> list[ConflictView]:
    with ws.db.session() as session:
        devices = {d.id: d.name for d in session.exec(select(Device))}
        views = []
        for conflict in session.exec(select(Conflict).order_by(Conflict.id)):
            values = json.loads(conflict.choices)
            row = session.get(synced_tables()[conflict.entity], conflict.row_id)
            current = json.loads(row.clocks).get(conflict.field, "") if row else ""
            label = row.name if isinstance(row, Person) else getattr(row, "name", "") or conflict.row_id
            choices = tuple(Choice(s, values[s], devices.get(device_of(s), device_of(s)[:8]), wall_ms_of(s),
                                   s == max(values)) for s in sorted(values, reverse=True))
            if current and current not in values:  # a later plain edit already replaced both
                choices = tuple(Choice(c.stamp, c.value, c.device, c.wall_ms, False) for c in choices)
            views.append(ConflictView(conflict.id, conflict.entity, conflict.row_id, conflict.field, label, choices))
        return views


def resolve(ws: Workspace, conflict_id: str, stamp: str) -> None:
    """Keep the value written at ``stamp``; a new write that names every stamp of the conflict."""
    ws.require(Role.COORDINATOR)
    with ws.writing() as journal:
        conflict = journal.session.get(Conflict, conflict_id)
        if conflict is None:
            raise NotFound("no_conflict", QT_TRANSLATE_NOOP(
                "Errors", "This conflict was already resolved (perhaps on another laptop)."))
        values = json.loads(conflict.choices)
        if stamp not in values:
            raise ValidationError("bad_choice", QT_TRANSLATE_NOOP("Errors", "Pick one of the values shown."))
        cls = synced_tables()[conflict.entity]
        if journal.session.get(cls, conflict.row_id) is None:
            raise NotFound("no_row", QT_TRANSLATE_NOOP(
                "Errors", "The record itself has not arrived yet; import the bundle that created it first."))
        journal.update(cls, conflict.row_id, {conflict.field: values[stamp]},
                       meta={"resolves": {conflict.field: sorted(values)}})
        journal.audit("conflict.resolve", conflict.entity, conflict.row_id, conflict.field)
        refresh_conflicts(journal.session, [(conflict.entity, conflict.row_id)])
        if conflict.entity == "person":
            reindex(journal.session, [conflict.row_id])


def open_conflict_count(ws: Workspace) -> int:
    with ws.db.session() as session:
        return session.connection().exec_driver_sql("SELECT count(*) FROM conflict").scalar()
