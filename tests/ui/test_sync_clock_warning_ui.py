"""A merge from a laptop whose clock runs far ahead says so in the window, in its language:
the merge's own process has no translator, so the window words the warning itself."""

from __future__ import annotations

from carekit.domain.clock import MAX_AHEAD_MS
from carekit.services import merge_process
from carekit.ui.language import apply_language
from carekit.ui.sync.actions import report_text
from tests.unit.sync_lab import close_all, make_event
from tests.unit.test_sync_busy import register, set_clock_ahead

DAY_MS = 24 * 3600 * 1000


def test_a_merge_from_a_laptop_a_day_ahead_warns_in_the_windows_language(qtbot, tmp_path):
    a, b = make_event(tmp_path / "event", 2)
    try:
        set_clock_ahead(b, DAY_MS)
        register(b, "张伟")
        bundle = b.export(tmp_path)
        apply_language("zh_CN", remember=False)
        [report] = merge_process.run_merge(a.ws, [bundle])
        assert report.clocks_ahead and report.clocks_ahead[0][0] == "desk 2"
        text = report_text(report)
        assert f"desk 2 的时钟比本机快了 {MAX_AHEAD_MS // 60_000} 分钟以上" in text
        assert "runs ahead" not in text
    finally:
        apply_language("en", remember=False)
        close_all([a, b])


def test_a_merge_from_laptops_whose_clocks_are_right_adds_no_warning(qtbot, tmp_path):
    a, b = make_event(tmp_path / "event", 2)
    try:
        register(b, "李娜")
        [report] = merge_process.run_merge(a.ws, [b.export(tmp_path)])
        assert report.clocks_ahead == [] and "\n" not in report_text(report)
    finally:
        close_all([a, b])
