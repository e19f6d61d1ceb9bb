"""The dashboard's family-visit panel: travellers expected, arrived and missing (as the arrivals
board says now), and where every traveller stands. Counts only, from the family services, for the roles that see the board."""

from __future__ import annotations

from carekit.domain import family as rules
from carekit.i18n import QT_TRANSLATE_NOOP
from carekit.services.dashboard import PanelProvider, PanelView, Scope, Table, Words, register
from carekit.services.family import ARRIVALS
from carekit.services.family_board import family_counts
from carekit.services.family_summary import day_summary

D = "Dashboard"
STATUS_LABELS = {  # the family papers' words (carekit.services.family_print), without loading reportlab
    "invited": QT_TRANSLATE_NOOP("Family", "invited"), "confirmed": QT_TRANSLATE_NOOP("Family", "confirmed"),
    "ticketed": QT_TRANSLATE_NOOP("Family", "ticketed"), "travelling": QT_TRANSLATE_NOOP("Family", "travelling"),
    "arrived": QT_TRANSLATE_NOOP("Family", "arrived"), "departed": QT_TRANSLATE_NOOP("Family", "departed"),
    "home": QT_TRANSLATE_NOOP("Family", "home"),
}


def family_panel(scope: Scope, words: Words) -> PanelView | None:
    counts = family_counts(scope.ws)
    summary = day_summary(scope.ws)
    if not counts.expected and not any(summary.by_status.values()):
        return None  # an event without family visits shows no empty panel
    view = PanelView("family", words(D, QT_TRANSLATE_NOOP("Dashboard", "Family visits")))
    view.headline = [
        (words(D, QT_TRANSLATE_NOOP("Dashboard", "Expected")), str(counts.expected)),
        (words(D, QT_TRANSLATE_NOOP("Dashboard", "Arrived")), str(counts.arrived)),
        (words(D, QT_TRANSLATE_NOOP("Dashboard", "Missing")), str(counts.missing)),
    ]
    view.tables.append(Table(words(D, QT_TRANSLATE_NOOP("Dashboard", "Travellers by status")), [
        words(D, QT_TRANSLATE_NOOP("Dashboard", "Status")), words(D, QT_TRANSLATE_NOOP("Dashboard", "Travellers"))],
        [[words("Family", STATUS_LABELS.get(s, s)), summary.by_status.get(s, 0)] for s in rules.STATUS_FLOW]))
    view.freshness = scope.freshness(scope.tally.checkin_newest)  # pick-ups are scans too
    return view


register(PanelProvider("family", QT_TRANSLATE_NOOP("Dashboard", "Family visits"), frozenset(ARRIVALS),
                       family_panel, 60, depends=("revision",), max_age_s=30))  # a pick-up advances the status
