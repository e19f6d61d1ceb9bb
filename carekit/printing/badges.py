"""Badges: plain data in, PDF bytes out. Printing never touches the database.

A badge is laid out in two steps so a big batch can use both cores: ``prepare_badge`` (QR matrix,
font runs, shrink-to-fit; pure and picklable, run in worker processes) and ``draw_prepared``
(replays the few operations onto the one canvas of the document, where fonts are subset once).
"""

from __future__ import annotations

import io
import multiprocessing
import sys
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from typing import Callable, Iterable, Sequence

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from carekit.i18n import QT_TRANSLATE_NOOP, translate
from carekit.printing import fonts
from carekit.printing.layouts import BadgeLayout
from carekit.printing.qr import qr_operators

CATEGORY_COLOURS = {  # colour bands a door volunteer tells apart at a glance
    "worker": (0.12, 0.44, 0.70),
    "family": (0.18, 0.55, 0.34),
    "guest": (0.88, 0.54, 0.0),
    "staff": (0.75, 0.22, 0.17),
}
CATEGORY_WORDS = {
    "worker": QT_TRANSLATE_NOOP("Badges", "WORKER"),
    "family": QT_TRANSLATE_NOOP("Badges", "FAMILY"),
    "guest": QT_TRANSLATE_NOOP("Badges", "GUEST"),
    "staff": QT_TRANSLATE_NOOP("Badges", "STAFF"),
}
PARALLEL_FROM = 400  # below this, starting worker processes costs more than it saves
CHUNK = 100


@dataclass(frozen=True)
class BadgeData:
    name: str  # as written, any script
    romanised: str
    category: str  # worker / family / guest / staff
    site: str
    serial: str
    token: str  # the CK1… badge token the QR carries


@dataclass
class RenderResult:
    pdf: bytes
    count: int
    pages: int
    warnings: list[str] = field(default_factory=list)  # e.g. characters no font has


class Cancelled(Exception):
    """The caller's progress callback asked to stop."""


# An operation is ("fill", r, g, b) | ("rect", x, y, w, h) | ("raw", pdf operators)
# | ("text", font, size, x, y, text). Coordinates are relative to the label's lower-left corner.
Op = tuple


def _text_ops(runs: list[tuple[str, str]], size: float, x: float, y: float) -> list[Op]:
    ops = []
    for font, part in runs:
        ops.append(("text", font, size, x, y, part))
        x += fonts.runs_width([(font, part)], size)
    return ops


def prepare_badge(badge: BadgeData, layout: BadgeLayout) -> tuple[list[Op], list[str]]:
    """The badge's drawing operations, and warnings for characters no font can draw."""
    width, height = layout.label_size
    pad, band = layout.padding_mm * mm, layout.band_mm * mm
    colour = CATEGORY_COLOURS.get(badge.category, (0.4, 0.4, 0.4))
    small = layout.small_pt
    ops: list[Op] = [("fill", *colour), ("rect", 0, height - band, width, band), ("fill", 1, 1, 1)]
    word = translate("Badges", CATEGORY_WORDS.get(badge.category, badge.category.upper()))
    band_runs, _ = fonts.split_runs(word)
    band_size = min(band * 0.62 / 0.75, layout.name_max_pt)
    ops += _text_ops(band_runs, band_size, pad, height - band + (band - band_size * 0.72) / 2)
    # QR on the right, below the band, its quiet zone inside the label.
    qr_side = min(layout.qr_mm * mm, height - band - pad * 0.5, width * 0.5)
    qr_x = width - qr_side - pad * 0.3
    qr_y = (height - band - qr_side) / 2
    ops.append(("raw", qr_operators(badge.token, qr_x, qr_y, qr_side)))
    ops.append(("fill", 0, 0, 0))
    text_width = width - qr_side - pad * 1.3
    warnings: list[str] = []

    def runs_of(text: str) -> list[tuple[str, str]]:
        runs, missing = fonts.split_runs(text)
        if missing:
            warnings.append(f"{badge.serial}: no font has {' '.join(f'U+{ord(c):04X}' for c in missing)} "
                            f"in {text!r}")
        return runs

    name_runs = runs_of(badge.name)
    size = fonts.fit_size(name_runs, text_width, layout.name_max_pt, layout.name_min_pt)
    name_y = height - band - pad - size * 0.85
    if fonts.runs_width(name_runs, size) > text_width + 0.5 and " " in badge.name.strip():
        # Too long even at the smallest size: two lines rather than into the QR.
        words = badge.name.split()
        half = max(1, len(words) // 2)
        halves = [fonts.split_runs(" ".join(words[:half]))[0], fonts.split_runs(" ".join(words[half:]))[0]]
        size = min(fonts.fit_size(r, text_width, layout.name_max_pt * 0.75, layout.name_min_pt) for r in halves)
        name_y = height - band - pad - size * 0.85
        ops += _text_ops(halves[0], size, pad, name_y)
        name_y -= size * 1.1
        name_runs = halves[1]
    ops += _text_ops(name_runs, size, pad, name_y)
    lines = [(badge.romanised, small * 1.25)] if badge.romanised and badge.romanised != badge.name else []
    y = name_y - small * 1.6
    for text, line_size in lines:
        runs = runs_of(text)
        line_size = fonts.fit_size(runs, text_width, line_size, layout.name_min_pt * 0.6)
        ops += _text_ops(runs, line_size, pad, y)
        y -= line_size * 1.3
    site_runs = runs_of(badge.site)
    site_size = fonts.fit_size(site_runs, text_width, small, small * 0.6)
    ops += _text_ops(site_runs, site_size, pad, pad + small * 1.35)
    serial_runs, _ = fonts.split_runs(badge.serial)
    ops += _text_ops(serial_runs, small, pad, pad * 0.8)
    return ops, warnings


def prepare_many(badges: Sequence[BadgeData], layout: BadgeLayout) -> list[tuple[list[Op], list[str]]]:
    return [prepare_badge(b, layout) for b in badges]


def draw_prepared(canvas: Canvas, ops: list[Op], x: float, y: float) -> None:
    canvas.saveState()
    canvas.translate(x, y)
    current_font = None
    for op in ops:
        kind = op[0]
        if kind == "text":
            _, font, size, tx, ty, text = op
            if (font, size) != current_font:
                canvas.setFont(font, size)
                current_font = (font, size)
            canvas.drawString(tx, ty, text)
        elif kind == "raw":
            canvas.addLiteral(op[1])
        elif kind == "fill":
            canvas.setFillColorRGB(op[1], op[2], op[3])
        elif kind == "rect":
            canvas.rect(op[1], op[2], op[3], op[4], stroke=0, fill=1)
    canvas.restoreState()


def _chunks(items: Sequence, size: int) -> Iterable[Sequence]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


def pool_context():
    """Fork is fastest, but forking a process that runs Qt threads can deadlock the child on a
    lock some thread held; inside the app, helpers start from a clean server process instead."""
    if sys.platform.startswith("linux") and "PySide6.QtCore" not in sys.modules:
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn" if sys.platform != "linux" else "forkserver")


def _warm_up() -> None:
    fonts.available_fonts()  # each worker loads the font chain once


def render_badges(badges: Sequence[BadgeData], layout: BadgeLayout, *, workers: int = 1,
                  progress: Callable[[int, int], bool] | None = None, title: str = "Badges") -> RenderResult:
    """One PDF of all badges. ``workers`` > 1 prepares badges in that many processes.

    ``progress(done, total)`` is called after each chunk; returning False cancels (raises
    ``Cancelled``, nothing is returned).
    """
    fonts.available_fonts()
    total = len(badges)
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=layout.page_size, pageCompression=1, invariant=1)
    canvas.setTitle(title)
    canvas.setCreator("CareKit")
    warnings: list[str] = []
    done = slot = pages = 0
    pool = None
    chunks = list(_chunks(badges, CHUNK))
    try:
        if workers > 1 and total >= PARALLEL_FROM:
            # The main process draws while the helpers prepare: on two cores, one helper.
            pool = ProcessPoolExecutor(max_workers=max(1, workers - 1), initializer=_warm_up,
                                       mp_context=pool_context())
            prepared_chunks = pool.map(prepare_many, chunks, [layout] * len(chunks))
        else:
            prepared_chunks = (prepare_many(chunk, layout) for chunk in chunks)
        for prepared in prepared_chunks:
            for ops, badge_warnings in prepared:
                x, y = layout.slot_origin(slot)
                draw_prepared(canvas, ops, x, y)
                warnings += badge_warnings
                slot += 1
                if slot == layout.per_page:
                    canvas.showPage()
                    pages += 1
                    slot = 0
            done += len(prepared)
            if progress is not None and progress(done, total) is False:
                raise Cancelled()
    finally:
        if pool is not None:
            pool.shutdown(wait=False, cancel_futures=True)
    if slot or not pages:
        canvas.showPage()
        pages += 1
    canvas.save()
    return RenderResult(buffer.getvalue(), total, pages, warnings)


def render_badge(badge: BadgeData, layout: BadgeLayout) -> RenderResult:
    """One badge on demand at the desk."""
    return render_badges([badge], layout)
