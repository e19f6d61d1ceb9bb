"""Fields whose value only moves one way (a referral goes open → seen → closed, never back).

When laptops wrote such a field concurrently, the merge shows the value furthest along the
declared order instead of the one with the highest stamp, and still lists the pair so a
coordinator can review it: a "closed" never silently turns back into "seen". Areas with such a
field add one line here (e.g. travellers' status, applications) and nothing else.
"""

from __future__ import annotations

FORWARD_ONLY: dict[tuple[str, str], tuple[str, ...]] = {
    ("referral", "status"): ("open", "seen", "closed"),
    ("traveller", "status"): ("invited", "confirmed", "ticketed", "travelling", "arrived", "departed", "home"),
}


def declare_forward_only(entity: str, field: str, order: tuple[str, ...]) -> None:
    """For a table module that prefers to declare its rule next to its table."""
    FORWARD_ONLY[(entity, field)] = tuple(order)


def forward_order(entity: str, field: str) -> tuple[str, ...] | None:
    return FORWARD_ONLY.get((entity, field))


def rule_name(entity: str, field: str) -> str:
    """What the Conflict table records: "" (highest stamp shown) or "forward"."""
    return "forward" if (entity, field) in FORWARD_ONLY else ""
