"""The user guide travels inside the package: README.md and docs/*.md are copied into
``carekit/resources/guide`` when the wheel is built, so Help → User guide works offline in an
installed copy and in the frozen bundle. The checkout keeps one copy of each page (its own), and
an editable install reads the checkout's pages directly. Everything else is in pyproject.toml."""

from __future__ import annotations

import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parent
GUIDE = Path("carekit") / "resources" / "guide"


def guide_pages(root: Path) -> list[Path]:
    """The pages of the guide, relative to the checkout: the README, then every docs/*.md."""
    return [Path("README.md")] + sorted(p.relative_to(root) for p in (root / "docs").glob("*.md"))


def copy_guide(root: Path, build_lib: Path) -> list[Path]:
    """Copies the guide's pages under ``build_lib``, keeping their folders so relative links hold."""
    copied = []
    for page in guide_pages(root):
        target = build_lib / GUIDE / page
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(root / page, target)
        copied.append(target)
    return copied


def main() -> None:
    # setuptools is there while a wheel is built, not in the app's environment (tests import this file).
    from setuptools import setup
    from setuptools.command.build_py import build_py

    class BuildWithGuide(build_py):
        def run(self):
            super().run()
            if not getattr(self, "editable_mode", False):  # an editable install reads the checkout
                copy_guide(ROOT, Path(self.build_lib))

    setup(cmdclass={"build_py": BuildWithGuide})


if __name__ == "__main__":
    main()
