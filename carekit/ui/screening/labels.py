"""Words for stations, flags, destinations and statuses, translated when shown."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from carekit.services.screening import FIELD_LABELS
from carekit.services.screening_words import DESTINATIONS, FLAGS, STATIONS, STATUSES  # noqa: F401


def word(table: dict[str, str], key: str) -> str:
    return QCoreApplication.translate("Screening", table[key]) if key in table else key


def field_label(key: str) -> str:
    return word(FIELD_LABELS, key)
