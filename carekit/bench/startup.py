"""Child process for the start-up figure: open an event, sign in through the dialog, show the desk.

Run as ``python -m carekit.bench.startup DB``; prints 'dialog' once the sign-in dialog is shown
and painted, 'signing' as the PIN is entered (after TYPING_S, the time a person takes to type it,
in which the app imports the desk), then 'ready' and the peak RSS in KiB once the desk is shown
and its first paint is done. The parent times each line as it arrives. ``--bare`` instead of DB
shows a bare PySide6 window, the baseline measured in the same run.
"""

from __future__ import annotations

import os
import resource
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


TYPING_S = 1.0


def main(path: str) -> None:
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    from carekit.app import build_window, preload_desk
    from carekit.bench.desk import BENCH_PIN
    from carekit.store.db import Database
    from carekit.ui.fonts import load_bundled_fonts
    from carekit.ui.signin import SignInDialog
    load_bundled_fonts()
    dialog = SignInDialog(Database(path))
    dialog.show()
    app.processEvents()
    dialog.grab()
    print("dialog", flush=True)
    QTimer.singleShot(0, preload_desk)  # as open_event does once the dialog is up
    loop = QEventLoop()
    QTimer.singleShot(int(TYPING_S * 1000), loop.quit)
    loop.exec()
    print("signing", flush=True)
    dialog.name.setCurrentText("bench")
    dialog.pin.setText(BENCH_PIN)
    dialog.try_sign_in()
    window = build_window(dialog.workspace)
    window.show()
    app.processEvents()
    window.grab()  # forces a full paint of the desk with its first page of people
    print("ready", peak_rss_kib(), flush=True)


def peak_rss_kib() -> int:
    """VmHWM, not getrusage: ru_maxrss survives fork+exec, so a child started by the benchmark
    (which holds 100 000 people in memory) would report its parent's peak."""
    try:
        for line in open("/proc/self/status", encoding="ascii"):
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def bare() -> None:
    """The baseline: a bare PySide6 window with a label and a line edit, shown and painted."""
    from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QMainWindow, QVBoxLayout, QWidget
    app = QApplication([])
    window = QMainWindow()
    body = QWidget()
    layout = QVBoxLayout(body)
    layout.addWidget(QLabel("event"))
    layout.addWidget(QLineEdit())
    window.setCentralWidget(body)
    window.show()
    app.processEvents()
    window.grab()
    print("ready", peak_rss_kib(), flush=True)


if __name__ == "__main__":
    bare() if sys.argv[1] == "--bare" else main(sys.argv[1])
