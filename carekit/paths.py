"""Where CareKit keeps things: the app-data folder, the last used event, shipped resources."""

from __future__ import annotations

import atexit
import json
import os
import tempfile
from contextlib import ExitStack
from importlib.resources import as_file, files
from pathlib import Path

from platformdirs import user_data_dir

# Fonts, badge layouts, screenshots and compiled translations are package data, so a wheel, an
# editable install and a frozen bundle all find them the same way (never through the checkout).
_PACKAGE = files("carekit")
_extracted = ExitStack()
atexit.register(_extracted.close)


def resource(*parts: str) -> Path:
    """A real file-system path to shipped data under ``carekit/`` (Qt and reportlab need paths).

    From a zipped install the file is extracted once and kept until the process exits.
    """
    return _extracted.enter_context(as_file(_PACKAGE.joinpath(*parts)))


RESOURCES = resource("resources")
TRANSLATIONS = resource("translations")


def data_dir() -> Path:
    """``CAREKIT_HOME`` overrides the platform folder (tests, portable installs on a stick)."""
    path = Path(os.environ.get("CAREKIT_HOME") or user_data_dir("CareKit", appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def _settings_file() -> Path:
    return data_dir() / "settings.json"


def load_settings() -> dict:
    try:
        return json.loads(_settings_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def save_setting(key: str, value) -> None:
    """Atomic, and safe with several CareKit processes at once: each writes its own temporary file
    (a fixed name let two processes replace each other's half-written file) and renames it over
    the settings in one step, so a reader sees the old settings or the new, never a torn file."""
    settings = load_settings()
    settings[key] = value
    target = _settings_file()
    handle, tmp_name = tempfile.mkstemp(prefix=".settings-", suffix=".tmp", dir=target.parent)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(json.dumps(settings, ensure_ascii=False, indent=1))
        tmp.replace(target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def try_save_setting(key: str, value) -> bool:
    """For conveniences (the last event used): a full disk or a read-only stick must never stop
    the work itself, such as a check-in. Returns whether it was saved."""
    try:
        save_setting(key, value)
        return True
    except OSError:
        return False


def last_database() -> Path | None:
    value = load_settings().get("last_database")
    return Path(value) if value else None


def remember_database(path: Path) -> bool:
    """Best effort: which event to open next time is not worth failing a command for."""
    return try_save_setting("last_database", str(Path(path).resolve()))


def demo_database() -> Path:
    return data_dir() / "demo-event.carekit"
