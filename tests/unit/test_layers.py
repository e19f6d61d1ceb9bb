"""The layering rule of the design, checked on every module's imports (read from the source, so a
lazy import inside a function counts as much as one at the top).

    ui/, cli/, app.py  →  services/  →  store/ sync/ security/ printing/  →  domain/

``domain/`` imports nothing of CareKit outside itself; ``store/`` never imports ``sync/`` (the
clock and the causal-heads rules both use live in ``domain/``); nothing below the front ends
imports Qt. ``i18n`` and ``paths`` are Qt-free leaves any layer may use.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "carekit"

LEAVES = {"i18n", "paths"}  # plain helpers: translation markers, data folders
# What each part of CareKit may import of CareKit (besides itself).
ALLOWED = {
    "domain": set(),
    "i18n": set(),
    "paths": set(),
    "store": {"domain"} | LEAVES,
    "security": {"domain"} | LEAVES,
    "printing": {"domain"} | LEAVES,
    "sync": {"domain", "store", "security"} | LEAVES,
    "services": {"domain", "store", "sync", "security", "printing"} | LEAVES,
    "ui": {"domain", "services", "security", "printing"} | LEAVES,
    "cli": {"domain", "services", "store", "sync", "security", "printing"} | LEAVES,
    "app": {"services", "store", "ui", "cli"} | LEAVES,
    "__main__": {"cli"},
    "__init__": set(),
    "bench": {"domain", "services", "store", "sync", "security", "printing", "ui", "app"} | LEAVES,
}
QT_ALLOWED = {"ui", "app"}

# Deliberate exceptions, each with its reason: (part, imported module or Qt) -> why.
EXCEPTIONS = {
    # Opening an event file (and its typed refusal) is the one store call a window needs before
    # any service exists: the sign-in, new-event and join dialogs. No SQL goes with it.
    ("ui", "carekit.store.db"): "opening the event database before a workspace exists",
    # `carekit` with no subcommand opens the window; the import is lazy so the CLI stays Qt-free.
    ("cli", "carekit.app"): "the bare command starts the desktop app",
    # The start-up benchmark measures how long the real window takes to show.
    ("bench", "PySide6"): "the start-up benchmark shows the real window",
    # ... and starts it as the `carekit` command does, from its own option parsing on.
    ("bench", "carekit.cli"): "the start-up benchmark starts the app through the command",
}


def part_of(path: Path) -> str:
    relative = path.relative_to(PACKAGE).parts
    return relative[0] if len(relative) > 1 else relative[0].removesuffix(".py")


def imports_of(source: str, module: str) -> list[tuple[int, str]]:
    """Every module ``source`` imports: ``(line, dotted name)``; relative imports resolved."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = module.split(".")[:-node.level]
                name = ".".join(base + ([node.module] if node.module else []))
            else:
                name = node.module or ""
            found.append((node.lineno, name))
            # ``from carekit import sync`` imports the part, not the package root.
            if name == "carekit":
                found += [(node.lineno, f"carekit.{alias.name}") for alias in node.names]
    return found


def violations(part: str, source: str, module: str) -> list[str]:
    wrong = []
    for line, name in imports_of(source, module):
        top = name.split(".")[0]
        if top in ("PySide6", "shiboken6"):
            if part not in QT_ALLOWED and (part, "PySide6") not in EXCEPTIONS:
                wrong.append(f"line {line}: {part} imports Qt ({name})")
            continue
        if top != "carekit" or name == "carekit":
            continue
        target = name.split(".")[1]
        if target == part:
            continue
        excepted = any(name == allowed or name.startswith(allowed + ".")
                       for (who, allowed) in EXCEPTIONS if who == part)
        if target not in ALLOWED[part] and not excepted:
            wrong.append(f"line {line}: {part} imports {name}")
    return wrong


def modules() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py"))


def test_every_part_has_a_rule():
    assert {part_of(p) for p in modules()} <= set(ALLOWED)


@pytest.mark.parametrize("path", modules(), ids=lambda p: str(p.relative_to(PACKAGE.parent)))
def test_module_respects_the_layers(path):
    module = ".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    assert violations(part_of(path), path.read_text(encoding="utf-8"), module) == []


@pytest.mark.parametrize("part, source, complaint", [
    ("store", "from carekit.sync.merge import merge", "store imports carekit.sync.merge"),
    ("store", "def f():\n    import carekit.services.people", "store imports carekit.services.people"),
    ("domain", "from carekit.i18n import translate", "domain imports carekit.i18n"),
    ("domain", "from carekit import store", "domain imports carekit.store"),
    ("sync", "from carekit.services import sync", "sync imports carekit.services"),
    ("services", "from carekit.ui.desk import page", "services imports carekit.ui.desk"),
    ("services", "from PySide6.QtCore import QObject", "services imports Qt"),
    ("store", "from ..sync import bundle", "store imports carekit.sync"),
    ("ui", "from carekit.store.journal import Journal", "ui imports carekit.store.journal"),
])
def test_the_scan_catches_a_violation(part, source, complaint):
    module = f"carekit.{part}.example"
    found = violations(part, source, module)
    assert len(found) == 1 and complaint in found[0]


def test_the_exceptions_are_still_needed():
    """An exception nothing uses any more is removed, so the rule tightens as the code does."""
    used = set()
    for path in modules():
        part = part_of(path)
        for _, name in imports_of(path.read_text(encoding="utf-8"), "carekit.x"):
            for who, allowed in EXCEPTIONS:
                if who == part and (name == allowed or name.startswith(allowed + ".")):
                    used.add((who, allowed))
    assert used == set(EXCEPTIONS)
