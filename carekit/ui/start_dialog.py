"""First start with no event: create one, open a file, or try the demo."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QVBoxLayout

from carekit.ui.event_dialogs import choose_event_file


class StartDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.choice = ""
        self.path: Path | None = None
        self.setWindowTitle("CareKit")
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("No event is open on this laptop yet.")))
        for text, choice in ((self.tr("Create a new event…"), "new"),
                             (self.tr("Join an event from a setup file…"), "join"),
                             (self.tr("Open an event file…"), "open"), (self.tr("Open the demo event"), "demo")):
            button = QPushButton(text)
            button.setMinimumHeight(36)
            button.clicked.connect(lambda _=False, c=choice: self._choose(c))
            layout.addWidget(button)

    def _choose(self, choice: str) -> None:
        self.choice = choice
        if choice == "open":
            self.path = choose_event_file(self)
            if self.path is None:
                return
        self.accept()
