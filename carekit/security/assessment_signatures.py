"""The trainer's signature on an assessment: what the trainer recorded, and nothing else, counts.

The recording laptop signs, with its own Ed25519 key (the one its capability chain names), a
canonical encoding of the attempt: event, row id, session, person, attempt, written score, the
skills (sorted), the trainer's operator id, the stamp it was recorded at and the attempt it
supersedes. A score changed afterwards, in the database or in a bundle, no longer matches.
"""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass
from functools import lru_cache

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

MAGIC = b"carekit assessment v1|"
# The fields a signature covers; a write to any of them carries a new signature.
SIGNED = ("session_id", "person_id", "attempt", "score", "skills", "trainer_id", "assessed_at", "supersedes")
PROOF = ("signed_by", "signature")


@dataclass(frozen=True)
class Signed:
    event_id: str
    row_id: str
    session_id: str
    person_id: str
    attempt: int
    score: int
    skills: str  # JSON {skill: true/false}
    trainer_id: str
    assessed_at: str
    supersedes: str

    @classmethod
    def of(cls, event_id: str, row_id: str, values: dict) -> "Signed":
        return cls(event_id, row_id, *(values[name] for name in SIGNED))

    def message(self) -> bytes:
        """Canonical: a JSON array in a fixed order, the skills re-encoded with sorted keys, so the
        same attempt always gives the same bytes whatever its JSON looked like when stored."""
        try:
            skills = json.loads(self.skills)
        except (TypeError, ValueError):
            skills = self.skills  # unreadable skills are signed as they stand (and fail any check)
        body = [self.event_id, self.row_id, self.session_id, self.person_id, int(self.attempt), int(self.score),
                skills, self.trainer_id, self.assessed_at, self.supersedes]
        return MAGIC + json.dumps(body, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()


def sign(private_b64: str, signed: Signed) -> str:
    key = Ed25519PrivateKey.from_private_bytes(base64.b64decode(private_b64))
    return base64.b64encode(key.sign(signed.message())).decode()


@lru_cache(maxsize=256)
def _public(public_b64: str) -> Ed25519PublicKey:
    return Ed25519PublicKey.from_public_bytes(base64.b64decode(public_b64))


def verify(public_b64: str, signature_b64: str, signed: Signed) -> bool:
    """True only for the signature of exactly this attempt by the key given."""
    try:
        _public(public_b64).verify(base64.b64decode(signature_b64, validate=True), signed.message())
    except (InvalidSignature, ValueError, TypeError):
        return False
    return True
