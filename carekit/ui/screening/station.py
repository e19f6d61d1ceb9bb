"""A screening station, keyboard only: scan the badge (a scanner types the token + Enter) → the
person and their health consent appear → fill the station's form (Tab between fields, Enter
saves) → the flags show and focus returns to the scan field for the next person.

F3 shows the health notice and records consent once the person agrees; Alt+C corrects the last record (a new record
superseding it). Values are checked by the service, which also enforces the roles.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton,
                               QVBoxLayout, QWidget)

from carekit.domain.enums import ConsentKind
from carekit.domain.screening import OCCUPATIONAL_JOBS, OPTIONAL, RANGES, STATION_FIELDS, URGENT, Station, flag_priority
from carekit.security.tokens import clean_scan
from carekit.services import consent, screening
from carekit.services import health_key
from carekit.services.errors import CareKitError
from carekit.ui.context import AppContext
from carekit.ui.screening.labels import DESTINATIONS, FLAGS, STATIONS, field_label, word

_RANGE_OF = {"systolic_1": "systolic", "systolic_2": "systolic", "systolic_3": "systolic",
             "diastolic_1": "diastolic", "diastolic_2": "diastolic", "diastolic_3": "diastolic",
             "glucose": "glucose_mmol"}
_CHOICES = {"glucose_unit": ["mmol/L", "mg/dL"], "fasting": ["yes", "no"], "heat_stress": ["no", "yes"],
            "back_pain": ["no", "yes"]}


class _EnterSaves(QObject):
    """Enter on a drop-down saves the form too, like Enter in a text field."""

    def __init__(self, save, parent=None):
        super().__init__(parent)
        self._save = save

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._save()
            return True
        return False


class StationPage(QWidget):

    def __init__(self, context: AppContext, parent=None):
        super().__init__(parent)
        self.context = context
        self.person: screening.StationPerson | None = None
        self.last_saved: screening.RecordView | None = None
        self.last_raw: dict[str, str] = {}
        self.correcting = ""
        self.fields: dict[str, QLineEdit | QComboBox] = {}
        self.enter_saves = _EnterSaves(self.save, self)

        # The unlock step: health values open only after the health passphrase is typed here once
        # (kept in memory for the day, never saved).
        self.unlock_box = QGroupBox()
        self.unlock_note = QLabel()
        self.unlock_note.setWordWrap(True)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.returnPressed.connect(self.unlock)
        self.unlock_button = QPushButton()
        self.unlock_button.clicked.connect(self.unlock)
        unlock_row = QHBoxLayout(self.unlock_box)
        unlock_row.addWidget(self.unlock_note, 1)
        unlock_row.addWidget(self.passphrase, 1)
        unlock_row.addWidget(self.unlock_button)

        self.station_label = QLabel()
        self.station = QComboBox()
        for key in STATIONS:
            self.station.addItem("", key)
        self.station.currentIndexChanged.connect(self.build_form)
        self.scan = QLineEdit()
        self.scan.setMinimumHeight(40)
        self.scan.setStyleSheet("font-size: 18px;")
        self.scan.returnPressed.connect(self.on_scan)

        self.person_box = QGroupBox()
        self.name = QLabel()
        self.name.setStyleSheet("font-size: 22px; font-weight: bold;")
        self.details = QLabel()
        self.consent_state = QLabel()
        self.consent_button = QPushButton()
        self.consent_button.clicked.connect(self.record_consent)
        person_layout = QVBoxLayout(self.person_box)
        person_layout.addWidget(self.name)
        person_layout.addWidget(self.details)
        consent_row = QHBoxLayout()
        consent_row.addWidget(self.consent_state, 1)
        consent_row.addWidget(self.consent_button)
        person_layout.addLayout(consent_row)

        self.form_box = QGroupBox()
        self.form = QFormLayout(self.form_box)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.save_button = QPushButton()
        self.save_button.clicked.connect(self.save)
        self.correct_button = QPushButton()
        self.correct_button.clicked.connect(self.correct_last)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setMinimumHeight(60)

        top = QHBoxLayout()
        top.addWidget(self.station_label)
        top.addWidget(self.station)
        top.addWidget(self.scan, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.correct_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.unlock_box)
        layout.addLayout(top)
        layout.addWidget(self.person_box)
        layout.addWidget(self.note)
        layout.addWidget(self.form_box)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addStretch(1)
        QShortcut(QKeySequence("F3"), self, self.record_consent)
        QShortcut(QKeySequence("Alt+C"), self, self.correct_last)
        QShortcut(QKeySequence("Esc"), self, self.back_to_scan)
        self.retranslate()
        self.build_form()
        self.show_person(None)

    # -- text -------------------------------------------------------------------------------
    def page_title(self) -> str:
        return self.tr("Screening station")

    def retranslate(self) -> None:
        self.station_label.setText(self.tr("Station"))
        for i in range(self.station.count()):
            self.station.setItemText(i, word(STATIONS, self.station.itemData(i)))
        self.scan.setPlaceholderText(self.tr("Scan the badge"))
        self.person_box.setTitle(self.tr("Person"))
        self.form_box.setTitle(self.tr("Values"))
        self.consent_button.setText(self.tr("Record health consent (F3)"))
        self.save_button.setText(self.tr("Save (Enter)"))
        self.correct_button.setText(self.tr("Correct last record (Alt+C)"))
        self.unlock_box.setTitle(self.tr("Health data locked"))
        self.unlock_note.setText(self.tr("Type the event's health passphrase once to open health values on "
                                         "this laptop until tomorrow."))
        self.passphrase.setPlaceholderText(self.tr("Health passphrase"))
        self.unlock_button.setText(self.tr("Unlock"))
        for key, widget in self.fields.items():
            label = self.form.labelForField(widget)
            if label is not None:
                label.setText(self._label_text(key))
        self.show_person(self.person)

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.show_lock():
            self.passphrase.setFocus()
        else:
            self.scan.setFocus()

    # -- unlock -----------------------------------------------------------------------------
    def show_lock(self) -> bool:
        """Show the unlock step while this laptop does not hold the health key; True if shown."""
        ws = self.context.workspace
        try:
            locked = health_key.has_health_key(ws) and not health_key.is_unlocked(ws)
        except CareKitError:
            locked = False
        self.unlock_box.setVisible(locked)
        return locked

    def unlock(self) -> None:
        passphrase = self.passphrase.text()
        self.passphrase.clear()
        try:
            health_key.unlock_health(self.context.workspace, passphrase)
        except CareKitError as error:
            self.show_message(error.message, ok=False)
            self.passphrase.setFocus()
            return
        self.show_lock()
        self.show_message(self.tr("Health data unlocked on this laptop for today."), ok=True)
        self.context.changed.emit("screening")
        self.focus_next_step()

    # -- form -------------------------------------------------------------------------------
    def station_key(self) -> str:
        return self.station.currentData()

    def _label_text(self, key: str) -> str:
        span = RANGES.get(_RANGE_OF.get(key, key))
        if span is None:
            return field_label(key)
        unit = f" {span.unit}" if span.unit else ""
        optional = self.tr(", optional") if key in OPTIONAL else ""
        return f"{field_label(key)} ({span.low:g}–{span.high:g}{unit}{optional})"

    def build_form(self) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        self.fields = {}
        for key in STATION_FIELDS[Station(self.station_key())]:
            if key in _CHOICES:
                widget = QComboBox()
                widget.addItems(_CHOICES[key])
                widget.installEventFilter(self.enter_saves)
            else:
                widget = QLineEdit()
                widget.returnPressed.connect(self.save)
                if key.startswith("vision"):
                    widget.setPlaceholderText("6/6, 20/40")
            widget.setObjectName(key)
            self.fields[key] = widget
            self.form.addRow(self._label_text(key), widget)
            widget.show()  # a layout shows new children only later, and a hidden field takes no focus
        self.correcting = ""
        self.last_saved = None
        self.message.clear()  # the last result belonged to the station before
        self.message.setStyleSheet("")
        self.message.setProperty("tone", "")
        self.update_enabled()

    def raw_values(self) -> dict[str, str]:
        return {key: (w.currentText() if isinstance(w, QComboBox) else w.text()) for key, w in self.fields.items()}

    def clear_form(self) -> None:
        for widget in self.fields.values():
            if isinstance(widget, QComboBox):
                widget.setCurrentIndex(0)
            else:
                widget.clear()

    def form_allowed(self) -> bool:
        if self.person is None or not self.person.health_consent.given:
            return False
        return self.station_key() != Station.OCCUPATIONAL or self.person.job in OCCUPATIONAL_JOBS

    def update_enabled(self) -> None:
        allowed = self.form_allowed()
        self.form_box.setEnabled(allowed)
        self.save_button.setEnabled(allowed)
        self.correct_button.setEnabled(allowed and self.last_saved is not None)
        if self.person is not None and self.station_key() == Station.OCCUPATIONAL \
                and self.person.job not in OCCUPATIONAL_JOBS:
            self.note.setText(self.tr("The work questions are for riders, couriers and warehouse staff."))
        else:
            self.note.setText("")

    # -- person -----------------------------------------------------------------------------
    def show_person(self, person: screening.StationPerson | None) -> None:
        self.person = person
        if person is None:
            self.name.setText(self.tr("Scan a badge to begin."))
            self.details.setText("")
            self.consent_state.setText("")
            self.consent_button.setVisible(False)
        else:
            self.name.setText(f"{person.name}  {person.romanised}" if person.romanised != person.name else person.name)
            details = self.tr("Badge {serial}").format(serial=person.serial)
            if person.age_band:
                details += " · " + self.tr("age {band}").format(band=person.age_band)
            self.details.setText(details)
            if person.health_consent.given:
                self.consent_state.setText(self.tr("Health consent given (notice {version}).").format(
                    version=person.health_consent.notice_version))
                self.consent_state.setStyleSheet("color: #1b5e20;")
            else:
                withdrawn = person.health_consent.withdrawn_at
                self.consent_state.setText(self.tr("Health consent withdrawn: nothing can be recorded.")
                                           if withdrawn else self.tr("No health consent yet: ask first."))
                self.consent_state.setStyleSheet("color: #b00020;")
            self.consent_button.setVisible(not person.health_consent.given)
        self.update_enabled()

    def on_scan(self) -> None:
        text = clean_scan(self.scan.text())
        self.scan.clear()
        if not text:
            return
        try:
            person = screening.find_badge(self.context.workspace, text)
        except CareKitError as error:
            self.show_message(error.message, ok=False)
            return
        self.last_saved, self.correcting = None, ""
        self.clear_form()
        self.show_person(person)
        self.show_message("", ok=True)
        self.focus_next_step()

    def focus_next_step(self) -> None:
        if self.person is None:
            self.scan.setFocus()
        elif not self.person.health_consent.given:
            self.consent_button.setFocus()
        elif self.form_allowed():
            next(iter(self.fields.values())).setFocus()
        else:
            self.scan.setFocus()

    def record_consent(self) -> None:
        """F3 opens the health notice; the consent is recorded only once the person agrees to it."""
        if self.person is None or self.person.health_consent.given:
            return
        from carekit.services import notices
        from carekit.ui.notice_dialog import NoticeDialog
        ws = self.context.workspace
        try:
            notice = notices.current_notice(ws, ConsentKind.HEALTH, self.person_language())
            dialog = NoticeDialog(notice, self.person.name, self)
            agreed = dialog.exec()
            dialog.deleteLater()
            self.window().activateWindow()  # back to the form for the next keystroke
            if not agreed:
                self.focus_next_step()
                return
            consent.record_consent(ws, self.person.person_id, ConsentKind.HEALTH, notice.version, notice.language)
            self.show_person(replace(self.person, health_consent=consent.consent_state(
                ws, self.person.person_id, ConsentKind.HEALTH)))
        except CareKitError as error:
            self.show_message(error.message, ok=False)
            return
        self.context.changed.emit("consent")
        self.focus_next_step()

    def person_language(self) -> str:
        return self.person.language if self.person is not None else ""

    # -- save -------------------------------------------------------------------------------
    def save(self) -> None:
        if not self.form_allowed():
            return
        raw = self.raw_values()
        try:
            saved = screening.record_screening(self.context.workspace, self.person.person_id, self.station_key(),
                                               raw, supersedes=self.correcting)
        except CareKitError as error:
            self.show_message(error.message, ok=False)
            widget = self.fields.get(error.params.get("key", ""))
            if widget is not None:
                widget.setFocus()
                if isinstance(widget, QLineEdit):
                    widget.selectAll()
            return
        self.last_saved, self.last_raw, self.correcting = saved.record, raw, ""
        flags = saved.record.flags
        urgent = [f for f in flags if flag_priority(f["code"]) == URGENT]
        self.show_message(self.summary(saved), ok=True, flagged=bool(flags), urgent=bool(urgent))
        self.clear_form()
        self.update_enabled()
        self.context.changed.emit("screening")
        if urgent:
            self.acknowledge_urgent(saved, urgent)
        self.scan.setFocus()

    def acknowledge_urgent(self, saved: screening.Saved, urgent: list[dict]) -> None:
        from carekit.ui.screening.urgent_dialog import UrgentFlagDialog
        lines = [f"⚑ {word(FLAGS, f['code'])} — {f['rule']} ({f['source']})" for f in urgent]
        destination = word(DESTINATIONS, urgent[0].get("referral", "")) if urgent[0].get("referral") else ""
        UrgentFlagDialog(self.person.name, lines, destination, self).exec()
        try:
            from carekit.services import referrals
            referrals.acknowledge_urgent(self.context.workspace, saved.referral_ids)
        except CareKitError as error:
            self.show_message(error.message, ok=False)

    def summary(self, saved: screening.Saved) -> str:
        values = saved.record.values
        parts = [self.tr("Saved for {name}.").format(name=self.person.name)]
        if "bmi" in values:
            parts.append(self.tr("BMI {bmi}").format(bmi=f"{values['bmi']:g}"))
        if "systolic" in values:
            parts.append(self.tr("Blood pressure used: {s}/{d} mmHg").format(
                s=f"{values['systolic']:g}", d=f"{values['diastolic']:g}"))
        if "glucose_mmol" in values:
            parts.append(self.tr("Glucose {value} mmol/L").format(value=values["glucose_mmol"]))
        for flag in saved.record.flags:
            line = f"⚑ {word(FLAGS, flag['code'])} — {flag['rule']} ({flag['source']})"
            if flag_priority(flag["code"]) == URGENT:
                line = self.tr("URGENT") + " " + line
            if flag.get("referral"):
                line += " → " + word(DESTINATIONS, flag["referral"])
            parts.append(line)
        if not saved.record.flags:
            parts.append(self.tr("No flags."))
        return "\n".join(parts)

    def correct_last(self) -> None:
        """The form is refilled with what was saved; saving makes a new record superseding it."""
        if self.last_saved is None or not self.form_allowed():
            return
        for key, widget in self.fields.items():
            value = self.last_raw.get(key, "")
            if isinstance(widget, QComboBox):
                widget.setCurrentText(value)
            else:
                widget.setText(value)
        self.correcting = self.last_saved.id
        self.show_message(self.tr("Correcting the last record: change the values and press Enter."), ok=True)
        next(iter(self.fields.values())).setFocus()

    def back_to_scan(self) -> None:
        self.scan.clear()
        self.scan.setFocus()

    def show_message(self, text: str, ok: bool, flagged: bool = False, urgent: bool = False) -> None:
        """Green: saved without flags; amber: flags to follow up; large white on red: urgent;
        red: refused."""
        tone = "urgent" if urgent else "flagged" if flagged else "ok" if ok else "error"
        self.message.setText(text)
        self.message.setStyleSheet({
            "urgent": "font-size: 22px; font-weight: bold; color: white; background: #b3261e; padding: 6px;",
            "flagged": "font-size: 15px; font-weight: bold; color: #8a4b00;",
            "ok": "font-size: 15px; color: #1b5e20;",
            "error": "font-size: 15px; color: #b00020;"}[tone])
        self.message.setProperty("tone", tone)
