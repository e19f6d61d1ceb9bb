"""Operator PINs: memory-hard argon2id hashes and the throttle that makes guessing slow.

Two things protect a PIN. Offline (someone holds a copy of the event file or of its hashes):
six digits at least and an argon2id cost of about 0.3 s and 64 MiB per guess on the reference
laptop, so the million six-digit PINs cost days of a core each, and no GPU shortcut. At the
desk: each try is counted before it is checked, in one locked transaction, so parallel tries
count one each, and sign-in is refused for a growing while after a few wrong ones. The counting
lives with the caller (it owns the storage); the policy is here, one rule for app and CLI.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from argon2 import PasswordHasher, Type
from argon2.exceptions import InvalidHashError, VerificationError

# Production cost, measured on the reference laptop (python -m carekit.bench pins).
TIME_COST, MEMORY_KIB, PARALLELISM = 3, 64 * 1024, 1
# Test runs only: CAREKIT_PIN_COST=test makes hashing cheap so the suite stays fast. A hash made
# that way is rehashed at the next sign-in by a laptop without the variable (see needs_rehash).
TEST_COST_VARIABLE = "CAREKIT_PIN_COST"


def hasher() -> PasswordHasher:
    if os.environ.get(TEST_COST_VARIABLE) == "test":
        return PasswordHasher(time_cost=1, memory_cost=8, parallelism=1, type=Type.ID)
    return PasswordHasher(time_cost=TIME_COST, memory_cost=MEMORY_KIB, parallelism=PARALLELISM, type=Type.ID)


FREE_TRIES = 3  # wrong PINs before the first wait
FIRST_WAIT_S = 30
LONGEST_WAIT_S = 15 * 60
MIN_LENGTH, MAX_LENGTH = 6, 64
MIN_DIGITS, MAX_DIGITS = MIN_LENGTH, MAX_LENGTH  # names older callers use


def valid_pin(pin: str) -> bool:
    """Six digits or more; letters are welcome too (a longer passphrase-like PIN is stronger)."""
    return pin.isascii() and pin.isalnum() and MIN_LENGTH <= len(pin) <= MAX_LENGTH


def hash_pin(pin: str) -> str:
    return hasher().hash(pin)


def pin_matches(pin_hash: str, pin: str) -> bool:
    if not pin_hash:
        return False
    try:
        return hasher().verify(pin_hash, pin)
    except (VerificationError, InvalidHashError):
        return False


def is_pin_hash(value: object) -> bool:
    """Whether ``value`` reads as an argon2id hash (what a setup file may bring; anything else is dropped)."""
    return isinstance(value, str) and value.startswith("$argon2id$") and len(value) < 512


def needs_rehash(pin_hash: str) -> bool:
    """A hash made with other parameters (older, lighter, or a test run's) is replaced when the
    right PIN is next given."""
    try:
        return hasher().check_needs_rehash(pin_hash)
    except (InvalidHashError, ValueError):
        return True


@dataclass(frozen=True)
class Throttle:
    """Tries counted in a row and the time before which no try is even checked."""
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
