"""Importing the morning roster: messy files in, everyone registered once, bad lines named."""

from __future__ import annotations

import shutil

import pytest
from openpyxl import Workbook
from sqlmodel import select

from carekit.domain.enums import Role
from carekit.domain.tables import AuditEntry, Person, Registration
from carekit.services.errors import PermissionDenied, ValidationError
from carekit.services.roster import ImportCancelled, import_roster, site_for_city
from carekit.services.workspace import Workspace
from tests.conftest import TEST_DATA
from tests.unit.conftest import count_rows

HEADER = "姓名,手机号,工号,单位,岗位,城市"


def write(tmp_path, lines, name="roster.csv", encoding="utf-8"):
    path = tmp_path / name
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode(encoding))
    return path


def people(db) -> dict[str, Person]:
    with db.session() as session:
        return {p.name: p for p in session.exec(select(Person))}


def test_the_messy_chinese_export_imports_good_rows_and_names_bad_lines(ws, tmp_path):
    path = write(tmp_path, [
        HEADER,
        "  张伟 ,１３８ ００１３ ８０００,E1,菜鸟海外仓,骑手,深圳",          # full-width digits, stray spaces
        "買買提·吐爾遜,+86 139-1234-5678,E2,京东,快递员,上海",        # traditional, middle dot
        "王小明,0086 137 1111 2222,E3,京东,仓库,杭州",
        "陈淑芬,86-150-0000-1111,E4,京东,客服,深圳",
        "阿卜杜拉·艾力,15000002222.0,E5.0,京东,客服,深圳",                # a float column from a script
        "",                                                        # blank: skipped silently
        ",,,,,",                                                   # blank cells too
        "李四,12345,E5,京东,司机,深圳",                              # bad phone
        ",13600001111,E6,京东,司机,深圳",                            # no name
        "赵六,13700001111,E7",                                     # broken: too few cells
        "钱七,13700002222,E8,京东,司机,深圳,extra",                  # broken: too many cells
        "  张伟 ,１３８ ００１３ ８０００,E1,菜鸟海外仓,骑手,深圳",          # repeated in the file
    ])
    report = import_roster(ws, path)
    assert (report.imported, report.flagged, report.unchanged, len(report.rejected)) == (5, 0, 1, 4)
    assert [(r.line, r.reason) for r in report.rejected] == [
        (9, "bad_phone"), (10, "no_name"), (11, "broken_row"), (12, "broken_row")]
    assert report.rejected[0].message == "line 9: phone '12345' is not a valid number for region CN"
    found = people(ws.db)
    assert found["张伟"].phone == "+8613800138000"
    assert found["買買提·吐爾遜"].phone == "+8613912345678"
    assert found["王小明"].phone == "+8613711112222"
    assert found["陈淑芬"].phone == "+8615000001111"
    assert found["张伟"].job == "rider"
    assert found["買買提·吐爾遜"].job == "courier"
    assert found["陈淑芬"].job == "customer_service"
    assert (found["阿卜杜拉·艾力"].phone, found["阿卜杜拉·艾力"].staff_id) == ("+8615000002222", "E5.0")
    assert set(found) == {"张伟", "買買提·吐爾遜", "王小明", "陈淑芬", "阿卜杜拉·艾力"}


def test_gbk_semicolon_file_from_excel_on_windows_imports(ws, tmp_path):
    path = write(tmp_path, ["姓名;手机;员工编号;公司", "欧阳娜娜;+86 138 0013 8000;E9;菜鸟", "买买提·吐尔逊;13912345678;E10;菜鸟"],
                 encoding="gbk")
    report = import_roster(ws, path)
    assert (report.imported, len(report.rejected)) == (2, 0)
    assert people(ws.db)["买买提·吐尔逊"].employer == "菜鸟"


def test_importing_the_same_file_twice_adds_nobody_the_second_time(ws, tmp_path):
    path = shutil.copy(TEST_DATA / "roster_sample_zh.csv", tmp_path / "roster_sample_zh.csv")
    first = import_roster(ws, path)
    assert first.imported > 200 and first.rows == 300
    before = count_rows(ws.db, Person), count_rows(ws.db, Registration)
    second = import_roster(ws, path)
    assert (second.imported, second.flagged, second.unchanged) == (0, 0, first.imported)
    assert (count_rows(ws.db, Person), count_rows(ws.db, Registration)) == before
    assert [r.line for r in second.rejected] == [r.line for r in first.rejected]


def test_someone_already_registered_with_other_details_is_flagged_not_merged(ws, crowd, tmp_path):
    path = write(tmp_path, [HEADER, "张伟,13800138000,E100001,京东,骑手,上海",   # same phone + staff id, new employer
                            "张大伟,13999999999,E100003,京东,骑手,上海"])      # staff id of 王小明
    report = import_roster(ws, path)
    assert (report.imported, report.flagged, report.unchanged) == (2, 2, 0)
    with ws.db.session() as session:
        flagged = {p.name: p.possible_duplicate_of for p in session.exec(
            select(Person).where(Person.possible_duplicate_of != ""))}
        originals = {p.name: p.id for p in session.exec(select(Person).where(Person.possible_duplicate_of == ""))}
    assert flagged == {"张伟": originals["张伟"], "张大伟": originals["王小明"]}
    assert people(ws.db)["王小明"].employer == ""  # nothing was overwritten


def test_two_rows_of_one_file_sharing_a_phone_are_both_kept_and_the_second_flagged(ws, tmp_path):
    path = write(tmp_path, [HEADER, "刘洋,13800000001,,京东,骑手,上海", "刘阳,13800000001,,京东,骑手,上海",
                            "刘杨,13800000001,,京东,骑手,上海"])
    report = import_roster(ws, path)
    assert (report.imported, report.flagged) == (3, 2)
    found = people(ws.db)
    assert found["刘阳"].possible_duplicate_of == found["刘洋"].id
    assert found["刘杨"].possible_duplicate_of == found["刘洋"].id
    assert found["刘洋"].possible_duplicate_of == ""


def test_xlsx_with_float_phone_cells_imports_and_scientific_text_is_refused(ws, tmp_path):
    book = Workbook()
    sheet = book.active
    sheet.append(["Nombre", "Teléfono", "Número de empleado", "Puesto", "Categoría"])
    sheet.append(["María Peña", 13800138000.0, 100234.0, "repartidor", "trabajador"])
    sheet.append(["João Gonçalves", "+55 11 98765-4321", "BR7", "motorista", "familia"])
    sheet.append(["Ana", "1.38001E+10", "X1", "", ""])
    sheet.append(["Luis", "13812345678", "X2", "", "jefe"])
    book.save(tmp_path / "lista.xlsx")
    report = import_roster(ws, tmp_path / "lista.xlsx")
    assert report.imported == 2
    assert [(r.line, r.reason) for r in report.rejected] == [(4, "phone_digits_lost"), (5, "bad_category")]
    found = people(ws.db)
    assert (found["María Peña"].phone, found["María Peña"].staff_id, found["María Peña"].job) == \
        ("+8613800138000", "100234", "rider")
    assert (found["João Gonçalves"].phone, found["João Gonçalves"].category) == ("+5511987654321", "family")


def test_the_english_sample_keeps_mexican_and_brazilian_numbers(ws, tmp_path):
    report = import_roster(ws, TEST_DATA / "roster_sample_en.csv")
    assert report.rows == 120 and report.imported + len(report.rejected) == 120
    phones = [p.phone for p in people(ws.db).values()]
    assert any(p.startswith("+52") for p in phones) and any(p.startswith("+55") for p in phones)
    assert people(ws.db)["Luis Gonçalves"].phone == "+525518159083"


def test_a_cancelled_import_writes_nothing(ws, tmp_path):
    path = shutil.copy(TEST_DATA / "roster_sample_zh.csv", tmp_path / "r.csv")
    calls = []
    audit_before = count_rows(ws.db, AuditEntry)  # what creating the event wrote

    def progress(done, total, text):
        calls.append(text)
        return not text.startswith("Registering")
    with pytest.raises(ImportCancelled):
        import_roster(ws, path, progress=progress)
    assert count_rows(ws.db, Person) == 0
    assert count_rows(ws.db, AuditEntry) == audit_before


def test_a_crash_halfway_leaves_nothing_half_written(ws, tmp_path, monkeypatch):
    import carekit.services.roster as roster
    path = write(tmp_path, [HEADER] + [f"人{i},1380000{i:04d},E{i},京东,骑手,上海" for i in range(50)])
    real = roster.register_people

    def crash_after_people(journal, *args, **kwargs):
        real(journal, *args, **kwargs)
        raise RuntimeError("power cut")
    monkeypatch.setattr(roster, "register_people", crash_after_people)
    with pytest.raises(RuntimeError):
        import_roster(ws, path)
    assert count_rows(ws.db, Person) == 0 and count_rows(ws.db, Registration) == 0


def test_a_dry_run_counts_without_writing(ws, tmp_path):
    report = import_roster(ws, TEST_DATA / "roster_sample_zh.csv", dry_run=True)
    assert report.imported > 200
    assert count_rows(ws.db, Person) == 0


def test_people_are_registered_at_the_chosen_site(ws, tmp_path):
    site = site_for_city(ws, "深圳")
    import_roster(ws, write(tmp_path, [HEADER, "张伟,13800138000,E1,京东,骑手,深圳"]), site_id=site)
    with ws.db.session() as session:
        assert session.exec(select(Registration.site_id)).one() == site
        assert session.exec(select(Registration.source)).one() == "roster.csv"
    with pytest.raises(ValidationError, match="no site in 'Lagos'"):
        site_for_city(ws, "Lagos")


def test_a_desk_volunteer_may_not_import_a_roster(ws, tmp_path):
    volunteer = Workspace(ws.db, ws.operator_id, "Desk", frozenset({Role.DESK}))
    with pytest.raises(PermissionDenied):
        import_roster(volunteer, write(tmp_path, [HEADER, "张伟,13800138000,E1,京东,骑手,深圳"]))


def test_a_file_without_names_is_refused_before_anything_is_written(ws, tmp_path):
    with pytest.raises(ValidationError) as raised:
        import_roster(ws, write(tmp_path, ["phone,city", "13800138000,深圳"]))
    assert raised.value.reason == "no_name_column"
    assert count_rows(ws.db, Person) == 0


def test_a_mobile_in_no_listed_range_is_imported_with_a_line_to_check(ws, tmp_path):
    path = write(tmp_path, [HEADER, "田旭,16900602677,E1,京东,骑手,深圳", "韩娜,12345678,E2,京东,骑手,深圳"])
    report = import_roster(ws, path)
    assert (report.imported, len(report.rejected), len(report.warnings)) == (1, 1, 1)
    assert report.warnings[0].line == 2 and "+8616900602677" in report.warnings[0].message
    assert report.rejected[0].line == 3 and report.rejected[0].reason == "bad_phone"
    assert people(ws.db)["田旭"].phone == "+8616900602677"


def test_rows_are_checked_while_the_desks_can_still_write(ws, tmp_path, monkeypatch):
    """Checking a big file takes seconds: the write lock (which a desk's check-in waits for) is
    taken only once the rows are checked."""
    import carekit.services.roster as roster
    path = write(tmp_path, [HEADER] + [f"人{i},1380000{i:04d},E{i},京东,骑手,上海" for i in range(20)])
    real, free = roster._checked, []

    def checking(*args, **kwargs):
        with ws.db.write_locked(wait=0):  # raises WriteLockBusy if the import held it already
            free.append(True)
        return real(*args, **kwargs)
    monkeypatch.setattr(roster, "_checked", checking)
    assert import_roster(ws, path).imported == 20
    assert free == [True]


def test_a_region_changed_while_the_rows_were_checked_is_the_one_the_phones_are_read_in(ws, tmp_path, monkeypatch):
    """The event's region arrives in a merge between the check and the write lock: the rows are
    checked again in the region the event now has, so 11987654321 is a São Paulo mobile."""
    import carekit.services.roster as roster
    from carekit.domain.tables import Event
    from carekit.services.events import current_event
    path = write(tmp_path, [HEADER, "Ana Silva,11987654321,BR1,iFood,rider,São Paulo"])
    real, regions = roster._checked, []

    def checking(table, columns, region, report, tick):
        regions.append(region)
        people = real(table, columns, region, report, tick)
        if len(regions) == 1:
            with ws.writing() as journal:
                journal.update(Event, current_event(journal.session).id, {"default_region": "BR"})
        return people
    monkeypatch.setattr(roster, "_checked", checking)
    report = import_roster(ws, path)
    assert regions == ["CN", "BR"]
    assert (report.imported, report.rejected) == (1, [])
    assert people(ws.db)["Ana Silva"].phone == "+5511987654321"
