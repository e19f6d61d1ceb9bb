"""Which tables sync: every SyncedRow and FactRow subclass with a table, found on the metadata,
so a table another area adds (screening, certificates) syncs and dumps without edits here."""

from __future__ import annotations

from typing import Any

from carekit.domain.tables import FactRow, SyncedRow


def _tables(base: type) -> dict[str, type]:
    import carekit.domain.registry  # noqa: F401  (loads every table module; late, to avoid a cycle)
    found, todo = {}, list(base.__subclasses__())
    while todo:
        cls = todo.pop()
        todo.extend(cls.__subclasses__())
        if hasattr(cls, "__table__"):
            found[cls.__tablename__] = cls
    return dict(sorted(found.items()))


def synced_tables() -> dict[str, type[SyncedRow]]:
    return _tables(SyncedRow)


def fact_tables() -> dict[str, type[FactRow]]:
    return _tables(FactRow)


def column_defaults(cls: type) -> dict[str, Any]:
    """A value for every column, so a row whose creation has not arrived yet can be inserted."""
    defaults = {}
    for column in cls.__table__.columns:
        default = column.default
        if default is not None and getattr(default, "is_scalar", False):
            defaults[column.name] = default.arg
            continue
        try:
            kind = column.type.python_type
        except NotImplementedError:
            kind = str
        defaults[column.name] = {bool: False, int: 0, float: 0.0}.get(kind, "")
    return defaults
