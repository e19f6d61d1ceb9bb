"""Person merges that can be undone, and that resolve the same way on every laptop.

A merge is an insert-only fact ("A is B"); an unmerge is a fact naming the merge it undoes.
Laptops may merge crossed (A into B here, B into A there) or in chains; whatever set of merges a
laptop holds, each group of people joined by them has one survivor chosen from that set alone:
the one person nobody merged away, or, when the merges disagree (a circle, or two people nobody
merged away), the target of the newest merge among them. Everyone else in the group points at
the survivor (``Person.merged_into``, derived here and never written by hand), so no person
disappears, every badge finds a person, and groups whose merges disagree are listed for a
coordinator. A merge moves the absorbed person's registrations and consents (and so their
check-ins) to the person kept, and records which; an unmerge moves exactly those back.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlmodel import Session, select

from carekit.domain.enums import Role
from carekit.domain.groups import group_roots
from carekit.domain.sync_tables import PersonMerge
from carekit.domain.tables import Consent, Person, Registration
from carekit.i18n import QT_TRANSLATE_NOOP
from carekit.services.errors import NotFound, ValidationError
from carekit.services.people import get_person
from carekit.services.workspace import Workspace
from carekit.store import search_index
from carekit.store.journal import now_iso
from carekit.store.queries import people as queries
from carekit.domain.heads import field_heads


@dataclass(frozen=True)
class Edge:
    id: str  # the merge fact ("" for a merge recorded before merges were facts)
    absorbed: str
    into: str
    hlc: str


@dataclass(frozen=True)
class Groups:
    survivor: dict[str, str]  # every person in a group -> the group's survivor
    disputed: list[tuple[str, ...]]  # groups whose merges disagree, people sorted


def active_edges(session: Session) -> list[Edge]:
    con = session.connection()
    facts = queries.merge_facts(con)
    undone = {undoes for _, _, _, undoes, _ in facts if undoes}
    edges = [Edge(i, a, b, h) for i, a, b, undoes, h in facts if not undoes and i not in undone]
    # Merges from before merges were facts: the journalled merged_into of the person rows.
    legacy: dict[str, list] = {}
    for row_id, hlc, changes, parents in queries.legacy_merge_revisions(con):
        legacy.setdefault(row_id, []).append((hlc, json.loads(changes), json.loads(parents)))
    for row_id, revisions in legacy.items():
        heads = field_heads(revisions).get("merged_into", {})
        if heads:
            stamp = max(heads)
            if heads[stamp]:
                edges.append(Edge("", row_id, heads[stamp], stamp))
    return edges


def groups(edges: list[Edge]) -> Groups:
    root = group_roots((e.absorbed, e.into) for e in edges)
    members: dict[str, set[str]] = {}
    for person, key in root.items():
        members.setdefault(key, set()).add(person)
    by_group: dict[str, list[Edge]] = {}
    for e in edges:
        by_group.setdefault(root[e.absorbed], []).append(e)
    survivor, disputed = {}, []
    for root, people in members.items():
        group_edges = by_group.get(root, [])
        absorbed = [e.absorbed for e in group_edges]
        kept = sorted(people - set(absorbed))
        if len(kept) == 1:
            chosen = kept[0]
        else:
            candidates = set(kept) or people
            chosen = max((e for e in group_edges if e.into in candidates), key=lambda e: e.hlc).into
        if len(kept) != 1 or len(absorbed) != len(set(absorbed)):
            disputed.append(tuple(sorted(people)))
        for person in people:
            survivor[person] = chosen
    return Groups(survivor, sorted(disputed))


def settle(session: Session) -> list[str]:
    """Point everyone at their group's survivor; returns the people whose pointer changed."""
    found = groups(active_edges(session))
    con = session.connection()
    pointing = queries.merge_pointers(con)
    wanted = {p: s for p, s in found.survivor.items() if p != s}
    changed = []
    for person in sorted(set(pointing) | set(found.survivor)):
        target = wanted.get(person, "")
        current = pointing.get(person, "")
        if current != target:
            queries.set_merged_into(con, person, target)
            changed.append(person)
    search_index.wrote_people(session, changed)
    return changed


def survivor_of(session: Session, person_id: str) -> str:
    return queries.merged_into(session.connection(), person_id) or person_id


def merge_people(ws: Workspace, winner_id: str, loser_id: str) -> str:
    """Merge ``loser_id`` into ``winner_id`` (each taken as the survivor of their group); returns the merge id."""
    ws.require(Role.COORDINATOR)
    with ws.writing() as journal:
        session = journal.session
        get_person(session, winner_id), get_person(session, loser_id)
        winner, loser = survivor_of(session, winner_id), survivor_of(session, loser_id)
        if winner == loser:
            raise ValidationError("same_person", QT_TRANSLATE_NOOP(
                "Errors", "These two are already one person."))
        moved = {}
        for cls in (Registration, Consent):
            rows = session.exec(select(cls.id).where(cls.person_id == loser, cls.deleted == False)).all()  # noqa: E712
            for row_id in rows:
                journal.update(cls, row_id, {"person_id": winner})
            moved[cls.__tablename__] = sorted(rows)
        merge_id = journal.add_fact(PersonMerge, {"absorbed": loser, "kept": winner, "undoes": "",
                                                  "moved": json.dumps(moved, sort_keys=True), "at": now_iso()})
        journal.audit("person.merge", "person", winner, f"merged={loser} merge={merge_id}")
        settle(session)
        return merge_id


def unmerge(ws: Workspace, merge_id: str) -> None:
    """Undo one merge: both people are back, each with the registrations and consents it had."""
    ws.require(Role.COORDINATOR)
    with ws.writing() as journal:
        session = journal.session
        merge = session.get(PersonMerge, merge_id)
        if merge is None or merge.undoes:
            raise NotFound("no_merge", QT_TRANSLATE_NOOP("Errors", "No such merge."))
        if session.exec(select(PersonMerge.id).where(PersonMerge.undoes == merge_id)).first():
            raise ValidationError("already_undone", QT_TRANSLATE_NOOP(
                "Errors", "This merge was already undone (perhaps on another laptop)."))
        moved = json.loads(merge.moved)
        for cls in (Registration, Consent):
            for row_id in moved.get(cls.__tablename__, []):
                row = session.get(cls, row_id)
                if row is not None and row.person_id != merge.absorbed:
                    journal.update(cls, row_id, {"person_id": merge.absorbed})
        journal.add_fact(PersonMerge, {"absorbed": merge.absorbed, "kept": merge.kept, "undoes": merge_id,
                                       "moved": merge.moved, "at": now_iso()})
        journal.audit("person.unmerge", "person", merge.absorbed, f"from={merge.kept} merge={merge_id}")
        settle(session)


@dataclass(frozen=True)
class MergeView:
    id: str
    absorbed: str
    into: str
    absorbed_name: str
    into_name: str
    at: str


def last_merge(ws: Workspace) -> MergeView | None:
    """The newest merge still in force, the one the merge view offers to undo."""
    with ws.db.session() as session:
        edges = sorted((e for e in active_edges(session) if e.id), key=lambda e: e.hlc)
        if not edges:
            return None
        e = edges[-1]
        names = {p.id: p.name for p in session.exec(select(Person).where(Person.id.in_([e.absorbed, e.into])))}
        merge = session.get(PersonMerge, e.id)
        return MergeView(e.id, e.absorbed, e.into, names.get(e.absorbed, ""), names.get(e.into, ""), merge.at)


@dataclass(frozen=True)
class MergeCase:
    people: tuple[tuple[str, str], ...]  # (id, name), sorted by id
    survivor: str
    merges: tuple[MergeView, ...]


def merge_cases(ws: Workspace) -> list[MergeCase]:
    """Groups whose merges disagree (crossed, or one person merged into two): for a coordinator to check."""
    with ws.db.session() as session:
        edges = active_edges(session)
        found = groups(edges)
        cases = []
        for people in found.disputed:
            names = {p.id: p.name for p in session.exec(select(Person).where(Person.id.in_(people)))}
            views = tuple(MergeView(e.id, e.absorbed, e.into, names.get(e.absorbed, ""), names.get(e.into, ""), e.hlc)
                          for e in sorted(edges, key=lambda e: e.hlc) if e.absorbed in people)
            cases.append(MergeCase(tuple((p, names.get(p, "")) for p in people), found.survivor[people[0]], views))
        return cases


@dataclass(frozen=True)
class PersonCard:
    """What a coordinator compares before merging two people."""
    person_id: str
    name: str
    phone: str
    staff_id: str
    employer: str
    check_ins: int
    badges: tuple[str, ...]  # badge serials


def side_by_side(ws: Workspace, a: str, b: str) -> tuple[PersonCard, PersonCard]:
    with ws.db.session() as session:
        cards = []
        for person_id in (a, b):
            person = get_person(session, person_id)
            con = session.connection()
            serials = queries.badge_serials(con, person_id)
            count = queries.check_in_count(con, person_id)
            cards.append(PersonCard(person.id, person.name, person.phone, person.staff_id, person.employer,
                                    count, serials))
        return cards[0], cards[1]
