"""A job that outlives its window: once Qt deleted the signals' object, the job learns it from
progress (as if cancelled) and its end is dropped quietly instead of raising in the worker."""

from __future__ import annotations

import shiboken6

from carekit.ui.workers import Task


def test_a_job_whose_window_is_gone_stops_at_its_next_progress_and_ends_without_error(qapp):
    seen = []

    def job(progress):
        seen.append(progress(1, 3, ""))
        shiboken6.delete(task.signals)  # what closing the window does to a job still running
        seen.append(progress(2, 3, ""))
        return "finished"

    task = Task(job)
    task.run()  # on this thread: an error raised by an emit would surface here
    assert seen == [True, False]


def test_a_failing_job_whose_window_is_gone_ends_without_a_second_error(qapp):
    def job(_progress):
        shiboken6.delete(task.signals)
        raise ValueError("the job's own error")

    task = Task(job)
    task.run()


def test_a_cancelled_job_still_hears_false_from_progress(qapp):
    task = Task(lambda progress: progress(1, 1, ""))
    seen = []
    task.signals.progress.connect(lambda *args: seen.append(args))
    task.cancel()
    assert task._progress(1, 2, "x") is False and seen == [(1, 2, "x")]
