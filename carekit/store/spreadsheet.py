"""Writing CSV and XLSX files that cannot run code when opened.

A spreadsheet treats a cell starting with = + - @ (or a tab or carriage return, or their
full-width forms) as a formula: a name typed at a walk-in desk as ``=HYPERLINK(...)`` would run on
the organiser's computer. Such cells get a leading apostrophe (the OWASP advice), in CSV and XLSX
alike, and XLSX cells are stored as text so openpyxl never writes a formula.
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Iterable, Sequence

TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "\n", "＝", "＋", "－", "＠")


def neutralise(value):
    """The value as it is safe to write: numbers and booleans as they are, text defused."""
    if value is None:
        return ""
    if isinstance(value, (bool, int, float)):
        return value
    text = str(value)
    return "'" + text if text.lstrip(" ").startswith(TRIGGERS) or text.startswith(TRIGGERS) else text


def write_csv(path: Path, header: Sequence[str], rows: Iterable[Sequence]) -> int:
    """UTF-8 with a BOM, so Excel reads Chinese names right. Returns the number of rows."""
    count = 0
    with Path(path).open("w", newline="", encoding="utf-8-sig") as handle:
        writer = csv.writer(handle)
        writer.writerow([neutralise(h) for h in header])
        for row in rows:
            writer.writerow([neutralise(v) for v in row])
            count += 1
    return count


def write_xlsx(path: Path, header: Sequence[str], rows: Iterable[Sequence], sheet: str = "list") -> int:
    from openpyxl import Workbook  # openpyxl costs a quarter second to import: only when writing one
    from openpyxl.cell import WriteOnlyCell

    book = Workbook(write_only=True)
    ws = book.create_sheet(sheet[:31] or "list")

    def cells(values):
        out = []
        for value in values:
            safe = neutralise(value)
            cell = WriteOnlyCell(ws, value=safe)
            if isinstance(safe, str):
                cell.data_type = "s"  # text, never a formula
            out.append(cell)
        return out

    ws.append(cells(header))
    count = 0
    for row in rows:
        ws.append(cells(row))
        count += 1
    book.save(path)
    return count


def write_table(path: Path, header: Sequence[str], rows: Iterable[Sequence], sheet: str = "list") -> int:
    """CSV or XLSX by the file's suffix."""
    if Path(path).suffix.lower() == ".xlsx":
        return write_xlsx(path, header, rows, sheet)
    return write_csv(path, header, rows)
