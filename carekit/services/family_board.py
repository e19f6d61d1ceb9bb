"""The welcome desk's arrivals board, and marking a traveller arrived by scanning their badge.

The board is read every few seconds on a wall screen, so it is three plain queries and a pass
in Python. A traveller counts as picked up once their status is arrived (or later) or a check-in
at the pick-up point or hotel exists (a scan on another laptop that synced before its status).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

from carekit.domain import family as rules
from carekit.domain.enums import CheckInPoint
from carekit.i18n import QT_TRANSLATE_NOOP
from carekit.security.tokens import TokenError, verify_token
from carekit.services.checkin import _REFUSALS, CheckInRefused, CheckInResult, record_check_in
from carekit.services.events import current_event
from carekit.services.family import ARRIVALS, advance
from carekit.services.pickups import DEFAULT_WINDOW, last_arrivals, when_local
from carekit.services.travel import parse_utc, utc_text
from carekit.services.workspace import Workspace
from carekit.domain.family_tables import Traveller

ON_TIME, LANDED, PICKED_UP, MISSING = "on_time", "landed", "picked_up", "missing"
BOARD_STATES = (ON_TIME, LANDED, PICKED_UP, MISSING)
ARRIVAL_POINTS = (CheckInPoint.PICKUP.value, CheckInPoint.HOTEL.value)


@dataclass(frozen=True)
class BoardRow:
    person_id: str
    name: str
    romanised: str
    worker_name: str
    status: str  # traveller status (invited … home)
    board: str  # on_time / landed / picked_up / missing
    arrives: str  # local wall time at the place, "YYYY-MM-DD HH:MM"
    zone: str
    arrives_utc: str
    place: str
    number: str
    vehicle: str  # label, "" when none planned
    vehicle_id: str
    needs: tuple[str, ...]

    def as_dict(self) -> dict:
        return {k: (list(v) if isinstance(v, tuple) else v) for k, v in self.__dict__.items()}


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


_PEOPLE_SQL = """
SELECT t.id, p.name, p.romanised, w.name, t.status, t.needs FROM traveller t
JOIN person p ON p.id = t.id AND p.deleted = 0 LEFT JOIN person w ON w.id = t.worker_id WHERE t.deleted = 0
"""
_SCANNED_SQL = """
SELECT DISTINCT r.person_id FROM checkin c JOIN registration r ON r.id = c.registration_id
WHERE c.point IN ('pickup', 'hotel')
"""


def _board_state(status: str, scanned: bool, arrives: datetime, now: datetime, window: timedelta) -> str:
    if scanned or rules.status_rank(status) >= rules.status_rank("arrived"):
        return PICKED_UP
    if now < arrives:
        return ON_TIME
    return LANDED if now <= arrives + window else MISSING


def read_board(con, now: datetime | None = None, window_minutes: int = DEFAULT_WINDOW) -> Board:
    now = now or datetime.now(timezone.utc)
    window = timedelta(minutes=window_minutes)
    arrivals = last_arrivals(con)
    people = {r[0]: r for r in con.exec_driver_sql(_PEOPLE_SQL)}
    scanned = {r[0] for r in con.exec_driver_sql(_SCANNED_SQL)}
    seats = {r[0]: (r[1], r[2]) for r in con.exec_driver_sql(
        "SELECT k.traveller_id, v.id, v.label FROM pickup k JOIN vehicle v ON v.id = k.vehicle_id "
        "AND v.deleted = 0 WHERE k.deleted = 0")}
    rows, counts = [], dict.fromkeys(BOARD_STATES, 0)
    vehicles: dict[str, VehicleBoard] = {}
    for traveller_id, arrival in arrivals.items():
        person = people.get(traveller_id)
        if person is None:
            continue
        vehicle_id, label = seats.get(traveller_id, ("", ""))
        state = _board_state(person[4], traveller_id in scanned, parse_utc(arrival.arrives_utc), now, window)
        counts[state] += 1
        rows.append(BoardRow(traveller_id, person[1], person[2], person[3] or "", person[4], state,
                             arrival.arrives_local.replace("T", " "), arrival.zone, arrival.arrives_utc,
                             arrival.place, arrival.number, label, vehicle_id,
                             tuple(n for n in person[5].split(",") if n)))
        if vehicle_id:
            board = vehicles.setdefault(vehicle_id, VehicleBoard(vehicle_id, label))
            board.expected += 1
            if state != PICKED_UP:
                board.missing.append(person[1])
    rows.sort(key=lambda r: (r.arrives_utc, r.vehicle, r.name))
    zone = con.exec_driver_sql("SELECT timezone FROM event WHERE deleted = 0 LIMIT 1").scalar() or "UTC"
    return Board(utc_text(now), rows, counts, sorted(vehicles.values(), key=lambda v: v.label), zone)


def event_clock(board: Board) -> str:
    """"HH:MM" now in the event's zone, the same clock as the arrival times beside it."""
    return when_local(board.now_utc, board.zone)[11:16]


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


def scan_arrival(ws: Workspace, token: str, point: str = CheckInPoint.PICKUP.value) -> CheckInResult:
    """A badge scanned at the pick-up point or hotel: a check-in there, and the traveller arrived."""
    ws.require(*ARRIVALS)
    if point not in ARRIVAL_POINTS:
        raise CheckInRefused("bad_point", QT_TRANSLATE_NOOP(
            "Errors", "Arrivals are scanned at the pick-up point or the hotel, not at '{point}'."), point=point)
    with ws.writing() as journal:
        session = journal.session
        event = current_event(session)
        try:
            badge = verify_token(event.id, event.badge_key, token)
        except TokenError as error:
            raise CheckInRefused(error.reason, _REFUSALS[error.reason]) from None
        sql = session.connection().exec_driver_sql
        person = sql("SELECT p.id, p.name FROM registration r JOIN person p ON p.id = r.person_id "
                     "WHERE r.id = ?", (badge.registration_id,)).first()
        traveller = session.get(Traveller, person[0]) if person else None
        if traveller is None or traveller.deleted or person[0] not in last_arrivals(session.connection()):
            raise NotTravelling("not_travelling", QT_TRANSLATE_NOOP(
                "Errors", "{name} is not an expected traveller (no journey to the event). Nothing was recorded."),
                name=person[1] if person else badge.registration_id)
        result = record_check_in(journal, event.timezone, badge.registration_id, point)
        if rules.status_rank(traveller.status) < rules.status_rank("arrived"):
            advance(journal, traveller, "arrived")
    return result


__all__ = ["arrivals_board", "family_counts", "scan_arrival", "read_board", "when_local"]
