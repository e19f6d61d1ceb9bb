"""The coordinator's consent notices: read the wording in force per purpose and language, and
publish the event's own as the next version (consents given before keep naming their version)."""

from __future__ import annotations

from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QPlainTextEdit,
                               QPushButton, QVBoxLayout)

from carekit.domain.enums import ConsentKind
from carekit.services import notices
from carekit.services.errors import CareKitError
from carekit.ui.desk.person_dialog import PERSON_LANGUAGES
from carekit.ui.labels import consent_label


class NoticesDialog(QDialog):
    def __init__(self, context, parent=None):
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Consent notices"))
        self.kind = QComboBox()
        for kind in (ConsentKind.REGISTRATION, ConsentKind.HEALTH):
            self.kind.addItem(consent_label(kind), kind.value)
        self.language = QComboBox()
        for code, name in PERSON_LANGUAGES.items():
            self.language.addItem(name, code)
        self.version = QLabel()
        self.text = QPlainTextEdit()
        self.text.setMinimumHeight(180)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.publish_button = QPushButton(self.tr("Publish as a new version"))
        self.publish_button.clicked.connect(self.publish)
        form = QFormLayout()
        form.addRow(self.tr("Purpose"), self.kind)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("In force"), self.version)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.publish_button)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.kind.currentIndexChanged.connect(self.load)
        self.language.currentIndexChanged.connect(self.load)
        self.resize(620, 460)
        self.load()

    def load(self) -> None:
        try:
            notice = notices.current_notice(self.context.workspace, self.kind.currentData(),
                                            self.language.currentData())
        except CareKitError as error:
            self.message.setText(error.message)
            return
        self.text.setPlainText(notice.text)
        self.version.setText(self.tr("version {version} (built in)").format(version=notice.version)
                             if notice.built_in else self.tr("version {version}").format(version=notice.version))

    def publish(self) -> None:
        try:
            notice = notices.publish_notice(self.context.workspace, self.kind.currentData(),
                                            self.language.currentData(), self.text.toPlainText())
        except CareKitError as error:
            self.message.setText(error.message)
            return
        self.load()
        self.message.setText(self.tr("Published as version {version}; new consents name it.").format(
            version=notice.version))
