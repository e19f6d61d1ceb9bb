"""Finding people at the desk: the same results for the table, the CLI and scripts."""

from __future__ import annotations

from dataclasses import asdict, dataclass

from sqlalchemy import select

from carekit.domain.tables import Person
from carekit.services.workspace import Workspace
from carekit.store import search_index
from carekit.store.queries import people


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
        ids = survivors(session, search_index.search(session, query, limit))
        return people_by_ids(session, ids)


def survivors(session, ids: list[str]) -> list[str]:
    """Each id as the person it was merged into (if any), first occurrence kept: a merged-away
    person found by their own name is shown as the one the desk now checks in."""
    if not ids:
        return ids
    merged = people.merged_into_of(session.connection(), ids)
    return list(dict.fromkeys(merged.get(i, i) for i in ids))


def people_by_ids(session, ids: list[str]) -> list[Match]:
    """Rows in the order of ``ids``, with the first registration and first check-in time.

    Driver-level SQL with a correlated sub-select (``people.desk_rows``): this runs on every
    keystroke at the desk."""
    if not ids:
        return []
    by_id: dict[str, Match] = {}
    for row in people.desk_rows(session.connection(), ids):
        by_id.setdefault(row[0], Match(*(value or "" for value in row)))
    return [by_id[i] for i in ids if i in by_id]


def browse_people(ws: Workspace, offset: int, limit: int = 200) -> list[Match]:
    """Everyone, a page at a time, newest registration first (the table fetches more on scroll)."""
    with ws.db.session() as session:
        ids = list(session.execute(select(Person.id).where(Person.deleted == False)  # noqa: E712
                                   .order_by(Person.id.desc()).offset(offset).limit(limit)).scalars())
        return people_by_ids(session, ids)


def count_people(ws: Workspace) -> int:
    """Live people: those in the search index (not erased) who were not merged into another."""
    with ws.db.session() as session:
        return people.live_people_count(session.connection())
