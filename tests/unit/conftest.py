"""An event on a fresh file for each test, with a few people registered from a roster."""

from __future__ import annotations

import os
import sqlite3
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import func, select

from carekit.services.events import SiteInput, create_event, current_event
from carekit.services.people import PersonInput, Registered, register_people
from carekit.services.workspace import Workspace
from carekit.store import cipher
from carekit.store.db import Database


COORDINATOR_PIN = "246810"


@pytest.fixture(autouse=True)
def carekit_home(tmp_path, monkeypatch):
    """Nothing a test does reaches the real app-data folder."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("CAREKIT_HOME", str(home))
    return home


HEALTH_PASSPHRASE = "mango lantern 19"


@pytest.fixture(autouse=True)
def quick_health_key(monkeypatch):
    """The cheapest scrypt cost the unwrap accepts: the unit tests make hundreds of keys. The CLI
    tests, in their own processes, use the real cost."""
    from carekit.security import sealing
    monkeypatch.setattr(sealing, "SCRYPT_N", 2**14)


# CAREKIT_TEST_DB_PASSPHRASE=… runs the suite on SQLCipher-encrypted event files.
DB_PASSPHRASE = os.environ.get("CAREKIT_TEST_DB_PASSPHRASE") or None


def reopen(path, **options) -> Database:
    """Another ``Database`` on a test's event file, as the suite made it (encrypted or not)."""
    return Database(path, DB_PASSPHRASE if cipher.looks_encrypted(Path(path)) else None, **options)


def open_file(path, isolation_level: str | None = "", timeout: float = 5.0) -> sqlite3.Connection:
    """A driver connection to a test's event file, as someone holding the file (and, when the suite
    runs encrypted, its passphrase) would open it outside CareKit."""
    path = Path(path)
    if cipher.looks_encrypted(path):
        con = cipher.connect(path, cipher.key_for(path, DB_PASSPHRASE or ""))
        con.isolation_level = isolation_level
        con.execute(f"PRAGMA busy_timeout = {int(timeout * 1000)}")
        return con
    return sqlite3.connect(path, isolation_level=isolation_level, timeout=timeout)


def driver_errors(con) -> type[Exception]:
    """The ``OperationalError`` of the driver ``con`` came from (SQLCipher's has its own)."""
    return sys.modules[type(con).__module__].OperationalError


@pytest.fixture
def db(tmp_path):
    database = Database(tmp_path / "event.carekit", DB_PASSPHRASE)
    yield database
    database.close()


@pytest.fixture
def ws(db) -> Workspace:
    return create_event(db, name="骑手关爱日 Rider Care Day", operator_name="Lin Coordinator",
                        sites=[SiteInput("深圳", "会展中心 1号馆")], starts_on="2026-12-05",
                        ends_on="2026-12-06", timezone="Asia/Shanghai", default_region="CN",
                        device_name="desk 2", health_passphrase=HEALTH_PASSPHRASE,
                        pin=COORDINATOR_PIN)


ROSTER = [
    PersonInput(name="张伟", phone="+8613800138000", staff_id="E100001"),
    PersonInput(name="张伟明", phone="+8613912345678", staff_id="E100002"),
    PersonInput(name="王小明", phone="+8613711112222", staff_id="E100003"),
    PersonInput(name="Peña Nieto", phone="+5511987654321", staff_id="BR2001"),
    PersonInput(name="阿卜杜拉·艾力", phone="+8615000001111", staff_id="E100004"),
]


@dataclass
class Crowd:
    by_name: dict[str, Registered]

    def __getitem__(self, name: str) -> Registered:
        return self.by_name[name]


@pytest.fixture
def crowd(ws) -> Crowd:
    """The morning roster: five people registered with badges."""
    with ws.writing() as journal:
        registered = register_people(journal, current_event(journal.session), ROSTER, source="roster.xlsx")
    return Crowd({p.name: r for p, r in zip(ROSTER, registered)})


def count_rows(db: Database, table) -> int:
    with db.session() as session:
        return session.execute(select(func.count()).select_from(table)).scalar()
