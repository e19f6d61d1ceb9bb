"""Child process for the start-up figure: open an event, sign in through the dialog, show the desk.

Run as ``python -m carekit.bench.startup DB``: starts the app as ``carekit --db DB`` does (same
options, fonts, language, sign-in dialog, desk) and prints 'dialog' once the sign-in dialog has
been painted, 'signing' as the PIN is entered (after TYPING_S, the time a person takes to type it,
in which the app imports the desk), then 'ready' and the peak RSS in KiB once the desk's first
paint is done. The parent times each line as it arrives and gives the child its own CAREKIT_HOME.
``--bare`` instead of DB shows a bare PySide6 window, the baseline measured in the same run.
``--reindex DB`` enters the PIN as soon as the dialog is up, on a file whose search index an
older format made, and prints 'reindex' with how long the UI thread went without running a
10 ms timer at most until the file's engine (and its new index) was made.
"""

from __future__ import annotations

import os
import resource
import sqlite3
import subprocess
import sys
import time

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
    yield reindex_figure(ws.db.path, people)


def reindex_figure(path, people: int) -> dict:
    """The first start after a search-index format change: the re-index runs on the start-up
    thread while the dialog shows its progress; the UI thread's longest stall is the figure."""
    con = sqlite3.connect(path)
    with con:
        con.execute("UPDATE localstate SET value = 'older' WHERE key = 'search_index_format'")
    con.close()
    env = dict(os.environ, CAREKIT_HOME=str(path.parent / "startup-home"))
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "carekit.bench.startup", "--reindex", str(path)], env=env,
                          capture_output=True, text=True, check=True)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    said = {words[0]: words[1:] for words in map(str.split, done.stdout.splitlines()) if words}
    engine_s, stall_ms, shown = said["reindex"]
    return {"figure": "sign_in_while_search_index_is_remade", "people": people,
            "dialog_to_engine_ready_s": float(engine_s), "ui_longest_stall_ms": float(stall_ms),
            "budget_ms": 100, "progress_shown": shown == "yes", "process_wall_s": round(wall, 2),
            "process_cpu_s": round(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime, 2)}


def main(path: str, reindex: bool = False) -> int:
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
            if reindex:
                self.watch_stalls()
            QTimer.singleShot(0 if reindex else int(TYPING_S * 1000), self.type_pin)

        def watch_stalls(self) -> None:
            self.painted_at = self.last = time.perf_counter()
            self.stall, self.shown = 0.0, False
            self.beat = QTimer()
            self.beat.setInterval(10)
            self.beat.timeout.connect(self.heartbeat)
            self.beat.start()

        def heartbeat(self) -> None:
            now = time.perf_counter()
            self.stall, self.last = max(self.stall, now - self.last), now
            self.shown = self.shown or self.dialog.busy.text().startswith("Preparing search")
            if self.dialog.db.engine_ready:
                self.beat.stop()
                print("reindex", round(now - self.painted_at, 3), round(self.stall * 1000, 1),
                      "yes" if self.shown else "no", flush=True)

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
    if sys.argv[1] == "--bare":
        sys.exit(bare())
    sys.exit(main(sys.argv[2], reindex=True) if sys.argv[1] == "--reindex" else main(sys.argv[1]))
