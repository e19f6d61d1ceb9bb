"""Screenshots of a coordinator's family-visit day, in Chinese and English, for the README.

    QT_QPA_PLATFORM=offscreen python packaging/family_screenshots.py [--out DIR]

Makes a small event in a temporary folder (three workers' relatives, their trains and a flight, a
room, the travel agent's sheet with two bad lines), opens the Family page as a coordinator and
grabs each step: the travellers, adding a relative, the legs, a room, the import preview, the
vehicles and the arrivals board, into carekit/resources/screenshots/family_day_<step>_<locale>.png.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHEET = """旅客姓名,员工工号,行程,交通方式,车次航班,出发站,到达站,出发时间,到达时间,订单号,座位
李秀英,E100001,去程,高铁,G79,北京西,深圳北,2026-12-04 10:00,2026-12-04 18:30,E123456,05车12A
张小宝,E100001,去程,高铁,G79,北京西,深圳北,2026-12-04 10:00,2026-12-04 18:30,E123456,05车12B
陈静,E100003,去程,飞机,CZ3456,URC,SZX,2026-12-04 09:00 Asia/Urumqi,2026-12-04 15:20,PNR77,
李秀英,E100001,返程,高铁,G80,深圳北,北京西,2026-12-06 18:00,2026-12-06 10:00,E123457,
无名氏,E100001,去程,高铁,G79,北京西,深圳北,2026-12-04 10:00,2026-12-04 18:30,E123456,
"""


def _event(folder: Path):
    from carekit.services import family, pickups, stays, travel
    from carekit.services.events import SiteInput, create_event, current_event
    from carekit.services.family import TravellerInput
    from carekit.services.people import PersonInput, register_people
    from carekit.services.travel import LegInput
    from carekit.store.db import Database
    ws = create_event(Database(folder / "family-day.carekit"), name="骑手关爱日 Rider Care Day",
                      operator_name="林协调 Lin", sites=[SiteInput("深圳", "会展中心")], timezone="Asia/Shanghai",
                      device_name="desk 1", health_passphrase="demo health passphrase", pin="246810")
    with ws.writing() as journal:
        register_people(journal, current_event(journal.session), [
            PersonInput(name="张伟", phone="+8613800138000", staff_id="E100001"),
            PersonInput(name="刘洋", phone="+8613912345678", staff_id="E100002"),
            PersonInput(name="王小明", phone="+8613711112222", staff_id="E100003")], source="roster")
    mother = family.add_traveller(ws, TravellerInput(
        worker="E100001", name="李秀英", relationship="parent", age_band="elderly", needs=("wheelchair", "halal"),
        id_doc_type="resident id", id_doc_number="110101194501011234", medical_note="insulin twice a day"))
    son = family.add_traveller(ws, TravellerInput(worker="E100001", name="张小宝", relationship="child",
                                                  age_band="child"))
    wife = family.add_traveller(ws, TravellerInput(worker="E100003", name="陈静", relationship="spouse",
                                                   needs=("vegetarian",)))
    father = family.add_traveller(ws, TravellerInput(worker="E100002", name="刘建国", relationship="parent",
                                                     age_band="elderly"))
    travel.add_leg(ws, LegInput((mother, son), "train", "G79", "北京西", "深圳北", "2026-12-04 10:00",
                                "2026-12-04 18:30", booking_ref="E123456"))
    travel.add_leg(ws, LegInput((mother, son), "train", "G80", "深圳北", "北京西", "2026-12-06 09:00",
                                "2026-12-06 17:30", direction="return", booking_ref="E123457"))
    travel.add_leg(ws, LegInput((wife,), "flight", "CZ3456", "URC", "SZX", "2026-12-04 09:00 Asia/Urumqi",
                                "2026-12-04 15:20"))
    travel.add_leg(ws, LegInput((father,), "train", "G1001", "武汉", "深圳北", "2026-12-04 12:10",
                                "2026-12-04 16:55"))
    stays.place_in_room(ws, stays.StayInput(mother, "维也纳酒店", "1203", "twin", "2026-12-04", 2))
    pickups.plan_pickups(ws)
    family.set_status(ws, wife, "arrived")
    sheet = folder / "行程单.csv"
    sheet.write_bytes(SHEET.encode("gb18030"))
    return ws, mother, sheet


def _settle(app) -> None:
    for _ in range(30):
        app.processEvents()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "carekit" / "resources" / "screenshots")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="carekit-family-shots-"))
    os.environ["CAREKIT_HOME"] = str(folder)
    sys.path.insert(0, str(ROOT))
    from PySide6.QtWidgets import QApplication
    app = QApplication(sys.argv[:1])
    from carekit.app import build_window
    from carekit.services import family, family_board
    from carekit.ui.family.legs_dialog import LegsDialog
    from carekit.ui.family.stay_dialog import StayDialog
    from carekit.ui.family.travel_import_dialog import TravelImportDialog
    from carekit.ui.family.traveller_dialog import TravellerDialog
    from carekit.ui.fonts import load_bundled_fonts
    from carekit.ui.language import apply_language
    load_bundled_fonts()
    ws, mother, sheet = _event(folder)
    window = build_window(ws)
    window.resize(1240, 760)
    window.show()
    page = window.page("FamilyPage")
    window.tabs.setCurrentWidget(page)
    now = datetime(2026, 12, 4, 8, 40, tzinfo=timezone.utc)  # 16:40 in Shenzhen: one landed, one due
    shown = family_board.arrivals_board
    family_board.arrivals_board = lambda workspace, when=None, window=60: shown(workspace, when or now, window)
    for code in ("zh_CN", "en"):
        apply_language(code, remember=False)
        page.tabs.setCurrentIndex(0)
        page.refresh()
        page.table.selectRow(0)
        _settle(app)
        window.grab().save(str(args.out / f"family_day_1_travellers_{code}.png"))
        view = family.traveller(ws, mother)
        steps = [("2_traveller", TravellerDialog(page.context, view, parent=page)),
                 ("3_legs", LegsDialog(page.context, view, parent=page)),
                 ("4_room", StayDialog(page.context, view, parent=page))]
        importer = TravelImportDialog(page.context, parent=page)
        importer.load(sheet)
        while importer.task is not None:
            app.processEvents()
        steps.append(("5_import", importer))
        for step, dialog in steps:
            dialog.show()
            _settle(app)
            dialog.grab().save(str(args.out / f"family_day_{step}_{code}.png"))
            dialog.close()
        page.tabs.setCurrentWidget(page.vehicles)
        page.vehicles.refresh()
        page.vehicles.vehicles.setCurrentRow(0)
        _settle(app)
        window.grab().save(str(args.out / f"family_day_6_vehicles_{code}.png"))
        page.open_board()
        board = page.board_window
        board.showNormal()
        board.resize(1240, 760)
        board.refresh()
        _settle(app)
        board.grab().save(str(args.out / f"family_day_7_board_{code}.png"))
        board.close()
        print(f"{code}: family day → {args.out}")
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
