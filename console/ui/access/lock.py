"""Locking a console at a shared counter PC: after some idle minutes, or on Ctrl+Alt+L.

A locked console shows one page over the whole window (lock_screen.py): who is
signed in, at which counter, a password field, Unlock and Switch user. Everything
else the window holds (the queue, the visit and its case, the agency panels, the
inbox, the toolbar, the menus) is hidden, not just covered, and every other window
of Tiski (the search, a case viewer, a question being asked) is closed: what a
widget shows is out of reach of the keyboard, the mouse and the accessibility tools
while locked. The console keeps running underneath: its heartbeat keeps the
counter's visitors from going back to the queue, and the change feed keeps the
queue current for unlocking.

The note being typed is journaled under its author when the console locks; a
person who switches in only ever sees their own drafts (``CasePanel`` reads the
journal by author).
"""

from __future__ import annotations

import logging
import time
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QWindow
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDockWidget,
    QTabBar,
    QToolBar,
    QWidget,
)

from console.desk.desk import SignedIn
from console.i18n import error_text
from console.ui.access.lock_screen import LockScreen
from console.ui.access.signin import SHOWN_WHILE_LOCKED
from console.ui.shared.database_pool import database_pool
from console.ui.shared.worker import run_in_background

if TYPE_CHECKING:
    from console.ui.console_window import ConsoleWindow

log = logging.getLogger(__name__)

LOCK_SHORTCUT = "Ctrl+Alt+L"
# Input that says someone is at the keyboard (mouse moves included: reading counts).
_INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
    }
)
# After the n-th wrong password in a row, Unlock waits 2**(n-1) seconds, at most this.
MAX_RETRY_WAIT_S = 30


class ConsoleLock(QObject):
    """Locks and unlocks one console window; watches for idle time while it runs."""

    locked_changed = Signal(bool)

    def __init__(self, window: ConsoleWindow, *, idle_minutes: int = 0) -> None:
        super().__init__(window)
        self.window = window
        self.screen = LockScreen(window)
        self.screen.hide()
        self.screen.unlock_requested.connect(self.try_unlock)
        self.screen.switch_requested.connect(self.switch_user)
        self.locked = False
        self.demo_hint = ""
        self._idle_ms = max(0, idle_minutes) * 60_000
        self._last_input = time.monotonic()
        self._watching = False
        self._listening = False  # the application-wide event filter is installed
        self._watched: list[QWindow] = []  # top-level windows watched for input
        self._verifying = False
        self._switching = False
        self._failures = 0
        self._retry_at = 0.0
        self._hidden: list[QWidget] = []
        self._saved_state = b""
        self._idle_timer = QTimer(self)
        self._idle_timer.timeout.connect(self._check_idle)
        self._retry_timer = QTimer(self)
        self._retry_timer.setInterval(250)
        self._retry_timer.timeout.connect(self._show_retry_wait)

        self.lock_action = QAction(self.tr("Lock"), window)
        self.lock_action.setObjectName("lockConsole")
        self.lock_action.setShortcut(QKeySequence(LOCK_SHORTCUT))
        # The shortcut works wherever the focus is in the window, menus hidden or not.
        self.lock_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.lock_action.setStatusTip(self.tr("Hide everything until you type your password"))
        self.lock_action.triggered.connect(self.lock)
        window.addAction(self.lock_action)
        self.switch_action = QAction(self.tr("Switch user…"), window)
        self.switch_action.setObjectName("switchUser")
        self.switch_action.setStatusTip(
            self.tr("Lock this console and let a colleague sign in, without closing it")
        )
        self.switch_action.triggered.connect(self.switch_user)
        self.change_password_action = QAction(self.tr("Change password…"), window)
        self.change_password_action.setObjectName("changePassword")
        self.change_password_action.triggered.connect(self.change_password)
        # No filter on the window itself: it would be called in Python for each of its
        # paints and layouts all day (some 180 a second on a busy desk, each waiting for
        # the interpreter lock while a database thread runs; the soak test). A locked
        # console's application-wide filter sees the window's resizes (eventFilter).

    # ------------------------------------------------------------ idle watch
    @property
    def idle_ms(self) -> int:
        return self._idle_ms

    def set_idle_timeout(self, milliseconds: int) -> None:
        """Lock after this long without input (0: never); applies at once."""
        self._idle_ms = max(0, milliseconds)
        if self._watching:
            self.stop()
            self.start()

    def start(self) -> None:
        """Watch the application's input (only when the console locks when idle)."""
        if self._watching or self._idle_ms <= 0:
            return
        self._watching = True
        self._last_input = time.monotonic()
        self._listen()
        # Check often enough to lock within about a tenth of the idle time of the last input.
        self._idle_timer.start(max(50, min(15_000, self._idle_ms // 10)))

    def _listen(self) -> None:
        """Watch for the next input (idle) or, while locked, every event (the guard).

        An application-wide filter is called (in Python, under the interpreter lock)
        for every event of every widget: painting, timers, layout. Installed while
        nobody touched the console (all day, in the soak test), it made the GUI thread
        take the interpreter lock for every update of the queue tables, and wait for it
        whenever a database thread held it (docs/reliability.md). Input reaches a
        top-level window (its QWindow) before any widget, and a window sees few other
        events; so idle time watches the top-level windows, each until the first input
        after a check (then it needs nothing more until the next check). Only a locked
        console filters the whole application: it must stop shortcuts and windows.
        """
        if self.locked:
            if not self._listening:
                app = QApplication.instance()
                if app is not None:
                    app.installEventFilter(self)
                    self._listening = True
            return
        # A window opened since the last check (a dialog) is watched from this check.
        for window in QGuiApplication.topLevelWindows():
            if window not in self._watched:
                window.installEventFilter(self)
                self._watched.append(window)

    def _stop_listening(self, *, even_locked: bool = False) -> None:
        for window in self._watched:
            if shiboken6.isValid(window):
                window.removeEventFilter(self)
        self._watched = []
        if not self._listening or (self.locked and not even_locked):
            return  # while locked the filter guards shortcuts and windows
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self._listening = False

    def stop(self) -> None:
        """Stop watching (the console stops, or its person changes); a locked console
        stays locked."""
        self._idle_timer.stop()
        self._watching = False
        self._stop_listening(even_locked=True)

    def _check_idle(self) -> None:
        if self.locked or self._idle_ms <= 0:
            return
        if (time.monotonic() - self._last_input) * 1000 >= self._idle_ms:
            log.info("Console locked after %d idle minutes", self._idle_ms // 60_000)
            self.lock()
            return
        self._listen()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in _INPUT_EVENTS:
            self._last_input = time.monotonic()
            self._stop_listening()  # until the next check (see _listen)
            return False
        if not self.locked or not shiboken6.isValid(self.window):
            return False  # (the window being destroyed still has events delivered)
        if watched is self.window and kind == QEvent.Type.Resize:
            self.screen.setGeometry(self.window.rect())
            return False
        if not self.window.isVisible():
            return False
        if kind == QEvent.Type.Shortcut and not self._allowed(watched, otherwise=True):
            return True  # the console's actions do nothing while it is locked
        if kind == QEvent.Type.Show and isinstance(watched, QWidget):
            self._shown_while_locked(watched)
        return False

    def _shown_while_locked(self, widget: QWidget) -> None:
        if widget is self.window or widget is self.screen:
            return
        if widget.isWindow():
            if not self._allowed(widget, otherwise=False):
                # A window opening while locked (a late answer, an error) is closed.
                QTimer.singleShot(0, lambda: self._hide_window(widget))
        elif widget.parent() is self.window:
            # A part of the window added while locked (the agency panels, when the first
            # read of the desk arrives late) waits hidden under the lock page.
            widget.hide()
            if not isinstance(widget, QTabBar):  # the layout shows its tabs itself
                self._hidden.append(widget)
            self.screen.raise_()

    def _allowed(self, target: QObject, *, otherwise: bool) -> bool:
        """Whether ``target`` belongs to the lock page or to a window allowed over a locked
        console (the sign-in of Switch user); ``otherwise`` for what is not the console's."""
        node: QObject | None = target
        while node is not None:
            if node is self.screen or node.property(SHOWN_WHILE_LOCKED):
                return True
            if node is self.window:
                return False
            node = node.parent()
        return otherwise

    # ------------------------------------------------------------ locking
    def lock(self) -> None:
        """Hide every visitor's data now; the note being typed goes to the journal."""
        if self.locked:
            return
        window = self.window
        try:
            window.case_panel.write_journal(force=True)
        except Exception:  # locking must never stop half-way
            log.exception("The note being typed was not journaled at lock time")
        self.locked = True
        # Shortcuts and windows opening while locked are watched even when idle time is not.
        self._listen()
        self._close_other_windows()
        self._saved_state = bytes(window.saveState().data())
        self._hidden = [widget for widget in self._window_parts() if not widget.isHidden()]
        for widget in self._hidden:
            widget.hide()
        # The tabs of the agency docks (agency names; the layout shows them again).
        for bar in window.findChildren(QTabBar, options=Qt.FindChildOption.FindDirectChildrenOnly):
            bar.hide()
        self.screen.show_person(window.signed_in)
        self.screen.show_hint(self.demo_hint)
        self.screen.password.clear()
        self.screen.setGeometry(window.rect())
        self.screen.show()
        self.screen.raise_()
        self.screen.password.setFocus()
        self._show_retry_wait()
        self.locked_changed.emit(True)

    def _window_parts(self) -> list[QWidget]:
        window = self.window
        central = window.centralWidget()
        parts: list[QWidget] = [window.menuBar(), window.statusBar()]
        if central is not None:
            parts.append(central)
        parts += window.findChildren(QToolBar, options=Qt.FindChildOption.FindDirectChildrenOnly)
        parts += window.findChildren(QDockWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
        return parts

    def _close_other_windows(self) -> None:
        for widget in QApplication.topLevelWidgets():
            if widget is self.window or not widget.isVisible():
                continue
            if isinstance(widget, QDockWidget) or self._allowed(widget, otherwise=False):
                continue  # a floating agency panel is hidden with the window's parts
            self._hide_window(widget)

    @staticmethod
    def _hide_window(widget: QWidget) -> None:
        if not shiboken6.isValid(widget) or not widget.isVisible():
            return
        # A dialog is closed as if cancelled (hiding a modal one ends it the same way).
        if isinstance(widget, QDialog):
            widget.reject()
        else:
            widget.close()
        if shiboken6.isValid(widget) and widget.isVisible():
            widget.hide()

    def _unlock(self) -> None:
        """Show the console again (the password was right, or a new person signed in)."""
        if not self.locked:
            return
        self.locked = False
        self._failures = 0
        self._retry_at = 0.0
        self._retry_timer.stop()
        self.screen.show_message("")
        self.screen.password.clear()
        self.screen.hide()
        for widget in self._hidden:
            if shiboken6.isValid(widget):
                widget.show()
        self._hidden = []
        if self._saved_state:
            self.window.restoreState(self._saved_state)
        self._saved_state = b""
        self._last_input = time.monotonic()
        self._stop_listening()  # the next idle check listens again
        self.locked_changed.emit(False)

    # ------------------------------------------------------------ unlocking
    def try_unlock(self, password: str) -> None:
        """Check ``password`` off the GUI thread; unlock if it is the signed-in person's."""
        if not self.locked or self._verifying or self._switching:
            return
        if time.monotonic() < self._retry_at:
            return
        if not password:
            self.screen.show_message(self.tr("Type your password, then press Unlock."))
            return
        credentials = self.window.credentials
        if credentials is None:
            self.screen.show_message(
                self.tr("This console cannot check a password. Use Switch user to sign in again.")
            )
            return
        self._verifying = True
        self.screen.unlock_button.setEnabled(False)
        self.screen.show_message("")
        signed_in = self.window.signed_in
        run_in_background(
            lambda: credentials.verify(password),
            lambda right: self._verified(signed_in, bool(right)),
            self._not_verified,
            context=self,
            pool=database_pool(),
        )

    def _verified(self, signed_in: SignedIn, right: bool) -> None:
        self._verifying = False
        self.screen.password.clear()
        if signed_in is not self.window.signed_in or not self.locked:
            self._show_retry_wait()
            return  # someone else signed in meanwhile
        if right:
            log.info("Console unlocked by %s", signed_in.staff.username)
            self._unlock()
            return
        self._failures += 1
        wait = min(MAX_RETRY_WAIT_S, 2 ** (self._failures - 1))
        self._retry_at = time.monotonic() + wait
        log.info("Wrong password at the lock screen (%d in a row)", self._failures)
        self._show_retry_wait()

    def _not_verified(self, error: BaseException) -> None:
        self._verifying = False
        self.screen.password.clear()
        text = error_text(error)
        log.warning("Password not checked at the lock screen: %s", error)
        self.screen.show_message(
            self.tr("The password could not be checked: %1").replace("%1", text)
        )
        self._show_retry_wait()

    def _show_retry_wait(self) -> None:
        left = self._retry_at - time.monotonic()
        waiting = left > 0
        self.screen.unlock_button.setEnabled(not waiting and not self._verifying)
        if waiting:
            seconds = int(left) + 1
            self.screen.show_message(
                self.tr(
                    "The password is not right. You can try again in %n second(s).", "", seconds
                )
            )
            if not self._retry_timer.isActive():
                self._retry_timer.start()
        elif self._retry_timer.isActive():
            self._retry_timer.stop()
            self.screen.show_message(self.tr("The password is not right. Try again."))

    # ------------------------------------------------------------ another person
    def switch_user(self) -> None:
        """Lock, then let someone sign in; their console replaces this one in the window."""
        if self._switching:
            return
        self.lock()
        flow = self.window.sign_in_flow
        if flow is None:
            self.screen.show_message(
                self.tr("Switching user needs Tiski started with sign-in; close Tiski instead.")
            )
            return
        self._switching = True
        try:
            session = flow(self.window)
        finally:
            self._switching = False
        if session is None or not shiboken6.isValid(self.window):
            return  # cancelled: the console stays locked for its person
        previous = self.window.signed_in
        started = time.perf_counter()
        if (
            session.signed_in.staff.id != previous.staff.id
            or session.signed_in.counter.id != previous.counter.id
        ):
            self.window.switch_session(session)
            _collect_the_last_session(self.window)
            # The last person's parts are gone; the new ones show themselves. Only the
            # status bar, which stays and was hidden, comes back by hand.
            self._hidden = [self.window.statusBar()]
            self._saved_state = b""  # the layout of the last person's panels is theirs
        else:
            self.window.credentials = session.credentials
        self._unlock()
        log.info(
            "User switched from %s to %s in %.0f ms",
            previous.staff.username,
            session.signed_in.staff.username,
            (time.perf_counter() - started) * 1000,
        )

    def change_password(self) -> None:
        from console.ui.access.change_password_dialog import ChangePasswordDialog
        from console.ui.shared.errors import exec_dialog

        credentials = self.window.credentials
        if credentials is None:
            self.window.statusBar().showMessage(
                self.tr("This console cannot change passwords (it was not signed in with one)."),
                8000,
            )
            return
        dialog = ChangePasswordDialog(credentials, self.window)
        if exec_dialog(dialog) == QDialog.DialogCode.Accepted:
            self.window.statusBar().showMessage(self.tr("Your password was changed."), 8000)


def _collect_the_last_session(window: ConsoleWindow) -> None:
    """Start-up froze its objects out of garbage collection (gc_guard.settle_start_up),
    the first person's console among them: let them be collected now that it is gone,
    and freeze again once the next person's desk is on screen."""
    import gc

    from console.ui.shared.gc_guard import settle_start_up

    if not gc.get_freeze_count():
        return
    gc.unfreeze()

    def settle() -> None:
        window.snapshot_shown.disconnect(settle)
        settle_start_up()

    window.snapshot_shown.connect(settle)
