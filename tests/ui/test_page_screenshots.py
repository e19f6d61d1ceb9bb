"""The per-language page pictures the guide shows (packaging/screenshots.py): the Verify page is
shot as a person sees it after scanning a certificate, not as an empty prompt."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage

from carekit.services import certificates
from carekit.ui.language import LANGUAGES

ROOT = Path(__file__).resolve().parents[2]
VALID_GREEN = QColor("#1e8e3e").rgb()  # the answer's background for a valid certificate


def screenshots_script():
    spec = importlib.util.spec_from_file_location("carekit_screenshots", ROOT / "packaging" / "screenshots.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def green_rows(path: Path) -> int:
    image = QImage(str(path))
    assert not image.isNull(), path
    x = image.width() // 2
    return sum(1 for y in range(image.height()) if image.pixel(x, y) == VALID_GREEN)


@pytest.mark.parametrize("language", list(LANGUAGES))
def test_each_languages_verify_picture_shows_a_verified_certificate(language):
    assert green_rows(ROOT / "carekit" / "resources" / "screenshots" / language / "verify.png") > 40


def test_the_script_scans_a_certificate_on_the_verify_page_and_names_pages_built_or_not(window, event_workspace):
    script = screenshots_script()
    certificates.generate_key(event_workspace, "Rider Care NGO")
    cert = certificates.issue(event_workspace, event_workspace.registered["张伟"].person_id, course_code="FA1",
                              course_name="First aid", months=24, trainer="Lin")
    index = next(i for i in range(window.tabs.count()) if script.page_name(window.tabs.widget(i)) == "verify")
    window.tabs.setCurrentIndex(index)
    page = window.tabs.widget(index)
    assert script.page_name(page) == "verify" and page.answer.text() == ""
    script.show_something(page, [], cert.code)
    assert page.answer.text().startswith("VALID") and cert.serial in page.details.text()
