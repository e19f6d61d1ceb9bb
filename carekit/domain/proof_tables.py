"""What proves a write's origin: capability chains of the event's laptops and signatures of
restricted revisions and facts. Kept out of the canonical dump (it is evidence, not state), but
relayed in every bundle so a receiver can check writes that passed through other laptops."""

from __future__ import annotations

from sqlmodel import Field, SQLModel


class Proof(SQLModel, table=True):
    # kind "chain": key = device id, body = JSON list of links (carekit.security.grants)
    # kind "sig": key = "r:<stamp>" for a revision or "f:<table>:<id>" for a fact, body = base64
    key: str = Field(primary_key=True)
    kind: str = ""
    device_id: str = ""
    body: str = ""
