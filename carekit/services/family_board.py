"""The welcome desk's arrivals board, and marking a traveller arrived by scanning their badge.

The board is read every few seconds on a wall screen: one query the first time, then after a
write only the travellers it touched, and a pass in Python. A traveller counts as picked up once their status is arrived (or later):
the scan at the pick-up point writes the check-in and the status in one transaction, they travel
in the same bundle, and the merge never moves a status back.
"""

from __future__ import annotations

import weakref
from bisect import bisect_left
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Any, Callable

from carekit.domain import family as rules
from carekit.domain.enums import CheckInPoint
from carekit.domain.zones import zone as time_zone
from carekit.i18n import QT_TRANSLATE_NOOP
from carekit.security.tokens import TokenError
from carekit.services.badge_keys import verify_scan
from carekit.services.checkin import (_REFUSALS, CheckInRefused, CheckInResult, look_up_check_in,
                                      read_scan_context, record_check_in, replay_check_in, wait_check_in)
from carekit.services.waiting import quick_writing, recorded
from carekit.store.db import WriteLockBusy
from carekit.store.queries import checkin as check_in_queries
from carekit.store.queries.sync import begin_read
from carekit.services.events import current_event
from carekit.services.family import ARRIVALS, advance
from carekit.store.queries import family as queries
from carekit.services.pickups import DEFAULT_WINDOW
from carekit.services.travel import parse_utc, utc_text
from carekit.services.workspace import Workspace
from carekit.domain.family_tables import Traveller

ON_TIME, LANDED, PICKED_UP, MISSING = "on_time", "landed", "picked_up", "missing"
BOARD_STATES = (ON_TIME, LANDED, PICKED_UP, MISSING)
ARRIVAL_POINTS = (CheckInPoint.PICKUP.value, CheckInPoint.HOTEL.value)


@dataclass(slots=True)
class BoardRow:
    person_id: str
    name: str
    romanised: str
    worker_name: str
    status: str  # traveller status (invited … home)
    board: str  # on_time / landed / picked_up / missing
    arrives: str  # local wall time at the place, ISO ("2026-12-04T18:30"); the page or sheet writes it
    zone: str
    arrives_utc: str
    place: str
    number: str
    vehicle: str  # label, "" when none planned
    vehicle_id: str
    needs: tuple[str, ...]

    def as_dict(self) -> dict:
        values = ((f, getattr(self, f)) for f in self.__slots__)  # slots: 5 000 rows per refresh
        return {k: (list(v) if isinstance(v, tuple) else v) for k, v in values}


@dataclass
class VehicleBoard:
    id: str
    label: str
    expected: int = 0
    missing: list[str] = field(default_factory=list)  # names not yet picked up


@dataclass
class Board:
    now_utc: str
    rows: list[BoardRow]
    counts: dict[str, int]
    vehicles: list[VehicleBoard]
    zone: str = "UTC"  # the event's: the wall clock the welcome desk reads

    def as_dict(self) -> dict:
        return {"now": self.now_utc, "counts": self.counts, "travellers": [r.as_dict() for r in self.rows],
                "vehicles": [v.__dict__ for v in self.vehicles]}


# Every mutable write and every merged bundle adds revisions; rowids only grow (the journal is
# insert-only), so "rowid > last seen" finds what changed even when a bundle brings stamps older
# than ours. A person merge or an erasure re-points or clears people without a revision of the row
# shown, and the event's zone is read with the rows: any of those reads everything again.
_REREAD_ALL = 500  # more changed rows than this (a large bundle): one full read is cheaper
# One kept board per open event file, by its engine: an encrypted file's engine URL is the same
# "sqlite://" for every file, so a URL key gave one event's board to another with equal stamps.
_cache: "weakref.WeakKeyDictionary[Any, _Cached]" = weakref.WeakKeyDictionary()
_ARRIVED = rules.status_rank("arrived")


@dataclass
class _Cached:
    stamps: tuple
    by_id: dict[str, tuple]
    rows: list[tuple]  # sorted by _sort_key
    keys: list[tuple]  # _sort_key of each row, for bisect
    zone: str
    made: dict[str, tuple[tuple, BoardRow]] = field(default_factory=dict)  # the last BoardRow per traveller
    version: int = 0  # bumped whenever the rows change
    dirty: set = field(default_factory=set)  # travellers whose rows changed since the last board
    last: tuple | None = None  # (version, window, now, missing_from, Board) of the last refresh


def _row(pid, name, romanised, worker, status, needs, place, arrives_utc, arrives, zone, number, vehicle_id,
         label) -> tuple:
    return (pid, name, romanised, worker or "", status, tuple(n for n in needs.split(",") if n), place,
            arrives_utc, arrives, zone, number, vehicle_id or "", label or "",
            rules.status_rank(status) >= _ARRIVED)


def _sort_key(r: tuple) -> tuple:
    return r[7], r[12], r[1], r[0]  # arrival, vehicle, name; the id makes the order total


def _read_all(raw, stamps: tuple) -> _Cached:
    by_id = {r[0]: r for r in (_row(*values) for values in queries.board_rows(raw))}
    zone = queries.live_event_timezone(raw)
    zone = "UTC" if zone is None else zone
    rows = sorted(by_id.values(), key=_sort_key)
    return _Cached(stamps, by_id, rows, [_sort_key(r) for r in rows], zone)


def _changed_travellers(raw, since: int) -> set[str] | None:
    """The travellers whose rows the revisions after ``since`` may change; None: read everything."""
    changed = queries.revised_rows_since(raw, since, _REREAD_ALL + 1)
    if len(changed) > _REREAD_ALL or any(entity == "event" for entity, _ in changed):
        return None
    affected: set[str] = set()
    for entity, row_id in changed:
        affected.update(queries.travellers_touched(raw, entity, row_id))
    return affected


def _rows(con) -> _Cached:
    """The board's rows and the event's zone: read whole once, then only the travellers touched."""
    raw = con.connection
    stamps = queries.board_stamps(raw)
    key = con.engine
    cached = _cache.get(key)
    if cached is not None and cached.stamps == stamps:
        return cached
    affected = None
    if cached is not None and cached.stamps[1:] == stamps[1:] and (stamps[0] or 0) >= (cached.stamps[0] or 0):
        affected = _changed_travellers(raw, cached.stamps[0] or 0)
    if affected is None:
        cached = _cache[key] = _read_all(raw, stamps)
        return cached
    ids = sorted(affected)
    fresh = {}
    for start in range(0, len(ids), 400):
        part = ids[start:start + 400]
        fresh.update((r[0], r) for r in (_row(*values) for values in queries.board_rows(raw, part)))
    # Only this refresh reads the cache, and earlier boards hold their own lists: update in place.
    by_id, rows, keys = cached.by_id, cached.rows, cached.keys
    for pid in ids:
        old = by_id.pop(pid, None)
        if old is not None:
            index = bisect_left(keys, _sort_key(old))
            del rows[index], keys[index]
    for row in fresh.values():
        key_of = _sort_key(row)
        index = bisect_left(keys, key_of)
        rows.insert(index, row)
        keys.insert(index, key_of)
        by_id[row[0]] = row
    cached.stamps = stamps
    cached.version += 1
    cached.dirty |= set(ids)
    return cached


def _crossed(keys: list[tuple], a: str, b: str) -> bool:
    """Whether any arrival lies between the two instants (inclusive): only those change state."""
    if a == b:
        return False
    low, high = (a, b) if a <= b else (b, a)
    return bisect_left(keys, (high + "\uffff",)) > bisect_left(keys, (low,))


def _state(r: tuple, now_text: str, missing_from: str) -> str:
    if r[13]:
        return PICKED_UP
    if now_text < r[7]:
        return ON_TIME
    return LANDED if r[7] >= missing_from else MISSING


def _board_row(made: dict, r: tuple, state: str) -> BoardRow:
    """A row unchanged since the last refresh, in the same state, is the same BoardRow object."""
    last = made.get(r[0])
    if last is None or last[0] is not r or last[1].board != state:
        (pid, name, romanised, worker, status, needs, place, arrives_utc, arrives, arrives_zone, number,
         vehicle_id, label, _met) = r
        last = made[pid] = (r, BoardRow(pid, name, romanised, worker, status, state, arrives, arrives_zone,
                                        arrives_utc, place, number, label, vehicle_id, needs))
    return last[1]


def _vehicle_boards(rows, only: set[str] | None = None) -> dict[str, VehicleBoard]:
    vehicles: dict[str, VehicleBoard] = {}
    for row in rows:
        if row.vehicle_id and (only is None or row.vehicle_id in only):
            board = vehicles.get(row.vehicle_id)
            if board is None:
                board = vehicles[row.vehicle_id] = VehicleBoard(row.vehicle_id, row.vehicle)
            board.expected += 1
            if row.board != PICKED_UP:
                board.missing.append(row.name)
    return vehicles


_PATCH_AT_MOST = 200  # travellers changed since the last board: beyond, one full pass is as cheap


def read_board(con, now: datetime | None = None, window_minutes: int = DEFAULT_WINDOW) -> Board:
    now = now or datetime.now(timezone.utc)
    # Stamps are fixed-width UTC text, so comparing text compares instants.
    now_text = utc_text(now)
    missing_from = utc_text(now - timedelta(minutes=window_minutes))
    cached = _rows(con)
    last = cached.last
    # A wall screen asks every few seconds: unless an arrival passed the clock (or the missing-from
    # line) since the last board, only the travellers written since can show differently.
    same_clock = last is not None and last[1] == window_minutes and not _crossed(cached.keys, last[2], now_text) \
        and not _crossed(cached.keys, last[3], missing_from)
    if same_clock and last[0] == cached.version:
        board = last[4]
        board = Board(now_text, list(board.rows), dict(board.counts), list(board.vehicles), cached.zone)
    elif same_clock and len(cached.dirty) <= _PATCH_AT_MOST:
        board = _patched(cached, last[4], now_text, missing_from)
    else:
        made = cached.made
        rows = [_board_row(made, r, _state(r, now_text, missing_from)) for r in cached.rows]
        counts = dict.fromkeys(BOARD_STATES, 0)
        for row in rows:
            counts[row.board] += 1
        vehicles = _vehicle_boards(rows)
        board = Board(now_text, rows, counts, sorted(vehicles.values(), key=lambda v: v.label), cached.zone)
        if len(made) > 2 * len(cached.rows) + 100:  # travellers gone from the board
            for pid in set(made) - set(cached.by_id):
                del made[pid]
    cached.last = (cached.version, window_minutes, now_text, missing_from, board)
    cached.dirty = set()
    return board


def _patched(cached: "_Cached", before: Board, now_text: str, missing_from: str) -> Board:
    """``before`` with the travellers written since redone; everyone else is as they were."""
    made, counts = cached.made, dict(before.counts)
    shown = {row.person_id: row for row in before.rows if row.person_id in cached.dirty}
    touched = {row.vehicle_id for row in shown.values() if row.vehicle_id}
    for pid in cached.dirty:
        old = shown.get(pid)
        if old is not None:
            counts[old.board] -= 1
        r = cached.by_id.get(pid)
        if r is not None:
            new = _board_row(made, r, _state(r, now_text, missing_from))
            counts[new.board] += 1
            if new.vehicle_id:
                touched.add(new.vehicle_id)
    rows = [made[r[0]][1] for r in cached.rows]
    vehicles = {v.id: v for v in before.vehicles if v.id not in touched}
    vehicles.update(_vehicle_boards(rows, touched))
    return Board(now_text, rows, counts, sorted(vehicles.values(), key=lambda v: v.label), cached.zone)


def event_clock(board: Board) -> str:
    """Now on the event's wall clock as ISO ("2026-12-04T16:30+08:00"), the same clock as the arrival
    times beside it; the page writes it as its language does."""
    return parse_utc(board.now_utc).astimezone(time_zone(board.zone or "UTC")).isoformat(timespec="minutes")


def arrivals_board(ws: Workspace, now: datetime | None = None, window_minutes: int = DEFAULT_WINDOW) -> Board:
    ws.require(*ARRIVALS)
    with ws.db.session() as session:
        return read_board(session.connection(), now, window_minutes)


@dataclass(frozen=True)
class FamilyCounts:
    """The dashboard's family panel: travellers expected, already arrived, and missing."""
    expected: int
    arrived: int
    missing: int


def family_counts(ws: Workspace, now: datetime | None = None) -> FamilyCounts:
    board = arrivals_board(ws, now)
    return FamilyCounts(len(board.rows), board.counts[PICKED_UP], board.counts[MISSING])


class NotTravelling(CheckInRefused):
    """A valid badge, but of someone this laptop does not expect to arrive."""


KIND = "arrival"  # an arrival scan waiting in the outbox behind a merge (services/waiting.py)


def scan_arrival(ws: Workspace, token: str, point: str = CheckInPoint.PICKUP.value) -> CheckInResult:
    """A badge scanned at the pick-up point or hotel: a check-in there, and the traveller arrived.
    While a merge holds the write lock the verdict comes from a read and the scan waits in the
    outbox (``waiting``) until ``commit_waiting`` records it, never refused for it."""
    ws.require(*ARRIVALS)
    if point not in ARRIVAL_POINTS:
        raise CheckInRefused("bad_point", QT_TRANSLATE_NOOP(
            "Errors", "Arrivals are scanned at the pick-up point or the hotel, not at '{point}'."), point=point)
    try:
        with quick_writing(ws) as journal:
            session = journal.session
            event = current_event(session)
            registration_id, traveller = _arriving(session, event, token)
            result = record_check_in(journal, event.timezone, registration_id, point)
            if rules.status_rank(traveller.status) < _ARRIVED:
                advance(journal, traveller, "arrived")
            return result
    except WriteLockBusy:
        return _arrival_behind_lock(ws, token, point)


def arrive(ws: Workspace, token: str, point: str = CheckInPoint.PICKUP.value,
           on_verdict: Callable[[CheckInResult], None] | None = None) -> CheckInResult:
    """``scan_arrival``, returning once it is committed: behind a merge the verdict goes to
    ``on_verdict`` at once, then this waits for the merge to end (the command line)."""
    return recorded(ws, scan_arrival(ws, token, point), on_verdict)


def _arriving(session, event, token: str) -> tuple[str, Traveller]:
    """The registration and the traveller of a genuine badge of someone expected to arrive."""
    sql = session.connection().exec_driver_sql
    try:
        badge = verify_scan(sql, event.id, event.badge_key, token)
    except TokenError as error:
        raise CheckInRefused(error.reason, _REFUSALS[error.reason]) from None
    person = queries.badge_holder(sql, badge.registration_id)
    traveller = session.get(Traveller, person[0]) if person else None
    travelling = person is not None and queries.has_outbound_leg(sql, person[0])
    if traveller is None or traveller.deleted or not travelling:
        raise NotTravelling("not_travelling", QT_TRANSLATE_NOOP(
            "Errors", "{name} is not an expected traveller (no journey to the event). Nothing was recorded."),
            name=person[1] if person else badge.registration_id)
    return badge.registration_id, traveller


def _arrival_behind_lock(ws: Workspace, token: str, point: str) -> CheckInResult:
    """The same checks from one read snapshot while a merge writes; the scan waits in the outbox."""
    with ws.db.session() as session:
        begin_read(session.connection())
        event, desk = read_scan_context(session)
        registration_id, _traveller = _arriving(session, event, token)
        row, earlier = look_up_check_in(session.connection().exec_driver_sql, registration_id, point)
    return wait_check_in(ws, KIND, registration_id, point, desk, event.timezone, row, earlier)


def replay_arrival(journal, row: dict) -> None:
    """An arrival that waited behind a merge: its check-in (once, by its id) and the traveller
    arrived, unless the merge brought a status as far or further."""
    sql = journal.session.connection().exec_driver_sql
    if check_in_queries.check_in_recorded(sql, row["id"]):
        return
    replay_check_in(journal, row)
    person = queries.badge_holder(sql, row["registration_id"])
    traveller = journal.session.get(Traveller, person[0]) if person else None
    if traveller is not None and not traveller.deleted and rules.status_rank(traveller.status) < _ARRIVED:
        advance(journal, traveller, "arrived")


__all__ = ["arrivals_board", "arrive", "family_counts", "scan_arrival", "read_board", "event_clock"]
