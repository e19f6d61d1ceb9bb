"""Shared fixtures. Qt runs offscreen so the suite needs no display."""

import os
import sys
from pathlib import Path

import tempfile

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Cheap PIN hashes in tests (inherited by the CLI subprocesses); tests/security checks once that
# without it the production argon2id cost is what a laptop uses.
os.environ["CAREKIT_PIN_COST"] = "test"
# Never touch the real app-data folder (last used event, demo event) from a test run.
os.environ["CAREKIT_HOME"] = tempfile.mkdtemp(prefix="carekit-test-home-")

TEST_DATA = Path(__file__).resolve().parent / "data"

from tests.isolation import GUARD  # noqa: E402 (after CAREKIT_HOME, which it allows)


@pytest.fixture(autouse=True)
def reads_only_the_repository():
    """Fails the test that opened a file outside the repository (see tests/isolation.py)."""
    GUARD.take()
    GUARD.active = True
    yield
    GUARD.active = False
    outside = GUARD.take()
    if outside:
        pytest.fail("test read outside the repository: " + ", ".join(sorted(set(outside))[:5]), pytrace=False)
