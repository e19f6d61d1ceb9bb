"""The one translation helper for code that must not import Qt (services, CLI).

``translate(context, text)`` is what Qt's lupdate extracts from these modules; the app installs
Qt's translator at start-up, so a service's message reaches the desk in the operator's language.
Without the app (CLI, tests) the English source text is used.
"""

from __future__ import annotations

import re
from typing import Callable

_translator: Callable[..., str] | None = None
_language = "en"  # the installed translator's language: documents worded in it write dates in it too
_PLURAL = re.compile(r"\((\w+)\)")  # "%n row(s)": the English source marks its plural ending


def install(translator: Callable[[str, str], str] | None, language: str = "en") -> None:
    global _translator, _language
    _translator, _language = translator, language if translator else "en"


def language() -> str:
    """The language ``translate`` speaks: the operator's in the app, English without it (CLI, tests)."""
    return _language


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Like Qt's: with ``n`` the text is a plural form holding ``%n`` (lupdate marks it numerus)."""
    if n < 0:
        return _translator(context, text) if _translator else text
    if _translator:
        return _translator(context, text, n)
    return english_plural(text, n)


def english_plural(text: str, n: int) -> str:
    """"%n row(s)" → "1 row" / "3 rows": the source text read without a translator (CLI, tests)."""
    return _PLURAL.sub("" if n == 1 else r"\1", text).replace("%n", str(n))


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate knows)
    """Marks a constant for extraction; translate it where it is shown."""
    return text
