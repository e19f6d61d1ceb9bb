"""What every page shares: the workspace (database + operator) and a 'data changed' signal."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from carekit.services.workspace import Workspace


class AppContext(QObject):
    """Pages emit ``changed(area)`` after a write so other pages refresh what they show."""

    changed = Signal(str)
    operator_changed = Signal()

    def __init__(self, workspace: Workspace):
        super().__init__()
        self.workspace = workspace

    def set_workspace(self, workspace: Workspace) -> None:
        self.workspace = workspace
        self.operator_changed.emit()
