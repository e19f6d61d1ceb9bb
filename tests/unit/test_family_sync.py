"""Two coordinators plan the family visit on two laptops and exchange bundles."""

from __future__ import annotations

from carekit.services import conflicts, family, health_key, family_board, pickups, stays, travel
from carekit.services.events import current_event
from carekit.services.family import TravellerInput
from carekit.services.people import PersonInput, register_people
from carekit.services.travel import LegInput
from tests.unit.sync_lab import make_event


def test_two_coordinators_edits_of_one_family_meet_and_a_clash_is_listed(tmp_path):
    a, b = make_event(tmp_path / "event", 2)
    with a.ws.writing() as journal:
        [worker] = register_people(journal, current_event(journal.session),
                                   [PersonInput(name="张伟", phone="+8613800138000", staff_id="E1")], source="roster")
    mother = family.add_traveller(a.ws, TravellerInput(worker="E1", name="李秀英", relationship="parent",
                                                       age_band="elderly", id_doc_number="110101194501011234"))
    leg = travel.add_leg(a.ws, LegInput((mother,), "train", "G79", "北京西", "深圳北", "2026-12-04 10:00",
                                        "2026-12-04 18:30"))
    b.take(a.export(tmp_path))
    # Offline: a moves her train and gives her a room; b books another room and marks her ticketed.
    travel.edit_leg(a.ws, leg, arrives="2026-12-04 19:10")
    family.edit_traveller(a.ws, mother, needs=["wheelchair"])
    stays.place_in_room(a.ws, stays.StayInput(mother, "维也纳酒店", "1203", "twin"))
    family.set_status(b.ws, mother, "ticketed")
    travel.edit_leg(b.ws, leg, booking_ref="E777")
    b.take(a.export(tmp_path))
    a.take(b.export(tmp_path))
    assert a.dump() == b.dump()
    # b never typed the health passphrase: the number arrived sealed and stays locked there until it does.
    assert family.traveller(b.ws, mother).private == family.PRIVATE_LOCKED
    health_key.unlock_health(b.ws, "mango lantern 19")
    for laptop in (a, b):
        view = family.traveller(laptop.ws, mother)
        assert (view.status, view.needs, view.id_doc_number) == ("ticketed", ["wheelchair"], "110101194501011234")
        [row] = [l for l in travel.legs(laptop.ws) if l.id == leg]
        assert (row.arrives, row.booking_ref) == ("2026-12-04T19:10", "E777")
    assert conflicts.list_conflicts(a.ws) == []
    travel.edit_leg(a.ws, leg, number="G81")
    travel.edit_leg(b.ws, leg, number="G83")
    b.take(a.export(tmp_path))
    a.take(b.export(tmp_path))
    clashes = [c for c in conflicts.list_conflicts(a.ws) if c.entity == "travelleg"]
    assert len(clashes) == 1 and clashes[0].field == "number"


def test_an_arrival_scanned_on_one_laptop_shows_on_the_other_board(tmp_path):
    a, b = make_event(tmp_path / "event", 2)
    with a.ws.writing() as journal:
        register_people(journal, current_event(journal.session), [PersonInput(name="王小明", staff_id="E3")],
                        source="roster")
    wife = family.add_traveller(a.ws, TravellerInput(worker="E3", name="陈静", relationship="spouse"))
    travel.add_leg(a.ws, LegInput((wife,), "flight", "CZ3456", "URC", "SZX", "2026-12-04 09:00 Asia/Urumqi",
                                  "2026-12-04 15:20"))
    pickups.plan_pickups(a.ws)
    b.take(a.export(tmp_path))
    family_board.scan_arrival(b.ws, family.traveller(b.ws, wife).registration_token, "pickup")
    a.take(b.export(tmp_path))
    board = family_board.arrivals_board(a.ws)
    assert [r.board for r in board.rows] == ["picked_up"] and board.rows[0].vehicle


def test_a_status_marked_arrived_on_one_laptop_is_not_undone_by_a_later_ticketing_on_another(tmp_path):
    a, b = make_event(tmp_path / "event", 2)
    with a.ws.writing() as journal:
        register_people(journal, current_event(journal.session), [PersonInput(name="刘芳", staff_id="E4")],
                        source="roster")
    father = family.add_traveller(a.ws, TravellerInput(worker="E4", name="刘建国", relationship="parent"))
    b.take(a.export(tmp_path))
    family.set_status(a.ws, father, "arrived")  # scanned at the station
    family.set_status(b.ws, father, "ticketed")  # a coordinator catching up with the paperwork, later
    b.take(a.export(tmp_path))
    a.take(b.export(tmp_path))
    assert family.traveller(a.ws, father).status == family.traveller(b.ws, father).status == "arrived"
