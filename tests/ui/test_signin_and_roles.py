"""Signing in, switching operator and what each role's menus offer, the morning of the event."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from carekit.domain.enums import Role
from carekit.security.pins import Throttle
from carekit.services import demo, operators
from carekit.services.workspace import Workspace
from carekit.store.db import Database
from tests.ui.conftest import answered, when_modal


@pytest.fixture
def team(event_workspace):
    operators.add_operator(event_workspace, "Desk Li", [Role.DESK], pin="246802")
    operators.add_operator(event_workspace, "Dr Chen", [Role.MEDIC], pin="135791")
    return event_workspace


def test_the_demo_sign_in_states_its_pin_and_it_works(qtbot, tmp_path, monkeypatch):
    from carekit.ui.signin import SignInDialog
    path = demo.ensure_demo()
    dialog = SignInDialog(Database(path))
    qtbot.addWidget(dialog)
    assert not dialog.hint.isHidden() and demo.DEMO_PIN in dialog.hint.text()
    assert dialog.name.currentText() == demo.DEMO_COORDINATOR
    qtbot.keyClicks(dialog.pin, demo.DEMO_PIN)
    qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
    answered(qtbot, dialog)
    assert dialog.workspace is not None and Role.COORDINATOR in dialog.workspace.roles


def test_a_wrong_pin_says_wrong_pin_and_the_lockout_counts_down(qtbot, team):
    from carekit.ui.signin import SignInDialog
    dialog = SignInDialog(team.db)
    qtbot.addWidget(dialog)
    dialog.name.setCurrentText("Desk Li")
    qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
    answered(qtbot, dialog)
    assert "Type your PIN" in dialog.message.text()
    qtbot.keyClicks(dialog.pin, "111111")
    qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
    answered(qtbot, dialog)
    assert "Wrong PIN" in dialog.message.text() and "needs a PIN" not in dialog.message.text()
    for _ in range(3):
        qtbot.keyClicks(dialog.pin, "111111")
        qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
        answered(qtbot, dialog)
    first = dialog.message.text()
    assert dialog.countdown.running() and not dialog.pin.isEnabled()
    seconds = int(dialog.countdown.error.params["seconds"])
    qtbot.waitUntil(lambda: int(dialog.countdown.error.params["seconds"]) <= seconds - 2, timeout=4000)
    assert dialog.message.text() != first  # the number on screen goes down


def test_a_new_event_needs_the_coordinators_pin(qtbot, tmp_path):
    from carekit.ui.event_dialogs import NewEventDialog
    dialog = NewEventDialog(default_dir=tmp_path)
    qtbot.addWidget(dialog)
    dialog.name.setText("Rider day")
    dialog.sites.setPlainText("深圳: 会展中心")
    dialog.operator.setText("Lin")
    dialog.save()
    assert "PIN" in dialog.error.text() and dialog.workspace is None
    assert not (tmp_path / "event.carekit").exists()
    dialog.pin.setText("975310")
    dialog.pin_again.setText("975310")
    dialog.save()
    assert dialog.workspace is not None
    assert operators.list_operators(dialog.workspace)[0][2]  # has a PIN
    with pytest.raises(operators.PinRefused):
        operators.sign_in(dialog.workspace.db, "Lin", "000000")


def test_tab_leaves_the_new_event_date_fields(qtbot, tmp_path):
    from carekit.ui.event_dialogs import NewEventDialog
    dialog = NewEventDialog(default_dir=tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.starts.setFocus()
    qtbot.keyClick(dialog.starts, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.ends
    qtbot.keyClick(dialog.ends, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is not dialog.ends


def test_a_desk_volunteer_sees_coordinator_actions_disabled_with_the_reason(qtbot, team):
    from carekit.app import build_window
    win = build_window(operators.sign_in(team.db, "Desk Li", "246802"))
    qtbot.addWidget(win)
    for action in (win.action_new, win.action_import_roster, win.action_export_setup, win.action_operators):
        assert not action.isEnabled() and "coordinator" in action.toolTip()
    assert win.action_print_badges.isEnabled() and win.action_switch.isEnabled()
    lead = build_window(team)
    qtbot.addWidget(lead)
    assert lead.action_new.isEnabled() and lead.action_import_roster.isEnabled()
    assert "Needs the role" not in lead.action_new.toolTip()


def test_ctrl_and_a_digit_switch_pages(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentIndex() == 1
    assert type(window.tabs.currentWidget()).__name__ != "_NotYetBuilt"
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentIndex() == 0


def test_switching_operator_rebuilds_pages_without_errors_from_the_old_ones(qtbot, team, capfd):
    from carekit.app import build_window
    from carekit.ui.signin import SignInDialog
    win = build_window(team)
    qtbot.addWidget(win)
    win.show()
    sync_page = win.page("SyncPage")
    win.tabs.setCurrentWidget(sync_page)

    def sign_in_as_li(dialog):
        dialog.name.setCurrentText("Desk Li")
        dialog.pin.setText("246802")
        dialog.try_sign_in()
    when_modal(SignInDialog, sign_in_as_li)
    win.action_switch.trigger()
    assert win.context.workspace.operator_name == "Desk Li"
    assert win.page("StationPage") is None
    QApplication.processEvents()
    win.context.changed.emit("checkin")  # the old Sync page is gone; nothing may call into it
    QApplication.processEvents()
    assert "already deleted" not in capfd.readouterr().err


def test_a_coordinator_sets_a_pin_changes_roles_and_retires_an_operator(qtbot, team):
    from PySide6.QtWidgets import QMessageBox
    from carekit.ui.context import AppContext
    from carekit.ui.operators_dialog import OperatorsDialog
    dialog = OperatorsDialog(AppContext(team))
    qtbot.addWidget(dialog)
    texts = [dialog.team.item(i).text() for i in range(dialog.team.count())]
    assert any("desk volunteer" in t for t in texts)  # role names in words, translated
    row = next(i for i in range(dialog.team.count()) if dialog.team.item(i).text().startswith("Desk Li"))
    dialog.team.setCurrentRow(row)
    dialog.new_pin.setText("864200")
    dialog.new_pin_again.setText("864200")
    dialog.set_pin_button.click()
    assert operators.sign_in(team.db, "Desk Li", "864200").operator_name == "Desk Li"
    dialog.team.setCurrentRow(row)
    dialog.edit_role_boxes[Role.TRAINER].setChecked(True)
    dialog.set_roles_button.click()
    assert operators.sign_in(team.db, "Desk Li", "864200").roles == {Role.DESK, Role.TRAINER}
    dialog.team.setCurrentRow(row)
    when_modal(QMessageBox, lambda box: next(b for b in box.buttons() if b.text() == "Retire operator").click())
    dialog.retire_button.click()
    assert "Desk Li" not in operators.operator_names(team.db)


def test_the_last_coordinator_cannot_be_retired(team):
    from carekit.services.errors import ValidationError
    operators.add_operator(team, "Coord Ma", [Role.COORDINATOR], pin="808080")
    ma = operators.sign_in(team.db, "Coord Ma", "808080")
    operators.retire_operator(ma, "Lin")
    with pytest.raises(ValidationError):
        operators.retire_operator(ma, "Coord Ma")


def test_an_operator_without_a_pin_cannot_be_unlocked_by_any_keys_and_chooses_one(qtbot, team):
    from carekit.ui.signin import UnlockDialog
    wu_id = operators.add_operator(team, "Old Wu", [Role.DESK])  # as in an event file made before PINs
    # Signed in before the PIN rule (sign-in itself now asks a PIN-less operator for one first).
    wu = Workspace(team.db, wu_id, "Old Wu", frozenset({Role.DESK}))
    dialog = UnlockDialog(wu)
    qtbot.addWidget(dialog)
    assert dialog.without_pin and "no PIN yet" in dialog.who.text()
    qtbot.keyClicks(dialog.pin, "123456")
    qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
    assert dialog.workspace is None and "differ" in dialog.message.text()
    qtbot.keyClicks(dialog.pin_again, "123456")
    qtbot.keyClick(dialog.pin_again, Qt.Key.Key_Return)
    answered(qtbot, dialog)
    assert dialog.workspace is not None
    assert operators.needs_pin(team.db, "Old Wu")
    with pytest.raises(operators.PinRefused):
        operators.sign_in(team.db, "Old Wu", "654321")


def test_a_second_laptop_joins_from_the_setup_file_in_the_app(qtbot, team, tmp_path):
    from carekit.ui.context import AppContext
    from carekit.ui.join_dialogs import ExportSetupDialog, JoinEventDialog
    export = ExportSetupDialog(AppContext(team), default_dir=tmp_path)
    qtbot.addWidget(export)
    export.passphrase.setText("correct horse")
    export.again.setText("correct horse battery")
    export.save()
    assert "differ" in export.error.text()
    export.again.setText("correct horse")
    export.save()
    setup = tmp_path / "event.cksetup"
    assert setup.exists()
    join = JoinEventDialog(default_dir=tmp_path / "laptop2")
    (tmp_path / "laptop2").mkdir()
    qtbot.addWidget(join)
    join.setup.setText(str(setup))
    join.passphrase.setText("wrong passphrase")
    join.desk.setText("desk 3")
    join.save()
    assert join.workspace is None and join.error.text()
    assert not (tmp_path / "laptop2" / "joined-event.carekit").exists()  # nothing half-made left
    join.passphrase.setText("correct horse")
    join.save()
    assert join.workspace is not None
    assert operators.sign_in(join.workspace.db, "Desk Li", "246802").operator_name == "Desk Li"
    # Later: a PIN set on the coordinator's laptop reaches the joined laptop in a newer setup file.
    from carekit.ui.join_dialogs import ApplySetupDialog
    operators.set_pin(team, "Desk Li", "975310")
    export.save()
    desk = operators.sign_in(join.workspace.db, "Desk Li", "246802")
    apply = ApplySetupDialog(AppContext(desk))
    qtbot.addWidget(apply)
    apply.setup.setText(str(setup))
    apply.passphrase.setText("wrong passphrase")
    apply.save()
    assert apply.applied is None and "passphrase" in apply.error.text()
    apply.passphrase.setText("correct horse")
    apply.save()
    assert apply.applied is not None and apply.applied.pins >= 1
    assert operators.sign_in(join.workspace.db, "Desk Li", "975310").operator_name == "Desk Li"


def test_a_coordinator_publishes_the_events_own_registration_notice(qtbot, team):
    from carekit.domain.enums import ConsentKind
    from carekit.services import notices
    from carekit.ui.context import AppContext
    from carekit.ui.notices_dialog import NoticesDialog
    dialog = NoticesDialog(AppContext(team))
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    assert "built in" in dialog.version.text() and dialog.text.toPlainText()
    dialog.text.setPlainText("Our own wording for the rider day.")
    dialog.publish_button.click()
    current = notices.current_notice(team, ConsentKind.REGISTRATION, "en")
    assert current.text == "Our own wording for the rider day." and not current.built_in
    assert current.version in dialog.message.text()
