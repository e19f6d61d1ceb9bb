"""Rosters as they really arrive, broken in the ways found by trying: one row pasted from another
file, a Taiwan or Hong Kong export, a cell of megabytes, a NUL byte, a date in the name column,
Spanish and Portuguese HR headers, Mexican mobiles in the old format."""

from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import Workbook
from sqlmodel import select

from carekit.domain.tables import Person
from carekit.services.roster import import_roster
from carekit.services.roster_read import read_roster, recognise_headers

HEADER = "姓名,手机号,工号,城市"


def names(db) -> set[str]:
    with db.session() as session:
        return {p.name for p in session.exec(select(Person))}


def test_a_gbk_row_pasted_into_a_utf8_roster_is_refused_by_line_and_the_rest_imported(tmp_path, ws):
    path = tmp_path / "mixed.csv"
    path.write_bytes(b"\r\n".join([
        HEADER.encode("utf-8"),
        "José Peña,13800138000,E1,深圳".encode("utf-8"),
        "张伟,13912345678,E2,上海".encode("gbk"),  # pasted from a GBK export
        "李娜,13711112222,E3,杭州".encode("utf-8"),
    ]) + b"\r\n")
    report = import_roster(ws, path)
    assert names(ws.db) == {"José Peña", "李娜"}
    assert [(r.line, r.reason) for r in report.rejected] == [(3, "other_encoding")]
    assert "line 3" in report.rejected[0].message and "UTF-8" in report.rejected[0].message
    assert not any("茅" in n or "帽" in n for n in names(ws.db))  # never mojibake


def test_a_utf8_row_pasted_into_a_gbk_roster_is_refused_by_line(tmp_path, ws):
    lines = [HEADER.encode("gbk")] + [f"王{c}明,1391234{5670 + i},G{i},深圳".encode("gbk")
                                       for i, c in enumerate("小大中天")]
    lines.insert(3, "José Peña,13800138000,E9,深圳".encode("utf-8"))
    path = tmp_path / "gbk.csv"
    path.write_bytes(b"\n".join(lines) + b"\n")
    report = import_roster(ws, path)
    assert names(ws.db) == {"王小明", "王大明", "王中明", "王天明"}
    assert [(r.line, r.reason) for r in report.rejected] == [(4, "other_encoding")]


@pytest.mark.parametrize("encoding", ["big5", "big5hkscs"])
def test_a_taiwan_or_hong_kong_roster_in_big5_reads_as_written(tmp_path, encoding):
    rows = ["姓名,手機,員工編號,城市", "陳淑芬,0912345678,T1,臺北", "張偉,0922333444,T2,高雄",
            "黃國強,0933222111,T3,新竹", "林美麗,0955666777,T4,臺中"]
    if encoding == "big5hkscs":
        rows.append("曾志偉,91234567,H1,香港")
    path = tmp_path / "tw.csv"
    path.write_bytes("\r\n".join(rows).encode(encoding) + b"\r\n")
    table = read_roster(path)
    assert table.encoding == "big5hkscs" and not table.rejected
    assert [cells[0] for _line, cells in table.rows][:4] == ["陳淑芬", "張偉", "黃國強", "林美麗"]
    assert table.mapping["phone"] == 1 and table.mapping["staff_id"] == 2


def test_a_gbk_roster_is_not_mistaken_for_big5(tmp_path):
    path = tmp_path / "cn.csv"
    path.write_bytes("姓名,手机号\r\n张伟,13800138000\r\n李娜,13912345678\r\n王小明,13711112222\r\n".encode("gbk"))
    table = read_roster(path)
    assert table.encoding == "gb18030" and [c[0] for _l, c in table.rows] == ["张伟", "李娜", "王小明"]


def test_a_ten_megabyte_cell_and_a_nul_byte_refuse_their_lines_only(tmp_path, ws):
    path = tmp_path / "broken.csv"
    path.write_bytes(("\n".join([HEADER, "张伟,13800138000,E1,深圳", "王五," + "9" * 10_000_000 + ",E2,深圳",
                                 "李\x00娜,13711112222,E3,杭州", "赵六,13912345678,E4,上海"]) + "\n").encode("utf-8"))
    report = import_roster(ws, path)
    assert names(ws.db) == {"张伟", "赵六"}
    assert [(r.line, r.reason) for r in report.rejected] == [(3, "line_too_long"), (4, "nul_byte")]


def test_a_name_of_a_hundred_thousand_characters_is_refused_with_its_line(tmp_path, ws):
    path = tmp_path / "long.csv"
    path.write_text(f"{HEADER}\n张伟,13800138000,E1,深圳\n{'名' * 9000},13912345678,E2,深圳\n", encoding="utf-8")
    report = import_roster(ws, path)
    assert names(ws.db) == {"张伟"}
    [refused] = report.rejected
    assert refused.line == 3 and refused.reason == "too_long" and "at most 100" in refused.message


def test_a_control_character_in_any_cell_refuses_its_line_and_names_the_field(tmp_path, ws):
    path = tmp_path / "controls.csv"
    path.write_text(f"{HEADER}\n张伟,13800138000,E1,深圳\n王五,13912345678,E\x1f2,深圳\n"
                    "李娜,13711112222,E3,杭\x07州\n赵六,13612345678,E4,上海\n", encoding="utf-8")
    report = import_roster(ws, path)
    assert names(ws.db) == {"张伟", "赵六"}
    assert [(r.line, r.reason) for r in report.rejected] == [(3, "control_character"), (4, "control_character")]
    assert "staff id" in report.rejected[0].message and "U+001F" in report.rejected[0].message
    assert "city" in report.rejected[1].message and "U+0007" in report.rejected[1].message


def test_an_excel_date_in_the_name_column_is_refused_by_line(tmp_path, ws):
    book = Workbook()
    sheet = book.active
    sheet.append(["姓名", "手机号", "工号"])
    sheet.append(["张伟", "13800138000", "E1"])
    sheet.append([dt.datetime(2026, 12, 5), "13912345678", "E2"])
    path = tmp_path / "dates.xlsx"
    book.save(path)
    report = import_roster(ws, path)
    assert names(ws.db) == {"张伟"}
    assert [(r.line, r.reason) for r in report.rejected] == [(3, "name_is_date")]


@pytest.mark.parametrize("header, field", [
    ("id_empleado", "staff_id"), ("nro_empleado", "staff_id"), ("No. Empleado", "staff_id"),
    ("matricula_funcionario", "staff_id"), ("Matrícula do Funcionário", "staff_id"),
    ("celular_whatsapp", "phone"), ("Celular (WhatsApp)", "phone"), ("teléfono celular", "phone"),
    ("nombre_empleado", "name"), ("Nome do Funcionário", "name"), ("razón social", "employer"),
])
def test_spanish_and_portuguese_hr_headers_are_recognised(header, field):
    assert recognise_headers(["x", header]).get(field) == 1


def test_old_format_mexican_mobiles_become_todays_and_foreign_errors_name_no_region(tmp_path, ws):
    path = tmp_path / "mx.csv"
    path.write_text("nombre,celular_whatsapp,id_empleado\nLucía Santos,+52 1 55 1234 5678,M1\n"
                    "Luis Gonçalves,+52 55 8765 4321,M2\nAna López,+52 1 234,M3\n", encoding="utf-8")
    report = import_roster(ws, path)
    with ws.db.session() as session:
        phones = {p.name: p.phone for p in session.exec(select(Person))}
    assert phones == {"Lucía Santos": "+525512345678", "Luis Gonçalves": "+525587654321"}
    [refused] = report.rejected
    assert refused.line == 4 and "region" not in refused.message and "CN" not in refused.message


def test_a_gbk_row_pasted_into_a_latin_roster_keeps_the_accents_of_everyone_else(tmp_path, ws):
    """A Mexican or Brazilian roster: Spanish headers, accented names, one row from a GBK export."""
    path = tmp_path / "cdmx.csv"
    path.write_bytes(b"\n".join([
        b"nombre,celular_whatsapp,id_empleado",
        "José Peña,+52 55 1234 5678,MX1".encode("utf-8"),
        "Inês Gonçalves,+55 11 98765 4321,MX2".encode("utf-8"),
        "María Núñez,+52 55 2234 5678,MX3".encode("utf-8"),
        "王芳,+86 138 0013 8000,MX4".encode("gbk"),  # pasted from a GBK export
    ]) + b"\n")
    report = import_roster(ws, path)
    assert names(ws.db) == {"José Peña", "Inês Gonçalves", "María Núñez"}
    assert [(r.line, r.reason) for r in report.rejected] == [(5, "other_encoding")]
    assert not any("茅" in n or "帽" in n for n in names(ws.db))  # never mojibake
