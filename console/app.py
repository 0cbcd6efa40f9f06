"""Composition root: settings -> database -> desk -> (plugin host) -> windows."""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from console import paths
from console.config import Settings
from console.core.demo import DemoDesk, load_demo_desk
from console.core.text import QT_TRANSLATE_NOOP, Message, TiskiError
from console.desk.desk import Desk, SignedIn, demo_data_file
from console.ops.display_check import display_problem, exit_on_platform_failure
from console.store.database import Database
from console.store.schema import ensure_current
from console.store.urls import sqlite_url

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtCore import QSize
    from PySide6.QtWidgets import QApplication, QWidget

    from console.desk.first_start import AccountState
    from console.ui.display.window import LobbyDisplay
    from console.ui.kiosk import KioskWindow

    LobbyWindow = KioskWindow | LobbyDisplay

log = logging.getLogger(__name__)

_CTX = "Startup"


class StartupError(TiskiError):
    """Tiski cannot start as configured; the message says what to do."""


@dataclass(frozen=True)
class OpenedDesk:
    desk: Desk
    embedded: bool
    demo: DemoDesk | None = None


def database_url(settings: Settings, *, demo: bool) -> tuple[str, bool]:
    """The URL to use and whether it is the embedded SQLite file."""
    if demo:
        return sqlite_url(paths.embedded_database_file(demo=True)), True
    url = str(settings["database.url"])
    if url:
        return url, False
    return sqlite_url(paths.embedded_database_file()), True


def database_options(settings: Settings) -> dict[str, Any]:
    """The time limits every connection of this console gets."""
    return {
        "connect_timeout": int(settings["database.connect_timeout"]),
        "statement_timeout": int(settings["database.statement_timeout"]),
        "lock_timeout": int(settings["database.lock_timeout"]),
    }


def open_database(settings: Settings, *, demo: bool = False) -> tuple[Database, bool]:
    url, embedded = database_url(settings, demo=demo)
    return Database(url, **database_options(settings)), embedded


def identity_key_source(settings: Settings, *, embedded: bool) -> Callable[[], bytes]:
    """Where the desk's identity key comes from; read on first use, not at start-up.

    The embedded database makes its own key on first use; a shared database
    needs the key IT gave every console (keyring or ``identity.key_file``).
    """
    key_file = str(settings["identity.key_file"])

    def load() -> bytes:
        from console.site_secret import load_site_secret

        return load_site_secret(
            secret_file=Path(key_file) if key_file else None, create_if_missing=embedded
        )

    return load


def open_desk(settings: Settings, *, demo: bool, database: Database | None = None) -> OpenedDesk:
    """Open the database (or take ``database``, connected as the person who signed in),
    check or upgrade its schema over that connection, seed the demo when asked."""
    if database is None:
        database, embedded = open_database(settings, demo=demo)
    else:
        embedded = database_url(settings, demo=demo)[1]
    desk = make_desk(settings, database, embedded=embedded)
    if not demo:
        return OpenedDesk(desk, embedded)
    demo_desk = load_demo_desk(demo_data_file())
    if not desk.seed_demo(demo_desk):
        desk.refresh_demo_visits(demo_desk)
    return OpenedDesk(desk, embedded, demo_desk)


def make_desk(settings: Settings, database: Database, *, embedded: bool) -> Desk:
    """The desk over ``database``, once its schema is checked (upgraded if embedded)."""
    ensure_current(database, upgrade_if_behind=embedded)
    return Desk(
        database,
        max_recalls=int(settings["queue.max_recalls"]),
        # PostgreSQL hashes identity codes itself with a key no console holds (0011).
        identity_key=(
            None
            if database.dialect == "postgresql"
            else identity_key_source(settings, embedded=embedded)
        ),
        video_template=str(settings["video.url_template"]),
        stranded_after=timedelta(minutes=int(settings["queue.stranded_after_minutes"])),
    )


# The window colour Qt's Fusion style has in its light scheme; QPalette derives the
# rest (white fields, black text) from it.
LIGHT_WINDOW = "#efefef"


def make_application(settings: Settings, argv: list[str] | None = None) -> QApplication:
    """The QApplication with Tiski's name, style, theme and translations."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QColor, QPalette
    from PySide6.QtWidgets import QApplication

    from console.core.resources import resource_path
    from console.i18n import install_translators

    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        app = existing
    else:
        with exit_on_platform_failure():
            app = QApplication(argv or ["tiski"])
    app.setApplicationName("Tiski")
    app.setOrganizationName("Tiski")
    app.setApplicationDisplayName("Tiski")
    app.setStyle("Fusion")
    # tiski.qss is a light theme (white group boxes and panels). On a dark desktop
    # Fusion would take the desktop's dark palette, and every label would be light
    # text on white: until the console has a dark theme of its own, it stays light.
    app.styleHints().setColorScheme(Qt.ColorScheme.Light)
    app.setPalette(QPalette(QColor(LIGHT_WINDOW)))
    theme = resource_path("themes", "tiski.qss")
    if theme.is_file():
        app.setStyleSheet(theme.read_text(encoding="utf-8"))
    install_translators(app, str(settings["ui.language"]))
    _route_qt_messages()
    from console.ui.shared.gc_guard import collect_on_gui_thread
    from console.ui.shared.qt_compat import broken_qt_release

    broken = broken_qt_release()
    if broken is not None:
        log.error(
            "PySide6 %s on this Python aborts after some thousands of background jobs; "
            "install the versions of constraints.txt (tiski doctor says the same)",
            broken,
        )
    collect_on_gui_thread(app)
    return app


def _route_qt_messages() -> None:
    """Send Qt's own warnings to Tiski's log instead of the terminal."""
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    levels = {
        QtMsgType.QtDebugMsg: logging.DEBUG,
        QtMsgType.QtInfoMsg: logging.INFO,
        QtMsgType.QtWarningMsg: logging.WARNING,
        QtMsgType.QtCriticalMsg: logging.ERROR,
        QtMsgType.QtFatalMsg: logging.CRITICAL,
    }
    qt_log = logging.getLogger("qt")

    def handler(kind: QtMsgType, _context: object, text: str) -> None:
        qt_log.log(levels.get(kind, logging.WARNING), "%s", text)

    qInstallMessageHandler(handler)


class SignInService:
    """Signing people in to this console: the first at start-up, the next on Switch user.

    On PostgreSQL each person's password goes to the server, which connects them as
    their own login role; the desk is then opened over that connection. On SQLite the
    file's local accounts are checked (the file is opened, and upgraded if it is the
    embedded one, before anyone signs in: the accounts live in it).
    """

    def __init__(self, settings: Settings, *, demo: bool = False) -> None:
        self.settings = settings
        self.demo = demo
        self.url, self.embedded = database_url(settings, demo=demo)
        self._local: Database | None = None
        self.has_accounts = True
        # SQLite: the staff accounts (None before prepare, and on PostgreSQL).
        self.accounts: AccountState | None = None
        self.has_desk = True
        self.site_name = ""

    @property
    def place(self) -> str:
        """The database as shown and remembered (no password in it)."""
        from console.store.urls import mask_url

        return mask_url(self.url)

    def prepare(self) -> None:
        """Local accounts: open the file and bring its schema up to date first."""
        if not self.url.startswith("sqlite") or self._local is not None:
            return
        database = Database(self.url, **database_options(self.settings))
        ensure_current(database, upgrade_if_behind=self.embedded)
        self._local = database
        self.read_accounts()

    def read_accounts(self) -> None:
        """Who can sign in to the local database, and its name (again after a first start)."""
        from console.desk.first_start import account_state, has_desk
        from console.ui.shared.labels import ui_language

        database = self._local
        if database is None:
            return
        accounts = account_state(database)
        self.accounts = accounts
        # A demo desk made before accounts existed gets its passwords on signing in.
        self.has_accounts = accounts.can_sign_in > 0 or (self.demo and accounts.active > 0)
        self.has_desk = has_desk(database)
        site = Desk(database).site_names()
        self.site_name = site.get(ui_language()) if site else ""

    @property
    def needs_first_start(self) -> bool:
        """A local database nobody was ever added to: the first start sets it up."""
        return not self.demo and self.accounts is not None and self.accounts.fresh

    @property
    def local_database(self) -> Database:
        assert self._local is not None, "prepare() first"
        return self._local

    def _open_local(self, _url: str) -> Database:
        assert self._local is not None
        return self._local

    def authenticate(self, username: str, password: str) -> Any:
        """Check the person (on a worker) and open their desk: a PendingSignIn."""
        from console.core.queue import Role
        from console.desk import accounts
        from console.ui.access.session import AccountCredentials, PendingSignIn, Session

        prepare = self._demo_passwords if self.demo else None
        if prepare is not None:
            prepare()
        if self._local is not None:
            authenticated = accounts.sign_in(
                self.url, username, password, open_database=self._open_local
            )
        else:
            authenticated = accounts.sign_in(
                self.url, username, password, **database_options(self.settings)
            )
        database = authenticated.database

        def discard() -> None:
            if database is not self._local:
                database.dispose()

        problem = accounts.console_refusal(authenticated.staff)
        if problem is not None:
            discard()
            raise problem
        try:
            desk = make_desk(self.settings, database, embedded=self.embedded)
            counters = tuple(desk.counters())
        except BaseException:
            discard()
            raise
        credentials = AccountCredentials(authenticated, prepare)
        staff = authenticated.staff

        def open_at(counter_id: int) -> Session:
            return Session(desk, desk.sign_in(staff.id, counter_id), credentials)

        return PendingSignIn(
            authenticated.username,
            staff.full_name,
            staff.role is Role.SPECIALIST,
            counters,
            open_at,
            discard,
        )

    def _demo_passwords(self) -> None:
        """A demo desk made before accounts existed gets the demo password too."""
        from console.desk.accounts import demo_password_hash
        from console.store.queries import transaction

        database = self._local
        if database is not None:
            with transaction(database) as tx:
                tx.demo_passwords(demo_password_hash())

    def demo_hint(self) -> str:
        from PySide6.QtCore import QCoreApplication

        from console.desk.accounts import DEMO_PASSWORD

        return (
            QCoreApplication.translate(
                "SignIn",
                "Demo desk: every demo account's password is “%1”, e.g. aino.virtanen "
                "(advisor), paivi.lehtonen (Kela specialist), kaisa.mattila (supervisor).",
            ).replace("%1", DEMO_PASSWORD)
            if self.demo
            else ""
        )

    def sign_in(
        self, parent: QWidget | None = None, *, switching: bool = False, username: str = ""
    ) -> Any:
        """Ask who signs in (a dialog); their Session, or None when cancelled.

        ``username`` fills in the name (the administrator a first start just made).
        """
        from PySide6.QtWidgets import QDialog

        from console.ui.access.remembered import (
            KeyringPasswords,
            remember_sign_in,
            remembered_sign_in,
        )
        from console.ui.access.signin import SignInDialog
        from console.ui.shared.errors import exec_dialog

        if self._local is None:
            self.prepare()
        else:
            self.read_accounts()
        allow_remember = bool(self.settings["signin.allow_remember"])
        remembered = remembered_sign_in(self.place)
        if not username and remembered and allow_remember:
            username = remembered[0]
        dialog = SignInDialog(
            self.authenticate if self.has_accounts else None,
            site_name=self.site_name,
            staff_exist=self.accounts is None or not self.accounts.fresh,
            fixed_counter=str(self.settings["desk.counter"]),
            remembered_counter=remembered[1] if remembered else "",
            remembered_username=username,
            passwords=KeyringPasswords(self.place) if allow_remember else None,
            hint=self.demo_hint(),
            switching=switching,
            parent=parent,
        )
        if exec_dialog(dialog) != QDialog.DialogCode.Accepted or dialog.session is None:
            return None
        session = dialog.session
        # The user name only where IT allows remembering: a shared PC shows no names.
        username = session.signed_in.staff.username if allow_remember else ""
        remember_sign_in(self.place, username, session.signed_in.counter.code)
        return session

    def switch(self, parent: QWidget) -> Any:
        """The console window's Switch user."""
        return self.sign_in(parent, switching=True)

    def demo_session(self, opened: OpenedDesk) -> Any:
        """The demo signs its advisor in without a password (the title says DEMO); the
        lock screen and Switch user take the demo accounts' password."""
        from console.desk.accounts import Authenticated
        from console.ui.access.session import AccountCredentials, Session

        signed_in = demo_sign_in(opened, self.settings)
        self._local = opened.desk.database
        authenticated = Authenticated(
            opened.desk.database, signed_in.staff, signed_in.staff.username, local=True
        )
        credentials = AccountCredentials(authenticated, self._demo_passwords)
        return Session(opened.desk, signed_in, credentials)


def choose_sign_in(
    settings: Settings, parent: QWidget | None = None, *, service: SignInService | None = None
) -> Any:
    """Ask who signs in at which counter: their Session, or ``None`` when they cancel."""
    return (service or SignInService(settings)).sign_in(parent)


def demo_sign_in(opened: OpenedDesk, settings: Settings) -> SignedIn:
    """Sign in as the demo desk's demo advisor."""
    assert opened.demo is not None
    username = opened.demo.signin.username
    return opened.desk.sign_in_by_username(username, str(settings["desk.counter"]) or None)


def run_console(settings: Settings, *, demo: bool, exit_when_shown: bool = False) -> int:
    """Start the console window and run until it closes."""
    if not demo:
        refuse_empty_server(settings)
    problem = display_problem()
    if problem is not None:
        raise StartupError(problem)
    app = make_application(settings, sys.argv[:1])
    from console.ui.console_window import ConsoleWindow
    from console.ui.shared.errors import install_exception_hook

    install_exception_hook()
    service = SignInService(settings, demo=demo)
    try:
        if demo:
            session = service.demo_session(open_desk(settings, demo=True))
        else:
            service.prepare()
            if service.needs_first_start:
                outcome = first_start(settings, service)
                if outcome is None:
                    return 0
                if outcome.demo is not None:
                    # IT chose to look at the demo: the same as tiski --demo from here on.
                    demo = True
                    service = SignInService(settings, demo=True)
                    session = service.demo_session(outcome.demo)
                else:
                    session = service.sign_in(username=outcome.username)
            else:
                session = choose_sign_in(settings, service=service)
            if session is None:
                return 0
    except TiskiError as error:
        _show_startup_error(error)
        raise
    signed_in = session.signed_in
    setup, sandbox = plugin_setup(settings, demo=demo)
    window = ConsoleWindow(
        session.desk,
        signed_in,
        plugins=setup,
        credentials=session.credentials,
        sign_in_flow=service.switch,
        lock_after_minutes=int(settings["signin.lock_after_minutes"]),
        keep_drafts_days=int(settings["retention.notes_days"]),
        demo=demo,
    )
    window.lock.demo_hint = service.demo_hint()
    if sandbox is not None:
        app.aboutToQuit.connect(sandbox.stop)
    window.resize(first_window_size(app))
    window.restore_layout()
    window.show()
    # Keyboard focus to the console after the sign-in dialog, also where no window
    # manager hands it over (seen under Xvfb: Ctrl+Alt+L went nowhere).
    window.raise_()
    window.activateWindow()
    window.start()
    _close_on_terminate(window, window.close_unattended)
    # However the application ends, its listening thread ends first.
    app.aboutToQuit.connect(window.stop)
    if exit_when_shown:
        # For the start-up benchmark: paint the queues once, then close.
        window.snapshot_shown.connect(lambda: (window.repaint(), window.close()))
    else:
        _settle_after_first_snapshot(window)
    log.info("Console started for %s at %s", signed_in.staff.username, signed_in.counter.code)
    code = app.exec()
    log.info("Console closed")
    _finish_background_work(window.desk, int(code))
    return int(code)


def run_admin(settings: Settings, *, demo: bool) -> int:
    """``tiski admin``: sign in (IT or a supervisor), then the admin window alone."""
    problem = display_problem()
    if problem is not None:
        raise StartupError(problem)
    app = make_application(settings, sys.argv[:1])
    from console.core.permissions import Permission, allows
    from console.ui.admin import AdminWindow
    from console.ui.shared.errors import install_exception_hook

    install_exception_hook()
    try:
        if demo:
            desk = open_desk(settings, demo=True).desk
            signed_in = admin_sign_in(desk, demo=True)
        else:
            session = choose_sign_in(settings, service=SignInService(settings))
            if session is None:
                return 0
            desk, signed_in = session.desk, session.signed_in
        if not allows(signed_in.staff.role, Permission.ADMINISTER_SERVICES):
            raise StartupError(
                Message(
                    _CTX,
                    QT_TRANSLATE_NOOP(
                        "Startup",
                        "{username} may not set up the desk: IT and supervisors can. Sign in "
                        "as one of them.",
                    ),
                    {"username": signed_in.staff.username},
                )
            )
    except TiskiError as error:
        _show_startup_error(error)
        raise
    window = AdminWindow(desk.database, signed_in)
    window.resize(first_window_size(app))
    window.show()
    window.start()
    # SIGTERM: nobody is there to answer "apply the edits?"; they are not applied.
    _close_on_terminate(window, window.discard_and_close)
    log.info("Admin window started for %s", signed_in.staff.username)
    code = app.exec()
    log.info("Admin window closed")
    _finish_background_work(desk, int(code))
    return int(code)


def refuse_empty_server(settings: Settings) -> None:
    """A new PostgreSQL database (no tables, or no staff) cannot be set up from a
    console: say which commands IT runs, before any window opens."""
    url, embedded = database_url(settings, demo=False)
    if embedded or url.startswith("sqlite"):
        return
    from console.desk.first_start import server_problem

    options = database_options(settings)
    # A look, not the sign-in: an unreachable server is reported by the sign-in.
    options["connect_timeout"] = min(int(options["connect_timeout"]), 3)
    database = Database(url, **options)
    try:
        problem = server_problem(database)
    finally:
        database.dispose()
    if problem is not None:
        raise StartupError(problem)


def first_start(settings: Settings, service: SignInService, parent: QWidget | None = None) -> Any:
    """Lead IT through setting up a new local database: a FirstStartOutcome, or None."""
    from PySide6.QtWidgets import QDialog

    from console.ui.access.first_start import FirstStartWizard
    from console.ui.shared.errors import exec_dialog

    wizard = FirstStartWizard(
        service.local_database,
        open_demo=lambda: open_desk(settings, demo=True),
        has_desk=service.has_desk,
        parent=parent,
    )
    if exec_dialog(wizard) != QDialog.DialogCode.Accepted:
        return None
    return wizard.outcome


def first_window_size(app: QApplication) -> QSize:
    """The console's size at its first start: 1440x900, or the screen where smaller
    (a 1366x768 counter PC would otherwise lose the bottom of the window)."""
    from PySide6.QtCore import QSize

    size = QSize(1440, 900)
    screen = app.primaryScreen()
    if screen is None:
        return size
    return size.boundedTo(screen.availableGeometry().size())


def _settle_after_first_snapshot(window: Any) -> None:
    """Once the queues are first on screen, start-up is over: settle its garbage."""
    from console.ui.shared.gc_guard import settle_start_up

    def settle() -> None:
        window.snapshot_shown.disconnect(settle)
        settle_start_up()

    window.snapshot_shown.connect(settle)


def run_kiosk(settings: Settings, *, demo: bool) -> int:
    """Start the kiosk full screen and run until staff close it (Ctrl+Shift+Q)."""
    from console.ui.kiosk import KioskWindow

    return _run_lobby_window(
        settings,
        demo=demo,
        name="Kiosk",
        make=lambda desk: KioskWindow(
            desk,
            print_to_pdf=str(settings["kiosk.print_to_pdf"]),
            printer_name=str(settings["kiosk.printer"]),
        ),
    )


def run_display(settings: Settings, *, demo: bool) -> int:
    """Start the lobby display full screen and run until it is closed."""
    from console.ui.display.window import LobbyDisplay

    return _run_lobby_window(
        settings,
        demo=demo,
        name="Lobby display",
        make=lambda desk: LobbyDisplay(
            desk, int(settings["display.called_rows"]), bool(settings["display.chime"])
        ),
    )


def _run_lobby_window(
    settings: Settings, *, demo: bool, name: str, make: Callable[[Desk], LobbyWindow]
) -> int:
    problem = display_problem()
    if problem is not None:
        raise StartupError(problem)
    app = make_application(settings, sys.argv[:1])
    from console.ui.shared.errors import install_exception_hook

    install_exception_hook()
    try:
        opened = open_desk(settings, demo=demo)
    except TiskiError as error:
        _show_startup_error(error)
        raise
    window = make(opened.desk)
    window.showFullScreen()
    window.start()
    _close_on_terminate(window)
    log.info("%s started", name)
    code = app.exec()
    log.info("%s closed", name)
    _finish_background_work(opened.desk, int(code))
    return int(code)


def _show_startup_error(error: TiskiError) -> None:
    """Someone who started Tiski from the desktop sees no terminal: tell them in a dialog."""
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QMessageBox

    from console.i18n import translate

    if QGuiApplication.platformName() in ("offscreen", "minimal"):
        return  # nobody would see it; the command line prints the message
    QMessageBox.critical(None, "Tiski", translate(error.message))


# How long quitting waits for the last database jobs (signing out): longer than a
# healthy call, far shorter than a stalled one's time limits.
QUIT_DATABASE_WAIT_MS = 3_000


def _finish_background_work(desk: Desk, code: int = 0) -> None:
    """Let jobs still running (signing out, a last read) end before Python does:
    a worker thread running Python code during interpreter shutdown aborts the process.

    A database job that is stalled does not hold the window's closing up: after a short
    wait the process ends at once, without the interpreter's shutdown (which would wait
    for that thread, or abort under it). What was committed is in the database; what was
    not is in the note journal, offered again at the next start.
    """
    from PySide6.QtCore import QThreadPool

    from console.ui.shared.database_pool import finish_database_work

    if not QThreadPool.globalInstance().waitForDone(10_000):
        log.warning("Background work was still running when Tiski closed")
    if not finish_database_work(QUIT_DATABASE_WAIT_MS):
        log.warning("A database call was still waiting when Tiski closed; leaving it behind")
        logging.shutdown()
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)
    desk.database.dispose()


def _close_on_terminate(window: QWidget, close: Callable[[], object] | None = None) -> None:
    """SIGTERM (a shutdown, IT's tools) closes the window as the person would, or with
    ``close`` when closing would ask a question nobody is there to answer."""
    import signal

    from PySide6.QtCore import QTimer

    closing = close or window.close
    # The handler runs between two bytecodes of whatever the GUI thread is doing, maybe
    # inside a lock that closing needs too (the plugin broker's): it only asks the event
    # loop to close, which then does so outside any such code.
    signal.signal(signal.SIGTERM, lambda _signum, _frame: QTimer.singleShot(0, closing))
    # Python runs signal handlers only between bytecodes; wake it up now and then.
    timer = QTimer(window)
    timer.timeout.connect(lambda: None)
    timer.start(300)


def admin_sign_in(desk: Desk, *, demo: bool, username: str = "") -> SignedIn:
    """Sign in without a dialog as ``username``, or the desk's first IT person (the
    demo's picture and ``tiski admin --demo``), or else its first supervisor."""
    from console.core.queue import Role

    if not username:
        staff = desk.staff()
        for role in (Role.IT, Role.SUPERVISOR):
            found = [member for member in staff if member.role is role]
            if found:
                username = found[0].username
                break
    if not username:
        raise StartupError(
            Message(
                _CTX,
                QT_TRANSLATE_NOOP(
                    "Startup", "The desk has nobody in IT or supervising who could set it up."
                ),
            )
        )
    return desk.sign_in_by_username(username, None)


def plugin_setup(settings: Settings, *, demo: bool) -> tuple[Any, Any]:
    """The agency plugins this console may load, with their site values; the demo also
    starts the sandbox back offices and points the bundled plugins at them."""
    from console.plugin_host.discovery import bundled_plugins_dir, plugins_for
    from console.ui.plugins.plugin_panels import PluginSetup

    bundled = bundled_plugins_dir()
    found = plugins_for(settings)
    values = {f.manifest.id: settings.plugin_values(f.manifest.id) for f in found if f.manifest}
    sandbox = None
    if demo and bundled is not None:
        from console.ops.sandbox import SandboxServer

        sandbox = SandboxServer(bundled, port=0)
        base = sandbox.start()
        log.info("Sandbox back offices at %s", base)
        for f in found:
            if f.manifest is not None and f.source == "bundled":
                values[f.manifest.id] = {
                    **values[f.manifest.id],
                    "base_url": f"{base}/{f.manifest.id}",
                }
    from console.plugin_host.broker import BrokerLimits

    ca_bundle = str(settings["plugins.ca_bundle"]) or None
    limits = BrokerLimits.from_settings(settings)
    return PluginSetup(tuple(found), values, ca_bundle, limits), sandbox
