"""The family-visit panel on the dashboard: counts from the arrivals board, for the roles that see it."""

from __future__ import annotations

from carekit.domain.enums import Role
from carekit.services import operators
from carekit.services.dashboard import dashboard
from tests.unit.family_fixtures import make_families


def test_the_coordinator_sees_relatives_expected_and_where_they_stand(ws, crowd):
    make_families(ws, crowd)
    view = next(p for p in dashboard(ws, "2026-12-04").panels if p.key == "family")
    head = dict(view.headline)
    assert head["Expected"] == "3" and head["Arrived"] == "0"
    by_status = dict(map(tuple, view.tables[0].rows))
    assert sum(by_status.values()) == 3 and by_status["invited"] == 3
    assert "李秀英" not in repr(view)


def test_a_trainer_sees_no_family_panel_and_an_event_without_visits_shows_none(ws, crowd):
    assert "family" not in [p.key for p in dashboard(ws, "2026-12-04").panels]
    make_families(ws, crowd)
    operators.add_operator(ws, "Trainer Zhou", [Role.TRAINER], "864209")
    trainer = operators.sign_in(ws.db, "Trainer Zhou", "864209")
    assert "family" not in [p.key for p in dashboard(trainer, "2026-12-04").panels]
