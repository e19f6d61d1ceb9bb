"""The welcome desk on family day: the coordinator plans the vans, the board shows who has landed."""

from __future__ import annotations

from PySide6.QtCore import Qt

import carekit.services.family_print  # noqa: F401  (reportlab reads its settings once, at import)
from carekit.services import family, pickups, travel
from carekit.services.family import TravellerInput
from carekit.services.travel import LegInput


def _families(ws):
    zhang, wang = ws.registered["张伟"].person_id, ws.registered["王小明"].person_id
    mother = family.add_traveller(ws, TravellerInput(worker=zhang, name="李秀英", relationship="parent",
                                                     age_band="elderly", needs=("wheelchair",)))
    son = family.add_traveller(ws, TravellerInput(worker=zhang, name="张小宝", relationship="child", age_band="child"))
    wife = family.add_traveller(ws, TravellerInput(worker=wang, name="陈静", relationship="spouse"))
    travel.add_leg(ws, LegInput((mother, son), "train", "G79", "北京西", "深圳北", "2026-12-04 10:00",
                                "2026-12-04 18:30"))
    travel.add_leg(ws, LegInput((wife,), "train", "G81", "北京西", "深圳北", "2026-12-04 12:00",
                                "2026-12-04 18:50"))
    return mother, son, wife


def test_the_coordinator_plans_vans_moves_a_traveller_and_names_the_driver(window, qtbot, event_workspace):
    mother, son, wife = _families(event_workspace)
    page = window.page("FamilyPage")
    window.tabs.setCurrentWidget(page)
    assert page.table.rowCount() == 3
    page.tabs.setCurrentWidget(page.vehicles)
    plan = page.vehicles
    plan.capacity.setValue(7)
    qtbot.mouseClick(plan.plan_button, Qt.MouseButton.LeftButton)
    assert plan.vehicles.count() == 2  # the wheelchair family in an accessible van, 陈静 in another
    accessible = next(i for i, p in enumerate(plan.plans) if p.accessible)
    other = 1 - accessible
    plan.vehicles.setCurrentRow(other)
    assert [plan.seats.item(r, 0).text().split()[0] for r in range(plan.seats.rowCount())] == ["陈静"]
    plan.seats.selectRow(0)
    plan.target.setCurrentIndex(accessible)
    qtbot.mouseClick(plan.move_button, Qt.MouseButton.LeftButton)
    seated = {p.id: {s.name for s in p.seats} for p in pickups.vehicle_plans(event_workspace)}
    assert seated[plan.plans[accessible].id] == {"李秀英", "张小宝", "陈静"}
    plan.vehicles.setCurrentRow(accessible)
    plan.driver.setText("周师傅")  # Chinese arrives through the input method, not as key presses
    qtbot.keyClicks(plan.phone, "13911112222")
    qtbot.mouseClick(plan.driver_button, Qt.MouseButton.LeftButton)
    van = next(p for p in pickups.vehicle_plans(event_workspace) if p.accessible)
    assert (van.driver_name, van.driver_phone) == ("周师傅", "+8613911112222")


def test_the_arrivals_board_refreshes_itself_after_a_scan_at_the_station(window, qtbot, event_workspace):
    mother, son, wife = _families(event_workspace)
    pickups.plan_pickups(event_workspace)
    page = window.page("FamilyPage")
    window.tabs.setCurrentWidget(page)
    page.open_board()
    board = page.board_window
    qtbot.waitExposed(board)
    board.timer.setInterval(100)
    assert board.table.rowCount() == 3
    assert board.table.font().pixelSize() >= 28  # readable from across the room
    from carekit.services import family_board
    token = family.traveller(event_workspace, wife).registration_token
    family_board.scan_arrival(event_workspace, token, "pickup")  # on the driver's laptop, say
    qtbot.waitUntil(lambda: board.board.counts["picked_up"] == 1, timeout=3000)
    states = [board.table.item(r, 3).text() for r in range(3)]
    assert states.count("picked up") == 1
    qtbot.keyClick(board, Qt.Key.Key_Escape)
    assert not board.isVisible()


def test_a_desk_volunteer_marks_an_arrival_but_cannot_step_back(window, qtbot, event_workspace):
    mother, son, wife = _families(event_workspace)
    page = window.page("FamilyPage")
    window.tabs.setCurrentWidget(page)
    row = next(r for r in range(page.table.rowCount()) if page.table.item(r, 0).data(Qt.ItemDataRole.UserRole) == son)
    page.table.selectRow(row)
    page.status.setCurrentIndex(page.status.findData("arrived"))
    qtbot.mouseClick(page.status_button, Qt.MouseButton.LeftButton)
    assert family.traveller(event_workspace, son).status == "arrived"
    page.table.selectRow(row)
    page.status.setCurrentIndex(page.status.findData("confirmed"))
    qtbot.mouseClick(page.status_button, Qt.MouseButton.LeftButton)
    assert "does not go back" in page.message.text()
    assert "1 arrived" in page.summary.text()


def test_the_coordinator_copies_a_familys_itinerary_and_prints_the_manifests(window, qtbot, event_workspace,
                                                                           tmp_path):
    from PySide6.QtWidgets import QApplication
    mother, son, wife = _families(event_workspace)
    pickups.plan_pickups(event_workspace)
    page = window.page("FamilyPage")
    window.tabs.setCurrentWidget(page)
    qtbot.mouseClick(page.papers.copy_button, Qt.MouseButton.LeftButton)
    assert "Select a traveller" in page.message.text()
    row = next(r for r in range(page.table.rowCount()) if page.table.item(r, 0).data(Qt.ItemDataRole.UserRole) == wife)
    page.table.selectRow(row)
    qtbot.mouseClick(page.papers.copy_button, Qt.MouseButton.LeftButton)
    text = QApplication.clipboard().text()
    assert "家属探亲行程单" in text and "G81" in text and "陈静" in text
    out = tmp_path / "vans.pdf"
    page.papers.save_manifests(out)
    qtbot.waitUntil(lambda: "vans.pdf" in page.message.text(), timeout=20000)
    assert out.read_bytes().startswith(b"%PDF")


def test_a_changed_train_is_warned_about_on_the_event_clock(window, qtbot, event_workspace):
    from carekit.ui.formats import datetime_text
    mother, son, wife = _families(event_workspace)
    pickups.plan_pickups(event_workspace)
    [train] = [leg.id for leg in travel.legs_of(event_workspace, mother)]
    travel.edit_leg(event_workspace, train, arrives="2026-12-04 19:40")
    page = window.page("FamilyPage")
    window.tabs.setCurrentWidget(page)
    page.tabs.setCurrentWidget(page.vehicles)
    page.vehicles.refresh()
    shown = page.vehicles.warnings.text()
    # Planned 18:30, now 19:40 in Shenzhen: the stored UTC (10:30Z) is not what the coordinator reads.
    assert f"{datetime_text('2026-12-04T18:30')} → {datetime_text('2026-12-04T19:40')}" in shown
    assert "Z" not in shown and "T1" not in shown
