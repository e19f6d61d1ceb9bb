"""Legs, rooms, vehicles and the arrivals board, the way a coordinator's day goes."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from carekit.domain.family_tables import LegPassenger, Pickup, TravelLeg, Vehicle
from carekit.domain.tables import CheckIn
from carekit.services import family, family_board, pickups, stays, travel, travel_import
from carekit.services.checkin import CheckInRefused
from carekit.services.errors import ValidationError
from carekit.services.family import TravellerInput
from carekit.services.travel import LegInput
from tests.unit.conftest import count_rows
from tests.unit.family_fixtures import desk_volunteer, make_families


def test_a_flight_from_urumqi_is_stored_in_each_places_own_time(ws, crowd):
    f = make_families(ws, crowd)
    flight = next(leg for leg in travel.legs(ws) if leg.id == f.flight)
    assert (flight.departs_zone, flight.arrives_zone) == ("Asia/Urumqi", "Asia/Shanghai")
    with ws.db.session() as session:
        row = session.get(TravelLeg, f.flight)
    assert (row.departs_utc, row.arrives_utc) == ("2026-12-04T03:00:00Z", "2026-12-04T07:20:00Z")
    assert (row.from_place, row.to_place, row.to_city) == ("乌鲁木齐地窝堡国际机场", "深圳宝安国际机场", "深圳")


@pytest.mark.parametrize("change, reason", [
    ({"arrives": "2026-12-04 07:30 Asia/Shanghai"}, "arrives_first"),
    ({"departs": "2026-12-04 08:00 Mars/Olympus"}, "bad_timezone"),
    ({"from_place": "深证北"}, "unknown_place"),
    ({"departs": "4 Dec 8am"}, "bad_time"),
    ({"arrives": "2026-12-04 16:30 Asia/Tokyo"}, "zone_mismatch"),
    ({"mode": "rocket"}, "bad_mode"),
    ({"number": ""}, "no_number"),
])
def test_each_impossible_leg_is_refused_and_nothing_is_stored(ws, crowd, change, reason):
    f = make_families(ws, crowd)
    before = count_rows(ws.db, TravelLeg), count_rows(ws.db, LegPassenger)
    good = LegInput((f.wife,), "train", "G1234", "北京西", "深圳北", "2026-12-04 08:00 Asia/Shanghai",
                    "2026-12-04 16:30 Asia/Shanghai")
    with pytest.raises(ValidationError) as refused:
        travel.add_legs(ws, [good, LegInput(**{**good.__dict__, **change})])
    assert refused.value.reason == reason
    assert (count_rows(ws.db, TravelLeg), count_rows(ws.db, LegPassenger)) == before


def test_an_arrival_one_hour_earlier_in_urumqi_time_is_still_after_departure(ws, crowd):
    f = make_families(ws, crowd)
    # Wall clocks: departs 10:00 Ürümqi (UTC+6), arrives 11:30 Shanghai (UTC+8): a 30-minute hop is
    # impossible but legal arithmetic says arrival is before departure; it is refused.
    with pytest.raises(ValidationError) as refused:
        travel.add_leg(ws, LegInput((f.wife,), "flight", "CZ1", "URC", "SZX", "2026-12-04 10:00", "2026-12-04 11:30"))
    assert refused.value.reason == "arrives_first"


def test_a_coach_may_stop_anywhere_but_a_train_only_at_known_stations(ws, crowd):
    f = make_families(ws, crowd)
    leg = travel.add_leg(ws, LegInput((f.wife,), "coach", "", "信阳客运站", "深圳北", "2026-12-03 20:00",
                                      "2026-12-04 09:00"))
    assert any(l.id == leg and l.from_place == "信阳客运站" for l in travel.legs(ws))


def test_rooms_hold_their_type_and_no_more(ws, crowd):
    f = make_families(ws, crowd)
    stays.place_in_room(ws, stays.StayInput(f.mother, "维也纳酒店", "1203", "twin", "2026-12-04", 2))
    stays.place_in_room(ws, stays.StayInput(f.son, "维也纳酒店", "1203", "twin", "2026-12-04", 2))
    with pytest.raises(ValidationError) as refused:
        stays.place_in_room(ws, stays.StayInput(f.wife, "维也纳酒店", "1203", "twin", "2026-12-04", 2))
    assert refused.value.reason == "room_full" and "1203" in refused.value.message
    listing = stays.rooming_list(ws)
    assert [(r.room, [g[1] for g in r.guests]) for r in listing.rooms] == [("1203", ["李秀英", "张小宝"])]
    assert listing.unhoused == [(f.wife, "陈静")] and listing.over_capacity == []
    stays.place_in_room(ws, stays.StayInput(f.wife, "维也纳酒店", "1205", "single"))
    assert stays.rooming_list(ws).unhoused == []


def test_pickups_group_by_place_and_window_and_give_wheelchairs_an_accessible_van(ws, crowd):
    f = make_families(ws, crowd)
    result = pickups.plan_pickups(ws, window_minutes=60)
    plans = {p.place: p for p in pickups.vehicle_plans(ws)}
    assert result.seated == 3
    assert plans["深圳北"].accessible and {s.name for s in plans["深圳北"].seats} == {"李秀英", "张小宝"}
    assert plans["深圳宝安国际机场"].label.startswith("深圳宝安国际机场 12-04 15:20")
    again = pickups.plan_pickups(ws)  # nobody seated twice
    assert again.seated == 0 and count_rows(ws.db, Pickup) == 3


def test_arrivals_an_hour_apart_ride_in_separate_vehicles(ws, crowd):
    f = make_families(ws, crowd)
    late = family.add_traveller(ws, TravellerInput(worker=crowd["张伟明"].person_id, name="刘洋",
                                                   relationship="sibling"))
    travel.add_leg(ws, LegInput((late,), "train", "G81", "北京西", "深圳北", "2026-12-04 12:00",
                                "2026-12-04 20:00"))
    pickups.plan_pickups(ws, window_minutes=60, capacity=7)
    at_north = [p for p in pickups.vehicle_plans(ws) if p.place == "深圳北"]
    assert len(at_north) == 2 and sorted(p.headcount for p in at_north) == [1, 2]


def test_warnings_for_a_late_train_a_full_van_and_someone_without_a_pickup(ws, crowd):
    f = make_families(ws, crowd)
    pickups.plan_pickups(ws)
    north = next(p for p in pickups.vehicle_plans(ws) if p.place == "深圳北")
    travel.edit_leg(ws, f.train, arrives="2026-12-04 19:40")
    warned = {(w.kind, w.traveller_id): w for w in pickups.pickup_warnings(ws)}
    assert ("leg_changed", f.mother) in warned and ("before_arrival", f.son) in warned
    # Times as values for the page to write: the leg's planned and current landing, the seat's wall clock.
    assert warned["leg_changed", f.mother].times == ("2026-12-04T10:30:00Z", "2026-12-04T11:40:00Z")
    assert (warned["before_arrival", f.son].detail, warned["before_arrival", f.son].times) == (
        "G79", ("2026-12-04T19:40",))
    pickups.edit_vehicle(ws, north.id, leaves_at="2026-12-04 19:50", driver_name="老周",
                         driver_phone="13911112222")
    kinds = {w.kind for w in pickups.pickup_warnings(ws)}
    assert "before_arrival" not in kinds and "leg_changed" in kinds
    extra = family.add_traveller(ws, TravellerInput(worker=f.worker_wang, name="王大山", relationship="parent"))
    travel.add_leg(ws, LegInput((extra,), "flight", "CZ3456", "URC", "SZX", "2026-12-04 09:00 Asia/Urumqi",
                                "2026-12-04 15:20"))
    assert ("no_pickup", extra) in {(w.kind, w.traveller_id) for w in pickups.pickup_warnings(ws)}
    with pytest.raises(ValidationError):
        pickups.edit_vehicle(ws, north.id, capacity=1)
    pickups.edit_vehicle(ws, north.id, capacity=2)
    with pytest.raises(ValidationError) as refused:
        pickups.move_traveller(ws, extra, north.id)
    assert refused.value.reason == "vehicle_full"
    plan = next(p for p in pickups.vehicle_plans(ws) if p.id == north.id)
    assert (plan.driver_name, plan.driver_phone) == ("老周", "+8613911112222")
    assert plan.leaves_at == "2026-12-04T11:50:00Z"  # the event's clock, Asia/Shanghai


def test_the_board_says_on_time_landed_picked_up_and_missing(ws, crowd):
    f = make_families(ws, crowd)
    pickups.plan_pickups(ws)
    before = datetime(2026, 12, 4, 7, 0, tzinfo=timezone.utc)
    board = family_board.arrivals_board(ws, now=before)
    assert [r.name for r in board.rows][0] == "陈静"  # by arrival time: her flight lands first
    assert [r.arrives for r in board.rows] == ["2026-12-04T15:20", "2026-12-04T18:30", "2026-12-04T18:30"]
    assert family_board.event_clock(board) == "2026-12-04T15:00+08:00"  # the event's wall clock, as a value
    assert board.counts["on_time"] == 3 and all(r.vehicle for r in board.rows)
    first = board.as_dict()["travellers"][0]  # what `carekit family board --json` prints
    assert {"person_id", "name", "status", "arrives", "vehicle"} <= set(first) and first["name"] == "陈静"
    landed = family_board.arrivals_board(ws, now=datetime(2026, 12, 4, 7, 40, tzinfo=timezone.utc))
    assert landed.counts["landed"] == 1
    token = family.traveller(ws, f.wife).registration_token
    result = family_board.scan_arrival(ws, token, "pickup")
    assert result.name == "陈静" and family.traveller(ws, f.wife).status == "arrived"
    late = family_board.arrivals_board(ws, now=datetime(2026, 12, 4, 12, 0, tzinfo=timezone.utc))
    assert late.counts == {"on_time": 0, "landed": 0, "picked_up": 1, "missing": 2}
    missing = {v.label: v.missing for v in late.vehicles}
    assert sorted(sum(missing.values(), [])) == sorted(["李秀英", "张小宝"])
    counts = family_board.family_counts(ws, now=datetime(2026, 12, 4, 12, 0, tzinfo=timezone.utc))
    assert (counts.expected, counts.arrived, counts.missing) == (3, 1, 2)


def test_a_badge_scanned_at_pickup_for_someone_not_travelling_records_nothing(ws, crowd):
    make_families(ws, crowd)
    desk = desk_volunteer(ws)
    before = count_rows(ws.db, CheckIn)
    with pytest.raises(CheckInRefused) as refused:
        family_board.scan_arrival(desk, crowd["张伟"].token, "pickup")
    assert refused.value.reason == "not_travelling" and "张伟" in refused.value.message
    stay_home = family.add_traveller(ws, TravellerInput(worker=crowd["张伟明"].person_id, name="刘洋",
                                                        relationship="sibling"))
    with pytest.raises(CheckInRefused):
        family_board.scan_arrival(desk, family.traveller(ws, stay_home).registration_token, "hotel")
    with pytest.raises(CheckInRefused) as forged:
        family_board.scan_arrival(desk, crowd["张伟"].token[:-3] + "AAA", "pickup")
    assert forged.value.reason in ("forged", "malformed")
    assert count_rows(ws.db, CheckIn) == before


def test_a_repeat_scan_at_the_hotel_is_recorded_and_the_status_stays(ws, crowd):
    f = make_families(ws, crowd)
    desk = desk_volunteer(ws)
    token = family.traveller(ws, f.mother).registration_token
    first = family_board.scan_arrival(desk, token, "pickup")
    again = family_board.scan_arrival(desk, token, "pickup")
    assert (first.outcome, again.outcome) == ("checked_in", "already")
    family.set_status(ws, f.mother, "departed")
    family_board.scan_arrival(desk, token, "hotel")
    assert family.traveller(ws, f.mother).status == "departed"
    assert count_rows(ws.db, CheckIn) == 3


AGENT_SHEET = """2026 家属探亲 行程单,,,,,,,,,,
姓名,员工工号,行程,方式,车次航班,出发,到达,出发时间,到达时间,订单号,座位
李秀英,E100001,去程,高铁,G79,北京西,深圳北,2026-12-04 10:00,2026-12-04 18:30,E123456,05车12A
张小宝,E100001,去程,高铁,G79,北京西,深圳北,2026-12-04 10:00,2026-12-04 18:30,E123456,05车12B
陈静,E100003,去程,飞机,CZ3456,URC,SZX,2026-12-04 09:00 Asia/Urumqi,2026-12-04 15:20,PNR77,
陈静,E100003,返程,飞机,CZ3455,SZX,URC,2026-12-06 16:00,2026-12-06 19:40 Asia/Urumqi,PNR77,
李秀英,E100001,返程,高铁,G80,深圳北,北京西,2026-12-06 18:00,2026-12-06 10:00,E123457,
无名氏,E100001,去程,高铁,G79,北京西,深圳北,2026-12-04 10:00,2026-12-04 18:30,E123456,
张小宝,E100001,去程,高铁,G79,北京西,深证北,2026-12-04 10:00,2026-12-04 18:30,E123456,
"""


def test_the_travel_agents_sheet_keeps_good_rows_and_names_each_bad_line(ws, crowd, tmp_path):
    zhang, wang = crowd["张伟"].person_id, crowd["王小明"].person_id
    family.add_traveller(ws, TravellerInput(worker=zhang, name="李秀英", relationship="parent", age_band="elderly"))
    family.add_traveller(ws, TravellerInput(worker=zhang, name="张小宝", relationship="child", age_band="child"))
    family.add_traveller(ws, TravellerInput(worker=wang, name="陈静", relationship="spouse"))
    sheet = tmp_path / "行程单.csv"
    sheet.write_bytes(AGENT_SHEET.encode("gb18030"))
    report = travel_import.import_travel(ws, sheet)
    assert (report.legs, report.passengers) == (3, 4)
    assert [line for line, _ in report.errors] == [7, 8, 9]
    assert "line 7" in report.errors[0][1] and "arrives" in report.errors[0][1]
    assert "无名氏" in report.errors[1][1] and "深证北" in report.errors[2][1]
    g79 = next(l for l in travel.legs(ws) if l.number == "G79")
    assert len(g79.travellers) == 2
    again = travel_import.import_travel(ws, sheet)  # the same file twice adds nothing
    assert (again.legs, again.passengers) == (0, 0) and count_rows(ws.db, TravelLeg) == 3


def test_a_sheet_without_the_needed_columns_is_refused_whole(ws, crowd, tmp_path):
    sheet = tmp_path / "wrong.csv"
    sheet.write_text("姓名,手机号\n李秀英,13800138000\n", encoding="utf-8")
    with pytest.raises(ValidationError) as refused:
        travel_import.import_travel(ws, sheet)
    assert refused.value.reason == "no_columns" and "wrong.csv" in refused.value.message
    assert count_rows(ws.db, TravelLeg) == 0 and count_rows(ws.db, Vehicle) == 0
