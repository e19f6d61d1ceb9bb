"""Who is working on which database: every service call receives one Workspace."""

from __future__ import annotations

from contextlib import contextmanager
from dataclasses import dataclass
from typing import Iterator

from carekit.domain.enums import Role
from carekit.i18n import QT_TRANSLATE_NOOP
from carekit.services.errors import PermissionDenied
from carekit.store.db import Database
from carekit.store.journal import Journal
from carekit.store.unit import writing


@dataclass
class Workspace:
    db: Database
    operator_id: str = ""
    operator_name: str = ""
    roles: frozenset[Role] = frozenset()  # safe default: a workspace nobody signed into may do nothing

    def require(self, *allowed: Role) -> None:
        """Services call this first; the UI hiding a button is not a permission check."""
        if not self.roles.intersection(allowed):
            raise PermissionDenied(
                "forbidden",
                QT_TRANSLATE_NOOP("Errors", "{operator} may not do this: it needs the role {roles}."),
                operator=self.operator_name or "?", roles=" / ".join(r.value for r in allowed))

    def has(self, role: Role) -> bool:
        return role in self.roles

    @contextmanager
    def writing(self) -> Iterator[Journal]:
        with writing(self.db, self.operator_id) as journal:
            yield journal
