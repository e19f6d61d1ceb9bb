"""Sign-in (operator name + PIN) at start, and the unlock dialog after the idle lock.

The dialogs only collect the name and PIN; the checks (argon2, throttle) are in the service, so a
locked-out operator is told how long to wait whichever front end they use. What the sign-in dialog
shows is read without the ORM (``services.sign_in_view``), and the sign-in service, with the ORM
behind it, is imported only when someone signs in: at start-up the dialog is up while they load.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QLocale, Qt, QTimer, Signal
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QInputDialog, QLabel, QLineEdit,
                               QProgressBar, QPushButton, QVBoxLayout)

from carekit.services.errors import CareKitError
from carekit.services.sign_in_view import DEMO_COORDINATOR, DEMO_PIN, SignInView, sign_in_view
from carekit.store.db import Database, DatabaseError
from carekit.ui.workers import Task, run_task

if TYPE_CHECKING:
    from carekit.services.workspace import Workspace


def _operators():
    """The sign-in rules (``services.operators``), imported at the first sign-in, not before."""
    from carekit.services import operators
    return operators


class PinCountdown(QTimer):
    """After too many wrong PINs the wait counts down each second on screen, and the PIN field
    is disabled until it is over, so nobody types into a refusal they cannot see."""

    def __init__(self, label: QLabel, pin: QLineEdit, parent=None):
        super().__init__(parent)
        self.label, self.pin = label, pin
        self.error: CareKitError | None = None
        self.setInterval(1000)
        self.timeout.connect(self.tick)

    def running(self) -> bool:
        return self.isActive()

    def show_refusal(self, error: CareKitError) -> None:
        self.error = error
        self.label.setText(error.message)
        if getattr(error, "reason", "") == "pin_locked" and int(error.params.get("seconds", 0)) > 0:
            self.pin.setEnabled(False)
            self.start()

    def tick(self) -> None:
        seconds = int(self.error.params.get("seconds", 0)) - 1
        if seconds <= 0:
            self.stop()
            self.pin.setEnabled(True)
            self.pin.setFocus()
            self.label.setText(self.tr("You can try your PIN again now."))
            return
        self.error.params["seconds"] = seconds
        self.label.setText(self.error.message)


PIN_NEEDED = object()  # a check's answer: no PIN typed for an operator who has one


def _check_sign_in(db: Database, name: str, pin: str | None, new_pin: str | None):
    """On a worker: import the rules (the ORM behind them), wait for the file's engine, check the PIN.
    The rules are ``operators.sign_in``'s, as on the command line."""
    operators = _operators()
    if not pin and new_pin is None and operators.needs_pin(db, name):
        return PIN_NEEDED
    return operators.sign_in(db, name, pin, new_pin)


def _pin_field() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMaxLength(64)  # six digits at least; longer, letters too, welcome
    field.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly | Qt.InputMethodHint.ImhSensitiveData)
    return field


class SignInDialog(QDialog):
    """``switching``: from File → Switch operator, with a way to sign out and close instead.

    The PIN is checked on a worker (argon2id takes a quarter of a second, and at start-up the rules
    may still be loading): meanwhile the dialog says so, keeps its inputs disabled, ignores Enter
    and lets Escape cancel. ``checked`` is emitted on the UI thread once an answer is shown."""

    painted = Signal()  # once, just after the first paint: the app loads the rest of itself then
    checked = Signal()  # after each check of a name and PIN, its answer shown (or the dialog accepted)

    def __init__(self, db: Database, parent=None, switching: bool = False, view: SignInView | None = None):
        super().__init__(parent)
        self.db = db
        view = view or sign_in_view(db)
        self._painted = False
        self.signed_out = False
        self.workspace: Workspace | None = None
        # The event and this laptop's desk, so the person knows where they are signing in.
        self.event_name = QLabel(view.event_name)
        self.event_name.setObjectName("signInEvent")
        self.event_name.setWordWrap(True)
        self.event_name.setStyleSheet("font-size: 18px; font-weight: bold;")
        self.desk = QLabel(" · ".join(part for part in (view.desk, view.site) if part))
        self.desk.setObjectName("signInDesk")
        self.name = QComboBox()
        self.name.setEditable(True)
        self.name.addItems(view.operator_names)
        self.name.setCurrentText(view.last_operator)
        self.pin = _pin_field()
        self.pin.returnPressed.connect(self.try_sign_in)
        self.message = QLabel()
        self.message.setObjectName("signInMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        self.countdown = PinCountdown(self.message, self.pin, self)
        self.checking: Task | None = None  # the check under way, if any
        self.busy = QLabel()
        self.busy.setObjectName("signInBusy")
        self.busy.setWordWrap(True)
        self.busy_bar = QProgressBar()
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setMaximumHeight(8)
        self.busy.hide()
        self.busy_bar.hide()
        # A file whose search index is re-made when its engine opens (another index format) says
        # so here while it runs, whether or not a PIN has been entered yet.
        self.preparing = QTimer(self)
        self.preparing.setInterval(100)
        self.preparing.timeout.connect(self.show_busy)
        if not db.engine_ready:
            self.preparing.start()
        self.hint = QLabel()
        self.hint.setObjectName("demoHint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("background: #eef5ff; padding: 6px; border-radius: 4px;")
        self.hint.setVisible(view.demo)
        self.form = QFormLayout()
        self.name_label, self.pin_label = QLabel(), QLabel()
        self.form.addRow(self.name_label, self.name)
        self.form.addRow(self.pin_label, self.pin)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.try_sign_in)
        self.buttons.rejected.connect(self.reject)
        # Focus leaves the PIN field while it is checked: Enter pressed again must not cancel.
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAutoDefault(False)
        self.sign_out_button = None
        if switching:
            self.sign_out_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.DestructiveRole)
            self.sign_out_button.setAutoDefault(False)
            self.sign_out_button.clicked.connect(self.sign_out)
        layout = QVBoxLayout(self)
        layout.addWidget(self.event_name)
        layout.addWidget(self.desk)
        layout.addWidget(self.hint)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(self.busy)
        layout.addWidget(self.busy_bar)
        layout.addWidget(self.buttons)
        self.retranslate()
        (self.pin if self.name.currentText() else self.name).setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Sign in"))
        self.name_label.setText(self.tr("Operator"))
        self.pin_label.setText(self.tr("PIN"))
        self.hint.setText(self.tr("This is the demo event: sign in as {name} with the PIN {pin}.").format(
            name=DEMO_COORDINATOR, pin=DEMO_PIN))
        if self.sign_out_button is not None:
            self.sign_out_button.setText(self.tr("Sign out and close CareKit"))
        self.show_busy()

    def sign_out(self) -> None:
        self.signed_out = True
        self.reject()

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self, self.painted.emit)  # the dialog as context: dropped if it is gone first

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def try_sign_in(self) -> None:
        """Enter or OK: check the name and PIN on a worker; a second Enter meanwhile does nothing."""
        if self.countdown.running() or self.checking is not None:
            return
        if not self.name.currentText().strip():
            self.message.setText(self.tr("Choose or type your operator name."))
            self.name.setFocus()
            return
        self._check(self.name.currentText(), self.pin.text() or None, None)

    def _check(self, name: str, pin: str | None, new_pin: str | None) -> None:
        db = self.db
        self.message.clear()
        self._asked = (name, pin, new_pin)
        self._set_checking(run_task(lambda _progress: _check_sign_in(db, name, pin, new_pin),
                                    on_done=self._signed_in, on_error=self._refused))

    def _set_checking(self, task: Task | None) -> None:
        self.checking = task
        for widget in (self.name, self.pin, self.buttons.button(QDialogButtonBox.StandardButton.Ok)):
            widget.setEnabled(task is None)
        self.show_busy()

    def show_busy(self) -> None:
        """"Checking…" while a PIN is checked; the search index's progress while it is re-made."""
        progress = self.db.index_progress
        if progress is not None:
            done, total = progress
            self.busy.setText(self.tr("Preparing search for {count} people…").format(
                count=QLocale().toString(total)))
            self.busy_bar.setRange(0, max(total, 1))
            self.busy_bar.setValue(done)
        elif self.checking is not None:
            self.busy.setText(self.tr("Checking your PIN…"))
            self.busy_bar.setRange(0, 0)  # busy: a PIN check has no steps to count
        if self.db.engine_ready:
            self.preparing.stop()
        shown = progress is not None or self.checking is not None
        self.busy.setVisible(shown)
        self.busy_bar.setVisible(shown)

    def _answered(self) -> bool:
        """Back on the UI thread: False when the dialog was closed while the check ran."""
        if self.checking is None:
            return False
        self._set_checking(None)
        self.pin.setFocus()
        return True

    def _signed_in(self, workspace) -> None:
        if not self._answered():
            return
        if workspace is PIN_NEEDED:
            self.message.setText(self.tr("Type your PIN, then press Enter."))
            self.pin.setFocus()
        else:
            self.workspace = workspace
            self.accept()
        self.checked.emit()

    def _refused(self, error: BaseException) -> None:
        if not self._answered():
            return
        name, pin, new_pin = self._asked
        if getattr(error, "reason", "") == "pin_change_needed" and new_pin is None:
            new_pin = self.ask_new_pin(error.message)
            if new_pin is not None:
                self._check(name, pin, new_pin)
                return
        elif isinstance(error, (CareKitError, DatabaseError)):
            self.pin.clear()
            self.pin.setFocus()
            if isinstance(error, CareKitError):
                self.countdown.show_refusal(error)
            else:
                self.message.setText(str(error))
        else:
            self.checked.emit()
            raise error  # a fault, not a refusal: reported as any other
        self.checked.emit()

    def done(self, result: int) -> None:
        self.checking = None  # Escape while checking: the answer, when it comes, is dropped
        self.preparing.stop()
        super().done(result)

    def ask_new_pin(self, why: str) -> str | None:
        """No PIN yet, or one shorter than six digits: choose one, typed twice."""
        first, ok = QInputDialog.getText(self, self.tr("New PIN"), why, QLineEdit.EchoMode.Password)
        if not ok:
            return None
        again, ok = QInputDialog.getText(self, self.tr("New PIN"), self.tr("The same PIN again:"),
                                         QLineEdit.EchoMode.Password)
        if not ok:
            return None
        if again != first:
            self.message.setText(self.tr("The two PINs differ."))
            return None
        return first


def sign_in_dialog(db: Database, parent=None, once_painted=None) -> Workspace | None:
    """None when cancelled. A file whose operators are unknown yet (no event) opens unsigned.
    ``once_painted``: called once the dialog is on screen (the app loads the desk meanwhile)."""
    view = sign_in_view(db)
    if not view.operator_names:
        return _operators().sign_in(db, "")
    dialog = SignInDialog(db, parent, view=view)
    if once_painted is not None:
        dialog.painted.connect(once_painted)
    return dialog.workspace if dialog.exec() else None


def _unlock(workspace: Workspace, pin: str, choose: bool) -> Workspace:
    """On a worker: an operator without a PIN first makes the one typed theirs (hashing it is as
    slow as checking it), then the same rules as every unlock."""
    if choose:
        _operators().set_pin(workspace, workspace.operator_name, pin)
    return _operators().unlock(workspace, pin)


class UnlockDialog(QDialog):
    """Cannot be dismissed: the PIN unlocks, "another operator" signs someone else in. The PIN is
    checked on a worker, as at sign-in, the dialog saying so with its inputs disabled."""

    def __init__(self, workspace: Workspace, parent=None):
        super().__init__(parent)
        self.current = workspace
        self.workspace: Workspace | None = None
        self.who = QLabel()
        self.who.setStyleSheet("font-size: 18px;")
        self.pin = _pin_field()
        self.pin.returnPressed.connect(self.try_unlock)
        self.message = QLabel()
        self.message.setObjectName("unlockMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        self.countdown = PinCountdown(self.message, self.pin, self)
        self.checking: Task | None = None
        self.busy = QLabel()
        self.busy.setObjectName("unlockBusy")
        self.busy.hide()
        # An operator without a PIN (a file made before PINs) must not be unlocked by any keys
        # typed: they choose their PIN here, twice, and it protects the laptop from then on.
        self.without_pin = not _operators().needs_pin(workspace.db, workspace.operator_name)
        self.pin_again = _pin_field()
        self.pin_again.returnPressed.connect(self.try_unlock)
        self.pin_again.setVisible(self.without_pin)
        self.switch = QPushButton()
        self.switch.setAutoDefault(False)
        self.switch.clicked.connect(self.switch_operator)
        layout = QVBoxLayout(self)
        layout.addWidget(self.who)
        layout.addWidget(self.pin)
        layout.addWidget(self.pin_again)
        layout.addWidget(self.message)
        layout.addWidget(self.busy)
        layout.addWidget(self.switch)
        self.retranslate()
        self.pin.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Locked"))
        if self.without_pin:
            from carekit.security.pins import MAX_DIGITS, MIN_DIGITS
            self.who.setText(self.tr("Locked after idle time. {name} has no PIN yet: choose one ({low}–{high} "
                                     "digits), type it twice, and it unlocks from now on.").format(
                name=self.current.operator_name, low=MIN_DIGITS, high=MAX_DIGITS))
            self.who.setWordWrap(True)
            self.pin_again.setPlaceholderText(self.tr("PIN again"))
        else:
            self.who.setText(self.tr("Locked after idle time. {name}, enter your PIN.").format(
                name=self.current.operator_name))
        self.pin.setPlaceholderText(self.tr("PIN"))
        self.switch.setText(self.tr("Another operator…"))
        self.busy.setText(self.tr("Checking your PIN…"))

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def reject(self) -> None:  # Esc does not unlock
        self.pin.setFocus()

    def try_unlock(self) -> None:
        if self.countdown.running() or self.checking is not None:
            return
        if not self.pin.text():
            self.message.setText(self.tr("Type your PIN, then press Enter."))
            return
        if self.without_pin and self.pin.text() != self.pin_again.text():
            self.message.setText(self.tr("The two PINs differ."))
            self.pin_again.clear()
            return
        current, pin, choose = self.current, self.pin.text(), self.without_pin
        self.message.clear()
        self._set_checking(run_task(lambda _progress: _unlock(current, pin, choose),
                                    on_done=self._unlocked, on_error=self._refused))

    def _set_checking(self, task: Task | None) -> None:
        self.checking = task
        for widget in (self.pin, self.pin_again, self.switch):
            widget.setEnabled(task is None)
        self.busy.setVisible(task is not None)
        if task is None:
            self.pin.setFocus()

    def _unlocked(self, workspace: Workspace) -> None:
        self._set_checking(None)
        self.workspace = workspace
        self.accept()

    def _refused(self, error: BaseException) -> None:
        self._set_checking(None)
        if not isinstance(error, CareKitError):
            raise error  # a fault, not a refusal: reported as any other
        self.pin.clear()
        self.countdown.show_refusal(error)

    def switch_operator(self) -> None:
        dialog = SignInDialog(self.current.db, self)
        if dialog.exec() and dialog.workspace is not None:
            self.workspace = dialog.workspace
            self.accept()


def unlock_dialog(workspace: Workspace, parent=None) -> Workspace:
    dialog = UnlockDialog(workspace, parent)
    dialog.exec()
    return dialog.workspace or workspace
