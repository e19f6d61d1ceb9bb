"""Fonts for the screen: a venue laptop may have no CJK font, and Qt would draw boxes."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase

from carekit.paths import RESOURCES

# Families looked for, in order, when the system's default font lacks a character: Chinese, then
# rare Chinese (Extension B, e.g. 𠀾 in names) and Thai, the same fonts the badges print with.
SCREEN_FONT_FILES = ("wqy-microhei.ttc", "HanaMinB.ttf", "NotoSansThai-Regular.ttf")


_loaded: list[str] = []


def load_bundled_fonts() -> list[str]:
    """Registers the shipped fonts with Qt once and makes them the fallbacks of every widget."""
    if _loaded:
        return list(_loaded)
    families: list[str] = []
    for name in SCREEN_FONT_FILES:
        path = RESOURCES / "fonts" / name
        if path.exists():
            font_id = QFontDatabase.addApplicationFont(str(path))
            families += QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if families:
        # Keep the system's Latin font first; Chinese falls back to the bundled family.
        QFont.insertSubstitutions(QFont().defaultFamily(), families)
        default = QFont()
        default.setFamilies([default.family(), *families])
        from PySide6.QtWidgets import QApplication
        QApplication.setFont(default)
    _loaded.extend(families)
    return families
