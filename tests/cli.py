"""Running the installed `carekit` command from a test, in an environment of the test's own.

Every command-line test goes through `Carekit`: it runs the console script that installing the
package put next to this Python (so a broken entry point fails the tests), with `CAREKIT_HOME` in
the test's temporary folder, cheap PIN hashes, UTF-8 output, Qt offscreen, and no `CAREKIT_*`
variable inherited from the shell running the tests. `tests/e2e/conftest.py` offers the fixtures
below; `tests/security` builds a runner directly.
"""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

COORDINATOR, COORDINATOR_PIN = "Lin", "246810"
_GIVEN = object()  # "not said in this call": the runner's default applies


def installed_command() -> Path:
    """The `carekit` console script of the environment running the tests."""
    scripts = Path(sysconfig.get_path("scripts"))
    script = scripts / ("carekit.exe" if os.name == "nt" else "carekit")
    if not script.is_file():
        pytest.fail(f"the `carekit` command is not installed in {scripts}: install the package into this "
                    f"environment ({sys.executable} -m pip install -e .) before running the command-line tests",
                    pytrace=False)
    return script


class Carekit:
    """Runs `carekit ARGS` as one operator would: `carekit("--db", path, "search", "张", who="Lin", pin="246810")`.

    `who` and `pin` become CAREKIT_OPERATOR and CAREKIT_PIN (None: not set); `env` adds variables
    (a value of None removes one); `db` is put as `--db PATH` before every command (`db=None` in a
    call leaves it out); `input` is fed
    to stdin (otherwise stdin is empty, as with no terminal). With `ok=True` an exit code other
    than 0 fails the test showing the command and its stderr; with `ok=False` the caller checks it.
    """

    def __init__(self, home: Path, *, cwd: Path | None = None, who: str | None = None, pin: str | None = None,
                 env: dict[str, str | None] | None = None, db: str | os.PathLike | None = None,
                 command: list[str] | None = None, timeout: float = 180) -> None:
        self.home, self.cwd, self.who, self.pin = Path(home), cwd or Path(home), who, pin
        self.env, self.db, self.timeout = dict(env or {}), db, timeout
        self.command = command or [str(installed_command())]

    def but(self, **changes) -> Carekit:
        """The same runner with other defaults (`env` is merged into this runner's)."""
        settings = {"cwd": self.cwd, "who": self.who, "pin": self.pin, "env": self.env, "db": self.db,
                    "command": self.command, "timeout": self.timeout}
        if "env" in changes:
            changes["env"] = {**self.env, **(changes["env"] or {})}
        settings.update(changes)
        return Carekit(self.home, **settings)

    def module(self) -> Carekit:
        """The same runner through `python -m carekit` instead of the installed command."""
        return self.but(command=[sys.executable, "-m", "carekit"])

    def environment(self, who=_GIVEN, pin=_GIVEN, env: dict[str, str | None] | None = None) -> dict[str, str]:
        result = {k: v for k, v in os.environ.items() if not k.startswith("CAREKIT_")}
        result.update({"CAREKIT_HOME": str(self.home), "CAREKIT_PIN_COST": "test", "PYTHONIOENCODING": "utf-8",
                       "QT_QPA_PLATFORM": "offscreen"})
        who = self.who if who is _GIVEN else who
        pin = self.pin if pin is _GIVEN else pin
        for name, value in (("CAREKIT_OPERATOR", who), ("CAREKIT_PIN", pin), *self.env.items(),
                            *(env or {}).items()):
            if value is None:
                result.pop(name, None)
            else:
                result[name] = value
        return result

    def argv(self, args, db=_GIVEN) -> list:
        db = self.db if db is _GIVEN else db
        argv = [*self.command, *(["--db", os.fspath(db)] if db else []), *(os.fspath(a) for a in args)]
        if any(isinstance(a, bytes) for a in argv):  # an argument that is not text, as a shell can pass
            argv = [os.fsencode(a) for a in argv]
        return argv

    def start(self, *args: str | os.PathLike, who=_GIVEN, pin=_GIVEN, env: dict[str, str | None] | None = None,
              db=_GIVEN) -> subprocess.Popen:
        """The command started in the background (to run alongside the test), its output piped."""
        return subprocess.Popen(self.argv(args, db), env=self.environment(who, pin, env), cwd=self.cwd,
                                stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                encoding="utf-8")

    def __call__(self, *args: str | bytes | os.PathLike, ok: bool = True, who=_GIVEN, pin=_GIVEN,
                 env: dict[str, str | None] | None = None, input: str | None = None, db=_GIVEN,
                 timeout: float | None = None) -> subprocess.CompletedProcess:
        argv = self.argv(args, db)
        done = subprocess.run(argv, env=self.environment(who, pin, env), cwd=self.cwd,
                              stdin=subprocess.DEVNULL if input is None else None, input=input,
                              capture_output=True, text=True, encoding="utf-8",
                              timeout=timeout or self.timeout)
        if ok and done.returncode != 0:
            shown = " ".join(os.fsdecode(a) for a in argv[len(self.command):])
            pytest.fail(f"`carekit {shown}` exited {done.returncode}\n--- stderr ---\n{done.stderr}"
                        f"--- stdout ---\n{done.stdout[-2000:]}", pytrace=False)
        return done


@pytest.fixture
def home(tmp_path) -> Path:
    """The test's CAREKIT_HOME (settings, last used event, demo event)."""
    path = tmp_path / "home"
    path.mkdir()
    return path


@pytest.fixture
def carekit(home, tmp_path) -> Carekit:
    """The installed command, run in the test's folder by nobody in particular (no operator, no PIN)."""
    return Carekit(home, cwd=tmp_path)


@pytest.fixture
def signed_in(carekit) -> Carekit:
    """The command run by the coordinator of `event_file`."""
    return carekit.but(who=COORDINATOR, pin=COORDINATOR_PIN)


@pytest.fixture
def event_file(tmp_path, carekit) -> str:
    """An event made through the command line: 骑手关爱日 in 深圳, coordinator Lin, this laptop "desk 2"."""
    path = tmp_path / "rider-day.carekit"
    created = carekit("--db", path, "event", "create", "--name", "骑手关爱日", "--site", "深圳:会展中心",
                      "--starts", "2026-12-05", "--ends", "2026-12-06", "--coordinator", COORDINATOR,
                      "--pin", COORDINATOR_PIN, "--desk", "desk 2")
    assert "created event 骑手关爱日" in created.stdout
    return str(path)
