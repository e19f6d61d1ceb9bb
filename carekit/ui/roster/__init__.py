"""Roster import from the File menu: pick a file, check the columns, import with progress."""

from __future__ import annotations


def open_import_dialog(parent, context) -> None:
    """Modal: the desk waits while a roster goes in (the import itself runs off the UI thread)."""
    from carekit.ui.roster.import_dialog import ImportRosterDialog
    ImportRosterDialog(context, parent).exec()
