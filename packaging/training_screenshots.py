"""Screenshots of a trainer's day, in Chinese and English, for the README.

    QT_QPA_PLATFORM=offscreen python packaging/training_screenshots.py [--out DIR]

Makes a small event in a temporary folder (a first-aid course, today's session in room B2, six
riders), then walks the day as a coordinator: a walk-in enrolled from the desk (F6), the roster,
the training-room scan screen, the skills grid, the results with the certificates issued, and a
certificate checked on the Verify page, into
carekit/resources/screenshots/training_day_<step>_<locale>.png.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RIDERS = [("张伟", "E100001"), ("王小明", "E100003"), ("李娜", "E100004"), ("Peña Nieto", "BR2001"),
          ("Nguyễn Văn An", "VN3001"), ("刘洋", "E100002")]


def _event(folder: Path):
    from carekit.domain.zones import zone
    from carekit.services import certificates, training
    from carekit.services.events import SiteInput, create_event, current_event
    from carekit.services.people import PersonInput, register_people
    from carekit.store.db import Database
    ws = create_event(Database(folder / "training-day.carekit"), name="骑手关爱日 Rider Care Day",
                      operator_name="林教练 Lin", sites=[SiteInput("深圳", "会展中心")], timezone="Asia/Shanghai",
                      device_name="room B2", health_passphrase="demo health passphrase", pin="246810")
    with ws.writing() as journal:
        people = register_people(journal, current_event(journal.session), [
            PersonInput(name=name, phone=f"+86138001380{i:02d}", staff_id=staff)
            for i, (name, staff) in enumerate(RIDERS)], source="roster")
    training.add_course(ws, training.CourseInput(
        code="FA1", name="急救与心肺复苏", name_en="First aid and CPR", hours=8, months=24, pass_mark=70,
        skills=["CPR 30:2", "AED", "Recovery position", "Bleeding control"], min_attendance=90))
    certificates.generate_key(ws, "骑手关爱基金会 Rider Care Foundation")
    now = datetime.now(zone("Asia/Shanghai"))
    day = (now if now.hour < 15 else now + timedelta(days=1)).date().isoformat()  # a session still to come
    session_id = training.add_session(ws, course="FA1", site="深圳", starts=f"{day} 09:00",
                                      ends=f"{day} 17:00", capacity=6, trainer="林教练 Lin", room="B2")
    training.enrol_many(ws, session_id, [p.person_id for p in people[:-1]], "roster")
    return ws, session_id, people


def _day(ws, session_id, people) -> None:
    """Scans in and out (typed from the paper sheet, so the day is whole whenever this runs; one
    rider left at lunch, one is scanned in live) and the assessments, as the trainer would enter them."""
    from carekit.services import attendance
    from carekit.services.assessment import assess
    skills = ["CPR 30:2", "AED", "Recovery position", "Bleeding control"]
    for index, person in enumerate(people):
        if index == 1:
            continue  # scanned in live on the scan screen
        attendance.attend(ws, person.token, session_id, at="08:55")
        attendance.attend(ws, person.token, session_id, out=True, at="12:30" if index == 4 else "17:00")
    marks = [(86, skills, []), (92, skills, []), (64, skills, []), (78, skills[:3], ["Bleeding control"]),
             (81, skills, []), (88, skills, [])]
    for person, (score, passed, failed) in zip(people, marks):
        assess(ws, session_id, person.person_id, score=score, passed=passed, failed=failed)


def _settle(app, rounds: int = 30) -> None:
    for _ in range(rounds):
        app.processEvents()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "carekit" / "resources" / "screenshots")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="carekit-training-shots-"))
    os.environ["CAREKIT_HOME"] = str(folder)
    sys.path.insert(0, str(ROOT))
    from PySide6.QtWidgets import QApplication
    app = QApplication(sys.argv[:1])
    from carekit.app import build_window
    from carekit.services import training
    from carekit.services.session_certificates import issue_for_session, list_certificates
    from carekit.ui.desk.enrol_dialog import EnrolDialog
    from carekit.ui.fonts import load_bundled_fonts
    from carekit.ui.language import apply_language
    load_bundled_fonts()
    ws, session_id, people = _event(folder)
    window = build_window(ws)
    window.resize(1240, 760)
    window.show()
    desk, page = window.page("DeskPage"), window.page("TrainingPage")
    walk_in = people[-1]
    for code in ("zh_CN", "en"):
        apply_language(code, remember=False)
        window.tabs.setCurrentWidget(desk)
        desk.scan.setText("E100002")
        _settle(app)
        desk.table.selectRow(0)
        dialog = EnrolDialog(RIDERS[-1][0], training.sessions_to_enrol(ws), desk,
                             training.places_of_person(ws, walk_in.person_id))
        dialog.show()
        _settle(app)
        dialog.grab().save(str(args.out / f"training_day_1_enrol_{code}.png"))
        dialog.close()
        # The first time enrols the walk-in; the second shows what the desk says when it is repeated.
        desk.enrol_into(walk_in.person_id, session_id, {v.id: v for v in training.sessions_to_enrol(ws)})
        if code == "zh_CN":
            _day(ws, session_id, people)
            issue_for_session(ws, session_id, pdf=False)
        _settle(app)
        window.grab().save(str(args.out / f"training_day_2_desk_{code}.png"))
        window.tabs.setCurrentWidget(page)
        page.reload()
        page.sessions.setCurrentRow(0)
        view = page.view
        for index, step in enumerate(("3_roster", "4_scan", "5_grid", "6_results")):
            view.tabs.setCurrentIndex(index)
            view.refresh()
            if step == "4_scan":
                view.scan_field.setText(people[1].token)
                view.scan_out.setChecked(False)
                view.scan()
            _settle(app)
            window.grab().save(str(args.out / f"training_day_{step}_{code}.png"))
        verify = window.page("VerifyPage")
        if verify is not None:
            window.tabs.setCurrentWidget(verify)
            verify.code.setText(list_certificates(ws)[0]["code"])
            verify.verify()
            _settle(app)
            window.grab().save(str(args.out / f"training_day_7_verify_{code}.png"))
        desk.scan.clear()
        print(f"{code}: training day → {args.out}")
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
