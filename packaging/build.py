"""Build the one-folder desktop bundle (no Python needed on the volunteer's laptop).

    python packaging/build.py [--dist DIR] [--python ENV_PYTHON]

Makes a throw-away virtual environment, installs CareKit (as a wheel) and PyInstaller there,
and freezes packaging/carekit.spec into DIR/CareKit/ (default: dist/). With --python, the
environment of that interpreter is used instead (CareKit already installed there; CI passes the
one it checked the wheel in, so the dependencies are installed once). Run it on the system the
bundle is for: Windows builds a Windows folder (CareKit\\carekit.exe), macOS a macOS one;
PyInstaller does not cross-compile. It prints the bundle's size once the frozen carekit has
answered ``--help``: a bundle frozen without CareKit's own modules is a failed build, said so.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PYINSTALLER = "pyinstaller>=6.10,<7"


def venv_python(venv: Path) -> Path:
    return venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def size_mb(folder: Path) -> float:
    return sum(f.stat().st_size for f in folder.rglob("*") if f.is_file() and not f.is_symlink()) / 1e6


class BuildFailed(Exception):
    """The bundle was not made, or was made without what it must carry; the message says which."""


def check_starts(bundle: Path) -> None:
    """PyInstaller finishes (and says nothing) when it could not find CareKit's modules to freeze:
    the bundle counts only once its carekit has started and printed its usage."""
    exe = bundle / ("carekit.exe" if os.name == "nt" else "carekit")
    if not exe.is_file():
        raise BuildFailed(f"PyInstaller made no {exe.name} in {bundle}.")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    try:
        done = subprocess.run([str(exe), "--help"], capture_output=True, text=True, env=env, timeout=300)
    except (OSError, subprocess.TimeoutExpired) as error:
        raise BuildFailed(f"The bundle's {exe} does not start: {error}") from None
    if done.returncode != 0 or "--db" not in done.stdout:
        said = (done.stderr.strip() or done.stdout.strip() or "no output").splitlines()[-1]
        raise BuildFailed(f"The bundle {bundle} was made but its carekit does not start ({said}); CareKit's "
                          "modules were probably not found when freezing: install CareKit in the building "
                          "environment (a wheel, or an editable install of this checkout) and build again.")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--python", type=Path, help="an environment's python with CareKit installed")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="carekit-build-") as tmp:
        work = Path(tmp)
        if args.python:
            python = args.python
            pip = [sys.executable, "-m", "pip", "--python", str(python), "install", "-q"]
            subprocess.run([*pip, PYINSTALLER], check=True)
        else:
            subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(work / "venv")], check=True)
            python = venv_python(work / "venv")
            pip = [sys.executable, "-m", "pip", "--python", str(python), "install", "-q"]
            subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(work / "wheel"),
                            str(ROOT)], check=True)
            wheel = next((work / "wheel").glob("carekit-*.whl"))
            subprocess.run([*pip, str(wheel), PYINSTALLER], check=True)
        subprocess.run([str(python), "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
                        "--distpath", str(args.dist), "--workpath", str(work / "build"),
                        str(ROOT / "packaging" / "carekit.spec")], check=True, cwd=work)
    bundle = args.dist / "CareKit"
    try:
        check_starts(bundle)
    except BuildFailed as failed:
        print(f"build.py: {failed}", file=sys.stderr)
        return 1
    print(f"bundle: {bundle} ({size_mb(bundle):.0f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
