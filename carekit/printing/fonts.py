"""Fonts for PDFs: every name must print with real glyphs, and pdftotext must give it back.

reportlab embeds only TrueType outlines (CFF fonts such as Noto CJK are refused) and subsets them
per document. No single TrueType font covers all names, so text is split into runs by which font
covers each character: DejaVu Sans for Latin and Vietnamese, WenQuanYi Micro Hei for Chinese,
HanaMin B for CJK Extension B and beyond. A character no font has is reported, never printed blank.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont

from carekit.paths import resource

RESOURCE_FONTS = resource("resources", "fonts")
# Shipped fonts come first; a system folder is a fallback for a trimmed install.
SYSTEM_FONT_DIRS = (Path("/usr/share/fonts/truetype/hanazono"), Path("/usr/share/fonts/truetype/wqy"),
                    Path("/usr/share/fonts/truetype/dejavu"), Path("/usr/local/share/fonts"),
                    Path.home() / ".local/share/fonts")
REPLACEMENT = "\ufffd"


_reportlab_to_unicode = ttfonts.makeToUnicodeCMap


def _utf16_hex(code: int) -> str:
    return chr(code).encode("utf-16-be").hex().upper()


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """reportlab writes a code point above U+FFFF as five hex digits, which readers drop, so
    pdftotext lost CJK Extension B names; a ToUnicode CMap wants UTF-16BE (a surrogate pair)."""
    cmap = _reportlab_to_unicode(fontname, subset)
    for code in subset:
        if code > 0xFFFF:
            cmap = cmap.replace(f"> <{code:04X}>", f"> <{_utf16_hex(code)}>")
    return cmap


ttfonts.makeToUnicodeCMap = _to_unicode_cmap


@dataclass(frozen=True)
class FontFile:
    name: str  # the name reportlab registers
    file: str
    subfont: int = 0  # index inside a .ttc collection


# Order matters: the first font that has a character draws it.
FALLBACK_CHAIN = (
    FontFile("CareKit-Latin", "DejaVuSans.ttf"),
    FontFile("CareKit-CJK", "wqy-microhei.ttc"),
    FontFile("CareKit-Thai", "NotoSansThai-Regular.ttf"),
    FontFile("CareKit-ExtB", "HanaMinB.ttf"),
)


class MissingGlyphs(ValueError):
    """Characters no shipped font can draw; raised only when the caller asks for strictness."""

    def __init__(self, text: str, chars: list[str]):
        self.text = text
        self.chars = chars
        codes = ", ".join(f"U+{ord(c):04X}" for c in chars)
        super().__init__(f"no font has {codes} in {text!r}")


def find_font_file(file: str) -> Path | None:
    for folder in (RESOURCE_FONTS, *SYSTEM_FONT_DIRS):
        path = folder / file
        if path.exists():
            return path
    return None


@lru_cache(maxsize=None)
def _load(index: int) -> TTFont | None:
    """Registers one font of the chain the first time a character needs it (HanaMin B is slow)."""
    spec = FALLBACK_CHAIN[index]
    path = find_font_file(spec.file)
    if path is None:
        return None
    font = TTFont(spec.name, str(path), subfontIndex=spec.subfont)
    pdfmetrics.registerFont(font)
    return font


def available_fonts() -> list[str]:
    """Names of the fonts of the chain present on this laptop (all are loaded)."""
    return [FALLBACK_CHAIN[i].name for i in range(len(FALLBACK_CHAIN)) if _load(i) is not None]


@lru_cache(maxsize=65536)
def font_for(char: str) -> str | None:
    code = ord(char)
    for index in range(len(FALLBACK_CHAIN)):
        font = _load(index)
        if font is not None and code in font.face.charToGlyph:
            return font.fontName
    return None


@lru_cache(maxsize=65536)
def _has(font_name: str, char: str) -> bool:
    return ord(char) in pdfmetrics.getFont(font_name).face.charToGlyph


def base_font() -> str:
    font = _load(0) or _load(1)
    if font is None:
        raise FileNotFoundError(f"no font found in {RESOURCE_FONTS}")
    return font.fontName


def split_runs(text: str) -> tuple[list[tuple[str, str]], list[str]]:
    """(font name, substring) runs covering ``text``, and the characters no font has.

    Text is NFC-normalised first so a Vietnamese name typed with combining marks finds its
    precomposed glyphs. A character the current run's font has (a space, the "·" of a
    transliterated Uyghur name) stays in that run, so a name changes font as little as possible.
    A missing character is drawn as U+FFFD and listed, so the caller can warn.
    """
    text = unicodedata.normalize("NFC", text)
    runs: list[tuple[str, str]] = []
    missing: list[str] = []
    current, buf = None, []
    for char in text:
        font = current if current and _has(current, char) else font_for(char)
        if font is None:
            missing.append(char)
            char, font = REPLACEMENT, font_for(REPLACEMENT) or base_font()
        if font != current and buf:
            runs.append((current, "".join(buf)))
            buf = []
        current = font
        buf.append(char)
    if buf:
        runs.append((current, "".join(buf)))
    return runs, missing


@lru_cache(maxsize=65536)
def _width_at_1000(part: str, font: str) -> float:
    """reportlab sums per-glyph widths in Python on every call; a width is linear in the size, and
    labels, headings and names repeat across pages, so each text is measured once."""
    return pdfmetrics.stringWidth(part, font, 1000)


def runs_width(runs: list[tuple[str, str]], size: float) -> float:
    return sum(_width_at_1000(part, font) for font, part in runs) * size / 1000


def fit_size(runs: list[tuple[str, str]], max_width: float, max_size: float, min_size: float) -> float:
    """The largest size up to ``max_size`` at which the runs fit ``max_width`` (never below min)."""
    width = runs_width(runs, max_size)
    if width <= max_width or width == 0:
        return max_size
    return max(min_size, max_size * max_width / width)


def check_text(text: str) -> None:
    """Strict check for callers that must refuse rather than print a replacement mark."""
    _, missing = split_runs(text)
    if missing:
        raise MissingGlyphs(text, missing)
