"""An installed CareKit finds its fonts, layouts and translations inside the package."""

from __future__ import annotations

import fnmatch
import tomllib
from pathlib import Path

from carekit import paths
from carekit.printing.layouts import all_layouts

ROOT = Path(__file__).resolve().parents[2]


def test_badge_layouts_fonts_and_translations_are_found_through_the_package():
    assert {"a4-2x4", "a4-3x8", "cr80", "4x3in"} <= set(all_layouts())
    assert (paths.resource("resources", "fonts") / "wqy-microhei.ttc").is_file()
    assert (paths.TRANSLATIONS / "carekit_en.qm").is_file()
    assert paths.RESOURCES.is_relative_to(Path(paths.__file__).parent)


def test_every_file_under_carekit_resources_is_declared_as_package_data():
    """A new kind of file (an .svg layout, a .otf font) would silently be left out of the wheel."""
    declared = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]["package-data"]
    patterns = declared["carekit.resources"]
    base = ROOT / "carekit" / "resources"
    left_out = [str(f.relative_to(base)) for f in base.rglob("*") if f.is_file() and "__pycache__" not in f.parts
                and not any(fnmatch.fnmatch(f.relative_to(base).as_posix(), p) for p in patterns)]
    assert left_out == []


def test_there_is_no_top_level_resources_folder_beside_the_package():
    assert not (ROOT / "resources").exists(), "shipped files go under carekit/resources/"


def test_every_dependency_has_an_upper_bound_except_the_zone_data():
    """An unbounded upgrade of a library we lean on would reach laptops untested."""
    import re
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    requirements = project["dependencies"] + [r for extra in project["optional-dependencies"].values() for r in extra]
    unbounded = [r for r in requirements if not re.search(r"<[^;]*", r.split(";")[0]) and not r.startswith("tzdata")]
    assert unbounded == []
