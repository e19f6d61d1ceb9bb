"""Alembic, driven from code: the app upgrades an event file in place when it opens it.

Alembic itself is imported only when a file needs upgrading: reading the revision ids from the
version files is enough to tell whether it does, and start-up time matters at a desk.
"""

from __future__ import annotations

import ast
import sqlite3
from functools import lru_cache
from pathlib import Path

MIGRATIONS = Path(__file__).with_name("migrations")


def _config(path: Path | None = None):
    from alembic.config import Config
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    if path is not None:
        config.set_main_option("sqlalchemy.url", f"sqlite:///{path}")
    return config


@lru_cache(maxsize=1)
def _graph() -> dict[str, tuple[str, ...]]:
    """revision -> the revisions it follows, read from the version files' assignments."""
    graph = {}
    for file in (MIGRATIONS / "versions").glob("*.py"):
        values = {}
        for node in ast.parse(file.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name) \
                    and node.targets[0].id in ("revision", "down_revision"):
                values[node.targets[0].id] = ast.literal_eval(node.value)
        if "revision" in values:
            down = values.get("down_revision")
            graph[values["revision"]] = tuple(down) if isinstance(down, (tuple, list)) else ((down,) if down else ())
    return graph


def head_revision() -> str:
    """The newest schema, as one label (several heads are joined with '+')."""
    graph = _graph()
    followed = {parent for parents in graph.values() for parent in parents}
    return "+".join(sorted(set(graph) - followed))


def known_revisions() -> set[str]:
    return set(_graph())


def current_revision(path: Path, key=None) -> str | None:
    """``key``: a ``carekit.store.cipher.FileKey`` for an encrypted file."""
    if key is not None:
        from carekit.store import cipher
        con, error = cipher.connect(path, key), cipher.dbapi().DatabaseError
    else:
        con, error = sqlite3.connect(path), sqlite3.DatabaseError
    try:
        rows = con.execute("SELECT version_num FROM alembic_version").fetchall()
    except error:
        return None
    finally:
        con.close()
    return "+".join(sorted(r[0] for r in rows)) if rows else None


def upgrade(path: Path, target: str = "heads", engine=None) -> None:
    """``engine``: one that opens the file (an encrypted file needs its key); else by path."""
    from alembic import command
    config = _config(path)
    if engine is not None:
        config.attributes["engine"] = engine
    command.upgrade(config, target)
