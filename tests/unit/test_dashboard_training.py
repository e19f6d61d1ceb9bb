"""The training panel on the dashboard: the day's sessions, attendance, pass rate, certificates."""

from __future__ import annotations

from carekit.domain.enums import Role
from carekit.services import operators, training
from carekit.services.assessment import assess
from carekit.services.dashboard import dashboard
from carekit.services.session_certificates import issue_for_session
from tests.unit.test_training_day import DAY, SKILLS, course_day, full_day, trainer  # noqa: F401 (fixtures)


def test_the_trainer_sees_the_days_course_on_the_dashboard(ws, crowd, course_day, trainer):  # noqa: F811
    for name in ("张伟", "张伟明", "王小明"):
        training.enrol(ws, course_day, crowd[name].person_id)
    for name in ("张伟", "张伟明"):
        full_day(ws, crowd, name, course_day)
    before = next(p for p in dashboard(trainer, DAY.isoformat()).panels if p.key == "training")
    assert dict(before.headline)["Pass rate"] == "—"  # built now, and rebuilt once results arrive
    assess(trainer, course_day, crowd["张伟"].person_id, score=82, passed=SKILLS)
    assess(trainer, course_day, crowd["张伟明"].person_id, score=50, passed=SKILLS)
    issue_for_session(trainer, course_day, today=DAY, pdf=False)
    board = dashboard(trainer, DAY.isoformat())
    assert [p.key for p in board.panels] == ["arrivals", "desks", "training", "laptops"]
    view = next(p for p in board.panels if p.key == "training")
    assert dict(view.headline) == {"Sessions": "1", "Attended": "2 / 3", "Pass rate": "50%",
                                   "Certificates issued": "1"}
    assert view.tables[0].rows == [["Passed", 1], ["Failed", 1], ["Not finished", 1]]


def test_no_course_that_day_no_panel_and_a_medic_never_sees_it(ws, crowd, course_day):  # noqa: F811
    assert "training" not in [p.key for p in dashboard(ws, "2026-12-06").panels]
    operators.add_operator(ws, "Dr Chen", [Role.MEDIC], pin="975310")
    medic = operators.sign_in(ws.db, "Dr Chen", "975310")
    assert "training" not in [p.key for p in dashboard(medic, DAY.isoformat()).panels]
