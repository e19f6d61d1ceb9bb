"""The README a newcomer opens: each section once, in the order they need it, no dead links."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DOCS = sorted((ROOT / "docs").glob("*.md"))
ORDER = ["Quick start", "A tour for each role", "Command line", "Benchmarks", "Design notes"]


def headings(text: str) -> list[tuple[int, str]]:
    """(level, text) of each Markdown heading outside fenced code (where '#' starts a comment)."""
    found, fenced = [], False
    for line in text.splitlines():
        if line.startswith("```"):
            fenced = not fenced
        elif not fenced and (match := re.match(r"^(#{1,6})\s+(.*?)\s*#*\s*$", line)):
            found.append((len(match.group(1)), match.group(2)))
    return found


def repeated(text: str) -> list[tuple[int, str]]:
    seen, twice = set(), []
    for heading in headings(text):
        if heading in seen:
            twice.append(heading)
        seen.add(heading)
    return twice


def test_the_duplicate_check_finds_a_heading_written_twice_but_not_a_shell_comment():
    text = "# A\n## Sync\n### Figures\n## Printing\n### Figures\n```sh\n# Sync\n```\n## Sync\n"
    assert repeated(text) == [(3, "Figures"), (2, "Sync")]  # even under different parents


@pytest.mark.parametrize("path", [ROOT / "README.md", *DOCS], ids=lambda p: p.name)
def test_no_heading_appears_twice_at_the_same_level(path):
    assert repeated(path.read_text(encoding="utf-8")) == []


def test_quick_start_comes_first_then_the_tour_command_line_benchmarks_and_design_notes():
    sections = [text for level, text in headings((ROOT / "README.md").read_text(encoding="utf-8")) if level == 2]
    assert sections[0] == "Quick start"
    assert [s for s in sections if s in ORDER] == ORDER


@pytest.mark.parametrize("path", [ROOT / "README.md", *DOCS], ids=lambda p: p.name)
def test_every_relative_link_and_picture_exists(path):
    text = re.sub(r"```.*?```", "", path.read_text(encoding="utf-8"), flags=re.S)
    targets = re.findall(r"\]\(([^)\s]+)\)", text)
    missing = [t for t in targets if "://" not in t and not t.startswith("#")
               and not (path.parent / t.split("#")[0]).exists()]
    assert missing == []


def test_ci_runs_exactly_the_test_command_of_the_quick_start():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    quick_start = readme.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    commands = re.findall(r"```sh\n(.*?)\n```", quick_start, flags=re.S)
    test_command = next(c for c in commands if "pytest" in c)
    assert test_command in (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()


def test_the_quick_start_names_the_demo_operator_and_pin():
    quick_start = (ROOT / "README.md").read_text(encoding="utf-8").split("## A tour", 1)[0]
    from carekit.services import demo
    assert demo.DEMO_COORDINATOR in quick_start and demo.DEMO_PIN in quick_start
