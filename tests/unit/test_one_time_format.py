"""Every time a volunteer reads on a page, dialog or printed sheet is written by one helper
(``carekit.ui.formats``): a slice of an ISO string or the laptop's own clock shows the wrong zone
or the wrong language's format."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2] / "carekit"
HELPER = ROOT / "ui" / "formats.py"
# Slicing the hour out of an ISO string, the laptop's clock, hand-made formats.
# A picker's hand-made display format; a verdict's message with its dates as ISO (``message_in`` writes them).
WRONG = re.compile(r"\[11:1[69]\]|\[5:10\]|\[5:\]\.replace|strftime\(|\.replace\(([\"'])T\1, ([\"']) \2\)|"
                   r"fromMSecsSinceEpoch|QDateTime\.currentDateTime|toString\(\s*Q(?:Date|Time)|"
                   r"setDisplayFormat\(\s*[\"']|verdict\.message\b")


def offending_lines(folder: Path) -> list[str]:
    found = []
    for path in sorted(folder.rglob("*.py")):
        if path == HELPER:
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if WRONG.search(line):
                found.append(f"{path}:{number}: {line.strip()}")
    return found


def test_every_time_on_screen_goes_through_the_one_formatting_helper():
    assert offending_lines(ROOT / "ui") == []


def test_printed_sheets_get_their_times_already_written():
    assert offending_lines(ROOT / "printing") == []


def test_the_guard_sees_a_sliced_time(tmp_path):
    (tmp_path / "page.py").write_text('label.setText(row.arrives[11:16])\nstamp = time.strftime("%H:%M")\n'
                                      "shown = f\"{local.replace('T', ' ')} {zone}\"\n"
                                      'edit.setDisplayFormat("yyyy-MM-dd")\n'
                                      'answer.setText(verdict.message)\n'
                                      'answer.setText(verdict.message_in(date_text))\n')
    assert len(offending_lines(tmp_path)) == 5
