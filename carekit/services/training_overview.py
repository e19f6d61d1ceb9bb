"""Today's training at a glance, for the dashboard: sessions, who attended, pass rate, certificates."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

from carekit.domain.certificates import Certificate
from carekit.domain.enums import Role
from carekit.domain.training import TrainingSession
from carekit.domain.training_rules import FAILED, PASSED
from carekit.services.assessment import results_in
from carekit.services.session_certificates import event_today
from carekit.services.workspace import Workspace


@dataclass(frozen=True)
class TrainingToday:
    day: str
    sessions: int
    enrolled: int
    attended: int  # enrolled people with at least one scan in
    passed: int
    failed: int
    incomplete: int
    certificates_issued: int  # issued on this day, any session

    @property
    def pass_rate(self) -> float | None:
        """Passed among those with a final result (passed or failed); None before any."""
        decided = self.passed + self.failed
        return round(self.passed / decided, 3) if decided else None

    def as_dict(self) -> dict:
        return {**self.__dict__, "pass_rate": self.pass_rate}


def training_today(ws: Workspace, day: date | None = None) -> TrainingToday:
    ws.require(Role.DESK, Role.MEDIC, Role.TRAINER, Role.COORDINATOR)
    with ws.db.session() as session:
        day_text = (day or event_today(session)).isoformat()
        rows = [r for r in session.execute(select(TrainingSession).where(TrainingSession.deleted.is_(False)))
                .scalars() if r.starts[:10] == day_text]
        lines = [line for row in rows for line in results_in(session, row)]
        issued = session.execute(select(func.count()).select_from(Certificate).where(
            Certificate.issued == day_text, Certificate.deleted.is_(False))).scalar() or 0
    return TrainingToday(day_text, len(rows), len(lines), sum(1 for l in lines if l.hours > 0 or l.inside),
                         sum(1 for l in lines if l.result.status == PASSED),
                         sum(1 for l in lines if l.result.status == FAILED),
                         sum(1 for l in lines if l.result.status not in (PASSED, FAILED)), issued)
