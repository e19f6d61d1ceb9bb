"""The big colour-coded answer to a scan, readable from a step away."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout

from carekit.services.checkin import ALREADY, CHECKED_IN, PENDING, CheckInResult
from carekit.ui.formats import event_time, in_event_zone

COLOURS = {CHECKED_IN: "#1b7f3b", ALREADY: "#b26a00", PENDING: "#1f5fa8", "refused": "#b3261e", "idle": "#5f6368",
           "notice": "#455a64", "enrolled": "#1b7f3b", "waiting": "#b26a00", "already_enrolled": "#b26a00"}


class ResultPanel(QFrame):
    def __init__(self, workspace, parent=None, note=None):
        """``workspace`` is called for the open event (its zone writes the time of an earlier scan);
        ``note`` (ui/waiting_scans.WaitingNote) says under a verdict that the recording waits for a merge."""
        super().__init__(parent)
        self._workspace = workspace
        self.setObjectName("resultPanel")
        self.setMinimumHeight(190)
        layout = QVBoxLayout(self)
        self.headline = QLabel()
        self.name = QLabel()
        self.details = QLabel()
        for label, size in ((self.headline, 22), (self.name, 34), (self.details, 15)):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)
            label.setStyleSheet(f"color: white; font-size: {size}px; font-weight: {'bold' if size > 20 else 'normal'};")
            layout.addWidget(label)
        self.note = note
        if note is not None:
            note.setAlignment(Qt.AlignmentFlag.AlignCenter)
            note.setStyleSheet("color: white; font-size: 15px; font-style: italic;")
            layout.addWidget(note)
        self.last: CheckInResult | None = None
        self.show_idle()

    def _note(self, result: CheckInResult | None) -> None:
        if self.note is None:
            return
        if result is not None:
            self.note.show_for(result)
        else:
            self.note.clear()

    def _paint(self, state: str) -> None:
        self.setStyleSheet(f"#resultPanel {{ background: {COLOURS[state]}; border-radius: 10px; }}")
        self.setProperty("state", state)

    def show_idle(self) -> None:
        self.last = None
        self._note(None)
        self._paint("idle")
        self.headline.setText(self.tr("Ready to scan"))
        self.name.setText("")
        self.details.setText(self.tr("Scan a badge, or type a name, pinyin, phone or staff id."))

    def show_result(self, result: CheckInResult, category_text: str) -> None:
        self.last = result
        self._paint(result.outcome)
        self._note(result)
        if result.outcome == CHECKED_IN:
            self.headline.setText(self.tr("Checked in"))
        elif result.outcome == ALREADY:
            self.headline.setText(self.tr("Already checked in at {time}, {desk}").format(
                time=self.first_time(result), desk=result.first_desk or "?"))
        else:
            self.headline.setText(self.tr("Checked in: pending record"))
        if result.outcome == PENDING:
            self.name.setText(self.tr("Registration not on this laptop yet"))
            self.details.setText(self.tr("The check-in is recorded; the person's details arrive with the next sync bundle."))
        else:
            self.name.setText(result.name)
            self.details.setText("  ·  ".join(filter(None, [result.romanised, category_text, result.serial])))

    def first_time(self, result: CheckInResult) -> str:
        """The earlier check-in in event time: the hour alone on the same event day, else with its date."""
        ws = self._workspace()
        same_day = in_event_zone(ws, result.first_at)[:10] == in_event_zone(ws, result.at)[:10]
        return event_time(ws, result.first_at, with_date=not same_day)

    def show_refused(self, message: str) -> None:
        self.last = None
        self._note(None)
        self._paint("refused")
        self.headline.setText(self.tr("Not checked in"))
        self.name.setText("")
        self.details.setText(message)

    def show_enrolment(self, state: str, headline: str, name: str, details: str) -> None:
        """The answer to an enrolment from the desk: enrolled (green), waiting list or already there (amber)."""
        self.last = None
        self._note(None)
        self._paint(state)
        self.headline.setText(headline)
        self.name.setText(name)
        self.details.setText(details)

    def show_notice(self, message: str) -> None:
        """Nothing was done and nothing is wrong: what to do instead (grey, not red)."""
        self.last = None
        self._note(None)
        self._paint("notice")
        self.headline.setText(self.tr("Nothing done"))
        self.name.setText("")
        self.details.setText(message)

    @property
    def state(self) -> str:
        return self.property("state")
