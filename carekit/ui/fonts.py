"""Fonts for the screen: a venue laptop may have no CJK font, and Qt would draw boxes."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase

from carekit.paths import RESOURCES

# Families looked for, in order, when the system's default font lacks Chinese.
SCREEN_FONT_FILES = ("wqy-microhei.ttc",)


def load_bundled_fonts() -> list[str]:
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
    return families
