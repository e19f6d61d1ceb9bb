"""Help → User guide: the README and the reference pages of docs/, shown inside the app, offline.

A wheel or a frozen bundle carries the pages as package data (``carekit/resources/guide``, copied
there by setup.py when the wheel is built); a checkout shows its own README.md and docs/, which
may be newer. Pages are addressed as ``guide:/README.md``, ``guide:/docs/sync.md``, so Qt resolves
the pages' relative links and pictures the way a Markdown viewer does, and Alt+Left goes back.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QImage, QKeySequence, QShortcut, QTextDocument
from PySide6.QtWidgets import QDialog, QTextBrowser, QVBoxLayout

from carekit.paths import resource

_CHECKOUT = Path(__file__).resolve().parents[2]
SCHEME = "guide"
HOME = "README.md"


def guide_folder() -> Path | None:
    """Where the pages are: the checkout this code runs from, else the installed package's copy."""
    if (_CHECKOUT / HOME).is_file() and (_CHECKOUT / "pyproject.toml").is_file():
        return _CHECKOUT
    shipped = resource("resources", "guide")
    return shipped if (shipped / HOME).is_file() else None


def guide_page(page: str) -> str | None:
    """The Markdown of ``page`` ("README.md", "docs/sync.md"); None when it is not part of the guide."""
    folder = guide_folder()
    parts = [p for p in page.split("/") if p]
    if folder is None or not parts or any(p in (".", "..") for p in parts) or not parts[-1].endswith(".md"):
        return None
    if len(parts) > 2 or (len(parts) == 2 and parts[0] != "docs"):
        return None
    path = folder.joinpath(*parts)
    return path.read_text(encoding="utf-8") if path.is_file() else None


def page_url(page: str = HOME) -> QUrl:
    return QUrl(f"{SCHEME}:/{page}")


class GuideBrowser(QTextBrowser):
    """Serves the guide's pages and pictures from the package; web links open in the browser."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setOpenExternalLinks(True)

    def loadResource(self, kind: int, url: QUrl):  # noqa: N802 (Qt's name)
        if url.scheme() != SCHEME:
            return super().loadResource(kind, url)
        path = url.path().lstrip("/")
        if kind == QTextDocument.ResourceType.ImageResource.value:
            if path.startswith("carekit/"):
                image = QImage(str(resource(*path.split("/")[1:])))
                if not image.isNull():
                    return image
            return QImage()
        text = guide_page(path)
        if text is not None:
            return text
        if path == HOME:
            return "# CareKit\n\n" + self.tr("The user guide is not included in this copy of CareKit.")
        return "# {page}\n\n{why}".format(page=path, why=self.tr(
            "This page is not part of the user guide shipped with CareKit. Press Alt+Left to go back."))

    def show_guide(self) -> None:
        self.setSource(page_url(HOME), QTextDocument.ResourceType.MarkdownResource)

    def page(self) -> str:
        """The page shown, as "README.md" or "docs/sync.md"."""
        return self.source().path().lstrip("/")


class GuideDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("CareKit user guide"))
        self.browser = GuideBrowser(self)
        self.browser.show_guide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        QShortcut(QKeySequence("Alt+Left"), self, self.browser.backward)
        QShortcut(QKeySequence("Alt+Right"), self, self.browser.forward)
        QShortcut(QKeySequence("Alt+Home"), self, self.browser.show_guide)
        self.resize(900, 720)


_LINK = re.compile(r"(!?)\[[^\]]*\]\(([^)\s#]+)[^)]*\)")


def check_guide(browser: GuideBrowser) -> tuple[str, int, int, int, int]:
    """For ``carekit --check``: where the guide was found, and how many of the README's linked
    pages and pictures it can show (linked, shown, pictures, drawn)."""
    folder = guide_folder()
    browser.show_guide()
    home = browser.source()
    links = _LINK.findall(guide_page(HOME) or "")
    pages = sorted({target for bang, target in links if not bang and target.endswith(".md")})
    pictures = sorted({target for bang, target in links if bang})
    shown = sum(guide_page(home.resolved(QUrl(page)).path().lstrip("/")) is not None for page in pages)
    drawn = sum(not browser.loadResource(QTextDocument.ResourceType.ImageResource.value,
                                         home.resolved(QUrl(picture))).isNull() for picture in pictures)
    return str(folder), len(pages), shown, len(pictures), drawn


def open_user_guide(parent=None) -> GuideDialog:
    dialog = GuideDialog(parent)
    dialog.show()
    return dialog
