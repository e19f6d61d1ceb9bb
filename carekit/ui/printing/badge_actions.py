"""One badge on demand: render it, then Open it in the PDF viewer or send it to a printer."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from carekit.services import badges
from carekit.services.errors import CareKitError
from carekit.ui.printing.output import open_pdf, save_pdf, tell_not_reached


def print_pdf(parent, path: Path) -> bool:
    """Print through QPrintDialog when Qt's PDF module is present; else open the PDF (the viewer
    prints). Returns True when the printer took it; when no printer can be reached, says so."""
    try:
        from PySide6.QtGui import QPainter
        from PySide6.QtPdf import QPdfDocument
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
    except ImportError:
        open_pdf(parent, path)
        return False
    if not QPrinterInfo.availablePrinters():
        tell_not_reached(parent, path, QCoreApplication.translate(
            "Printing", "No printer is set up on this laptop."))
        return False
    document = QPdfDocument(parent)
    document.load(str(path))
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    if QPrintDialog(printer, parent).exec() != QPrintDialog.DialogCode.Accepted:
        return False
    painter = QPainter(printer)
    try:
        for page in range(document.pageCount()):
            if page:
                printer.newPage()
            target = painter.viewport().size()
            image = document.render(page, target)
            painter.drawImage(0, 0, image)
    finally:
        painter.end()
    return True


def print_badge(parent, context, registration_id: str, layout: str = "cr80") -> Path | None:
    ws = context.workspace
    try:
        batch = badges.badge_for(ws, registration_id, layout)
    except CareKitError as error:
        QMessageBox.warning(parent, QCoreApplication.translate("BadgeActions", "Badge"), error.message)
        return None
    path = save_pdf(batch.pdf, f"badge-{batch.registration_ids[0][:8]}.pdf" if batch.registration_ids else "badge.pdf")
    box = QMessageBox(parent)
    box.setWindowTitle(QCoreApplication.translate("BadgeActions", "Badge"))
    text = QCoreApplication.translate("BadgeActions", "The badge is ready.")
    if batch.warnings:
        text += "\n" + QCoreApplication.translate("BadgeActions", "Some characters have no font and print as �:") + "\n" + "\n".join(batch.warnings)
    box.setText(text)
    open_button = box.addButton(QCoreApplication.translate("BadgeActions", "Open"), QMessageBox.ButtonRole.AcceptRole)
    print_button = box.addButton(QCoreApplication.translate("BadgeActions", "Print…"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    if box.clickedButton() is open_button:
        if open_pdf(parent, path):
            badges.mark_printed(ws, batch.registration_ids)
    elif box.clickedButton() is print_button and print_pdf(parent, path):
        badges.mark_printed(ws, batch.registration_ids)
    return path
