"""Mistakes at the desk and how they are put right: the wrong row, a typo, a friend's badge, a
walk-in who was registered already, a badge to reprint."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit, QMessageBox

from carekit.services import checkin, corrections
from carekit.services.search import search_people
from tests.ui.conftest import when_modal


def scan(qtbot, desk, token: str) -> None:
    qtbot.keyClicks(desk.scan, token)
    qtbot.keyClick(desk.scan, Qt.Key.Key_Return)


def _row_of(desk, name: str) -> int:
    return next(r for r in range(desk.model.rowCount()) if desk.model.match_at(r).name == name)


def test_double_clicking_a_row_opens_the_person_and_checks_nobody_in(qtbot, desk, event_workspace):
    from carekit.ui.desk.person_dialog import PersonDialog
    seen = {}

    def look(dialog):
        seen["name"] = dialog.fields["name"].text()
        dialog.reject()
    row = _row_of(desk, "王小明")
    when_modal(PersonDialog, look)
    rect = desk.table.visualRect(desk.model.index(row, 0))
    qtbot.mouseClick(desk.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(desk.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert seen["name"] == "王小明"
    assert checkin.checked_in_count(event_workspace) == 0


def test_a_volunteer_corrects_a_misspelt_name_and_search_finds_the_new_one(qtbot, desk, event_workspace):
    from carekit.ui.desk.person_dialog import PersonDialog
    person = event_workspace.registered["王小明"].person_id

    def fix(dialog):
        dialog.fields["name"].selectAll()
        dialog.fields["name"].insert("王晓明")  # as the input method commits it
        qtbot.keyClick(dialog.fields["name"], Qt.Key.Key_Tab)
        dialog.save_button.click()
        dialog.reject()
    qtbot.keyClicks(desk.scan, "wangxiaoming")
    qtbot.keyClick(desk.scan, Qt.Key.Key_Down)
    when_modal(PersonDialog, fix)
    qtbot.keyClick(desk.table, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert [m.person_id for m in search_people(event_workspace, "王晓明")] == [person]
    assert search_people(event_workspace, "王小明") == []
    with event_workspace.db.session() as session:
        changes = session.connection().exec_driver_sql(
            "SELECT changes, operator_id FROM revision WHERE row_id = ? ORDER BY hlc", (person,)).all()
    assert '"name":"王晓明"' in changes[-1][0] and changes[-1][1] == event_workspace.operator_id


def test_a_check_in_made_by_mistake_is_annulled_with_a_reason_and_can_be_undone(qtbot, desk, event_workspace):
    from carekit.ui.desk.person_dialog import PersonDialog
    person = event_workspace.registered["张伟明"]
    scan(qtbot, desk, person.token)
    qtbot.waitUntil(lambda: "1 checked in of 4" in desk.count_label.text())  # counted on a worker
    steps = []

    def annul(dialog):
        dialog.check_ins.setCurrentRow(0)
        when_modal(QInputDialog, lambda box: (box.setTextValue("wrong person selected"), box.accept()))
        when_modal(QMessageBox, lambda box: (steps.append(box.text()),
                                             next(b for b in box.buttons() if b.text() == "Annul check-in").click()))
        dialog.annul_button.click()
        steps.append(dialog.check_ins.item(0).text())
        assert not dialog.undo_button.isHidden()
        dialog.reject()
    qtbot.keyClicks(desk.scan, "zhangweiming")
    qtbot.keyClick(desk.scan, Qt.Key.Key_Down)
    when_modal(PersonDialog, annul)
    qtbot.keyClick(desk.table, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert "no longer counts" in steps[0] and "annulled: wrong person selected" in steps[1]
    assert checkin.checked_in_count(event_workspace) == 0
    qtbot.waitUntil(lambda: "0 checked in of 4" in desk.count_label.text())
    # The next scan of that badge is a first check-in again, not "already checked in".
    scan(qtbot, desk, person.token)
    assert desk.result.state == "checked_in"


def test_an_annulment_needs_a_reason_and_happens_once(event_workspace):
    import pytest
    from carekit.services.errors import ValidationError
    checkin.check_in(event_workspace, event_workspace.registered["张伟"].token)
    card = corrections.person_card(event_workspace, event_workspace.registered["张伟"].person_id)
    with pytest.raises(ValidationError):
        corrections.annul_check_in(event_workspace, card.check_ins[0].id, "  ")
    corrections.annul_check_in(event_workspace, card.check_ins[0].id, "badge of a friend")
    with pytest.raises(ValidationError):
        corrections.annul_check_in(event_workspace, card.check_ins[0].id, "again")
    assert checkin.checked_in_count(event_workspace) == 0
    assert checkin.recent_check_ins(event_workspace) == []


def test_f4_reprints_the_selected_persons_badge_and_says_so_when_nobody_is_chosen(qtbot, desk, event_workspace,
                                                                                   monkeypatch):
    printed = []
    monkeypatch.setattr("carekit.ui.printing.print_badge", lambda parent, context, rid: printed.append(rid))
    qtbot.keyClick(desk.scan, Qt.Key.Key_F4)
    assert printed == [] and desk.result.state == "notice" and "F4" in desk.result.details.text()
    qtbot.keyClicks(desk.scan, "wangxiaoming")
    qtbot.keyClick(desk.scan, Qt.Key.Key_Down)
    qtbot.keyClick(desk.table, Qt.Key.Key_F4)
    assert printed == [event_workspace.registered["王小明"].registration_id]


def test_a_walk_in_whose_phone_is_registered_is_offered_that_person_first(qtbot, desk, event_workspace):
    from carekit.ui.desk.walk_in_dialog import DuplicateChoice, WalkInDialog
    offered = {}

    def fill(dialog):
        dialog.name.setText("张 伟")
        dialog.phone.setText("138 0013 8000")
        dialog.consent.setChecked(True)
        offered["notice"] = dialog.notice_text.toPlainText()
        dialog.save_button.click()

    def choose(dialog):
        offered["who"] = dialog.list.item(0).text()
        qtbot.keyClick(dialog.list, Qt.Key.Key_Return)  # "yes, this one"
    when_modal(WalkInDialog, fill)
    when_modal(DuplicateChoice, choose)
    qtbot.keyClick(desk.scan, Qt.Key.Key_F2)
    assert "张伟" in offered["who"] and offered["notice"]
    assert desk.result.state == "checked_in" and desk.result.name.text() == "张伟"
    assert len(search_people(event_workspace, "13800138000")) == 1  # nobody registered twice


def test_a_walk_in_registered_anyway_is_flagged_as_a_possible_duplicate(qtbot, desk, event_workspace):
    from carekit.ui.desk.walk_in_dialog import BadgeOnScreen, DuplicateChoice, WalkInDialog

    def fill(dialog):
        dialog.name.setText("张薇")
        dialog.staff_id.setText("E100001")
        dialog.consent.setChecked(True)
        dialog.save_button.click()
    when_modal(WalkInDialog, fill)
    when_modal(DuplicateChoice, lambda dialog: dialog.anyway_button.click())
    when_modal(BadgeOnScreen, lambda dialog: dialog.reject())
    qtbot.keyClick(desk.scan, Qt.Key.Key_F2)
    [new] = search_people(event_workspace, "张薇")
    assert new.possible_duplicate_of == event_workspace.registered["张伟"].person_id


def test_an_empty_search_says_what_to_do_next(qtbot, desk):
    qtbot.keyClicks(desk.scan, "nobody-like-this")
    assert desk.model.rowCount() == 0
    assert not desk.empty_hint.isHidden() and "F2" in desk.empty_hint.text()
    qtbot.keyClick(desk.scan, Qt.Key.Key_Escape)
    assert desk.empty_hint.isHidden()
