"""The hybrid clock: every write on a laptop sorts after everything that laptop has seen."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from carekit.domain.clock import HybridClock, Stamp, device_of, wall_ms_of


class FakeWall:
    def __init__(self, ms: int):
        self.ms = ms

    def __call__(self) -> int:
        return self.ms


def test_stamps_keep_rising_when_the_laptop_clock_is_set_back_an_hour():
    wall = FakeWall(1_765_000_000_000)
    clock = HybridClock("desk-a", now_ms=wall)
    stamps = [clock.tick() for _ in range(3)]
    wall.ms -= 3_600_000  # someone "fixes" the laptop's time at the venue
    stamps += [clock.tick() for _ in range(3)]
    wall.ms += 10  # still behind the first stamps
    stamps.append(clock.tick())
    assert stamps == sorted(stamps)
    assert len(set(stamps)) == len(stamps)
    assert all(wall_ms_of(s) == 1_765_000_000_000 for s in stamps)


def test_stamps_within_one_millisecond_differ_by_counter():
    clock = HybridClock("desk-a", now_ms=FakeWall(5))
    first, second = clock.tick(), clock.tick()
    assert Stamp.parse(first).counter == 0 and Stamp.parse(second).counter == 1
    assert first < second


def test_wall_time_moving_forward_resets_the_counter():
    wall = FakeWall(1000)
    clock = HybridClock("desk-a", now_ms=wall)
    clock.tick(), clock.tick()
    wall.ms = 2000
    assert Stamp.parse(clock.tick()) == Stamp(2000, 0, "desk-a")


def test_a_bundle_from_a_laptop_ahead_in_time_moves_our_clock_past_its_stamps():
    ahead = HybridClock("desk-b", now_ms=FakeWall(9_000_000)).tick()
    ours = HybridClock("desk-a", now_ms=FakeWall(1_000))
    ours.observe(ahead)
    next_stamp = ours.tick()
    assert next_stamp > ahead
    assert device_of(next_stamp) == "desk-a"


def test_observing_an_older_stamp_does_not_move_the_clock_back():
    clock = HybridClock("desk-a", now_ms=FakeWall(5_000))
    mine = clock.tick()
    clock.observe(str(Stamp(10, 3, "desk-b")))
    assert clock.last == mine
    assert clock.tick() > mine


def test_clock_restored_from_the_saved_stamp_continues_after_it():
    saved = str(Stamp(50_000, 7, "desk-a"))
    clock = HybridClock("desk-a", saved, now_ms=FakeWall(10))
    assert clock.tick() > saved


@pytest.mark.parametrize("a, b", [
    (Stamp(999, 0, "a"), Stamp(1000, 0, "a")),  # 999 < 1000 although "999" > "1000" as text
    (Stamp(1000, 9, "a"), Stamp(1000, 10, "a")),
    (Stamp(1000, 99999, "z"), Stamp(1001, 0, "a")),
    (Stamp(1000, 5, "desk-a"), Stamp(1000, 5, "desk-b")),  # ties broken by device
])
def test_stamp_strings_sort_like_stamps(a, b):
    assert a < b
    assert str(a) < str(b)
    assert len(str(a).split(".")[0]) == len(str(b).split(".")[0])


def test_a_stamp_survives_being_written_and_read_back():
    stamp = Stamp(1_765_000_000_123, 42, "0193b5d2-7c1e-7000-8000-000000000001")
    assert Stamp.parse(str(stamp)) == stamp


@pytest.mark.parametrize("junk", [
    "", "hello", "123.45.dev", "000000000001000.00001", "00000000000100a.00001.dev",
    "000000000001000.00001.", "1000.1.dev",
])
def test_parse_refuses_what_is_not_a_stamp(junk):
    with pytest.raises(ValueError, match="not a clock stamp"):
        Stamp.parse(junk)


def test_more_than_the_counter_holds_in_one_millisecond_borrows_the_next():
    clock = HybridClock("desk-a", str(Stamp(7, 99_999, "desk-a")), now_ms=FakeWall(7))
    stamp = clock.tick()
    assert Stamp.parse(stamp) == Stamp(8, 0, "desk-a")


@given(st.lists(st.integers(min_value=0, max_value=10**13), min_size=1, max_size=200))
def test_stamps_strictly_rise_whatever_the_wall_clock_does(walls):
    readings = iter(walls)
    clock = HybridClock("desk-a", now_ms=lambda: next(readings))
    stamps = [clock.tick() for _ in walls]
    assert all(a < b for a, b in zip(stamps, stamps[1:]))
    assert [Stamp.parse(s) for s in stamps] == sorted(Stamp.parse(s) for s in stamps)


@pytest.mark.parametrize("start,count", [(0, 5), (99_990, 25), (3, 250_000)])
def test_a_bulk_write_gets_the_stamps_as_many_single_ticks_would(start, count):
    one = HybridClock("desk-a", str(Stamp(7, start, "desk-a")), now_ms=FakeWall(7))
    bulk = HybridClock("desk-a", str(Stamp(7, start, "desk-a")), now_ms=FakeWall(7))
    assert bulk.tick_many(count) == [one.tick() for _ in range(count)]
    assert bulk.last == one.last and bulk.tick() == one.tick()
