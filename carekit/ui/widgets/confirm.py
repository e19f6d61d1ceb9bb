"""Asking before an action that cannot simply be taken back: it names what will happen, and the
safe answer is the default so a stray Enter changes nothing."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


def confirm(parent: QWidget, title: str, text: str, do_text: str, keep_text: str) -> bool:
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=parent)
    box.setObjectName("confirmBox")
    do = box.addButton(do_text, QMessageBox.ButtonRole.DestructiveRole)
    keep = box.addButton(keep_text, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.exec()
    return box.clickedButton() is do
