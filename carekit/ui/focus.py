"""Where the keyboard is: a volunteer working by keyboard alone must see which field or button
Enter will act on, on every page and in every dialog."""

from __future__ import annotations

FOCUS_COLOUR = "#1f5fa8"
FOCUS_STYLE = f"""
QLineEdit:focus, QPlainTextEdit:focus, QTextBrowser:focus, QComboBox:focus, QSpinBox:focus,
QDateEdit:focus {{ border: 2px solid {FOCUS_COLOUR}; border-radius: 3px; }}
QPushButton:focus {{ border: 2px solid {FOCUS_COLOUR}; border-radius: 4px; padding: 4px 10px; }}
QCheckBox:focus, QRadioButton:focus {{ color: {FOCUS_COLOUR}; font-weight: bold; }}
QTableView:focus, QListWidget:focus, QTableWidget:focus {{ border: 2px solid {FOCUS_COLOUR}; }}
"""


def show_focus(app) -> None:
    """Adds the focus marks to the application's style sheet once."""
    current = app.styleSheet() or ""
    if FOCUS_STYLE not in current:
        app.setStyleSheet(current + FOCUS_STYLE)
