"""Child process for the start-up figure: open an event, sign in through the dialog, show the desk.

Run as ``python -m carekit.bench.startup DB``: starts the app as ``carekit --db DB`` does (same
options, fonts, language, sign-in dialog, desk) and prints 'dialog' once the sign-in dialog has
been painted, 'signing' as the PIN is entered (after TYPING_S, the time a person takes to type it,
in which the app imports the desk), then 'ready' and the peak RSS in KiB once the desk's first
paint is done. The parent times each line as it arrives and gives the child its own CAREKIT_HOME.
``--bare`` instead of DB shows a bare PySide6 window, the baseline measured in the same run.
"""

from __future__ import annotations

import os
import resource
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


TYPING_S = 1.0


def run(workdir, people: int):
    """``python -m carekit.bench startup``: the desk area's start-up figures alone, on an event of
    ``people`` built first (the same figures, names and baseline as ``desk`` gives)."""
    from carekit.bench.desk import build_event, startup_figures
    ws, _crowd, seconds = build_event(workdir / "startup.carekit", people)
    ws.db.close()  # folds the WAL into the file, as a laptop that closed the app last night
    yield {"figure": "build_synthetic_event", "people": people, "seconds": round(seconds, 2)}
    yield from startup_figures(ws.db.path)


def main(path: str) -> int:
    """Start the app as ``carekit --db PATH`` does, watching for the dialog's and the desk's first paint."""
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication
    app = QApplication(sys.argv[:1])
    from carekit.bench import BENCH_PIN

    class Watch(QObject):
        """Sees every event first; acts once each window has been painted (the timer runs after)."""
        dialog = window = None

        def eventFilter(self, watched, event) -> bool:
            if event.type() == QEvent.Type.Paint:
                kind = type(watched).__name__
                if kind == "SignInDialog" and self.dialog is None:
                    self.dialog = watched
                    QTimer.singleShot(0, self.dialog_painted)
                elif kind == "MainWindow" and self.window is None:
                    self.window = watched
                    QTimer.singleShot(0, self.desk_painted)
            return False

        def dialog_painted(self) -> None:
            print("dialog", flush=True)
            QTimer.singleShot(int(TYPING_S * 1000), self.type_pin)

        def type_pin(self) -> None:
            print("signing", flush=True)
            self.dialog.name.setCurrentText("bench")
            self.dialog.pin.setText(BENCH_PIN)
            self.dialog.try_sign_in()

        def desk_painted(self) -> None:
            self.window.grab()  # a full paint of the desk with its first page of people
            print("ready", peak_rss_kib(), flush=True)
            self.window.close()

    watch = Watch()
    app.installEventFilter(watch)
    from carekit.cli import main as carekit
    return carekit(["--db", path])


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
    sys.exit(bare() if sys.argv[1] == "--bare" else main(sys.argv[1]))
