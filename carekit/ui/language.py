"""Interface languages: pick from the system locale or the menu, switch at run time."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from carekit import i18n
from carekit.paths import TRANSLATIONS, load_settings, try_save_setting

# Locale code -> name of the language in itself (never translated).
LANGUAGES = {"zh_CN": "简体中文", "zh_TW": "繁體中文", "en": "English", "es": "Español", "pt_BR": "Português (Brasil)"}
# Chinese written in Traditional characters: Taiwan, Hong Kong, Macao (or a Hant script locale).
_TRADITIONAL = ("TW", "HK", "MO", "Hant")
_installed: list[QTranslator] = []


def system_language(name: str | None = None) -> str:
    """The interface language closest to a locale name such as zh_HK, es_MX, pt_PT or en_US."""
    name = (name or QLocale.system().name()).replace("-", "_")
    if name in LANGUAGES:
        return name
    base, *rest = name.split("_")
    if base == "zh":
        return "zh_TW" if any(part in _TRADITIONAL for part in rest) else "zh_CN"
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
    i18n.install(lambda context, text, n=-1: QCoreApplication.translate(context, text, None, n), code)
    if remember:
        try_save_setting("language", code)
