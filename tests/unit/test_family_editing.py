"""The coordinator corrects the plan by hand: a cancelled train, a room given back, and the agent's
sheet looked at before it is imported."""

from __future__ import annotations

import pytest

from carekit.domain.family_tables import LegPassenger, Stay, TravelLeg
from carekit.services import family, stays, travel, travel_import
from carekit.services.errors import CareKitError, NotFound
from carekit.services.family import TravellerInput
from tests.unit.conftest import count_rows
from tests.unit.family_fixtures import desk_volunteer, make_families
from tests.unit.test_family_travel import AGENT_SHEET


def test_a_cancelled_train_leaves_everyones_legs_and_the_board(ws, crowd):
    f = make_families(ws, crowd)
    assert [leg.number for leg in travel.legs_of(ws, f.son)] == ["G79"]
    assert travel.delete_leg(ws, f.train) == "G79"
    assert travel.legs_of(ws, f.son) == [] and travel.legs_of(ws, f.mother) == []
    with ws.db.session() as session:
        assert session.get(TravelLeg, f.train).deleted
        assert all(p.deleted for p in session.exec(LegPassenger.__table__.select()).all() if p.leg_id == f.train)
    with pytest.raises(NotFound):
        travel.delete_leg(ws, f.train)  # already cancelled
    with pytest.raises(CareKitError):
        travel.delete_leg(desk_volunteer(ws), f.flight)


def test_a_room_is_shown_counted_and_given_back(ws, crowd):
    f = make_families(ws, crowd)
    assert stays.stay_of(ws, f.mother) is None
    stays.place_in_room(ws, stays.StayInput(f.mother, "维也纳酒店", "1203", "twin", "2026-12-04", 2))
    assert stays.room_use(ws, "维也纳酒店", "1203") == 1
    assert stays.room_use(ws, "维也纳酒店", "1203", leaving=f.mother) == 0
    stay = stays.stay_of(ws, f.mother)
    assert (stay.hotel, stay.room, stay.nights) == ("维也纳酒店", "1203", 2)
    assert stays.leave_room(ws, f.mother) is True and stays.stay_of(ws, f.mother) is None
    assert stays.leave_room(ws, f.mother) is False
    assert count_rows(ws.db, Stay) == 1  # a tombstone, not a hard delete


def test_the_agents_sheet_is_previewed_without_writing_and_a_cancel_writes_nothing(ws, crowd, tmp_path):
    zhang, wang = crowd["张伟"].person_id, crowd["王小明"].person_id
    family.add_traveller(ws, TravellerInput(worker=zhang, name="李秀英", relationship="parent", age_band="elderly"))
    family.add_traveller(ws, TravellerInput(worker=zhang, name="张小宝", relationship="child", age_band="child"))
    family.add_traveller(ws, TravellerInput(worker=wang, name="陈静", relationship="spouse"))
    sheet = tmp_path / "行程单.csv"
    sheet.write_bytes(AGENT_SHEET.encode("gb18030"))
    seen = []
    preview = travel_import.preview_travel(ws, sheet, progress=lambda done, total, text: seen.append((done, total)))
    assert (preview.legs, preview.passengers) == (3, 4) and [line for line, _ in preview.errors] == [7, 8, 9]
    assert seen and seen[-1][0] == seen[-1][1]
    assert count_rows(ws.db, TravelLeg) == 0
    with pytest.raises(CareKitError) as cancelled:
        travel_import.import_travel(ws, sheet, progress=lambda done, total, text: False)
    assert cancelled.value.reason == "cancelled" and count_rows(ws.db, TravelLeg) == 0
    assert travel_import.import_travel(ws, sheet).legs == 3
