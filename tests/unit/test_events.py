"""Setting up an event before the day: validation, one event per file, who may add sites."""

import pytest
from sqlmodel import select

from carekit.domain.enums import Role
from carekit.domain.tables import Event, Site
from carekit.services.errors import NotFound, PermissionDenied, ValidationError
from carekit.services.events import (SiteInput, add_site, create_event, event_info, set_device, sites,
                                     this_device)
from carekit.services.workspace import Workspace
from carekit.store.db import Database

GOOD = dict(name="Rider Care Day", operator_name="Lin", sites=[SiteInput("深圳", "1号馆")],
            starts_on="2026-12-05", ends_on="2026-12-06", timezone="Asia/Shanghai", default_region="CN")


@pytest.mark.parametrize("change, reason", [
    ({"name": "  "}, "no_name"),
    ({"starts_on": "05/12/2026"}, "bad_date"),
    ({"ends_on": "2026-13-01"}, "bad_date"),
    ({"starts_on": "2026-12-06", "ends_on": "2026-12-05"}, "dates_reversed"),
    ({"timezone": "Mars/Olympus"}, "bad_timezone"),
    ({"default_region": "XX"}, "bad_region"),
    ({"sites": []}, "no_site"),
    ({"sites": [SiteInput("  ")]}, "no_site"),
    ({"operator_name": ""}, "no_operator"),
])
def test_an_event_with_a_mistake_in_its_form_is_refused(db, change, reason):
    with pytest.raises(ValidationError) as refused:
        create_event(db, **{**GOOD, **change})
    assert refused.value.reason == reason
    with db.session() as session:
        assert session.exec(select(Event)).all() == []


def test_creating_an_event_makes_its_creator_coordinator_and_names_this_laptop(db):
    ws = create_event(db, **GOOD, device_name="desk 1")
    event = event_info(ws)
    assert (event.name, event.starts_on, event.ends_on, event.timezone) == \
        ("Rider Care Day", "2026-12-05", "2026-12-06", "Asia/Shanghai")
    assert event.badge_key and event.sync_key and event.badge_key != event.sync_key
    assert ws.has(Role.COORDINATOR) and ws.operator_name == "Lin"
    assert [s.city for s in sites(ws)] == ["深圳"]
    assert this_device(ws).name == "desk 1" and this_device(ws).site_id == sites(ws)[0].id


def test_a_second_event_in_the_same_file_is_refused(db):
    create_event(db, **GOOD)
    with pytest.raises(ValidationError) as refused:
        create_event(db, **{**GOOD, "name": "Another day"})
    assert refused.value.reason == "has_event"
    with db.session() as session:
        assert [e.name for e in session.exec(select(Event))] == ["Rider Care Day"]


def test_a_coordinator_adds_a_site(db):
    ws = create_event(db, **GOOD)
    add_site(ws, " São Paulo ", "Galpão")
    assert sorted(s.city for s in sites(ws)) == ["São Paulo", "深圳"]


def test_a_desk_volunteer_may_not_add_a_site(db):
    coordinator = create_event(db, **GOOD)
    desk = Workspace(db, coordinator.operator_id, "Ana", frozenset({Role.DESK}))
    with pytest.raises(PermissionDenied) as refused:
        add_site(desk, "Lagos")
    assert "Ana" in refused.value.message and "coordinator" in refused.value.message
    with db.session() as session:
        assert len(session.exec(select(Site)).all()) == 1


def test_a_site_without_a_city_is_refused(db):
    ws = create_event(db, **GOOD)
    with pytest.raises(ValidationError):
        add_site(ws, "   ")


def test_renaming_this_laptop(db):
    ws = create_event(db, **GOOD)
    set_device(ws, name="desk 3")
    assert this_device(ws).name == "desk 3"


def test_a_file_without_an_event_says_so(tmp_path):
    empty = Database(tmp_path / "empty.carekit")
    with pytest.raises(NotFound) as refused:
        event_info(Workspace(empty))
    assert refused.value.reason == "no_event"
    empty.close()


def test_a_workspace_nobody_signed_into_may_do_nothing(tmp_path):
    ws = Workspace(Database(tmp_path / "nobody.carekit"))
    assert ws.roles == frozenset() and not any(ws.has(role) for role in Role)
    with pytest.raises(PermissionDenied):
        ws.require(*Role)
