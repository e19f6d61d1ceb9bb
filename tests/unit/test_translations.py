"""Every shipped language is complete: nothing unfinished, no English left, same keys everywhere."""

from __future__ import annotations

import importlib.util
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from carekit.i18n import english_plural
from carekit.paths import TRANSLATIONS

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("update", ROOT / "translations" / "update.py")
update = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(update)
LOCALES = update.LOCALES
FORMS = {"zh_CN": 1, "zh_TW": 1, "en": 2, "es": 2, "pt_BR": 2}
PLACEHOLDER = re.compile(r"\{\w*\}|%n")
# What may legitimately read the same in another language: placeholders, numbers, acronyms and
# units (PIN, PDF, KB, mmHg, PHQ-2), file patterns, punctuation.
NEUTRAL = re.compile(r"\(\*\.[^)]*\)|\*\.\w+|\b[A-Z][A-Z0-9-]*\b|\b(?:CareKit|mmHg|mmol/L|KB|ms)\b")
# Words the other language writes the same way (loanwords used at events there).
SAME_WORD = {"es": {"Laptop", "Laptops", "Roles", "Hotel", "Halal"}, "pt_BR": {"Check-ins", "Hotel", "Halal", "Item"}}


def messages(locale: str) -> dict[tuple[str, str], ET.Element]:
    tree = ET.parse(update.ts_path(locale))
    return {(ctx.findtext("name"), m.findtext("source")): m for ctx in tree.getroot().iter("context")
            for m in ctx.iter("message")}


def texts(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    if message.get("numerus") == "yes":
        return [f.text or "" for f in translation.iter("numerusform")]
    return [translation.text or ""]


def has_words(text: str) -> bool:
    return bool(re.search(r"[^\W\d_]", NEUTRAL.sub(" ", PLACEHOLDER.sub(" ", text))))


def test_the_app_offers_exactly_the_languages_the_repository_ships():
    from carekit.ui.language import LANGUAGES
    assert list(LANGUAGES) == LOCALES
    assert LANGUAGES["zh_TW"] == "繁體中文" and LANGUAGES["es"] == "Español" and LANGUAGES["pt_BR"].startswith("Português")


@pytest.mark.parametrize("locale", LOCALES)
def test_no_message_is_unfinished_or_obsolete(locale):
    bad = [(ctx, src) for (ctx, src), m in messages(locale).items()
           if m.find("translation").get("type") in ("unfinished", "vanished", "obsolete") or not all(texts(m))]
    assert bad == [], f"run translations/update.py --fill {locale} FILE.json for these"


@pytest.mark.parametrize("locale", LOCALES)
def test_every_language_has_the_same_keys(locale):
    assert set(messages(locale)) == set(messages("en"))


@pytest.mark.parametrize("locale", [l for l in LOCALES if l != "en"])
def test_no_english_is_left_in_another_language(locale):
    left = [src for (_, src), m in messages(locale).items()
            if has_words(src) and any(t == src or t == english_plural(src, 1) or t == english_plural(src, 2)
                                      for t in texts(m)) and src not in SAME_WORD.get(locale, set())]
    assert left == []


@pytest.mark.parametrize("locale", LOCALES)
def test_placeholders_and_plural_forms_survive_translation(locale):
    wrong = []
    for (ctx, src), m in messages(locale).items():
        forms = texts(m)
        if m.get("numerus") == "yes" and (len(forms) != FORMS[locale] or not all("%n" in f for f in forms)):
            wrong.append((src, forms))
        for text in forms:
            if set(PLACEHOLDER.findall(text)) != set(PLACEHOLDER.findall(src)):
                wrong.append((src, text))
    assert wrong == []


def test_the_plural_messages_exist_and_read_right_in_english():
    numerus = {src for (_, src), m in messages("en").items() if m.get("numerus") == "yes"}
    assert {"%n badge(s)", "%n row(s)", "Merging %n bundle(s)…"} <= numerus
    assert english_plural("%n badge(s)", 1) == "1 badge" and english_plural("%n badge(s)", 3) == "3 badges"


@pytest.mark.parametrize("locale", LOCALES)
def test_the_compiled_qm_matches_its_ts(locale):
    """A .ts edited but not compiled would ship the old words."""
    translator = QTranslator()
    assert translator.load(str(TRANSLATIONS / f"carekit_{locale}.qm"))
    stale = [(ctx, src) for (ctx, src), m in messages(locale).items()
             if m.get("numerus") != "yes" and translator.translate(ctx, src) != texts(m)[0]]
    assert stale == []
