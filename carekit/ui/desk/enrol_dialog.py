"""Enrol the person selected at the desk into a training session, from the keyboard.

The list puts today's sessions at this laptop's site first, those with a free place before full
ones; Up/Down choose, Enter enrols, Esc goes back to the scan field with nothing done.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem, QVBoxLayout

from carekit.services.training import SessionView
from carekit.ui.formats import datetime_text, time_text


class EnrolDialog(QDialog):
    def __init__(self, name: str, sessions: list[SessionView], parent=None, places: dict[str, str] | None = None):
        super().__init__(parent)
        self.places = places or {}  # session id → the status this person already has there
        self.setWindowTitle(self.tr("Enrol in a training session"))
        self.setMinimumWidth(820)
        self.prompt = QLabel(self.tr("Enrol {name} in which session? (↑↓ to choose, Enter to enrol)").format(name=name))
        self.prompt.setWordWrap(True)
        self.sessions = QListWidget()
        for view in sessions:
            item = QListWidgetItem(self.session_text(view))
            item.setData(Qt.ItemDataRole.UserRole, view.id)
            self.sessions.addItem(item)
        self.sessions.setCurrentRow(0)
        self.sessions.itemActivated.connect(lambda _item: self.accept())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Enrol in this session"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.prompt)
        layout.addWidget(self.sessions, 1)
        layout.addWidget(buttons)
        self.sessions.setFocus()

    def session_text(self, view: SessionView) -> str:
        places = (self.tr("{enrolled}/{capacity} enrolled").format(enrolled=view.enrolled, capacity=view.capacity)
                  if view.enrolled < view.capacity else
                  self.tr("full ({capacity}): joins the waiting list").format(capacity=view.capacity))
        status = self.places.get(view.id)
        if status == "enrolled":
            places = self.tr("already enrolled here")
        elif status == "waiting":
            places = self.tr("already on the waiting list here")
        where = " ".join(filter(None, [view.site, view.room]))
        # Sessions are stored on the event's clock: written, not moved, in the interface's format.
        return (f"{datetime_text(view.starts)}–{time_text(view.ends)}  {view.course} {view.course_name}  ·  "
                f"{where}  ·  {view.trainer}  ·  {places}")

    def chosen_session(self) -> str:
        item = self.sessions.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else ""
