"""One session: roster and enrolment, the training-room scan screen, the skills grid, results.

The skills grid is made for a room of 60 from the keyboard: a row per person, the written score
then a column per skill; type the score, Space toggles a skill (✓ / ✗ / blank), Ctrl+S saves.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QHBoxLayout, QLabel, QLineEdit, QMessageBox,
                               QProgressBar, QPushButton, QTableWidget, QTableWidgetItem, QTabWidget, QVBoxLayout,
                               QWidget)

from carekit.domain.enums import Role
from carekit.services import attendance, search, training
from carekit.services.assessment import assess, session_results, status_word
from carekit.services.errors import CareKitError
from carekit.services.session_certificates import issue_for_session
from carekit.ui.formats import date_text, event_time
from carekit.ui.waiting_scans import WaitingNote, recorded
from carekit.ui.workers import run_task
from carekit.ui.widgets.tables import read_only

PASS, FAIL = "✓", "✗"
GREEN, RED, GREY = "#1e8e3e", "#c0392b", "#666666"


def _item(text: str, editable: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    flags = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
    item.setFlags(flags | Qt.ItemFlag.ItemIsEditable if editable else flags)
    return item


class SkillsGrid(QTableWidget):
    """Space on a skill cell cycles passed → not passed → not assessed."""

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Space and self.currentColumn() >= 2:
            item = self.currentItem()
            if item is not None:
                item.setText({"": PASS, PASS: FAIL, FAIL: ""}[item.text()])
            return
        super().keyPressEvent(event)


class SessionView(QWidget):
    def __init__(self, context, parent=None):
        super().__init__(parent)
        self.context = context
        self.session_id = ""
        self.skills: list[str] = []
        self.last_pdf = None
        self.tabs = QTabWidget()
        self.tabs.addTab(self._roster_tab(), "")
        self.tabs.addTab(self._scan_tab(), "")
        self.tabs.addTab(self._grid_tab(), "")
        self.tabs.addTab(self._results_tab(), "")
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 18px; font-weight: bold;")
        context.changed.connect(self.on_changed)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.tabs)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save_grid)
        self.retranslate()

    # -- building ---------------------------------------------------------------------
    def _roster_tab(self) -> QWidget:
        tab = QWidget()
        self.enrol_field = QLineEdit()
        self.enrol_field.returnPressed.connect(self.enrol_typed)
        self.enrol_answer = QLabel()
        self.roster_table = read_only(QTableWidget(0, 4), "cells")
        layout = QVBoxLayout(tab)
        layout.addWidget(self.enrol_field)
        layout.addWidget(self.enrol_answer)
        layout.addWidget(self.roster_table)
        return tab

    def _scan_tab(self) -> QWidget:
        tab = QWidget()
        self.scan_field = QLineEdit()
        self.scan_field.setMinimumHeight(56)
        self.scan_field.setStyleSheet("font-size: 24px;")
        self.scan_field.returnPressed.connect(self.scan)
        self.scan_out = QCheckBox()
        self.scan_answer = QLabel()
        self.scan_answer.setMinimumHeight(80)
        self.scan_answer.setWordWrap(True)
        self.scan_note = WaitingNote(self.context)  # while the scan's recording waits for a merge
        self.scan_note.setStyleSheet("color: #5f6368; font-size: 15px; font-style: italic;")
        self.inside = QLabel()
        self.inside.setWordWrap(True)
        layout = QVBoxLayout(tab)
        layout.addWidget(self.scan_field)
        layout.addWidget(self.scan_out)
        layout.addWidget(self.scan_answer)
        layout.addWidget(self.scan_note)
        layout.addWidget(self.inside, 1)
        return tab

    def _grid_tab(self) -> QWidget:
        tab = QWidget()
        self.grid = SkillsGrid(0, 2)
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed
                                  | QAbstractItemView.EditTrigger.DoubleClicked)
        self.grid_hint = QLabel()
        self.save_button = QPushButton()
        self.save_button.clicked.connect(self.save_grid)
        self.grid_answer = QLabel()
        layout = QVBoxLayout(tab)
        layout.addWidget(self.grid_hint)
        layout.addWidget(self.grid, 1)
        row = QHBoxLayout()
        row.addWidget(self.grid_answer, 1)
        row.addWidget(self.save_button)
        layout.addLayout(row)
        return tab

    def _results_tab(self) -> QWidget:
        tab = QWidget()
        self.results_table = read_only(QTableWidget(0, 5), "cells")
        self.issue_button = QPushButton()
        self.issue_button.clicked.connect(self.issue_certificates)
        self.progress = QProgressBar()
        self.progress.hide()
        self.issue_answer = QLabel()
        self.issue_answer.setWordWrap(True)
        layout = QVBoxLayout(tab)
        layout.addWidget(self.results_table, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.issue_answer)
        layout.addWidget(self.issue_button)
        return tab

    def retranslate(self) -> None:
        for index, text in enumerate((self.tr("Roster"), self.tr("Scan in / out"), self.tr("Skills grid"),
                                      self.tr("Results"))):
            self.tabs.setTabText(index, text)
        self.enrol_field.setPlaceholderText(self.tr("Enrol: name, phone, staff id or badge serial, then Enter"))
        self.roster_table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Status"), self.tr("Hours"),
                                                     self.tr("In now")])
        self.scan_field.setPlaceholderText(self.tr("Scan a badge"))
        self.scan_out.setText(self.tr("Scanning out (leaving the room)"))
        self.grid_hint.setText(self.tr("Type the written score; Space marks a skill passed ✓, not passed ✗ or "
                                       "blank. Ctrl+S saves."))
        self.save_button.setText(self.tr("Save assessments"))
        self.issue_button.setText(self.tr("Issue certificates"))
        self.results_table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Hours"), self.tr("Written"),
                                                      self.tr("Result"), self.tr("Why")])
        self.refresh()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- showing ----------------------------------------------------------------------
    def on_changed(self, area: str) -> None:
        if area == "training" and self.session_id:  # scans a merge kept waiting, now recorded
            self.refresh()

    def show_session(self, session_id: str) -> None:
        self.session_id = session_id
        self.refresh()

    def refresh(self) -> None:
        if not self.session_id:
            self.title.setText(self.tr("Pick a session"))
            return
        ws = self.context.workspace
        view = training.get_session(ws, self.session_id)
        self.skills = training.course_skills(training.get_course(ws, view.course))
        self.title.setText(self.tr("{course} {name} · {site} {room} · {day} {start}–{end} · trainer {trainer} · "
                                   "{enrolled}/{capacity}").format(
            course=view.course, name=view.course_name, site=view.site, room=view.room, day=date_text(view.starts),
            start=event_time(ws, view.starts, with_date=False), end=event_time(ws, view.ends, with_date=False), trainer=view.trainer, enrolled=view.enrolled,
            capacity=view.capacity))
        self._allow(ws, view)
        results = {r.person_id: r for r in session_results(ws, self.session_id)}
        self._fill_roster(training.roster(ws, self.session_id), results)
        self._fill_grid(list(results.values()))
        self._fill_results(list(results.values()))

    def _allow(self, ws, view) -> None:
        """What this operator may do here (the services refuse the rest anyway)."""
        leads = ws.has(Role.COORDINATOR) or (ws.has(Role.TRAINER) and view.trainer_id == ws.operator_id)
        self.enrol_field.setEnabled(any(ws.has(r) for r in training.ENROLLERS))
        for widget in (self.scan_field, self.scan_out, self.grid, self.save_button, self.issue_button):
            widget.setEnabled(leads)

    def _fill_roster(self, lines, results) -> None:
        self.roster_table.setRowCount(len(lines))
        inside = []
        for row, line in enumerate(lines):
            result = results.get(line.person_id)
            status = self.tr("enrolled") if line.status == "enrolled" else self.tr("waiting #{n}").format(
                n=line.position)
            cells = [line.name, status, f"{result.hours:g}" if result else "",
                     self.tr("in") if result and result.inside else ""]
            for column, text in enumerate(cells):
                self.roster_table.setItem(row, column, _item(text))
            if result and result.inside:
                inside.append(line.name)
        self.inside.setText(self.tr("In the room now ({count}): {names}").format(count=len(inside),
                                                                               names=", ".join(inside)))

    def _fill_grid(self, results) -> None:
        self.grid.setColumnCount(2 + len(self.skills))
        self.grid.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Written")] + self.skills)
        self.grid.setRowCount(len(results))
        self.grid_people = [r.person_id for r in results]
        for row, result in enumerate(results):
            self.grid.setItem(row, 0, _item(result.name))
            self.grid.setItem(row, 1, _item("" if result.score is None else str(result.score), editable=True))
            for column, skill in enumerate(self.skills, start=2):
                mark = result.skills.get(skill)
                self.grid.setItem(row, column, _item("" if mark is None else PASS if mark else FAIL))
        self.grid_saved = self._grid_values()

    def _fill_results(self, results) -> None:
        self.results_table.setRowCount(len(results))
        colours = {"passed": GREEN, "failed": RED}
        for row, result in enumerate(results):
            cells = [result.name, f"{result.hours:g}" + (" *" if result.open_until_end else ""),
                     "" if result.score is None else str(result.score), status_word(result.result.status),
                     result.words]
            for column, text in enumerate(cells):
                item = _item(text)
                if column == 3:
                    item.setForeground(Qt.GlobalColor.white)
                    item.setBackground(_colour(colours.get(result.result.status, GREY)))
                self.results_table.setItem(row, column, item)
        self.results_table.resizeColumnsToContents()

    # -- actions ----------------------------------------------------------------------
    def _guard(self, action, answer: QLabel) -> object:
        try:
            return action()
        except CareKitError as error:
            answer.setText(error.message)
            answer.setStyleSheet(f"color: {RED}; font-size: 16px;")
            return None

    def enrol_typed(self) -> None:
        text = self.enrol_field.text().strip()
        if not text or not self.session_id:
            return
        matches = search.search_people(self.context.workspace, text, 5)
        if len(matches) != 1:
            self.enrol_answer.setText(self.tr("{count} people match '{text}': type more.").format(
                count=len(matches), text=text))
            return
        result = self._guard(lambda: training.enrol(self.context.workspace, self.session_id, matches[0].person_id),
                             self.enrol_answer)
        if result is not None:
            self.enrol_answer.setStyleSheet(f"color: {GREEN}; font-size: 16px;")
            self.enrol_answer.setText(self.tr("{name}: already on this session").format(name=result.name)
                                      if result.already else self.tr("{name}: enrolled").format(name=result.name)
                                      if result.status == "enrolled" else
                                      self.tr("{name}: waiting list #{n}").format(name=result.name, n=result.position))
            self.enrol_field.clear()
            self.refresh()

    def scan(self, walk_in: bool = False) -> None:
        token = self.scan_field.text().strip()
        if not token or not self.session_id:
            return
        ws, out = self.context.workspace, self.scan_out.isChecked()
        try:
            # The verdict within a fraction of a second even while a merge writes; then recorded at
            # once, or on a worker once the merge ends (ui/waiting_scans.py).
            result = attendance.scan(ws, token, self.session_id, out=out, walk_in=walk_in)
        except attendance.NotEnrolled as refused:
            if refused.room and not walk_in and self.ask_walk_in(refused):
                return self.scan(walk_in=True)
            self._show_scan(refused.message, RED)
            return
        except CareKitError as error:
            self._show_scan(error.message, RED)
            self.scan_field.selectAll()
            return
        words = {"in": self.tr("{name}: in at {time}"), "out": self.tr("{name}: out at {time}, {hours} h"),
                 "already_in": self.tr("{name}: already in (recorded again) at {time}")}[result.outcome]
        self._show_scan(words.format(name=result.name, time=event_time(self.context.workspace, result.at, with_date=False), hours=f"{result.hours:g}"), GREEN)
        self.scan_field.clear()
        self.scan_note.show_for(result)
        recorded(self.context, result.waiting, "training")  # refreshes this view once on record

    def ask_walk_in(self, refused) -> bool:
        answer = QMessageBox.question(self, self.tr("Walk-in"), self.tr("{message}\n\nEnrol them now?").format(
            message=refused.message))
        return answer == QMessageBox.StandardButton.Yes

    def _show_scan(self, text: str, colour: str) -> None:
        self.scan_note.clear()  # a new answer: the note, if any, follows it
        self.scan_answer.setText(text)
        self.scan_answer.setStyleSheet(f"background: {colour}; color: white; font-size: 22px; padding: 10px;")

    def _grid_values(self) -> list[tuple]:
        values = []
        for row in range(self.grid.rowCount()):
            cells = [self.grid.item(row, c).text() if self.grid.item(row, c) else "" for c in
                     range(1, self.grid.columnCount())]
            values.append(tuple(cells))
        return values

    def save_grid(self) -> None:
        """Write only the rows that changed; a bad row stops there with the reason, earlier rows kept."""
        if not self.session_id:
            return
        current, saved = self._grid_values(), self.grid_saved
        count = 0
        for row, (now, before) in enumerate(zip(current, saved)):
            if now == before:
                continue
            score_text, marks = now[0].strip(), now[1:]
            if score_text and not score_text.isdigit():
                self.grid_answer.setText(self.tr("Row {row}: '{score}' is not a score.").format(
                    row=row + 1, score=score_text))
                return
            passed = [s for s, m in zip(self.skills, marks) if m == PASS]
            failed = [s for s, m in zip(self.skills, marks) if m == FAIL]
            done = self._guard(lambda: assess(self.context.workspace, self.session_id, self.grid_people[row],
                                              score=int(score_text) if score_text else None, passed=passed,
                                              failed=failed), self.grid_answer)
            if done is None:
                return
            count += 1
        self.grid_answer.setStyleSheet(f"color: {GREEN};")
        self.grid_answer.setText(self.tr("{count} assessments saved.").format(count=count))
        self.refresh()

    def issue_certificates(self) -> None:
        if not self.session_id:
            return
        ws, session_id = self.context.workspace, self.session_id
        folder = ws.db.path.parent
        self.progress.show()
        self.issue_button.setEnabled(False)

        def work(progress):
            report = issue_for_session(ws, session_id, progress=lambda done, total: progress(done, total, ""))
            path = None
            if report.pdf:
                path = folder / f"certificates-{session_id[:8]}.pdf"
                path.write_bytes(report.pdf)
            return report, path

        run_task(work, on_done=self._issued, on_error=self._issue_failed,
                 on_progress=lambda done, total, _: (self.progress.setMaximum(total), self.progress.setValue(done)))

    def _issued(self, value) -> None:
        report, path = value
        self.progress.hide()
        self.issue_button.setEnabled(True)
        self.last_pdf = path
        lines = [self.tr("Issued {issued}, already issued {already}, not eligible {refused}.").format(
            issued=len(report.issued), already=len(report.already), refused=len(report.refused))]
        lines += [f"{name}: {why}" for _, name, why in report.refused]
        if path:
            lines.append(self.tr("PDF: {path}").format(path=path))
        self.issue_answer.setStyleSheet("")
        self.issue_answer.setText("\n".join(lines))
        self.refresh()

    def _issue_failed(self, error) -> None:
        self.progress.hide()
        self.issue_button.setEnabled(True)
        self.issue_answer.setStyleSheet(f"color: {RED};")
        self.issue_answer.setText(getattr(error, "message", str(error)))


def _colour(name: str):
    from PySide6.QtGui import QColor
    return QColor(name)
