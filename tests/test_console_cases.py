"""The case at the counter in the real console: notes, identity, privacy, the outbox."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot
from qt_jobs import settle_background_jobs
from sqlalchemy import inspect, text
from tcp_proxy import TcpProxy

from console.desk.desk import Desk
from console.store.database import Database
from console.store.journal import Journal, journal_file
from console.ui.case.identify_dialog import IdentifyDialog
from console.ui.console_window import ConsoleWindow

CODE = "131052-308T"
CLEAR = re.compile(rb"308T")


def open_console(
    qtbot: QtBot, database: Database, username: str = "aino.virtanen"
) -> ConsoleWindow:
    desk = Desk(database, identity_key=lambda: b"k" * 32)
    window = ConsoleWindow(desk, desk.sign_in_by_username(username, "T1"))
    qtbot.addWidget(window)
    window.resize(1440, 900)
    window.show()
    window.start()
    qtbot.waitUntil(lambda: window.queue_zone.waiting_model.rowCount() > 0, timeout=10_000)
    return window


def call_next(qtbot: QtBot, window: ConsoleWindow) -> None:
    window.call_next_action.trigger()
    panel = window.case_panel
    qtbot.waitUntil(lambda: panel.step is not None and panel.editor.isEnabled(), timeout=10_000)
    qtbot.waitUntil(lambda: "…" not in panel.case_label.text(), timeout=10_000)


def timeline_texts(window: ConsoleWindow) -> list[str]:
    return [entry.text for entry in window.case_panel.timeline_model.entries()]


def type_note(qtbot: QtBot, window: ConsoleWindow, note: str) -> None:
    panel = window.case_panel
    if note.isascii():
        qtbot.keyClicks(panel.editor, note)
    else:
        # QTest types ASCII only (it asserts on other keys); paste the rest as a person would.
        panel.editor.insertPlainText(note)
    assert panel.step is not None
    journal = panel.journal
    assert journal is not None
    # The journal keeps what is typed within a second.
    qtbot.waitUntil(
        lambda: (
            (draft := journal.draft(panel.database, panel.signed_in.staff.id, panel.client_id))
            is not None
            and draft.text == note.replace(CODE, "131052-****")
        ),
        timeout=15_000,
    )


def test_a_note_typed_at_the_counter_lands_in_the_case(
    qtbot: QtBot, demo_database: Database
) -> None:
    window = open_console(qtbot, demo_database)
    call_next(qtbot, window)
    panel = window.case_panel
    assert panel.case_label.text() == QCoreApplication.translate(
        "CasePanel", "No case yet: the first note saved opens one."
    )
    note = "Asumistuen hakemus vireillä, palkkatodistus puuttuu."
    type_note(qtbot, window, note)
    panel.save_button.click()
    qtbot.waitUntil(lambda: note in timeline_texts(window), timeout=10_000)
    assert panel.editor.toPlainText() == ""
    assert panel.journal is not None
    assert panel.step is not None
    assert panel.journal.drafts(panel.database, panel.signed_in.staff.id) == []
    with demo_database.engine.connect() as connection:
        assert connection.execute(text("SELECT body FROM note")).scalars().all() == [note]

    # A correction: double-click the note, write, save; the original stays, marked.
    panel._correct_note_at(panel.timeline_model.index(len(timeline_texts(window)) - 1, 0))
    assert panel.correcting_row.isVisibleTo(window)
    panel.editor.insertPlainText("Korjaus: palkkatodistus toimitettu.")
    panel.save_button.click()
    qtbot.waitUntil(
        lambda: "Korjaus: palkkatodistus toimitettu." in timeline_texts(window), timeout=10_000
    )
    original = next(e for e in panel.timeline_model.entries() if e.text == note)
    assert original.muted
    window.close()


def test_an_empty_or_too_long_note_keeps_the_text_and_says_why(
    qtbot: QtBot, demo_database: Database
) -> None:
    window = open_console(qtbot, demo_database)
    call_next(qtbot, window)
    panel = window.case_panel
    panel.save_button.click()
    assert panel.note_message.text() == QCoreApplication.translate(
        "Cases", "The note is empty. Write something before saving."
    )
    long_text = "x" * 20_001
    panel.editor.setPlainText(long_text)
    panel.save_button.click()
    assert "20000" in panel.note_message.text()
    assert panel.editor.toPlainText() == long_text
    window.close()


def _identify_with(code: str) -> object:
    def exec_(dialog: IdentifyDialog) -> int:
        dialog.code_edit.setText(code)
        dialog.accept()
        return int(dialog.result())

    return exec_


def _database_text(database: Database) -> bytes:
    """Everything the database holds: the file's bytes (SQLite) or every row (PostgreSQL)."""
    if database.dialect == "sqlite":
        path = Path(str(database.url.database))
        return b"".join(p.read_bytes() for p in path.parent.glob(path.name + "*"))
    rows = []
    with database.engine.connect() as connection:
        for table in inspect(connection).get_table_names():
            rows += [
                repr(tuple(row))
                for row in connection.execute(text(f'SELECT * FROM "{table}"'))  # noqa: S608
            ]
    return "\n".join(rows).encode()


def test_an_identity_code_is_nowhere_in_clear_text(
    qtbot: QtBot, demo_database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    from console.logs import setup_logging

    log_path = setup_logging(level="DEBUG")
    monkeypatch.setattr(IdentifyDialog, "exec", _identify_with(CODE))
    window = open_console(qtbot, demo_database)
    call_next(qtbot, window)
    panel = window.case_panel
    panel.identify_button.click()
    qtbot.waitUntil(lambda: "131052-****" in panel.identity_label.text(), timeout=10_000)
    assert CODE not in panel.identity_label.text()

    panel.reveal_button.click()  # shown in full on an explicit click only, and audited
    assert CODE in panel.identity_label.text()
    panel.reveal_button.click()
    assert CODE not in panel.identity_label.text()

    type_note(qtbot, window, f"Henkilöllisyys tarkistettu ({CODE}).")
    panel.save_button.click()
    qtbot.waitUntil(
        lambda: "Henkilöllisyys tarkistettu (131052-****)." in timeline_texts(window),
        timeout=10_000,
    )
    window.close()
    settle_background_jobs()
    with demo_database.engine.connect() as connection:
        actions = connection.execute(text("SELECT action FROM audit_event")).scalars().all()
    assert "identity_revealed" in actions

    assert not CLEAR.search(_database_text(demo_database))
    for handler in logging.getLogger().handlers:
        handler.flush()
    logs = list(log_path.parent.glob(log_path.name + "*"))
    assert "Note " in log_path.read_text(encoding="utf-8")  # the log did record the visit
    for path in [*logs, *journal_file().parent.glob(journal_file().name + "*")]:
        assert not CLEAR.search(path.read_bytes()), path


@pytest.fixture
def proxied(demo_database: Database) -> Iterator[tuple[Database, TcpProxy]]:
    """The demo database reached through a proxy the test can cut: a server going away."""
    if demo_database.dialect != "postgresql":
        pytest.skip("the outage is staged on PostgreSQL's TCP connection")
    url = demo_database.url
    proxy = TcpProxy((url.host or "127.0.0.1", url.port or 5432))
    database = Database(
        url.set(host="127.0.0.1", port=proxy.port).render_as_string(hide_password=False),
        connect_timeout=2,
    )
    yield database, proxy
    settle_background_jobs()
    database.dispose()
    proxy.close()


@pytest.mark.slow  # an outage behind a proxy, waited out (about 11 s)
def test_a_note_saved_while_the_database_is_down_arrives_once_it_is_back(
    qtbot: QtBot, demo_database: Database, proxied: tuple[Database, TcpProxy]
) -> None:
    database, proxy = proxied
    window = open_console(qtbot, database)
    call_next(qtbot, window)
    panel = window.case_panel
    proxy.cut()
    note = "Soitettu Kelaan, päätös tulee kahden viikon kuluessa."
    type_note(qtbot, window, note)
    panel.save_button.click()
    qtbot.waitUntil(lambda: window.status.pending_label.isVisible(), timeout=20_000)
    assert panel.editor.toPlainText() == ""
    pending = [e for e in panel.timeline_model.entries() if e.pending]
    assert [e.text for e in pending] == [note]
    with demo_database.engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM note")).scalar() == 0
    assert "cannot be reached" in panel.note_message.text()

    proxy.restore()
    qtbot.waitUntil(lambda: not window.status.pending_label.isVisible(), timeout=40_000)
    # What the editor said of the outage goes once it is over.
    qtbot.waitUntil(lambda: "cannot be reached" not in panel.note_message.text(), timeout=10_000)
    with demo_database.engine.connect() as connection:
        assert connection.execute(text("SELECT body FROM note")).scalars().all() == [note]
    qtbot.waitUntil(
        lambda: [e.text for e in panel.timeline_model.entries() if not e.pending][-1:] == [note],
        timeout=10_000,
    )
    journal = Journal(journal_file())
    assert journal.pending_count(panel.database) == 0
    journal.close()
    window.close()
