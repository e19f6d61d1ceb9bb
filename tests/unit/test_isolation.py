"""The guard that keeps the suite self-contained really catches a read beside the checkout."""

from __future__ import annotations

import subprocess
import sys
import tempfile

from tests.conftest import TEST_DATA
from tests import isolation
from tests.isolation import GUARD, ROOT


def test_a_roster_in_a_folder_beside_the_checkout_is_outside_but_the_tests_copy_is_inside(tmp_path):
    # A neighbour whose name starts with the checkout's: a plain prefix test would let it in.
    beside = ROOT.parent / f"{ROOT.name}-neighbour" / "data" / "roster_sample_zh.csv"
    if not str(ROOT).startswith(tempfile.gettempdir()):  # there, a folder made after the run began is a temp file
        assert not GUARD.allowed(str(beside))
    assert GUARD.allowed(str(TEST_DATA / "roster_sample_zh.csv"))
    assert GUARD.allowed(str(tmp_path / "made-by-the-test.csv"))


def test_a_checkout_in_the_temporary_folder_does_not_open_its_neighbours(monkeypatch, tmp_path):
    """CI may clone into the temporary folder, with sample data in a folder beside the clone."""
    monkeypatch.setattr(isolation, "TEMP", str(tmp_path))
    monkeypatch.setattr(isolation, "_TEMP_BEFORE", {"clone", "sample-data"})
    assert not GUARD.allowed(str(tmp_path / "sample-data" / "data" / "roster_sample_zh.csv"))
    assert GUARD.allowed(str(tmp_path / "made-during-the-run" / "x.csv"))


def test_opening_a_file_outside_the_allowed_folders_is_recorded_with_its_path(tmp_path, monkeypatch):
    outside = tmp_path / "roster.csv"
    outside.write_text("姓名\n", encoding="utf-8")
    monkeypatch.setattr(GUARD, "roots", (str(ROOT),))  # for this test, the temp folder is outside too
    monkeypatch.setattr(isolation, "TEMP", "/nonexistent-temp-folder")
    outside.read_text(encoding="utf-8")
    subprocess.run([sys.executable, "-c", "pass", str(outside)], check=True)
    monkeypatch.undo()
    seen = GUARD.take()
    assert seen.count(str(outside)) == 2  # once opened here, once handed to a child process
