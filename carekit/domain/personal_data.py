"""Where a person's data lives, so an export finds all of it and an erasure clears all of it.

``PERSONAL`` names, per synced or fact table, the column that links a row to a person and the
fields an erasure clears (with the value they are cleared to). Areas that add tables holding
personal data add them here. ``Erasure`` is the insert-only fact that travels with bundles: every
laptop that has it clears that person's fields, in the rows and in the revision history, and
clears them again in whatever old revisions or records a late bundle still brings.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlmodel import Field

from carekit.domain.tables import FactRow


class Erasure(FactRow, table=True):
    person_id: str = Field(index=True)
    reason: str = ""  # the coordinator's words; never the person's data
    at: str = ""  # ISO timestamp with the event's offset


@dataclass(frozen=True)
class PersonalData:
    link: str  # column holding the person id ("id" for the person table itself)
    cleared: dict[str, Any]  # field -> value it is cleared to
    via: str = ""  # "registration": the link column holds a registration id, not a person id


PERSON_FIELDS_CLEARED = {"name": "", "romanised": "", "phone": "", "staff_id": "", "employer": "",
                         "city": "", "language": "", "possible_duplicate_of": "", "deleted": True}

PERSONAL: dict[str, PersonalData] = {
    "person": PersonalData("id", PERSON_FIELDS_CLEARED),
    # Referrals name their person only sealed: the erasing laptop, if unlocked for health, clears
    # them with journalled writes (carekit.services.health_key.clear_referrals_of).
    "referral": PersonalData("person_id", {"note": "", "flag": ""}),
    "certificate": PersonalData("person_id", {"holder_name": "", "code": ""}),
    # Empty, not "{}": an empty sealed field means "no value" and is never sealed again later.
    "screeningrecord": PersonalData("person_id", {"measured": "", "flags": ""}),
    # Family visits: a traveller's id is their person id.
    "traveller": PersonalData("id", {"needs": "", "deleted": True}),
    "travellerprivate": PersonalData("id", {"id_doc_type": "", "id_doc_number": "", "medical_note": "",
                                            "deleted": True}),
    "legpassenger": PersonalData("traveller_id", {"seat": "", "deleted": True}),
    "stay": PersonalData("traveller_id", {"deleted": True}),
    "pickup": PersonalData("traveller_id", {"deleted": True}),
    "enrollment": PersonalData("person_id", {"source": ""}),
    "attendance": PersonalData("person_id", {"reason": ""}),
    "assessment": PersonalData("person_id", {"score": -1, "skills": "{}"}),
}
