"""Possible duplicates: two person ids with the same phone or staff id, typically two offline
desks registering one worker. Found from the synced rows (so every laptop sees the same list),
never merged automatically: a coordinator merges them or keeps them apart, and both choices sync.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlmodel import Session

from carekit.domain.enums import Role
from carekit.domain.sync_tables import DuplicateDecision
from carekit.domain.tables import Person
from carekit.services.workspace import Workspace
from carekit.store.queries import people as queries

_NAMESPACE = uuid.UUID("6f1c3c2e-5a4b-4d8e-9b9a-3c1f0e2d7a11")


@dataclass(frozen=True)
class DuplicatePair:
    person_a: str
    person_b: str
    key: str  # "phone" or "staff_id"
    name_a: str = ""
    name_b: str = ""
    value: str = ""  # the shared phone or staff id


def decision_id(a: str, b: str) -> str:
    first, second = sorted((a, b))
    return str(uuid.uuid5(_NAMESPACE, f"{first}|{second}"))


def pairs(session: Session, only: set[str] | None = None) -> list[tuple[str, str, str]]:
    con = session.connection()
    apart = queries.people_apart(con)
    # Relatives usually share the worker's phone: one family sharing a number is not a duplicate.
    from carekit.services.family import family_of
    family = family_of(session)
    found = {}
    for key in ("phone", "staff_id"):
        for a, b, k in queries.people_sharing(con, key):
            if key == "phone" and family.get(a, a) == family.get(b, b):
                continue
            if (a, b) not in apart and (only is None or a in only or b in only):
                found.setdefault((a, b), k)
    return sorted((a, b, k) for (a, b), k in found.items())


def find_duplicates(ws: Workspace) -> list[DuplicatePair]:
    with ws.db.session() as session:
        result = []
        for a, b, key in pairs(session):
            pa, pb = session.get(Person, a), session.get(Person, b)
            result.append(DuplicatePair(a, b, key, pa.name, pb.name, getattr(pa, key)))
        return result


def keep_apart(ws: Workspace, a: str, b: str) -> None:
    ws.require(Role.COORDINATOR)
    first, second = sorted((a, b))
    row_id = decision_id(first, second)
    with ws.writing() as journal:
        if journal.session.get(DuplicateDecision, row_id) is None:
            journal.create(DuplicateDecision, {"person_a": first, "person_b": second, "decision": "apart"}, row_id=row_id)
        else:
            journal.update(DuplicateDecision, row_id, {"decision": "apart", "deleted": False})
        journal.audit("person.keep_apart", "person", first, f"other={second}")


def merge_people(ws: Workspace, winner_id: str, loser_id: str) -> str:
    """The loser's registrations (and so check-ins) and consents move to the winner; undoable
    (see carekit.services.merges)."""
    from carekit.services import merges
    return merges.merge_people(ws, winner_id, loser_id)
