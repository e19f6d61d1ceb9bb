"""A newcomer presses F1 at the desk and reads the guide, with no network and no checkout."""

from __future__ import annotations

from importlib import metadata

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QTextDocument

from carekit.ui import guide


def test_f1_opens_the_user_guide_with_its_pictures(qtbot, window, desk):
    qtbot.keyClick(desk.scan, Qt.Key.Key_F1)
    dialog = window.guide
    qtbot.waitExposed(dialog)
    text = dialog.browser.toPlainText()
    assert "Quick start" in text and "246810" in text
    image = dialog.browser.loadResource(QTextDocument.ResourceType.ImageResource.value,
                                        QUrl("carekit/resources/screenshots/desk_en.png"))
    assert not image.isNull() and image.width() > 200


def test_an_installed_copy_shows_the_readme_from_its_package_metadata(monkeypatch, tmp_path):
    monkeypatch.setattr(guide, "_SOURCE_README", tmp_path / "site-packages" / "README.md")  # no checkout
    readme = (guide.Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    monkeypatch.setattr(guide.metadata, "metadata", lambda name: _Meta(readme if name == "carekit" else ""))
    assert guide.user_guide_markdown() == readme

    def missing(name):
        raise metadata.PackageNotFoundError(name)
    monkeypatch.setattr(guide.metadata, "metadata", missing)
    assert "not included" in guide.user_guide_markdown()


class _Meta:
    def __init__(self, payload: str):
        self.payload = payload

    def get_payload(self) -> str:
        return self.payload
