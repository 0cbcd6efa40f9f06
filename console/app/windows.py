"""The entry point of each window: start Qt, sign in or open the desk, run until closed."""

from __future__ import annotations

import logging
import sys
from typing import TYPE_CHECKING, Any

from console.app.errors import StartupError, show_startup_error
from console.app.qt_application import first_window_size, make_application
from console.app.quitting import close_on_terminate, finish_background_work
from console.config import Settings
from console.core.text import QT_TRANSLATE_NOOP, Message, TiskiError
from console.ops.display_check import display_problem

# The database stack (console.app.opening, sign_in, first_start: SQLAlchemy, the
# models) is imported where it is used: the console paints its shell before it is
# loaded (docs/performance.md).
if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtWidgets import QWidget

    from console.app.sign_in import SignInService
    from console.core.permissions import Permission
    from console.desk.desk import Desk, SignedIn
    from console.ui.display.window import LobbyDisplay
    from console.ui.kiosk import KioskWindow

    LobbyWindow = KioskWindow | LobbyDisplay

# The composition root's logger still: what the log says of start-up is unchanged.
log = logging.getLogger("console.app")

_CTX = "Startup"


def run_console(
    settings: Settings, *, demo: bool, exit_when_shown: bool = False, exit_when_filled: bool = False
) -> int:
    """Start the console window and run until it closes.

    The demo paints the console's shell first, then opens its desk on a thread while
    the shell is on screen (console/app/desk_opening.py); the console window then takes
    the shell's place. ``exit_when_shown`` (benchmarks): print ``shown`` once the first
    window is painted, and close; ``exit_when_filled``: print ``filled`` once the
    console has read the desk and painted its queues, and close.
    """
    if not demo:
        from console.app.first_start import refuse_empty_server

        refuse_empty_server(settings)
    problem = display_problem()
    if problem is not None:
        raise StartupError(problem)
    app = make_application(settings, sys.argv[:1])
    from console.ui.shared.errors import install_exception_hook

    install_exception_hook()
    if demo:
        return _run_demo_console(
            app, settings, exit_when_shown=exit_when_shown, exit_when_filled=exit_when_filled
        )
    from console.app.sign_in import SignInService

    service = SignInService(settings, demo=False)
    try:
        service.prepare()
        if service.needs_first_start:
            from console.app.first_start import first_start

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
        show_startup_error(error)
        raise
    return _run_console_window(
        app,
        settings,
        service,
        session,
        demo=demo,
        exit_when_shown=exit_when_shown,
        exit_when_filled=exit_when_filled,
    )


def _run_demo_console(
    app: Any, settings: Settings, *, exit_when_shown: bool, exit_when_filled: bool
) -> int:
    """The demo: its console's shell painted at once, the console once the desk is open.

    The desk is opened on a thread started once the shell is painted: started before
    Qt, its imports took the interpreter from Qt's start and the shell's paint came
    about 110 ms later, with the queues filled no sooner (docs/performance.md)."""
    from console.app.desk_opening import DeskOpening
    from console.ui.console_shell import ConsoleShell

    shell = ConsoleShell(demo=True)
    shell.show_where_console_was()
    shell.repaint()
    opening = DeskOpening(settings, demo=True)
    try:
        if exit_when_shown:
            _say_when_painted(shell, "shown")
            opening.result().desk.database.dispose()  # what opening it raised, it raises
            return 0
        opened = opening.wait(shell.cancelled)
        if opened is None:
            return 0  # closed while the desk was being opened
        from console.app.sign_in import SignInService

        service = SignInService(settings, demo=True)
        session = service.demo_session(opened)
    except TiskiError as error:
        shell.hand_over()
        show_startup_error(error)
        raise
    return _run_console_window(
        app, settings, service, session, demo=True, shell=shell, exit_when_filled=exit_when_filled
    )


def _console_window(
    app: Any, settings: Settings, service: SignInService, session: Any, *, demo: bool
) -> Any:
    """The console window of ``session``, with the agency plugins this console loads."""
    from console.app.plugins import plugin_setup
    from console.ui.console_window import ConsoleWindow

    setup, sandbox = plugin_setup(settings, demo=demo)
    window = ConsoleWindow(
        session.desk,
        session.signed_in,
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
    return window


def _run_console_window(
    app: Any,
    settings: Settings,
    service: SignInService,
    session: Any,
    *,
    demo: bool,
    shell: QWidget | None = None,
    exit_when_shown: bool = False,
    exit_when_filled: bool = False,
) -> int:
    """Show the console window of ``session`` (in the place of ``shell``, which then
    closes) and run until it closes."""
    signed_in = session.signed_in
    window = _console_window(app, settings, service, session, demo=demo)
    if window.restore_layout():
        window.showMaximized()  # its first start on this screen
    else:
        window.show()
    if exit_when_shown:
        _say_when_painted(window, "shown")  # not started: it closes without asking
        finish_background_work(window.desk)
        return 0
    if shell is not None:
        shell.hand_over()  # type: ignore[attr-defined]
    # Keyboard focus to the console after the sign-in dialog, also where no window
    # manager hands it over (seen under Xvfb: Ctrl+Alt+L went nowhere).
    window.raise_()
    window.activateWindow()
    window.start()
    close_on_terminate(window, window.close_unattended)
    # However the application ends, its listening thread ends first.
    app.aboutToQuit.connect(window.stop)
    if exit_when_filled:
        # For the start-up benchmark: paint the queues once, then close.
        window.snapshot_shown.connect(lambda: _say_when_painted(window, "filled"))
    else:
        _after_first_snapshot(window)
    log.info("Console started for %s at %s", signed_in.staff.username, signed_in.counter.code)
    code = app.exec()
    log.info("Console closed")
    finish_background_work(window.desk, int(code))
    return int(code)


def _say_when_painted(window: QWidget, moment: str) -> None:
    """Benchmarks: paint ``window`` now, say ``moment`` on stdout, and close it."""
    window.repaint()
    print(moment, flush=True)
    if hasattr(window, "hand_over"):
        window.hand_over()  # the shell: closed without cancelling anything
    else:
        window.close()


def choose_sign_in(
    settings: Settings, parent: QWidget | None = None, *, service: SignInService | None = None
) -> Any:
    """Ask who signs in (console/app/sign_in.py); looked up here, in this module, so
    that the end-to-end tests can sign in without the dialog by replacing it."""
    from console.app.sign_in import choose_sign_in as choose

    return choose(settings, parent, service=service)


def _signed_in_for(
    settings: Settings,
    *,
    demo: bool,
    demo_person: Callable[[Desk], SignedIn],
    permission: Permission,
    refusal: str,
) -> tuple[Desk, SignedIn] | None:
    """A one-window command's person: the demo's ``demo_person``, or whoever signs in
    (None when they cancel); refused with ``refusal`` (``{username}``) without
    ``permission``, the refusal shown as the start-up error."""
    from console.app.opening import open_desk
    from console.app.sign_in import SignInService
    from console.core.permissions import allows

    try:
        if demo:
            desk = open_desk(settings, demo=True).desk
            signed_in = demo_person(desk)
        else:
            session = choose_sign_in(settings, service=SignInService(settings))
            if session is None:
                return None
            desk, signed_in = session.desk, session.signed_in
        if not allows(signed_in.staff.role, permission):
            raise StartupError(Message(_CTX, refusal, {"username": signed_in.staff.username}))
    except TiskiError as error:
        show_startup_error(error)
        raise
    return desk, signed_in


def _run_window(app: Any, window: Any, desk: Desk, name: str, username: str) -> int:
    window.resize(first_window_size(app))
    window.show()
    window.start()
    log.info("%s started for %s", name, username)
    code = app.exec()
    log.info("%s closed", name)
    finish_background_work(desk, int(code))
    return int(code)


def _run_signed_in_window(
    settings: Settings,
    *,
    demo: bool,
    demo_person: Callable[[Desk], SignedIn],
    permission: Permission,
    refusal: str,
    name: str,
    make: Callable[[Desk, SignedIn], Any],
) -> int:
    """A one-window command: start Qt, sign in (see :func:`_signed_in_for`), ``make``
    the window (which also says what SIGTERM does to it), run until it closes."""
    problem = display_problem()
    if problem is not None:
        raise StartupError(problem)
    app = make_application(settings, sys.argv[:1])
    from console.ui.shared.errors import install_exception_hook

    install_exception_hook()
    person = _signed_in_for(
        settings, demo=demo, demo_person=demo_person, permission=permission, refusal=refusal
    )
    if person is None:
        return 0
    desk, signed_in = person
    window = make(desk, signed_in)
    return _run_window(app, window, desk, name, signed_in.staff.username)


def run_admin(settings: Settings, *, demo: bool) -> int:
    """``tiski admin``: sign in (IT or a supervisor), then the admin window alone."""
    from console.app.sign_in import admin_sign_in
    from console.core.permissions import Permission

    def make(desk: Desk, signed_in: SignedIn) -> Any:
        from console.ui.admin import AdminWindow

        window = AdminWindow(desk.database, signed_in)
        # SIGTERM: nobody is there to answer "apply the edits?"; they are not applied.
        close_on_terminate(window, window.discard_and_close)
        return window

    return _run_signed_in_window(
        settings,
        demo=demo,
        demo_person=lambda desk: admin_sign_in(desk, demo=True),
        permission=Permission.ADMINISTER_SERVICES,
        refusal=QT_TRANSLATE_NOOP(
            "Startup",
            "{username} may not set up the desk: IT and supervisors can. Sign in as one of them.",
        ),
        name="Admin window",
        make=make,
    )


def run_floor(settings: Settings, *, demo: bool) -> int:
    """``tiski floor``: sign in (a supervisor), then the floor window alone."""
    from console.app.sign_in import supervisor_sign_in
    from console.core.permissions import Permission

    def demo_supervisor(desk: Desk) -> SignedIn:
        from console.desk.desk import seed_demo_history

        seed_demo_history(desk)  # weeks of finished visits for the reports
        return supervisor_sign_in(desk)

    def make(desk: Desk, signed_in: SignedIn) -> Any:
        from console.ui.floor.window import FloorWindow

        window = FloorWindow(desk, signed_in)
        close_on_terminate(window)
        return window

    return _run_signed_in_window(
        settings,
        demo=demo,
        demo_person=demo_supervisor,
        permission=Permission.SUPERVISE_FLOOR,
        refusal=QT_TRANSLATE_NOOP(
            "Startup",
            "{username} may not watch the whole floor: supervisors can. Sign in as one.",
        ),
        name="Floor window",
        make=make,
    )


def run_guide(settings: Settings, *, demo: bool) -> int:
    """``tiski guide``: sign in (a guide, or staff standing in), then the lobby guide's
    view."""
    from console.app.sign_in import guide_sign_in
    from console.core.permissions import Permission

    def make(desk: Desk, signed_in: SignedIn) -> Any:
        from console.ui.guide import GuideWindow

        window = GuideWindow(
            desk,
            signed_in,
            print_to_pdf=str(settings["kiosk.print_to_pdf"]),
            printer_name=str(settings["kiosk.printer"]),
        )
        close_on_terminate(window)
        return window

    return _run_signed_in_window(
        settings,
        demo=demo,
        demo_person=guide_sign_in,
        permission=Permission.MANAGE_WAITING,
        refusal=QT_TRANSLATE_NOOP(
            "Startup",
            "{username} may not work as the lobby guide: guides, advisors, specialists and "
            "supervisors can. Sign in as one of them.",
        ),
        name="Guide window",
        make=make,
    )


def _after_first_snapshot(window: Any) -> None:
    """Once the queues are first on screen, start-up is over: settle its garbage, and
    a person's first console on this PC shows its tour."""
    from console.ui.shared.gc_guard import settle_start_up

    def shown() -> None:
        window.snapshot_shown.disconnect(shown)
        settle_start_up()
        window.offer_tour()

    window.snapshot_shown.connect(shown)


def run_kiosk(settings: Settings, *, demo: bool) -> int:
    """Start the kiosk full screen and run until staff close it (Ctrl+Shift+Q)."""
    return _run_lobby_window(
        settings,
        demo=demo,
        name="Kiosk",
        screen_setting="kiosk.screen",
        make=lambda desk: make_kiosk(settings, desk),
    )


def make_kiosk(settings: Settings, desk: Desk) -> KioskWindow:
    """The kiosk as the settings want it, with a voice for Read aloud unless turned off."""
    from console.ui.kiosk import KioskWindow
    from console.ui.shared.speech import Speaker

    return KioskWindow(
        desk,
        print_to_pdf=str(settings["kiosk.print_to_pdf"]),
        printer_name=str(settings["kiosk.printer"]),
        speaker=Speaker() if settings["kiosk.speech"] else None,
    )


def run_display(settings: Settings, *, demo: bool) -> int:
    """Start the lobby display full screen and run until it is closed."""
    from console.ui.display.voice import VoiceSettings
    from console.ui.display.window import LobbyDisplay

    return _run_lobby_window(
        settings,
        demo=demo,
        name="Lobby display",
        screen_setting="display.screen",
        # Nobody points at the display; a pointer left over the numbers would hide them.
        hide_cursor=True,
        make=lambda desk: LobbyDisplay(
            desk,
            int(settings["display.called_rows"]),
            voice=VoiceSettings.from_settings(settings),
        ),
    )


def _run_lobby_window(
    settings: Settings,
    *,
    demo: bool,
    name: str,
    screen_setting: str,
    make: Callable[[Desk], LobbyWindow],
    hide_cursor: bool = False,
) -> int:
    """A lobby window: the desk opened without signing in, the window filling the screen
    ``screen_setting`` chooses until it is closed."""
    problem = display_problem()
    if problem is not None:
        raise StartupError(problem)
    # The kiosk and the lobby display have looks of their own (not ui.theme).
    app = make_application(settings, sys.argv[:1], staff=False)
    from console.ui.shared.errors import install_exception_hook

    install_exception_hook()
    from console.app.opening import open_desk

    try:
        opened = open_desk(settings, demo=demo)
    except TiskiError as error:
        show_startup_error(error)
        raise
    window = make(opened.desk)
    from console.app.lobby_screen import fill_screen, lobby_screen

    screen = lobby_screen(app, screen_setting, str(settings[screen_setting]))
    # SIGTERM closes it from the moment it exists, not only once it is shown.
    close_on_terminate(window)
    fill_screen(window, screen, hide_cursor=hide_cursor)
    window.start()
    log.info("%s started", name)
    code = app.exec()
    log.info("%s closed", name)
    finish_background_work(opened.desk, int(code))
    return int(code)
