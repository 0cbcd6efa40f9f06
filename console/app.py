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
from console.display_check import display_problem, exit_on_platform_failure
from console.store.database import Database
from console.store.schema import ensure_current
from console.store.urls import sqlite_url

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtWidgets import QApplication, QWidget

    from console.ui.display import LobbyDisplay
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


def open_database(settings: Settings, *, demo: bool = False) -> tuple[Database, bool]:
    url, embedded = database_url(settings, demo=demo)
    database = Database(
        url,
        connect_timeout=int(settings["database.connect_timeout"]),
        statement_timeout=int(settings["database.statement_timeout"]),
        lock_timeout=int(settings["database.lock_timeout"]),
    )
    return database, embedded


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


def open_desk(settings: Settings, *, demo: bool) -> OpenedDesk:
    """Open the database, check or upgrade its schema, seed the demo when asked."""
    database, embedded = open_database(settings, demo=demo)
    ensure_current(database, upgrade_if_behind=embedded)
    desk = Desk(
        database,
        max_recalls=int(settings["queue.max_recalls"]),
        identity_key=identity_key_source(settings, embedded=embedded),
        video_template=str(settings["video.url_template"]),
        stranded_after=timedelta(minutes=int(settings["queue.stranded_after_minutes"])),
    )
    if not demo:
        return OpenedDesk(desk, embedded)
    demo_desk = load_demo_desk(demo_data_file())
    if not desk.seed_demo(demo_desk):
        desk.refresh_demo_visits(demo_desk)
    return OpenedDesk(desk, embedded, demo_desk)


def make_application(settings: Settings, argv: list[str] | None = None) -> QApplication:
    """The QApplication with Tiski's name, style, theme and translations."""
    from PySide6.QtWidgets import QApplication

    from console.assets import resource_path
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
    theme = resource_path("themes", "tiski.qss")
    if theme.is_file():
        app.setStyleSheet(theme.read_text(encoding="utf-8"))
    install_translators(app, str(settings["ui.language"]))
    _route_qt_messages()
    from console.ui.gc_guard import collect_on_gui_thread
    from console.ui.qt_compat import broken_qt_release

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


def choose_sign_in(
    desk: Desk, settings: Settings, parent: QWidget | None = None
) -> SignedIn | None:
    """Ask who works at which counter; ``None`` when the person cancels."""
    from PySide6.QtWidgets import QDialog

    from console.ui.labels import ui_language
    from console.ui.remembered import remember_sign_in, remembered_sign_in
    from console.ui.signin import SignInDialog

    key = desk.database.shown_url
    staff = desk.staff()
    counters = desk.counters()
    site = desk.site_names()
    dialog = SignInDialog(
        staff,
        counters,
        remembered=remembered_sign_in(key),
        fixed_counter=str(settings["desk.counter"]),
        site_name=site.get(ui_language()) if site else "",
        parent=parent,
    )
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    staff_id, counter_id = dialog.chosen()
    signed_in = desk.sign_in(staff_id, counter_id)
    remember_sign_in(key, signed_in.staff.username, signed_in.counter.code)
    return signed_in


def demo_sign_in(opened: OpenedDesk, settings: Settings) -> SignedIn:
    """Sign in as the demo desk's demo advisor."""
    assert opened.demo is not None
    username = opened.demo.signin.username
    return opened.desk.sign_in_by_username(username, str(settings["desk.counter"]) or None)


def run_console(settings: Settings, *, demo: bool, exit_when_shown: bool = False) -> int:
    """Start the console window and run until it closes."""
    problem = display_problem()
    if problem is not None:
        raise StartupError(problem)
    app = make_application(settings, sys.argv[:1])
    from console.ui.console_window import ConsoleWindow
    from console.ui.errors import install_exception_hook

    install_exception_hook()
    try:
        opened = open_desk(settings, demo=demo)
        if demo:
            signed_in = demo_sign_in(opened, settings)
        else:
            chosen = choose_sign_in(opened.desk, settings)
            if chosen is None:
                return 0
            signed_in = chosen
    except TiskiError as error:
        _show_startup_error(error)
        raise
    setup, sandbox = plugin_setup(settings, demo=demo)
    window = ConsoleWindow(opened.desk, signed_in, plugins=setup)
    if sandbox is not None:
        app.aboutToQuit.connect(sandbox.stop)
    window.resize(1440, 900)
    window.restore_layout()
    window.show()
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
    _finish_background_work(opened.desk, int(code))
    return int(code)


def _settle_after_first_snapshot(window: Any) -> None:
    """Once the queues are first on screen, start-up is over: settle its garbage."""
    from console.ui.gc_guard import settle_start_up

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
    from console.ui.display import LobbyDisplay

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
    from console.ui.errors import install_exception_hook

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

    from console.ui.database_pool import finish_database_work

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
    signal.signal(signal.SIGTERM, lambda _signum, _frame: closing())
    # Python runs signal handlers only between bytecodes; wake it up now and then.
    timer = QTimer(window)
    timer.timeout.connect(lambda: None)
    timer.start(300)


WINDOWS = ("console", "signin", "about", "kiosk", "display")


def render_screenshot(
    settings: Settings, out: Path, *, window: str, demo: bool, width: int, height: int
) -> Path:
    """Render one of Tiski's windows offscreen into ``out``."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    problem = display_problem()  # only when QT_QPA_PLATFORM asks for a real screen
    if problem is not None:
        raise StartupError(problem)
    app = make_application(settings, sys.argv[:1])
    from PySide6.QtCore import QSize

    from console.ui.about import AboutDialog
    from console.ui.console_window import ConsoleWindow
    from console.ui.screenshot import save_screenshot
    from console.ui.signin import SignInDialog

    opened = open_desk(settings, demo=demo)
    desk = opened.desk
    widget: QWidget
    if window == "about":
        widget = AboutDialog()
    elif window == "kiosk":
        from console.ui.kiosk import KioskWindow, load_catalogue

        kiosk = KioskWindow(desk)
        kiosk.show_catalogue(load_catalogue(desk))
        kiosk.choose_language(str(settings["ui.language"]))
        widget = kiosk
    elif window == "display":
        from console.ui.display import LobbyDisplay

        if demo:
            _call_demo_tickets(opened, settings)
        display = LobbyDisplay(desk, int(settings["display.called_rows"]), chime=False)
        display.show_site(desk.site_names())
        display.show_snapshot(desk.queue.display(called=display.called_rows))
        widget = display
    elif window == "inbox":
        from console.ui.console_window import ConsoleWindow

        if demo:
            _ask_demo_specialist(opened)
        specialist = desk.sign_in_by_username("paivi.lehtonen", "R1")
        console = ConsoleWindow(desk, specialist)
        console.show_snapshot(desk.snapshot(specialist.counter.id))
        if console.inbox is not None:
            console.inbox._loaded(desk.consult.inbox(specialist.actor))
        widget = console
    elif window == "signin":
        from console.ui.labels import ui_language

        site = desk.site_names()
        widget = SignInDialog(
            desk.staff(), desk.counters(), site_name=site.get(ui_language()) if site else ""
        )
    else:
        if demo:
            signed_in = demo_sign_in(opened, settings)
        else:
            from console.ui.remembered import remembered_sign_in

            remembered = remembered_sign_in(desk.database.shown_url)
            staff = desk.staff()
            username = remembered[0] if remembered else (staff[0].username if staff else "")
            signed_in = desk.sign_in_by_username(username, remembered[1] if remembered else None)
        setup, sandbox = plugin_setup(settings, demo=demo)
        console = ConsoleWindow(desk, signed_in, plugins=setup)
        identity = _demo_visitor_at_counter(console, signed_in) if demo else None
        console.show_snapshot(desk.snapshot(signed_in.counter.id))
        if identity is not None:
            # The code in memory for the open visit, as after Identify at the counter.
            console.case_panel.identity = identity
            console.case_panel.announce_visitor()
        _settle_panels(console)
        if demo and "kela" in console.agency_docks:
            console.agency_docks["kela"].raise_()
        if sandbox is not None:
            sandbox.stop()
        widget = console
    if not save_screenshot(widget, out, QSize(width, height)):
        raise StartupError(
            Message(
                _CTX,
                QT_TRANSLATE_NOOP("Startup", "Could not write the picture to {path}."),
                {"path": str(out)},
            )
        )
    widget.close()
    app.processEvents()
    desk.database.dispose()
    return out


def plugin_setup(settings: Settings, *, demo: bool) -> tuple[Any, Any]:
    """The agency plugins this console may load, with their site values; the demo also
    starts the sandbox back offices and points the bundled plugins at them."""
    from console.plugin_host.discovery import apply_policy, bundled_plugins_dir, discover
    from console.ui.plugin_panels import PluginSetup

    folders = [Path(folder) for folder in settings["plugins.folders"]]
    bundled = bundled_plugins_dir()
    found = apply_policy(
        discover(bundled=bundled, folders=folders),
        allow=list(settings["plugins.allow"]),
        deny=list(settings["plugins.deny"]),
    )
    values = {f.manifest.id: settings.plugin_values(f.manifest.id) for f in found if f.manifest}
    sandbox = None
    if demo and bundled is not None:
        from console.sandbox import SandboxServer

        sandbox = SandboxServer(bundled, port=0)
        base = sandbox.start()
        log.info("Sandbox back offices at %s", base)
        for f in found:
            if f.manifest is not None and f.source == "bundled":
                values[f.manifest.id] = {
                    **values[f.manifest.id],
                    "base_url": f"{base}/{f.manifest.id}",
                }
    ca_bundle = str(settings["plugins.ca_bundle"]) or None
    return PluginSetup(tuple(found), values, ca_bundle), sandbox


DEMO_IDENTITY = ("131052-308T", "Matti Mäkinen")


def _demo_visitor_at_counter(console: Any, signed_in: SignedIn) -> Any:
    """The demo picture: a visitor at the counter, identified, so the panels have data."""
    from console.core.identity import VisitorIdentity, parse_identity_code

    desk = console.desk
    actor = signed_in.actor
    steps = desk.queue.at_counter(actor)
    if not steps:
        called = desk.queue.call_next(actor)
        steps = [called.step] if called else []
    if not steps:
        return None
    code, name = DEMO_IDENTITY
    identity = VisitorIdentity(parse_identity_code(code), name, None)
    desk.cases.identify(actor, steps[0].visit_id, identity)
    return identity


def _settle_panels(console: Any, seconds: float = 8.0) -> None:
    """Let the visit, its case and the agency panels load before the picture is taken."""
    import time

    from PySide6.QtCore import QCoreApplication, QEventLoop

    from console.ui.worker import jobs_running

    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        panels = console.plugin_panels
        if jobs_running() == 0 and (panels is None or not panels.hosts or panels.loaded):
            time.sleep(0.05)
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
            if jobs_running() == 0:
                return


def _ask_demo_specialist(opened: OpenedDesk) -> None:
    """A demo advisor asks Kela to join a visit, so the inbox has a request to show."""
    from console.core.consult import ConsultState

    desk = opened.desk
    advisor = desk.sign_in_by_username("aino.virtanen", "T1").actor
    steps = desk.queue.at_counter(advisor) or []
    if not steps:
        called = desk.queue.call_next(advisor)
        steps = [called.step] if called else []
    if not steps:
        return
    visit_id = steps[0].visit_id
    if any(c.state is ConsultState.OPEN for c in desk.consult.of_visit(advisor, visit_id)):
        return
    kela = next(a.id for a in desk.snapshot().agencies if a.code == "kela")
    desk.consult.ask(
        advisor,
        visit_id,
        kela,
        "Asiakas muuttaa Poriin ja hakee asumistukea; tulot vaihtelevat kuukausittain. "
        "Miten tulot arvioidaan hakemuksessa?",
        topic="Asumistuki",
    )


def _call_demo_tickets(opened: OpenedDesk, settings: Settings, count: int = 3) -> None:
    """Let the demo advisor call a few tickets so that a picture of the display shows calls."""
    from console.core.queue import StepState
    from console.core.steps import StepAction

    actor = demo_sign_in(opened, settings).actor
    queue = opened.desk.queue
    for _ in range(count):
        for step in queue.at_counter(actor):
            if step.state is StepState.CALLED:
                step = queue.act(actor, step.step_id, StepAction.START)
            queue.act(actor, step.step_id, StepAction.FINISH)
        queue.call_next(actor)
