"""Tests read nothing outside the repository: a clone with nothing beside it must pass.

An audit hook sees every file the test process opens. A path is fine when it is inside the
repository, in the temporary folder (what a test writes for itself), in the Python installation
or virtual environment (libraries, their data), or a system folder (fonts, locales, /proc).
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


def _allowed_roots() -> tuple[str, ...]:
    roots = {str(ROOT), os.path.realpath(tempfile.gettempdir()), tempfile.gettempdir()}
    for prefix in (sys.prefix, sys.base_prefix, sys.exec_prefix, sys.base_exec_prefix):
        roots |= {prefix, os.path.realpath(prefix)}
    for path in (*sysconfig.get_paths().values(), *site.getsitepackages(), site.getusersitepackages()):
        roots |= {path, os.path.realpath(path)}
    roots |= {os.path.realpath(p) for p in sys.path if p}
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
        return any(absolute == root or absolute.startswith(root.rstrip(os.sep) + os.sep) for root in self.roots)

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
