"""Child process for the start-up figure: open an event and show the desk, then report.

Run as ``python -m carekit.bench.startup DB``; prints 'ready' and the peak RSS in KiB once the
window is shown and its first paint is done. The parent times the whole process. ``--bare``
instead of DB shows a bare PySide6 window, the baseline measured in the same run.
"""

from __future__ import annotations

import os
import resource
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(path: str) -> None:
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    from carekit.app import build_window
    from carekit.bench.desk import BENCH_PIN
    from carekit.services.operators import sign_in
    from carekit.store.db import Database
    from carekit.ui.fonts import load_bundled_fonts
    load_bundled_fonts()
    window = build_window(sign_in(Database(path), "bench", BENCH_PIN))
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
