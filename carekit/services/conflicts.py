"""Conflicts: laptops wrote different values to one field without seeing each other's write.

Every current value (head) is kept; the one with the highest stamp is shown meanwhile (for a
forward-only field such as a referral's status, the one furthest along). A coordinator picks
one; the choice is an ordinary write naming every head it settles, so it syncs and closes the
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
from carekit.services.errors import NotFound, ValidationError
from carekit.services.workspace import Workspace
from carekit.store.queries import sync as queries
from carekit.domain.clock import device_of, wall_ms_of


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
    choices: tuple[Choice, ...]  # every current value of the field, newest first
    rule: str = ""  # "forward": a one-way field (e.g. a referral's status), listed for review
    sealed: bool = False  # a sealed field: values opened for an unlocked health role, else hidden


SEALED_VALUE = QT_TRANSLATE_NOOP("Conflicts", "(sealed health value)")


def _opener(ws: Workspace):
    """Opens sealed values for a health role on an unlocked laptop; hides them from anyone else.
    Two sealings of one text differ, so a conflict may turn out to hold the same text twice."""
    from carekit.i18n import translate
    from carekit.services import health_key
    key = None
    if ws.roles.intersection(health_key.HEALTH_ROLES) and health_key.is_unlocked(ws):
        key = health_key.opened_key(ws)

    def value_of(entity: str, field: str, row_id: str, value):
        if key is None or not isinstance(value, str):
            return translate("Conflicts", SEALED_VALUE)
        return health_key.open_field(key, entity, field, row_id, value)
    return value_of


def list_conflicts(ws: Workspace) -> list[ConflictView]:
    from carekit.domain.sealed import sealed_fields
    value_of = None
    with ws.db.session() as session:
        devices = {d.id: d.name for d in session.exec(select(Device))}
        views = []
        for conflict in session.exec(select(Conflict).order_by(Conflict.id)):
            values = json.loads(conflict.choices)
            row = session.get(synced_tables()[conflict.entity], conflict.row_id)
            current = json.loads(row.clocks).get(conflict.field, "") if row else ""
            label = row.name if isinstance(row, Person) else getattr(row, "name", "") or conflict.row_id
            sealed = conflict.field in sealed_fields(conflict.entity)
            if sealed:
                value_of = value_of or _opener(ws)
                values = {s: value_of(conflict.entity, conflict.field, conflict.row_id, v) for s, v in values.items()}
            choices = tuple(Choice(s, values[s], devices.get(device_of(s), device_of(s)[:8]), wall_ms_of(s),
                                   s == current) for s in sorted(values, reverse=True))
            views.append(ConflictView(conflict.id, conflict.entity, conflict.row_id, conflict.field, label, choices,
                                      conflict.rule, sealed))
        return views


SIGNED_TOGETHER = ("score", "skills", "trainer_id", "assessed_at", "signed_by", "signature")


def resolve(ws: Workspace, conflict_id: str, stamp: str) -> None:
    """Keep the value written at ``stamp``; a new write that names every head of the field."""
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
        heads = journal.field_heads(conflict.entity, conflict.row_id).get(conflict.field, {})
        if set(heads) != set(values):  # the merge keeps the list current; this guards a stale one
            raise ValidationError("stale_conflict", QT_TRANSLATE_NOOP(
                "Errors", "This conflict changed meanwhile; look at its values again."))
        fields, settles = {conflict.field: values[stamp]}, {conflict.field: sorted(heads)}
        if conflict.entity == "assessment" and conflict.field in SIGNED_TOGETHER:
            # A signature covers the whole attempt: keep every signed field of the chosen write.
            every = journal.field_heads(conflict.entity, conflict.row_id)
            for name in SIGNED_TOGETHER:
                if stamp in every.get(name, {}):
                    fields[name] = every[name][stamp]
                    settles[name] = sorted(every[name])
        journal.update(cls, conflict.row_id, fields, meta={"resolves": settles})
        journal.audit("conflict.resolve", conflict.entity, conflict.row_id, conflict.field)


def open_conflict_count(ws: Workspace) -> int:
    with ws.db.session() as session:
        return queries.conflict_count(session.connection())
