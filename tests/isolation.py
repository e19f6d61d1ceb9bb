"""Tests read nothing outside the repository: a clone with nothing beside it must pass.

An audit hook sees every file the test process opens. A path is fine when it is inside the
repository, in the Python installation or virtual environment (libraries, their data), a system
folder (fonts, locales, /proc), or in the temporary folder under a name made during the run (what
a test writes for itself; pytest's own folders). A checkout that itself lies in the temporary
folder does not make its neighbours readable: they were there before the run.
Anything else, such as a sample roster in a folder beside the checkout, fails the test that
opened it, naming the file.
"""

from __future__ import annotations

import os
import site
import sys
import sysconfig
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SYSTEM = ("/usr", "/lib", "/lib64", "/etc", "/proc", "/sys", "/dev", "/run", "/var/cache", "/var/lib", "/opt")


TEMP = os.path.realpath(tempfile.gettempdir())
_TEMP_BEFORE = set(os.listdir(TEMP)) if os.path.isdir(TEMP) else set()


def _allowed_roots() -> tuple[str, ...]:
    roots = {str(ROOT)}
    for prefix in (sys.prefix, sys.base_prefix, sys.exec_prefix, sys.base_exec_prefix):
        roots |= {prefix, os.path.realpath(prefix)}
    for path in (*sysconfig.get_paths().values(), *site.getsitepackages(), site.getusersitepackages()):
        roots |= {path, os.path.realpath(path)}
    roots |= {os.path.realpath(p) for p in sys.path if p}
    # A folder holding the checkout (a sys.path entry, a prefix) would make its neighbours readable.
    roots = {r for r in roots if not str(ROOT).startswith(r.rstrip(os.sep) + os.sep)}
    if os.environ.get("CAREKIT_HOME"):
        roots.add(os.path.realpath(os.environ["CAREKIT_HOME"]))
    return tuple(sorted(roots | set(SYSTEM)))


class OutsideReads:
    """Collects opened paths that lie outside what a test may read."""

    def __init__(self) -> None:
        self.roots = _allowed_roots()
        self.seen: list[str] = []
        self.active = False

    def allowed(self, path: str) -> bool:
        absolute = os.path.realpath(os.path.abspath(path))
        if any(absolute == root or absolute.startswith(root.rstrip(os.sep) + os.sep) for root in self.roots):
            return True
        if absolute == TEMP:
            return True
        if absolute.startswith(TEMP + os.sep):
            top = absolute[len(TEMP) + 1:].split(os.sep, 1)[0]
            return top not in _TEMP_BEFORE or top.startswith("pytest-of-")
        return False

    def hook(self, event: str, args: tuple) -> None:
        if not self.active:
            return
        if event == "subprocess.Popen":  # a command-line test hands the child a file to read
            for arg in args[1] if isinstance(args[1], (list, tuple)) else [args[1]]:
                text = os.fsdecode(arg) if isinstance(arg, (bytes, str, os.PathLike)) else ""
                if os.path.isabs(text) and os.path.exists(text) and not self.allowed(text):
                    self.seen.append(text)
            return
        if event != "open":
            return
        path = args[0]
        if isinstance(path, int):  # os.fdopen of a descriptor already checked
            return
        if isinstance(path, bytes):
            path = os.fsdecode(path)
        if isinstance(path, (str, os.PathLike)) and not self.allowed(os.fspath(path)):
            self.seen.append(os.path.abspath(os.fspath(path)))

    def take(self) -> list[str]:
        seen, self.seen = self.seen, []
        return seen


GUARD = OutsideReads()
sys.addaudithook(GUARD.hook)
