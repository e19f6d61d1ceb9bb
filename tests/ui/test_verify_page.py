"""The verify screen and the badge dialogs, driven as a trainer or a desk volunteer would."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from carekit.services import badges, certificates
from carekit.ui.printing.batch_dialog import BatchBadgeDialog
from carekit.ui.printing.keys_dialog import KeysDialog


def _issue(ws, name="张伟"):
    if not certificates.list_keys(ws):
        certificates.generate_key(ws, "Rider Care NGO")
    return certificates.issue(ws, ws.registered[name].person_id, course_code="FA-1", course_name="First aid",
                              months=24, trainer="Dr. Peña")


def _scan(qtbot, page, text):
    page.code.clear()
    qtbot.keyClicks(page.code, text)
    qtbot.keyClick(page.code, Qt.Key.Key_Return)


def test_a_scanned_certificate_shows_valid_in_green_then_revoked_in_red(window, qtbot, event_workspace):
    page = window.page("VerifyPage")
    window.tabs.setCurrentWidget(page)
    cert = _issue(event_workspace)
    _scan(qtbot, page, cert.code)
    assert page.answer.text().startswith("VALID") and "#1e8e3e" in page.answer.styleSheet()
    assert "张伟" in page.details.text() and cert.serial in page.details.text()
    qtbot.wait(50)
    window.grab().save(str(event_workspace.db.path.with_name("verify.png")))
    certificates.revoke(event_workspace, cert.serial, "wrong person")
    _scan(qtbot, page, cert.code)
    assert page.answer.text().startswith("REVOKED") and "wrong person" in page.answer.text()
    assert "#c0392b" in page.answer.styleSheet()


def test_a_tampered_code_shows_forged_and_no_details(window, qtbot, event_workspace):
    page = window.page("VerifyPage")
    cert = _issue(event_workspace)
    _scan(qtbot, page, cert.code[:-5] + "AAAAA")
    assert page.answer.text().startswith("FORGED") and page.details.text() == ""
    _scan(qtbot, page, "hello")
    assert page.verdict.reason == "not_a_certificate"


def test_the_keys_dialog_generates_and_exports(qtbot, event_workspace, tmp_path):
    from carekit.ui.context import AppContext
    dialog = KeysDialog(AppContext(event_workspace))
    qtbot.addWidget(dialog)
    dialog.generate("Rider Care NGO")
    assert dialog.list.count() == 1 and "signing" in dialog.list.item(0).text()
    dialog.export(str(tmp_path / "key.json"))
    assert "public_key" in (tmp_path / "key.json").read_text(encoding="utf-8")


def test_the_batch_dialog_saves_a_pdf_off_the_ui_thread_and_marks_printed(qtbot, event_workspace, tmp_path):
    from carekit.ui.context import AppContext
    dialog = BatchBadgeDialog(AppContext(event_workspace))
    dialog.quiet = True
    qtbot.addWidget(dialog)
    out = tmp_path / "batch.pdf"
    dialog.start(str(out))
    qtbot.waitUntil(lambda: dialog.task is None, timeout=20000)
    assert out.read_bytes().startswith(b"%PDF") and "4 badges" in dialog.status.text()
    assert badges.select_badges(event_workspace, badges.BadgeFilter(not_printed=True)) == []
    dialog.start(str(out))  # nothing left to print
    qtbot.waitUntil(lambda: dialog.task is None, timeout=20000)
    assert "no badges to print" in dialog.status.text()


def test_the_desk_renders_one_badge_and_cancel_leaves_it_unprinted(window, qtbot, event_workspace):
    from PySide6.QtWidgets import QMessageBox
    from carekit.ui.printing.badge_actions import print_badge
    from tests.ui.conftest import when_modal
    registration_id = event_workspace.registered["Peña Nieto"].registration_id
    seen = []
    timer = when_modal(QMessageBox, lambda box: (seen.append(box.text()), box.reject()))
    path = print_badge(window, window.context, registration_id)
    timer.stop()
    assert path.read_bytes().startswith(b"%PDF") and seen == ["The badge is ready."]
    assert len(badges.select_badges(event_workspace, badges.BadgeFilter(not_printed=True))) == 4


def test_inside_the_app_a_big_batch_uses_a_clean_helper_process_and_prints_the_same(event_workspace):
    import PySide6.QtCore  # noqa: F401  (the app has Qt loaded: no fork)
    from carekit.printing.badges import pool_context, render_badges
    from carekit.printing.layouts import get_layout
    assert pool_context().get_start_method() != "fork"
    data = [b for _, b in badges.select_badges(event_workspace)] * 110
    layout = get_layout("a4-2x4")
    assert render_badges(data, layout, workers=2).pdf == render_badges(data, layout, workers=1).pdf


def test_a_trainer_revokes_a_certificate_only_after_a_reason_and_a_confirmation(window, qtbot, event_workspace):
    from PySide6.QtWidgets import QInputDialog, QMessageBox
    from tests.ui.conftest import when_modal
    page = window.page("VerifyPage")
    window.tabs.setCurrentWidget(page)
    cert = _issue(event_workspace)
    _scan(qtbot, page, cert.code)
    assert not page.revoke_button.isHidden()
    said = []
    when_modal(QInputDialog, lambda box: (box.setTextValue("issued to the wrong person"), box.accept()))
    when_modal(QMessageBox, lambda box: (said.append(box.text()), box.reject()))  # "Keep it valid"
    page.revoke_button.click()
    assert "cannot be made valid again" in said[0] and page.answer.text().startswith("VALID")
    when_modal(QInputDialog, lambda box: (box.setTextValue("issued to the wrong person"), box.accept()))
    when_modal(QMessageBox, lambda box: next(b for b in box.buttons() if b.text() == "Revoke certificate").click())
    page.revoke_button.click()
    assert page.answer.text().startswith("REVOKED") and page.revoke_button.isHidden()
