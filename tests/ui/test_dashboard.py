"""The coordinator's dashboard through the day: it follows the desk's scans and other laptops'
bundles by itself while it is on screen."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from carekit.services.checkin import check_in
from carekit.services.dashboard import providers
from carekit.services.events import current_event
from carekit.services.people import PersonInput, register_people
from carekit.ui.context import AppContext
from carekit.ui.dashboard.page import DashboardPage
from carekit.ui.sync import actions
from tests.ui.test_desk import scan
from tests.unit.sync_lab import close_all, make_event

ROOT = Path(__file__).resolve().parents[2]

providers()  # import every panel's module at collection: some load reportlab, which reads its settings files


def figure(page: DashboardPage, panel: str, label: str) -> str:
    box = page.boxes[panel]
    return next(value.text() for value, name in box.figures if name.text() == label and not value.isHidden())


def open_dashboard(qtbot, window) -> DashboardPage:
    page = window.page("DashboardPage")
    with qtbot.waitSignal(page.refreshed, timeout=20000):
        window.tabs.setCurrentWidget(page)
    return page


def test_a_scan_at_the_desk_shows_on_the_dashboard(qtbot, window, desk, event_workspace):
    scan(qtbot, desk, event_workspace.registered["王小明"].token)
    page = open_dashboard(qtbot, window)
    assert figure(page, "arrivals", "Checked in") == "1 (25%)"
    assert figure(page, "arrivals", "Registered") == "4"
    assert "this laptop up to" in page.boxes["arrivals"].fresh.text()
    # While the coordinator watches, the next check-in on this laptop shows within a moment.
    with qtbot.waitSignal(page.refreshed, timeout=20000):
        check_in(event_workspace, event_workspace.registered["张伟"].token)
        window.context.changed.emit("checkin")
    assert figure(page, "arrivals", "Checked in") == "2 (50%)"
    desks = page.boxes["desks"].tables[0][1]
    assert desks.item(0, 0).text() == "desk 2" and desks.item(0, 2).text() == "2"
    assert page.boxes["arrivals"].charts[0].chart.series


@pytest.fixture
def two_desks(tmp_path):
    a, b = make_event(tmp_path / "event", 2)
    with a.ws.writing() as journal:
        people = register_people(journal, current_event(journal.session),
                                 [PersonInput("王小明"), PersonInput("张伟"), PersonInput("Ana Souza")], source="roster")
    b.take(a.export(tmp_path))
    for person in people[:2]:
        check_in(b.ws, person.token)
    yield a, b.export(tmp_path)
    close_all([a, b])


def test_a_bundle_from_another_desk_shows_on_the_dashboard(qtbot, two_desks):
    a, bundle = two_desks
    context = AppContext(a.ws)
    page = DashboardPage(context)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    with qtbot.waitSignal(page.refreshed, timeout=20000):
        page.show()
    assert figure(page, "arrivals", "Checked in") == "0 (0%)"
    with qtbot.waitSignal(page.refreshed, timeout=30000):
        actions.import_bundles(page, context, [str(bundle)])
    qtbot.waitUntil(lambda: figure(page, "arrivals", "Checked in") == "2 (67%)", timeout=20000)
    assert "desk 2 up to" in page.boxes["arrivals"].fresh.text()
    laptops = page.boxes["laptops"].tables[0][1]
    assert sorted(laptops.item(r, 0).text() for r in range(laptops.rowCount())) == ["desk 1", "desk 2"]
    if getattr(page, "last_report", None) is not None:
        page.last_report.close()


def test_the_first_figures_come_from_the_days_sql_count_and_then_the_page_follows_scans(qtbot, two_desks):
    from carekit.services import day_figures
    from carekit.services.dashboard import live_counted
    a, bundle = two_desks
    a.take(bundle)  # desk 2's two check-ins of today
    day_figures._tallies.clear()  # a new session: the live tally has not counted yet
    context = AppContext(a.ws)
    page = DashboardPage(context)
    qtbot.addWidget(page)
    first = []
    page.first_figures_shown.connect(lambda: first.append((live_counted(a.ws), figure(page, "arrivals", "Checked in"))))
    with qtbot.waitSignal(page.refreshed, timeout=20000):
        page.show()
    assert first == [(False, "2 (67%)")]  # on screen before the whole count ran
    assert live_counted(a.ws) and figure(page, "arrivals", "Checked in") == "2 (67%)"
    with a.ws.writing() as journal:
        walk_in, = register_people(journal, current_event(journal.session), [PersonInput("Lúcia Prado")],
                                   source="walk-in")
    with qtbot.waitSignal(page.refreshed, timeout=20000):
        check_in(a.ws, walk_in.token)
        context.changed.emit("checkin")
    assert figure(page, "arrivals", "Checked in") == "3 (75%)" and figure(page, "arrivals", "Walk-ins") == "1 / 1"
    assert len(first) == 1


def tab_after(widget):
    """The widget Tab moves to from ``widget``."""
    from PySide6.QtCore import Qt
    following = widget.nextInFocusChain()
    while not following.focusPolicy() & Qt.FocusPolicy.TabFocus or not following.isVisible():
        following = following.nextInFocusChain()
    return following


def test_the_coordinator_picks_another_day_from_the_keyboard(qtbot, two_desks):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDateTimeEdit
    from carekit.services.dashboard import today
    a, bundle = two_desks
    a.take(bundle)  # desk 2's two check-ins of today
    page = DashboardPage(AppContext(a.ws))
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.refreshed, timeout=20000):
        page.show()
    day = today(a.ws)
    assert page.day.date().toString("yyyy-MM-dd") == day and page.chosen_day == ""
    assert figure(page, "arrivals", "Checked in") == "2 (67%)"
    assert page.day_label.buddy() is page.day and tab_after(page.site) is page.day  # Alt+D, or Tab
    page.day.setCurrentSection(QDateTimeEdit.Section.DaySection)
    away, back = (Qt.Key.Key_Up, Qt.Key.Key_Down) if day.endswith("-01") else (Qt.Key.Key_Down, Qt.Key.Key_Up)
    with qtbot.waitSignal(page.refreshed, timeout=20000):
        qtbot.keyClick(page.day, away)
    other = page.day.date().toString("yyyy-MM-dd")
    assert other != day and page.chosen_day == other and page.board.date == other
    assert figure(page, "arrivals", "Checked in") == "0 (0%)"
    with qtbot.waitSignal(page.refreshed, timeout=20000):
        qtbot.keyClick(page.day, back)
    assert page.chosen_day == "" and figure(page, "arrivals", "Checked in") == "2 (67%)"


@pytest.mark.parametrize("language, shown", [("zh_CN", "2031/3/5"), ("zh_TW", "2031/3/5"), ("es", "5/3/2031"),
                                             ("pt_BR", "05/03/2031"), ("en", "3/5/2031")])
def test_the_day_picker_writes_the_day_as_the_persons_language_does(qtbot, two_desks, language, shown):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDateTimeEdit
    from carekit import i18n
    from carekit.ui.language import apply_language
    a, _ = two_desks
    page = DashboardPage(AppContext(a.ws))
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.refreshed, timeout=20000):
        page.show()
    try:
        with qtbot.waitSignal(page.refreshed, timeout=20000):
            apply_language(language, remember=False)
        page.show_day("2031-03-05")
        assert page.day.text() == shown
        page.day.setCurrentSection(QDateTimeEdit.Section.DaySection)
        with qtbot.waitSignal(page.refreshed, timeout=20000):
            qtbot.keyClick(page.day, Qt.Key.Key_Up)
        assert page.chosen_day == "2031-03-06" and page.board.date == "2031-03-06"  # the services' day stays ISO
    finally:
        apply_language("en", remember=False)
        i18n.install(None)


def test_a_desk_volunteer_sees_no_screening_panel(qtbot, two_desks):
    a, _ = two_desks
    from carekit.domain.enums import Role
    from carekit.services.operators import add_operator, sign_in
    add_operator(a.ws, "Desk Li", [Role.DESK], pin="135790")
    page = DashboardPage(AppContext(sign_in(a.db, "Desk Li", "135790")))
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.refreshed, timeout=20000):
        page.show()
    assert list(page.boxes) == ["arrivals", "desks", "laptops"]


def test_the_charts_library_is_not_loaded_at_start_up(tmp_path):
    code = ("import sys; from carekit.store.db import Database; from carekit.services.events import SiteInput, "
            "create_event; from PySide6.QtWidgets import QApplication; app = QApplication([]); "
            "from carekit.app import build_window; "
            f"ws = create_event(Database(r'{tmp_path / 'e.carekit'}'), name='E', operator_name='Lin', "
            "sites=[SiteInput('深圳')]); w = build_window(ws); w.show(); app.processEvents(); "
            "print('pyqtgraph' in sys.modules, 'numpy' in sys.modules)")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CAREKIT_HOME": str(tmp_path)}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)
    assert done.stdout.split() == ["False", "False"], done.stderr


@pytest.fixture
def busy_morning(tmp_path):
    """Two sites' desks through a morning: 240 people, 200 arrivals between 08:30 and 11:00 today."""
    import datetime as dt
    import random
    from zoneinfo import ZoneInfo
    from carekit.domain.tables import CheckIn
    from carekit.services import events, sync
    a, b = make_event(tmp_path / "event", 2)
    sites = {s.city: s.id for s in events.sites(a.ws)}
    events.set_device(b.ws, site_id=sites["广州"])
    today = dt.datetime.now(ZoneInfo("Asia/Shanghai")).date().isoformat()
    rng = random.Random(5)
    names = "张伟 王芳 李娜 刘洋 陈静 赵磊 黄勇 周杰 吴敏 徐丽 孙悦 马超".split()
    regs = []
    for laptop, site in ((a, "深圳"), (b, "广州")):
        crowd = [PersonInput(f"{rng.choice(names)}{i}", category="family" if i % 9 == 0 else "worker")
                 for i in range(120)]
        with laptop.ws.writing() as journal:
            made = register_people(journal, current_event(journal.session), crowd, source="roster",
                                   site_id=sites[site])
        regs.append((laptop, [m.registration_id for m in made]))
    for laptop, ids in regs:
        with laptop.ws.writing() as journal:
            journal.add_facts(CheckIn, [{"registration_id": rid, "point": "entrance", "desk": "",
                                         "at": f"{today}T{8 + m // 60:02d}:{m % 60:02d}:00+08:00"}
                                        for rid, m in ((rid, 30 + int(rng.triangular(0, 150, 45))) for rid in ids[:100])])
    sync.import_bundle(a.ws, b.export(tmp_path))
    yield a
    close_all([a, b])


def test_a_busy_morning_on_the_dashboard_in_english_and_chinese(qtbot, busy_morning):
    from carekit import i18n
    from carekit.ui.fonts import load_bundled_fonts
    from carekit.ui.language import apply_language
    load_bundled_fonts()  # as the app does at start-up, so Chinese labels have glyphs
    context = AppContext(busy_morning.ws)
    page = DashboardPage(context)
    qtbot.addWidget(page)
    page.resize(1280, 900)
    with qtbot.waitSignal(page.refreshed, timeout=30000):
        page.show()
    assert figure(page, "arrivals", "Registered") == "240"
    assert figure(page, "arrivals", "Checked in") == "200 (83%)"
    chart = page.boxes["arrivals"].charts[0].chart
    assert sorted(chart.series) == ["广州", "深圳"] and sum(map(sum, chart.series.values())) == 200
    shots = os.environ.get("CAREKIT_SCREENSHOTS")
    if shots:
        qtbot.wait(500)  # the new panels' first layout and paint
        page.grab().save(str(ROOT / "carekit" / "resources" / "screenshots" / "dashboard_en.png"))
    try:
        with qtbot.waitSignal(page.refreshed, timeout=30000):
            apply_language("zh_CN", remember=False)
        assert figure(page, "arrivals", "已登记") == "240"
        assert page.boxes["arrivals"].title() == "到场"
        if shots:
            qtbot.wait(500)
            page.grab().save(str(ROOT / "carekit" / "resources" / "screenshots" / "dashboard_zh_CN.png"))
    finally:
        apply_language("en", remember=False)
        i18n.install(None)


def test_a_panels_times_are_written_as_the_language_writes_them_with_the_date_on_another_day():
    from PySide6.QtCore import QLocale
    from carekit.services.dashboard import Moment
    from carekit.ui.dashboard.page import moment_text
    before = QLocale()
    try:
        for language, same_day, next_day in (("en", "2:05\u202fPM", "12/6/2026 8:15\u202fAM"),
                                             ("zh_CN", "14:05", "2026/12/6 08:15"), ("es", "14:05", "6/12/2026 8:15")):
            QLocale.setDefault(QLocale(language))
            assert moment_text(Moment("2026-12-05T14:05+08:00"), "2026-12-05") == same_day, language
            assert moment_text(Moment("2026-12-06T08:15+08:00"), "2026-12-05") == next_day, language
        assert moment_text(12, "2026-12-05") == "12" and moment_text("2026-12-05", "2026-12-05") == "2026-12-05"
    finally:
        QLocale.setDefault(before)
