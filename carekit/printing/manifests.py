"""Driver manifests: one page per vehicle, read by a driver holding a sign at the exit.

Names print large in the traveller's own script with the romanised name under them (drivers
and hotel staff may read either), then who they visit and that worker's phone, the train or
flight and its arrival, needs as black marks, and the traveller's badge QR, which the driver
scans to mark them picked up. Data in, PDF bytes out; all words arrive translated.
"""

from __future__ import annotations

import io
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from typing import Callable, Sequence

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from carekit.printing import fonts
from carekit.printing.badges import Cancelled, RenderResult, pool_context
from carekit.printing.qr import qr_operators

MARGIN = 12 * mm
ROW = 32 * mm  # seven travellers, a van's load, on one page
QR_SIDE = 29 * mm
HEAD = 46 * mm


@dataclass(frozen=True)
class ManifestLine:
    name: str
    romanised: str
    worker: str  # "visiting 张伟 · +86 138 0013 8000", already worded
    journey: str  # "G79 · 深圳北 18:30"
    marks: tuple[str, ...]  # "♿ 轮椅 Wheelchair", ...
    token: str  # the badge token the QR carries ("" prints no code)


@dataclass(frozen=True)
class Manifest:
    title: str  # the vehicle's label
    lines: Sequence[str]  # place, leaves at, driver and phone, already worded
    headcount: str  # "3 travellers"
    travellers: Sequence[ManifestLine] = field(default_factory=tuple)


def text(canvas: Canvas, value: str, size: float, x: float, y: float, max_width: float,
         warnings: list[str], *, right: bool = False, min_ratio: float = 0.45) -> float:
    """Draw ``value`` in as many fonts as its script needs, shrunk to fit; returns its width."""
    runs, missing = fonts.split_runs(value)
    if missing:
        warnings.append(f"no font has {' '.join(f'U+{ord(c):04X}' for c in missing)} in {value!r}")
    size = fonts.fit_size(runs, max_width, size, size * min_ratio)
    width = fonts.runs_width(runs, size)
    if right:
        x -= width
    for font, part in runs:
        canvas.setFont(font, size)
        canvas.drawString(x, y, part)
        x += fonts.runs_width([(font, part)], size)
    return width


def _mark(canvas: Canvas, label: str, x: float, y: float, warnings: list[str]) -> float:
    """A need as white text on a black box: seen from a metre away."""
    runs, _ = fonts.split_runs(label)
    width = fonts.runs_width(runs, 11) + 4 * mm
    canvas.setFillColorRGB(0, 0, 0)
    canvas.roundRect(x, y - 1.6 * mm, width, 6.4 * mm, 1.2 * mm, stroke=0, fill=1)
    canvas.setFillColorRGB(1, 1, 1)
    text(canvas, label, 11, x + 2 * mm, y, width, warnings)
    canvas.setFillColorRGB(0, 0, 0)
    return width


def _header(canvas: Canvas, manifest: Manifest, page: int, pages: int, page_label: str, warnings: list[str]) -> float:
    width, height = A4
    top = height - MARGIN
    usable = width - 2 * MARGIN
    text(canvas, manifest.title, 24, MARGIN, top - 9 * mm, usable * 0.7, warnings)
    text(canvas, manifest.headcount, 24, width - MARGIN, top - 9 * mm, usable * 0.3, warnings, right=True)
    y = top - 17 * mm
    for line in manifest.lines:
        text(canvas, line, 12, MARGIN, y, usable, warnings)
        y -= 6.5 * mm
    text(canvas, page_label.format(page=page, pages=pages), 8, width - MARGIN, MARGIN - 4 * mm, usable,
         warnings, right=True)
    canvas.setLineWidth(1.2)
    canvas.line(MARGIN, top - HEAD + 2 * mm, width - MARGIN, top - HEAD + 2 * mm)
    return top - HEAD


def qr_codes(tokens: Sequence[str]) -> list[str]:
    """Each token's QR as PDF operators at the origin (run in a helper process for big batches)."""
    return [qr_operators(token, 0, 0, QR_SIDE) if token else "" for token in tokens]


def _traveller(canvas: Canvas, line: ManifestLine, top: float, warnings: list[str], qr: str) -> None:
    width, _ = A4
    usable = width - 2 * MARGIN - QR_SIDE - 4 * mm
    x = MARGIN + QR_SIDE + 4 * mm
    if qr:
        canvas.addLiteral(f"q 1 0 0 1 {MARGIN:.2f} {top - QR_SIDE - 1 * mm:.2f} cm\n{qr}\nQ")
    text(canvas, line.name, 28, x, top - 11 * mm, usable, warnings)
    text(canvas, line.romanised, 14, x, top - 17.5 * mm, usable, warnings)
    text(canvas, line.worker, 11, x, top - 23.5 * mm, usable, warnings)
    mx = x + text(canvas, line.journey, 11, x, top - 29 * mm, usable * 0.55, warnings) + 3 * mm
    for mark in line.marks:
        mx += _mark(canvas, mark, mx, top - 29 * mm, warnings) + 2 * mm
    canvas.setLineWidth(0.4)
    canvas.line(MARGIN, top - ROW, width - MARGIN, top - ROW)


def draw_manifest(canvas: Canvas, manifest: Manifest, page_label: str, warnings: list[str],
                  codes: Sequence[str] | None = None) -> int:
    """Draw one vehicle's manifest (more pages when it seats many); returns the pages used."""
    _, height = A4
    codes = list(codes) if codes is not None else qr_codes([t.token for t in manifest.travellers])
    per_page = max(1, int((height - HEAD - 2 * MARGIN) // ROW))
    chunks = [manifest.travellers[i:i + per_page] for i in range(0, len(manifest.travellers), per_page)] or [[]]
    for index, chunk in enumerate(chunks, 1):
        top = _header(canvas, manifest, index, len(chunks), page_label, warnings)
        first = (index - 1) * per_page
        for offset, line in enumerate(chunk):
            _traveller(canvas, line, top, warnings, codes[first + offset])
            top -= ROW
        canvas.showPage()
    return len(chunks)


# Manifests; with QR codes at ~0.3 ms each a helper process costs more than it saves below this
# (200 manifests on two loaded cores: 1.4 s alone, 2.7 s with a helper).
PARALLEL_FROM = 1000
CHUNK = 20


def _codes_per_chunk(manifests: Sequence[Manifest], workers: int):
    """The QR operators of each manifest, in order; a helper computes them while this process
    draws the text (on two cores, one helper), as the badge batches do."""
    chunks = [manifests[i:i + CHUNK] for i in range(0, len(manifests), CHUNK)]
    tokens = [[t.token for m in chunk for t in m.travellers] for chunk in chunks]
    if workers > 1 and len(manifests) >= PARALLEL_FROM:
        pool = ProcessPoolExecutor(max_workers=max(1, workers - 1), mp_context=pool_context())
        try:
            yield from zip(chunks, pool.map(qr_codes, tokens))
        finally:
            pool.shutdown(wait=False, cancel_futures=True)
    else:
        yield from zip(chunks, map(qr_codes, tokens))


def render_manifests(manifests: Sequence[Manifest], *, page_label: str = "page {page} of {pages}",
                     progress: Callable[[int, int], bool] | None = None, title: str = "Driver manifests",
                     workers: int = 1) -> RenderResult:
    fonts.available_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, pageCompression=1, invariant=1)
    canvas.setTitle(title)
    canvas.setCreator("CareKit")
    warnings: list[str] = []
    pages = 0
    done = 0
    for chunk, codes in _codes_per_chunk(manifests, workers):
        start = 0
        for manifest in chunk:
            count = len(manifest.travellers)
            pages += draw_manifest(canvas, manifest, page_label, warnings, codes[start:start + count])
            start += count
        done += len(chunk)
        if progress and progress(done, len(manifests)) is False:
            raise Cancelled()
    if not manifests:
        canvas.showPage()
    canvas.save()
    return RenderResult(buffer.getvalue(), len(manifests), max(pages, 1), warnings)
