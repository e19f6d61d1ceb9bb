"""Merging bundles in a process of their own, so the window's interpreter stays free for scans.

Decoding a large bundle (signature, decryption, decompression, one JSON parse of ~17 MB) is a
long stretch of C that holds the interpreter of whatever process runs it; in the window's process
a desk scan waited behind it for over a second. ``run_merge`` starts a child (multiprocessing's
spawn start method, which a frozen build serves through ``multiprocessing.freeze_support``), hands
it the job over a pipe (the file key and an unlocked health key included: never argv, the
environment or a file), and relays what the child reports: which bundle it is on, progress, each
``ImportReport``, and a refusal as the same typed ``CareKitError``.

Cancel terminates the child: SQLite never sees its transaction commit, so nothing of the bundle
it was merging is written. A child that dies (killed, out of memory) is an error naming the
bundle, never a hang. As always with spawn, a script that starts the window keeps its top level
under ``if __name__ == "__main__"``: the child imports the parent's main script before it starts.
"""

from __future__ import annotations

import importlib
import json
import multiprocessing
import time
import traceback
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Callable

from carekit.domain.enums import Role
from carekit.i18n import QT_TRANSLATE_NOOP
from carekit.services.errors import CareKitError
from carekit.services.workspace import Workspace
from carekit.store.queries import sync as sync_queries

POLL_S = 0.1  # how often the waiting side looks at Cancel and at the child being alive
PROGRESS_EVERY_S = 0.1  # the child sends progress at most this often
STOP_WAIT_S = 5.0  # after terminate, the time a child gets before it is killed outright


class MergeStopped(CareKitError):
    """The merge's process ended before it said it was done (killed, out of memory, a crash)."""


@dataclass(frozen=True)
class MergeJob:
    """What the child needs; sent over the pipe, never on its command line."""

    db_path: str
    file_key: tuple[bytes, bytes] | None  # (key, salt) of an encrypted event file
    operator_id: str
    operator_name: str
    roles: tuple[str, ...]
    health_key: tuple[bytes, str] | None  # (private half, public key) when unlocked on this laptop
    paths: tuple[str, ...]


def job_for(ws: Workspace, paths: list[Path]) -> MergeJob:
    from carekit.security import sealing
    from carekit.services import health_key

    key = ws.db.key
    held = health_key.key_for_file(ws.db)
    return MergeJob(str(ws.db.path.resolve()), (key.key, key.salt) if key is not None else None, ws.operator_id,
                    ws.operator_name, tuple(sorted(r.value for r in ws.roles)),
                    (sealing.private_bytes(held), held.public_key) if held is not None else None,
                    tuple(str(Path(p).resolve()) for p in paths))


class MergeProcess:
    """One child merging ``paths`` in order, one transaction each (as ``sync.import_bundles``)."""

    def __init__(self, ws: Workspace, paths: list[Path]):
        self.ws = ws
        self.paths = [Path(p) for p in paths]
        self.reports: list = []
        self.current = 0  # index of the bundle being merged
        self._context = multiprocessing.get_context("spawn")
        self._conn = None
        self._process = None
        self._done = False
        self._since = 0  # the sync log's last rowid before the child started

    @property
    def pid(self) -> int | None:
        return self._process.pid if self._process is not None else None

    def start(self) -> None:
        job = job_for(self.ws, self.paths)
        # By rowid, not by id: ids made here after a big import are dated ahead of the child's clock.
        with self.ws.db.plain_read() as con:
            self._since = sync_queries.newest_sync_log_rowid(con)
        parent, child = self._context.Pipe(duplex=True)
        process = self._context.Process(target=child_main, args=(child,), name="carekit-merge", daemon=True)
        try:
            process.start()
        except OSError as error:
            parent.close()
            child.close()
            raise MergeStopped("merge_not_started", QT_TRANSLATE_NOOP(
                "Errors", "The merge could not start its own process ({error}); nothing was imported."),
                error=str(error)) from None
        child.close()  # the child has its own end; EOF here then means the child is gone
        self._conn, self._process = parent, process
        try:
            parent.send(job)
        except OSError:
            pass  # the child died at once: wait() says so

    def wait(self, on_file: Callable[[int], None] | None = None,
             on_progress: Callable[[int, int, int], None] | None = None,
             on_report: Callable[[Any], None] | None = None,
             cancelled: Callable[[], bool] = lambda: False) -> list:
        """Relay the child's messages until it is done; raises what stopped it."""
        try:
            while True:
                if cancelled():
                    self._stop()
                    return self._after_cancel(on_report)
                try:
                    ready = self._conn.poll(POLL_S)
                    message = self._conn.recv() if ready else None
                except (EOFError, OSError):
                    return self._after_exit(on_report)
                if message is None:
                    if not self._process.is_alive() and not self._conn.poll(0):
                        return self._after_exit(on_report)
                    continue
                kind = message[0]
                if kind == "file":
                    self.current = message[1]
                    if on_file:
                        on_file(message[1])
                elif kind == "progress":
                    if on_progress:
                        on_progress(*message[1:])
                elif kind == "report":
                    self._take_report(message[2], on_report)
                elif kind == "refused":
                    raise _rebuilt(*message[2:])
                elif kind == "failed":
                    raise MergeStopped("merge_failed", QT_TRANSLATE_NOOP(
                        "Errors", "{file} could not be merged: {error}. Nothing of it was imported."),
                        file=self.paths[message[1]].name, error=message[2])
                elif kind == "done":
                    self._done = True
                    return self.reports
        finally:
            self._close()

    def _take_report(self, fields: dict, on_report) -> None:
        from carekit.services.sync import ImportReport
        report = ImportReport(**fields)
        self.ws.db.written_elsewhere()
        self.reports.append(report)
        if on_report:
            on_report(report)

    def _stop(self) -> None:
        process = self._process
        if process.is_alive():
            process.terminate()
            process.join(STOP_WAIT_S)
        if process.is_alive():
            process.kill()
        process.join()

    def _logged_meanwhile(self, on_report) -> None:
        """Bundles whose transaction committed just before the child ended, their reports unsent:
        the sync log row written in that transaction says so. The child merges in order."""
        self.current = max(self.current, len(self.reports))
        with self.ws.db.plain_read() as con:
            while self.current < len(self.paths):
                path = str(self.paths[self.current].resolve())
                report = sync_queries.import_report_logged_after(con, path, self._since)
                if report is None:
                    return
                self._take_report(json.loads(report), on_report)
                self.current += 1

    def _after_cancel(self, on_report) -> list:
        from carekit.services.sync import SyncCancelled
        self._logged_meanwhile(on_report)
        if self.current >= len(self.paths):
            return self.reports  # everything was merged before Cancel reached the child
        raise SyncCancelled("cancelled", QT_TRANSLATE_NOOP(
            "Errors", "The import of {file} was cancelled; nothing was imported."), file=self.paths[self.current].name)

    def _after_exit(self, on_report) -> list:
        self._process.join(STOP_WAIT_S)
        if self._done:
            return self.reports
        self._logged_meanwhile(on_report)
        if self.current >= len(self.paths):
            return self.reports
        code = self._process.exitcode
        raise MergeStopped("merge_stopped", QT_TRANSLATE_NOOP(
            "Errors", "The merge of {file} stopped before it finished: its process ended unexpectedly (exit code "
                      "{code}). Nothing of {file} was imported; import it again."),
            file=self.paths[self.current].name, code="?" if code is None else code)

    def _close(self) -> None:
        """The child ends right after its last message; one that lingers is stopped, never left."""
        if self._conn is not None:
            self._conn.close()
        if self._process is not None:
            self._process.join(STOP_WAIT_S)
            self._stop()
            self._process.close()
            self._process = None


def run_merge(ws: Workspace, paths: list[Path], **relay) -> list:
    """``sync.import_bundles`` in a child process: the same reports and the same refusals."""
    merge = MergeProcess(ws, paths)
    merge.start()
    return merge.wait(**relay)


def _rebuilt(module: str, name: str, reason: str, template: str, params: dict) -> CareKitError:
    """The child's refusal as the same class, its message translated here, in the window's language."""
    cls = CareKitError
    if module.startswith("carekit."):
        found = getattr(importlib.import_module(module), name, None)
        if isinstance(found, type) and issubclass(found, CareKitError):
            cls = found
    error = cls.__new__(cls)
    CareKitError.__init__(error, reason, template, **params)
    return error


# -- the child ---------------------------------------------------------------------------
def child_main(conn) -> None:
    """Runs in the merge's own process: open the event file as the window's operator, merge each
    bundle, report back. Anything unexpected is reported too, and the process ends."""
    try:
        job: MergeJob = conn.recv()
    except (EOFError, OSError):
        return
    index = 0
    try:
        ws = _open(job)
        try:
            from carekit.services import sync
            for index, path in enumerate(job.paths):
                conn.send(("file", index))
                report = sync.import_bundle(ws, Path(path), _progress_sender(conn, index))
                conn.send(("report", index, asdict(report)))
        finally:
            ws.db.close()
        conn.send(("done",))
    except CareKitError as error:
        _send_refusal(conn, index, error)
    except BaseException as error:  # noqa: BLE001 (the window shows it; the child ends anyway)
        conn.send(("failed", index, f"{type(error).__name__}: {error}", traceback.format_exc()))
    finally:
        conn.close()


def _open(job: MergeJob) -> Workspace:
    from carekit.store.cipher import FileKey
    from carekit.store.db import Database

    # The window folds the merge's WAL into the file: "done" is sent without waiting for that.
    db = Database(job.db_path, key=FileKey(*job.file_key) if job.file_key else None, checkpoints=False)
    ws = Workspace(db, job.operator_id, job.operator_name, frozenset(Role(r) for r in job.roles))
    if job.health_key:
        from carekit.security import sealing
        from carekit.services import health_key
        from carekit.services.events import current_event
        with db.session() as session:
            event_id = current_event(session).id
        health_key.remember(ws, event_id, sealing.from_private_bytes(*job.health_key))
    return ws


def _progress_sender(conn, index: int) -> Callable[[int, int], bool]:
    last = [0.0]

    def progress(done: int, total: int) -> bool:
        now = time.monotonic()
        if now - last[0] >= PROGRESS_EVERY_S or done >= total:
            last[0] = now
            conn.send(("progress", index, done, total))
        return True  # Cancel ends this process; it never asks the merge to stop

    return progress


def _send_refusal(conn, index: int, error: CareKitError) -> None:
    kind = type(error)
    message = ("refused", index, kind.__module__, kind.__qualname__, error.reason, error.template)
    try:
        conn.send(message + (dict(error.params),))
    except Exception:  # noqa: BLE001 (a parameter that does not pickle is shown as text)
        conn.send(message + ({k: str(v) for k, v in error.params.items()},))
