"""Operators, roles and PINs: who may sign in, how long a guesser waits, who adds whom."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from carekit.domain.enums import Role
from carekit.security.pins import FIRST_WAIT_S, Throttle, hash_pin, pin_matches, valid_pin
from carekit.services import operators
from carekit.services.errors import NotFound, PermissionDenied, ValidationError
from tests.unit.conftest import reopen


def test_a_pin_is_stored_hashed_and_checked():
    stored = hash_pin("246800")
    assert stored.startswith("$argon2") and "246800" not in stored
    assert pin_matches(stored, "246800")
    assert not pin_matches(stored, "246900")
    assert not pin_matches("", "246800")
    assert not pin_matches("not a hash", "246800")


@pytest.mark.parametrize("pin, ok", [("123400", True), ("123456789012", True), ("12345", False), ("1234", False),
                                     ("4" * 64, True), ("4" * 65, False), ("harbour42", True), ("12a4", False),
                                     ("١٢٣٤٥٦", False), ("12 3456", False), ("", False)])
def test_pins_are_six_digits_or_more_and_may_hold_letters(pin, ok):
    assert valid_pin(pin) is ok


def test_the_wait_doubles_after_the_free_tries_and_stops_at_fifteen_minutes():
    now = datetime(2026, 12, 5, 9, 0, tzinfo=timezone.utc)
    throttle = Throttle()
    throttle = throttle.after_failure(now).after_failure(now)
    assert throttle.seconds_left(now) == 0
    throttle = throttle.after_failure(now)
    assert throttle.seconds_left(now) == FIRST_WAIT_S
    assert throttle.after_failure(now).seconds_left(now) == 2 * FIRST_WAIT_S
    for _ in range(20):
        throttle = throttle.after_failure(now)
    assert throttle.seconds_left(now) == 15 * 60
    assert throttle.seconds_left(now + timedelta(minutes=16)) == 0
    assert Throttle.decode(throttle.encode()) == throttle
    assert Throttle.decode("garbage") == Throttle(0, "")


@pytest.fixture
def team(ws):
    operators.add_operator(ws, "Dr Chen", [Role.MEDIC], pin="135700")
    operators.add_operator(ws, "Desk Li", [Role.DESK], pin="246800")
    operators.add_operator(ws, "Coach Wu", [Role.TRAINER, Role.DESK], pin="975300")
    return ws


def test_operators_sign_in_with_name_and_pin_and_get_their_roles(team, db):
    medic = operators.sign_in(db, "Dr Chen", "135700")
    assert medic.roles == frozenset({Role.MEDIC}) and medic.operator_name == "Dr Chen"
    assert operators.sign_in(db, "Coach Wu", "975300").roles == frozenset({Role.TRAINER, Role.DESK})
    with pytest.raises(PermissionDenied) as refused:
        operators.sign_in(db, "Dr Chen", "000000")
    assert refused.value.reason == "wrong_pin"
    with pytest.raises(PermissionDenied) as refused:
        operators.sign_in(db, "Dr Chen", None)
    assert refused.value.reason == "pin_needed"
    with pytest.raises(NotFound):
        operators.sign_in(db, "Nobody", "123400")


def test_the_last_operator_is_asked_for_their_pin_too(team, db):
    operators.sign_in(db, "Desk Li", "246800")
    with pytest.raises(PermissionDenied):
        operators.sign_in(db, "", None)
    assert operators.sign_in(db, "", "246800").operator_name == "Desk Li"


def test_wrong_pins_lock_the_operator_even_after_a_restart(team, db, tmp_path):
    for _ in range(2):
        with pytest.raises(PermissionDenied):
            operators.sign_in(db, "Desk Li", "111100")
    with pytest.raises(PermissionDenied) as third:
        operators.sign_in(db, "Desk Li", "111100")
    assert third.value.reason == "pin_locked" and third.value.params["seconds"] == FIRST_WAIT_S
    db.close()
    reopened = reopen(db.path)
    try:
        with pytest.raises(PermissionDenied) as locked:
            operators.sign_in(reopened, "Desk Li", "246800")  # the right PIN, but still locked
        assert locked.value.reason == "pin_locked"
        # Another operator is not locked by Li's mistakes.
        assert operators.sign_in(reopened, "Dr Chen", "135700").operator_name == "Dr Chen"
    finally:
        reopened.close()


def test_a_right_pin_clears_the_count_of_wrong_ones(team, db):
    for _ in range(2):
        with pytest.raises(PermissionDenied):
            operators.sign_in(db, "Desk Li", "111100")
    operators.sign_in(db, "Desk Li", "246800")
    for _ in range(2):  # two more free tries, not an immediate lock
        with pytest.raises(PermissionDenied) as refused:
            operators.sign_in(db, "Desk Li", "111100")
        assert refused.value.reason == "wrong_pin"


def test_unlocking_after_idle_needs_the_same_operators_pin(team, db):
    medic = operators.sign_in(db, "Dr Chen", "135700")
    with pytest.raises(PermissionDenied):
        operators.unlock(medic, "246800")  # Li's PIN does not unlock Chen's session
    assert operators.unlock(medic, "135700").operator_id == medic.operator_id


def test_only_a_coordinator_adds_operators(team, db):
    desk = operators.sign_in(db, "Desk Li", "246800")
    medic = operators.sign_in(db, "Dr Chen", "135700")
    for who in (desk, medic):
        with pytest.raises(PermissionDenied):
            operators.add_operator(who, "Sneaky", [Role.COORDINATOR], pin="123400")
    assert "Sneaky" not in operators.operator_names(db)


def test_bad_operator_details_are_refused(team):
    with pytest.raises(ValidationError, match="already"):
        operators.add_operator(team, "Dr Chen", [Role.MEDIC], pin="123400")
    with pytest.raises(ValidationError) as bad_pin:
        operators.add_operator(team, "Dr Ma", [Role.MEDIC], pin="12")
    assert bad_pin.value.reason == "bad_pin"
    with pytest.raises(ValidationError):
        operators.add_operator(team, "Dr Ma", [], pin="123400")
    with pytest.raises(ValidationError) as bad_role:
        operators.parse_roles(["medic", "surgeon"])
    assert bad_role.value.reason == "bad_role"
    assert operators.parse_roles(["medic,coordinator", "medic"]) == [Role.MEDIC, Role.COORDINATOR]


def test_operators_change_their_own_pin_and_a_coordinator_anyones(team, db):
    desk = operators.sign_in(db, "Desk Li", "246800")
    operators.set_pin(desk, "Desk Li", "864200")
    with pytest.raises(PermissionDenied):
        operators.set_pin(desk, "Dr Chen", "111100")
    operators.set_pin(team, "Dr Chen", "753100")
    assert operators.sign_in(db, "Dr Chen", "753100").operator_name == "Dr Chen"
    assert operators.sign_in(db, "Desk Li", "864200").operator_name == "Desk Li"


def _old_short_pin(ws, name: str, pin: str) -> None:
    """An event file from before the six-digit rule: the hash of a 4-digit PIN, as it was stored."""
    operator_id = operators.add_operator(ws, name, [Role.DESK], pin="999999")
    with ws.db.session() as session:
        operators.store_pin_hash(session, operator_id, hash_pin(pin), "")
        session.commit()


def test_a_four_digit_pin_from_an_older_event_must_be_changed_at_the_next_sign_in(ws, db):
    _old_short_pin(ws, "Desk Zhou", "2468")
    with pytest.raises(PermissionDenied) as refused:
        operators.sign_in(db, "Desk Zhou", "2468")
    assert refused.value.reason == "pin_change_needed" and "6" in refused.value.message
    with pytest.raises(ValidationError):
        operators.sign_in(db, "Desk Zhou", "2468", new_pin="1357")
    with pytest.raises(PermissionDenied) as wrong:
        operators.sign_in(db, "Desk Zhou", "1111", new_pin="135791")  # the old PIN is still checked
    assert wrong.value.reason == "wrong_pin"
    assert operators.sign_in(db, "Desk Zhou", "2468", new_pin="135791").operator_name == "Desk Zhou"
    assert operators.sign_in(db, "Desk Zhou", "135791").operator_name == "Desk Zhou"
    with pytest.raises(PermissionDenied):
        operators.sign_in(db, "Desk Zhou", "2468")


def test_an_operator_without_a_pin_chooses_one_before_working(ws, db):
    operators.add_operator(ws, "Volunteer Xu", [Role.DESK])
    with pytest.raises(PermissionDenied) as refused:
        operators.sign_in(db, "Volunteer Xu")
    assert refused.value.reason == "pin_change_needed"
    operators.sign_in(db, "Volunteer Xu", new_pin="harbour42")
    with pytest.raises(PermissionDenied):
        operators.sign_in(db, "Volunteer Xu")
    assert operators.sign_in(db, "Volunteer Xu", "harbour42").operator_name == "Volunteer Xu"
