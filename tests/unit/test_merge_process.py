"""Bundles merged in a process of their own report as the merge in this process would."""

from __future__ import annotations

import time

import pytest

from carekit.services import merge_process
from carekit.services.events import current_event
from carekit.services.people import PersonInput, register_people
from carekit.services.sync import SyncRefused

from tests.unit.sync_lab import close_all, make_event
from tests.unit.test_wal_checkpoint import wait_for_checkpoint, wal_left


@pytest.fixture
def two_desks(tmp_path):
    a, b = make_event(tmp_path / "event", 2)
    with b.ws.writing() as journal:
        register_people(journal, current_event(journal.session), [PersonInput("王小明"), PersonInput("李娜")],
                        source="walk-in")
    yield a, b, b.export(tmp_path), b.export(tmp_path)
    close_all([a, b])


def _imports_logged(db) -> int:
    with db.session() as session:
        return session.connection().exec_driver_sql(
            "SELECT count(*) FROM synclog WHERE direction = 'import'").scalar()


def _cancelled_once_both_committed(a, first, again) -> list:
    """The reports of a merge of both bundles whose Cancel is pressed once both committed, their
    reports not read yet."""
    merge = merge_process.MergeProcess(a.ws, [first, again])
    merge.start()
    deadline = time.monotonic() + 120
    while _imports_logged(a.db) < 2:
        assert time.monotonic() < deadline, "the merge process did not commit"
        time.sleep(0.05)
    return merge.wait(cancelled=lambda: True)


def test_bundles_merged_apart_give_the_same_reports_in_order(two_desks):
    a, _, first, again = two_desks
    seen = []
    reports = merge_process.run_merge(a.ws, [first, again], on_file=seen.append)
    assert seen == [0, 1]
    assert [(r.file, r.device) for r in reports] == [(first.name, "desk 2"), (again.name, "desk 2")]
    assert reports[0].new >= 2 and reports[1].new == 0  # the second bundle brings nothing new


def test_a_refusal_in_the_child_is_the_same_refusal_here(two_desks, tmp_path):
    a, _, first, _ = two_desks
    with pytest.raises(SyncRefused) as refused:
        merge_process.run_merge(a.ws, [first, tmp_path / "gone.ckbundle"])
    assert refused.value.reason == "missing" and refused.value.message == "gone.ckbundle does not exist."


def test_cancel_pressed_as_the_bundles_commit_reports_them_from_the_sync_log(two_desks):
    """The child may commit a bundle and be stopped before its report reaches the window."""
    a, _, first, again = two_desks
    assert [r.file for r in _cancelled_once_both_committed(a, first, again)] == [first.name, again.name]


def test_the_window_folds_the_merge_into_its_file_once_the_child_reports(two_desks):
    a, _, first, _ = two_desks
    before = a.db.checkpoints
    merge_process.run_merge(a.ws, [first])
    wait_for_checkpoint(a.db, before, seconds=3)
    assert a.db.checkpoints > before
    assert wal_left(a.db) == (0, 0)


def test_cancel_after_a_big_import_here_still_finds_what_the_child_committed(two_desks):
    """A big import here dates this process's next ids ahead of the clock (one millisecond per id),
    so the child's log rows can sort before an id made here: they are found by rowid."""
    from carekit.domain.ids import new_ids
    new_ids(100_000)  # as registering 50 000 people does: ids dated some 100 s ahead
    a, _, first, again = two_desks
    assert [r.file for r in _cancelled_once_both_committed(a, first, again)] == [first.name, again.name]
