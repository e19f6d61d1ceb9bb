"""A few laptops of one event on temporary files, for the sync tests."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

from carekit.domain.authority import CAPABILITIES
from carekit.domain.enums import Role
from carekit.services import sync
from carekit.services.events import SiteInput, create_event
from carekit.services.workspace import Workspace
from carekit.store.db import Database
from carekit.store.dump import canonical_text

from tests.unit.conftest import DB_PASSPHRASE, reopen

PASSPHRASE = "blue harbour 42"


@dataclass
class Laptop:
    name: str
    ws: Workspace

    @property
    def db(self) -> Database:
        return self.ws.db

    def dump(self) -> str:
        with self.db.session() as session:
            return canonical_text(session)

    def export(self, folder: Path, since=None) -> Path:
        path = folder / f"{self.name}-{len(list(folder.glob(f'{self.name}-*')))}.ckbundle"
        sync.export_bundle(self.ws, path, since)
        return path

    def take(self, *paths: Path) -> list[sync.ImportReport]:
        return [sync.import_bundle(self.ws, p) for p in paths]


def make_event(folder: Path, count: int = 3, health_passphrase: str = "mango lantern 19") -> list[Laptop]:
    """Laptop 'a' creates the event (with a health key if given, unlocked on 'a' only); the others
    join from its setup file."""
    folder.mkdir(parents=True, exist_ok=True)
    passphrase = DB_PASSPHRASE  # see tests/unit/conftest.py
    first = create_event(Database(folder / "a.carekit", passphrase), name="骑手关爱日", operator_name="Lin",
                         sites=[SiteInput("深圳"), SiteInput("广州")], device_name="desk 1",
                         health_passphrase=health_passphrase)
    laptops = [Laptop("a", first)]
    setup = folder / "event.cksetup"
    # Coordinator laptops: the sync tests write every kind of row on every laptop.
    sync.export_setup(first, setup, PASSPHRASE, capabilities=CAPABILITIES)
    for index in range(1, count):
        name = "abcdefgh"[index]
        joined = sync.join_event(Database(folder / f"{name}.carekit", passphrase), setup, PASSPHRASE, device_name=f"desk {index + 1}")
        # The coordinator's own name on every laptop, with all roles, as after signing in.
        laptops.append(Laptop(name, Workspace(joined.db, first.operator_id, "Lin", frozenset(Role))))
    return laptops


def copy_event(template: list[Laptop], folder: Path) -> list[Laptop]:
    """Fresh copies of template laptops (faster than joining again for each example)."""
    folder.mkdir(parents=True, exist_ok=True)
    copies = []
    for laptop in template:
        target = folder / laptop.db.path.name
        laptop.db.close()  # the last connection closing folds the WAL into the file
        shutil.copyfile(laptop.db.path, target)
        ws = laptop.ws
        copies.append(Laptop(laptop.name, Workspace(reopen(target), ws.operator_id, ws.operator_name, ws.roles)))
    return copies


def close_all(laptops: list[Laptop]) -> None:
    for laptop in laptops:
        laptop.db.close()
