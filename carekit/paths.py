"""Where CareKit keeps things: the app-data folder, the last used event, shipped resources."""

from __future__ import annotations

import atexit
import json
import os
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
    settings = load_settings()
    settings[key] = value
    tmp = _settings_file().with_suffix(".tmp")
    tmp.write_text(json.dumps(settings, ensure_ascii=False, indent=1), encoding="utf-8")
    tmp.replace(_settings_file())


def last_database() -> Path | None:
    value = load_settings().get("last_database")
    return Path(value) if value else None


def remember_database(path: Path) -> None:
    save_setting("last_database", str(Path(path).resolve()))


def demo_database() -> Path:
    return data_dir() / "demo-event.carekit"
