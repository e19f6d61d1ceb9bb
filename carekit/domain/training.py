"""Training tables: courses, their sessions, who is enrolled, attendance scans, assessments.

Enrolments and assessment attempts get ids derived from what they are about (session + person,
+ attempt number), so two laptops enrolling or assessing the same person write to the same row:
two different scores for one attempt meet as an ordinary field conflict, not as two records.
"""

from __future__ import annotations

import uuid

from sqlmodel import Field

from carekit.domain.tables import FactRow, SyncedRow

FULL, RENEWAL = "full", "renewal"
ENROLLED, WAITING, WITHDRAWN = "enrolled", "waiting", "withdrawn"
IN, OUT = "in", "out"

_NAMESPACE = uuid.UUID("5b0d9c61-2f0e-4d3c-9a57-6a1f3c0e8b21")


def derived_id(*parts: str) -> str:
    """The same id on every laptop for the same thing (an enrolment, an attempt, a certificate)."""
    return str(uuid.uuid5(_NAMESPACE, "/".join(parts)))


class Course(SyncedRow, table=True):
    code: str = Field(default="", index=True)
    name: str = ""  # in the event language
    name_en: str = ""
    hours: float = 0.0
    months: int = 0  # validity of its certificate
    pass_mark: int = 0  # written score 0-100
    min_attendance: int = 90  # per cent of the hours
    skills: str = "[]"  # JSON list of practical skills, in checklist order
    kind: str = FULL  # FULL or RENEWAL
    renewal_months: int = 0  # a renewal accepts a certificate expired less than this long ago
    renews_course: str = ""  # for a renewal: the code of the course whose certificate it renews


class TrainingSession(SyncedRow, table=True):
    course_id: str = Field(default="", index=True)
    site_id: str = ""
    room: str = ""
    trainer_id: str = ""  # an operator with the trainer role
    starts: str = ""  # ISO with the event's offset
    ends: str = ""
    capacity: int = 0
    language: str = ""


class Enrollment(SyncedRow, table=True):
    session_id: str = Field(default="", index=True)
    person_id: str = Field(default="", index=True)
    status: str = ENROLLED  # ENROLLED, WAITING or WITHDRAWN
    queued: str = ""  # clock stamp when first asked for: the waiting list's order
    source: str = ""  # "desk", "walk-in", a roster file name


class Attendance(FactRow, table=True):
    """A scan in or out. A correction is a new fact naming the one it replaces (``corrects``)."""

    session_id: str = Field(default="", index=True)
    person_id: str = Field(default="", index=True)
    direction: str = IN
    at: str = ""  # ISO with the event's offset
    entered_later: bool = False  # typed from the paper sheet after the laptop was down
    corrects: str = ""  # id of the attendance fact this one replaces
    void: bool = False  # a correction that says the replaced scan did not happen
    reason: str = ""


class Assessment(SyncedRow, table=True):
    session_id: str = Field(default="", index=True)
    person_id: str = Field(default="", index=True)
    attempt: int = 1
    supersedes: str = ""  # id of the previous attempt; both are kept
    score: int = -1  # written score 0-100; -1 not taken yet
    skills: str = "{}"  # JSON {skill: true/false}
    trainer_id: str = ""  # the trainer who recorded it
    assessed_at: str = ""
    signed_by: str = ""  # device id of the laptop whose key signed this attempt
    signature: str = ""  # Ed25519 over carekit.security.assessment_signatures.Signed, base64
