"""Help → User guide: the README, shown inside the app, with no network.

An installed CareKit carries the README as its package description (the wheel's metadata, which
the frozen bundle copies too); a source checkout shows its own README.md, which may be newer.
Pictures come from the package's ``resources/screenshots``, so the guide looks the same offline.
"""

from __future__ import annotations

from importlib import metadata
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QImage, QKeySequence, QShortcut, QTextDocument
from PySide6.QtWidgets import QDialog, QTextBrowser, QVBoxLayout

from carekit.paths import resource

_SOURCE_README = Path(__file__).resolve().parents[2] / "README.md"


def user_guide_markdown() -> str:
    """The README's Markdown, or a short English note when neither copy can be found."""
    if _SOURCE_README.exists() and (_SOURCE_README.parent / "pyproject.toml").exists():
        return _SOURCE_README.read_text(encoding="utf-8")
    try:
        text = metadata.metadata("carekit").get_payload()
    except metadata.PackageNotFoundError:
        text = None
    return text or "# CareKit\n\nThe user guide is not included in this copy of CareKit."


class GuideBrowser(QTextBrowser):
    """Resolves the README's relative links against the installed package, not the network."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setOpenLinks(False)
        self.anchorClicked.connect(self._follow)

    def loadResource(self, kind: int, url: QUrl):  # noqa: N802 (Qt's name)
        if kind == QTextDocument.ResourceType.ImageResource.value and url.isRelative():
            path = url.path().removeprefix("../")  # docs/*.md point one folder up
            if path.startswith("carekit/"):
                image = QImage(str(resource(*path.split("/")[1:])))
                if not image.isNull():
                    return image
        return super().loadResource(kind, url)

    def show_guide(self) -> None:
        self.setMarkdown(user_guide_markdown())

    def _follow(self, url: QUrl) -> None:
        if not url.isRelative():
            QDesktopServices.openUrl(url)
        elif not url.path():
            self.scrollToAnchor(url.fragment())
        else:
            page = _SOURCE_README.parent / url.path()  # docs/*.md travel with the source only
            if page.suffix == ".md" and page.exists():
                self.setMarkdown(page.read_text(encoding="utf-8"))
            else:
                self.setMarkdown(self.tr("# {page}\n\nThis reference page is part of the CareKit source "
                                         "(folder `docs/`), not of this installed copy.\n\n"
                                         "Press Alt+Left to return to the guide.").format(page=url.path()))


class GuideDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("CareKit user guide"))
        self.browser = GuideBrowser(self)
        self.browser.show_guide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        QShortcut(QKeySequence("Alt+Left"), self, self.browser.show_guide)
        self.resize(900, 720)


def open_user_guide(parent=None) -> GuideDialog:
    dialog = GuideDialog(parent)
    dialog.show()
    return dialog
