"""Adding a relative to a worker's family, or correcting one: relationship, age, language, needs and,
for coordinators, the identity document and medical note (sealed; shown only when unlocked)."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QGridLayout, QLabel,
                               QLineEdit, QVBoxLayout, QWidget)

from carekit.domain.enums import Role
from carekit.domain.family import AgeBand, Need, Relationship
from carekit.services import family
from carekit.services.errors import CareKitError
from carekit.services.family_words import AGE_BAND_LABELS, need_label, relationship_label, word
from carekit.ui.context import AppContext
from carekit.ui.language import LANGUAGES


class TravellerDialog(QDialog):
    """``view`` None adds a traveller to ``worker`` (person id or staff id); else edits ``view``."""

    def __init__(self, context: AppContext, view: family.TravellerView | None = None, worker: str = "",
                 parent=None):
        super().__init__(parent)
        self.setObjectName("travellerDialog")
        self.context = context
        self.view = view
        self.saved_id = ""
        ws = context.workspace
        self.worker = QLineEdit(worker if view is None else view.worker_name)
        self.worker.setReadOnly(view is not None)
        self.name = QLineEdit("" if view is None else view.name)
        self.name.setReadOnly(view is not None)
        self.phone = QLineEdit("" if view is None else view.phone)
        self.phone.setReadOnly(view is not None)
        self.relationship = QComboBox()
        for value in Relationship:
            self.relationship.addItem(relationship_label(value.value), value.value)
        self.age_band = QComboBox()
        for value in AgeBand:
            self.age_band.addItem(word(AGE_BAND_LABELS, value.value), value.value)
        self.language = QComboBox()
        self.language.addItem("", "")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.needs: dict[str, QCheckBox] = {n.value: QCheckBox(need_label(n.value)) for n in Need}
        needs_box = QWidget()
        grid = QGridLayout(needs_box)
        grid.setContentsMargins(0, 0, 0, 0)
        for index, box in enumerate(self.needs.values()):
            grid.addWidget(box, index // 4, index % 4)
        self.id_type, self.id_number, self.medical_note = QLineEdit(), QLineEdit(), QLineEdit()
        self.private_allowed = ws.has(Role.COORDINATOR)
        for widget in (self.id_type, self.id_number, self.medical_note):
            widget.setEnabled(self.private_allowed)
        self.message = QLabel()
        self.message.setObjectName("dialogMessage")
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.form = QFormLayout()
        self.labels = [QLabel() for _ in range(10)]
        for label, field in zip(self.labels, (self.worker, self.name, self.phone, self.relationship, self.age_band,
                                              self.language, needs_box, self.id_type, self.id_number,
                                              self.medical_note)):
            label.setBuddy(field)
            self.form.addRow(label, field)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        if view is not None:
            self._fill(view)
        self.retranslate()
        (self.relationship if view is not None else self.worker if not worker else self.name).setFocus()

    def _fill(self, view: family.TravellerView) -> None:
        self.relationship.setCurrentIndex(max(0, self.relationship.findData(view.relationship)))
        self.age_band.setCurrentIndex(max(0, self.age_band.findData(view.age_band)))
        self.language.setCurrentIndex(max(0, self.language.findData(view.language)))
        for need, box in self.needs.items():
            box.setChecked(need in view.needs)
        self.id_type.setText(view.id_doc_type)
        if view.private == family.PRIVATE_OPEN:
            self.id_number.setText(view.id_doc_number)
            self.medical_note.setText(view.medical_note)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Add a traveller") if self.view is None else self.tr("Edit the traveller"))
        texts = (self.tr("&Worker visited (staff id):"), self.tr("&Name:"), self.tr("&Phone (empty: the worker's):"),
                 self.tr("&Relationship:"), self.tr("&Age:"), self.tr("&Language:"), self.tr("Nee&ds:"),
                 self.tr("Identity &document:"), self.tr("Document n&umber:"), self.tr("&Medical note:"))
        for label, text in zip(self.labels, texts):
            label.setText(text)
        self.language.setItemText(0, self.tr("the worker's language"))
        self.id_type.setPlaceholderText(self.tr("resident id card, passport…"))
        locked = self.view is not None and self.view.private == family.PRIVATE_LOCKED
        hidden = self.tr("locked — unlock with the health passphrase") if locked else ""
        if not self.private_allowed:
            hidden = self.tr("only coordinators see and change this")
        self.id_number.setPlaceholderText(hidden or self.tr("for ticketing; sealed when saved"))
        self.medical_note.setPlaceholderText(hidden or self.tr("sealed when saved"))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _private(self) -> dict[str, str]:
        """The private fields to write: all of them when shown opened, else only what was typed."""
        if not self.private_allowed:
            return {}
        values = {"id_doc_type": self.id_type.text().strip(), "id_doc_number": self.id_number.text().strip(),
                  "medical_note": self.medical_note.text().strip()}
        if self.view is not None and self.view.private not in (family.PRIVATE_OPEN, family.PRIVATE_NONE):
            values = {k: v for k, v in values.items() if v or k == "id_doc_type"}
        return values

    def save(self) -> None:
        ws = self.context.workspace
        needs = [n for n, box in self.needs.items() if box.isChecked()]
        try:
            if self.view is None:
                private = self._private()
                self.saved_id = family.add_traveller(ws, family.TravellerInput(
                    worker=self.worker.text().strip(), name=self.name.text(),
                    relationship=self.relationship.currentData(), age_band=self.age_band.currentData(),
                    phone=self.phone.text().strip(), language=self.language.currentData(), needs=tuple(needs),
                    **private))
            else:
                family.edit_traveller(ws, self.view.person_id, relationship=self.relationship.currentData(),
                                      age_band=self.age_band.currentData(), needs=needs,
                                      language=self.language.currentData(), **self._private())
                self.saved_id = self.view.person_id
        except CareKitError as error:
            self.message.setText(error.message)
            return
        self.accept()
