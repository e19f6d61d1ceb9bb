"""Hours attended and the result of a course, as plain functions of the recorded facts.

Hours come from in/out pairs clipped to the session; a missing "out" counts to the session's
end and is marked so. A result says in words why it is not a pass, so the trainer can tell the
person ("written 62 < 70", "AED not passed", "attended 5.5 h of 8 h").
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Iterable

PASSED, FAILED, INCOMPLETE = "passed", "failed", "incomplete"
CONTEXT = "Training"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate finds; domain imports no i18n)
    return text


@dataclass(frozen=True)
class Scan:
    id: str
    direction: str  # "in" / "out"
    at: str  # ISO with offset
    corrects: str = ""
    void: bool = False


@dataclass(frozen=True)
class Hours:
    hours: float
    open_until_end: bool  # a last "in" without its "out" was counted to the session's end
    inside: bool  # the last effective scan was "in"


def effective_scans(scans: Iterable[Scan]) -> list[Scan]:
    """Corrections replace what they correct (a void one removes it); both stay recorded."""
    scans = list(scans)
    replaced = {s.corrects for s in scans if s.corrects}
    kept = [s for s in scans if s.id not in replaced and not s.void]
    return sorted(kept, key=lambda s: (datetime.fromisoformat(s.at), s.id))


def hours_attended(scans: Iterable[Scan], starts: str, ends: str) -> Hours:
    start, end = datetime.fromisoformat(starts), datetime.fromisoformat(ends)
    total, since, open_end = 0.0, None, False
    for scan in effective_scans(scans):
        at = datetime.fromisoformat(scan.at)
        if scan.direction == "in":
            since = since or at  # a second "in" while inside changes nothing
        elif since is not None:
            total += _clipped(since, at, start, end)
            since = None
    inside = since is not None
    if inside:
        total += _clipped(since, end, start, end)
        open_end = True
    return Hours(round(total / 3600, 2), open_end, inside)


def _clipped(a: datetime, b: datetime, start: datetime, end: datetime) -> float:
    return max(0.0, (min(b, end) - max(a, start)).total_seconds())


@dataclass(frozen=True)
class Reason:
    """A reason as a translatable template and its values, so it is worded in the reader's language."""

    template: str
    params: dict = field(default_factory=dict)

    def text(self, translate=lambda text: text) -> str:
        return translate(self.template).format(**self.params)


@dataclass(frozen=True)
class Result:
    status: str  # PASSED, FAILED or INCOMPLETE
    reasons: tuple[Reason, ...] = ()


def hours_text(value: float) -> str:
    return f"{value:g}"


def course_result(*, hours: float, pass_mark: int, min_attendance: int, skills: list[str], attended: float,
                  score: int | None, skill_results: dict[str, bool]) -> Result:
    """Failed beats incomplete: a failed skill is a fail even when the written test is still to come."""
    failed, incomplete = [], []
    needed = hours * min_attendance / 100
    if attended + 1e-9 < needed:
        incomplete.append(Reason(QT_TRANSLATE_NOOP("Training", "attended {attended} h of {hours} h"), {
            "attended": hours_text(attended), "hours": hours_text(hours)}))
    if score is None or score < 0:
        incomplete.append(Reason(QT_TRANSLATE_NOOP("Training", "no written score yet")))
    elif score < pass_mark:
        failed.append(Reason(QT_TRANSLATE_NOOP("Training", "written {score} < {mark}"), {"score": score, "mark": pass_mark}))
    for skill in skills:
        if skill not in skill_results:
            incomplete.append(Reason(QT_TRANSLATE_NOOP("Training", "{skill} not assessed"), {"skill": skill}))
        elif not skill_results[skill]:
            failed.append(Reason(QT_TRANSLATE_NOOP("Training", "{skill} not passed"), {"skill": skill}))
    if failed:
        return Result(FAILED, tuple(failed + incomplete))
    if incomplete:
        return Result(INCOMPLETE, tuple(incomplete))
    return Result(PASSED)
