"""Screenshots of every main page in every language, for the user guide and the README.

    python packaging/screenshots.py [--out DIR]          # offscreen when there is no display
    python packaging/screenshots.py --pages verify       # only these pages' pictures, every language
    xvfb-run -s "-screen 0 1280x860x24" python packaging/screenshots.py

Makes the demo event in a temporary folder and fills a morning into it (arrivals, screenings with
an urgent referral, relatives on their way, a first-aid session, a rider's certificate from a course
in the spring), so no page is shot empty; opens
the main window as an operator holding every role, and for each language walks the tabs, waits
for the pages' background work, and grabs the window into
carekit/resources/screenshots/<locale>/<page>.png. Without a display it runs offscreen.
(The trainer's day, screen by screen, is packaging/training_screenshots.py.)
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import sys
import tempfile
from datetime import datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def fill_the_morning(ws, people) -> str:
    """What a morning leaves behind: screenings (one urgent), travellers with a pick-up, a session.
    Returns the code of a certificate a rider brings from an earlier course, for the Verify page."""
    from datetime import datetime

    from carekit.domain.enums import ConsentKind
    from carekit.domain.zones import zone
    from carekit.services import certificates, consent, family, pickups, screening, training, travel
    from carekit.services.family import TravellerInput
    from carekit.services.travel import LegInput
    for index, match in enumerate(people[:16]):
        consent.record_consent(ws, match.person_id, ConsentKind.HEALTH, "1")
        screening.record_screening(ws, match.person_id, "body",
                                   {"height_cm": str(158 + index), "weight_kg": str(52 + 3 * index)})
    for match, (high, low) in zip(people[16:20], (("184", "112"), ("152", "94"), ("126", "80"), ("166", "102"))):
        consent.record_consent(ws, match.person_id, ConsentKind.HEALTH, "1")
        screening.record_screening(ws, match.person_id, "blood_pressure", {"systolic_1": high, "diastolic_1": low})
    mother = family.add_traveller(ws, TravellerInput(worker=people[0].person_id, name="李秀英", relationship="parent",
                                                     age_band="elderly", needs=("wheelchair",)))
    son = family.add_traveller(ws, TravellerInput(worker=people[0].person_id, name="张小宝", relationship="child",
                                                  age_band="child"))
    wife = family.add_traveller(ws, TravellerInput(worker=people[2].person_id, name="陈静", relationship="spouse",
                                                   needs=("vegetarian",)))
    travel.add_leg(ws, LegInput((mother, son), "train", "G79", "北京西", "深圳北", "2026-12-04 10:00 Asia/Shanghai",
                                "2026-12-04 18:30 Asia/Shanghai", booking_ref="E123456"))
    travel.add_leg(ws, LegInput((wife,), "flight", "CZ3456", "URC", "SZX", "2026-12-04 09:00 Asia/Urumqi",
                                "2026-12-04 15:20"))
    pickups.plan_pickups(ws)
    training.add_course(ws, training.CourseInput(code="FA1", name="急救与心肺复苏", name_en="First aid", hours=8,
                                                 months=24, pass_mark=70, skills=["CPR 30:2", "AED"]))
    today = datetime.now(zone("Asia/Shanghai")).date().isoformat()
    session = training.add_session(ws, course="FA1", site="深圳", starts=f"{today} 09:00", ends=f"{today} 17:00",
                                   capacity=20, trainer=ws.operator_name, room="B2")
    for match in people[20:28]:
        training.enrol(ws, session, match.person_id)
    if not certificates.list_keys(ws):
        certificates.generate_key(ws, "骑手关爱基金会 Rider Care Foundation")
    # Issued in the spring: it counts in no figure of today and is not due for renewal.
    earlier = datetime.now(zone("Asia/Shanghai")).date() - timedelta(days=200)
    certificate = certificates.issue(ws, people[28].person_id, course_code="FA1", course_name="急救与心肺复苏",
                                     months=24, trainer=ws.operator_name, issued=earlier)
    from carekit.services import sync
    sync.export_bundle(ws, Path(os.environ["CAREKIT_HOME"]) / "morning.ckbundle")  # a line in the sync log
    return certificate.code


def show_something(page, people, certificate: str) -> None:
    """A page as it looks in use: the station with a person scanned, the training page on a session,
    the Verify page with a certificate's QR code just scanned (the scanner types it, then Enter)."""
    kind = type(page).__name__
    if kind == "StationPage" and people[3].badge_token:
        page.scan.setText(people[3].badge_token)
        page.on_scan()
    elif kind == "TrainingPage" and page.sessions.count():
        page.sessions.setCurrentRow(0)
    elif kind == "VerifyPage":
        page.code.setText(certificate)
        page.code.returnPressed.emit()


def page_name(widget) -> str:
    """The picture's name: the page's class without "Page" ("verify"), built or not built yet."""
    spec = getattr(widget, "spec", None)  # a page not opened yet is a placeholder naming its class
    kind = spec.class_name if spec is not None else type(widget).__name__
    return kind.removesuffix("Page").lower() or "page"


def settle(app, seconds: float = 0.8) -> None:
    """Let a page finish what it computes off the UI thread (the dashboard's figures) and repaint."""
    import time
    from PySide6.QtCore import QThreadPool
    until = time.monotonic() + seconds
    while time.monotonic() < until or QThreadPool.globalInstance().activeThreadCount():
        app.processEvents()
        time.sleep(0.01)
        if time.monotonic() > until + 10:
            break


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "carekit" / "resources" / "screenshots")
    parser.add_argument("--pages", nargs="+", metavar="PAGE",
                        help="only these pages (file names without .png: desk, dashboard, verify, ...)")
    args = parser.parse_args()
    os.environ["CAREKIT_HOME"] = tempfile.mkdtemp(prefix="carekit-shots-")
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT))
    from PySide6.QtWidgets import QApplication
    app = QApplication(sys.argv[:1])
    from carekit.app import build_window
    from carekit.domain.enums import Role
    from carekit.domain.zones import zone as event_zone
    from carekit.services import checkin, operators
    from carekit.services.demo import ensure_demo
    from carekit.services.search import search_people
    from carekit.store.db import Database
    from carekit.ui.fonts import load_bundled_fonts
    from carekit.ui.language import LANGUAGES, apply_language
    load_bundled_fonts()
    event_now = checkin._event_now
    db = Database(ensure_demo())
    signed = operators.sign_in(db, operators.operator_names(db)[0], os.environ.get("CAREKIT_PIN", "246810"))
    ws = dataclasses.replace(signed, roles=frozenset(Role))  # every page, every panel
    people = search_people(ws, "DEMO-00", limit=300)
    arrivals = [m for m in people[::4] if m.badge_token]  # for the desk and the dashboard
    started = datetime.now(timezone.utc) - timedelta(minutes=2 * len(arrivals))
    for number, match in enumerate(arrivals):  # over the last two hours, not all in one quarter hour
        moment = started + timedelta(minutes=2 * number + (number % 7) * 1.5)
        checkin._event_now = lambda zone, moment=moment: moment.astimezone(event_zone(zone)).isoformat("T", "seconds")
        checkin.check_in(ws, match.badge_token)
    checkin._event_now = event_now
    certificate = fill_the_morning(ws, people)
    window = build_window(ws)
    window.resize(1240, 800)
    window.show()
    for code in LANGUAGES:
        apply_language(code, remember=False)
        folder = args.out / code
        folder.mkdir(parents=True, exist_ok=True)
        shots = 0
        for index in range(window.tabs.count()):
            name = page_name(window.tabs.widget(index))
            if args.pages and name not in args.pages:
                continue
            window.tabs.setCurrentIndex(index)
            page = window.tabs.widget(index)
            show_something(page, people, certificate)
            settle(app, 2.5 if code == next(iter(LANGUAGES)) else 1.2)  # the first visit imports the charts
            shots += 1
            shot = window.screen().grabWindow(window.winId()) if os.environ.get("DISPLAY") else window.grab()
            shot.save(str(folder / f"{name}.png"))
        print(f"{code}: {shots} pages → {folder}")
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
