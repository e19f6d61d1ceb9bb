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


# Services hand the pages and sheets values: ISO text and datetimes. Stored and exported forms
# ("%Y-%m-%dT%H:%M:%SZ", which the CLI and JSON print) are values; a date and clock joined by a
# space is text made for a reader, written in one zone and one format whatever the page shows.
TEXT_IN_SERVICES = re.compile(r"\.replace\(([\"'])T\1, ([\"']) \2\)|strftime\(([\"'])[^\"']*%d %H")


def services_making_time_text(folder: Path) -> list[str]:
    return [f"{path}:{number}: {line.strip()}" for path in sorted(folder.rglob("*.py"))
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
            if TEXT_IN_SERVICES.search(line)]


def test_services_hand_out_times_as_values_for_the_helper_to_write():
    assert services_making_time_text(ROOT / "services") == []


def test_the_services_guard_sees_time_text_but_not_stored_values(tmp_path):
    (tmp_path / "board.py").write_text('row = (arrives.replace("T", " "), zone)\n'
                                       'clock = local.strftime("%Y-%m-%d %H:%M")\n'
                                       'stored = moment.strftime("%Y-%m-%dT%H:%M:%SZ")\n'
                                       'typed = text.strip().replace("T", " ", 1)\n')
    assert [line.split(": ", 1)[1] for line in services_making_time_text(tmp_path)] == [
        'row = (arrives.replace("T", " "), zone)', 'clock = local.strftime("%Y-%m-%d %H:%M")']


def test_the_guard_sees_a_sliced_time(tmp_path):
    (tmp_path / "page.py").write_text('label.setText(row.arrives[11:16])\nstamp = time.strftime("%H:%M")\n'
                                      "shown = f\"{local.replace('T', ' ')} {zone}\"\n"
                                      'edit.setDisplayFormat("yyyy-MM-dd")\n'
                                      'answer.setText(verdict.message)\n'
                                      'answer.setText(verdict.message_in(date_text))\n')
    assert len(offending_lines(tmp_path)) == 5
