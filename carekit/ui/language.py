"""Interface languages: pick from the system locale or the menu, switch at run time."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from carekit import i18n
from carekit.paths import TRANSLATIONS, load_settings, try_save_setting

# Locale code -> name of the language in itself (never translated).
LANGUAGES = {"zh_CN": "简体中文", "en": "English"}
_installed: list[QTranslator] = []


def system_language() -> str:
    name = QLocale.system().name()  # e.g. zh_CN, pt_BR, en_US
    if name in LANGUAGES:
        return name
    base = name.split("_")[0]
    return next((code for code in LANGUAGES if code.split("_")[0] == base), "en")


def preferred_language(requested: str | None = None) -> str:
    for candidate in (requested, load_settings().get("language")):
        if candidate in LANGUAGES:
            return candidate
    return system_language()


def apply_language(code: str, remember: bool = True) -> None:
    """Install the translators; Qt then sends LanguageChange to every widget."""
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    ours = QTranslator()
    if ours.load(str(TRANSLATIONS / f"carekit_{code}.qm")):
        app.installTranslator(ours)
        _installed.append(ours)
    qt = QTranslator()
    if qt.load(QLocale(code), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    QLocale.setDefault(QLocale(code))
    i18n.install(lambda context, text: QCoreApplication.translate(context, text))
    if remember:
        try_save_setting("language", code)
