"""Property: whatever the laptops do offline, and whatever bundles travel in whatever order
(with repeats and subsets), once everyone has everything their canonical dumps are identical,
importing again changes nothing, and no value anyone wrote is lost."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from carekit.domain.catalog import synced_tables
from carekit.domain.tables import CheckIn, Person
from carekit.services.events import current_event
from carekit.services.people import PersonInput, register_people

from tests.unit.sync_lab import close_all, copy_event, make_event

LAPTOPS = 3
FIELDS = {"city": ["深圳", "广州", "São Paulo"], "employer": ["美团", "饿了么", "SF"], "phone": ["+8613800138000", "+8613912345678"]}


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    """Three laptops that all know the morning roster, so edits can collide from the first step."""
    folder = tmp_path_factory.mktemp("template")
    laptops = make_event(folder, LAPTOPS)
    with laptops[0].ws.writing() as journal:
        register_people(journal, current_event(journal.session),
                        [PersonInput("王小明"), PersonInput("李娜"), PersonInput("陈静")], source="roster.xlsx")
    morning = laptops[0].export(folder)
    for other in laptops[1:]:
        other.take(morning)
    close_all(laptops)
    return laptops


laptop = st.integers(0, LAPTOPS - 1)
operation = st.one_of(
    st.tuples(st.just("register"), laptop, st.sampled_from(["张伟", "Peña", "Nguyễn Văn An"])),
    st.tuples(st.just("edit"), laptop, st.integers(0, 20), st.sampled_from(sorted(FIELDS)), st.integers(0, 2)),
    st.tuples(st.just("edit"), laptop, st.integers(0, 20), st.sampled_from(sorted(FIELDS)), st.integers(0, 2)),
    st.tuples(st.just("delete"), laptop, st.integers(0, 20)),
    st.tuples(st.just("checkin"), laptop, st.integers(0, 20)),
    st.tuples(st.just("send"), laptop, laptop, st.booleans()),  # from, to, incremental?
    st.tuples(st.just("send"), laptop, laptop, st.booleans()),
    st.tuples(st.just("resolve"), laptop, st.integers(0, 3)),  # a coordinator keeps one value
)


def known_people(lap) -> list[tuple[str, str]]:
    with lap.db.session() as session:
        rows = session.connection().exec_driver_sql(
            "SELECT p.id, r.id FROM person p JOIN registration r ON r.person_id = p.id ORDER BY p.id").all()
    return [tuple(r) for r in rows]


def state_from_revisions(lap) -> dict:
    """Re-derive every mutable row from the journal alone: the highest stamp wins per field."""
    state: dict = {}
    with lap.db.session() as session:
        for hlc, entity, row_id, changes in session.connection().exec_driver_sql(
                "SELECT hlc, entity, row_id, changes FROM revision ORDER BY hlc"):
            state.setdefault((entity, row_id), {}).update(json.loads(changes))
    return state


@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
@given(ops=st.lists(operation, min_size=6, max_size=24), final_order=st.randoms(use_true_random=False))
def test_laptops_converge_whatever_travels_when(template, ops, final_order):
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        laps = copy_event(template, folder / "dbs")
        bundles = folder / "bundles"
        bundles.mkdir()
        written: list[tuple[str, str, object]] = []
        try:
            for op in ops:
                lap = laps[op[1]]
                people = known_people(lap)
                if op[0] == "register":
                    with lap.ws.writing() as journal:
                        register_people(journal, current_event(journal.session), [PersonInput(op[2])], source="walk-in")
                elif op[0] == "edit" and people:
                    person_id = people[op[2] % len(people)][0]
                    value = FIELDS[op[3]][op[4] % len(FIELDS[op[3]])]
                    with lap.ws.writing() as journal:
                        journal.update(Person, person_id, {op[3]: value})
                    written.append((person_id, op[3], value))
                elif op[0] == "delete" and people:
                    with lap.ws.writing() as journal:
                        journal.delete(Person, people[op[2] % len(people)][0])
                elif op[0] == "checkin" and people:
                    with lap.ws.writing() as journal:
                        journal.add_fact(CheckIn, {"registration_id": people[op[2] % len(people)][1], "desk": lap.name})
                elif op[0] == "resolve":
                    from carekit.services import conflicts
                    waiting = conflicts.list_conflicts(lap.ws)
                    if waiting:
                        choices = waiting[0].choices
                        conflicts.resolve(lap.ws, waiting[0].id, choices[op[2] % len(choices)].stamp)
                elif op[0] == "send" and op[1] != op[2]:
                    receiver = laps[op[2]]
                    since = None
                    if op[3]:
                        from carekit.services.sync import this_vector
                        since = this_vector(receiver.ws)
                    receiver.take(lap.export(bundles, since))
            # Everyone exports everything; each laptop imports all of them in its own order, twice.
            finals = [lap.export(bundles) for lap in laps]
            for lap in laps:
                order = finals * 2
                final_order.shuffle(order)
                lap.take(*order)
            dumps = [lap.dump() for lap in laps]
            assert dumps[0] == dumps[1] == dumps[2]
            # A coordinator on one laptop settles every conflict; once that travels, none is left anywhere.
            from carekit.services import conflicts
            judge = laps[final_order.randrange(LAPTOPS)]
            for waiting in conflicts.list_conflicts(judge.ws):
                conflicts.resolve(judge.ws, waiting.id, final_order.choice(waiting.choices).stamp)
            settled = judge.export(bundles)
            for lap in laps:
                lap.take(settled)
                assert conflicts.list_conflicts(lap.ws) == []
            finals.append(settled)
            dumps = [lap.dump() for lap in laps]
            again = laps[0].take(*finals)
            assert all((r.new, r.updated, r.facts_new) == (0, 0, 0) for r in again)
            assert laps[0].dump() == dumps[0]
            # State is a pure function of the revisions, and every value written is in a revision.
            derived = state_from_revisions(laps[0])
            with laps[0].db.session() as session:
                for (entity, row_id), fields in derived.items():
                    row = session.get(synced_tables()[entity], row_id)
                    for name, value in fields.items():
                        assert getattr(row, name) == value, (entity, name)
                revisions = session.connection().exec_driver_sql("SELECT row_id, changes FROM revision").all()
            seen = {(row_id, name, value) for row_id, changes in revisions for name, value in json.loads(changes).items()}
            assert all(item in seen for item in written)
            # Open conflicts are the same on every laptop and each lists two different kept values.
            for line in dumps[0].splitlines():
                record = json.loads(line)
                if record["kind"] == "conflict":
                    assert len(set(json.loads(record["row"]["choices"]).values())) >= 2
        finally:
            close_all(laps)
