"""A volunteer switches the language at the desk: every language names itself, counts and times
read the way that language writes them."""

from __future__ import annotations

import pytest
import reportlab.rl_config  # noqa: F401 (reportlab reads ~/.reportlab_mods once, at import: here, not in a test)
from PySide6.QtCore import QLocale

from carekit.ui.formats import date_text, number_text, time_text
from carekit.ui.language import LANGUAGES, apply_language, system_language

DESK = {"zh_CN": "签到台", "zh_TW": "報到櫃檯", "en": "Check-in desk", "es": "Recepción", "pt_BR": "Recepção"}
COUNT = {"zh_CN": "已签到 0 / 已登记 4", "zh_TW": "已報到 0 / 已登記 4", "en": "0 checked in of 4 registered",
         "es": "0 con entrada de 4 inscritos", "pt_BR": "0 com check-in de 4 inscritos"}


@pytest.mark.parametrize("locale, expected", [("zh_HK", "zh_TW"), ("zh_TW", "zh_TW"), ("zh_Hant_TW", "zh_TW"),
                                              ("zh_SG", "zh_CN"), ("zh_CN", "zh_CN"), ("es_MX", "es"),
                                              ("pt_PT", "pt_BR"), ("pt_BR", "pt_BR"), ("fr_FR", "en")])
def test_the_system_locale_picks_the_nearest_interface_language(locale, expected):
    assert system_language(locale) == expected


def test_the_language_menu_lists_each_language_in_its_own_name(window):
    assert [a.text() for a in window.language_menu.actions()] == list(LANGUAGES.values())
    assert set(LANGUAGES.values()) == {"简体中文", "繁體中文", "English", "Español", "Português (Brasil)"}


def test_each_language_retitles_the_desk_and_writes_its_count_in_its_own_words(qtbot, window, desk):
    for code in LANGUAGES:
        window.language_actions[code].trigger()
        qtbot.waitUntil(lambda: window.tabs.tabText(0) == DESK[code], timeout=3000)
        qtbot.waitUntil(lambda: desk.count_label.text() == COUNT[code], timeout=3000)
        assert window.language_actions[code].text() == LANGUAGES[code]  # never translated


def test_one_registered_person_is_singular_in_spanish_and_portuguese(qtbot, window, desk, monkeypatch):
    from carekit.services import search
    monkeypatch.setattr(search, "count_people", lambda ws: 1)
    for code, text in (("es", "0 con entrada de 1 inscrito"), ("pt_BR", "0 com check-in de 1 inscrito"),
                       ("en", "0 checked in of 1 registered")):
        apply_language(code, remember=False)
        qtbot.waitUntil(lambda: desk.count_label.text() == text, timeout=3000)


def test_times_dates_and_numbers_follow_the_language(qtbot, window):
    seen = {}
    for code in LANGUAGES:
        apply_language(code, remember=False)
        seen[code] = (time_text("2026-12-05T21:14:03+08:00"), date_text("2026-12-05"), number_text(12345))
        assert seen[code][0] == QLocale(code).toString(QLocale(code).toTime("21:14", "HH:mm"),
                                                       QLocale.FormatType.ShortFormat)
    assert seen["en"][0] != seen["es"][0] or seen["en"][1] != seen["es"][1]
    assert seen["es"][1].startswith("5/12") and seen["pt_BR"][1].startswith("05/12")  # day first
    assert seen["en"][1].startswith("12/5")  # month first
    assert seen["es"][2] != seen["en"][2]  # 12.345 against 12,345
    assert all(seen[code][1].endswith("2026") or seen[code][1].startswith("2026") for code in LANGUAGES)  # year in full


def test_a_sheet_printed_from_the_window_writes_its_dates_in_the_operators_language(qtbot, window):
    from carekit import i18n
    from carekit.printing.dates import wall_words
    apply_language("es", remember=False)
    assert i18n.language() == "es" and wall_words("2026-12-04T16:30", i18n.language()) == "4 de diciembre de 2026 16:30"
    apply_language("zh_CN", remember=False)
    assert wall_words("2026-12-04T16:30", i18n.language()) == "2026年12月4日 16:30"


def test_spanish_site_names_fit_the_dashboard_and_no_placeholder_stays_english(qtbot, window):
    dashboard, verify = window.page("DashboardPage"), window.page("VerifyPage")
    window.tabs.setCurrentWidget(dashboard)
    apply_language("es", remember=False)
    qtbot.waitUntil(lambda: dashboard.site.itemText(0) == "Todas las sedes", timeout=3000)
    combo = dashboard.site
    needed = combo.fontMetrics().horizontalAdvance(combo.itemText(0))
    qtbot.waitUntil(lambda: combo.width() >= needed + 20, timeout=3000)  # "Todas las s" was all one could read
    apply_language("zh_CN", remember=False)
    qtbot.waitUntil(lambda: "凭证" in verify.code.placeholderText(), timeout=3000)
    assert "credential" not in verify.code.placeholderText()
