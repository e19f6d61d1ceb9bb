"""Finding people at the desk: the same results for the table, the CLI and scripts."""

from __future__ import annotations

from dataclasses import asdict, dataclass

from sqlalchemy import func, select

from carekit.domain.tables import CheckIn, Person, Registration
from carekit.services.workspace import Workspace
from carekit.store import search_index


@dataclass(frozen=True)
class Match:
    person_id: str
    name: str
    romanised: str
    phone: str
    staff_id: str
    category: str
    registration_id: str
    badge_serial: str
    badge_token: str
    checked_in_at: str = ""
    possible_duplicate_of: str = ""

    def as_dict(self) -> dict:
        return asdict(self)


def search_people(ws: Workspace, query: str, limit: int = 50) -> list[Match]:
    with ws.db.session() as session:
        ids = search_index.search(session, query, limit)
        return people_by_ids(session, ids)


def people_by_ids(session, ids: list[str]) -> list[Match]:
    """Rows in the order of ``ids``, with the first registration and first check-in time."""
    if not ids:
        return []
    first_checkin = (select(CheckIn.registration_id, func.min(CheckIn.at).label("at"))
                     .group_by(CheckIn.registration_id).subquery())
    rows = session.execute(
        select(Person.id, Person.name, Person.romanised, Person.phone, Person.staff_id, Person.category,
               Registration.id, Registration.serial, Registration.token, first_checkin.c.at,
               Person.possible_duplicate_of)
        .outerjoin(Registration, (Registration.person_id == Person.id) & (Registration.deleted == False))  # noqa: E712
        .outerjoin(first_checkin, first_checkin.c.registration_id == Registration.id)
        .where(Person.id.in_(ids), Person.deleted == False)).all()  # noqa: E712
    by_id: dict[str, Match] = {}
    for row in rows:
        by_id.setdefault(row[0], Match(*(value or "" for value in row)))
    return [by_id[i] for i in ids if i in by_id]


def browse_people(ws: Workspace, offset: int, limit: int = 200) -> list[Match]:
    """Everyone, a page at a time, newest registration first (the table fetches more on scroll)."""
    with ws.db.session() as session:
        ids = list(session.execute(select(Person.id).where(Person.deleted == False)  # noqa: E712
                                   .order_by(Person.id.desc()).offset(offset).limit(limit)).scalars())
        return people_by_ids(session, ids)


def count_people(ws: Workspace) -> int:
    with ws.db.session() as session:
        return session.execute(select(func.count()).select_from(Person).where(Person.deleted == False)).scalar()  # noqa: E712
