"""A badge QR drawn on screen, so a walk-in can scan it from the laptop before badges print."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget


class QrView(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._matrix: list[list[bool]] = []
        self.setMinimumSize(180, 180)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def set_text(self, text: str) -> None:
        if text:
            import qrcode  # only when a badge is shown: keeps start-up short
            from qrcode.constants import ERROR_CORRECT_M
            code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=4)
            code.add_data(text)
            code.make(fit=True)
            self._matrix = code.get_matrix()
        else:
            self._matrix = []
        self.update()

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), Qt.GlobalColor.white)
        if not self._matrix:
            return
        size = min(self.width(), self.height())
        cell = size / len(self._matrix)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("black"))
        for y, row in enumerate(self._matrix):
            for x, dark in enumerate(row):
                if dark:
                    painter.drawRect(QRectF(x * cell, y * cell, cell + 0.3, cell + 0.3))
