"""One person, opened from the desk's table: correct their details, annul a check-in made by
mistake, withdraw a consent, reprint the badge. Each change that cannot simply be taken back
asks first and says what will happen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout,
                               QInputDialog, QLabel, QLineEdit, QListWidget, QListWidgetItem, QPushButton,
                               QVBoxLayout)

from carekit.domain.enums import Category, ConsentKind, JobType
from carekit.services import consent, corrections
from carekit.services.errors import CareKitError
from carekit.ui.context import AppContext
from carekit.ui.waiting_scans import scan_and_record
from carekit.ui.labels import category_label, consent_label, job_label
from carekit.ui.language import LANGUAGES
from carekit.ui.formats import event_time
from carekit.ui.widgets.confirm import confirm

PERSON_LANGUAGES = {**LANGUAGES, "zh_TW": "繁體中文", "es": "Español", "pt_BR": "Português"}


class PersonDialog(QDialog):
    def __init__(self, context: AppContext, person_id: str, parent=None):
        super().__init__(parent)
        self.context = context
        self.person_id = person_id
        self.card: corrections.PersonCard | None = None
        self.undo_token = ""
        self.setWindowTitle(self.tr("Person"))
        self.fields: dict[str, QLineEdit | QComboBox] = {
            "name": QLineEdit(), "phone": QLineEdit(), "staff_id": QLineEdit(), "employer": QLineEdit(),
            "job": QComboBox(), "city": QLineEdit(), "language": QComboBox(), "category": QComboBox()}
        for job in JobType:
            self.fields["job"].addItem(job_label(job), job.value)
        for category in Category:
            self.fields["category"].addItem(category_label(category), category.value)
        self.fields["language"].addItem("", "")
        for code, name in PERSON_LANGUAGES.items():
            self.fields["language"].addItem(name, code)
        labels = {"name": self.tr("Name (as written)"), "phone": self.tr("Phone"), "staff_id": self.tr("Staff ID"),
                  "employer": self.tr("Employer"), "job": self.tr("Job"), "city": self.tr("City"),
                  "language": self.tr("Language"), "category": self.tr("Category")}
        details = QGroupBox(self.tr("Details"))
        form = QFormLayout(details)
        for key, widget in self.fields.items():
            widget.setObjectName(key)
            form.addRow(labels[key], widget)
        self.save_button = QPushButton(self.tr("Save changes"))
        self.save_button.clicked.connect(self.save)
        form.addRow(self.save_button)

        visits = QGroupBox(self.tr("Check-ins"))
        self.check_ins = QListWidget()
        self.annul_button = QPushButton(self.tr("Annul check-in…"))
        self.annul_button.clicked.connect(self.annul_selected)
        self.undo_button = QPushButton(self.tr("Undo: check in again"))
        self.undo_button.clicked.connect(self.undo_annul)
        self.undo_button.hide()
        visit_layout = QVBoxLayout(visits)
        visit_layout.addWidget(self.check_ins)
        row = QHBoxLayout()
        row.addWidget(self.annul_button)
        row.addWidget(self.undo_button)
        row.addStretch(1)
        visit_layout.addLayout(row)

        consents = QGroupBox(self.tr("Consents"))
        self.consents = QListWidget()
        self.withdraw_button = QPushButton(self.tr("Withdraw consent…"))
        self.withdraw_button.clicked.connect(self.withdraw_selected)
        consent_layout = QVBoxLayout(consents)
        consent_layout.addWidget(self.consents)
        consent_layout.addWidget(self.withdraw_button, alignment=Qt.AlignmentFlag.AlignLeft)

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.print_button = QPushButton(self.tr("Reprint badge"))
        self.print_button.clicked.connect(self.reprint)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(details)
        layout.addWidget(visits)
        layout.addWidget(consents)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.load()
        self.fields["name"].setFocus()

    # -- data -------------------------------------------------------------------------------
    def load(self) -> None:
        try:
            self.card = corrections.person_card(self.context.workspace, self.person_id)
        except CareKitError as error:
            self.show_message(error.message, ok=False)
            return
        card = self.card
        for key, widget in self.fields.items():
            value = card.fields.get(key, "")
            if isinstance(widget, QComboBox):
                widget.setCurrentIndex(max(0, widget.findData(value)))
            else:
                widget.setText(value)
        self.setWindowTitle(self.tr("Person: {name}").format(name=card.fields["name"]))
        self.check_ins.clear()
        for line in card.check_ins:
            text = self.tr("{time} · {desk}").format(time=event_time(self.context.workspace, line.at),
                                                      desk=line.desk or "?")
            if line.annulled:
                text += " — " + self.tr("annulled: {reason}").format(reason=line.annulled_reason)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, line.id)
            if line.annulled:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsSelectable)
                item.setForeground(Qt.GlobalColor.gray)
            self.check_ins.addItem(item)
        if not card.check_ins:
            self.check_ins.addItem(self.tr("Not checked in yet."))
        self.consents.clear()
        for line in card.consents:
            if line.withdrawn_at:
                state = self.tr("withdrawn {time}").format(time=event_time(self.context.workspace, line.withdrawn_at))
            else:
                state = self.tr("given {time}").format(time=event_time(self.context.workspace, line.given_at))
            item = QListWidgetItem(self.tr("{kind} (notice {version}): {state}").format(
                kind=consent_label(line.kind), version=line.notice_version, state=state))
            item.setData(Qt.ItemDataRole.UserRole, "" if line.withdrawn_at else line.kind)
            self.consents.addItem(item)
        self.print_button.setEnabled(bool(card.registration_id))

    def values(self) -> dict[str, str]:
        return {key: (w.currentData() if isinstance(w, QComboBox) else w.text()) for key, w in self.fields.items()}

    def show_message(self, text: str, ok: bool = True) -> None:
        self.message.setText(text)
        self.message.setStyleSheet("color: %s;" % ("#1b5e20" if ok else "#b00020"))

    # -- actions ----------------------------------------------------------------------------
    def save(self) -> None:
        wanted = {k: v for k, v in self.values().items() if v != (self.card.fields.get(k, "") if self.card else "")}
        if not wanted:
            self.show_message(self.tr("Nothing changed."))
            return
        try:
            changed = corrections.edit_person(self.context.workspace, self.person_id, wanted)
        except CareKitError as error:
            self.show_message(error.message, ok=False)
            widget = self.fields.get(error.params.get("key", ""))
            if widget is not None:
                widget.setFocus()
            return
        self.context.changed.emit("people")
        self.load()
        self.show_message(self.tr("Saved. The change is journalled with your name.") if changed
                          else self.tr("Nothing changed."))

    def _selected(self, widget: QListWidget) -> str:
        item = widget.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) or "" if item is not None and item.isSelected() else ""

    def annul_selected(self) -> None:
        checkin_id = self._selected(self.check_ins)
        if not checkin_id:
            self.show_message(self.tr("Select the check-in to annul."), ok=False)
            return
        reason, ok = QInputDialog.getText(self, self.tr("Annul check-in"), self.tr(
            "Why is this check-in annulled? (for example: wrong person selected)"))
        if not ok:
            return
        if not confirm(self, self.tr("Annul check-in"), self.tr(
                "Annul this check-in of {name}? It no longer counts as an arrival; the record of it and "
                "your reason are kept.").format(name=self.card.fields["name"]),
                self.tr("Annul check-in"), self.tr("Keep it")):
            return
        try:
            corrections.annul_check_in(self.context.workspace, checkin_id, reason)
        except CareKitError as error:
            self.show_message(error.message, ok=False)
            return
        self.undo_token = self.card.token
        self.undo_button.show()
        self.context.changed.emit("checkin")
        self.load()
        self.show_message(self.tr("Check-in annulled."))

    def undo_annul(self) -> None:
        """An annulment stays in the record; undoing it is checking the person in again."""
        try:
            scan_and_record(self.context, self.undo_token)
        except CareKitError as error:
            self.show_message(error.message, ok=False)
            return
        self.undo_button.hide()
        self.load()
        self.show_message(self.tr("Checked in again."))

    def withdraw_selected(self) -> None:
        kind = self._selected(self.consents)
        if not kind:
            self.show_message(self.tr("Select a consent in force to withdraw."), ok=False)
            return
        text = self.tr("Withdraw the consent to {kind} of {name}? From now on nothing of this kind can be "
                       "recorded for them without a new consent.").format(
            kind=consent_label(kind), name=self.card.fields["name"])
        if kind == ConsentKind.HEALTH:
            text += " " + self.tr("Their health records become hidden from everyone; this cannot be undone.")
        if not confirm(self, self.tr("Withdraw consent"), text, self.tr("Withdraw consent"), self.tr("Keep it")):
            return
        try:
            consent.withdraw_consent(self.context.workspace, self.person_id, kind)
        except CareKitError as error:
            self.show_message(error.message, ok=False)
            return
        self.context.changed.emit("consent")
        self.load()
        self.show_message(self.tr("Consent withdrawn."))

    def reprint(self) -> None:
        if self.card is None or not self.card.registration_id:
            return
        from carekit.ui.printing import print_badge
        print_badge(self, self.context, self.card.registration_id)
