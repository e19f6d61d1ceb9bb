"""Export and import bundles from the window: file dialogs, progress with Cancel, a report.

The File menu and the Sync page both call these; the work runs off the UI thread.
"""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from carekit.services import merge_process, sync
from carekit.services.errors import CareKitError
from carekit.ui.context import AppContext
from carekit.ui.workers import Task, run_task


def _progress_dialog(parent: QWidget, label: str) -> QProgressDialog:
    dialog = QProgressDialog(label, QCoreApplication.translate("SyncActions", "Cancel"), 0, 0, parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    return dialog


def _show(parent: QWidget, title: str, text: str, warning: bool = False) -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Information, title, text,
                      QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("syncReport")
    box.open()  # not exec(): the window keeps running (and tests keep going)
    return box


def _error_text(error: BaseException) -> str:
    return error.message if isinstance(error, CareKitError) else str(error)


def report_text(report: sync.ImportReport) -> str:
    return QCoreApplication.translate("SyncActions", "{file} from {desk}: {new} new, {updated} updated, {unchanged} unchanged, {facts} new check-ins "
              "and log lines, {conflicts} conflicts, {duplicates} possible duplicates").format(
        file=report.file, desk=report.device or "?", new=report.new, updated=report.updated,
        unchanged=report.unchanged, facts=report.facts_new, conflicts=report.conflicts, duplicates=report.duplicates) \
        + "".join("\n" + sync.clock_warning(laptop, when) for laptop, when in report.clocks_ahead)


def export_bundle(parent: QWidget, context: AppContext, path: str | None = None) -> Task | None:
    ws = context.workspace
    if path is None:
        suggested = f"carekit-{dt.datetime.now():%Y%m%d-%H%M}.ckbundle"
        path, _ = QFileDialog.getSaveFileName(parent, QCoreApplication.translate("SyncActions", "Export a bundle"), suggested,
                                              QCoreApplication.translate("SyncActions", "CareKit bundles (*.ckbundle)"))
        if not path:
            return None
    if not path.endswith(".ckbundle"):
        path += ".ckbundle"
    dialog = _progress_dialog(parent, QCoreApplication.translate("SyncActions", "Writing {file}…").format(file=Path(path).name))
    task: Task

    def work(progress):
        return sync.export_bundle(ws, Path(path), progress=lambda done, total: progress(done, total, ""))

    def done(report: sync.ExportReport) -> None:
        dialog.close()
        context.changed.emit("sync")
        parent.last_report = _show(parent, QCoreApplication.translate("SyncActions", "Bundle written"), QCoreApplication.translate("SyncActions", 
            "{file} is ready ({size} KB). Copy it to the other laptops and import it there.").format(
            file=report.file, size=max(1, report.bytes // 1024)))

    def failed(error: BaseException) -> None:
        dialog.close()
        parent.last_report = _show(parent, QCoreApplication.translate("SyncActions", "Export failed"), _error_text(error), warning=True)

    def moved(done_: int, total: int, _text: str) -> None:
        dialog.setMaximum(total)
        dialog.setValue(done_)

    task = run_task(work, on_done=done, on_error=failed, on_progress=moved)
    dialog.canceled.connect(task.cancel)
    return task


def import_bundles(parent: QWidget, context: AppContext, paths: list[str] | None = None) -> Task | None:
    ws = context.workspace
    if paths is None:
        paths, _ = QFileDialog.getOpenFileNames(parent, QCoreApplication.translate("SyncActions", "Import bundles"), "", QCoreApplication.translate("SyncActions", "CareKit bundles (*.ckbundle)"))
        if not paths:
            return None
    dialog = _progress_dialog(parent, QCoreApplication.translate("SyncActions", "Merging %n bundle(s)…", None, len(paths)))
    reports: list[sync.ImportReport] = []
    merging: list[merge_process.MergeProcess] = []
    stop = threading.Event()  # set by Cancel; the worker may start before run_task returns the task

    def work(progress):
        # In a process of its own: decoding a large bundle holds the interpreter that runs it, and
        # the desk's scans must keep answering in this one.
        merge = merge_process.MergeProcess(ws, [Path(p) for p in paths])
        merging.append(merge)
        merge.start()
        return merge.wait(on_file=lambda index: progress(index, len(paths), Path(paths[index]).name),
                          on_progress=lambda index, _done, _total: progress(index, len(paths), ""),
                          on_report=reports.append, cancelled=stop.is_set)

    def done(_result) -> None:
        dialog.close()
        context.changed.emit("sync")
        parent.last_report = _show(parent, QCoreApplication.translate("SyncActions", "Bundles imported"), "\n\n".join(report_text(r) for r in reports))

    def failed(error: BaseException) -> None:
        dialog.close()
        context.changed.emit("sync")
        text = _error_text(error)
        if reports:
            text += "\n\n" + QCoreApplication.translate("SyncActions", "Imported before this one:") + "\n" + "\n".join(report_text(r) for r in reports)
        parent.last_report = _show(parent, QCoreApplication.translate("SyncActions", "A bundle was not imported"), text, warning=True)

    def moved(done_: int, total: int, text: str) -> None:
        dialog.setMaximum(total)
        dialog.setValue(done_)
        if text:
            dialog.setLabelText(QCoreApplication.translate("SyncActions", "Merging {file}…").format(file=text))

    task = run_task(work, on_done=done, on_error=failed, on_progress=moved)
    task.merging = merging  # the child, once started (its pid, for whoever watches it)
    dialog.canceled.connect(stop.set)
    dialog.canceled.connect(task.cancel)
    return task
