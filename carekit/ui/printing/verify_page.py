"""Verify a certificate: paste or scan its code, get a big coloured answer. Works offline."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QHBoxLayout, QVBoxLayout, QWidget

from carekit.ui.formats import date_text

# The verdicts of carekit.services.certificates; that module (and reportlab behind it) is imported
# on the first verification, not while the app starts.
VALID, EXPIRED, REVOKED, FORGED = "valid", "expired", "revoked", "forged"
COLOURS = {VALID: "#1e8e3e", EXPIRED: "#e08a00", REVOKED: "#c0392b", FORGED: "#c0392b"}


class VerifyPage(QWidget):

    def __init__(self, context, parent=None):
        super().__init__(parent)
        self.context = context
        self.verdict = None
        self.code = QLineEdit()
        self.code.setMinimumHeight(40)
        self.code.returnPressed.connect(self.verify)
        self.check = QPushButton()
        self.check.clicked.connect(self.verify)
        self.keys = QPushButton()
        self.keys.clicked.connect(self.open_keys)
        self.revoke_button = QPushButton()
        self.revoke_button.setObjectName("revokeCertificate")
        self.revoke_button.clicked.connect(self.revoke)
        self.revoke_button.hide()
        self.answer = QLabel()
        self.answer.setMinimumHeight(90)
        self.answer.setWordWrap(True)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setStyleSheet("font-size: 16px;")
        self.details.setMinimumHeight(60)
        row = QHBoxLayout()
        row.addWidget(self.code, 1)
        row.addWidget(self.check)
        layout = QVBoxLayout(self)
        self.prompt = QLabel()
        layout.addWidget(self.prompt)
        layout.addLayout(row)
        layout.addWidget(self.answer)
        layout.addWidget(self.details)
        layout.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.revoke_button)
        bottom.addStretch(1)
        bottom.addWidget(self.keys)
        layout.addLayout(bottom)
        self.retranslate()

    def page_title(self) -> str:
        return self.tr("Verify certificate")

    def retranslate(self) -> None:
        self.prompt.setText(self.tr("Scan the certificate's QR code, or paste its code, then press Enter."))
        self.code.setPlaceholderText(self.tr("CKC2.… or the credential's JSON {…}"))
        self.check.setText(self.tr("Verify"))
        self.keys.setText(self.tr("Signing keys…"))
        self.revoke_button.setText(self.tr("Revoke this certificate…"))
        self.show_verdict()

    def status_word(self, status: str) -> str:
        return {VALID: self.tr("VALID"), EXPIRED: self.tr("EXPIRED"),
                REVOKED: self.tr("REVOKED"), FORGED: self.tr("FORGED")}[status]

    def verify(self) -> None:
        text = self.code.text().strip()
        if not text:
            return
        from carekit.services import certificates
        if text.startswith("{"):  # a credential JSON pasted from a wallet
            import json
            from carekit.services import credential_export
            try:
                document = json.loads(text)
            except ValueError:
                document = None
            self.verdict = credential_export.verify_credential(document, db=self.context.workspace.db)
        else:
            self.verdict = certificates.verify(text, db=self.context.workspace.db)
        self.show_verdict()
        self.code.selectAll()

    def show_verdict(self) -> None:
        verdict = self.verdict
        from carekit.domain.enums import Role
        self.revoke_button.setVisible(verdict is not None and verdict.status in (VALID, EXPIRED)
                                      and verdict.fields is not None
                                      and bool(self.context.workspace.roles & {Role.TRAINER, Role.COORDINATOR}))
        if verdict is None:
            self.answer.setText("")
            self.answer.setStyleSheet("")
            self.details.setText("")
            return
        self.answer.setText(f"{self.status_word(verdict.status)} — {verdict.message_in(date_text)}")
        self.answer.setStyleSheet(f"background: {COLOURS[verdict.status]}; color: white; font-size: 26px; "
                                  "font-weight: bold; padding: 12px; border-radius: 6px;")
        if verdict.fields:
            f = verdict.fields
            self.details.setText(self.tr("{holder} · course {course} · issued {issued} · valid until {expires}\n"
                                         "serial {serial} · issuer {issuer} · key {fingerprint}").format(
                holder=f.holder, course=f.course_code, issued=date_text(f.issued), expires=date_text(f.expires), serial=f.serial,
                issuer=verdict.issuer, fingerprint=verdict.fingerprint))
        else:
            self.details.setText("")

    def revoke(self) -> None:
        """Trainers and coordinators revoke a certificate issued by mistake or withdrawn; it cannot
        be taken back (the holder gets a new one), so a reason and a confirmation come first."""
        from PySide6.QtWidgets import QInputDialog
        from carekit.services import certificates
        from carekit.services.errors import CareKitError
        from carekit.ui.widgets.confirm import confirm
        fields = self.verdict.fields if self.verdict is not None else None
        if fields is None:
            return
        reason, ok = QInputDialog.getText(self, self.tr("Revoke certificate"), self.tr(
            "Why is certificate {serial} revoked?").format(serial=fields.serial))
        if not ok:
            return
        if not confirm(self, self.tr("Revoke certificate"), self.tr(
                "Revoke certificate {serial} of {holder}? Every laptop will show it as revoked once this "
                "travels; it cannot be made valid again (issue a new one instead).").format(
                serial=fields.serial, holder=fields.holder),
                self.tr("Revoke certificate"), self.tr("Keep it valid")):
            return
        try:
            certificates.revoke(self.context.workspace, fields.serial, reason)
        except CareKitError as error:
            self.details.setText(error.message)
            return
        self.verify()

    def open_keys(self) -> None:
        from carekit.ui.printing import open_keys_dialog
        open_keys_dialog(self, self.context)

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
