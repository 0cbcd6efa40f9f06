"""Pictures of Tiski's windows without a screen (``tiski screenshot``, the self-test).

Each window is built as the composition root builds it (console.app), on the demo desk
or the configured one; the demo ones are staged first so that the picture shows work in
progress: a visitor identified at the counter, calls on the lobby display, a request in
a specialist's inbox.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from console.app.errors import StartupError
from console.app.opening import OpenedDesk, open_desk
from console.app.plugins import plugin_setup
from console.app.qt_application import make_application
from console.app.sign_in import SignInService, admin_sign_in, demo_sign_in
from console.config import Settings
from console.core.text import QT_TRANSLATE_NOOP, Message
from console.desk.desk import Desk, SignedIn
from console.ops.display_check import display_problem

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)

_CTX = "Startup"

# Shown at their own size, as they open, not stretched over a screen.
DIALOG_WINDOWS = ("signin", "about", "first-start", "help")
# The kiosk's pictures and the mode of the accessibility bar each has on.
KIOSK_WINDOWS = {"kiosk": None, "kiosk-large": "large_text", "kiosk-contrast": "high_contrast"}


def render_screenshot(
    settings: Settings, out: Path, *, window: str, demo: bool, width: int, height: int
) -> Path:
    """Render one of Tiski's windows offscreen into ``out``."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    problem = display_problem()  # only when QT_QPA_PLATFORM asks for a real screen
    if problem is not None:
        raise StartupError(problem)
    # The kiosk and the lobby display have looks of their own (not ui.theme).
    app = make_application(settings, sys.argv[:1], staff=window not in ("display", *KIOSK_WINDOWS))
    from PySide6.QtCore import QSize

    from console.ui.access.signin import SignInDialog
    from console.ui.console_window import ConsoleWindow
    from console.ui.shared.about import AboutDialog
    from console.ui.shared.screenshot import save_screenshot

    opened = open_desk(settings, demo=demo)
    desk = opened.desk
    widget: QWidget
    if window in ("console", "lock", "inbox") and not demo and not desk.staff():
        # Nobody to show a console for: what a new database starts with instead.
        window = "first-start"
    if window == "first-start":
        from console.ui.access.first_start import FirstStartWizard

        widget = FirstStartWizard(
            desk.database, open_demo=lambda: None, has_desk=not desk.is_empty()
        )
    elif window == "about":
        widget = AboutDialog()
    elif window == "admin":
        widget = _admin_window(opened, settings, demo=demo)
    elif window in KIOSK_WINDOWS:
        widget = _kiosk_window(settings, desk, window)
    elif window == "display":
        from console.ui.display.window import LobbyDisplay

        if demo:
            _call_demo_tickets(opened, settings)
        display = LobbyDisplay(desk, int(settings["display.called_rows"]), chime=False)
        display.show_lobby(desk.lobby())
        display.show_snapshot(desk.queue.display(called=display.called_rows))
        widget = display
    elif window == "floor":
        from console.app.sign_in import supervisor_sign_in
        from console.ui.floor.window import FloorWindow

        if demo:
            from console.desk.desk import seed_demo_history

            seed_demo_history(desk)
            _staff_the_demo_floor(desk)
        supervisor = supervisor_sign_in(desk)
        floor = FloorWindow(desk, supervisor)
        floor._show(desk.floor.floor(supervisor.actor, language=str(settings["ui.language"])))
        widget = floor
    elif window == "guide":
        widget = _guide_window(desk, demo=demo)
    elif window in ("reports", "report-charts", "cost-sharing", "forecast"):
        widget = _reports_window(desk, window, demo=demo)
    elif window == "inbox":
        from console.ui.console_window import ConsoleWindow

        if demo:
            _ask_demo_specialist(opened)
        specialist = desk.sign_in_by_username("paivi.lehtonen", "R1")
        # The agency panels as the specialist's console has them (not "not installed").
        setup, sandbox = plugin_setup(settings, demo=demo)
        console = ConsoleWindow(desk, specialist, plugins=setup, demo=demo)
        console.show_snapshot(desk.snapshot(specialist.counter.id, actor=specialist.actor))
        if console.inbox is not None:
            console.inbox._loaded(desk.consult.inbox(specialist.actor))
        _settle_panels(console)
        if sandbox is not None:
            sandbox.stop()
        widget = console
    elif window == "signin":
        service = SignInService(settings, demo=demo)
        service.prepare()
        widget = SignInDialog(
            service.authenticate, site_name=service.site_name, hint=service.demo_hint()
        )
    else:
        if demo:
            signed_in = demo_sign_in(opened, settings)
        else:
            from console.ui.access.remembered import remembered_sign_in

            remembered = remembered_sign_in(desk.database.shown_url)
            staff = desk.staff()
            username = remembered[0] if remembered else (staff[0].username if staff else "")
            signed_in = desk.sign_in_by_username(username, remembered[1] if remembered else None)
        setup, sandbox = plugin_setup(settings, demo=demo)
        console = ConsoleWindow(desk, signed_in, plugins=setup, demo=demo)
        identity = _demo_visitor_at_counter(console, signed_in) if demo else None
        console.show_snapshot(desk.snapshot(signed_in.counter.id, actor=signed_in.actor))
        if identity is not None:
            # The code in memory for the open visit, as after Identify at the counter.
            console.case_panel.identity = identity
            console.case_panel.announce_visitor()
        _settle_panels(console)
        if demo and "kela" in console.agency_docks:
            console.agency_docks["kela"].raise_()
        if sandbox is not None:
            sandbox.stop()
        if window == "lock":
            console.lock.demo_hint = SignInService(settings, demo=demo).demo_hint()
            console.resize(QSize(width, height))
            console.lock.lock()
        widget = console
        if window == "tour":
            console.resize(QSize(width, height))
            console.show()
            app.processEvents()
            console.commands.show_tour()
            for _ in range(2):  # its third zone: the visit
                console.commands.tour.forward()
        if window == "help":
            console.commands.show_help()
            widget = console.commands.help_dialog
    size = QSize(width, height)
    if window in DIALOG_WINDOWS:
        # A dialog as it opens, at its own size, not stretched over a screen.
        if window != "help":  # the help keeps its reading size, not its smallest
            widget.adjustSize()
        size = widget.size().boundedTo(size)
    if not save_screenshot(widget, out, size):
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


def _kiosk_window(settings: Settings, desk: Desk, window: str) -> QWidget:
    """The kiosk's "What do you need?" as a visitor sees it: as it is (``kiosk``), with
    larger text (``kiosk-large``) or in high contrast (``kiosk-contrast``)."""
    from console.app.windows import make_kiosk
    from console.ui.kiosk import load_catalogue
    from console.ui.kiosk.access import Mode

    kiosk = make_kiosk(settings, desk)
    kiosk.show_catalogue(load_catalogue(desk))
    kiosk.choose_language(str(settings["ui.language"]))
    mode = KIOSK_WINDOWS[window]
    if mode is not None:
        kiosk.access_bar.set_on(Mode(mode), True)
    return kiosk


def _admin_window(opened: OpenedDesk, settings: Settings, *, demo: bool) -> QWidget:
    """The admin window as IT sees it, the desk read at once (no worker for a picture)."""
    from console.desk.setup import current_desk
    from console.ui.admin import AdminWindow

    desk = opened.desk
    signed_in = admin_sign_in(desk, demo=demo)
    admin = AdminWindow(desk.database, signed_in)
    admin.show_desk(current_desk(desk.database))
    tab = os.environ.get("TISKI_ADMIN_TAB", "")
    if tab.isdigit():
        admin.tabs.setCurrentIndex(int(tab))
    return admin


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

    from console.ui.shared.worker import jobs_running

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


def _reports_window(desk: Desk, window: str, *, demo: bool) -> QWidget:
    """The reports window on the last four weeks, read at once (no worker for a picture):
    the figures per agency, the charts, or the cost split of 12 500 euros by minutes."""
    from datetime import timedelta

    from PySide6.QtCore import QDate

    from console.app.sign_in import supervisor_sign_in
    from console.core.queue import local_time, utc_now
    from console.core.report_tables import cost_table, figures_table
    from console.core.reports import CostMethod, Dimension
    from console.desk.desk import seed_demo_history
    from console.i18n import translate
    from console.ui.reports.window import ReportsWindow

    if demo:
        seed_demo_history(desk)
    supervisor = supervisor_sign_in(desk)
    reports = ReportsWindow(desk, supervisor)
    end = local_time(utc_now()).date() - timedelta(days=1)
    start = end - timedelta(days=27)
    report, charts = desk.reports.report_with_charts(
        supervisor.actor, start, end, dimension=Dimension.AGENCY
    )
    assert charts is not None
    reports.start_edit.setDate(QDate(start.year, start.month, start.day))
    reports.end_edit.setDate(QDate(end.year, end.month, end.day))
    forecast = desk.reports.forecast(supervisor.actor, end)
    reports._loaded((figures_table(report, translate), charts, forecast))
    if window == "report-charts":
        reports.tabs.setCurrentIndex(1)
    elif window == "forecast":
        reports.tabs.setCurrentIndex(3)
    elif window == "cost-sharing":
        reports.cost_edit.setText("12 500,00")
        reports.method_box.setCurrentIndex(1)
        split = desk.reports.cost_split(supervisor.actor, start, end, 1_250_000, CostMethod.MINUTES)
        reports._split_done(cost_table(split, start.isoformat(), end.isoformat(), translate))
        reports.tabs.setCurrentIndex(2)
    return reports


def _guide_window(desk: Desk, *, demo: bool) -> QWidget:
    """The guide's view in the middle of work: a Swedish speaker's need found by typing,
    the services of the ticket chosen, a ticket just issued to a counter."""
    from console.app.sign_in import guide_sign_in
    from console.core.queue import Language
    from console.desk.guide import read_guide_view
    from console.ui.guide import GuideWindow

    guide = guide_sign_in(desk)
    window = GuideWindow(desk, guide)
    if demo:
        ticket = desk.queue.issue(
            ["kela-general"],
            language=Language.SV,
            actor=guide.actor,
            counter_code="T2",
            visitor_name="Elin Lind",
        )
        window._show(read_guide_view(desk, guide.actor))
        window._show_ticket(ticket, "T2")
        window.panel.search.setText("flytt")
        window.panel.add_first()  # the life event "Jag flyttar till Björneborg"
        window.panel.search.setText("skatt")
    else:
        window._show(read_guide_view(desk, guide.actor))
    window.tabs.setCurrentIndex(1)
    return window


def _staff_the_demo_floor(desk: Desk) -> None:
    """Demo advisors signed in at four counters, three of them with a visitor: the floor
    as a supervisor sees it mid-morning."""
    from console.core.queue import StepState
    from console.core.steps import StepAction

    for number, (username, counter) in enumerate(
        (
            ("aino.virtanen", "T1"),
            ("johanna.lindholm", "T2"),
            ("jukka.niemi", "T3"),
            ("riikka.laine", "T4"),
        )
    ):
        actor = desk.sign_in_by_username(username, counter).actor
        desk.queue.open_session(actor)
        if number == 3:
            continue  # free, waiting for the next visitor
        # A picture taken before on the same demo desk may have left a visitor here
        # (the console's picture calls one): call next would refuse, so keep them.
        if not desk.queue.at_counter(actor):
            desk.queue.call_next(actor)
        if number != 1:
            for step in desk.queue.at_counter(actor):
                if step.state is StepState.CALLED:
                    desk.queue.act(actor, step.step_id, StepAction.START)


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
