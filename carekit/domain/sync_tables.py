"""Tables of the sync area.

``Conflict`` is derived from the revisions (a field with several heads holding different
values) and rebuilt for every row a merge touches, so it is the same on every laptop. ``SyncLog`` is
this laptop's own history of exports and imports. ``DuplicateDecision`` records a
coordinator's "these two are different people" and syncs like any other row.
"""

from __future__ import annotations

from sqlmodel import Field, SQLModel

from carekit.domain.ids import new_id
from carekit.domain.tables import FactRow, SyncedRow


class Conflict(SQLModel, table=True):
    id: str = Field(primary_key=True)  # entity:row_id:field, the same everywhere
    entity: str = ""
    row_id: str = Field(default="", index=True)
    field: str = ""
    parent: str = ""  # unused since causal contexts (kept so older files need no table rebuild)
    rule: str = ""  # "" = highest stamp shown; "forward" = furthest along the field's order shown
    stamps: str = "[]"  # JSON list of the field's heads' stamps, sorted
    choices: str = "{}"  # JSON {stamp: value} of every head ("values" is an SQL word)


class SyncLog(SQLModel, table=True):
    """Never synced: what this laptop exported and imported, with the report shown at the time."""

    id: str = Field(default_factory=new_id, primary_key=True)
    at: str = ""
    direction: str = ""  # "export" or "import"
    file: str = ""
    device_id: str = ""  # the bundle's maker
    report: str = "{}"  # JSON counts


class DuplicateDecision(SyncedRow, table=True):
    """Id is derived from the pair, so two coordinators deciding the same pair write one row."""

    person_a: str = ""
    person_b: str = ""
    decision: str = "apart"


class PersonMerge(FactRow, table=True):
    """A coordinator's "these two are one person", or (``undoes`` set) the undoing of one.

    Insert-only, so crossed or chained merges made on different laptops are all kept; who
    survives is derived from the whole set the same way everywhere (carekit.services.merges).
    ``moved`` lists the registrations and consents the merge moved, so an unmerge puts exactly
    those back."""

    absorbed: str = Field(default="", index=True)  # the person merged away
    kept: str = Field(default="", index=True)  # the person it was merged into ("into" is an SQL word)
    undoes: str = ""  # id of the merge this undoes ("" for a merge)
    moved: str = "{}"  # JSON {"registration": [ids], "consent": [ids]}
    at: str = ""
