"""Creating an event, adding a site, naming this laptop's desk."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QObject, Qt
from PySide6.QtWidgets import (QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFileDialog, QFormLayout,
                               QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout)

from carekit.security.pins import MAX_DIGITS, MIN_DIGITS
from carekit.services import events
from carekit.services.errors import CareKitError
from carekit.store.db import Database, DatabaseError
from carekit.ui.formats import date_edit_format

REGIONS = ["CN", "HK", "TW", "SG", "MY", "ID", "TH", "VN", "PH", "BR", "MX", "CO", "AR", "CL", "PE", "NG", "KE", "ZA", "GH"]
ZONES = ["Asia/Shanghai", "Asia/Hong_Kong", "Asia/Taipei", "Asia/Singapore", "Asia/Kuala_Lumpur", "Asia/Jakarta",
         "Asia/Bangkok", "Asia/Ho_Chi_Minh", "Asia/Manila", "America/Sao_Paulo", "America/Mexico_City",
         "America/Bogota", "America/Lima", "Africa/Lagos", "Africa/Nairobi", "Africa/Johannesburg", "UTC"]


class _TabLeaves(QObject):
    """Tab leaves a date field for the next field (a date edit would walk its year, month and day
    sections first); ← and → still move between the sections."""

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            dialog = watched.window()
            dialog.focusNextPrevChild(event.key() == Qt.Key.Key_Tab
                                      and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            return True
        return False


class _FormDialog(QDialog):
    def __init__(self, title: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.error = QLabel()
        self.error.setStyleSheet("color: #b3261e;")
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
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

    def apply(self) -> None:
        raise NotImplementedError


class NewEventDialog(_FormDialog):
    """Makes a new event file; the person creating it becomes its first coordinator."""

    def __init__(self, parent=None, default_dir: Path | None = None):
        super().__init__(self.tr("New event"), parent)
        self.workspace = None
        self.name = QLineEdit()
        self.starts = QDateEdit(QDate.currentDate())
        self.ends = QDateEdit(QDate.currentDate())
        self.tab_leaves = _TabLeaves(self)
        for edit in (self.starts, self.ends):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(date_edit_format())  # the service still gets ISO (see apply)
            edit.installEventFilter(self.tab_leaves)
        self.zone = QComboBox()
        self.zone.setEditable(True)
        self.zone.addItems(ZONES)
        self.region = QComboBox()
        self.region.setEditable(True)
        self.region.addItems(REGIONS)
        self.sites = QPlainTextEdit()
        self.sites.setPlaceholderText(self.tr("One site per line: City: venue"))
        self.sites.setFixedHeight(80)
        self.operator = QLineEdit()
        self.pin, self.pin_again = QLineEdit(), QLineEdit()
        for field in (self.pin, self.pin_again):
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.setMaxLength(12)
        # Optional: the health passphrase seals health values (medics and coordinators get it); the
        # file passphrase encrypts the whole event file (asked whenever it is opened).
        self.health_passphrase, self.file_passphrase = QLineEdit(), QLineEdit()
        for field in (self.health_passphrase, self.file_passphrase):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        self.desk = QLineEdit("desk 1")
        self.path = QLineEdit(str((default_dir or Path.home()) / "event.carekit"))
        self.form.addRow(self.tr("Event name"), self.name)
        self.form.addRow(self.tr("Starts"), self.starts)
        self.form.addRow(self.tr("Ends"), self.ends)
        self.form.addRow(self.tr("Time zone"), self.zone)
        self.form.addRow(self.tr("Phone region"), self.region)
        self.form.addRow(self.tr("Sites"), self.sites)
        self.form.addRow(self.tr("Your name (coordinator)"), self.operator)
        self.form.addRow(self.tr("Your PIN ({low}–{high} digits)").format(low=MIN_DIGITS, high=MAX_DIGITS), self.pin)
        self.form.addRow(self.tr("PIN again"), self.pin_again)
        self.form.addRow(self.tr("Health passphrase (10+ characters, for medics)"), self.health_passphrase)
        self.form.addRow(self.tr("Encrypt the file with passphrase (optional)"), self.file_passphrase)
        self.form.addRow(self.tr("This laptop's desk name"), self.desk)
        self.form.addRow(self.tr("Save as"), self.path)

    def apply(self) -> None:
        # A coordinator without a PIN would leave the event, and the idle lock, open to anyone.
        if not self.pin.text():
            raise DatabaseError(self.tr("Choose a PIN for yourself: the event's coordinator needs one."))
        if self.pin.text() != self.pin_again.text():
            raise DatabaseError(self.tr("The two PINs differ."))
        site_inputs = []
        for line in self.sites.toPlainText().splitlines():
            city, _, venue = line.partition(":")
            if city.strip():
                site_inputs.append(events.SiteInput(city.strip(), venue.strip()))
        path = Path(self.path.text()).expanduser()
        if path.exists():
            raise DatabaseError(self.tr("{file} exists already; choose another name.").format(file=path.name))
        db = Database(path, self.file_passphrase.text() or None)
        try:
            self.workspace = events.create_event(
                db, name=self.name.text(), sites=site_inputs, operator_name=self.operator.text(),
                starts_on=self.starts.date().toString("yyyy-MM-dd"), ends_on=self.ends.date().toString("yyyy-MM-dd"),
                timezone=self.zone.currentText(), default_region=self.region.currentText().upper(),
                device_name=self.desk.text(), pin=self.pin.text(),
                health_passphrase=self.health_passphrase.text())
        except CareKitError:
            db.close()
            path.unlink(missing_ok=True)  # nothing but an empty schema was written
            for suffix in ("-wal", "-shm"):
                Path(str(path) + suffix).unlink(missing_ok=True)
            raise


class AddSiteDialog(_FormDialog):
    def __init__(self, context, parent=None):
        super().__init__(self.tr("Add a site"), parent)
        self.context = context
        self.city = QLineEdit()
        self.venue = QLineEdit()
        self.form.addRow(self.tr("City"), self.city)
        self.form.addRow(self.tr("Venue"), self.venue)

    def apply(self) -> None:
        events.add_site(self.context.workspace, self.city.text(), self.venue.text())
        self.context.changed.emit("event")


class DeviceDialog(_FormDialog):
    """The desk name appears in "already checked in at 09:14, desk 2" on every laptop."""

    def __init__(self, context, parent=None):
        super().__init__(self.tr("This laptop"), parent)
        self.context = context
        device = events.this_device(context.workspace)
        self.name = QLineEdit(device.name)
        self.site = QComboBox()
        for site in events.sites(context.workspace):
            self.site.addItem(f"{site.city} {site.venue}".strip(), site.id)
            if site.id == device.site_id:
                self.site.setCurrentIndex(self.site.count() - 1)
        self.form.addRow(self.tr("Desk name"), self.name)
        self.form.addRow(self.tr("Site"), self.site)

    def apply(self) -> None:
        events.set_device(self.context.workspace, name=self.name.text().strip(), site_id=self.site.currentData())
        self.context.changed.emit("event")


def choose_event_file(parent) -> Path | None:
    path, _ = QFileDialog.getOpenFileName(
        parent, QCoreApplication.translate("EventFiles", "Open event"), str(Path.home()),
        QCoreApplication.translate("EventFiles", "CareKit events (*.carekit *.db);;All files (*)"))
    return Path(path) if path else None
