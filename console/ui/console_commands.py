"""The console's menus and toolbar, and the windows they open beside it.

The counter's own actions (call next, finish...) belong to ``Serving``
(console/ui/queue/serving.py) and the lock's to ``ConsoleLock``; this module puts them
in the menu bar and the toolbar with the window's other commands (refresh, search,
stranded visitors, setting up the desk, plugins, log folder, about) and keeps the
windows those open: one search, one stranded list, one admin window per session.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QSettings, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QMenu, QMessageBox, QToolBar

from console import paths
from console.core.cases import CaseView
from console.core.permissions import Permission, allows
from console.i18n import error_text
from console.ui.console_appearance import ConsoleAppearance
from console.ui.console_zones import ConsoleZones
from console.ui.shared.actions import make_action
from console.ui.shared.database_pool import database_pool
from console.ui.shared.errors import exec_dialog
from console.ui.shared.labels import ui_language
from console.ui.shared.theme import current_appearance
from console.ui.shared.worker import run_in_background

if TYPE_CHECKING:
    from console.ui.console_window import ConsoleWindow

# Text size (percent) from which the toolbar takes two rows.
TWO_TOOLBAR_ROWS_FROM = 150


class ConsoleCommands(QObject):
    """The menus, the toolbar and the windows they open, for one person's session."""

    # The tour over the window ended, seen through or skipped.
    tour_ended = Signal()

    def __init__(self, window: ConsoleWindow, window_settings: Callable[[], QSettings]) -> None:
        super().__init__(window)
        self.window = window
        # The keyboard's way between the zones, and this person's theme and text size.
        self.zones = ConsoleZones(window)
        self.appearance = ConsoleAppearance(
            window, window.signed_in.staff.username, window_settings
        )
        self.search_dialog: Any = None
        self.stranded_dialog: Any = None
        self.admin_window: Any = None
        self.log_folder_box: QMessageBox | None = None
        self.help_dialog: Any = None
        self.tour: Any = None
        self._make_actions()
        self._make_menus()
        self._make_toolbar()

    # ------------------------------------------------------------ building
    def _action(self, text: str, shortcut: str, tip: str, name: str) -> QAction:
        return make_action(self.window, text, shortcut, tip, name)

    def _make_actions(self) -> None:
        window = self.window
        self.refresh_action = self._action(
            self.tr("Refresh"), "Ctrl+R", self.tr("Read the queues again"), "refresh"
        )
        self.refresh_action.triggered.connect(window.refresh)
        self.quit_action = self._action(self.tr("Quit"), "Ctrl+Q", self.tr("Close Tiski"), "quit")
        self.quit_action.triggered.connect(window.close)
        self.help_action = self._action(
            self.tr("Help"), "F1", self.tr("A short guide to this window"), "help"
        )
        self.help_action.triggered.connect(self.show_help)
        self.tour_action = self._action(
            self.tr("Tour of the console"),
            "",
            self.tr("The console's zones, one at a time"),
            "tour",
        )
        self.tour_action.triggered.connect(self.show_tour)
        self.log_folder_action = self._action(
            self.tr("Open log folder"), "", self.tr("Show Tiski's log files"), "logFolder"
        )
        self.log_folder_action.triggered.connect(self.open_log_folder)
        self.search_action = self._action(
            self.tr("Search notes…"),
            "Ctrl+F",
            self.tr("Search the case notes you may read"),
            "searchNotes",
        )
        self.search_action.triggered.connect(self.search_notes)
        self.about_action = self._action(self.tr("About Tiski"), "", "", "about")
        self.about_action.triggered.connect(self.about)
        self.stranded_action = self._action(
            self.tr("Stranded visitors…"),
            "",
            self.tr("Visitors held at counters whose console stopped; return one to the queue"),
            "strandedVisitors",
        )
        self.stranded_action.triggered.connect(self.show_stranded)
        self.admin_action = self._action(
            self.tr("Set up the desk…"),
            "",
            self.tr("The desk's agencies, services, counters, staff and texts (IT, supervisors)"),
            "setUpDesk",
        )
        self.admin_action.triggered.connect(self.show_admin)
        self.plugins_action = self._action(
            self.tr("Agency plugins…"),
            "",
            self.tr("Plugins found, their state and credentials"),
            "pluginsDialog",
        )
        self.plugins_action.triggered.connect(self.show_plugins)

    def _make_menus(self) -> None:
        window = self.window
        serving = window.serving
        bar = window.menuBar()
        desk_menu = bar.addMenu(self.tr("&Desk"))
        desk_menu.addActions([*serving.counter_actions, serving.ask_specialist_action])
        desk_menu.addSeparator()
        desk_menu.addActions([serving.break_action, serving.back_action])
        desk_menu.addSeparator()
        desk_menu.addAction(serving.add_service_action)
        desk_menu.addAction(serving.issue_action)
        desk_menu.addAction(serving.appointments_action)
        desk_menu.addSeparator()
        role = window.signed_in.staff.role
        if allows(role, Permission.SEARCH_NOTES):
            desk_menu.addAction(self.search_action)
        if allows(role, Permission.RELEASE_STRANDED):
            # The desk refuses anyone else too (StrandedDesk.release).
            desk_menu.addAction(self.stranded_action)
        if allows(role, Permission.ADMINISTER_SERVICES):
            # The desk refuses anyone else too (console.desk.setup).
            desk_menu.addAction(self.admin_action)
        desk_menu.addSeparator()
        lock = window.lock
        desk_menu.addActions([lock.lock_action, lock.switch_action, lock.change_password_action])
        desk_menu.addSeparator()
        desk_menu.addAction(self.quit_action)
        view_menu = bar.addMenu(self.tr("&View"))
        view_menu.addAction(self.refresh_action)
        view_menu.addSeparator()
        self.panels_menu: QMenu = view_menu.addMenu(self.tr("Agency panels"))
        view_menu.addAction(self.plugins_action)
        view_menu.addSeparator()
        view_menu.addActions([self.zones.next_action, self.zones.previous_action])
        view_menu.addSeparator()
        self.appearance.add_to(view_menu)
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.help_action)
        help_menu.addAction(self.tour_action)
        help_menu.addAction(self.log_folder_action)
        help_menu.addAction(self.about_action)

    def _make_toolbar(self) -> None:
        toolbar = QToolBar(self.tr("Desk actions"))
        toolbar.setObjectName("deskToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        serving = self.window.serving
        toolbar.addActions(
            [
                serving.call_next_action,
                serving.recall_action,
                serving.start_action,
                serving.no_show_action,
                serving.transfer_action,
                serving.finish_action,
                serving.park_action,
            ]
        )
        self.window.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)
        self.toolbar = toolbar
        # The rest beside it, or under it where large text would push it out of the window.
        more = QToolBar(self.tr("More desk actions"))
        more.setObjectName("moreDeskToolbar")
        more.setMovable(False)
        more.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        more.addAction(serving.ask_specialist_action)
        more.addActions([serving.break_action, serving.back_action])
        more.addSeparator()
        more.addAction(serving.issue_action)
        self.window.addToolBar(Qt.ToolBarArea.TopToolBarArea, more)
        self.more_toolbar = more
        self.place_toolbars()
        self.appearance.changed.connect(self.place_toolbars)

    def place_toolbars(self) -> None:
        """One row of actions, or two from 150 % text up (a 1366 px screen's width)."""
        window = self.window
        window.removeToolBarBreak(self.more_toolbar)
        if current_appearance().font_scale >= TWO_TOOLBAR_ROWS_FROM:
            window.insertToolBarBreak(self.more_toolbar)

    def tear_down(self) -> None:
        """The session ends: close what it opened and take its menus and toolbar away.
        The last person's edits in the admin window are theirs: not applied under the
        next person."""
        for dialog in (self.search_dialog, self.stranded_dialog, self.help_dialog):
            if dialog is not None:
                dialog.close()
                dialog.deleteLater()
        if self.admin_window is not None:
            self.admin_window.discard_and_close()
            self.admin_window.deleteLater()
            self.admin_window = None
        for toolbar in (self.toolbar, self.more_toolbar):
            self.window.removeToolBar(toolbar)
            toolbar.deleteLater()
        # The actions are children of the window, not of this object.
        for action in (
            self.refresh_action,
            self.quit_action,
            self.log_folder_action,
            self.help_action,
            self.tour_action,
            self.search_action,
            self.about_action,
            self.stranded_action,
            self.admin_action,
            self.plugins_action,
            self.zones.next_action,
            self.zones.previous_action,
            *self.appearance.actions,
        ):
            action.deleteLater()
        self.deleteLater()

    # ------------------------------------------------------------ what they open
    def show_plugins(self) -> None:
        from console.ui.plugins.plugins_dialog import PluginsDialog

        window = self.window
        dialog = PluginsDialog(window, window.plugin_setup.found)
        dialog.set_button.setVisible(
            allows(window.signed_in.staff.role, Permission.MANAGE_PLUGIN_CREDENTIALS)
        )
        exec_dialog(dialog)

    def search_notes(self) -> None:
        from console.ui.case.search_dialog import SearchDialog

        window = self.window
        actor = window.signed_in.actor
        desk = window.desk
        language = ui_language()
        names = {
            agency.id: agency.short_names.get(language)
            for agency in (window.snapshot.agencies if window.snapshot else ())
        }
        if self.search_dialog is None:
            self.search_dialog = SearchDialog(
                window, lambda query: desk.cases.search(actor, query), names
            )
            self.search_dialog.case_requested.connect(self.open_case)
        self.search_dialog.show()
        self.search_dialog.raise_()
        self.search_dialog.activateWindow()

    def open_case(self, case_id: int) -> None:
        """Open a case found by a search in a read-only window (audited)."""
        from console.ui.case.case_timeline import CaseViewerDialog

        window = self.window
        actor = window.signed_in.actor
        desk = window.desk
        panel = window.case_panel

        def show(view: CaseView) -> None:
            dialog = CaseViewerDialog(window, view, panel.agencies, panel.services)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.show()

        run_in_background(
            lambda: desk.cases.case_view(actor, case_id, opening=True),
            show,
            lambda error: window.statusBar().showMessage(error_text(error), 8000),
            context=window.scope,
            pool=database_pool(),
        )

    def show_stranded(self) -> None:
        """For a supervisor: visitors held where no console runs, returned at once."""
        from console.ui.queue.stranded_dialogs import StrandedDialog

        window = self.window
        if self.stranded_dialog is None:
            self.stranded_dialog = StrandedDialog(window.desk, window.signed_in.actor, window)
        if self.stranded_dialog.isVisible():
            self.stranded_dialog.raise_()
        else:
            self.stranded_dialog.show()
        self.stranded_dialog.load()

    def show_admin(self) -> None:
        """For IT and supervisors: the admin window (one, non-modal, beside the console)."""
        from console.ui.admin import AdminWindow

        window = self.window
        if self.admin_window is None:
            self.admin_window = AdminWindow(window.desk.database, window.signed_in, window)
            self.admin_window.resize(window.size())
            self.admin_window.start()
        if self.admin_window.isVisible():
            self.admin_window.raise_()
            self.admin_window.activateWindow()
        else:
            self.admin_window.show()

    def show_help(self) -> None:
        """F1: the guide beside the window; F1 again brings it to the front."""
        from console.ui.help.console_help import console_help
        from console.ui.help.dialog import HelpDialog

        if self.help_dialog is not None:
            self.help_dialog.raise_()
            self.help_dialog.activateWindow()
            return
        window = self.window
        dialog = HelpDialog(self.tr("Help – the console"), console_help(window), window)
        dialog.destroyed.connect(self._help_closed)
        self.help_dialog = dialog
        dialog.show()

    def _help_closed(self) -> None:
        self.help_dialog = None

    def show_tour(self) -> None:
        """The console's zones one at a time, over the window (skippable)."""
        from console.ui.help.console_help import console_tour
        from console.ui.help.tour import TourOverlay

        if self.tour is not None:
            return
        window = self.window
        self.tour = TourOverlay(window, console_tour(window))
        self.tour.finished.connect(self._tour_ended)
        self.tour.start()

    def _tour_ended(self, _completed: bool) -> None:
        self.tour = None
        self.tour_ended.emit()

    def open_log_folder(self) -> None:
        folder = str(paths.user_log_dir())
        if QDesktopServices.openUrl(QUrl.fromLocalFile(folder)):
            return
        # No file manager on this PC (a locked-down counter, a bare desktop): say where
        # the folder is, in a text that can be copied for IT.
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Tiski's log folder"),
            self.tr("This PC has no program to open folders with. Tiski's logs are in:"),
            QMessageBox.StandardButton.Close,
            self.window,
        )
        box.setObjectName("logFolderBox")
        box.setInformativeText(folder)
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        copy = box.addButton(self.tr("Copy the path"), QMessageBox.ButtonRole.ActionRole)
        copy.clicked.disconnect()  # copying does not close the box
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(folder))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.log_folder_box = box
        box.open()

    def about(self) -> None:
        from console.ui.shared.about import AboutDialog

        exec_dialog(AboutDialog(self.window))
