"""A family-visit morning: two workers' relatives on trains to Shenzhen North, one by air."""

from __future__ import annotations

from dataclasses import dataclass

from carekit.domain.enums import Role
from carekit.services import family, operators, travel
from carekit.services.family import TravellerInput
from carekit.services.travel import LegInput


@dataclass
class Families:
    worker_zhang: str
    worker_wang: str
    mother: str  # 张伟's mother, elderly, wheelchair
    son: str  # 张伟's son, a child
    wife: str  # 王小明's wife, vegetarian
    train: str  # the G79 that brings 张伟's family
    flight: str  # the CZ3456 that brings 王小明's wife


def make_families(ws, crowd) -> Families:
    zhang, wang = crowd["张伟"].person_id, crowd["王小明"].person_id
    mother = family.add_traveller(ws, TravellerInput(
        worker=zhang, name="李秀英", relationship="parent", age_band="elderly", phone="13800138000",
        needs=("wheelchair", "halal"), id_doc_type="resident id", id_doc_number="110101194501011234",
        medical_note="insulin twice a day"))
    son = family.add_traveller(ws, TravellerInput(worker=zhang, name="张小宝", relationship="child",
                                                  age_band="child"))
    wife = family.add_traveller(ws, TravellerInput(worker=wang, name="陈静", relationship="spouse",
                                                   needs=("vegetarian",)))
    train = travel.add_leg(ws, LegInput((mother, son), "train", "G79", "北京西", "深圳北",
                                        "2026-12-04 10:00 Asia/Shanghai", "2026-12-04 18:30 Asia/Shanghai",
                                        booking_ref="E123456"))
    flight = travel.add_leg(ws, LegInput((wife,), "flight", "CZ3456", "URC", "SZX",
                                         "2026-12-04 09:00 Asia/Urumqi", "2026-12-04 15:20"))
    return Families(zhang, wang, mother, son, wife, train, flight)


def desk_volunteer(ws):
    operators.add_operator(ws, "Wu Desk", [Role.DESK], "135790")
    return operators.sign_in(ws.db, "Wu Desk", "135790")
