"""The papers of a family-visit day: driver manifests a driver can scan, itineraries, rooming lists."""

from __future__ import annotations

import subprocess

from carekit.services import family, family_print, family_summary, pickups, stays
from carekit.services.family import TravellerInput
from tests.unit.family_fixtures import make_families


def _text(pdf: bytes, tmp_path, name: str) -> str:
    path = tmp_path / f"{name}.pdf"
    path.write_bytes(pdf)
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout


def _codes_on_page(pdf: bytes, tmp_path, rows: int) -> list[str]:
    """zbar reads each traveller's code from a 150 dpi render, one row of the manifest at a time."""
    from PIL import Image
    from carekit.printing import manifests
    path = tmp_path / "manifest.pdf"
    path.write_bytes(pdf)
    subprocess.run(["pdftoppm", "-r", "150", "-f", "1", "-l", "1", "-png", str(path), str(tmp_path / "m")], check=True)
    image = Image.open(next(tmp_path.glob("m-*.png")))
    scale = 150 / 72
    top = image.height - (image.height / scale - manifests.MARGIN - manifests.HEAD) * scale
    found = []
    for row in range(rows):
        y0 = int(top + row * manifests.ROW * scale)
        crop = tmp_path / f"row{row}.png"
        image.crop((0, y0, int((manifests.MARGIN + manifests.QR_SIDE + 10) * scale),
                    int(y0 + manifests.ROW * scale))).save(crop)
        found.append(subprocess.run(["zbarimg", "-q", "--raw", "-Sdisable", "-Sqrcode.enable", str(crop)],
                                    capture_output=True, text=True).stdout.strip())
    return found


def test_the_driver_reads_every_name_and_scans_every_code(ws, crowd, tmp_path):
    f = make_families(ws, crowd)
    pickups.plan_pickups(ws)
    result = family_print.manifests(ws)
    assert result.count == 2 and result.pages == 2 and result.warnings == []
    text = _text(result.pdf, tmp_path, "all")
    for word in ("李秀英", "Li Xiuying", "张小宝", "陈静", "Chen Jing", "张伟", "王小明", "G79", "CZ3456", "18:30",
                 "15:20", "♿ Wheelchair", "Halal", "Vegetarian", "Headcount: 2", "+86 138 0013 8000",
                 "4 December 2026"):  # the date as the operator's language writes it, the month named
        assert word in text, word
    assert "110101194501011234" not in text and "insulin" not in text
    north = next(p for p in pickups.vehicle_plans(ws) if p.place == "深圳北")
    one = family_print.manifests(ws, [north.id])
    codes = _codes_on_page(one.pdf, tmp_path, 2)
    assert sorted(codes) == sorted(family.traveller(ws, p).registration_token for p in (f.mother, f.son))


def test_a_family_gets_its_itinerary_in_its_language_and_english(ws, crowd, tmp_path):
    f = make_families(ws, crowd)
    stays.place_in_room(ws, stays.StayInput(f.mother, "维也纳酒店", "1203", "twin", "2026-12-04", 2))
    pickups.plan_pickups(ws)
    message = family_print.itinerary_message(ws, f.worker_zhang)
    assert message.index("家属探亲行程单") < message.index("Family visit itinerary")
    assert "北京西 出发 2026年12月4日 10:00 (UTC+08:00)" in message and "维也纳酒店" in message
    assert "departs 4 December 2026 10:00 (UTC+08:00)" in message and "2 nights from 4 December 2026" in message
    wang = family_print.itinerary_message(ws, f.worker_wang)
    assert "乌鲁木齐地窝堡国际机场 出发 2026年12月4日 09:00 (UTC+06:00)" in wang  # each place's own clock
    family.add_traveller(ws, TravellerInput(worker=crowd["Peña Nieto"].person_id, name="María Peña",
                                            relationship="spouse", language="es"))
    spanish = family_print.itinerary_message(ws, crowd["Peña Nieto"].person_id)
    assert "Itinerario de la visita familiar" in spanish and "Family visit itinerary" in spanish
    pdf = family_print.write_itinerary(ws, f.worker_zhang, tmp_path / "trip.pdf")
    text = _text(pdf.pdf, tmp_path, "trip")
    assert "李秀英" in text and "张小宝" in text and "To the event" in text


def test_the_rooming_list_and_the_days_summary_print(ws, crowd, tmp_path):
    f = make_families(ws, crowd)
    stays.place_in_room(ws, stays.StayInput(f.mother, "维也纳酒店", "1203", "twin", "2026-12-04", 2))
    stays.place_in_room(ws, stays.StayInput(f.son, "维也纳酒店", "1203", "twin", "2026-12-04", 2))
    pickups.plan_pickups(ws)
    family_print.write_rooming_list(ws, stays.rooming_list(ws), tmp_path / "rooms.pdf")
    text = _text((tmp_path / "rooms.pdf").read_bytes(), tmp_path, "rooms2")
    assert "Li Xiuying" in text and "Zhang Xiaobao" in text and "No room: 陈静" in text
    assert "4 December 2026" in text and "2026-12-04" not in text
    summary = family_summary.day_summary(ws)
    assert summary.diets == {"halal": 1, "vegetarian": 1, "regular": 1}
    assert summary.by_status["invited"] == 3 and summary.needs["wheelchair"] == 1
    assert sorted(summary.wheelchairs_per_vehicle.values()) == [0, 1]
    family_print.write_summary(ws, summary, tmp_path / "day.pdf")
    day = _text((tmp_path / "day.pdf").read_bytes(), tmp_path, "day2")
    assert "Meals for the caterer" in day and "1 rooms, 2 guests in 2 beds" in day
