"""Operator PINs: argon2 hashes and the throttle that makes guessing a 4-digit PIN slow.

A PIN has few possible values, so the hash alone does not protect it; what does is that each
wrong try is counted (on this laptop, surviving a restart) and sign-in is refused for a growing
while after a few of them. The counting lives with the caller (it owns the storage); the policy
is here so it is one rule for the app and the command line.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

# Lighter than the library default (64 MiB, t=3): sign-in and unlock happen often on slow
# laptops, and the throttle, not the hash cost, is what stops guessing at the desk.
_HASHER = PasswordHasher(time_cost=2, memory_cost=19 * 1024, parallelism=1)

FREE_TRIES = 3  # wrong PINs before the first wait
FIRST_WAIT_S = 30
LONGEST_WAIT_S = 15 * 60
MIN_DIGITS, MAX_DIGITS = 4, 12


def valid_pin(pin: str) -> bool:
    return pin.isdigit() and pin.isascii() and MIN_DIGITS <= len(pin) <= MAX_DIGITS


def hash_pin(pin: str) -> str:
    return _HASHER.hash(pin)


def pin_matches(pin_hash: str, pin: str) -> bool:
    if not pin_hash:
        return False
    try:
        return _HASHER.verify(pin_hash, pin)
    except (VerificationError, InvalidHashError):
        return False


@dataclass(frozen=True)
class Throttle:
    """Wrong tries in a row and the time before which no try is even checked."""
    failures: int = 0
    locked_until: str = ""  # ISO UTC, empty when not locked

    def seconds_left(self, now: datetime | None = None) -> int:
        if not self.locked_until:
            return 0
        now = now or datetime.now(timezone.utc)
        left = (datetime.fromisoformat(self.locked_until) - now).total_seconds()
        return max(0, int(left + 0.999))

    def after_failure(self, now: datetime | None = None) -> "Throttle":
        """Each wrong try past the free ones doubles the wait: 30 s, 1 min, 2 min … 15 min."""
        now = now or datetime.now(timezone.utc)
        failures = self.failures + 1
        if failures < FREE_TRIES:
            return Throttle(failures, "")
        wait = min(LONGEST_WAIT_S, FIRST_WAIT_S * 2 ** (failures - FREE_TRIES))
        return Throttle(failures, (now + timedelta(seconds=wait)).isoformat(timespec="seconds"))

    def encode(self) -> str:
        return f"{self.failures}|{self.locked_until}"

    @classmethod
    def decode(cls, text: str) -> "Throttle":
        count, _, until = (text or "0|").partition("|")
        return cls(int(count) if count.isdigit() else 0, until)
