"""Badge layouts are data (``carekit/resources/badge_layouts/*.json``): a new label stock is a new file."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from reportlab.lib.units import mm

from carekit.paths import resource

LAYOUT_DIR = resource("resources", "badge_layouts")
DEFAULT_LAYOUT = "a4-2x4"


class UnknownLayout(ValueError):
    pass


@dataclass(frozen=True)
class BadgeLayout:
    name: str
    title: str
    page_mm: tuple[float, float]
    columns: int
    rows: int
    label_mm: tuple[float, float]
    origin_mm: tuple[float, float]  # top-left corner of the first label, from the page's top-left
    gap_mm: tuple[float, float]
    padding_mm: float
    band_mm: float
    qr_mm: float  # side of the QR including its quiet zone
    name_max_pt: float
    name_min_pt: float
    small_pt: float

    @property
    def per_page(self) -> int:
        return self.columns * self.rows

    @property
    def page_size(self) -> tuple[float, float]:
        return self.page_mm[0] * mm, self.page_mm[1] * mm

    @property
    def label_size(self) -> tuple[float, float]:
        return self.label_mm[0] * mm, self.label_mm[1] * mm

    def slot_origin(self, slot: int) -> tuple[float, float]:
        """Lower-left corner (points, PDF coordinates) of label ``slot`` on its page, row by row."""
        row, col = divmod(slot, self.columns)
        x = (self.origin_mm[0] + col * (self.label_mm[0] + self.gap_mm[0])) * mm
        top = (self.origin_mm[1] + row * (self.label_mm[1] + self.gap_mm[1]) + self.label_mm[1]) * mm
        return x, self.page_size[1] - top


def _from_file(path: Path) -> BadgeLayout:
    data = json.loads(path.read_text(encoding="utf-8"))
    tuples = {k: tuple(v) for k, v in data.items() if isinstance(v, list)}
    return BadgeLayout(name=path.stem, **{**data, **tuples})


@lru_cache(maxsize=None)
def all_layouts() -> dict[str, BadgeLayout]:
    return {p.stem: _from_file(p) for p in sorted(LAYOUT_DIR.glob("*.json"))}


def get_layout(name: str) -> BadgeLayout:
    try:
        return all_layouts()[name]
    except KeyError:
        raise UnknownLayout(f"unknown badge layout {name!r}; choose from {', '.join(all_layouts())}") from None
