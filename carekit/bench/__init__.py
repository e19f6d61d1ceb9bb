"""Benchmarks against the budgets of the design: ``python -m carekit.bench [AREA ...]``.

Each area module has ``run(workdir, people) -> Iterator[dict]``; every figure is printed as one
JSON line as soon as it is measured.
"""

BENCH_PIN = "246810"  # the bench operator signs in like anyone (start-up figure)
