"""Where a PDF made on demand goes, and telling the volunteer what happened to it.

A badge or a notice carries a person's name: it is written to a private folder of this run and
that folder is removed when the app closes. When no PDF viewer or printer can be reached the
volunteer is told so, with the folder where the file waits.
"""

from __future__ import annotations

import atexit
import shutil
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox

_folder: Path | None = None


def session_folder() -> Path:
    """One private folder per run (mode 0700), removed at exit."""
    global _folder
    if _folder is None or not _folder.exists():
        _folder = Path(tempfile.mkdtemp(prefix="carekit-print-"))
        atexit.register(remove_session_folder)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(remove_session_folder)
    return _folder


def remove_session_folder() -> None:
    global _folder
    if _folder is not None:
        shutil.rmtree(_folder, ignore_errors=True)
        _folder = None


def save_pdf(data: bytes, name: str) -> Path:
    folder = session_folder()
    path = folder / name
    stem, n = path.stem, 1
    while path.exists():
        n += 1
        path = folder / f"{stem}-{n}.pdf"
    path.write_bytes(data)
    return path


def open_pdf(parent, path: Path) -> bool:
    """Open in the system's viewer; when none answers, say so and name the folder."""
    if QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
        return True
    tell_not_reached(parent, path, QCoreApplication.translate(
        "Printing", "No PDF viewer could be opened on this laptop."))
    return False


def tell_not_reached(parent, path: Path, why: str) -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("Printing", "Not printed"),
                      why + "\n\n" + QCoreApplication.translate(
                          "Printing", "The file is saved as {file} in the folder:\n{folder}\n"
                                      "Copy it to a laptop with a printer, or open it from there. "
                                      "It is removed when CareKit closes.").format(
                          file=path.name, folder=str(path.parent)), parent=parent)
    box.setObjectName("notPrinted")
    box.setTextInteractionFlags(box.textInteractionFlags())
    folder_button = box.addButton(QCoreApplication.translate("Printing", "Show the folder"),
                                  QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Ok)
    box.exec()
    if box.clickedButton() is folder_button:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))
