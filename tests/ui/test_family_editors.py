"""The coordinator prepares family day on the Family page: adds a mother with her papers, corrects
her needs, books and cancels her train, gives rooms, and imports the travel agent's sheet."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from carekit.domain.sealed import is_sealed
from carekit.services import family, stays, travel
from carekit.services.family import TravellerInput
from carekit.ui.family.legs_dialog import LegDialog, LegsDialog
from carekit.ui.family.stay_dialog import StayDialog
from carekit.ui.family.travel_import_dialog import TravelImportDialog
from carekit.ui.family.traveller_dialog import TravellerDialog
from tests.ui.conftest import when_modal
from tests.unit.test_family_travel import AGENT_SHEET


def _page(window):
    page = window.page("FamilyPage")
    window.tabs.setCurrentWidget(page)
    return page


def _save(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)


def test_a_coordinator_adds_a_mother_with_her_papers_and_corrects_her_needs(window, qtbot, event_workspace):
    page = _page(window)
    seen = {}

    def fill(dialog):
        qtbot.keyClicks(dialog.worker, "E100001")
        dialog.name.setText("李秀英")  # Chinese arrives through the input method
        dialog.relationship.setCurrentIndex(dialog.relationship.findData("parent"))
        dialog.age_band.setCurrentIndex(dialog.age_band.findData("elderly"))
        qtbot.keyClick(dialog.needs["wheelchair"], Qt.Key.Key_Space)
        qtbot.keyClicks(dialog.id_type, "resident id")
        qtbot.keyClicks(dialog.id_number, "110101194501011234")
        seen["placeholder"] = dialog.id_number.placeholderText()
        _save(qtbot, dialog)

    timer = when_modal(TravellerDialog, fill)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    timer.stop()
    [mother] = family.list_travellers(event_workspace)
    assert (mother.name, mother.relationship, mother.needs) == ("李秀英", "parent", ["wheelchair"])
    assert mother.id_doc_number == "110101194501011234" and "sealed" in seen["placeholder"]
    with event_workspace.db.session() as session:
        stored = session.connection().exec_driver_sql("SELECT id_doc_number FROM travellerprivate").scalar()
    assert is_sealed(stored)
    assert page.table.rowCount() == 1 and "110101194501011234" in page.table.item(0, 5).text()

    def correct(dialog):
        assert dialog.id_number.text() == "110101194501011234"  # opened: the key is unlocked here
        qtbot.keyClick(dialog.needs["halal"], Qt.Key.Key_Space)
        dialog.language.setCurrentIndex(dialog.language.findData("es"))
        _save(qtbot, dialog)

    timer = when_modal(TravellerDialog, correct)
    page.table.setFocus()
    page.table.selectRow(0)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    timer.stop()
    view = family.traveller(event_workspace, mother.person_id)
    assert (view.needs, view.language) == (["wheelchair", "halal"], "es")


def test_a_bad_traveller_is_named_in_the_dialog_and_nothing_is_saved(window, qtbot, event_workspace):
    page = _page(window)
    dialog = TravellerDialog(page.context, worker="E100002", parent=page)
    dialog.show()
    dialog.age_band.setCurrentIndex(dialog.age_band.findData("child"))
    dialog.name.setText("张小红")
    _save(qtbot, dialog)
    assert dialog.isVisible() and "adult" in dialog.message.text()
    assert family.list_travellers(event_workspace) == []


def test_legs_are_added_with_each_places_zone_checked_and_cancelled_after_asking(window, qtbot, event_workspace):
    page = _page(window)
    ws = event_workspace
    mother = family.add_traveller(ws, TravellerInput(worker="E100001", name="李秀英", relationship="parent"))
    son = family.add_traveller(ws, TravellerInput(worker="E100001", name="张小宝", relationship="child",
                                                  age_band="child"))
    legs = LegsDialog(page.context, family.traveller(ws, mother), parent=page)
    legs.show()
    seen = {}

    def book(dialog):
        assert dialog.mode.currentData() == "train"
        qtbot.keyClicks(dialog.number, "g79")
        dialog.from_place.setText("北京西")
        dialog.to_place.setText("深圳北")
        seen["zone"] = dialog.from_zone.text()
        qtbot.keyClicks(dialog.departs, "2026-12-04 10:00")
        qtbot.keyClicks(dialog.arrives, "2026-12-04 09:30")
        _save(qtbot, dialog)
        seen["refused"] = dialog.message.text()
        dialog.arrives.clear()
        qtbot.keyClicks(dialog.arrives, "2026-12-04 18:30")
        _save(qtbot, dialog)

    timer = when_modal(LegDialog, book)
    qtbot.mouseClick(legs.add_button, Qt.MouseButton.LeftButton)
    timer.stop()
    assert "Asia/Shanghai" in seen["zone"] and "before it departs" in seen["refused"]
    [leg] = travel.legs_of(ws, mother)
    assert (leg.number, leg.departs, leg.arrives_zone) == ("G79", "2026-12-04T10:00", "Asia/Shanghai")
    assert travel.legs_of(ws, son) == [leg]  # the whole family was ticked
    assert legs.table.rowCount() == 1 and "Asia/Shanghai" in legs.table.item(0, 3).text()

    def keep(box):
        qtbot.keyClick(box, Qt.Key.Key_Escape)

    timer = when_modal(QMessageBox, keep)
    legs.table.setFocus()
    qtbot.keyClick(legs.table, Qt.Key.Key_Delete)
    timer.stop()
    assert len(travel.legs_of(ws, mother)) == 1  # Esc keeps it

    def cancel(box):
        next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole).click()

    timer = when_modal(QMessageBox, cancel)
    qtbot.mouseClick(legs.delete_button, Qt.MouseButton.LeftButton)
    timer.stop()
    assert travel.legs_of(ws, mother) == [] and legs.table.rowCount() == 0


def test_a_full_room_is_warned_about_while_typing_and_refused(window, qtbot, event_workspace):
    page = _page(window)
    ws = event_workspace
    mother = family.add_traveller(ws, TravellerInput(worker="E100001", name="李秀英", relationship="parent"))
    aunt = family.add_traveller(ws, TravellerInput(worker="E100001", name="李秀兰", relationship="other"))
    first = StayDialog(page.context, family.traveller(ws, mother), parent=page)
    first.show()
    first.hotel.setText("维也纳酒店")
    qtbot.keyClicks(first.room, "1203")
    first.room_type.setCurrentIndex(first.room_type.findData("single"))
    _save(qtbot, first)
    assert stays.stay_of(ws, mother).room == "1203"
    second = StayDialog(page.context, family.traveller(ws, aunt), parent=page)
    second.show()
    second.hotel.setText("维也纳酒店")
    qtbot.keyClicks(second.room, "1203")
    second.room_type.setCurrentIndex(second.room_type.findData("single"))
    assert "full" in second.warning.text()
    _save(qtbot, second)
    assert second.isVisible() and "1203" in second.message.text() and stays.stay_of(ws, aunt) is None


def test_the_agents_sheet_is_previewed_then_its_good_rows_imported(window, qtbot, event_workspace, tmp_path):
    page = _page(window)
    ws = event_workspace
    family.add_traveller(ws, TravellerInput(worker="E100001", name="李秀英", relationship="parent", age_band="elderly"))
    family.add_traveller(ws, TravellerInput(worker="E100001", name="张小宝", relationship="child", age_band="child"))
    family.add_traveller(ws, TravellerInput(worker="E100003", name="陈静", relationship="spouse"))
    sheet = tmp_path / "行程单.csv"
    sheet.write_bytes(AGENT_SHEET.encode("gb18030"))
    dialog = TravelImportDialog(page.context, parent=page)
    dialog.show()
    dialog.load(sheet)
    qtbot.waitUntil(lambda: dialog.report is not None and dialog.task is None, timeout=10000)
    assert dialog.bad_lines.count() == 3 and "line 7" in dialog.bad_lines.item(0).text()
    assert "3 legs" in dialog.summary.text() and travel.legs(ws) == []
    assert dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.imported, timeout=10000)
    assert len(travel.legs(ws)) == 3 and "Imported" in dialog.summary.text()


def test_on_a_locked_laptop_the_papers_say_locked_and_the_editor_keeps_them(window, qtbot, event_workspace):
    from carekit.services import health_key
    page = _page(window)
    ws = event_workspace
    mother = family.add_traveller(ws, TravellerInput(worker="E100001", name="李秀英", relationship="parent",
                                                     id_doc_type="passport", id_doc_number="E12345678"))
    health_key.lock_health(ws)
    page.refresh()
    assert "locked" in page.table.item(0, 5).text() and "5678" not in page.table.item(0, 5).text()
    dialog = TravellerDialog(page.context, family.traveller(ws, mother), parent=page)
    dialog.show()
    assert dialog.id_number.text() == "" and "locked" in dialog.id_number.placeholderText()
    qtbot.keyClick(dialog.needs["vegetarian"], Qt.Key.Key_Space)
    _save(qtbot, dialog)
    health_key.unlock_health(ws, "mango lantern 19")
    view = family.traveller(ws, mother)
    assert (view.id_doc_number, view.needs) == ("E12345678", ["vegetarian"])  # the number was not wiped
