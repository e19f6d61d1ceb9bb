"""A field's state is the set of its revisions nobody superseded (its heads); pure functions.

Each revision records, per field it writes, the stamps of the heads its writer replaced (its
causal context, ``parents`` = ``{field: [stamp, ...]}``). A head is a revision of the field
that no other revision names. One head: its value. Several heads with different values: a
conflict; every head is kept, and the value shown is the highest stamp (or, for a field
declared forward-only, the value furthest along its order). A resolution is a write that
names every head it settles. The result depends only on the set of revisions, never on the
order they arrived in.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any, Iterable

from carekit.domain.field_rules import forward_order, rule_name

_dumps = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode

# (stamp, {field: value}, {field: [parent stamps]})
Parsed = tuple[str, dict[str, Any], dict[str, list[str]]]


def legacy_context(parents: dict, meta: dict) -> dict[str, list[str]]:
    """Convert a journal written before causal contexts: ``{field: parent stamp}`` plus the
    stamps a resolution named. What the writer saw is exactly that: the value it replaced,
    and, for a resolution, every value it settled."""
    context: dict[str, set[str]] = defaultdict(set)
    for name, parent in parents.items():
        if isinstance(parent, str):
            if parent:
                context[name].add(parent)
        else:
            context[name].update(parent)
    for name, named in (meta.get("resolves") or {}).items():
        context[name].update(named)
    return {name: sorted(stamps) for name, stamps in sorted(context.items())}


def is_legacy(parents: dict) -> bool:
    return any(isinstance(value, str) for value in parents.values())


def field_heads(revisions: Iterable[Parsed]) -> dict[str, dict[str, Any]]:
    """``{field: {stamp: value}}`` of the revisions of one row that nobody superseded."""
    written: dict[str, dict[str, Any]] = defaultdict(dict)
    superseded: dict[str, set[str]] = defaultdict(set)
    for stamp, changes, context in revisions:
        for name, value in changes.items():
            written[name][stamp] = value
        for name, parents in context.items():
            superseded[name].update(parents)
    heads = {}
    for name, values in written.items():
        # Only contexts naming each other in a circle (a forged journal) could leave none: keep all then.
        heads[name] = {s: v for s, v in values.items() if s not in superseded[name]} or values
    return heads


def shown_stamp(entity: str, name: str, heads: dict[str, Any]) -> str:
    """Deterministic: highest stamp, or furthest along a forward-only order (then highest stamp)."""
    order = forward_order(entity, name)
    if order:
        rank = {value: index for index, value in enumerate(order)}
        return max(heads, key=lambda s: (rank.get(heads[s], -1), s))
    return max(heads)


def writer_context(entity: str, name: str, heads: dict[str, Any], settles: Iterable[str] | None = None) -> list[str]:
    """The heads a new write to this field replaces: those showing the value the writer saw
    (a plain edit never overwrites a value nobody was shown), or every head a resolution names."""
    if not heads:
        return []
    if settles is not None:
        return sorted(set(settles))
    shown = _dumps(heads[shown_stamp(entity, name, heads)])
    return sorted(s for s, v in heads.items() if _dumps(v) == shown)


@dataclass
class RowState:
    values: dict[str, Any] = field(default_factory=dict)  # the shown value of each written field
    clocks: dict[str, str] = field(default_factory=dict)  # stamp of each shown value
    hlc: str = ""  # newest stamp of any revision of the row
    conflicts: list[dict] = field(default_factory=list)  # Conflict rows


def row_state(entity: str, row_id: str, revisions: list[Parsed]) -> RowState:
    state = RowState(hlc=max((r[0] for r in revisions), default=""))
    for name, heads in sorted(field_heads(revisions).items()):
        shown = shown_stamp(entity, name, heads)
        state.values[name], state.clocks[name] = heads[shown], shown
        if len({_dumps(v) for v in heads.values()}) > 1:
            state.conflicts.append({
                "id": f"{entity}:{row_id}:{name}", "entity": entity, "row_id": row_id, "field": name,
                "parent": "", "rule": rule_name(entity, name), "stamps": _dumps(sorted(heads)),
                "choices": _dumps(heads)})
    return state
