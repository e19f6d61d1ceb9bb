"""A consent notice shown (and printable) before the consent is recorded: the person hears or
reads the exact text whose version the consent will name."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QTextBrowser, QVBoxLayout

from carekit.services import notices
from carekit.ui.labels import consent_label


def print_notice(parent, notice: notices.Notice) -> None:
    from carekit.ui.printing.badge_actions import print_pdf
    from carekit.ui.printing.output import save_pdf
    title = consent_label(notice.kind)
    version_line = QCoreApplication.translate("Notices", "Notice version {version} · {language}").format(
        version=notice.version, language=notice.language)
    result = notices.notice_pdf(notice, title, version_line)
    print_pdf(parent, save_pdf(result.pdf, f"notice-{notice.kind}-{notice.language}.pdf"))


class NoticeDialog(QDialog):
    """Accepted means: the person was shown this notice and agrees."""

    def __init__(self, notice: notices.Notice, name: str, parent=None):
        super().__init__(parent)
        self.notice = notice
        self.setWindowTitle(self.tr("Consent: {kind}").format(kind=consent_label(notice.kind)))
        who = QLabel(self.tr("Read or hand this notice to {name} before asking for consent.").format(name=name))
        who.setWordWrap(True)
        text = QTextBrowser()
        text.setObjectName("noticeText")
        text.setPlainText(notice.text)
        text.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # Enter must reach the "agrees" button
        version = QLabel(self.tr("Notice version {version}").format(version=notice.version))
        self.agree_button = QPushButton(self.tr("The person agrees: record consent"))
        self.agree_button.setDefault(True)
        self.agree_button.clicked.connect(self.accept)
        print_button = QPushButton(self.tr("Print notice"))
        print_button.setAutoDefault(False)
        print_button.clicked.connect(lambda: print_notice(self, notice))
        cancel = QPushButton(self.tr("Not now"))
        cancel.setAutoDefault(False)
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(print_button)
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.agree_button)
        layout = QVBoxLayout(self)
        layout.addWidget(who)
        layout.addWidget(text, 1)
        layout.addWidget(version)
        layout.addLayout(buttons)
        self.resize(560, 380)
        self.agree_button.setFocus()
