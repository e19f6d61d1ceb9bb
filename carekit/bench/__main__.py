from __future__ import annotations

import argparse
import importlib
import json
import sys
import tempfile
from pathlib import Path

AREAS = ["desk", "printing", "sync", "dashboard", "family", "training", "sealing", "security"]
# Run only when named: the start-up figures alone (the desk area gives them too, after its others).
ONLY_WHEN_NAMED = ["startup"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m carekit.bench")
    parser.add_argument("areas", nargs="*", metavar="AREA",
                        help=f"which to run ({', '.join(AREAS)}; default all) or {', '.join(ONLY_WHEN_NAMED)}")
    parser.add_argument("--people", type=int, default=100_000, help="size of the synthetic event")
    args = parser.parse_args(argv)
    unknown = set(args.areas) - set(AREAS) - set(ONLY_WHEN_NAMED)
    if unknown:
        parser.error(f"unknown area {', '.join(sorted(unknown))}; choose from {', '.join(AREAS + ONLY_WHEN_NAMED)}")
    with tempfile.TemporaryDirectory(prefix="carekit-bench-") as tmp:
        for area in args.areas or AREAS:
            module = importlib.import_module(f"carekit.bench.{area}")
            for figure in module.run(Path(tmp), args.people):
                print(json.dumps({"area": area, **figure}, ensure_ascii=False), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
