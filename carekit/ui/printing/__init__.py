"""Printing in the app: one badge at the desk, batches of badges, certificate verification, keys."""

from __future__ import annotations


def print_badge(parent, context, registration_id: str) -> None:
    from carekit.ui.printing.badge_actions import print_badge as _print_badge
    _print_badge(parent, context, registration_id)


def open_batch_dialog(parent, context) -> None:
    from carekit.ui.printing.batch_dialog import BatchBadgeDialog
    BatchBadgeDialog(context, parent).exec()


def open_keys_dialog(parent, context) -> None:
    from carekit.ui.printing.keys_dialog import KeysDialog
    KeysDialog(context, parent).exec()
