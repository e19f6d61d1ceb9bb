"""The station overview: how many people each station screened per hour, flags by kind, open
referrals. Coordinators without the medic role get these aggregates only, with counts under 5
hidden (``domain.small_counts``); medics also get the list of flagged people.

Who visited which station when is clear data, so the throughput counts need no health key;
flags and referrals are sealed, so until this laptop is unlocked the overview has no flag or
referral figures (``locked``) rather than guessing them."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from sqlmodel import select

from carekit.domain.enums import Role
from carekit.domain.small_counts import hide_cells, hides_small_counts, is_small
from carekit.domain.tables import Person
from carekit.services.health_key import HEALTH_ROLES, is_unlocked, opened_key
from carekit.services.referrals import open_counts
from carekit.services.screening import open_values, visible_records
from carekit.services.workspace import Workspace


@dataclass(frozen=True)
class FlaggedPerson:
    person_id: str
    name: str
    station: str
    flags: tuple[str, ...]


@dataclass
class Overview:
    per_station_hour: dict[tuple[str, str], int]  # (station, "09:00") → people screened
    flags_by_kind: dict[str, int]
    open_referrals: dict[str, int]
    people_screened: int = 0
    flagged: list[FlaggedPerson] = field(default_factory=list)  # medics only
    aggregate_only: bool = True
    locked: bool = False  # the health key is not unlocked here: throughput only
    people_hidden: bool = False  # people_screened is 1–4 and not shown to this operator


def _hidden(counts: dict) -> dict:
    """A table of counts with its small cells hidden, as the same rule hides them everywhere."""
    rows = hide_cells([[key, n] for key, n in counts.items()])
    return {key: n for key, n in rows}

def station_overview(ws: Workspace, site_id: str = "") -> Overview:
    ws.require(*HEALTH_ROLES)
    key = opened_key(ws) if is_unlocked(ws) else None
    detailed = ws.has(Role.MEDIC) and key is not None
    with ws.db.session() as session:
        rows = visible_records(session, site_id=site_id)
        per_hour: dict[tuple[str, str], set[str]] = {}
        flags: Counter[str] = Counter()
        flagged_rows = []
        for row in rows:
            hour = f"{row.at[11:13]}:00" if len(row.at) >= 13 else "—"
            per_hour.setdefault((row.station, hour), set()).add(row.person_id)
            codes = tuple(f["code"] for f in open_values(key, row)[1]) if key is not None else ()
            flags.update(codes)
            if codes and detailed:
                flagged_rows.append((row, codes))
        names = {}
        if flagged_rows:
            names = dict(session.exec(select(Person.id, Person.name).where(
                Person.id.in_({r.person_id for r, _ in flagged_rows}))).all())
    overview = Overview({key: len(people) for key, people in sorted(per_hour.items())}, dict(flags.most_common()),
                        open_counts(ws) if key is not None else {}, len({r.person_id for r in rows}),
                        aggregate_only=not detailed, locked=key is None)
    overview.flagged = [FlaggedPerson(r.person_id, names.get(r.person_id, ""), r.station, codes)
                        for r, codes in flagged_rows]
    if hides_small_counts(ws.roles):
        overview.per_station_hour = _hidden(overview.per_station_hour)
        overview.flags_by_kind = _hidden(overview.flags_by_kind)
        overview.open_referrals = _hidden(overview.open_referrals)
        overview.people_hidden = is_small(overview.people_screened)
    return overview
