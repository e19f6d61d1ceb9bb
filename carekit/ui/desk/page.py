"""The check-in desk: one field takes scanner keystrokes or a search, Enter acts, focus returns.

Keyboard flow: a scanner types the token and Enter → checked in. Typing anything else searches
as you type; Down or Enter moves into the results; Enter on a row checks that person in; Esc
clears. F2 registers a walk-in, F4 prints the last person's badge, F6 enrols the selected person
in a training session.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton,
                               QTableView, QVBoxLayout, QWidget)

from carekit.security.tokens import PREFIX, clean_scan
from carekit.domain.enums import ENROLLERS
from carekit.services import checkin, search
from carekit.services.errors import CareKitError
from carekit.ui.context import AppContext
from carekit.ui.desk.result_panel import ResultPanel
from carekit.ui.waiting_scans import WaitingNote, record_waiting_at_start, scan_and_record
from carekit.ui.labels import category_label
from carekit.ui.models.people import PeopleModel
from carekit.ui.formats import datetime_text, number_text, time_text
from carekit.ui.widgets.tables import read_only
from carekit.ui.workers import run_task


class ScanField(QLineEdit):
    """Down arrow hands focus to the results, as a volunteer expects from a search box."""

    def __init__(self, on_down, parent=None):
        super().__init__(parent)
        self._on_down = on_down

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Down:
            self._on_down()
            return
        super().keyPressEvent(event)


class ResultsTable(QTableView):
    """Typing here goes to the scan field: a badge scanned while the results have focus must check
    in that badge, not whoever is selected when the scanner presses Enter."""

    def __init__(self, on_enter, on_escape, on_typing, parent=None):
        super().__init__(parent)
        self._on_enter, self._on_escape, self._on_typing = on_enter, on_escape, on_typing

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._on_enter()
            return
        if event.key() == Qt.Key.Key_Escape:
            self._on_escape()
            return
        text = event.text()
        if text and text.isprintable() and not event.modifiers() & (
                Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
            self._on_typing(text)
            return
        super().keyPressEvent(event)


class DeskPage(QWidget):

    def __init__(self, context: AppContext, parent=None):
        super().__init__(parent)
        self.context = context
        self.scan = ScanField(self.focus_results)
        self.scan.setClearButtonEnabled(True)
        self.scan.setMinimumHeight(44)
        self.scan.setStyleSheet("font-size: 20px;")
        self.scan.returnPressed.connect(self.on_enter)
        self.scan.textChanged.connect(self.on_text)
        self.result = ResultPanel(lambda: self.context.workspace, note=WaitingNote(context))
        self.model = PeopleModel(lambda: self.context.workspace, self)
        self.table = ResultsTable(self.check_in_selected, self.reset, self.start_typing)
        self.table.setModel(self.model)
        read_only(self.table)
        # Fixed starting widths: sizing columns to contents reads every cell of every page.
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((220, 200, 170, 110, 110)):
            header.resizeSection(column, width)
        header.setStretchLastSection(True)
        self.table.verticalHeader().hide()
        # Double-click opens the person: a check-in is never one stray click away.
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        self.count_label = QLabel()
        self.walk_in_button = QPushButton()
        self.walk_in_button.clicked.connect(self.register_walk_in)
        self.print_button = QPushButton()
        self.print_button.clicked.connect(self.print_last_badge)
        self.check_in_button = QPushButton()
        self.check_in_button.clicked.connect(self.check_in_selected)
        self.open_button = QPushButton()
        self.open_button.clicked.connect(self.open_selected)
        self.enrol_button = QPushButton()
        self.enrol_button.clicked.connect(self.enrol_selected)
        self.empty_hint = QLabel()
        self.empty_hint.setObjectName("emptyHint")
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setStyleSheet("font-size: 15px; color: #5f6368; padding: 6px;")
        self.empty_hint.hide()

        buttons = QHBoxLayout()
        for button in (self.check_in_button, self.open_button, self.walk_in_button, self.print_button,
                       self.enrol_button):
            button.setMinimumHeight(34)
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        self.scan_label = QLabel()
        layout.addWidget(self.scan_label)
        layout.addWidget(self.scan)
        layout.addWidget(self.result)
        layout.addLayout(buttons)
        layout.addWidget(self.empty_hint)
        layout.addWidget(self.table, 1)

        QShortcut(QKeySequence(Qt.Key.Key_F2), self, self.register_walk_in)
        QShortcut(QKeySequence(Qt.Key.Key_F4), self, self.print_last_badge)
        QShortcut(QKeySequence("Ctrl+E"), self, self.open_selected)
        QShortcut(QKeySequence(Qt.Key.Key_F6), self, self.enrol_selected)
        context.operator_changed.connect(self.show_enrol_rights)
        self.show_enrol_rights()
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self.scan, self.reset)
        context.changed.connect(self.refresh)
        self.retranslate()
        self._counts_asked = 0
        self.on_text("")
        self.update_count()

    # -- text ---------------------------------------------------------------------------
    def page_title(self) -> str:
        return self.tr("Check-in desk")

    def retranslate(self) -> None:
        self.scan_label.setText(self.tr("Scan a badge or search (name, pinyin, initials, phone, staff id, serial):"))
        self.scan.setPlaceholderText(self.tr("Scan or type…"))
        self.walk_in_button.setText(self.tr("Walk-in (F2)"))
        self.print_button.setText(self.tr("Print badge (F4)"))
        self.check_in_button.setText(self.tr("Check in selected (Enter)"))
        self.open_button.setText(self.tr("Open person (Ctrl+E)"))
        self.enrol_button.setText(self.tr("Enrol in a session (F6)"))
        self.model.retranslate()
        if self.result.state == "idle":
            self.result.show_idle()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.update_count()
        super().changeEvent(event)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.result.state in ("refused", "notice"):
            self.result.show_idle()  # back from another page: an old refusal would mislead
        self.scan.setFocus()
        record_waiting_at_start(self.context)  # scans kept when the app stopped during a merge

    # -- behaviour ----------------------------------------------------------------------
    def refresh(self, _area: str = "") -> None:
        self.on_text(self.scan.text())
        self.update_count()

    def update_count(self) -> None:
        """Counted on a worker: 100 000 people take about 0.1 s, which neither the first paint nor
        the next scan waits for. Only the newest count is shown, whichever worker ends first. Also
        re-run after a language change, since the text is built from a template."""
        ws = self.context.workspace
        self._counts_asked += 1
        asked = self._counts_asked

        def done(counts: tuple[int, int]) -> None:
            if not shiboken6.isValid(self) or asked != self._counts_asked:  # the page went, or a newer count
                return
            registered, checked = counts
            self.count_label.setText(self.tr("{checked} checked in of {registered}").format(
                checked=number_text(checked), registered=self.tr("%n registered", "", registered)))

        run_task(lambda _progress: (search.count_people(ws), checkin.checked_in_count(ws)), on_done=done)

    def on_text(self, text: str) -> None:
        if clean_scan(text).startswith(PREFIX):
            return  # a scanner is typing a token: do not search each keystroke
        if text.strip() and self.result.state in ("refused", "notice"):
            self.result.show_idle()  # a new search: the last refusal is about someone else
        ws = self.context.workspace
        if text.strip():
            matches = search.search_people(ws, text)
            self.model.show_matches(matches)
            self.empty_hint.setText(self.tr(
                "Nobody found for “{text}”. Check the spelling, try the phone or staff id, or press F2 to "
                "register a walk-in.").format(text=text.strip()[:40]))
            self.empty_hint.setVisible(not matches)
        else:
            self.model.show_everyone(lambda offset, limit: search.browse_people(ws, offset, limit))
            self.empty_hint.hide()

    def on_enter(self) -> None:
        text = self.scan.text()
        if clean_scan(text).startswith(PREFIX):
            self.check_in_token(text)
        elif self.model.rowCount() == 1:
            self.table.selectRow(0)
            self.check_in_selected()
        elif self.model.rowCount() > 1:
            self.focus_results()

    def focus_results(self) -> None:
        if self.model.rowCount():
            self.table.setFocus()
            if not self.table.selectionModel().hasSelection():
                self.table.selectRow(0)

    def start_typing(self, text: str) -> None:
        """Typing from the results starts a new scan or search in the field."""
        self.scan.setFocus()
        self.scan.setText(text)

    def check_in_token(self, token: str) -> None:
        try:
            result = scan_and_record(self.context, token)
        except CareKitError as error:
            self.result.show_refused(error.message)
        else:
            self.result.show_result(result, category_label(result.category))
        self.back_to_scan()

    def check_in_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        match = self.model.match_at(rows[0].row()) if rows else None
        if match is None or not match.badge_token:
            self.back_to_scan()
            return
        self.check_in_token(match.badge_token)

    def back_to_scan(self) -> None:
        self.scan.clear()
        self.scan.setFocus()

    def reset(self) -> None:
        self.result.show_idle()
        self.back_to_scan()

    def register_walk_in(self) -> None:
        from carekit.ui.desk.walk_in_dialog import BadgeOnScreen, WalkInDialog  # not needed to scan
        dialog = WalkInDialog(self.context, self)
        accepted = dialog.exec()
        if accepted and dialog.existing_check_in is not None:
            result = dialog.existing_check_in
            self.result.show_result(result, category_label(result.category))
        elif accepted and dialog.result_value:
            value = dialog.result_value
            if value.check_in:
                self.result.show_result(value.check_in, category_label(value.check_in.category))
            BadgeOnScreen(value.check_in.name if value.check_in else "", value.registered.serial,
                          value.registered.token, self).exec()
        self.back_to_scan()

    def selected_match(self):
        rows = self.table.selectionModel().selectedRows()
        return self.model.match_at(rows[0].row()) if rows else None

    def open_selected(self) -> None:
        match = self.selected_match()
        if match is None:
            self.result.show_notice(self.tr("Select a person in the list first (↓ from the search field)."))
            self.back_to_scan()
            return
        from carekit.ui.desk.person_dialog import PersonDialog
        PersonDialog(self.context, match.person_id, self).exec()
        self.refresh()
        self.back_to_scan()

    def show_enrol_rights(self) -> None:
        """Desk volunteers, trainers and coordinators enrol; a medic sees no such button."""
        self.enrol_button.setVisible(any(self.context.workspace.has(r) for r in ENROLLERS))

    def enrol_selected(self) -> None:
        """F6: the selected person into a session chosen from a list (today's, at this site, first)."""
        if not any(self.context.workspace.has(r) for r in ENROLLERS):
            return
        match = self.selected_match()
        if match is None:
            self.result.show_notice(self.tr("Select a person in the list first (↓ from the search field), "
                                            "then press F6 to enrol them in a session."))
            self.back_to_scan()
            return
        from carekit.services import training  # loaded at the first enrolment, not for the first scan
        ws = self.context.workspace
        try:
            sessions = training.sessions_to_enrol(ws)
        except CareKitError as error:
            self.result.show_refused(error.message)
            self.back_to_scan()
            return
        if not sessions:
            self.result.show_notice(self.tr("There is no training session still to come to enrol into."))
            self.back_to_scan()
            return
        from carekit.ui.desk.enrol_dialog import EnrolDialog
        dialog = EnrolDialog(match.name, sessions, self, training.places_of_person(ws, match.person_id))
        if dialog.exec():
            self.enrol_into(match.person_id, dialog.chosen_session(), {v.id: v for v in sessions})
        self.back_to_scan()

    def enrol_into(self, person_id: str, session_id: str, views: dict) -> None:
        from carekit.services import training
        try:
            result = training.enrol(self.context.workspace, session_id, person_id, source="desk")
        except CareKitError as error:
            self.result.show_refused(error.message)
            return
        view = views[session_id]
        where = "  ·  ".join(filter(None, [f"{view.course} {view.course_name}",
                                           f"{datetime_text(view.starts)}–{time_text(view.ends)}",
                                           " ".join(filter(None, [view.site, view.room]))]))
        if result.already:
            state = "already_enrolled"
            headline = (self.tr("Already enrolled in this session") if result.status == "enrolled" else
                        self.tr("Already on this session's waiting list (#{n})").format(n=result.position))
        elif result.status == "enrolled":
            state, headline = "enrolled", self.tr("Enrolled in the session")
        else:
            state = "waiting"
            headline = self.tr("Session full: on the waiting list (#{n})").format(n=result.position)
        self.result.show_enrolment(state, headline, result.name, where)
        self.context.changed.emit("training")

    def print_last_badge(self) -> None:
        """F4: the selected person's badge, else the last person scanned; with nobody, say so."""
        match = self.selected_match()
        registration_id = match.registration_id if match is not None and match.registration_id else (
            self.result.last.registration_id if self.result.last is not None else "")
        if not registration_id:
            self.result.show_notice(self.tr("Nobody to print a badge for: scan a badge or select a person "
                                            "in the list, then press F4."))
            self.back_to_scan()
            return
        from carekit.ui.printing import print_badge
        print_badge(self, self.context, registration_id)
        self.back_to_scan()
