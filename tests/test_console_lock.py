"""A console at a shared counter PC: locking, unlocking and switching user.

Real windows under the offscreen platform, a real SQLite desk with local accounts
(argon2 hashes, the demo's password), and the real sign-in dialog driven as a person
would: the assertions are about what is visible in the window and what the journal
holds afterwards.
"""

from __future__ import annotations

import shutil
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from types import FrameType

import pytest
from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPoint, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QDialog,
    QDockWidget,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot
from qt_jobs import settle_background_jobs

from console.app.sign_in import SignInService
from console.config import Settings, load_settings
from console.core.identity import visitor_identity
from console.desk.accounts import DEMO_PASSWORD
from console.desk.desk import Desk
from console.store.database import Database
from console.ui.access.session import Session
from console.ui.access.signin import SignInDialog
from console.ui.case.restore_drafts_dialog import RestoreDraftsDialog
from console.ui.console_window import ConsoleWindow
from console.ui.shared.labels import ui_language

VISITOR = "Ulla Näkymätön"
NOTE = "Asiakas hakee asumistukea; vuokrasopimus puuttuu vielä."


@pytest.fixture
def desk_settings(tmp_path: Path, sqlite_template: Path) -> Settings:
    """Settings of a PC whose desk is a SQLite file with the demo desk and its accounts."""
    path = tmp_path / "desk.sqlite3"
    shutil.copy(sqlite_template, path)
    url = f"sqlite:///{path}"
    database = Database(url)
    assert Desk(database).seed_demo()
    database.dispose()
    key_file = tmp_path / "identity.key"
    key_file.write_text("ab" * 32, encoding="utf-8")
    key_file.chmod(0o600)
    return load_settings({"database.url": url, "identity.key_file": str(key_file)}, environ={})


def sign_in(service: SignInService, username: str, counter: str = "T1") -> Session:
    """Sign in through the accounts API as the dialog does, without the dialog."""
    service.prepare()
    pending = service.authenticate(username, DEMO_PASSWORD)
    chosen = next(c for c in pending.counters if c.code == counter)
    session = pending.open(chosen.id)
    assert isinstance(session, Session)
    return session


def open_console(
    qtbot: QtBot, settings: Settings, username: str = "aino.virtanen", **options: object
) -> tuple[ConsoleWindow, SignInService]:
    service = SignInService(settings)
    session = sign_in(service, username)
    window = ConsoleWindow(
        session.desk,
        session.signed_in,
        credentials=session.credentials,
        sign_in_flow=service.switch,
        **options,  # type: ignore[arg-type]
    )
    qtbot.addWidget(window)
    window.resize(1440, 900)
    window.show()
    window.start()
    qtbot.waitUntil(lambda: window.queue_zone.waiting_model.rowCount() > 0)
    return window, service


def serve_a_visitor(qtbot: QtBot, window: ConsoleWindow) -> str:
    """Call the next visitor, identify them by name and start a note; their ticket."""
    window.call_next_action.trigger()
    panel = window.case_panel
    qtbot.waitUntil(lambda: panel.step is not None and panel.editor.isEnabled())
    assert panel.step is not None
    identity = visitor_identity("", VISITOR, date(1980, 5, 17), today=date.today())
    window.desk.cases.identify(window.signed_in.actor, panel.step.visit_id, identity)
    panel.refresh_case()
    qtbot.waitUntil(lambda: VISITOR in panel.identity_label.text())
    # QTest types ASCII only; the rest is pasted, as a person's keyboard would type it.
    panel.editor.insertPlainText(NOTE)
    return panel.step.ticket_number


def shown_texts(widget: QWidget) -> list[str]:
    """Every text a person could read in ``widget`` and its visible children."""
    texts: list[str] = []
    for child in [widget, *widget.findChildren(QWidget)]:
        if not child.isVisible():
            continue
        if isinstance(child, QLabel | QLineEdit | QAbstractButton):
            texts.append(child.text())
        elif isinstance(child, QPlainTextEdit | QTextEdit):
            texts.append(child.toPlainText())
        elif isinstance(child, QGroupBox | QDockWidget):
            texts.append(child.title() if isinstance(child, QGroupBox) else child.windowTitle())
        elif isinstance(child, QTabBar):
            texts += [child.tabText(i) for i in range(child.count())]
        elif isinstance(child, QAbstractItemView) and child.model() is not None:
            model = child.model()
            for row in range(model.rowCount(QModelIndex())):
                for column in range(_columns(model)):
                    value = model.data(model.index(row, column, QModelIndex()))
                    texts.append("" if value is None else str(value))
    return texts


def _columns(model: QAbstractItemModel) -> int:
    try:
        return model.columnCount(QModelIndex())
    except TypeError:  # a list model keeps columnCount private
        return 1


def everything_shown(window: ConsoleWindow) -> str:
    """What the console and every other visible window of Tiski show, as one text."""
    texts = shown_texts(window)
    for other in QApplication.topLevelWidgets():
        if other is not window and other.isVisible():
            texts += shown_texts(other)
    return "\n".join(texts)


# The search window raises itself when opened; offscreen windows cannot be raised.
@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_a_locked_console_shows_no_visitors_data(
    qtbot: QtBot, desk_settings: Settings, tmp_path: Path
) -> None:
    window, _service = open_console(qtbot, desk_settings)
    ticket = serve_a_visitor(qtbot, window)
    window.commands.search_notes()  # a window of its own, with what was searched
    shown = everything_shown(window)
    for private in (VISITOR, ticket, NOTE):
        assert private in shown

    qtbot.keyClick(
        window.case_panel.editor,
        Qt.Key.Key_L,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier,
    )
    assert window.lock.locked
    shown = everything_shown(window)
    for secret in (VISITOR, ticket, NOTE, "asumistukea"):
        assert secret not in shown
    # The lock page is all there is: no zone, panel, menu, toolbar or dialog is visible.
    visible = [w for w in window.findChildren(QWidget) if w.isVisible()]
    others = [
        f"{type(w).__name__} {w.objectName()} parent={type(w.parent()).__name__}"
        for w in visible
        if w is not window.lock.screen and not window.lock.screen.isAncestorOf(w)
    ]
    assert others == []
    assert not window.queue_zone.isVisible()
    assert not window.case_panel.isVisible()
    assert not window.menuBar().isVisible()
    assert not any(dock.isVisible() for dock in window.agency_docks.values())
    assert not (window.commands.search_dialog and window.commands.search_dialog.isVisible())
    person = window.lock.screen.person_label.text()
    assert "Aino Virtanen" in person
    counter = window.signed_in.counter.names.get(ui_language())
    assert counter in window.lock.screen.counter_label.text()
    picture = window.grab()
    assert picture.save(str(tmp_path / "locked.png"))
    # The note being typed is in the journal, under its author, from the moment of locking.
    panel = window.case_panel
    assert panel.journal is not None
    drafts = panel.journal.drafts(panel.database, window.signed_in.staff.id)
    assert [d.text for d in drafts] == [NOTE]
    # While locked the console's shortcuts do nothing.
    window.call_next_action.setShortcut("Ctrl+Shift+N")
    qtbot.keyClick(
        window.lock.screen.password,
        Qt.Key.Key_N,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert window.lock.locked
    window.close()


def test_the_console_locks_itself_after_idle_time(qtbot: QtBot, desk_settings: Settings) -> None:
    window, _service = open_console(qtbot, desk_settings, lock_after_minutes=5)
    assert window.lock.idle_ms == 5 * 60_000
    assert not window.lock.locked
    window.lock.set_idle_timeout(300)
    with qtbot.waitSignal(window.lock.locked_changed, timeout=10_000) as locked:
        pass
    assert locked.args == [True]
    assert not window.queue_zone.isVisible()
    window.close()


def test_moving_the_mouse_keeps_the_console_open_and_stopping_locks_it(
    qtbot: QtBot, desk_settings: Settings
) -> None:
    window, _service = open_console(qtbot, desk_settings, lock_after_minutes=5)
    window.lock.set_idle_timeout(600)
    target = window.queue_zone
    moved_until = time.monotonic() + 2.0
    step = 0
    while time.monotonic() < moved_until:  # three idle times of someone reading
        step += 1
        QTest.mouseMove(target, QPoint(10 + step % 40, 10))
        qtbot.wait(100)
        assert not window.lock.locked
    with qtbot.waitSignal(window.lock.locked_changed, timeout=10_000) as locked:
        pass
    assert locked.args == [True]
    window.close()


def test_painting_the_console_passes_no_filter_and_the_lock_page_follows_a_resize(
    qtbot: QtBot, desk_settings: Settings
) -> None:
    """The window's own paints and layouts go through no Python filter while it is
    open (each would wait for the interpreter lock while a database thread runs);
    locked, the lock page still covers the window as it is resized."""
    window, _service = open_console(qtbot, desk_settings, lock_after_minutes=5)
    window.lock.set_idle_timeout(600_000)
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_Shift)  # someone is at the counter
    filtered: list[int] = []

    def profile(frame: FrameType, event: str, _arg: object) -> None:
        if event == "call" and frame.f_code.co_name == "eventFilter":
            filtered.append(1)

    sys.setprofile(profile)
    try:
        for _ in range(5):
            window.grab()
            window.centralWidget().updateGeometry()
            qtbot.wait(20)
    finally:
        sys.setprofile(None)
    assert filtered == []
    window.lock.lock()
    window.resize(window.width() - 120, window.height() - 60)
    qtbot.waitUntil(lambda: window.lock.screen.geometry() == window.rect(), timeout=5_000)
    window.close()


def test_typing_keeps_the_console_open_and_the_busy_window_is_not_filtered(
    qtbot: QtBot, desk_settings: Settings
) -> None:
    """Keys typed at the keyboard reach the window as the idle watch sees them; while
    it waits for input, the queue's painting and timers do not pass through Python
    (only the top-level windows are watched, not the whole application)."""
    window, _service = open_console(qtbot, desk_settings, lock_after_minutes=5)
    window.lock.set_idle_timeout(600)
    assert not window.lock._listening  # no application-wide filter while unlocked
    typed_until = time.monotonic() + 2.0
    while time.monotonic() < typed_until:  # three idle times of someone typing
        handle = window.windowHandle()
        assert handle is not None
        QTest.keyClick(handle, Qt.Key.Key_Shift)
        qtbot.wait(100)
        assert not window.lock.locked
        assert not window.lock._listening
    with qtbot.waitSignal(window.lock.locked_changed, timeout=10_000) as locked:
        pass
    assert locked.args == [True]
    assert window.lock._listening  # locked: the guard filters everything
    window.close()


def test_working_in_a_dialog_keeps_the_console_open(qtbot: QtBot, desk_settings: Settings) -> None:
    """A window opened after the console (here a dialog beside it) is watched from the
    next idle check: moving the mouse in it counts as work at the console."""
    window, _service = open_console(qtbot, desk_settings, lock_after_minutes=5)
    window.lock.set_idle_timeout(600)
    dialog = QDialog(window)
    dialog.resize(300, 200)
    dialog.show()
    qtbot.waitExposed(dialog)
    moved_until = time.monotonic() + 2.0
    step = 0
    while time.monotonic() < moved_until:
        step += 1
        QTest.mouseMove(dialog, QPoint(10 + step % 40, 10))
        qtbot.wait(100)
        assert not window.lock.locked
    dialog.close()
    window.close()


def test_a_console_that_never_locks_does_not_watch_the_input(
    qtbot: QtBot, desk_settings: Settings
) -> None:
    window, _service = open_console(qtbot, desk_settings, lock_after_minutes=0)
    assert not window.lock._watching
    window.close()


def unlock_with(qtbot: QtBot, window: ConsoleWindow, password: str) -> None:
    screen = window.lock.screen
    qtbot.waitUntil(screen.unlock_button.isEnabled)
    screen.password.setText(password)
    screen.unlock_button.click()
    qtbot.waitUntil(lambda: not window.lock._verifying)


def test_a_wrong_password_keeps_it_locked_and_the_right_one_opens_it(
    qtbot: QtBot, desk_settings: Settings
) -> None:
    window, _service = open_console(qtbot, desk_settings)
    ticket = serve_a_visitor(qtbot, window)
    window.lock.lock_action.trigger()

    unlock_with(qtbot, window, "not-my-password")
    screen = window.lock.screen
    assert window.lock.locked
    assert "not right" in screen.message.text()
    assert screen.message.isVisible()
    assert not screen.unlock_button.isEnabled()  # a wait before the next try
    assert ticket not in everything_shown(window)
    assert screen.password.text() == ""

    unlock_with(qtbot, window, DEMO_PASSWORD)
    assert not window.lock.locked
    # The agency panels are back as they were, tabs and all.
    assert any(dock.isVisible() for dock in window.agency_docks.values())
    assert any(
        bar.isVisible() and bar.count() > 1
        for bar in window.findChildren(QTabBar, options=Qt.FindChildOption.FindDirectChildrenOnly)
    )
    assert not screen.isVisible()
    assert window.queue_zone.isVisible()
    assert window.case_panel.isVisible()
    assert window.menuBar().isVisible()
    # The note typed before the lock is still in the editor, for the same person.
    assert window.case_panel.editor.toPlainText() == NOTE
    assert ticket in everything_shown(window)
    window.close()


def test_panels_added_while_locked_wait_under_the_lock(
    qtbot: QtBot, desk_settings: Settings
) -> None:
    window, _service = open_console(qtbot, desk_settings)
    window.lock.lock()
    late = QDockWidget("Late panel", window)
    late.setObjectName("latePanel")
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, late)
    late.show()
    qtbot.wait(50)
    assert not late.isVisible()
    unlock_with(qtbot, window, DEMO_PASSWORD)
    assert late.isVisible()
    window.close()


def test_unlocking_without_a_password_says_what_to_do(
    qtbot: QtBot, desk_settings: Settings
) -> None:
    window, _service = open_console(qtbot, desk_settings)
    window.lock.lock()
    window.lock.screen.unlock_button.click()
    assert window.lock.locked
    assert "Type your password" in window.lock.screen.message.text()
    window.close()


def drive_sign_in(
    qtbot: QtBot, username: str, password: str, counter_id: int | None = None
) -> list[str]:
    """Fill in the sign-in dialog once it is open (it runs modal), as a person would.

    Returns the messages the dialog showed on the way.
    """
    seen: list[str] = []

    def step() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, SignInDialog):
            QTimer.singleShot(20, step)
            return
        names = [dialog.findChildren(QLabel)]
        seen.append("\n".join(label.text() for label in names[0]))
        dialog.username.setText(username)
        dialog.password.setText(password)
        dialog.ok_button.click()
        wait_for_counters(dialog)

    def wait_for_counters(dialog: SignInDialog) -> None:
        if dialog._busy:
            QTimer.singleShot(20, lambda: wait_for_counters(dialog))
            return
        if dialog.pages.currentIndex() == 1:
            if counter_id is not None:
                dialog.counter_box.setCurrentIndex(dialog.counter_box.findData(counter_id))
            dialog.ok_button.click()

    QTimer.singleShot(0, step)
    return seen


def accept_restore_dialog() -> Callable[[], None]:
    """Answer "restore" when the console offers a person their drafts back."""

    def step() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, RestoreDraftsDialog):
            dialog.accept()
        else:
            QTimer.singleShot(20, step)

    QTimer.singleShot(0, step)
    return step


def test_switching_user_keeps_the_draft_for_its_author_only(
    qtbot: QtBot, desk_settings: Settings, record_property: Callable[[str, object], None]
) -> None:
    window, _service = open_console(qtbot, desk_settings)
    ticket = serve_a_visitor(qtbot, window)
    aino = window.signed_in.staff
    journal = window.journal
    assert journal is not None
    database_key = window.case_panel.database

    counter = window.signed_in.counter.id  # the same counter: the visitor is still there
    seen = drive_sign_in(qtbot, "johanna.lindholm", DEMO_PASSWORD, counter)
    started = time.perf_counter()
    window.lock.switch_action.trigger()  # modal: returns once Johanna is signed in
    qtbot.waitUntil(lambda: window.snapshot is not None)
    elapsed = time.perf_counter() - started
    # Reported, not asserted (docs/testing.md): the issue asks for under 5 s.
    record_property("switch_user_seconds", round(elapsed, 2))
    print(f"switch user, sign-in dialog to the next person's desk shown: {elapsed:.2f} s")

    # No staff names were on the dialog before anyone signed in.
    assert seen
    assert "Aino" not in seen[0]
    assert "Johanna" not in seen[0]
    assert window.signed_in.staff.username == "johanna.lindholm"
    assert not window.lock.locked
    assert "Johanna Lindholm" in window.status.person_label.text()
    qtbot.waitUntil(lambda: window.queue_zone.isVisible() and window.menuBar().isVisible())
    assert window.statusBar().isVisible()
    # Nothing of Aino's console is left over, in the window or as a window of its own.
    assert [w for w in QApplication.topLevelWidgets() if w.isVisible()] == [window]
    # Aino's note is in the journal under Aino, and nowhere Johanna can see it.
    assert [d.text for d in journal.drafts(database_key, aino.id)] == [NOTE]
    assert journal.drafts(database_key, window.signed_in.staff.id) == []
    qtbot.waitUntil(lambda: window.case_panel.step is not None)
    qtbot.waitUntil(lambda: window.case_panel._drafts_checked)
    assert window.case_panel.editor.toPlainText() == ""
    shown = everything_shown(window)
    assert NOTE not in shown
    # The visitor at the counter is still served there: the counter is the same.
    assert ticket in shown

    # Aino comes back: her note is offered to her again.
    accept_restore_dialog()
    drive_sign_in(qtbot, "aino.virtanen", DEMO_PASSWORD, counter)
    window.lock.switch_action.trigger()
    qtbot.waitUntil(lambda: window.case_panel.editor.toPlainText() == NOTE)
    assert window.signed_in.staff.username == "aino.virtanen"
    settle_background_jobs()
    window.close()


def test_cancelling_switch_user_leaves_the_console_locked(
    qtbot: QtBot, desk_settings: Settings
) -> None:
    window, _service = open_console(qtbot, desk_settings)

    def cancel() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QDialog):
            dialog.reject()
        else:
            QTimer.singleShot(20, cancel)

    QTimer.singleShot(0, cancel)
    window.lock.switch_action.trigger()
    assert window.lock.locked
    assert window.signed_in.staff.username == "aino.virtanen"
    window.close()


def test_the_last_persons_console_is_collected_after_a_switch(
    qtbot: QtBot, desk_settings: Settings
) -> None:
    import gc
    import weakref

    class Probe:
        panel: object = None

    window, _service = open_console(qtbot, desk_settings)
    # A reference cycle through the first person's case panel, as signal closures make.
    probe = Probe()
    probe.panel = window.case_panel
    window.case_panel.probe = probe  # type: ignore[attr-defined]
    old = weakref.ref(probe)
    del probe
    gc.collect()
    gc.freeze()  # as the application does once start-up is over
    try:
        drive_sign_in(qtbot, "johanna.lindholm", DEMO_PASSWORD)
        window.lock.switch_action.trigger()
        qtbot.waitUntil(lambda: window.snapshot is not None)
        qtbot.waitUntil(lambda: old() is None)
        assert gc.get_freeze_count() > 0  # the next person's console is frozen in turn
    finally:
        gc.unfreeze()
    window.close()
