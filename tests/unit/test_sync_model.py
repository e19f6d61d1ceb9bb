"""Property: four laptops, random edits to the same fields, random exchanges (full and
incremental, with right and wrong vectors, out of order, repeated), skewed clocks, tombstones,
check-ins and person merges, against a reference model that keeps, per laptop, the plain sets
"writes known" and "writes known to be replaced".

The laptops use the real merge rules (``carekit.domain.heads``), the real start vectors and hole
check (``carekit.sync.vector``) and the real survivor rule (``carekit.services.merges.groups``);
the bundle file and database paths are exercised by the other sync tests. A deliberately broken
rule must make this fail: see the last tests.
"""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, Phase, settings, strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule, run_state_machine_as_test

from carekit.services import merges
from carekit.domain import heads
from carekit.domain.clock import MAX_AHEAD_MS, HybridClock, device_of
from carekit.sync.vector import missing_ranges, start_vector

LAPTOPS = 4
T0 = 1_796_000_000_000
YEAR_MS = 365 * 24 * 3600 * 1000
ROWS = [("person", "p1"), ("person", "p2"), ("referral", "r1")]
FIELDS = {"person": {"city": ["深圳", "广州", "佛山"], "deleted": [True, False]},
          "referral": {"status": ["open", "seen", "closed"]}}
PEOPLE = ["p1", "p2", "p3"]
EXAMPLES = {"count": 0}


class Laptop:
    def __init__(self, index: int, now, intents: dict[str, set[str]]):
        self.intents = intents  # reference: stamp -> the writes its writer meant to replace
        self.device = f"d{index}"
        self.skew = 0
        self.clock = HybridClock(self.device, now_ms=lambda: now() + self.skew)
        self.revisions: dict[str, tuple[str, str, dict, dict]] = {}  # stamp -> (entity, row, changes, context)
        self.facts: dict[str, dict] = {}  # check-ins and merges, by stamp
        self.known: set[str] = set()  # reference: every write this laptop holds
        self.replaced: set[str] = set()  # reference: writes some held write replaced

    def vector(self) -> dict[str, str]:
        found: dict[str, str] = {}
        for stamp in [*self.revisions, *self.facts]:
            if stamp > found.get(device_of(stamp), ""):
                found[device_of(stamp)] = stamp
        return found

    def journal(self, entity: str, row: str) -> list[heads.Parsed]:
        return [(s, ch, ctx) for s, (e, r, ch, ctx) in sorted(self.revisions.items()) if (e, r) == (entity, row)]

    def state(self, entity: str, row: str) -> heads.RowState:
        return heads.row_state(entity, row, self.journal(entity, row))

    def take(self, revisions: dict, facts: dict) -> None:
        newest = max([*revisions, *facts], default="")
        self.revisions.update(revisions)
        self.facts.update(facts)
        for stamp in revisions:
            self.known.add(stamp)
            self.replaced.update(self.intents.get(stamp, ()))
        if newest:
            self.clock.observe(newest, limit_ms=self.clock.now_ms() + MAX_AHEAD_MS)


class Sync(RuleBasedStateMachine):
    def __init__(self):
        super().__init__()
        EXAMPLES["count"] += 1
        self.time = T0
        self.intents: dict[str, set[str]] = {}
        self.laptops = [Laptop(i, lambda: self.time, self.intents) for i in range(LAPTOPS)]
        self.saved: list[tuple[dict, dict, dict | None]] = []  # bundles made so far: revisions, facts, start
        self.values: dict[str, object] = {}  # reference: stamp -> value written, per field
        first = self.laptops[0]
        for entity, row in ROWS:  # the morning: laptop 0 creates the rows, everyone receives them
            stamp = first.clock.tick()
            changes = {name: values[0] for name, values in FIELDS[entity].items()}
            first.take({stamp: (entity, row, changes, {})}, {})
        for other in self.laptops[1:]:
            other.take(dict(first.revisions), {})

    def tick(self) -> None:
        self.time += 7

    # -- what people do ---------------------------------------------------------------
    @rule(who=st.integers(0, LAPTOPS - 1), row=st.sampled_from(ROWS), pick=st.integers(0, 2), which=st.integers(0, 1))
    def edit(self, who, row, pick, which):
        self.tick()
        lap = self.laptops[who]
        entity, row_id = row
        name = sorted(FIELDS[entity])[which % len(FIELDS[entity])]
        value = FIELDS[entity][name][pick % len(FIELDS[entity][name])]
        current = heads.field_heads(lap.journal(entity, row_id)).get(name, {})
        context = heads.writer_context(entity, name, current)
        stamp = lap.clock.tick()
        expected = self.expected_heads(lap, entity, row_id, name)
        if expected:  # the writer meant to replace what it was shown: every head showing that value
            shown = self.expected_shown(entity, name, expected)
            self.intents[stamp] = {s for s, v in expected.items() if v == expected[shown]}
        lap.take({stamp: (entity, row_id, {name: value}, {name: context})}, {})

    @rule(who=st.integers(0, LAPTOPS - 1), row=st.sampled_from(ROWS), pick=st.integers(0, 5))
    def resolve(self, who, row, pick):
        """A coordinator keeps one value of a conflict, naming every head."""
        lap = self.laptops[who]
        entity, row_id = row
        for conflict in lap.state(entity, row_id).conflicts:
            choices = json.loads(conflict["choices"])
            keep = sorted(choices)[pick % len(choices)]
            self.tick()
            stamp = lap.clock.tick()
            name = conflict["field"]
            self.intents[stamp] = set(self.expected_heads(lap, entity, row_id, name))  # settles every head
            current = heads.field_heads(lap.journal(entity, row_id)).get(name, {})
            context = heads.writer_context(entity, name, current, sorted(choices))
            lap.take({stamp: (entity, row_id, {name: choices[keep]}, {name: context})}, {})
            return

    @rule(who=st.integers(0, LAPTOPS - 1), person=st.sampled_from(PEOPLE))
    def check_in(self, who, person):
        self.tick()
        lap = self.laptops[who]
        lap.take({}, {lap.clock.tick(): {"kind": "checkin", "person": person}})

    @rule(who=st.integers(0, LAPTOPS - 1), kept=st.sampled_from(PEOPLE), absorbed=st.sampled_from(PEOPLE))
    def merge(self, who, kept, absorbed):
        lap = self.laptops[who]
        survivor = merges.groups(self.edges(lap)).survivor
        if survivor.get(kept, kept) == survivor.get(absorbed, absorbed):
            return  # the service refuses merging one person with themselves
        self.tick()
        stamp = lap.clock.tick()
        lap.take({}, {stamp: {"kind": "merge", "id": stamp, "absorbed": survivor.get(absorbed, absorbed),
                              "kept": survivor.get(kept, kept), "undoes": ""}})

    @rule(who=st.integers(0, LAPTOPS - 1), pick=st.integers(0, 9))
    def unmerge(self, who, pick):
        lap = self.laptops[who]
        active = [e for e in self.edges(lap)]
        if active:
            e = active[pick % len(active)]
            self.tick()
            stamp = lap.clock.tick()
            lap.take({}, {stamp: {"kind": "merge", "id": stamp, "absorbed": e.absorbed, "kept": e.into,
                                  "undoes": e.id}})

    @rule(who=st.integers(0, LAPTOPS - 1), how=st.sampled_from([YEAR_MS, -YEAR_MS, -3_600_000, 0]))
    def clock_trouble(self, who, how):
        """A wrong date (a year ahead or behind), a jump back mid-day, or set right again."""
        self.laptops[who].skew = how

    # -- bundles ----------------------------------------------------------------------
    @rule(src=st.integers(0, LAPTOPS - 1), dst=st.integers(0, LAPTOPS - 1),
          kind=st.sampled_from(["full", "incremental", "wrong vector", "keep for later"]),
          wrong=st.integers(0, LAPTOPS - 1))
    def send(self, src, dst, kind, wrong):
        source, target = self.laptops[src], self.laptops[dst]
        if kind == "full":
            since = None
        elif kind == "wrong vector":
            since = self.laptops[wrong].vector()  # the vector of some other laptop, maybe far ahead
        else:
            since = target.vector()
        vector = source.vector()
        newer = lambda stamp: since is None or stamp > since.get(device_of(stamp), "")  # noqa: E731
        made = ({s: r for s, r in source.revisions.items() if newer(s)},
                {s: f for s, f in source.facts.items() if newer(s)},
                None if since is None else start_vector(since, vector))
        self.saved.append(made)
        if kind != "keep for later":
            self.deliver(target, made)

    @precondition(lambda self: self.saved)
    @rule(dst=st.integers(0, LAPTOPS - 1), pick=st.integers(0, 1000))
    def deliver_old(self, dst, pick):
        """A bundle from earlier arrives (again, or out of order)."""
        self.deliver(self.laptops[dst], self.saved[pick % len(self.saved)])

    def deliver(self, target: Laptop, made) -> None:
        revisions, facts, start = made
        if start and missing_ranges(start, target.vector()):
            return  # refused, as import_bundle refuses it: nothing taken
        target.take(revisions, facts)

    # -- the reference ----------------------------------------------------------------
    @staticmethod
    def expected_heads(lap: Laptop, entity: str, row_id: str, name: str) -> dict:
        written = {s: ch[name] for s, ch, _ in lap.journal(entity, row_id) if name in ch}
        return {s: v for s, v in written.items() if s not in lap.replaced} or written

    @staticmethod
    def expected_shown(entity: str, name: str, expected: dict) -> str:
        if entity == "referral":
            order = FIELDS[entity][name]
            return max(expected, key=lambda s: (order.index(expected[s]), s))
        return max(expected)

    # -- what must hold at every step -------------------------------------------------
    def edges(self, lap: Laptop) -> list[merges.Edge]:
        facts = [f for f in lap.facts.values() if f["kind"] == "merge"]
        undone = {f["undoes"] for f in facts if f["undoes"]}
        return [merges.Edge(f["id"], f["absorbed"], f["kept"], f["id"]) for f in facts
                if not f["undoes"] and f["id"] not in undone]

    @invariant()
    def no_laptop_holds_a_hole(self):
        """Whatever arrived, each laptop holds, per writer, every earlier write too."""
        for lap in self.laptops:
            stamps = sorted([*lap.revisions, *lap.facts])
            for device, newest in lap.vector().items():
                ours = {s for s in stamps if device_of(s) == device}
                everyone = {s for other in self.laptops for s in [*other.revisions, *other.facts]
                            if device_of(s) == device and s <= newest}
                assert everyone <= ours, f"{lap.device} misses writes of {device}"

    @invariant()
    def every_concurrent_write_is_seen(self):
        for lap in self.laptops:
            for entity, row_id in ROWS:
                journal = lap.journal(entity, row_id)
                state = heads.row_state(entity, row_id, journal)
                conflicts = {c["field"]: c for c in state.conflicts}
                for name in FIELDS[entity]:
                    expected = self.expected_heads(lap, entity, row_id, name)
                    found = heads.field_heads(journal).get(name, {})
                    assert found == expected, (lap.device, entity, name)
                    shown = state.clocks[name]
                    assert shown == self.expected_shown(entity, name, expected)
                    assert state.values[name] == expected[shown]
                    distinct = {json.dumps(v) for v in expected.values()}
                    if len(distinct) > 1:
                        assert json.loads(conflicts[name]["choices"]) == expected  # every head offered
                    else:
                        assert name not in conflicts

    @invariant()
    def merges_never_circle_and_nobody_is_lost(self):
        for lap in self.laptops:
            survivor = merges.groups(self.edges(lap)).survivor
            for person, kept in survivor.items():
                assert survivor[kept] == kept and kept in PEOPLE

    def teardown(self):
        """Once every laptop has everything, all hold the same, whatever the order was."""
        union_revisions, union_facts = {}, {}
        for lap in self.laptops:
            union_revisions.update(lap.revisions)
            union_facts.update(lap.facts)
        for lap in self.laptops:
            lap.take(dict(union_revisions), dict(union_facts))
        first = self.laptops[0]
        for lap in self.laptops[1:]:
            for entity, row_id in ROWS:
                assert lap.state(entity, row_id) == first.state(entity, row_id)
            assert merges.groups(self.edges(lap)) == merges.groups(self.edges(first))
        self.every_concurrent_write_is_seen()


SETTINGS = settings(max_examples=500, stateful_step_count=20, deadline=None,
                    suppress_health_check=list(HealthCheck))


@pytest.mark.slow
def test_four_laptops_agree_with_the_reference_whatever_travels_when():
    EXAMPLES["count"] = 0
    run_state_machine_as_test(Sync, settings=SETTINGS)
    print(f"sync model: {EXAMPLES['count']} examples")
    assert EXAMPLES["count"] >= 500


def _only_the_highest_stamp(revisions):
    """A merge with conflict detection switched off: each field keeps one head."""
    written = {}
    for stamp, changes, _ in revisions:
        for name, value in changes.items():
            written.setdefault(name, {})[stamp] = value
    return {name: {max(values): values[max(values)]} for name, values in written.items()}


# A merge whose writes name only one head is caught in some runs only (the model rarely builds
# the three-way history it needs), so it is not kept here as a test that must fail.
@pytest.mark.parametrize("target, broken", [("field_heads", _only_the_highest_stamp)],
                         ids=["conflict detection off"])
def test_a_deliberately_broken_merge_is_caught(monkeypatch, target, broken):
    monkeypatch.setattr(heads, target, broken)
    with pytest.raises((AssertionError, ExceptionGroup)) as caught:  # noqa: F821 (a builtin since 3.11)
        run_state_machine_as_test(Sync, settings=settings(SETTINGS, max_examples=2000, phases=[Phase.generate],
                                                             derandomize=True))  # the same hunt every run
    failures = caught.value.exceptions if isinstance(caught.value, ExceptionGroup) else [caught.value]  # noqa: F821
    assert any(isinstance(f, AssertionError) for f in failures)
