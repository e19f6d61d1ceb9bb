"""Every name prints with real glyphs and comes back from pdftotext exactly."""

import subprocess

import pytest

from carekit.printing import fonts
from carekit.printing.badges import BadgeData, render_badges
from carekit.printing.layouts import get_layout
from carekit.printing.sheets import RosterLine, render_roster

NAMES = ["张伟明", "張偉明", "𠀾𪚥林", "阿卜杜拉·艾力", "Peña Nieto", "João Conceição", "Nguyễn Thị Hương",
         "สมชาย ใจดี"]


def pdf_text(pdf: bytes, tmp_path) -> str:
    path = tmp_path / "out.pdf"
    path.write_bytes(pdf)
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout


def test_every_name_on_the_badges_comes_back_from_pdftotext(tmp_path):
    badges = [BadgeData(n, "", "worker", "深圳", f"S{i}", "CK1" + "A" * 58) for i, n in enumerate(NAMES)]
    result = render_badges(badges, get_layout("cr80"))
    text = pdf_text(result.pdf, tmp_path)
    lines = {line.strip() for line in text.splitlines()}
    for name in NAMES:
        assert name in lines
    assert result.warnings == []


def test_extension_b_characters_use_the_hanamin_font():
    runs, missing = fonts.split_runs("𠀾𪚥林")
    assert missing == []
    assert runs[0] == ("CareKit-ExtB", "𠀾𪚥")
    assert runs[1] == ("CareKit-CJK", "林")


def test_a_uyghur_name_with_a_middle_dot_stays_in_one_font():
    runs, _ = fonts.split_runs("阿卜杜拉·艾力")
    assert runs == [("CareKit-CJK", "阿卜杜拉·艾力")]


def test_vietnamese_typed_with_combining_marks_prints_precomposed(tmp_path):
    decomposed = "Nguye\u0302\u0303n Thi\u0323 Hu\u031bo\u031bng"
    runs, missing = fonts.split_runs(decomposed)
    assert missing == [] and "".join(part for _, part in runs) == "Nguyễn Thị Hương"


def test_a_character_no_font_has_is_reported_never_blank(tmp_path):
    badge = BadgeData("សុខា", "Sokha", "guest", "Phnom Penh", "KH-1", "CK1" + "B" * 58)  # Khmer: no font yet
    result = render_badges([badge], get_layout("cr80"))
    assert len(result.warnings) == 1 and "U+179F" in result.warnings[0]
    assert "\ufffd" in pdf_text(result.pdf, tmp_path)
    with pytest.raises(fonts.MissingGlyphs) as error:
        fonts.check_text("Sokha សុខា")
    assert error.value.chars[0] == "ស"


def test_the_sign_in_sheet_gives_names_back_and_counts_pages(tmp_path):
    people = [RosterLine(NAMES[i % len(NAMES)], "x", f"E{i}") for i in range(60)]
    result = render_roster("签到表 Sign-in", people)
    text = pdf_text(result.pdf, tmp_path)
    assert result.pages == 3
    assert "page 1 of 3" in text and "page 3 of 3" in text
    for name in NAMES:
        assert name in text
