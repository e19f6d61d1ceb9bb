"""An event as an attacker meets it: a coordinator laptop and a desk laptop joined from a setup file."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from carekit.domain.enums import Role
from carekit.services import operators, sync
from carekit.services.events import SiteInput, create_event, current_event
from carekit.services.people import PersonInput, register_people
from carekit.services.workspace import Workspace
from carekit.store.db import Database

PASSPHRASE = "blue harbour 42"
COORDINATOR_PIN = "246810"
DESK_PIN = "135790"


@pytest.fixture(autouse=True)
def carekit_home(tmp_path, monkeypatch):
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("CAREKIT_HOME", str(home))
    return home


@dataclass
class Event:
    coordinator: Workspace  # the creator's laptop, signed in as the coordinator
    desk: Workspace  # a desk laptop, signed in as a desk volunteer
    desk_operator_id: str
    folder: object

    def close(self) -> None:
        self.coordinator.db.close()
        self.desk.db.close()


def make_event(folder, desk_capabilities=("desk",)) -> Event:
    folder.mkdir(parents=True, exist_ok=True)
    coordinator = create_event(Database(folder / "coordinator.carekit"), name="骑手关爱日", operator_name="Lin",
                               sites=[SiteInput("深圳")], device_name="coordinator laptop", pin=COORDINATOR_PIN)
    desk_operator = operators.add_operator(coordinator, "Wang Desk", [Role.DESK], DESK_PIN)
    with coordinator.writing() as journal:
        register_people(journal, current_event(journal.session), [PersonInput("张伟", phone="+8613800138000")],
                        source="roster.xlsx")
    setup = folder / "event.cksetup"
    sync.export_setup(coordinator, setup, PASSPHRASE, capabilities=desk_capabilities)
    joined = sync.join_event(Database(folder / "desk.carekit"), setup, PASSPHRASE, device_name="desk 2")
    desk = operators.sign_in(joined.db, "Wang Desk", DESK_PIN)
    return Event(coordinator, desk, desk_operator, folder)


@pytest.fixture
def event(tmp_path):
    made = make_event(tmp_path / "event")
    yield made
    made.close()
