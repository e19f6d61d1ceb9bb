"""A worker registered twice (roster and walk-in) has family on both records; the coordinator merges
the walk-in away, and every list, the board, the vans and the itinerary follow the survivor."""

from __future__ import annotations

from datetime import datetime, timezone

from carekit.services import family, family_board, family_print, merges, pickups, travel
from carekit.services.events import current_event
from carekit.services.family import TravellerInput
from carekit.services.people import PersonInput, register_people
from carekit.services.travel import LegInput

NOON = datetime(2026, 12, 4, 4, 0, tzinfo=timezone.utc)


def _walk_in_twin(ws) -> str:
    with ws.writing() as journal:
        [twin] = register_people(journal, current_event(journal.session),
                                 [PersonInput(name="Zhang Wei", phone="+8613900000001", staff_id="W-9")],
                                 source="walk-in")
    return twin.person_id


def test_a_traveller_of_a_merged_away_worker_points_at_the_survivor_everywhere(ws, crowd):
    zhang = crowd["张伟"].person_id
    twin = _walk_in_twin(ws)
    mother = family.add_traveller(ws, TravellerInput(worker=twin, name="李秀英", relationship="parent",
                                                     age_band="elderly"))
    son = family.add_traveller(ws, TravellerInput(worker=zhang, name="张小宝", relationship="child",
                                                  age_band="adult"))
    travel.add_leg(ws, LegInput((mother, son), "train", "G79", "北京西", "深圳北",
                                "2026-12-04 10:00 Asia/Shanghai", "2026-12-04 18:30 Asia/Shanghai"))
    assert {v.worker_id for v in family.list_travellers(ws)} == {zhang, twin}
    family_board.arrivals_board(ws, NOON)  # the board has read the rows once and keeps them

    merge = merges.merge_people(ws, zhang, twin)

    views = {v.person_id: v for v in family.list_travellers(ws)}
    assert (views[mother].worker_id, views[mother].worker_name, views[mother].worker_phone) == (
        zhang, "张伟", "+8613800138000")
    [party] = family.parties(ws)
    assert party.worker_id == zhang and {t.person_id for t in party.travellers} == {mother, son}
    assert {v.person_id for v in family.list_travellers(ws, twin)} == {mother, son}  # asked by the old record
    board = {r.person_id: r.worker_name for r in family_board.arrivals_board(ws, NOON).rows}
    assert board == {mother: "张伟", son: "张伟"}
    pickups.plan_pickups(ws, 60, 7)
    [van] = pickups.vehicle_plans(ws)  # one family, one van: the party is whole again
    assert {(s.name, s.worker_name, s.phone) for s in van.seats} == {
        ("李秀英", "张伟", "+8613800138000"), ("张小宝", "张伟", "+8613800138000")}
    trip = family_print.itinerary(ws, zhang)
    assert (trip.worker, trip.contact_phone, sorted(trip.travellers)) == ("张伟", "+86 138 0013 8000", ["张小宝", "李秀英"])
    assert "Zhang Wei" not in family_print.itinerary_message(ws, twin)
    with ws.db.session() as session:
        assert family.family_of(session) == {mother: zhang, son: zhang}

    merges.unmerge(ws, merge)  # undone: the mother is the walk-in's family again
    views = {v.person_id: v for v in family.list_travellers(ws)}
    assert (views[mother].worker_id, views[mother].worker_name) == (twin, "Zhang Wei")
    assert {r.person_id: r.worker_name for r in family_board.arrivals_board(ws, NOON).rows}[mother] == "Zhang Wei"


def test_a_relative_added_to_the_merged_away_record_joins_the_survivors_family(ws, crowd):
    zhang = crowd["张伟"].person_id
    twin = _walk_in_twin(ws)
    family.add_traveller(ws, TravellerInput(worker=zhang, name="王芳", relationship="spouse"))
    merges.merge_people(ws, zhang, twin)
    # A child needs an adult in the family: the survivor's spouse counts, asked by either record.
    child = family.add_traveller(ws, TravellerInput(worker="W-9", name="张小红", relationship="child",
                                                    age_band="child"))
    assert family.traveller(ws, child).worker_id == zhang
