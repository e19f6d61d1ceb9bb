"""Start the desktop app: fonts, language, the event file, who is operating, the main window.

The sign-in dialog is up before SQLAlchemy, SQLModel and the desk are imported: opening the file
needs only the driver, and the rest loads on a thread while the PIN is typed (``preload_desk``).
"""

from __future__ import annotations

import argparse
import importlib
import sys
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication, QMessageBox

from carekit.paths import last_database, remember_database
from carekit.services.errors import CareKitError
from carekit.store.db import Database, DatabaseError

if TYPE_CHECKING:
    from carekit.services.workspace import Workspace

STARTED = time.perf_counter()


def _sign_in(db: Database, parent=None) -> Workspace | None:
    """The desk's modules and the file's engine load while the PIN is typed, once the dialog is up."""
    from carekit.ui.signin import sign_in_dialog
    return sign_in_dialog(db, parent, once_painted=lambda: preload_desk(db))


def _choose_database(args: argparse.Namespace) -> Path | None:
    if args.db:
        return Path(args.db)
    if args.demo:
        from carekit.services.demo import ensure_demo
        return ensure_demo()
    last = last_database()
    return last if last and last.exists() else None


def _open_file(path: Path, parent=None) -> Database | None:
    """An encrypted event file asks for its event passphrase (until right, or cancelled)."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QInputDialog, QLineEdit

    from carekit.store.db import PassphraseNeeded
    passphrase = None
    while True:
        try:
            return Database(path, passphrase)
        except (PassphraseNeeded, DatabaseError) as error:
            if passphrase is None and not isinstance(error, PassphraseNeeded):
                raise
            prompt = QCoreApplication.translate("Startup", "{file} is encrypted. Event passphrase:").format(
                file=path.name)
            if passphrase is not None:
                prompt = QCoreApplication.translate("Startup", "That passphrase does not open {file}. "
                                                               "Event passphrase:").format(file=path.name)
            passphrase, ok = QInputDialog.getText(parent, "CareKit", prompt, QLineEdit.EchoMode.Password)
            if not ok:
                return None


# What signing in needs, then what the desk needs, in the order they are used.
SIGN_IN_MODULES = ("carekit.services.operators",)
DESK_MODULES = ("carekit.ui.context", "carekit.ui.focus", "carekit.ui.main_window", "carekit.ui.idle",
                "carekit.ui.desk.page", "carekit.services.checkin", "carekit.services.search")


def preload_desk(db: Database | None = None) -> threading.Thread:
    """Import the desk's modules and open ``db``'s engine while the person types their PIN, so
    signing in only checks it and builds the desk. A thread: the sign-in dialog keeps answering
    keys meanwhile (imports touch no widget)."""
    def run() -> None:
        try:  # a PIN typed quickly waits only for what signing in needs
            for name in SIGN_IN_MODULES:
                importlib.import_module(name)
            if db is not None:
                db.open_engine()
            for name in DESK_MODULES:
                importlib.import_module(name)
        except Exception:  # noqa: BLE001 - retried, and reported, when signing in or building the desk
            return
    thread = threading.Thread(target=run, name="preload-desk", daemon=True)
    thread.start()
    return thread


def open_event(path: Path, parent=None, db: Database | None = None) -> Workspace | None:
    try:
        db = db or _open_file(path, parent)
        if db is None:
            return None
        workspace = _sign_in(db, parent)
    except (DatabaseError, CareKitError) as error:
        QMessageBox.critical(parent, "CareKit", getattr(error, "message", str(error)))
        return None
    if workspace is not None:
        remember_database(path)
    return workspace


def _new_event(parent=None) -> Workspace | None:
    from carekit.paths import data_dir
    from carekit.ui.event_dialogs import NewEventDialog
    dialog = NewEventDialog(parent, default_dir=data_dir())
    if dialog.exec() and dialog.workspace:
        remember_database(dialog.workspace.db.path)
        return dialog.workspace
    return None


def _join_event(parent=None) -> Workspace | None:
    """Join from a setup file, then the person at this laptop signs in to the joined event."""
    from carekit.paths import data_dir
    from carekit.ui.join_dialogs import JoinEventDialog
    dialog = JoinEventDialog(parent, default_dir=data_dir())
    if not dialog.exec() or dialog.workspace is None:
        return None
    return open_event(dialog.workspace.db.path, parent, db=dialog.workspace.db)


def _first_workspace(args: argparse.Namespace) -> Workspace | None:
    path = _choose_database(args)
    if path is not None:
        return open_event(path)
    from carekit.ui.start_dialog import StartDialog
    start = StartDialog()
    if not start.exec():
        return None
    if start.choice == "new":
        return _new_event()
    if start.choice == "join":
        return _join_event()
    if start.choice == "demo":
        from carekit.services.demo import ensure_demo
        return open_event(ensure_demo())
    return open_event(start.path) if start.path else None


def say_why_closing() -> None:
    """Nobody signed in at start: the app cannot show anything, and says so instead of vanishing."""
    from PySide6.QtCore import QCoreApplication
    QMessageBox.information(None, "CareKit", QCoreApplication.translate(
        "App", "Nobody signed in, so CareKit closes: event data is shown only to a signed-in operator. "
               "Start CareKit again to sign in."))


def build_window(workspace: Workspace):
    from PySide6.QtWidgets import QApplication
    from carekit.ui.context import AppContext
    from carekit.ui.focus import show_focus
    from carekit.ui.main_window import MainWindow
    show_focus(QApplication.instance())
    context = AppContext(workspace)
    window = MainWindow(context)

    def switch(new: Workspace | None) -> None:
        if new is not None:
            context.set_workspace(new)

    def open_other() -> None:
        from carekit.ui.event_dialogs import choose_event_file
        path = choose_event_file(window)
        if path:
            switch(open_event(path, window))

    from carekit.ui.idle import install_idle_lock
    install_idle_lock(window, context)  # the event's idle minutes, then the PIN to unlock
    def switch_operator() -> None:
        """The same event, someone else at the laptop: the pages are rebuilt for their roles."""
        from carekit.ui.signin import SignInDialog
        dialog = SignInDialog(context.workspace.db, window, switching=True)
        if dialog.exec() and dialog.workspace is not None:
            switch(dialog.workspace)
        elif dialog.signed_out:
            window.close()

    window.open_requested.connect(open_other)
    window.new_requested.connect(lambda: switch(_new_event(window)))
    window.join_requested.connect(lambda: switch(_join_event(window)))
    window.switch_operator_requested.connect(switch_operator)
    return window


def _checked_workspace(args: argparse.Namespace) -> Workspace:
    """``--check`` signs in as the command line does, so a script can start the app unattended."""
    from carekit.cli.common import open_workspace
    return open_workspace(args)


def _report_ready(app: QApplication, window) -> int:
    """Paint every page once (each is built on first view), say so, and close cleanly."""
    app.processEvents()
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        app.processEvents()
    window.grab()
    pages = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    print(f"CareKit ready: {len(pages)} pages ({', '.join(pages)})", flush=True)
    from carekit.ui.guide import GuideBrowser, check_guide
    folder, linked, shown, pictures, drawn = check_guide(GuideBrowser(window))
    print(f"User guide: {shown} of {linked} linked pages and {drawn} of {pictures} pictures, from {folder}", flush=True)
    # A merge from the window runs in a child process (a frozen build starts itself again for it):
    # start one that opens this event file and merges nothing, so the install shows it can.
    from carekit.services.merge_process import run_merge
    started = time.perf_counter()
    try:
        run_merge(window.context.workspace, [])
        merging = True
        print(f"Merge process: started, opened {window.context.workspace.db.path.name} and answered in "
              f"{time.perf_counter() - started:.1f} s", flush=True)
    except CareKitError as error:
        merging = False
        print(f"Merge process: {error.message}", flush=True)
    window.close()
    app.processEvents()
    return 0 if linked and shown == linked and drawn == pictures and merging else 3


def run_app(args: argparse.Namespace) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("CareKit")
    app.setOrganizationName("CareKit")
    from carekit.ui.fonts import load_bundled_fonts
    from carekit.ui.language import apply_language, preferred_language
    load_bundled_fonts()
    language = preferred_language(args.lang)
    apply_language(language, remember=bool(args.lang))
    check = getattr(args, "check", False)
    try:
        workspace = _checked_workspace(args) if check else _first_workspace(args)
    except (CareKitError, DatabaseError) as error:  # only --check signs in without a dialog
        print(f"carekit: {getattr(error, 'message', str(error))}", file=sys.stderr)
        return 2
    if workspace is None:
        say_why_closing()
        return 1
    window = build_window(workspace)
    window.set_language_checked(language)
    window.show()
    if check:
        return _report_ready(app, window)
    if "--timing" in sys.argv or getattr(args, "timing", False):
        print(f"usable window after {time.perf_counter() - STARTED:.3f} s", file=sys.stderr)
    return app.exec()
