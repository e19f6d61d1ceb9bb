"""A consent notice on A4, to hand to the person before they agree: title, version, the text."""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from carekit.printing import fonts
from carekit.printing.badges import RenderResult

MARGIN = 20 * mm
SIZE = 12
LEADING = 1.5


def _wrap(text: str, width: float, size: float) -> list[str]:
    """Breaks at spaces in Latin text and between any two characters in CJK text."""
    lines: list[str] = []
    for paragraph in text.splitlines() or [""]:
        line = ""
        for word in paragraph.replace(" ", " \0").split("\0"):
            for piece in ([word] if word.isascii() else list(word)):
                candidate = line + piece
                runs, _ = fonts.split_runs(candidate.rstrip())
                if line and fonts.runs_width(runs, size) > width:
                    lines.append(line.rstrip())
                    line = piece.lstrip()
                else:
                    line = candidate
        lines.append(line.rstrip())
    return lines


def _draw_line(canvas: Canvas, text: str, x: float, y: float, size: float, warnings: list[str]) -> None:
    runs, missing = fonts.split_runs(text)
    if missing:
        warnings.append(f"no font has {' '.join(f'U+{ord(c):04X}' for c in missing)} in {text!r}")
    for font, part in runs:
        canvas.setFont(font, size)
        canvas.drawString(x, y, part)
        x += fonts.runs_width([(font, part)], size)


def render_notice(title: str, version_line: str, text: str) -> RenderResult:
    fonts.available_fonts()
    width, height = A4
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4)
    warnings: list[str] = []
    pages = 1
    y = height - MARGIN
    _draw_line(canvas, title, MARGIN, y, 18, warnings)
    y -= 9 * mm
    _draw_line(canvas, version_line, MARGIN, y, 10, warnings)
    y -= 10 * mm
    for line in _wrap(text, width - 2 * MARGIN, SIZE):
        if y < MARGIN:
            canvas.showPage()
            pages += 1
            y = height - MARGIN
        _draw_line(canvas, line, MARGIN, y, SIZE, warnings)
        y -= SIZE * LEADING
    canvas.save()
    return RenderResult(buffer.getvalue(), 1, pages, warnings)
