"""Actions a role may not use are disabled with the reason as a tooltip, instead of refusing
after the work is done. The services still check: this is what the operator sees, not the rule."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from carekit.domain.enums import Role
from carekit.services.workspace import Workspace
from carekit.ui.labels import role_label


def reason_missing(ws: Workspace, *roles: Role) -> str:
    """"" when the operator has one of ``roles``; else why the action is unavailable."""
    if ws.roles.intersection(roles):
        return ""
    return QCoreApplication.translate("Roles", "Needs the role {roles}; {name} is signed in without it.").format(
        roles=" / ".join(role_label(r) for r in roles), name=ws.operator_name or "?")


def allow(widget_or_action, ws: Workspace, *roles: Role) -> bool:
    """Enable ``widget_or_action`` for these roles; otherwise disable it and say why on hover."""
    why = reason_missing(ws, *roles)
    widget_or_action.setEnabled(not why)
    widget_or_action.setToolTip(why)
    if hasattr(widget_or_action, "setStatusTip"):
        widget_or_action.setStatusTip(why)
    return not why
