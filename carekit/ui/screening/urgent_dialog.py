"""The acknowledgement an urgent flag demands: big, red, and it does not go away with Esc.

A medic between two people looks at the screen for a second; "urgent → doctor on site" must not
read like "Saved".
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QVBoxLayout

URGENT_RED = "#b3261e"


class UrgentFlagDialog(QDialog):
    """Closed only by its button; the caller records the acknowledgement."""

    def __init__(self, name: str, lines: list[str], destination: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Urgent"))
        self.setStyleSheet(f"QDialog {{ background: {URGENT_RED}; }} QLabel {{ color: white; }}")
        headline = QLabel(self.tr("URGENT: send {name} to {destination} now").format(
            name=name, destination=destination))
        headline.setWordWrap(True)
        headline.setStyleSheet("font-size: 28px; font-weight: bold;")
        details = QLabel("\n".join(lines))
        details.setWordWrap(True)
        details.setStyleSheet("font-size: 18px;")
        details.setTextFormat(Qt.TextFormat.PlainText)
        note = QLabel(self.tr("An urgent referral is at the top of the referral queue."))
        note.setStyleSheet("font-size: 15px;")
        self.acknowledge = QPushButton(self.tr("I have seen this and am sending them on"))
        self.acknowledge.setMinimumHeight(44)
        self.acknowledge.setStyleSheet("font-size: 17px; font-weight: bold;")
        self.acknowledge.setAutoDefault(False)  # a held-down Enter from the form must not dismiss it
        self.acknowledge.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        for widget in (headline, details, note, self.acknowledge):
            layout.addWidget(widget)
        self.resize(560, 320)
        self.acknowledge.setFocus()

    def reject(self) -> None:  # Esc and the window's close button do not acknowledge
        self.acknowledge.setFocus()
