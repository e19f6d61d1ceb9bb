"""Shared fixtures. Qt runs offscreen so the suite needs no display."""

import os
import sys
from pathlib import Path

import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Never touch the real app-data folder (last used event, demo event) from a test run.
os.environ["CAREKIT_HOME"] = tempfile.mkdtemp(prefix="carekit-test-home-")

SHARED_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
