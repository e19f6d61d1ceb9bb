"""A volunteer types a relative's or a driver's number with its own country code and gets it wrong:
the message names the number, and names the event's region only when the region was used."""

from __future__ import annotations

import pytest

from carekit.services import corrections, family, pickups, walk_in
from carekit.services.errors import ValidationError
from carekit.services.family import TravellerInput
from tests.unit.family_fixtures import make_families

FOREIGN = "+52 55 123"  # a Mexican number, too short: CN plays no part
LOCAL = "12345"  # no country code: judged as a Chinese number


def refusal(action) -> str:
    with pytest.raises(ValidationError) as refused:
        action()
    assert refused.value.reason == "bad_phone"
    return refused.value.message


def phone_fields(ws, crowd):
    """Every form where a phone is typed, each as a function of the number typed."""
    f = make_families(ws, crowd)
    pickups.plan_pickups(ws)
    vehicle = pickups.vehicle_plans(ws)[0].id
    return {
        "traveller": lambda phone: family.add_traveller(ws, TravellerInput(
            worker=f.worker_zhang, name="张大山", relationship="parent", phone=phone)),
        "pick-up driver": lambda phone: pickups.edit_vehicle(ws, vehicle, driver_phone=phone),
        "walk-in": lambda phone: walk_in.register_walk_in(ws, walk_in.WalkIn(
            name="刘洋", phone=phone, consent_given=True)),
        "person correction": lambda phone: corrections.edit_person(ws, crowd["张伟"].person_id, {"phone": phone}),
    }


def test_a_number_with_its_own_country_code_is_never_judged_for_the_events_region(ws, crowd):
    for field, save in phone_fields(ws, crowd).items():
        message = refusal(lambda: save(FOREIGN))
        assert FOREIGN in message and "region" not in message, field


def test_a_local_number_names_the_region_it_was_read_for(ws, crowd):
    for field, save in phone_fields(ws, crowd).items():
        message = refusal(lambda: save(LOCAL))
        assert LOCAL in message and "region CN" in message, field
