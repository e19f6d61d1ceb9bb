"""The one set-up of a table people read but never type into: lists, boards, previews, panels."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtWidgets import QAbstractItemView

View = TypeVar("View", bound=QAbstractItemView)

_Behaviour, _Mode = QAbstractItemView.SelectionBehavior, QAbstractItemView.SelectionMode
SELECTIONS = {
    "row": (_Behaviour.SelectRows, _Mode.SingleSelection),  # one whole row: a list someone acts on
    "rows": (_Behaviour.SelectRows, _Mode.ExtendedSelection),  # whole rows, several with Shift/Ctrl
    "cells": (_Behaviour.SelectItems, _Mode.ExtendedSelection),  # Qt's own: cells, to copy figures
    "none": (_Behaviour.SelectItems, _Mode.NoSelection),  # a board only looked at
}


def read_only(view: View, select: str = "row") -> View:
    """No cell is edited in place (no editor opens on a double-click or a key); ``select`` is one of
    ``SELECTIONS``. Returns the view, so a table can be made and set up in one line."""
    if select not in SELECTIONS:
        raise ValueError(f"read_only: select {select!r} is not one of {', '.join(SELECTIONS)}")
    behaviour, mode = SELECTIONS[select]
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(behaviour)
    view.setSelectionMode(mode)
    return view
