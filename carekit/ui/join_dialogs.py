"""Joining an event from the app: the coordinator exports the setup file, another laptop joins
from it (first-run chooser or File menu), with the passphrase given separately."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout, QLabel,
                               QLineEdit, QPushButton, QVBoxLayout)

from carekit.services import sync
from carekit.services.errors import CareKitError
from carekit.store.db import Database, DatabaseError


def _browse_row(edit: QLineEdit, choose) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addWidget(edit, 1)
    button = QPushButton("…")
    button.setAutoDefault(False)
    button.clicked.connect(choose)
    row.addWidget(button)
    return row


def choose_setup_file(parent, setup: QLineEdit, passphrase: QLineEdit) -> None:
    """The open-file dialog of joining and of applying a newer setup file: the chosen file goes
    into ``setup`` and the passphrase is typed next. One translation context for both dialogs."""
    path, _ = QFileDialog.getOpenFileName(
        parent, QCoreApplication.translate("SetupFilePicker", "Setup file"), str(Path.home()),
        QCoreApplication.translate("SetupFilePicker", "CareKit setup files (*.cksetup);;All files (*)"))
    if path:
        setup.setText(path)
        passphrase.setFocus()


def _passphrase_field() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


class _Dialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.form = QFormLayout()
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b3261e;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def save(self) -> None:
        try:
            self.apply()
        except (CareKitError, DatabaseError) as error:
            self.error.setText(getattr(error, "message", str(error)))
            return
        self.accept()

    def apply(self) -> None:  # each dialog's own step
        raise NotImplementedError


class ExportSetupDialog(_Dialog):
    """Coordinators only (the service checks): the file carries the event's keys."""

    def __init__(self, context, parent=None, default_dir: Path | None = None):
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Export the setup file"))
        self.intro.setText(self.tr("Other laptops join this event from this file. Give the file and the "
                                   "passphrase separately (the passphrase never on the same stick)."))
        self.path = QLineEdit(str((default_dir or Path.home()) / "event.cksetup"))
        self.passphrase, self.again = _passphrase_field(), _passphrase_field()
        self.form.addRow(self.tr("Save as"), _browse_row(self.path, self.choose))
        self.form.addRow(self.tr("Passphrase (8+ characters)"), self.passphrase)
        self.form.addRow(self.tr("Passphrase again"), self.again)
        self.passphrase.setFocus()

    def choose(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the setup file"), self.path.text(),
                                              self.tr("CareKit setup files (*.cksetup)"))
        if path:
            self.path.setText(path)

    def apply(self) -> None:
        if self.passphrase.text() != self.again.text():
            raise DatabaseError(self.tr("The two passphrases differ."))
        sync.export_setup(self.context.workspace, Path(self.path.text()).expanduser(), self.passphrase.text())


class JoinEventDialog(_Dialog):
    """Makes a new event file on this laptop from a setup file; whoever works here signs in next."""

    def __init__(self, parent=None, default_dir: Path | None = None):
        super().__init__(parent)
        self.workspace = None
        self.setWindowTitle(self.tr("Join an event"))
        self.intro.setText(self.tr("Choose the setup file the coordinator exported and type its passphrase."))
        self.setup = QLineEdit()
        self.passphrase = _passphrase_field()
        self.desk = QLineEdit()
        self.desk.setPlaceholderText(self.tr("for example: desk 3"))
        self.path = QLineEdit(str((default_dir or Path.home()) / "joined-event.carekit"))
        self.form.addRow(self.tr("Setup file"), _browse_row(self.setup, self.choose_setup))
        self.form.addRow(self.tr("Passphrase"), self.passphrase)
        self.form.addRow(self.tr("This laptop's desk name"), self.desk)
        self.form.addRow(self.tr("Save the event as"), self.path)

    def choose_setup(self) -> None:
        choose_setup_file(self, self.setup, self.passphrase)

    def apply(self) -> None:
        setup = Path(self.setup.text()).expanduser()
        if not setup.is_file():
            raise DatabaseError(self.tr("Choose the setup file first."))
        path = Path(self.path.text()).expanduser()
        if path.exists():
            raise DatabaseError(self.tr("{file} exists already; choose another name.").format(file=path.name))
        db = Database(path)
        try:
            self.workspace = sync.join_event(db, setup, self.passphrase.text(), device_name=self.desk.text().strip())
        except CareKitError:
            db.close()
            for suffix in ("", "-wal", "-shm"):
                Path(str(path) + suffix).unlink(missing_ok=True)  # nothing but an empty schema was written
            raise


class ApplySetupDialog(_Dialog):
    """On a laptop already in the event: take a newer setup file (a rotated key after a laptop was
    lost, new operators and their PINs). Whoever is signed in may; the passphrase is the check."""

    def __init__(self, context, parent=None):
        super().__init__(parent)
        self.context = context
        self.applied = None
        self.setWindowTitle(self.tr("Apply a newer setup file"))
        self.intro.setText(self.tr("A coordinator gives a newer setup file when the event's keys were rotated or "
                                   "operators were added: this laptop takes the new key, the operators and "
                                   "their PINs from it, and keeps its own data."))
        self.setup = QLineEdit()
        self.passphrase = _passphrase_field()
        self.form.addRow(self.tr("Setup file"), _browse_row(self.setup, self.choose_setup))
        self.form.addRow(self.tr("Passphrase"), self.passphrase)

    def choose_setup(self) -> None:
        choose_setup_file(self, self.setup, self.passphrase)

    def apply(self) -> None:
        from carekit.services import rekey
        setup = Path(self.setup.text()).expanduser()
        if not setup.is_file():
            raise DatabaseError(self.tr("Choose the setup file first."))
        self.applied = rekey.apply_setup(self.context.workspace, setup, self.passphrase.text())
