"""Alembic, driven from code: the app upgrades an event file in place when it opens it."""

from __future__ import annotations

import sqlite3
from functools import lru_cache
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory

MIGRATIONS = Path(__file__).with_name("migrations")


def _config(path: Path | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    if path is not None:
        config.set_main_option("sqlalchemy.url", f"sqlite:///{path}")
    return config


@lru_cache(maxsize=1)
def _script() -> ScriptDirectory:
    return ScriptDirectory.from_config(_config())


def head_revision() -> str:
    """The newest schema, as one label (several heads are joined with '+')."""
    return "+".join(sorted(_script().get_heads()))


def known_revisions() -> set[str]:
    return {rev.revision for rev in _script().walk_revisions()}


def current_revision(path: Path) -> str | None:
    con = sqlite3.connect(path)
    try:
        rows = con.execute("SELECT version_num FROM alembic_version").fetchall()
    except sqlite3.DatabaseError:
        return None
    finally:
        con.close()
    return "+".join(sorted(r[0] for r in rows)) if rows else None


def upgrade(path: Path, target: str = "heads") -> None:
    command.upgrade(_config(path), target)
