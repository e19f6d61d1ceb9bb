"""The main window's pages, in tab order, as ``module:Class``.

A page is a QWidget built as ``Page(context, parent)``; it has ``page_title()`` (translated),
``roles`` (the operator roles that see it; empty = everyone) and refreshes itself on
``QEvent.LanguageChange`` and ``context.changed``.
"""

PAGES = [
    "carekit.ui.desk.page:DeskPage",
    "carekit.ui.screening.station:StationPage",
    "carekit.ui.screening.referral_queue:ReferralQueuePage",
    "carekit.ui.screening.overview:OverviewPage",
    "carekit.ui.printing.verify_page:VerifyPage",
    "carekit.ui.sync.page:SyncPage",
]
