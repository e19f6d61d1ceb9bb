"""The day's figures kept up to date incrementally, so a refresh reads only what arrived since.

Check-ins, screening records and revisions are insert-only, and SQLite gives every inserted row a
larger rowid, whichever laptop made it: a scan here and a bundle's rows alike are read once, by
rowid, whatever their clock stamps. A person's or registration's change is a new revision, so it
re-reads just those rows; a merge or unmerge of two people (here or from a bundle) moves
registrations by revisions too, and re-reads the people whose ``merged_into`` pointer it changed. Screening aggregates are recomputed whole when anything health-related
arrives (they are a few thousand rows, and consent withdrawals hide records retroactively).

A check-in annulled by mistake counts nowhere (an annulment is an insert-only fact too, read by
rowid); an erased person's check-ins and records stay counted, anonymously (their registration
still counts, it just leads to nobody).

One ``Tally`` per database file, shared by the dashboard and the app. Its first count reads whole
tables (seconds on a big event), so the Dashboard page first shows the day counted with SQL
aggregates (``day_counts.DayTally``, as the day report, which runs in a fresh process, counts it).
"""

from __future__ import annotations

import json
import re
import threading
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from carekit.domain.groups import group_roots
from carekit.store.db import Database
from carekit.store.queries import day as queries

PENDING = "?"  # site/category key for check-ins whose registration has not arrived yet
ENTRANCE = "entrance"
URGENT_FLAGS = frozenset({"bp_urgent"})  # flags whose referral is seen first
_CODE = re.compile(r"[a-z0-9_]+")  # a flag code in clear; anything else is sealed here
_CLEAR_ID = re.compile(r"[0-9a-f-]{36}")  # a row id in clear (a sealed one is ciphertext)


def slot_of(at: str) -> str:
    """'2026-12-05T09:37:12+08:00' → '09:30': the quarter hour, in the event's local time."""
    return f"{at[11:13]}:{int(at[14:16]) // 15 * 15:02d}" if len(at) >= 16 else ""


def hour_of(at: str) -> str:
    return f"{at[11:13]}:00" if len(at) >= 13 else ""


def readable_flags(text: str) -> list[str] | None:
    """Flag codes of a record, or None when they are not readable here (sealed to the health key)."""
    try:
        flags = json.loads(text or "[]")
    except ValueError:
        return None
    if not isinstance(flags, list):
        return None
    return [str(f.get("code", "")) for f in flags if isinstance(f, dict)]


@dataclass
class ScreeningCounts:
    per_station_hour: Counter = field(default_factory=Counter)  # (date, station, hour) → people
    people: dict = field(default_factory=dict)  # date → people screened (any station)
    per_site: Counter = field(default_factory=Counter)  # (date, site_id) → people screened
    flags: Counter = field(default_factory=Counter)  # (date, code) → current records with that flag
    unreadable: Counter = field(default_factory=Counter)  # date → records whose flags are sealed here
    open_referrals: Counter = field(default_factory=Counter)  # (destination, priority) → open
    newest: dict = field(default_factory=dict)  # device → newest record stamp


class Tally:
    """Counts of one event database. ``update()`` catches up; readers hold ``lock`` while reading."""

    def __init__(self, db: Database):
        self.db = db
        self.lock = threading.RLock()
        self.counted = False  # the first whole count is done (a recount after rows were taken out keeps it so)
        self._reset()

    def _reset(self) -> None:
        self.checkin_rowid = 0
        self.revision_rowid = 0
        self.annulment_rowid = 0
        self.erasure_rowid = 0
        self.merges_seen = 0
        self.pointers: dict[str, str] = {}  # person merged away → who they point at (Person.merged_into)
        self.health_mark: tuple = ()
        self.health_dirty = True
        self.persons: dict[str, tuple[str, bool]] = {}  # id → (category, live)
        self.regs: dict[str, tuple[str, str, str, bool]] = {}  # id → (person, site, source, deleted)
        self.person_regs: dict[str, set[str]] = defaultdict(set)
        self.devices: dict[str, tuple[str, str]] = {}  # id → (name, site)
        self.sites: dict[str, str] = {}  # id → city
        self.only_site = ""
        self.event_language, self.event_name, self.timezone, self.me = "en", "", "UTC", ""
        self.keys: dict[str, tuple[str, str, bool] | None] = {}  # registration → (site, category, walk-in)
        self.registered: Counter = Counter()  # (site, category) → live registrations
        self.walk_ins: Counter = Counter()  # site → live walk-in registrations
        self.first: dict[tuple[str, str], tuple[str, str]] = {}  # (date, registration) → (at, device)
        self.reg_dates: dict[str, set[str]] = defaultdict(set)
        self.checked: Counter = Counter()  # (date, site, category) → people checked in that day
        self.walk_ins_in: Counter = Counter()  # (date, site) → walk-ins checked in
        self.arrivals: Counter = Counter()  # (date, device, slot) → first check-ins of the day
        self.scans: Counter = Counter()  # (date, device) → entrance scans, repeats included
        self.checkin_newest: dict[str, str] = {}  # device → newest check-in stamp
        self.screening = ScreeningCounts()
        self.imports: dict[str, str] = {}  # device → when its last bundle was imported here
        self.panels: dict[tuple, tuple] = {}  # other modules' panels as last built (see dashboard._build)

    # -- catching up --------------------------------------------------------------------
    def update(self) -> None:
        with self.lock, self.db.engine.connect() as connection:
            con = connection.connection.driver_connection
            rowid = queries.max_rowid(con, "checkin")
            merges = queries.max_rowid(con, "personmerge")
            if rowid < self.checkin_rowid or merges < self.merges_seen:  # rows were taken out: count again
                self._reset()
            self._read_setup(con)
            if self.revision_rowid == 0 and self.checkin_rowid == 0:
                self._read_everything(con)
            else:
                self._read_revisions(con, merged=merges != self.merges_seen)
                self._read_annulments(con)
                self._read_checkins(con)
            self._read_screening(con)
            self._read_imports(con)
            self.merges_seen = merges
            self.counted = True

    def _read_imports(self, con) -> None:
        self.imports = queries.sync_imports(con)

    def _read_setup(self, con) -> None:
        local = queries.local_state(con)
        self.me = local.get("device_id", "")
        event = queries.event_heading(con, local.get("event_id", ""))
        if event:
            self.event_name, self.event_language, self.timezone = event
        self.devices = {d: (n, s) for d, n, s in queries.devices(con)}
        self.sites = {s: c for s, c in queries.live_sites(con)}
        only = next(iter(self.sites)) if len(self.sites) == 1 else ""
        if only != self.only_site:  # registrations without a site belong to the only site
            self.only_site = only
            for rid in list(self.keys):
                self._rekey(rid)

    def _read_everything(self, con) -> None:
        """The first count of a day: whole tables and SQL aggregates, not row by row (300 000 scans)."""
        self.revision_rowid = queries.max_rowid(con, "revision")
        self.checkin_rowid = queries.max_rowid(con, "checkin")
        self.annulment_rowid = queries.max_rowid(con, "checkinannulment")
        self.erasure_rowid = queries.max_rowid(con, "erasure")
        erased = queries.erased_people(con)
        for pid, category, deleted, merged in queries.person_states(con):
            self.persons[pid] = (category, counts_person(deleted, merged, pid in erased))
            if merged:
                self.pointers[pid] = merged
        for rid, pid, site, source, deleted in queries.registration_states(con):
            self.regs[rid] = (pid, site, source, bool(deleted))
            self.person_regs[pid].add(rid)
        newest: dict[str, str] = {}
        scans: Counter = Counter()
        first: dict[tuple[str, str], tuple[str, str]] = {}
        # Every laptop's newest check-in, annulled or not: how fresh its data is here.
        for device, hlc in queries.newest_checkin_per_device(con, self.checkin_rowid):
            newest[device] = hlc
        # One plain scan: SQLite's GROUP BY would sort the day's scans, slower than this loop.
        for rid, device, at in queries.counted_scans(con, ENTRANCE, self.checkin_rowid):
            key = (at[:10], rid)
            scans[(key[0], device)] += 1
            earlier = first.get(key)
            if earlier is None or at < earlier[0]:
                first[key] = (at, device)
        self.checkin_newest, self.scans, self.first = newest, scans, first
        minutes: Counter = Counter()
        for (date, rid), (at, device) in first.items():
            minutes[(date, device, at[11:16])] += 1  # by the minute first: fewer slot computations
            self.reg_dates[rid].add(date)
        for (date, device, minute), n in minutes.items():
            self.arrivals[(date, device, slot_of(f"{date}T{minute}"))] += n
        # What _rekey/_count do one registration at a time, for all of them at once.
        keys, persons, only = self.keys, self.persons, self.only_site
        for rid, (pid, site, source, deleted) in self.regs.items():
            category, live = persons.get(pid, ("", True))
            if deleted or not live:
                keys[rid] = None
                continue
            keys[rid] = key = (site or only, category, source == "walk-in")
            self.registered[key[:2]] += 1
            if key[2]:
                self.walk_ins[key[0]] += 1
        for rid, dates in self.reg_dates.items():
            key = keys.get(rid, False)
            if key is False:
                key = keys[rid] = (PENDING, PENDING, False)
            if key is None:
                continue
            for date in dates:
                self.checked[(date, key[0], key[1])] += 1
                if key[2]:
                    self.walk_ins_in[(date, key[0])] += 1

    def _read_revisions(self, con, merged: bool = False) -> None:
        people, regs = set(), set()
        if merged:
            people.update(self._merged_groups(con))
        for rowid, pid in queries.erasures_since(con, self.erasure_rowid):
            people.add(pid)  # erased here by a bundle: still counted, anonymously
            self.erasure_rowid = max(self.erasure_rowid, rowid)
        top = self.revision_rowid
        for rowid, entity, row_id in queries.revisions_since(con, self.revision_rowid):
            if entity == "person":
                people.add(row_id)
            elif entity == "registration":
                regs.add(row_id)
            else:  # a consent given or withdrawn, a referral opened or closed
                self.health_dirty = True
            top = max(top, rowid)
        self.revision_rowid = max(top, queries.max_rowid(con, "revision"))
        for chunk in _chunks(sorted(people)):
            for pid, category, deleted, merged, erased in queries.person_states_of(con, chunk):
                self.persons[pid] = (category, counts_person(deleted, merged, erased))
                if merged:
                    self.pointers[pid] = merged
                else:
                    self.pointers.pop(pid, None)
                regs.update(self.person_regs.get(pid, ()))
        for chunk in _chunks(sorted(regs)):
            for rid, pid, site, source, deleted in queries.registration_states_of(con, chunk):
                old = self.regs.get(rid)
                if old and old[0] != pid:
                    self.person_regs[old[0]].discard(rid)
                self.regs[rid] = (pid, site, source, bool(deleted))
                self.person_regs[pid].add(rid)
        for rid in regs:
            self._rekey(rid)

    def _merged_groups(self, con) -> set[str]:
        """After a merge or an unmerge (here or from a bundle): everyone whose pointer it may have
        changed, to re-read. The registrations it moved are revisions, read as any other; settling a
        group can re-point people no new fact names (a chain, a crossed pair), so the whole group of
        each new fact's people is taken, joined by every merge fact (undone ones too, a superset),
        and whoever pointed into it (merges from before merges were facts)."""
        facts = queries.merge_fact_people(con)
        root = group_roots((absorbed, kept) for _, absorbed, kept in facts)
        roots = {root[p] for rowid, absorbed, kept in facts if rowid > self.merges_seen for p in (absorbed, kept)}
        group = {p for p, key in root.items() if key in roots}
        return group | {p for p, target in self.pointers.items() if target in group}

    def _key_of(self, rid: str) -> tuple[str, str, bool] | None:
        """(site, category, walk-in) a registration counts under; PENDING when not here; None when cancelled."""
        reg = self.regs.get(rid)
        if reg is None:
            return (PENDING, PENDING, False)
        pid, site, source, deleted = reg
        category, live = self.persons.get(pid, ("", True))
        if deleted or not live:
            return None
        return (site or self.only_site, category, source == "walk-in")

    def _rekey(self, rid: str) -> None:
        new, old = self._key_of(rid), self.keys.get(rid, (PENDING, PENDING, False))
        if rid in self.keys and new == old:
            return
        if rid in self.keys:
            self._count(rid, old, -1)
        self.keys[rid] = new
        self._count(rid, new, +1)

    def _count(self, rid: str, key, sign: int) -> None:
        if key is None:
            return
        site, category, walk_in = key
        if site != PENDING:
            self.registered[(site, category)] += sign
            if walk_in:
                self.walk_ins[site] += sign
        for date in self.reg_dates.get(rid, ()):
            self.checked[(date, site, category)] += sign
            if walk_in:
                self.walk_ins_in[(date, site)] += sign

    def _read_annulments(self, con) -> None:
        """Check-ins annulled since the last count: taken out again; a later scan that day becomes the arrival."""
        rows = queries.annulments_since(con, self.annulment_rowid)
        self.annulment_rowid = max([self.annulment_rowid, *(r[0] for r in rows)])
        for _, checkin_rowid, rid, point, device, at in rows:
            if checkin_rowid > self.checkin_rowid or point != ENTRANCE:
                continue  # not read yet (it never will be), or never counted
            date = at[:10]
            self.scans[(date, device)] -= 1
            if self.first.get((date, rid)) == (at, device):
                self._move_arrival(con, date, rid)

    def _move_arrival(self, con, date: str, rid: str) -> None:
        at, device = self.first.pop((date, rid))
        self.arrivals[(date, device, slot_of(at))] -= 1
        later = queries.first_counted_scan(con, rid, ENTRANCE, date, self.checkin_rowid)
        if later is not None:
            self.first[(date, rid)] = tuple(later)
            self.arrivals[(date, later[1], slot_of(later[0]))] += 1
            return
        self.reg_dates[rid].discard(date)
        key = self.keys.get(rid)
        if key is not None:
            self.checked[(date, key[0], key[1])] -= 1
            if key[2]:
                self.walk_ins_in[(date, key[0])] -= 1

    def _read_checkins(self, con) -> None:
        rows = queries.checkins_since(con, self.checkin_rowid)
        for rowid, rid, point, device, at, hlc, counted in rows:
            self.checkin_rowid = max(self.checkin_rowid, rowid)
            if hlc > self.checkin_newest.get(device, ""):
                self.checkin_newest[device] = hlc
            if point != ENTRANCE or not counted:
                continue
            date = at[:10]
            self.scans[(date, device)] += 1
            earlier = self.first.get((date, rid))
            if earlier is not None and earlier[0] <= at:
                continue
            self.first[(date, rid)] = (at, device)
            if earlier is not None:  # a bundle brought an earlier scan: the arrival moves
                self.arrivals[(date, earlier[1], slot_of(earlier[0]))] -= 1
            self.arrivals[(date, device, slot_of(at))] += 1
            if earlier is None:
                if rid not in self.keys:
                    self.keys[rid] = self._key_of(rid)
                    self._count(rid, self.keys[rid], +1)
                self.reg_dates[rid].add(date)
                key = self.keys[rid]
                if key is not None:
                    self.checked[(date, key[0], key[1])] += 1
                    if key[2]:
                        self.walk_ins_in[(date, key[0])] += 1

    def _read_screening(self, con) -> None:
        mark = queries.screening_mark(con)
        from carekit.services.health_key import key_for_file
        key = key_for_file(self.db)
        mark = (*mark, key.public_key if key is not None else "")  # an unlock makes flags readable
        if mark == self.health_mark and not self.health_dirty:
            return
        self.health_mark, self.health_dirty = mark, False
        self.screening = screening_counts(con, key)

    # -- reading ------------------------------------------------------------------------
    def site_of_device(self, device: str) -> str:
        return self.devices.get(device, ("", ""))[1] or self.only_site

    def device_name(self, device: str) -> str:
        return self.devices.get(device, ("", ""))[0] or device[:8]

    def dates(self) -> list[str]:
        return sorted({d for d, _ in self.first} | {k[0] for k in self.screening.per_station_hour})


def counts_person(deleted, merged_into: str, erased) -> bool:
    """Whether a person's registrations count: not merged away, and not deleted unless by an erasure
    (an erasure keeps them as anonymous counts)."""
    return not merged_into and (not deleted or bool(erased))


def _chunks(items: list[str], size: int = 500):
    for start in range(0, len(items), size):
        yield items[start:start + size]


def _visibility(con) -> dict[str, str]:
    """person → stamp after which their health records count (as ``consent.health_visibility``)."""
    active, hidden = set(), {}
    for pid, given, withdrawn, clocks in queries.health_consents(con):
        if withdrawn:
            stamp = json.loads(clocks or "{}").get("withdrawn_at", "")
            hidden[pid] = max(hidden.get(pid, ""), stamp)
        elif given:
            active.add(pid)
    return {pid: hidden.get(pid, "") for pid in active}


def screening_counts(con, key=None) -> ScreeningCounts:
    """People screened per station per hour from what stays readable on every laptop (who visited
    which station when); flags and referrals only where this laptop holds the health ``key``."""
    from carekit.security.sealing import SealError, associated_data
    visible = _visibility(con)
    rows = [r for r in queries.screening_rows(con) if r[1] in visible and r[7] > visible[r[1]]]
    superseded = {r[6] for r in rows if r[6]}
    counts = ScreeningCounts()
    per_hour: dict[tuple, set] = defaultdict(set)
    per_day: dict[str, set] = defaultdict(set)
    per_site: dict[tuple, set] = defaultdict(set)
    for rid, pid, station, site, at, flags, _sup, hlc, device in rows:
        if hlc > counts.newest.get(device, ""):
            counts.newest[device] = hlc
        if rid in superseded:
            continue
        date = at[:10]
        per_hour[(date, station, hour_of(at))].add(pid)
        per_day[date].add(pid)
        per_site[(date, site)].add(pid)
        if key is not None:
            try:
                flags = key.open(flags, associated_data("screeningrecord", "flags", rid))
            except SealError:
                pass
        codes = readable_flags(flags)
        if codes is None:
            counts.unreadable[date] += 1
        else:
            counts.flags.update((date, code) for code in codes)
    counts.per_station_hour = Counter({k: len(v) for k, v in per_hour.items()})
    counts.people = {k: len(v) for k, v in per_day.items()}
    counts.per_site = Counter({k: len(v) for k, v in per_site.items()})
    record_hlc = queries.screening_stamps(con)
    rows = queries.open_referral_rows(con)
    if key is not None:
        from carekit.services.health_key import opened_referral_rows
        rows = [(r["person_id"], r["record_id"], r["destination"], r["flag"]) for r in opened_referral_rows(
            key, [(rid, pid, rec, dest, flag) for rid, pid, rec, dest, flag in rows])]
    else:  # locked here: that a referral is open stays in clear, not whose it is or where to
        sealed = sum(1 for r in rows if not _CLEAR_ID.fullmatch(r[1] or ""))
        if sealed:
            counts.open_referrals[("", "unknown")] += sealed
        rows = [r[1:] for r in rows if _CLEAR_ID.fullmatch(r[1] or "")]
    for pid, record, destination, flag in rows:
        if pid in visible and record_hlc.get(record, "") > visible[pid]:
            priority = "urgent" if flag in URGENT_FLAGS else "routine" if _CODE.fullmatch(flag or "") else "unknown"
            counts.open_referrals[(destination, priority)] += 1
    return counts


_tallies: dict[Path, Tally] = {}
_tallies_lock = threading.Lock()


def has_counted(db: Database) -> bool:
    """Whether the database's tally has made its first whole count in this process."""
    with _tallies_lock:
        found = _tallies.get(db.path)
    return found is not None and found.db is db and found.counted


def tally(db: Database) -> Tally:
    """The database's tally, caught up with everything committed so far."""
    with _tallies_lock:
        found = _tallies.get(db.path)
        if found is None or found.db is not db:
            found = _tallies[db.path] = Tally(db)
    found.update()
    return found
