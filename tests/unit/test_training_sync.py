"""Two training-room laptops: scans merge by union, two trainers' different scores become a conflict."""

from __future__ import annotations

import re
import sqlite3

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlmodel import SQLModel

from carekit.domain.enums import Role
from carekit.services import attendance, conflicts, operators, training
from carekit.services.assessment import assess, check_signature, session_results
from carekit.services.events import current_event
from carekit.services.people import PersonInput, register_people
from carekit.store import migrate
from carekit.store.db import Database
from tests.unit.sync_lab import make_event

TRAINING_TABLES = {"course", "trainingsession", "enrollment", "attendance", "assessment"}


def _course_day(a):
    training.add_course(a.ws, training.CourseInput(code="FA1", name="急救", hours=8, months=24, pass_mark=70,
                                                   skills=["CPR 30:2", "AED"]))
    operators.add_operator(a.ws, "王教练", [Role.TRAINER], pin="135790")
    session_id = training.add_session(a.ws, course="FA1", site="深圳", starts="2026-12-05 09:00",
                                      ends="2026-12-05 17:00", capacity=60, trainer="王教练")
    with a.ws.writing() as journal:
        people = register_people(journal, current_event(journal.session),
                                 [PersonInput(name="张伟"), PersonInput(name="王小明")], source="roster")
    for person in people:
        training.enrol(a.ws, session_id, person.person_id)
    return session_id, people


def test_scans_on_two_laptops_merge_by_union_and_the_hours_agree(tmp_path):
    a, b = make_event(tmp_path / "event", 2)
    session_id, (zhang, wang) = _course_day(a)
    b.take(a.export(tmp_path))
    attendance.attend(a.ws, zhang.token, session_id, at="09:00")
    attendance.attend(b.ws, wang.token, session_id, at="09:30")
    attendance.attend(a.ws, zhang.token, session_id, out=True, at="17:00")
    bundle_a, bundle_b = a.export(tmp_path), b.export(tmp_path)
    a.take(bundle_b)
    b.take(bundle_a)
    a.take(bundle_b)  # twice changes nothing
    hours = lambda laptop: {r.name: r.hours for r in session_results(laptop.ws, session_id)}  # noqa: E731
    assert hours(a) == hours(b) == {"张伟": 8.0, "王小明": 7.5}
    assert a.dump() == b.dump()


def test_two_trainers_writing_different_scores_are_a_conflict_for_a_coordinator(tmp_path):
    a, b = make_event(tmp_path / "event", 2)
    session_id, (zhang, _) = _course_day(a)
    b.take(a.export(tmp_path))
    assess(a.ws, session_id, zhang.person_id, score=82, passed=["CPR 30:2"])
    assess(b.ws, session_id, zhang.person_id, score=68, passed=["AED"])
    a.take(b.export(tmp_path))
    found = {(c.entity, c.field): sorted(ch.value for ch in c.choices) for c in conflicts.list_conflicts(a.ws)}
    assert found[("assessment", "score")] == [68, 82]
    [conflict] = [c for c in conflicts.list_conflicts(a.ws) if c.field == "score"]
    chosen = next(ch for ch in conflict.choices if ch.value == 82)
    conflicts.resolve(a.ws, conflict.id, chosen.stamp)
    b.take(a.export(tmp_path))
    assert [r.score for r in session_results(b.ws, session_id)][0] == 82
    assert not [c for c in conflicts.list_conflicts(b.ws) if c.field == "score"]
    # The attempt kept is the whole of trainer a's write, so its signature still holds.
    [line] = [r for r in session_results(b.ws, session_id) if r.person_id == zhang.person_id]
    assert line.skills == {"CPR 30:2": True}
    assert not [c for c in conflicts.list_conflicts(b.ws) if c.entity == "assessment"]
    with b.db.session() as session:
        check_signature(session, line.attempts[-1])


def test_an_event_file_from_before_training_upgrades_and_matches_the_tables(tmp_path):
    path = tmp_path / "old.carekit"
    migrate.upgrade(path, "0008")
    con = sqlite3.connect(path)
    assert not {"course", "attendance"} & {r[0] for r in con.execute("SELECT name FROM sqlite_master")}
    con.close()
    db = Database(path)
    with db.engine.connect() as con:
        diff = compare_metadata(MigrationContext.configure(con), SQLModel.metadata)
    db.close()
    names = re.compile(r"\b(" + "|".join(TRAINING_TABLES) + r")\b")
    assert [d for d in diff if names.search(repr(d))] == []
