"""Hybrid logical clock: every write gets a stamp that sorts after everything the device has seen.

A stamp is a fixed-width string ``WWWWWWWWWWWWWWW.CCCCC.<device>`` (wall ms, counter, device
id), so plain string comparison orders stamps, and the device part breaks ties between laptops.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Callable

WALL_DIGITS = 15
COUNTER_DIGITS = 5
MAX_COUNTER = 10**COUNTER_DIGITS - 1
# How far ahead of this laptop's wall clock a received stamp may pull its clock. A laptop whose
# date is wrong by a year still syncs (its changes are kept), but the others' clocks stay true,
# so it cannot make every later stamp of theirs jump ahead.
MAX_AHEAD_MS = 15 * 60 * 1000


@dataclass(frozen=True, order=True)
class Stamp:
    wall_ms: int
    counter: int
    device: str

    def __str__(self) -> str:
        return f"{self.wall_ms:0{WALL_DIGITS}d}.{self.counter:0{COUNTER_DIGITS}d}.{self.device}"

    @classmethod
    def parse(cls, text: str) -> "Stamp":
        try:
            wall, counter, device = text.split(".", 2)
            if len(wall) != WALL_DIGITS or len(counter) != COUNTER_DIGITS or not device:
                raise ValueError
            return cls(int(wall), int(counter), device)
        except ValueError:
            raise ValueError(f"not a clock stamp: {text!r}") from None


def device_of(stamp: str) -> str:
    return stamp.split(".", 2)[2]


def wall_ms_of(stamp: str) -> int:
    return int(stamp[:WALL_DIGITS])


class HybridClock:
    """Per-device clock; ``observe`` moves it past stamps received in a bundle."""

    def __init__(self, device: str, last: str | None = None,
                 now_ms: Callable[[], int] = lambda: time.time_ns() // 1_000_000):
        self.device = device
        self._now_ms = now_ms
        self._wall, self._counter = 0, 0
        if last:
            self.observe(last)

    def tick(self) -> str:
        now = self._now_ms()
        if now > self._wall:
            self._wall, self._counter = now, 0
        elif self._counter < MAX_COUNTER:
            self._counter += 1
        else:  # more than 100 000 writes in one millisecond: borrow the next millisecond
            self._wall, self._counter = self._wall + 1, 0
        return str(Stamp(self._wall, self._counter, self.device))

    def tick_many(self, count: int) -> list[str]:
        """``count`` stamps, as ``count`` calls of ``tick`` within one millisecond would give:
        a bulk write stamps a hundred thousand rows, and one reading of the wall clock is enough."""
        stamps = []
        while len(stamps) < count:
            now = self._now_ms()
            if now > self._wall:
                wall, first = now, 0
            elif self._counter < MAX_COUNTER:
                wall, first = self._wall, self._counter + 1
            else:
                wall, first = self._wall + 1, 0
            last = min(MAX_COUNTER, first + count - len(stamps) - 1)
            head, tail = f"{wall:0{WALL_DIGITS}d}.", f".{self.device}"
            stamps += [f"{head}{c:0{COUNTER_DIGITS}d}{tail}" for c in range(first, last + 1)]
            self._wall, self._counter = wall, last
        return stamps

    def now_ms(self) -> int:
        return self._now_ms()

    def observe(self, stamp: str, *, limit_ms: int | None = None) -> None:
        """Move past ``stamp``; never beyond ``limit_ms`` (a sender whose clock runs far ahead)."""
        seen = Stamp.parse(stamp)
        wall, counter = seen.wall_ms, seen.counter
        if limit_ms is not None and wall > limit_ms:
            wall, counter = limit_ms, 0
        if (wall, counter) > (self._wall, self._counter):
            self._wall, self._counter = wall, counter

    @property
    def last(self) -> str:
        return str(Stamp(self._wall, self._counter, self.device))
