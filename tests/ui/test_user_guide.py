"""A newcomer presses F1 at the desk and reads the guide, with no network and no checkout."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QTextDocument

from carekit.ui import guide

ROOT = Path(__file__).resolve().parents[2]
IMAGE = QTextDocument.ResourceType.ImageResource.value


def build_script():
    """setup.py, which copies the guide's pages into the wheel, loaded without running setup()."""
    spec = importlib.util.spec_from_file_location("carekit_setup", ROOT / "setup.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_f1_opens_the_user_guide_with_its_pictures(qtbot, window, desk):
    qtbot.keyClick(desk.scan, Qt.Key.Key_F1)
    dialog = window.guide
    qtbot.waitExposed(dialog)
    text = dialog.browser.toPlainText()
    assert "Quick start" in text and "246810" in text
    image = dialog.browser.loadResource(IMAGE, dialog.browser.source().resolved(
        QUrl("carekit/resources/screenshots/desk_en.png")))
    assert not image.isNull() and image.width() > 200


def test_a_link_opens_the_reference_page_and_alt_left_comes_back(qtbot, window, desk):
    qtbot.keyClick(desk.scan, Qt.Key.Key_F1)
    dialog = window.guide
    qtbot.waitExposed(dialog)
    browser = dialog.browser
    browser.setSource(browser.source().resolved(QUrl("docs/sync.md")))  # what a click on the link does
    assert browser.page() == "docs/sync.md"
    first_heading = (ROOT / "docs" / "sync.md").read_text(encoding="utf-8").splitlines()[0].lstrip("# ")
    assert browser.toPlainText().startswith(first_heading)
    # A reference page's picture sits one folder up, and its link back to the README works too.
    picture = browser.loadResource(IMAGE, browser.source().resolved(
        QUrl("../carekit/resources/screenshots/sync-page.png")))
    assert not picture.isNull()
    qtbot.keyClick(browser, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert browser.page() == "README.md" and "Quick start" in browser.toPlainText()


def test_a_page_outside_the_guide_is_refused_with_a_way_back(qtbot):
    assert guide.guide_page("../pyproject.toml") is None and guide.guide_page("carekit/app.py") is None
    browser = guide.GuideBrowser()
    qtbot.addWidget(browser)
    browser.show_guide()
    browser.setSource(browser.source().resolved(QUrl("tests/conftest.md")))
    assert "not part of the user guide" in browser.toPlainText()


def test_the_wheel_carries_every_page_of_the_guide_and_an_installed_copy_shows_them(qtbot, tmp_path, monkeypatch):
    build_lib = tmp_path / "build-lib"
    copied = build_script().copy_guide(ROOT, build_lib)
    sources = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
    assert [c.read_bytes() for c in copied] == [s.read_bytes() for s in sources]
    # An installed copy: no checkout around it, the pages where the wheel put them.
    monkeypatch.setattr(guide, "_CHECKOUT", tmp_path / "site-packages")
    real_resource = guide.resource
    monkeypatch.setattr(guide, "resource", lambda *parts: build_lib.joinpath("carekit", *parts)
                        if parts[:2] == ("resources", "guide") else real_resource(*parts))
    assert guide.guide_folder() == build_lib / "carekit" / "resources" / "guide"
    browser = guide.GuideBrowser()
    qtbot.addWidget(browser)
    folder, linked, shown, pictures, drawn = guide.check_guide(browser)
    assert linked >= len(sources) - 1 and (shown, drawn) == (linked, pictures)
    assert "Quick start" in browser.toPlainText()
    # Nothing shipped: the guide says so instead of an empty window.
    monkeypatch.setattr(guide, "resource", lambda *parts: tmp_path / "nothing")
    browser.show_guide()
    browser.reload()
    assert "not included" in browser.toPlainText()
