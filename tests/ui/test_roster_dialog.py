"""The coordinator imports the morning roster from the File menu's dialog."""

from __future__ import annotations

import shutil

import pytest
from sqlmodel import func, select

from carekit.domain.tables import Person
from carekit.ui.context import AppContext
from carekit.ui.roster.import_dialog import ImportRosterDialog
from tests.conftest import TEST_DATA



@pytest.fixture
def dialog(qtbot, event_workspace):
    context = AppContext(event_workspace)
    dlg = ImportRosterDialog(context)
    qtbot.addWidget(dlg)
    dlg.show()
    return dlg


def people_count(ws) -> int:
    with ws.db.session() as session:
        return session.exec(select(func.count()).select_from(Person)).one()


def loaded(qtbot, dialog, path) -> None:
    dialog.load(path)
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled() or dialog.status.text().startswith(("No", "line")),
                    timeout=10000)


def test_the_chinese_sample_is_previewed_with_its_columns_recognised(qtbot, dialog):
    loaded(qtbot, dialog, TEST_DATA / "roster_sample_zh.csv")
    assert dialog.combos["name"].currentText() == "姓名"
    assert dialog.combos["phone"].currentText() == "手机号"
    assert dialog.combos["job"].currentText() == "岗位"
    assert dialog.combos["language"].currentData() is None  # the file has no language column
    assert dialog.preview.rowCount() == 12 and dialog.preview.item(0, 0).text() == "韦凯"
    assert dialog.preview.verticalHeaderItem(0).text() == "2"  # the file's line, header = 1
    assert "UTF-8" in dialog.file_info.text() and "300" in dialog.file_info.text()


def test_importing_shows_counts_and_the_rejected_lines(qtbot, dialog, event_workspace):
    before = people_count(event_workspace)
    changed = []
    dialog.context.changed.connect(changed.append)
    loaded(qtbot, dialog, TEST_DATA / "roster_sample_zh.csv")
    qtbot.mouseClick(dialog.import_button, qtbot_button())
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=20000)
    report = dialog.report
    assert people_count(event_workspace) == before + report.imported
    assert "line 2: phone +8616900602677 has a mobile's length" in dialog.result_text.toPlainText()
    assert f"Imported {report.imported} people" in dialog.status.text()
    assert changed == ["people"]
    assert not dialog.import_button.isEnabled()
    assert dialog.cancel_button.text() == "Close"


def test_choosing_the_name_column_by_hand_when_the_header_is_unknown(qtbot, dialog, event_workspace, tmp_path):
    path = tmp_path / "名单.csv"
    path.write_text("员工;联系方式\n李雷;13800138000\n韩梅梅;139 1234 5678\n", encoding="gbk")
    loaded(qtbot, dialog, path)
    assert "No column is recognised as the name" in dialog.status.text()
    dialog.combos["name"].setCurrentIndex(1)  # 员工
    dialog.combos["phone"].setCurrentIndex(2)  # 联系方式
    assert "GBK" in dialog.file_info.text() and "semicolon" in dialog.file_info.text()
    qtbot.mouseClick(dialog.import_button, qtbot_button())
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=10000)
    assert dialog.report.imported == 2
    assert "No line was rejected." in dialog.result_text.toPlainText()


def test_an_unreadable_file_says_why_and_nothing_can_be_imported(qtbot, dialog, tmp_path):
    path = tmp_path / "roster.xlsx"
    path.write_bytes(b"this is not a workbook")
    dialog.load(path)
    qtbot.waitUntil(lambda: "Excel workbook" in dialog.status.text(), timeout=5000)
    assert not dialog.import_button.isEnabled()


def test_cancel_during_an_import_writes_nothing(qtbot, dialog, event_workspace, tmp_path):
    path = shutil.copy(TEST_DATA / "roster_sample_zh.csv", tmp_path / "r.csv")
    before = people_count(event_workspace)
    loaded(qtbot, dialog, path)
    dialog.start_import()
    dialog.cancel_button.click()  # pressed at once: the import stops at its first progress report
    qtbot.waitUntil(lambda: dialog.task is None, timeout=10000)
    assert "cancelled" in dialog.status.text()
    assert dialog.report is None
    assert people_count(event_workspace) == before
    assert dialog.import_button.isEnabled()  # the file can be imported after all


def qtbot_button():
    from PySide6.QtCore import Qt
    return Qt.MouseButton.LeftButton
