"""Registering a walk-in: a short form, consent, then their badge QR on screen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
                               QLineEdit, QListWidget, QPushButton, QTextBrowser, QVBoxLayout)

from carekit.domain.enums import Category, ConsentKind, JobType
from carekit.services import notices
from carekit.services.checkin import CheckInResult
from carekit.services.errors import CareKitError
from carekit.services.search import Match
from carekit.services.walk_in import (REGISTRATION_NOTICE_VERSION, WalkIn, WalkInResult, possible_duplicates,
                                      register_walk_in)
from carekit.ui.context import AppContext
from carekit.ui.waiting_scans import scan_and_record
from carekit.ui.labels import category_label, job_label
from carekit.ui.language import LANGUAGES
from carekit.ui.widgets.qr_view import QrView


class WalkInDialog(QDialog):
    def __init__(self, context: AppContext, parent=None):
        super().__init__(parent)
        self.context = context
        self.result_value: WalkInResult | None = None
        self.existing_check_in: CheckInResult | None = None  # "is this one of them?" → that person
        self.notice: notices.Notice | None = None
        self.duplicates_seen: tuple[str, ...] = ()
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
        self.language.currentIndexChanged.connect(self.show_notice)
        self.notice_text = QTextBrowser()
        self.notice_text.setObjectName("noticeText")
        self.notice_text.setMaximumHeight(110)
        self.notice_version = QLabel()
        self.print_notice_button = QPushButton(self.tr("Print notice"))
        self.print_notice_button.setAutoDefault(False)
        self.print_notice_button.clicked.connect(self.print_notice)
        notice_row = QHBoxLayout()
        notice_row.addWidget(self.notice_version, 1)
        notice_row.addWidget(self.print_notice_button)
        self.consent = QCheckBox(self.tr("The person heard the registration notice and agrees"))
        form.addRow(self.tr("Name (as written)"), self.name)
        form.addRow(self.tr("Phone"), self.phone)
        form.addRow(self.tr("Staff ID"), self.staff_id)
        form.addRow(self.tr("Employer"), self.employer)
        form.addRow(self.tr("Job"), self.job)
        form.addRow(self.tr("City"), self.city)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Category"), self.category)
        form.addRow(self.tr("Registration notice"), self.notice_text)
        form.addRow("", notice_row)
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
        self.show_notice()
        self.name.setFocus()

    def show_notice(self) -> None:
        """The notice in the person's language (else the event's), read or handed over before consent."""
        try:
            self.notice = notices.current_notice(self.context.workspace, ConsentKind.REGISTRATION,
                                                 self.language.currentData() or "")
        except CareKitError as error:
            self.error.setText(error.message)
            return
        self.notice_text.setPlainText(self.notice.text)
        self.notice_version.setText(self.tr("Notice version {version}").format(version=self.notice.version))

    def print_notice(self) -> None:
        from carekit.ui.notice_dialog import print_notice
        if self.notice is not None:
            print_notice(self, self.notice)

    def form(self) -> WalkIn:
        return WalkIn(name=self.name.text(), phone=self.phone.text(), staff_id=self.staff_id.text(),
                      employer=self.employer.text(), job=self.job.currentData(), city=self.city.text(),
                      language=self.language.currentData(), category=self.category.currentData(),
                      consent_given=self.consent.isChecked(),
                      notice_version=self.notice.version if self.notice else REGISTRATION_NOTICE_VERSION,
                      notice_language=self.notice.language if self.notice else "")

    def save(self) -> None:
        ws = self.context.workspace
        try:
            form = self.form()
            found = possible_duplicates(ws, form.phone, form.staff_id)
            key = tuple(m.person_id for m in found)
            if found and key != self.duplicates_seen:
                choice = DuplicateChoice(found, self)
                choice.exec()
                if choice.match is not None:  # the walk-in is one of them: check that person in
                    self.existing_check_in = scan_and_record(self.context, choice.match.badge_token)
                    self.accept()
                    return
                if not choice.register_anyway:
                    return
                self.duplicates_seen = key
            self.result_value = register_walk_in(ws, form)
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


class DuplicateChoice(QDialog):
    """People already registered with the walk-in's phone or staff id: is this one of them?"""

    def __init__(self, matches: list[Match], parent=None):
        super().__init__(parent)
        self.matches = matches
        self.match: Match | None = None
        self.register_anyway = False
        self.setWindowTitle(self.tr("Already registered?"))
        intro = QLabel(self.tr("These people already have this phone or staff id. Is the walk-in one of them?"))
        intro.setWordWrap(True)
        self.list = QListWidget()
        for m in matches:
            state = self.tr("checked in") if m.checked_in_at else self.tr("not checked in")
            self.list.addItem(f"{m.name}  {m.romanised}  ·  {m.phone}  ·  {m.staff_id}  ·  {m.badge_serial}  ·  {state}")
        self.list.setCurrentRow(0)
        self.check_in_button = QPushButton(self.tr("Yes: check this person in"))
        self.check_in_button.setDefault(True)
        self.check_in_button.clicked.connect(self.check_in_selected)
        self.list.itemActivated.connect(lambda _item: self.check_in_selected())
        self.anyway_button = QPushButton(self.tr("No: register as new (flagged as possible duplicate)"))
        self.anyway_button.setAutoDefault(False)
        self.anyway_button.clicked.connect(self.choose_register)
        back = QPushButton(self.tr("Back to the form"))
        back.setAutoDefault(False)
        back.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (intro, self.list, self.check_in_button, self.anyway_button, back):
            layout.addWidget(widget)
        self.list.setFocus()

    def check_in_selected(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.matches):
            self.match = self.matches[row]
            self.accept()

    def choose_register(self) -> None:
        self.register_anyway = True
        self.accept()
