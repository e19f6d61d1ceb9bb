"""The family-visit words shown to people: needs, statuses, relationships (source texts to translate).

Kept apart from the printing code so a screen can word a status without loading reportlab.
"""

from __future__ import annotations

from carekit.i18n import QT_TRANSLATE_NOOP, translate

NEED_LABELS = {
    "wheelchair": QT_TRANSLATE_NOOP("Family", "♿ Wheelchair"), "elderly": QT_TRANSLATE_NOOP("Family", "Elderly"),
    "infant": QT_TRANSLATE_NOOP("Family", "Infant"), "pregnant": QT_TRANSLATE_NOOP("Family", "Pregnant"),
    "halal": QT_TRANSLATE_NOOP("Family", "Halal"), "vegetarian": QT_TRANSLATE_NOOP("Family", "Vegetarian"),
    "medical": QT_TRANSLATE_NOOP("Family", "Medical"),
}
RELATIONSHIP_LABELS = {
    "parent": QT_TRANSLATE_NOOP("Family", "parent"), "spouse": QT_TRANSLATE_NOOP("Family", "spouse"),
    "child": QT_TRANSLATE_NOOP("Family", "child"), "sibling": QT_TRANSLATE_NOOP("Family", "sibling"),
    "other": QT_TRANSLATE_NOOP("Family", "other relative"),
}
AGE_BAND_LABELS = {
    "infant": QT_TRANSLATE_NOOP("Family", "infant (under 2)"), "child": QT_TRANSLATE_NOOP("Family", "child (2-17)"),
    "adult": QT_TRANSLATE_NOOP("Family", "adult"), "elderly": QT_TRANSLATE_NOOP("Family", "elderly (65 and over)"),
}
MODE_LABELS = {
    "flight": QT_TRANSLATE_NOOP("Family", "flight"), "train": QT_TRANSLATE_NOOP("Family", "train"),
    "coach": QT_TRANSLATE_NOOP("Family", "coach"), "car": QT_TRANSLATE_NOOP("Family", "car"),
}
DIRECTION_LABELS = {
    "outbound": QT_TRANSLATE_NOOP("Family", "to the event"), "return": QT_TRANSLATE_NOOP("Family", "home again"),
}
ROOM_TYPE_LABELS = {
    "single": QT_TRANSLATE_NOOP("Family", "single room (1)"), "double": QT_TRANSLATE_NOOP("Family", "double room (2)"),
    "twin": QT_TRANSLATE_NOOP("Family", "twin room (2)"), "triple": QT_TRANSLATE_NOOP("Family", "triple room (3)"),
    "family": QT_TRANSLATE_NOOP("Family", "family room (4)"),
}
STATUS_LABELS = {
    "invited": QT_TRANSLATE_NOOP("Family", "invited"), "confirmed": QT_TRANSLATE_NOOP("Family", "confirmed"),
    "ticketed": QT_TRANSLATE_NOOP("Family", "ticketed"), "travelling": QT_TRANSLATE_NOOP("Family", "travelling"),
    "arrived": QT_TRANSLATE_NOOP("Family", "arrived"), "departed": QT_TRANSLATE_NOOP("Family", "departed"),
    "home": QT_TRANSLATE_NOOP("Family", "home"),
}


def need_label(need: str) -> str:
    return translate("Family", NEED_LABELS[need]) if need in NEED_LABELS else need


def status_label(status: str) -> str:
    return translate("Family", STATUS_LABELS[status]) if status in STATUS_LABELS else status


def relationship_label(relationship: str) -> str:
    return translate("Family", RELATIONSHIP_LABELS.get(relationship, relationship))


def word(labels: dict[str, str], value: str) -> str:
    """``value`` in the reader's language from one of the label tables above."""
    return translate("Family", labels[value]) if value in labels else value
