"""packaging/build.py says a build failed when the frozen carekit does not start, instead of its size."""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
spec = importlib.util.spec_from_file_location("carekit_build", ROOT / "packaging" / "build.py")
build = importlib.util.module_from_spec(spec)
spec.loader.exec_module(build)

pytestmark = pytest.mark.skipif(os.name == "nt", reason="the stand-in bundles are shell scripts")


def _bundle(tmp_path: Path, script: str) -> Path:
    bundle = tmp_path / "CareKit"
    bundle.mkdir()
    exe = bundle / "carekit"
    exe.write_text("#!/bin/sh\n" + script, encoding="utf-8")
    exe.chmod(0o755)
    return bundle


def test_a_bundle_frozen_without_carekits_modules_fails_the_build_saying_why(tmp_path):
    # What the bootloader prints when the analysis found no carekit (an editable install it missed).
    bundle = _bundle(tmp_path, "echo \"ModuleNotFoundError: No module named 'carekit'\" >&2\nexit 1\n")
    with pytest.raises(build.BuildFailed) as failed:
        build.check_starts(bundle)
    assert "No module named 'carekit'" in str(failed.value) and "does not start" in str(failed.value)


def test_a_folder_without_the_executable_fails_the_build(tmp_path):
    (tmp_path / "CareKit").mkdir()
    with pytest.raises(build.BuildFailed, match="made no carekit"):
        build.check_starts(tmp_path / "CareKit")


def test_a_bundle_whose_carekit_answers_its_usage_passes(tmp_path):
    bundle = _bundle(tmp_path, f'exec "{sys.executable}" -m carekit "$@"\n')
    build.check_starts(bundle)
