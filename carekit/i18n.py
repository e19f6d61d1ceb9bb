"""The one translation helper for code that must not import Qt (services, CLI).

``translate(context, text)`` is what Qt's lupdate extracts from these modules; the app installs
Qt's translator at start-up, so a service's message reaches the desk in the operator's language.
Without the app (CLI, tests) the English source text is used.
"""

from __future__ import annotations

from typing import Callable

_translator: Callable[[str, str], str] | None = None


def install(translator: Callable[[str, str], str] | None) -> None:
    global _translator
    _translator = translator


def translate(context: str, text: str) -> str:
    return _translator(context, text) if _translator else text


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate knows)
    """Marks a constant for extraction; translate it where it is shown."""
    return text
