"""The dashboard's training panel: the day's sessions, attendance, results and certificates,
from the training services, for trainers and coordinators."""

from __future__ import annotations

from datetime import date

from carekit.domain.enums import Role
from carekit.i18n import QT_TRANSLATE_NOOP
from carekit.services.dashboard import Chart, PanelProvider, PanelView, Scope, Table, Words, register
from carekit.services.training_overview import training_today

D = "Dashboard"


def training_panel(scope: Scope, words: Words) -> PanelView | None:
    today = training_today(scope.ws, date.fromisoformat(scope.date))
    if not today.sessions and not today.certificates_issued:
        return None  # no course that day: no empty panel
    view = PanelView("training", words(D, QT_TRANSLATE_NOOP("Dashboard", "Training")))
    rate = "—" if today.pass_rate is None else f"{round(100 * today.pass_rate)}%"
    view.headline = [
        (words(D, QT_TRANSLATE_NOOP("Dashboard", "Sessions")), str(today.sessions)),
        (words(D, QT_TRANSLATE_NOOP("Dashboard", "Attended")), f"{today.attended} / {today.enrolled}"),
        (words(D, QT_TRANSLATE_NOOP("Dashboard", "Pass rate")), rate),
        (words(D, QT_TRANSLATE_NOOP("Dashboard", "Certificates issued")), str(today.certificates_issued)),
    ]
    results = [(QT_TRANSLATE_NOOP("Dashboard", "Passed"), today.passed),
               (QT_TRANSLATE_NOOP("Dashboard", "Failed"), today.failed),
               (QT_TRANSLATE_NOOP("Dashboard", "Not finished"), today.incomplete)]
    view.tables.append(Table(words(D, QT_TRANSLATE_NOOP("Dashboard", "Results of the day's sessions")), [
        words(D, QT_TRANSLATE_NOOP("Dashboard", "Result")), words(D, QT_TRANSLATE_NOOP("Dashboard", "People"))],
        [[words(D, label), n] for label, n in results]))
    view.charts.append(Chart("bars", words(D, QT_TRANSLATE_NOOP("Dashboard", "Results of the day's sessions")),
                             [words(D, label) for label, _ in results],
                             {words(D, QT_TRANSLATE_NOOP("Dashboard", "People")): [n for _, n in results]}))
    view.freshness = scope.freshness(scope.tally.checkin_newest)  # attendance is scanned at the door
    return view


register(PanelProvider("training", QT_TRANSLATE_NOOP("Dashboard", "Training"),
                       frozenset({Role.TRAINER, Role.COORDINATOR}), training_panel, 50,
                       depends=("revision", "attendance")))
