"""Small counts of health data: who sees them in full, and how they are hidden from everyone else.

"1 person with urgent blood pressure at the 广州 site" can point at someone. So a health count of
1–4 is shown as "<5" to anyone but a medic looking at this laptop's screen, and in everything that
leaves the laptop (the day report, aggregate exports), whoever made it. When only one cell of a
table would be hidden, the next smallest goes too, so a total elsewhere cannot give it back.
Zero is shown: it points at nobody.
"""

from __future__ import annotations

from collections.abc import Iterable

from carekit.domain.enums import Role

SMALL = 5
HIDDEN = f"<{SMALL}"


def hides_small_counts(roles: Iterable[Role], leaves_laptop: bool = False) -> bool:
    """The one rule: only a medic, on screen, sees health counts under 5."""
    return leaves_laptop or Role.MEDIC not in set(roles)


def is_small(value) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and 0 < value < SMALL


def hide_cells(rows: list[list]) -> list[list]:
    """Counts 1–4 become "<5"; a lone hidden cell takes the next smallest count with it."""
    cells = [(r, c) for r, row in enumerate(rows) for c, v in enumerate(row)
             if isinstance(v, int) and not isinstance(v, bool) and v > 0]
    hidden = {(r, c) for r, c in cells if is_small(rows[r][c])}
    if len(hidden) == 1:
        rest = sorted((rows[r][c], r, c) for r, c in cells if (r, c) not in hidden)
        if rest:
            hidden.add(rest[0][1:])
    return [[HIDDEN if (r, c) in hidden else v for c, v in enumerate(row)] for r, row in enumerate(rows)]


def hide_figure(value):
    """One figure on its own (a headline): a count 1–4, as a number or its text, becomes "<5"."""
    if is_small(value) or (isinstance(value, str) and value.isdigit() and 0 < int(value) < SMALL):
        return HIDDEN
    return value


def hide_bars(values: list[int]) -> list[int]:
    """Chart bars under 5 are not drawn (a "<5" has no height)."""
    return [v if v >= SMALL else 0 for v in values]
