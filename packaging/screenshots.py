"""Screenshots of every main page in every language, for the user guide and the README.

    xvfb-run -s "-screen 0 1280x860x24" python packaging/screenshots.py [--out DIR]

Makes the demo event in a temporary folder, checks a few people in so the pages have something to
show, opens the main window as an operator holding every role, and for each language walks the
tabs, grabbing the window from the screen into carekit/resources/screenshots/<locale>/<page>.png.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "carekit" / "resources" / "screenshots")
    args = parser.parse_args()
    os.environ["CAREKIT_HOME"] = tempfile.mkdtemp(prefix="carekit-shots-")
    sys.path.insert(0, str(ROOT))
    from PySide6.QtWidgets import QApplication
    app = QApplication(sys.argv[:1])
    from carekit.app import build_window
    from carekit.domain.enums import Role
    from carekit.services import checkin, operators
    from carekit.services.demo import ensure_demo
    from carekit.services.search import search_people
    from carekit.store.db import Database
    from carekit.ui.fonts import load_bundled_fonts
    from carekit.ui.language import LANGUAGES, apply_language
    load_bundled_fonts()
    db = Database(ensure_demo())
    signed = operators.sign_in(db, operators.operator_names(db)[0], os.environ.get("CAREKIT_PIN", "246810"))
    ws = dataclasses.replace(signed, roles=frozenset(Role))  # every page, every panel
    for match in search_people(ws, "DEMO-000", limit=60)[::2]:  # some arrivals for the desk and dashboard
        token = match.badge_token
        if token:
            checkin.check_in(ws, token)
    window = build_window(ws)
    window.resize(1240, 800)
    window.show()
    for code in LANGUAGES:
        apply_language(code, remember=False)
        folder = args.out / code
        folder.mkdir(parents=True, exist_ok=True)
        for index in range(window.tabs.count()):
            window.tabs.setCurrentIndex(index)
            page = window.tabs.widget(index)
            for _ in range(20):
                app.processEvents()
            name = type(page).__name__.removesuffix("Page").lower() or "page"
            shot = window.screen().grabWindow(window.winId()) if os.environ.get("DISPLAY") else window.grab()
            shot.save(str(folder / f"{name}.png"))
        print(f"{code}: {window.tabs.count()} pages → {folder}")
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
