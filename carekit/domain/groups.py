"""Joining pairs into groups: person merges join people, and both the merge rules and the
dashboard's tally need the same groups."""

from __future__ import annotations

from typing import Iterable


def group_roots(pairs: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Every name met in the pairs → one name standing for its whole connected group (which one
    is arbitrary: a key, never a survivor)."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in pairs:
        parent[find(a)] = find(b)
    return {x: find(x) for x in list(parent)}
