"""Who is operating this laptop. Every write carries the operator's id."""

from __future__ import annotations

from sqlmodel import select

from carekit.domain.enums import Role
from carekit.domain.tables import Operator
from carekit.i18n import QT_TRANSLATE_NOOP
from carekit.services.errors import NotFound, ValidationError
from carekit.services.workspace import Workspace
from carekit.store.db import Database
from carekit.store.journal import read_local, write_local


def roles_of(operator: Operator) -> frozenset[Role]:
    return frozenset(Role(r) for r in operator.roles.split(",") if r in Role._value2member_map_)


def operator_names(db: Database) -> list[str]:
    with db.session() as session:
        return [o.name for o in session.exec(select(Operator).where(Operator.deleted == False)  # noqa: E712
                                             .order_by(Operator.name))]


def sign_in(db: Database, name: str = "") -> Workspace:
    """Name an operator of this event (empty: whoever used this laptop last)."""
    with db.session() as session:
        local = read_local(session)
        if name.strip():
            operator = session.exec(select(Operator).where(Operator.name == name.strip(),
                                                           Operator.deleted == False)).first()  # noqa: E712
            if operator is None:
                raise NotFound("no_operator", QT_TRANSLATE_NOOP(
                    "Errors", "No operator called {name} in this event."), name=name.strip())
        else:
            operator = session.get(Operator, local.get("operator_id", "")) if local.get("operator_id") else None
            if operator is None:
                return Workspace(db, "", "", frozenset())
        if local.get("operator_id") != operator.id:
            write_local(session, operator_id=operator.id)
            session.commit()
        return Workspace(db, operator.id, operator.name, roles_of(operator))


def add_operator(ws: Workspace, name: str, roles: list[Role]) -> str:
    ws.require(Role.COORDINATOR)
    if not name.strip():
        raise ValidationError("no_name", QT_TRANSLATE_NOOP("Errors", "The operator needs a name."))
    if name.strip() in operator_names(ws.db):
        raise ValidationError("operator_exists", QT_TRANSLATE_NOOP(
            "Errors", "There is already an operator called {name}."), name=name.strip())
    with ws.writing() as journal:
        operator_id = journal.create(Operator, {"name": name.strip(), "roles": ",".join(r.value for r in roles)})
        journal.audit("operator.create", "operator", operator_id, ",".join(r.value for r in roles))
    return operator_id
