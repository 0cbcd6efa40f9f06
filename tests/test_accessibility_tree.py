"""Every control of every staff window has a name a screen reader reads out.

Each window is built for real (offscreen Qt, the demo desk on a real SQLite file) and
its accessibility tree walked from ``QAccessible.queryAccessibleInterface`` down, as
NVDA or Orca would: a button, field, list or tab whose name is empty would be read
as just "button" or "edit" (tests/support/accessibility_tree.py).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from datetime import timedelta
from pathlib import Path

import pytest
import shiboken6
from accessibility_tree import focus_chain, unnamed_controls, unnamed_on_every_page
from console_quit import quit_console
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QIcon
from PySide6.QtWidgets import QApplication, QPushButton, QStyle, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from console.core.identity import VisitorIdentity, parse_identity_code
from console.core.queue import utc_now
from console.desk.accounts import DEMO_PASSWORD
from console.desk.desk import Desk
from console.store.database import Database
from console.ui.console_window import ConsoleWindow

# The tree does not depend on the database: these run on the SQLite file only.
sqlite_only = pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)

Roots = list[tuple[str, QWidget]]


@pytest.fixture
def desk(demo_database: Database) -> Desk:
    return Desk(demo_database, identity_key=lambda: b"k" * 32)


@pytest.fixture
def closing(qtbot: QtBot) -> Iterator[Callable[[QWidget], QWidget]]:
    """Windows shown by a test, closed after it (consoles as their person would)."""
    shown: list[QWidget] = []

    def show(widget: QWidget) -> QWidget:
        qtbot.addWidget(widget)
        shown.append(widget)
        return widget

    yield show
    for widget in reversed(shown):
        if not shiboken6.isValid(widget):
            continue  # closed and deleted by the test (WA_DeleteOnClose)
        if isinstance(widget, ConsoleWindow):
            if widget.lock.locked:
                widget.lock._unlock()  # as its person would, with their password
            quit_console(widget)
        else:
            widget.close()


def open_console(
    qtbot: QtBot, desk: Desk, username: str, counter: str, size: tuple[int, int] = (1366, 768)
) -> ConsoleWindow:
    window = ConsoleWindow(desk, desk.sign_in_by_username(username, counter))
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    window.start()
    qtbot.waitUntil(lambda: window.snapshot is not None)
    return window


def serve_a_visitor(qtbot: QtBot, window: ConsoleWindow) -> None:
    """Call the next visitor and identify them, so the case panel and its note editor,
    the consultation bar and the identity buttons are all on screen."""
    window.call_next_action.trigger()
    qtbot.waitUntil(lambda: window.serving.current is not None)
    current = window.serving.current
    assert current is not None
    identity = VisitorIdentity(parse_identity_code("131052-308T"), "Matti Mäkinen", None)
    window.desk.cases.identify(window.signed_in.actor, current.visit_id, identity)
    window.case_panel.identity = identity
    window.case_panel.refresh_case()
    qtbot.waitUntil(lambda: window.case_panel.case_label.text() != "Reading the case…")
    qtbot.waitUntil(lambda: window.visit_zone.step_model.rowCount() > 0)


def ask_kela(desk: Desk) -> None:
    """An advisor at T1 asks Kela to join their visit (the specialist's inbox has it)."""
    advisor = desk.sign_in_by_username("aino.virtanen", "T1").actor
    called = desk.queue.call_next(advisor)
    assert called is not None
    kela = next(a.id for a in desk.snapshot().agencies if a.code == "kela")
    desk.consult.ask(
        advisor,
        called.step.visit_id,
        kela,
        "How is a varying income estimated?",
        topic="Asumistuki",
    )


# ---------------------------------------------------------------- the windows
def console_roots(qtbot: QtBot, desk: Desk, closing: Callable[[QWidget], QWidget]) -> Roots:
    window = closing(open_console(qtbot, desk, "aino.virtanen", "T3"))
    assert isinstance(window, ConsoleWindow)
    serve_a_visitor(qtbot, window)
    return [("console", window)]


def lock_roots(qtbot: QtBot, desk: Desk, closing: Callable[[QWidget], QWidget]) -> Roots:
    window = closing(open_console(qtbot, desk, "aino.virtanen", "T3"))
    assert isinstance(window, ConsoleWindow)
    window.lock.lock()
    qtbot.waitUntil(lambda: window.lock.locked)
    roots: Roots = [("locked console", window)]
    window.lock.screen.password.setText("not her password")
    window.lock.screen.unlock_button.click()  # the message line shows too
    qtbot.waitUntil(lambda: window.lock.screen.message.isVisible())
    roots.append(("locked console, a wrong password", window))
    return roots


def inbox_roots(qtbot: QtBot, desk: Desk, closing: Callable[[QWidget], QWidget]) -> Roots:
    ask_kela(desk)
    window = closing(open_console(qtbot, desk, "paivi.lehtonen", "R1"))
    assert isinstance(window, ConsoleWindow)
    inbox = window.inbox
    assert inbox is not None
    qtbot.waitUntil(lambda: inbox.model.rowCount() > 0)
    return [("specialist console", window)]


def signin_roots(qtbot: QtBot, desk: Desk, closing: Callable[[QWidget], QWidget]) -> Roots:
    from console.app.sign_in import SignInService
    from console.config import load_settings
    from console.ui.access.signin import SignInDialog

    service = SignInService(load_settings({"database.url": str(desk.database.url)}, environ={}))
    service.prepare()
    dialog = closing(SignInDialog(service.authenticate, site_name=service.site_name))
    assert isinstance(dialog, SignInDialog)
    dialog.show()
    roots: Roots = [("sign-in", dialog)]
    dialog.username.setText("aino.virtanen")
    dialog.password.setText(DEMO_PASSWORD)
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: dialog.counter_box.count() > 0 and dialog.counter_box.isVisible())
    return [*roots, ("sign-in, the counter", dialog)]


def kiosk_roots(
    qtbot: QtBot, desk: Desk, closing: Callable[[QWidget], QWidget], tmp_path: Path
) -> Iterator[tuple[str, QWidget]]:
    """Each page of the kiosk as a visitor reaches it (walked as it is shown)."""
    from console.ui.kiosk import KioskWindow
    from console.ui.kiosk.parts import ChoiceButton

    kiosk = closing(KioskWindow(desk, print_to_pdf=str(tmp_path / "ticket.pdf")))
    assert isinstance(kiosk, KioskWindow)
    kiosk.resize(1366, 768)
    kiosk.show()
    with qtbot.waitSignal(kiosk.catalogue_loaded):
        kiosk.start()
    yield "kiosk, language", kiosk

    def touch(title: str) -> None:
        for button in kiosk.findChildren(ChoiceButton):
            if button.isVisible() and button.title() == title:
                qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
                return
        raise AssertionError(f"no kiosk button {title!r}")

    qtbot.mouseClick(kiosk.language_page.buttons["en"], Qt.MouseButton.LeftButton)
    yield "kiosk, what do you need", kiosk
    touch("Kela")
    yield "kiosk, services", kiosk
    touch("Kela benefits, general advice")
    with qtbot.waitSignal(kiosk.ticket_shown):
        qtbot.mouseClick(kiosk.choice_page.take_button, Qt.MouseButton.LeftButton)
    yield "kiosk, the ticket", kiosk
    kiosk.reset()
    qtbot.mouseClick(kiosk.language_page.buttons["en"], Qt.MouseButton.LeftButton)
    touch("I have an appointment")
    yield "kiosk, appointment", kiosk
    kiosk.reset()
    qtbot.mouseClick(kiosk.language_page.buttons["en"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(kiosk.need_page.feedback_button, Qt.MouseButton.LeftButton)
    yield "kiosk, feedback", kiosk


def display_roots(qtbot: QtBot, desk: Desk, closing: Callable[[QWidget], QWidget]) -> Roots:
    from console.ui.display.window import LobbyDisplay

    display = closing(LobbyDisplay(desk, 6, False, refresh_ms=600_000))
    assert isinstance(display, LobbyDisplay)
    display.resize(1366, 768)
    display.show()
    with qtbot.waitSignal(display.refreshed):
        display.start()
    return [("lobby display", display)]


def floor_roots(qtbot: QtBot, desk: Desk, closing: Callable[[QWidget], QWidget]) -> Roots:
    from console.ui.floor.move_dialog import MoveWaitingDialog
    from console.ui.floor.skills_dialog import DaySkillsDialog
    from console.ui.floor.window import FloorWindow

    window = closing(
        FloorWindow(desk, desk.sign_in_by_username("kaisa.mattila", None), refresh_ms=600_000)
    )
    assert isinstance(window, FloorWindow)
    window.resize(1366, 768)
    window.show()
    with qtbot.waitSignal(window.refreshed):
        window.start()
    assert window.view is not None
    services = [row.queue.service for row in window.view.services]
    move = closing(MoveWaitingDialog(window, desk, window.signed_in, services[0]))
    skills = closing(DaySkillsDialog(window, desk, window.signed_in, services))
    for dialog in (move, skills):
        dialog.show()
    return [("supervisor floor", window), ("move a visitor", move), ("day's skills", skills)]


def admin_roots(qtbot: QtBot, desk: Desk, closing: Callable[[QWidget], QWidget]) -> Roots:
    from console.app.sign_in import admin_sign_in
    from console.ui.admin import AdminWindow

    window = closing(AdminWindow(desk.database, admin_sign_in(desk, demo=True)))
    assert isinstance(window, AdminWindow)
    window.resize(1366, 768)
    window.show()
    with qtbot.waitSignal(window.desk_loaded):
        window.start()
    return [("admin", window)]


def guide_roots(qtbot: QtBot, desk: Desk, closing: Callable[[QWidget], QWidget]) -> Roots:
    from console.ui.guide import GuideWindow

    window = closing(GuideWindow(desk, desk.sign_in_by_username("sanna.heinonen", None)))
    assert isinstance(window, GuideWindow)
    window.resize(1366, 768)
    window.show()
    with qtbot.waitSignal(window.refreshed):
        window.start()
    return [("guide", window)]


def reports_roots(qtbot: QtBot, desk: Desk, closing: Callable[[QWidget], QWidget]) -> Roots:
    from console.ui.reports.window import ReportsWindow

    window = closing(ReportsWindow(desk, desk.sign_in_by_username("kaisa.mattila", None)))
    window.resize(1366, 768)
    window.show()
    return [("reports", window)]


def dialog_roots(
    qtbot: QtBot, desk: Desk, closing: Callable[[QWidget], QWidget]
) -> Iterator[tuple[str, QWidget]]:
    """The console's dialogs, each as the console opens it, on the demo desk's data."""
    from console.core.consult import AgencyStaffing
    from console.desk.accounts import sign_in
    from console.store.journal import Draft
    from console.ui.access.change_password_dialog import ChangePasswordDialog
    from console.ui.access.first_start import FirstStartWizard
    from console.ui.access.session import AccountCredentials
    from console.ui.case.audit_trail_dialog import AuditTrailDialog
    from console.ui.case.case_timeline import CaseViewerDialog
    from console.ui.case.consent_dialog import ConsentDialog
    from console.ui.case.identify_dialog import IdentifyDialog
    from console.ui.case.restore_drafts_dialog import RestoreDraftsDialog
    from console.ui.case.search_dialog import SearchDialog
    from console.ui.consult.ask_specialist_dialog import AskSpecialistDialog
    from console.ui.consult.decline_dialog import DeclineDialog
    from console.ui.consult.hand_back_dialog import HandBackDialog
    from console.ui.consult.inbox import ConsultContextDialog
    from console.ui.consult.remote_appointment_dialog import RemoteAppointmentDialog
    from console.ui.help.console_help import console_help
    from console.ui.help.dialog import HelpDialog
    from console.ui.plugins.plugins_dialog import PluginsDialog
    from console.ui.queue.queue_dialogs import AppointmentsDialog, IssueDialog, TransferDialog
    from console.ui.queue.stranded_dialogs import LeaveCounterDialog, StrandedDialog
    from console.ui.shared.about import AboutDialog

    window = closing(open_console(qtbot, desk, "aino.virtanen", "T3"))
    assert isinstance(window, ConsoleWindow)
    serve_a_visitor(qtbot, window)
    snapshot = desk.snapshot()
    agencies = {agency.id: agency for agency in snapshot.agencies}
    services = {service.id: service for service in snapshot.services}
    actor = window.signed_in.actor
    current = window.serving.current
    assert current is not None
    case = desk.cases.open_case(actor, current.visit_id)
    kela = next(a for a in snapshot.agencies if a.code == "kela")
    consult = desk.consult.ask(actor, current.visit_id, kela.id, "Does the lease matter?")
    specialist = desk.sign_in_by_username("paivi.lehtonen", "R1").actor
    desk.consult.accept(specialist, consult.id)
    context = desk.consult.context(specialist, consult.id)
    boss = desk.sign_in_by_username("kaisa.mattila", None).actor
    person = sign_in(str(desk.database.url), "aino.virtanen", DEMO_PASSWORD)
    draft = Draft(
        database=desk.database_key(),
        staff_id=actor.staff_id,
        visit_id=current.visit_id,
        client_id="a11y",
        case_id=case.id,
        ticket_number=current.ticket_number,
        service_id=current.service_id,
        partition_agency_id=None,
        amends_id=None,
        text="Half a note",
        updated_at=utc_now() - timedelta(minutes=5),
    )
    dialogs: dict[str, QWidget] = {
        "identify": IdentifyDialog(window, today=utc_now().date()),
        "consent": ConsentDialog(window, snapshot.agencies, ()),
        "search": SearchDialog(window, lambda query: desk.cases.search(actor, query), {}),
        "case viewer": CaseViewerDialog(window, case, agencies, services),
        "audit trail": AuditTrailDialog(window, case.id, desk.cases.audit_trail(boss, case.id)),
        "restore drafts": RestoreDraftsDialog(window, [draft], {}),
        "ask a specialist": AskSpecialistDialog(
            window,
            snapshot.agencies,
            staffing=lambda agency_id: AgencyStaffing(agency_id, 1, 0, 1),
            consented=(),
        ),
        "decline": DeclineDialog(window, consult),
        "hand back": HandBackDialog(window, consult),
        "consultation context": ConsultContextDialog(window, context, agencies, services),
        "remote appointment": RemoteAppointmentDialog(
            window, consult, kela, snapshot.services, now=utc_now()
        ),
        "issue a ticket": IssueDialog(snapshot.services, snapshot.life_events, window),
        "transfer": TransferDialog("K001", snapshot.services, snapshot.counters, snapshot.staff),
        "appointments": AppointmentsDialog(snapshot.services, window),
        "stranded visitors": StrandedDialog(desk, actor, window),
        "leave the counter": LeaveCounterDialog(
            window.held_at_counter(), unsaved_note=True, parent=window
        ),
        "help": HelpDialog("Help", console_help(window), window),
        "agency plugins": PluginsDialog(window, window.plugin_setup.found),
        "change password": ChangePasswordDialog(AccountCredentials(person), window),
        "about": AboutDialog(window),
        "first start": FirstStartWizard(desk.database, open_demo=lambda: None, has_desk=True),
    }
    roots: Roots = [("console with a visitor", window)]
    for name, dialog in dialogs.items():
        closing(dialog)
        dialog.show()
        roots.append((name, dialog))
    yield from roots
    wizard = dialogs["first start"]
    assert isinstance(wizard, FirstStartWizard)
    for page in wizard.pageIds()[1:]:  # each page of the wizard, walked as it is shown
        wizard.setStartId(page)
        wizard.restart()
        yield f"first start, page {page}", wizard


BUILDERS: dict[str, Callable[..., Iterable[tuple[str, QWidget]]]] = {
    "console": console_roots,
    "inbox": inbox_roots,
    "lock": lock_roots,
    "signin": signin_roots,
    "display": display_roots,
    "floor": floor_roots,
    "admin": admin_roots,
    "guide": guide_roots,
    "reports": reports_roots,
    "dialogs": dialog_roots,
}


@sqlite_only
@pytest.mark.parametrize("which", sorted(BUILDERS))
def test_every_control_of_the_staff_windows_has_a_name(
    qtbot: QtBot, desk: Desk, closing: Callable[[QWidget], QWidget], which: str
) -> None:
    unnamed = []
    for label, root in BUILDERS[which](qtbot, desk, closing):
        qtbot.wait(20)
        unnamed += unnamed_on_every_page(root, label)
    assert not unnamed, "controls without a name:\n" + "\n".join(map(str, unnamed))


@sqlite_only
def test_every_page_of_the_kiosk_has_names(
    qtbot: QtBot, desk: Desk, closing: Callable[[QWidget], QWidget], tmp_path: Path
) -> None:
    unnamed = []
    for label, root in kiosk_roots(qtbot, desk, closing, tmp_path):
        qtbot.wait(20)
        unnamed += unnamed_controls(root, label)
    assert not unnamed, "controls without a name:\n" + "\n".join(map(str, unnamed))


def test_the_walk_finds_an_icon_only_button(qtbot: QtBot) -> None:
    """The check can fail: a button with an icon and no text is reported, by its name
    and role; named (and given a tooltip), it is not."""
    window = QWidget()
    window.setObjectName("scratchWindow")
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    icon_only = QPushButton()
    icon_only.setObjectName("printIcon")
    icon_only.setIcon(QIcon(window.style().standardIcon(QStyle.StandardPixmap.SP_DialogSaveButton)))
    hidden = QPushButton()
    hidden.setObjectName("hiddenIcon")
    layout.addWidget(icon_only)
    layout.addWidget(hidden)
    window.show()
    hidden.hide()
    found = unnamed_controls(window, "scratch")
    assert [(item.object_name, item.role) for item in found] == [
        ("printIcon", QAccessible.Role.PushButton.name)
    ]
    assert "scratch" in str(found[0])
    assert "QPushButton" in str(found[0])
    icon_only.setAccessibleName("Print")
    icon_only.setToolTip("Print")
    assert unnamed_controls(window, "scratch") == []


@sqlite_only
def test_tab_reaches_every_control_of_the_console(
    qtbot: QtBot, desk: Desk, closing: Callable[[QWidget], QWidget]
) -> None:
    window = closing(open_console(qtbot, desk, "aino.virtanen", "T3"))
    assert isinstance(window, ConsoleWindow)
    serve_a_visitor(qtbot, window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    focusable = {
        widget
        for widget in window.findChildren(QWidget)
        if widget.isVisible()
        and widget.isEnabled()
        and widget.focusPolicy() & Qt.FocusPolicy.TabFocus == Qt.FocusPolicy.TabFocus
        and widget.window() is window
        and widget.focusProxy() is None
    }
    assert focusable <= set(focus_chain(window))
    # Pressing Tab, as a person does: no control keeps Tab to itself (the note editor
    # and the tables used to), and every one is reached within one round.
    first = window.queue_zone.waiting_view
    first.setFocus()
    qtbot.waitUntil(lambda: first.hasFocus())
    reached: list[QWidget] = []
    for _ in range(len(focusable) * 2 + 10):
        widget = QApplication.focusWidget()
        assert widget is not None
        if reached and widget is reached[0]:
            break
        reached.append(widget)
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    missing = focusable - set(reached)
    assert not missing, "not reached by Tab: " + ", ".join(
        f"{type(w).__name__}#{w.objectName()}" for w in missing
    )
