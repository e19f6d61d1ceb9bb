"""Reading rosters as HR exports them: encodings, separators, headers in four languages."""

from __future__ import annotations

import pytest
from openpyxl import Workbook

from carekit.services.errors import ValidationError
from carekit.services.roster_read import apply_mapping, fold_header, number_text, read_roster, recognise_headers

ROWS = [["姓名", "手机号", "工号"], ["张伟", "13800138000", "E1"], ["買買提·吐爾遜", "+86 139 1234 5678", "E2"]]


def write(tmp_path, name, rows, *, encoding="utf-8", sep=",", newline="\n"):
    path = tmp_path / name
    path.write_bytes((newline.join(sep.join(r) for r in rows) + newline).encode(encoding))
    return path


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gbk", "gb18030", "utf-16"])
@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_excel_on_chinese_windows_and_hr_exports_all_read_the_same(tmp_path, encoding, newline):
    rows = ROWS if encoding != "gbk" else [ROWS[0], ROWS[1], ["买买提·吐尔逊", "+86 139 1234 5678", "E2"]]
    table = read_roster(write(tmp_path, "r.csv", rows, encoding=encoding, newline=newline))
    assert table.headers == ["姓名", "手机号", "工号"]
    assert table.rows == [(2, rows[1]), (3, rows[2])]
    assert table.mapping == {"name": 0, "phone": 1, "staff_id": 2}


@pytest.mark.parametrize("sep", [",", ";", "\t"])
def test_european_excel_semicolons_and_tabs_are_found(tmp_path, sep):
    rows = [["Nome", "Telefone", "Matrícula", "Cidade"], ["João Silva", "+55 11 98765-4321", "BR1", "São Paulo, SP"]]
    if sep == ",":
        rows[1][3] = '"São Paulo, SP"'
    table = read_roster(write(tmp_path, "r.csv", rows, sep=sep))
    assert table.delimiter == sep
    assert table.rows[0][1][3] == "São Paulo, SP"
    assert table.mapping == {"name": 0, "phone": 1, "staff_id": 2, "city": 3}


def test_headers_in_four_languages_ignore_case_accents_and_spaces():
    assert recognise_headers(["NÚMERO DE EMPLEADO", " Teléfono ", "nombre", "Puesto", "x"]) == \
        {"staff_id": 0, "phone": 1, "name": 2, "job": 3}
    assert recognise_headers(["名字", "电话", "员工编号", "公司", "职位", "城市", "语言", "身份"]) == \
        {f: i for i, f in enumerate(["name", "phone", "staff_id", "employer", "job", "city", "language", "category"])}
    assert recognise_headers(["Full name", "Mobile", "Employee ID", "Company"]) == \
        {"name": 0, "phone": 1, "staff_id": 2, "employer": 3}
    assert recognise_headers(["Celular", "Nome"]) == {"phone": 0, "name": 1}
    assert fold_header("Staff_ID") == fold_header("staff id") == "staffid"


def test_a_roster_without_a_name_column_is_refused_with_its_headers(tmp_path):
    table = read_roster(write(tmp_path, "r.csv", [["电话", "工号"], ["13800138000", "E1"]]))
    with pytest.raises(ValidationError) as raised:
        apply_mapping(table, None)
    assert raised.value.reason == "no_name_column"
    assert "电话, 工号" in raised.value.message


def test_an_operator_names_the_columns_when_the_headers_are_unknown(tmp_path):
    table = read_roster(write(tmp_path, "r.csv", [["员工", "联系方式"], ["张伟", "13800138000"]]))
    assert apply_mapping(table, {"name": "员工", "phone": "联系方式"}) == {"name": 0, "phone": 1}
    with pytest.raises(ValidationError, match="no column 'Telefon'"):
        apply_mapping(table, {"name": "员工", "phone": "Telefon"})
    with pytest.raises(ValidationError, match="not a roster field"):
        apply_mapping(table, {"nickname": "员工"})


def test_a_quoted_cell_spanning_lines_keeps_the_next_rows_physical_line(tmp_path):
    path = tmp_path / "r.csv"
    path.write_text('name,phone\n"Ana\nMaria",13800138000\n\nJosé,13912345678\n', encoding="utf-8")
    table = read_roster(path)
    assert table.rows == [(2, ["Ana\nMaria", "13800138000"]), (4, []), (5, ["José", "13912345678"])]


def test_files_that_are_not_rosters_are_refused_clearly(tmp_path):
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    with pytest.raises(ValidationError, match="empty"):
        read_roster(empty)
    binary = tmp_path / "photo.csv"
    binary.write_bytes(bytes(range(256)) * 4)
    with pytest.raises(ValidationError) as raised:
        read_roster(binary)
    assert raised.value.reason in ("bad_encoding", "binary")
    with pytest.raises(ValidationError, match="cannot be read"):
        read_roster(tmp_path / "missing.csv")
    with pytest.raises(ValidationError, match="Excel 97"):
        read_roster(tmp_path / "old.xls")
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04 not really a workbook")
    with pytest.raises(ValidationError, match="Excel workbook"):
        read_roster(broken)


def test_xlsx_phone_floats_come_back_as_the_digits_typed(tmp_path):
    book = Workbook()
    sheet = book.active
    sheet.append(["姓名", "手机号", "工号"])
    sheet.append(["张伟", 13800138000.0, 100234.0])
    sheet.append([None, None, None])
    sheet.append(["Peña", 5511987654321, "BR-1"])
    book.save(tmp_path / "r.xlsx")
    table = read_roster(tmp_path / "r.xlsx")
    assert table.kind == "xlsx"
    assert table.headers == ["姓名", "手机号", "工号"]
    assert table.rows[0] == (2, ["张伟", "13800138000", "100234"])
    assert table.rows[-1] == (4, ["Peña", "5511987654321", "BR-1"])


def test_excel_scientific_notation_is_undone_only_when_no_digit_was_lost():
    assert number_text("13800138000") == ("13800138000", False)
    assert number_text("1.3800138E+10") == ("13800138000", True)  # the zeros may not be real
    assert number_text("1.3800138000E+10") == ("13800138000", False)
    assert number_text("1.38001E+10") == ("13800100000", True)
    assert number_text("E100") == ("E100", False)
    assert number_text("13800138000.0") == ("13800138000", False)  # a float column written by a script
    assert number_text("138.5") == ("138.5", False)


def test_a_title_line_above_the_header_is_skipped(tmp_path):
    path = write(tmp_path, "r.csv", [["2026 骑手关爱日名单", "", ""], ["", "", ""], ROWS[0], ROWS[1]])
    table = read_roster(path)
    assert table.headers == ["姓名", "手机号", "工号"]
    assert table.rows == [(4, ROWS[1])]
    assert table.mapping["name"] == 0
