"""Registering a walk-in: a short form, consent, then their badge QR on screen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel,
                               QLineEdit, QVBoxLayout)

from carekit.domain.enums import Category, JobType
from carekit.services.errors import CareKitError
from carekit.services.walk_in import WalkIn, WalkInResult, register_walk_in
from carekit.ui.context import AppContext
from carekit.ui.labels import category_label, job_label
from carekit.ui.language import LANGUAGES
from carekit.ui.widgets.qr_view import QrView


class WalkInDialog(QDialog):
    def __init__(self, context: AppContext, parent=None):
        super().__init__(parent)
        self.context = context
        self.result_value: WalkInResult | None = None
        self.setWindowTitle(self.tr("Register a walk-in"))
        form = QFormLayout()
        self.name = QLineEdit()
        self.phone = QLineEdit()
        self.staff_id = QLineEdit()
        self.employer = QLineEdit()
        self.city = QLineEdit()
        self.job = QComboBox()
        for job in JobType:
            self.job.addItem(job_label(job), job.value)
        self.category = QComboBox()
        for category in Category:
            self.category.addItem(category_label(category), category.value)
        self.language = QComboBox()
        self.language.addItem("", "")
        for code, name in {**LANGUAGES, "zh_TW": "繁體中文", "es": "Español", "pt_BR": "Português"}.items():
            self.language.addItem(name, code)
        self.consent = QCheckBox(self.tr("The person heard the registration notice and agrees"))
        form.addRow(self.tr("Name (as written)"), self.name)
        form.addRow(self.tr("Phone"), self.phone)
        form.addRow(self.tr("Staff ID"), self.staff_id)
        form.addRow(self.tr("Employer"), self.employer)
        form.addRow(self.tr("Job"), self.job)
        form.addRow(self.tr("City"), self.city)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Category"), self.category)
        form.addRow("", self.consent)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b3261e;")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.addButton(self.tr("Register and check in"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.name.setFocus()

    def form(self) -> WalkIn:
        return WalkIn(name=self.name.text(), phone=self.phone.text(), staff_id=self.staff_id.text(),
                      employer=self.employer.text(), job=self.job.currentData(), city=self.city.text(),
                      language=self.language.currentData(), category=self.category.currentData(),
                      consent_given=self.consent.isChecked())

    def save(self) -> None:
        try:
            self.result_value = register_walk_in(self.context.workspace, self.form())
        except CareKitError as error:
            self.error.setText(error.message)
            return
        self.context.changed.emit("people")
        self.accept()


class BadgeOnScreen(QDialog):
    """The new badge's QR, big enough to scan from the screen until the badge is printed."""

    def __init__(self, name: str, serial: str, token: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Badge for {name}").format(name=name))
        layout = QVBoxLayout(self)
        title = QLabel(f"<b style='font-size:22px'>{name}</b><br>{serial}")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        qr = QrView()
        qr.setFixedSize(260, 260)
        qr.set_text(token)
        layout.addWidget(title)
        layout.addWidget(qr, alignment=Qt.AlignmentFlag.AlignCenter)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
