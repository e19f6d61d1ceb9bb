"""The day report the organiser takes home: bilingual, charts that survive a grey print, and no
health count small enough to point at a person."""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

import pytest

import carekit.printing.day_report  # noqa: F401 (reportlab reads its settings files when imported: at collection, not in a test)

from carekit.domain.enums import ConsentKind, Role
from carekit.services import consent, screening
from carekit.domain.small_counts import hide_cells
from carekit.services.day_report import write_day_report
from carekit.services.errors import PermissionDenied
from tests.unit.day_event import DAY, build_day
from tests.unit.sync_lab import close_all


@pytest.fixture
def day(tmp_path):
    event = build_day(tmp_path / "day")
    event.merge_b_into_a()
    yield event
    close_all([event.a, event.b])


def test_small_counts_are_hidden_and_a_lone_hidden_cell_takes_the_next_smallest_along():
    assert hide_cells([["a", 7], ["b", 3], ["c", 12]]) == [["a", "<5"], ["b", "<5"], ["c", 12]]
    assert hide_cells([["a", 2], ["b", 1], ["c", 9]]) == [["a", "<5"], ["b", "<5"], ["c", 9]]
    assert hide_cells([["a", 5], ["b", 0]]) == [["a", 5], ["b", 0]]


def pdf_text(path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def grey_page(path, page: int = 1) -> tuple[int, int, bytes]:
    """The page as pdftoppm renders it in greys: (width, height, pixels)."""
    raw = subprocess.run(["pdftoppm", "-gray", "-r", "60", "-f", str(page), "-l", str(page), str(path)],
                         capture_output=True, check=True).stdout
    header, rest = raw.split(b"\n", 1)
    assert header == b"P5"
    size, rest = rest.split(b"\n", 1)
    _max, pixels = rest.split(b"\n", 1)
    width, height = map(int, size.split())
    return width, height, pixels


def test_the_day_report_is_in_chinese_and_english_with_both_sites(day, tmp_path):
    out = tmp_path / "day.pdf"
    done = write_day_report(day.a.ws, out, date=DAY)
    assert done.pages >= 2 and not done.warnings
    text = pdf_text(out)
    for words in ("到场 / Arrivals", "每15分钟签到人数 / Check-ins per 15 minutes", "深圳", "广州",
                  "员工 / Worker", "各电脑最近一次同步包 / Last bundle from each laptop",
                  "2026年12月5日 / 5 December 2026", "(UTC+08:00) / "):  # made at the event's clock
        assert words in text, words
    assert f"第 1 页，共 {done.pages} 页 / page 1 of {done.pages}" in text


def test_the_check_in_chart_is_drawn_in_distinct_greys(day, tmp_path):
    out = tmp_path / "day.pdf"
    write_day_report(day.a.ws, out, date=DAY)
    width, height, pixels = grey_page(out)
    levels = {p // 16 for p in pixels}
    assert len(levels) >= 5  # black text, two series' greys, grid, shading
    dark = sum(1 for p in pixels if p < 128)
    assert 0.005 < dark / (width * height) < 0.3  # something drawn, not a black page
    if os.environ.get("CAREKIT_SCREENSHOTS"):  # the README's picture of the report's first page
        target = Path(__file__).resolve().parents[2] / "carekit" / "resources" / "screenshots" / "day_report_page1"
        subprocess.run(["pdftoppm", "-png", "-r", "70", "-f", "1", "-l", "1", "-singlefile", str(out), str(target)],
                       check=True)


def test_screening_counts_under_five_never_reach_the_organiser(day, tmp_path):
    medic = day.role("Dr Chen", Role.MEDIC)
    for name in ("张伟", "王芳", "李娜", "刘洋", "赵磊", "黄勇"):
        consent.record_consent(medic, day.people[name], ConsentKind.HEALTH, "2026-v1", "zh_CN")
        at = screening.record_screening(medic, day.people[name], "body", {"height_cm": "170", "weight_kg": "95"})
    screening.record_screening(medic, day.people["张伟"], "blood_pressure", {"systolic_1": "185", "diastolic_1": "100"})
    out = tmp_path / "today.pdf"
    written = write_day_report(day.a.ws, out, date=at.record.at[:10])
    text = pdf_text(out)
    assert re.search(r"健康筛查 / Screening\s+6\s+已筛查人数 / People screened", text)  # six people: shown
    flags = text.split("各类提示 / Flags by kind")[1].split("未结转介")[0]
    # one urgent reading is hidden, and the six obesity flags with it (else a total would give it back)
    assert "肥胖 / Obesity" in flags and "血压危急 / Urgent blood pressure" in flags
    assert flags.count("<5") == 2 and "6" not in flags
    referrals = text.split("按优先级的未结转介 / Open referrals by priority")[1].split("各台电脑")[0]
    assert "<5" in referrals and " 1\n" not in referrals
    assert "张伟" not in text
    for page in range(1, written.pages + 1):  # every page renders as an image, with something drawn on it
        width, height, pixels = grey_page(out, page)
        assert 0.002 < sum(1 for p in pixels if p < 128) / (width * height) < 0.3, page


def test_only_a_coordinator_prints_the_day_report(day, tmp_path):
    with pytest.raises(PermissionDenied):
        write_day_report(day.role("Dr Chen", Role.MEDIC), tmp_path / "day.pdf", date=DAY)
    assert not (tmp_path / "day.pdf").exists()


def test_the_report_has_words_for_every_event_language_the_app_ships():
    from carekit.services.day_report import bilingual
    from carekit.services.report_words import WORDING
    assert set(WORDING) == {"zh_CN", "zh_TW", "es", "pt_BR"}
    for language, words in WORDING.items():
        assert set(words) == set(WORDING["zh_CN"]), language
    assert bilingual("zh_TW")("Labels", "Family member").endswith(" / Family member")
    assert bilingual("en")("Dashboard", "Arrivals") == "Arrivals"
