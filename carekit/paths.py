"""Where CareKit keeps things: the app-data folder, the last used event, shipped resources."""

from __future__ import annotations

import json
import os
from pathlib import Path

from platformdirs import user_data_dir

PACKAGE = Path(__file__).resolve().parent
RESOURCES = PACKAGE.parent / "resources"
TRANSLATIONS = PACKAGE / "translations"


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
