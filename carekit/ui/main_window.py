"""The main window: pages as tabs (only those the operator's roles may use), menus, status."""

from __future__ import annotations

import importlib

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QTabWidget, QWidget

from carekit.domain.enums import Role
from carekit.services.sign_in_view import event_and_desk
from carekit.services.errors import CareKitError
from carekit.ui.context import AppContext
from carekit.ui.language import LANGUAGES, apply_language
from carekit.ui.pages import PAGES, PageSpec
from carekit.ui.roles import allow


def _page_class(spec: PageSpec):
    module, _, name = spec.target.partition(":")
    return getattr(importlib.import_module(module), name)


class _NotYetBuilt(QWidget):
    """Stands in a tab until the page is first opened."""

    def __init__(self, spec: PageSpec, parent=None):
        super().__init__(parent)
        self.spec = spec

    def page_title(self) -> str:
        return QCoreApplication.translate("Pages", self.spec.title)


class MainWindow(QMainWindow):
    open_requested = Signal()
    new_requested = Signal()
    join_requested = Signal()
    switch_operator_requested = Signal()

    def __init__(self, context: AppContext):
        super().__init__()
        self.context = context
        self.tabs = QTabWidget()
        self.tabs.currentChanged.connect(self._build_tab)
        self.setCentralWidget(self.tabs)
        self.status_event = QLabel()
        self.status_operator = QLabel()
        self.statusBar().addWidget(self.status_event, 1)
        self.statusBar().addPermanentWidget(self.status_operator)
        self._build_menus()
        self._page_shortcuts()
        self.build_pages()
        context.operator_changed.connect(self.build_pages)
        context.operator_changed.connect(self.retranslate)  # role-dependent menu entries
        context.changed.connect(self.update_status)
        self.resize(1180, 780)
        self.retranslate()

    # -- pages --------------------------------------------------------------------------
    def build_pages(self) -> None:
        """Rebuilt when another operator signs in: a desk volunteer never sees a medic's page."""
        roles = self.context.workspace.roles
        while self.tabs.count():
            widget = self.tabs.widget(0)
            self.tabs.removeTab(0)
            widget.deleteLater()
        for spec in PAGES:
            if spec.roles and not roles.intersection(spec.roles):
                continue
            placeholder = _NotYetBuilt(spec, self.tabs)
            self.tabs.addTab(placeholder, placeholder.page_title())
        if self.tabs.count():
            self._build_tab(0)
        self.update_status()

    def _build_tab(self, index: int):
        widget = self.tabs.widget(index)
        if not isinstance(widget, _NotYetBuilt):
            return widget
        current = self.tabs.currentIndex()
        self.tabs.blockSignals(True)
        page = _page_class(widget.spec)(self.context, self.tabs)
        self.tabs.removeTab(index)
        self.tabs.insertTab(index, page, page.page_title())
        self.tabs.setCurrentIndex(current)
        self.tabs.blockSignals(False)
        widget.deleteLater()
        return page

    def page(self, cls_name: str):
        """The page of that class, built now if it was not yet; None when the role hides it."""
        for i in range(self.tabs.count()):
            widget = self.tabs.widget(i)
            if type(widget).__name__ == cls_name or (isinstance(widget, _NotYetBuilt)
                                                     and widget.spec.class_name == cls_name):
                return self._build_tab(i)
        return None

    # -- menus --------------------------------------------------------------------------
    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.action_new = self.file_menu.addAction("", self.new_requested.emit)
        self.action_open = self.file_menu.addAction("", self.open_requested.emit)
        self.action_open.setShortcut(QKeySequence("Ctrl+O"))  # StandardKey costs 50 ms at start-up
        self.action_join = self.file_menu.addAction("", self.join_requested.emit)
        self.action_export_setup = self.file_menu.addAction("", self._export_setup)
        self.action_apply_setup = self.file_menu.addAction("", self._apply_setup)
        self.file_menu.addSeparator()
        self.action_import_roster = self.file_menu.addAction("", self._import_roster)
        self.action_export_bundle = self.file_menu.addAction("", self._export_bundle)
        self.action_import_bundles = self.file_menu.addAction("", self._import_bundles)
        self.action_print_badges = self.file_menu.addAction("", self._print_badges)
        self.file_menu.addSeparator()
        self.action_switch = self.file_menu.addAction("", self.switch_operator_requested.emit)
        self.action_switch.setShortcut(QKeySequence("Ctrl+L"))
        self.file_menu.addSeparator()
        self.action_quit = self.file_menu.addAction("", self.close)
        self.action_quit.setShortcut(QKeySequence("Ctrl+Q"))
        self.event_menu = bar.addMenu("")
        self.action_add_site = self.event_menu.addAction("", lambda: self._dialog("AddSiteDialog"))
        self.action_device = self.event_menu.addAction("", lambda: self._dialog("DeviceDialog"))
        self.event_menu.addSeparator()
        self.event_menu.setToolTipsVisible(True)
        self.action_export_person = self.event_menu.addAction("", self._export_person)
        self.action_erase_person = self.event_menu.addAction("", self._erase_person)
        self.action_operators = self.event_menu.addAction("", self._operators)
        self.action_notices = self.event_menu.addAction("", self._notices)
        self.language_menu = bar.addMenu("")
        group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code, name in LANGUAGES.items():
            action = self.language_menu.addAction(name, lambda c=code: apply_language(c))
            action.setCheckable(True)
            group.addAction(action)
            self.language_actions[code] = action
        self.help_menu = bar.addMenu("")
        self.action_user_guide = self.help_menu.addAction("", self._user_guide)
        self.action_user_guide.setShortcut(QKeySequence("F1"))

    def _page_shortcuts(self) -> None:
        """Ctrl+1 … Ctrl+9 open the pages in tab order, whatever has the focus."""
        self.page_shortcuts = []
        for n in range(1, 10):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{n}"), self)
            shortcut.activated.connect(lambda i=n - 1: self._go_to_page(i))
            self.page_shortcuts.append(shortcut)

    def _go_to_page(self, index: int) -> None:
        if index < self.tabs.count():
            self.tabs.setCurrentIndex(index)
            self._build_tab(index)
            self.tabs.currentWidget().setFocus()

    def update_actions(self) -> None:
        """Enabled for the roles that may use them, else disabled with the reason on hover."""
        ws = self.context.workspace
        allow(self.action_new, ws, Role.COORDINATOR)
        allow(self.action_import_roster, ws, Role.COORDINATOR)
        allow(self.action_export_setup, ws, Role.COORDINATOR)
        allow(self.action_add_site, ws, Role.COORDINATOR)
        allow(self.action_operators, ws, Role.COORDINATOR)
        allow(self.action_notices, ws, Role.COORDINATOR)
        allow(self.action_print_badges, ws, Role.DESK, Role.COORDINATOR)

    def _operators(self) -> None:
        from carekit.ui.operators_dialog import OperatorsDialog
        OperatorsDialog(self.context, self).exec()

    def _notices(self) -> None:
        from carekit.ui.notices_dialog import NoticesDialog
        NoticesDialog(self.context, self).exec()

    def _export_setup(self) -> None:
        from carekit.ui.join_dialogs import ExportSetupDialog
        ExportSetupDialog(self.context, self).exec()

    def _apply_setup(self) -> None:
        from carekit.ui.join_dialogs import ApplySetupDialog
        ApplySetupDialog(self.context, self).exec()

    def _dialog(self, name: str) -> None:
        from carekit.ui import event_dialogs  # imported when first needed, not at start-up
        try:
            getattr(event_dialogs, name)(self.context, self).exec()
        except CareKitError as error:
            QMessageBox.warning(self, self.tr("CareKit"), error.message)

    def _import_roster(self) -> None:
        from carekit.ui.roster import open_import_dialog
        open_import_dialog(self, self.context)

    def _export_bundle(self) -> None:
        from carekit.ui.sync.actions import export_bundle
        export_bundle(self, self.context)

    def _import_bundles(self) -> None:
        from carekit.ui.sync.actions import import_bundles
        import_bundles(self, self.context)

    def _export_person(self) -> None:
        from carekit.ui.people.rights import export_selected
        export_selected(self, self.context)

    def _erase_person(self) -> None:
        from carekit.ui.people.rights import erase_selected
        erase_selected(self, self.context)

    def _user_guide(self) -> None:
        from carekit.ui.guide import open_user_guide
        self.guide = open_user_guide(self)

    def _print_badges(self) -> None:
        from carekit.ui.printing import open_batch_dialog
        open_batch_dialog(self, self.context)

    # -- text ---------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.file_menu.setTitle(self.tr("&File"))
        self.action_new.setText(self.tr("New event…"))
        self.action_open.setText(self.tr("Open event…"))
        self.action_join.setText(self.tr("Join an event from a setup file…"))
        self.action_export_setup.setText(self.tr("Export the setup file for other laptops…"))
        self.action_apply_setup.setText(self.tr("Apply a newer setup file (new keys, operators' PINs)…"))
        self.action_switch.setText(self.tr("Switch operator / sign out…"))
        self.action_operators.setText(self.tr("Operators and settings…"))
        self.action_notices.setText(self.tr("Consent notices…"))
        self.action_import_roster.setText(self.tr("Import roster…"))
        self.action_export_bundle.setText(self.tr("Export sync bundle…"))
        self.action_import_bundles.setText(self.tr("Import sync bundles…"))
        self.action_print_badges.setText(self.tr("Print badges…"))
        self.action_quit.setText(self.tr("Quit"))
        self.event_menu.setTitle(self.tr("&Event"))
        self.action_add_site.setText(self.tr("Add site…"))
        self.action_device.setText(self.tr("This laptop…"))
        self.action_export_person.setText(self.tr("Export the selected person's data…"))
        self.action_erase_person.setText(self.tr("Erase the selected person…"))
        coordinator = self.context.workspace.has(Role.COORDINATOR)
        for action in (self.action_export_person, self.action_erase_person):
            action.setEnabled(coordinator)
            action.setToolTip("" if coordinator else self.tr("Only a coordinator may do this."))
        self.language_menu.setTitle(self.tr("&Language"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.action_user_guide.setText(self.tr("User guide"))
        self.update_actions()
        for i in range(self.tabs.count()):
            self.tabs.setTabText(i, self.tabs.widget(i).page_title())
        self.update_status()

    def set_language_checked(self, code: str) -> None:
        if code in self.language_actions:
            self.language_actions[code].setChecked(True)

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def update_status(self, _area: str = "") -> None:
        ws = self.context.workspace
        event, desk, _city = event_and_desk(ws.db)
        if not event:
            return
        self.setWindowTitle(f"CareKit — {event}")
        self.status_event.setText(self.tr("{event} · {desk} · {file}").format(
            event=event, desk=desk, file=ws.db.path.name))
        self.status_operator.setText(self.tr("Operator: {name}").format(name=ws.operator_name or "—"))
