"""The main window's pages, in tab order: where the class lives, who sees it, its tab title.

A page is a QWidget built as ``Page(context, parent)`` with ``page_title()`` (translated); it
refreshes itself on ``QEvent.LanguageChange`` and ``context.changed``. Pages other than the first
are imported and built when first opened, so the desk is usable sooner.
"""

from __future__ import annotations

from dataclasses import dataclass

from carekit.domain.enums import Role
from carekit.i18n import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class PageSpec:
    target: str  # "module:Class"
    title: str  # source text; shown through translate("Pages", title) until the page is built
    roles: frozenset[Role] = frozenset()  # empty: everyone

    @property
    def class_name(self) -> str:
        return self.target.partition(":")[2]


HEALTH = frozenset({Role.MEDIC, Role.COORDINATOR})

PAGES = [
    PageSpec("carekit.ui.desk.page:DeskPage", QT_TRANSLATE_NOOP("Pages", "Check-in desk")),
    PageSpec("carekit.ui.dashboard.page:DashboardPage", QT_TRANSLATE_NOOP("Pages", "Dashboard")),
    PageSpec("carekit.ui.screening.station:StationPage", QT_TRANSLATE_NOOP("Pages", "Screening station"), HEALTH),
    PageSpec("carekit.ui.screening.referral_queue:ReferralQueuePage", QT_TRANSLATE_NOOP("Pages", "Referrals"), HEALTH),
    PageSpec("carekit.ui.screening.overview:OverviewPage", QT_TRANSLATE_NOOP("Pages", "Station overview"), HEALTH),
    PageSpec("carekit.ui.family.page:FamilyPage", QT_TRANSLATE_NOOP("Pages", "Family visits"),
             frozenset({Role.COORDINATOR, Role.DESK})),
    PageSpec("carekit.ui.training.page:TrainingPage", QT_TRANSLATE_NOOP("Pages", "Training")),
    PageSpec("carekit.ui.printing.verify_page:VerifyPage", QT_TRANSLATE_NOOP("Pages", "Verify certificate")),
    PageSpec("carekit.ui.sync.page:SyncPage", QT_TRANSLATE_NOOP("Pages", "Sync")),
]
