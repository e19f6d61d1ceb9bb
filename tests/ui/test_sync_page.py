"""The Sync page on a coordinator's laptop after a morning of two desks working offline."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from carekit.domain.tables import Person
from carekit.services import conflicts, sync
from carekit.services.events import current_event
from carekit.services.people import PersonInput, register_people
from carekit.ui.context import AppContext
from carekit.ui.sync import actions
from carekit.ui.sync.page import SyncPage

from tests.unit.sync_lab import close_all, make_event

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def morning(tmp_path):
    """Desk 1 and desk 2 both registered 张伟 (same phone) and edited 王小明's city differently."""
    a, b = make_event(tmp_path / "event", 2)
    with a.ws.writing() as journal:
        [wang] = register_people(journal, current_event(journal.session),
                                 [PersonInput("王小明"), PersonInput("张伟", phone="+8613800138000")], source="roster")[:1]
    b.take(a.export(tmp_path))
    with b.ws.writing() as journal:
        register_people(journal, current_event(journal.session), [PersonInput("张 伟", phone="+8613800138000")],
                        source="walk-in")
    for laptop, city in ((a, "深圳"), (b, "广州")):
        with laptop.ws.writing() as journal:
            journal.update(Person, wang.person_id, {"city": city})
    bundle_from_b = b.export(tmp_path)
    yield a, b, bundle_from_b
    close_all([a, b])


def wait_for_report(qtbot, page) -> QMessageBox:
    qtbot.waitUntil(lambda: page.last_report is not None and page.last_report.isVisible(), timeout=20000)
    return page.last_report


def test_importing_a_bundle_shows_the_report_and_what_waits(qtbot, morning, monkeypatch):
    a, _, bundle = morning
    context = AppContext(a.ws)
    page = SyncPage(context)
    qtbot.addWidget(page)
    page.resize(1100, 650)
    page.show()
    assert "export a bundle" in page.next_step.text()
    actions.import_bundles(page, context, [str(bundle)])
    report = wait_for_report(qtbot, page)
    assert "1 conflicts" in report.text() and "1 possible duplicates" in report.text()
    report.close()
    assert "desk 2" in page.known.text() and "desk 1" in page.known.text()
    assert page.conflicts.table.rowCount() == 2 and page.duplicates.table.rowCount() == 1
    assert "conflict" in page.next_step.text()
    if os.environ.get("CAREKIT_SCREENSHOTS"):
        page.grab().save(str(ROOT / "carekit" / "resources" / "screenshots" / "sync-page.png"))
    # The coordinator keeps 广州 for 王小明.
    row = next(r for r in range(page.conflicts.table.rowCount()) if page.conflicts.table.item(r, 2).text() == "广州")
    page.conflicts.table.selectRow(row)
    qtbot.mouseClick(page.conflicts.keep, qtbot_button())
    assert page.conflicts.table.rowCount() == 0
    assert conflicts.list_conflicts(a.ws) == []
    # Then says the two 张伟 are the same person: both side by side, Enter alone changes nothing.
    page.duplicates.table.selectRow(0)
    qtbot.mouseClick(page.duplicates.merge, qtbot_button())
    dialog = page.duplicates.dialog
    qtbot.waitUntil(dialog.isVisible)
    cells = {key: label.text() for key, label in dialog.cells.items()}
    assert cells[(1, 1)] in ("张伟", "张 伟") and cells[(2, 1)] == cells[(2, 2)] == "+8613800138000"
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert page.duplicates.table.rowCount() == 1 and not page.duplicates.undo.isVisible()
    qtbot.mouseClick(page.duplicates.merge, qtbot_button())
    qtbot.mouseClick(page.duplicates.dialog.confirm, qtbot_button())
    assert page.duplicates.table.rowCount() == 0
    assert "export a bundle" in page.next_step.text()
    # The merge can be undone from the same view.
    assert page.duplicates.undo.isVisible() and page.duplicates.undo.isEnabled()
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(page.duplicates.undo, qtbot_button())
    assert page.duplicates.table.rowCount() == 1 and not page.duplicates.undo.isVisible()


def test_exporting_writes_a_bundle_and_logs_it(qtbot, morning, tmp_path):
    a, b, _ = morning
    context = AppContext(a.ws)
    page = SyncPage(context)
    qtbot.addWidget(page)
    page.show()  # the page refreshes only while it is seen
    actions.export_bundle(page, context, str(tmp_path / "from-desk-1"))
    report = wait_for_report(qtbot, page)
    assert "from-desk-1.ckbundle" in report.text()
    assert (tmp_path / "from-desk-1.ckbundle").exists()
    assert page.log.item(0, 1).text() == "exported from-desk-1.ckbundle"  # newest first
    assert b.take(tmp_path / "from-desk-1.ckbundle")[0].conflicts == 1  # desk 1 and desk 2 both set the city


def test_a_damaged_bundle_shows_why_it_was_refused(qtbot, morning, tmp_path):
    a, _, bundle = morning
    broken = tmp_path / "broken.ckbundle"
    broken.write_bytes(bundle.read_bytes()[:100])
    context = AppContext(a.ws)
    page = SyncPage(context)
    qtbot.addWidget(page)
    actions.import_bundles(page, context, [str(broken)])
    report = wait_for_report(qtbot, page)
    assert "truncated or damaged" in report.text()
    assert conflicts.list_conflicts(a.ws) == []


def test_a_desk_volunteer_sees_conflicts_but_cannot_settle_them(qtbot, morning):
    a, _, bundle = morning
    sync.import_bundle(a.ws, bundle)
    volunteer = type(a.ws)(a.db, a.ws.operator_id, "Volunteer", frozenset())
    page = SyncPage(AppContext(volunteer))
    qtbot.addWidget(page)
    assert page.conflicts.table.rowCount() == 0  # nothing is computed until the page is seen
    page.show()
    assert page.conflicts.table.rowCount() == 2
    assert not page.conflicts.keep.isEnabled() and not page.duplicates.merge.isEnabled()


def qtbot_button():
    from PySide6.QtCore import Qt
    return Qt.MouseButton.LeftButton
