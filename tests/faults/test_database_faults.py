"""The database cut or stalled for 10 s, and back, while the console calls next, saves a
note or transfers: a real console window, a real PostgreSQL server, and a TCP proxy of the
test's own between them that drops every connection (cut) or stops forwarding without
closing anything (stall).

After each: no step called twice or lost, no note lost or saved twice (counted in the
database), the outbox empties exactly once, and the console serves on.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator

import pytest
from console_quit import quit_console
from fault_record import FaultOutcome
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from qt_jobs import settle_background_jobs
from sqlalchemy import text
from tcp_proxy import TcpProxy

from console.desk.desk import Desk
from console.store.database import Database
from console.store.journal import Journal, journal_file
from console.ui.console_window import ConsoleWindow
from console.ui.queue.queue_dialogs import TransferDialog

pytestmark = [pytest.mark.faults, pytest.mark.slow, pytest.mark.postgres]

FAULT_MS = 10_000
# Short limits so that a 10 s fault outlasts them (the defaults are 10 s and 5 s).
STATEMENT_S = 2
LOCK_S = 1
CONNECT_S = 2
RECOVERY_MS = 45_000
COUNTER = "T1"


LOST = "answer lost after commit"
FAULTS = ["cut", "stall", LOST]


def fault_name(fault: str) -> str:
    if fault == LOST:
        return "the database's answers lost after its commit, for 10 s"
    return f"database {fault} for 10 s"


@pytest.fixture
def proxied(shared: Database) -> Iterator[tuple[Database, TcpProxy]]:
    """The console's view of the same database: through the proxy, with short time limits."""
    url = shared.url
    proxy = TcpProxy((url.host or "127.0.0.1", url.port or 5432))
    database = Database(
        url.set(host="127.0.0.1", port=proxy.port).render_as_string(hide_password=False),
        connect_timeout=CONNECT_S,
        statement_timeout=STATEMENT_S,
        lock_timeout=LOCK_S,
    )
    yield database, proxy
    proxy.restore()
    settle_background_jobs()
    database.dispose()
    proxy.close()


def open_console(qtbot: QtBot, database: Database) -> ConsoleWindow:
    desk = Desk(database, identity_key=lambda: b"k" * 32)
    window = ConsoleWindow(desk, desk.sign_in_by_username("aino.virtanen", COUNTER))
    qtbot.addWidget(window)
    window.resize(1440, 900)
    window.show()
    window.start()
    qtbot.waitUntil(lambda: window.queue_zone.waiting_model.rowCount() > 0, timeout=20_000)
    return window


def call_next(qtbot: QtBot, window: ConsoleWindow) -> None:
    qtbot.waitUntil(window.call_next_action.isEnabled, timeout=20_000)
    window.call_next_action.trigger()
    panel = window.case_panel
    qtbot.waitUntil(
        lambda: panel.step is not None and panel.editor.isEnabled(), timeout=RECOVERY_MS
    )


def steps(shared: Database) -> dict[int, tuple[str, str | None, int | None]]:
    """Every step: (state, counter code, the step it was transferred from)."""
    with shared.engine.connect() as connection:
        rows = connection.execute(
            text(
                "SELECT s.id, s.state, c.code, s.transferred_from_id FROM visit_step s "
                "LEFT JOIN counter c ON c.id = s.counter_id"
            )
        ).all()
    return {row[0]: (row[1], row[2], row[3]) for row in rows}


def active_at_counter(shared: Database) -> list[int]:
    with shared.engine.connect() as connection:
        return list(
            connection.execute(
                text(
                    "SELECT s.id FROM visit_step s JOIN counter c ON c.id = s.counter_id "
                    "WHERE c.code = :code AND s.state IN ('called', 'serving') "
                    "AND s.parked_at IS NULL"
                ),
                {"code": COUNTER},
            ).scalars()
        )


def notes_with(shared: Database, body: str) -> int:
    with shared.engine.connect() as connection:
        return int(
            connection.execute(
                text("SELECT count(*) FROM note WHERE body = :body"), {"body": body}
            ).scalar()
            or 0
        )


def shown_step(window: ConsoleWindow) -> int | None:
    current = window.serving.current
    return current.step_id if current is not None else None


def break_database(proxy: TcpProxy, fault: str, writes: bytes = b"") -> float:
    if fault == LOST:
        proxy.lose_answers_after_commit(writes)
    else:
        (proxy.cut if fault == "cut" else proxy.stall)()
    return time.monotonic()


def strike(proxy: TcpProxy, fault: str, writes: bytes, action: Callable[[], None]) -> float:
    """Run ``action`` (which starts a database job) with the fault striking during it.

    A lost answer is armed first: it strikes at the COMMIT of the transaction whose
    statement contains ``writes``. A cut or a stall strikes right after the job starts.
    """
    if fault == LOST:
        broken_at = break_database(proxy, fault, writes)
        action()
        return broken_at
    action()
    return break_database(proxy, fault)


def keep_broken_then_restore(qtbot: QtBot, proxy: TcpProxy, broken_at: float) -> float:
    left_ms = int(FAULT_MS - (time.monotonic() - broken_at) * 1000)
    if left_ms > 0:
        qtbot.wait(left_ms)  # the fault lasts 10 s, whatever the console does meanwhile
    proxy.restore()
    return time.monotonic()


def close_messages() -> None:
    for widget in QApplication.topLevelWidgets():
        if widget.objectName() == "deskMessage" and widget.isVisible():
            widget.close()


def serves_on(qtbot: QtBot, window: ConsoleWindow, shared: Database, outcome: FaultOutcome) -> None:
    """Finish whatever is at the counter, call the next visitor: the console still works."""
    outcome.check("the console serves on: finishes and calls next afterwards")
    close_messages()
    before = set(active_at_counter(shared))
    if window.serving.current is not None:
        qtbot.waitUntil(window.serving.finish_action.isEnabled, timeout=RECOVERY_MS)
        window.serving.finish_action.trigger()
        qtbot.waitUntil(lambda: window.serving.current is None, timeout=RECOVERY_MS)
    call_next(qtbot, window)
    called = active_at_counter(shared)
    assert len(called) == 1
    assert called[0] not in before
    assert shown_step(window) == called[0]


def wait_for_console_to_match(qtbot: QtBot, window: ConsoleWindow, shared: Database) -> None:
    """The console shows what the database holds at its counter, once the database is back."""

    def matches() -> bool:
        active = active_at_counter(shared)
        return len(active) <= 1 and shown_step(window) == (active[0] if active else None)

    qtbot.waitUntil(matches, timeout=RECOVERY_MS)


def transfer_through_dialog(qtbot: QtBot, window: ConsoleWindow, service: str) -> None:
    """Choose ``service`` in the transfer dialog and press Transfer, as a person would."""

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, TransferDialog):
            qtbot_timer(answer)
            return
        dialog.service_box.setCurrentIndex(dialog.service_box.findData(service))
        dialog.accept()

    qtbot_timer(answer)
    window.serving.transfer_action.trigger()


def qtbot_timer(callback: Callable[[], None]) -> None:
    from PySide6.QtCore import QTimer

    QTimer.singleShot(50, callback)


@pytest.mark.parametrize("fault", FAULTS)
def test_call_next(
    qtbot: QtBot,
    shared: Database,
    proxied: tuple[Database, TcpProxy],
    fault: str,
    outcome: FaultOutcome,
) -> None:
    database, proxy = proxied
    outcome.fault, outcome.when = fault_name(fault), "during call next"
    window = open_console(qtbot, database)
    before = steps(shared)

    broken_at = strike(proxy, fault, b"UPDATE visit_step", window.call_next_action.trigger)
    qtbot.waitUntil(lambda: not window.serving.busy, timeout=RECOVERY_MS)
    outcome.figure("call_ended_after_s", time.monotonic() - broken_at)
    restored_at = keep_broken_then_restore(qtbot, proxy, broken_at)
    wait_for_console_to_match(qtbot, window, shared)
    outcome.figure("recovered_after_s", time.monotonic() - restored_at)

    outcome.check("no step called twice or lost")
    after = steps(shared)
    assert set(after) == set(before)  # call next makes no step and loses none
    left_waiting = [i for i, (state, _c, _f) in before.items() if state == "waiting"]
    called = [i for i in left_waiting if after[i][0] != "waiting"]
    assert len(called) <= 1
    assert called == active_at_counter(shared)  # a claimed step is the one the console shows
    outcome.figure("step_claimed_by_the_interrupted_call", len(called))
    serves_on(qtbot, window, shared, outcome)
    quit_console(window)


@pytest.mark.parametrize("fault", FAULTS)
def test_note_save(
    qtbot: QtBot,
    shared: Database,
    proxied: tuple[Database, TcpProxy],
    fault: str,
    outcome: FaultOutcome,
) -> None:
    database, proxy = proxied
    outcome.fault, outcome.when = fault_name(fault), "during a note save"
    window = open_console(qtbot, database)
    call_next(qtbot, window)
    panel = window.case_panel
    note = f"Fault suite: {fault} during a save, Kela asumistuki"
    qtbot.keyClicks(panel.editor, note)
    sent: list[int] = []
    panel.outbox.sent.connect(sent.append)

    broken_at = strike(proxy, fault, b"INSERT INTO note", panel.save_button.click)
    qtbot.waitUntil(lambda: panel.editor.toPlainText() == "", timeout=RECOVERY_MS)
    outcome.check("the editor is cleared: the note is saved or in the outbox")

    # The editor is cleared once the save has an outcome: in the database, or in the
    # outbox when the fault caught it.
    went_to_outbox = window.status.pending_label.isVisible()
    outcome.figure("to_outbox", went_to_outbox)
    outcome.figure("save_ended_after_s", time.monotonic() - broken_at)
    restored_at = keep_broken_then_restore(qtbot, proxy, broken_at)
    qtbot.waitUntil(lambda: not window.status.pending_label.isVisible(), timeout=RECOVERY_MS)
    qtbot.waitUntil(lambda: notes_with(shared, note) == 1, timeout=RECOVERY_MS)
    outcome.figure("outbox_empty_after_restore_s", time.monotonic() - restored_at)

    outcome.check("the note is in the database exactly once")
    settle_background_jobs()
    assert notes_with(shared, note) == 1
    outcome.check("the outbox emptied exactly once")
    assert sum(sent) == (1 if went_to_outbox else 0)
    journal = Journal(journal_file())
    assert journal.pending_count(panel.database) == 0
    journal.close()
    serves_on(qtbot, window, shared, outcome)
    assert notes_with(shared, note) == 1
    quit_console(window)


@pytest.mark.parametrize("fault", FAULTS)
def test_transfer(
    qtbot: QtBot,
    shared: Database,
    proxied: tuple[Database, TcpProxy],
    fault: str,
    outcome: FaultOutcome,
) -> None:
    database, proxy = proxied
    outcome.fault, outcome.when = fault_name(fault), "during a transfer"
    window = open_console(qtbot, database)
    call_next(qtbot, window)
    step_id = shown_step(window)
    assert step_id is not None
    before = steps(shared)
    service = "vero-taxcard"

    if fault == LOST:
        broken_at = break_database(proxy, fault, b"INSERT INTO visit_step")
        transfer_through_dialog(qtbot, window, service)
        qtbot.waitUntil(lambda: window.serving.busy, timeout=20_000)
    else:
        transfer_through_dialog(qtbot, window, service)
        qtbot.waitUntil(lambda: window.serving.busy, timeout=20_000)
        broken_at = break_database(proxy, fault)
    qtbot.waitUntil(lambda: not window.serving.busy, timeout=RECOVERY_MS)
    outcome.figure("transfer_ended_after_s", time.monotonic() - broken_at)
    restored_at = keep_broken_then_restore(qtbot, proxy, broken_at)
    wait_for_console_to_match(qtbot, window, shared)
    outcome.figure("recovered_after_s", time.monotonic() - restored_at)

    outcome.check("the transfer happened once or not at all; no step lost")
    after = steps(shared)
    made = {i: row for i, row in after.items() if i not in before}
    children = [i for i, (_s, _c, parent) in made.items() if parent == step_id]
    assert set(before) <= set(after)
    if after[step_id][0] == "transferred":
        assert len(children) == 1
        assert after[children[0]][0] == "waiting"
        assert shown_step(window) is None
    else:
        assert children == []
        assert shown_step(window) == step_id
    assert set(made) == set(children)
    outcome.figure("transferred", after[step_id][0] == "transferred")
    serves_on(qtbot, window, shared, outcome)
    quit_console(window)


def test_note_save_behind_a_table_lock(
    qtbot: QtBot, shared: Database, proxied: tuple[Database, TcpProxy], outcome: FaultOutcome
) -> None:
    database, proxy = proxied
    outcome.fault, outcome.when = "note table locked by another session for 10 s", "a note save"
    window = open_console(qtbot, database)
    call_next(qtbot, window)
    panel = window.case_panel
    note = "Fault suite: saved behind a table lock"
    qtbot.keyClicks(panel.editor, note)
    sent: list[int] = []
    panel.outbox.sent.connect(sent.append)

    with shared.engine.connect() as locker:
        locker.execute(text("LOCK TABLE note IN ACCESS EXCLUSIVE MODE"))
        locked_at = time.monotonic()
        panel.save_button.click()
        outcome.check("the save gives up after the lock timeout and goes to the outbox")
        qtbot.waitUntil(window.status.pending_label.isVisible, timeout=RECOVERY_MS)
        outcome.figure("to_outbox_after_s", time.monotonic() - locked_at)
        assert panel.editor.toPlainText() == ""
        keep_broken_then_restore(qtbot, proxy, locked_at)  # the proxy is not broken: the lock is
        locker.rollback()
    released_at = time.monotonic()
    qtbot.waitUntil(lambda: not window.status.pending_label.isVisible(), timeout=RECOVERY_MS)
    outcome.figure("outbox_empty_after_release_s", time.monotonic() - released_at)

    outcome.check("the note is in the database exactly once; the outbox emptied once")
    settle_background_jobs()
    assert notes_with(shared, note) == 1
    assert sum(sent) == 1
    serves_on(qtbot, window, shared, outcome)
    quit_console(window)
