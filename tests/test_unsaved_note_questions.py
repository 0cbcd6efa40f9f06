"""Where work could be lost, the console asks: a visitor who moves on (Done, Transfer,
No-show) with their note unsaved; the restore offer's Discard; Ctrl and the keypad's
Enter save a note as Ctrl+Enter does.

Each test drives the real console on a real demo desk and answers the question as a
person does, then reads what the window shows, the journal on this PC and the
database hold afterwards.
"""

from __future__ import annotations

import pytest
from clicking import click
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from questions import asked, button
from sqlalchemy import text
from test_console_cases import call_next, open_console, type_note
from write_lock import write_lock_held_elsewhere

from console.store import sqlite_lock
from console.store.database import Database
from console.ui.case.restore_drafts_dialog import RestoreDraftsDialog
from console.ui.console_window import ConsoleWindow
from console.ui.queue.queue_dialogs import TransferDialog

NOTE = "Asumistuen hakemus vireilla, palkkatodistus puuttuu."

sqlite_only = pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)


def step_state(database: Database, step_id: int) -> str:
    with database.engine.connect() as connection:
        return str(
            connection.execute(
                text("SELECT state FROM visit_step WHERE id = :id"), {"id": step_id}
            ).scalar_one()
        )


def notes(database: Database) -> list[str]:
    with database.engine.connect() as connection:
        return list(connection.execute(text("SELECT body FROM note ORDER BY id")).scalars())


def drafts(window: ConsoleWindow) -> list[str]:
    panel = window.case_panel
    assert panel.journal is not None
    return [d.text for d in panel.journal.drafts(panel.database, window.signed_in.staff.id)]


def serving_with_a_note(qtbot: QtBot, database: Database) -> tuple[ConsoleWindow, int, str]:
    """A console with a called visitor and an unsaved note typed: (window, step, ticket)."""
    window = open_console(qtbot, database)
    call_next(qtbot, window)
    type_note(qtbot, window, NOTE)
    step = window.serving.current
    assert step is not None
    return window, step.step_id, step.ticket_number


def status(window: ConsoleWindow) -> str:
    return window.statusBar().currentMessage()


def test_done_with_an_unsaved_note_asks_and_save_note_puts_it_into_the_case_first(
    qtbot: QtBot, demo_database: Database
) -> None:
    window, step_id, ticket = serving_with_a_note(qtbot, demo_database)
    click(qtbot, window.finish_action)
    box = asked(qtbot, "unsavedNoteQuestion")
    assert ticket in box.text()
    assert box.windowTitle() == "Unsaved note"
    assert {b.text() for b in box.buttons()} == {"Save note", "Keep as draft", "Discard", "Cancel"}
    # Enter loses nothing: it keeps the draft.
    assert box.defaultButton() is button(box, "keepDraftButton")
    # Nothing has moved while the question waits.
    assert step_state(demo_database, step_id) == "called"
    assert not window.finish_action.isEnabled()

    button(box, "saveNoteButton").click()
    qtbot.waitUntil(lambda: step_state(demo_database, step_id) == "done", timeout=10_000)
    assert notes(demo_database) == [NOTE]
    qtbot.waitUntil(lambda: window.serving.current is None, timeout=10_000)
    assert window.case_panel.editor.toPlainText() == ""
    assert drafts(window) == []
    assert "draft" not in status(window)
    window.close()


def test_keep_as_draft_moves_on_and_keeps_the_note_on_this_pc(
    qtbot: QtBot, demo_database: Database
) -> None:
    window, step_id, ticket = serving_with_a_note(qtbot, demo_database)
    click(qtbot, window.finish_action)
    button(asked(qtbot, "unsavedNoteQuestion"), "keepDraftButton").click()
    qtbot.waitUntil(lambda: step_state(demo_database, step_id) == "done", timeout=10_000)
    qtbot.waitUntil(lambda: window.serving.current is None, timeout=10_000)
    assert notes(demo_database) == []
    assert drafts(window) == [NOTE]
    assert status(window) == QCoreApplication.translate(
        "CasePanel", "The unsaved note of ticket %1 is kept as a draft on this PC."
    ).replace("%1", ticket)
    window.close()


def test_discard_moves_on_and_leaves_the_note_nowhere(
    qtbot: QtBot, demo_database: Database
) -> None:
    window, step_id, _ticket = serving_with_a_note(qtbot, demo_database)
    click(qtbot, window.finish_action)
    button(asked(qtbot, "unsavedNoteQuestion"), "discardNoteButton").click()
    qtbot.waitUntil(lambda: step_state(demo_database, step_id) == "done", timeout=10_000)
    qtbot.waitUntil(lambda: window.serving.current is None, timeout=10_000)
    assert window.case_panel.editor.toPlainText() == ""
    assert notes(demo_database) == []
    assert drafts(window) == []
    assert "draft" not in status(window)
    window.close()


def test_cancel_and_escape_leave_the_visitor_and_the_note_as_they_were(
    qtbot: QtBot, demo_database: Database
) -> None:
    window, step_id, _ticket = serving_with_a_note(qtbot, demo_database)
    click(qtbot, window.finish_action)
    button(asked(qtbot, "unsavedNoteQuestion"), "cancelButton").click()
    qtbot.waitUntil(lambda: window.finish_action.isEnabled(), timeout=10_000)

    click(qtbot, window.finish_action)
    qtbot.keyClick(asked(qtbot, "unsavedNoteQuestion"), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.finish_action.isEnabled(), timeout=10_000)
    assert QApplication.activeModalWidget() is None

    assert step_state(demo_database, step_id) == "called"
    assert window.serving.current is not None
    assert window.serving.current.step_id == step_id
    assert window.case_panel.editor.toPlainText() == NOTE
    assert drafts(window) == [NOTE]
    assert notes(demo_database) == []
    window.close()


def transfer_to(qtbot: QtBot, service: str) -> None:
    """Answer the transfer dialog, when it comes, with ``service`` (it runs modally)."""

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, TransferDialog):
            dialog.service_box.setCurrentIndex(dialog.service_box.findData(service))
            dialog.accept()
        else:
            QTimer.singleShot(20, answer)

    QTimer.singleShot(20, answer)


def test_a_transfer_asks_after_the_choice_of_where_and_saves_the_note_first(
    qtbot: QtBot, demo_database: Database
) -> None:
    window, step_id, ticket = serving_with_a_note(qtbot, demo_database)
    transfer_to(qtbot, "vero-taxcard")
    click(qtbot, window.serving.transfer_action)
    box = asked(qtbot, "unsavedNoteQuestion")
    assert box.text() == f"The note for {ticket} is not saved. Save it before the transfer?"
    assert step_state(demo_database, step_id) == "called"
    button(box, "saveNoteButton").click()
    qtbot.waitUntil(lambda: step_state(demo_database, step_id) == "transferred", timeout=10_000)
    assert notes(demo_database) == [NOTE]
    qtbot.waitUntil(lambda: status(window) == f"{ticket} transferred.", timeout=10_000)
    window.close()


def test_a_note_that_cannot_be_saved_keeps_the_visitor_at_the_counter(
    qtbot: QtBot, demo_database: Database
) -> None:
    window = open_console(qtbot, demo_database)
    call_next(qtbot, window)
    step = window.serving.current
    assert step is not None
    too_long = "x" * 20_001
    window.case_panel.editor.setPlainText(too_long)
    click(qtbot, window.finish_action)
    button(asked(qtbot, "unsavedNoteQuestion"), "saveNoteButton").click()
    qtbot.waitUntil(lambda: window.finish_action.isEnabled(), timeout=10_000)
    # The editor says why; the status bar says the visitor stayed; nothing moved.
    assert "20000" in window.case_panel.note_message.text()
    assert status(window) == (
        f"The note was not saved, so {step.ticket_number} stays at your counter. "
        "Check the note, then try again."
    )
    assert window.case_panel.editor.toPlainText() == too_long
    assert step_state(demo_database, step.step_id) == "called"
    assert notes(demo_database) == []
    window.close()


@pytest.mark.slow  # waits out the database's busy timeout (about 10 s)
@sqlite_only
def test_save_note_while_the_database_cannot_take_it_keeps_the_note_in_the_outbox(
    qtbot: QtBot, demo_database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, step_id, _ticket = serving_with_a_note(qtbot, demo_database)
    monkeypatch.setattr(sqlite_lock, "WRITE_LOCK_DEADLINE_S", 0.5)
    assert demo_database.url.database is not None
    with write_lock_held_elsewhere(demo_database.url.database):
        click(qtbot, window.finish_action)
        button(asked(qtbot, "unsavedNoteQuestion"), "saveNoteButton").click()
        # The note is kept on this PC, to be sent; Done could not be written either.
        qtbot.waitUntil(lambda: window.status.pending_label.isVisible(), timeout=20_000)
        message = asked(qtbot, "deskMessage")
        assert window.case_panel.editor.toPlainText() == ""
        message.close()

    assert step_state(demo_database, step_id) == "called"
    qtbot.waitUntil(lambda: notes(demo_database) == [NOTE], timeout=30_000)
    qtbot.waitUntil(lambda: not window.status.pending_label.isVisible(), timeout=10_000)
    # The visitor is still here; now Done asks nothing (the note is in the case).
    click(qtbot, window.finish_action)
    qtbot.waitUntil(lambda: step_state(demo_database, step_id) == "done", timeout=10_000)
    assert QApplication.activeModalWidget() is None
    assert notes(demo_database) == [NOTE]
    window.close()


def test_ctrl_and_the_keypads_enter_save_the_note(qtbot: QtBot, demo_database: Database) -> None:
    window = open_console(qtbot, demo_database)
    call_next(qtbot, window)
    editor = window.case_panel.editor
    with qtbot.waitActive(window):
        window.activateWindow()
    editor.setFocus()
    type_note(qtbot, window, NOTE)
    qtbot.keyClick(
        editor,
        Qt.Key.Key_Enter,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.KeypadModifier,
    )
    qtbot.waitUntil(lambda: notes(demo_database) == [NOTE], timeout=10_000)
    qtbot.waitUntil(lambda: editor.toPlainText() == "", timeout=10_000)
    # And Ctrl with the main Enter (Return), as before.
    second = "Toinen muistiinpano."
    type_note(qtbot, window, second)
    qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: notes(demo_database) == [NOTE, second], timeout=10_000)
    window.close()


def discard_when_offered(seen: list[str]) -> None:
    """Answer the restore offer, when it comes, with Discard… and confirm it."""

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QMessageBox) and seen == ["restore"]:
            seen.append("confirm")
            dialog.button(QMessageBox.StandardButton.Discard).click()
            return
        QTimer.singleShot(20, answer)  # before the click: the confirmation runs modally
        if isinstance(dialog, RestoreDraftsDialog) and not seen:
            seen.append("restore")
            dialog.discard_button.click()

    QTimer.singleShot(20, answer)


def test_discarding_the_restored_drafts_clears_the_editor_too(
    qtbot: QtBot, demo_database: Database
) -> None:
    window = open_console(qtbot, demo_database)
    call_next(qtbot, window)
    type_note(qtbot, window, NOTE)
    window.stop()  # the console ends without saving (a crash, a power cut)
    window.hide()

    seen: list[str] = []
    discard_when_offered(seen)
    again = open_console(qtbot, demo_database)
    panel = again.case_panel
    qtbot.waitUntil(lambda: panel._drafts_checked, timeout=20_000)
    # The visit with the discarded note is back at the counter: its editor is empty.
    qtbot.waitUntil(lambda: panel.step is not None and panel.editor.isEnabled(), timeout=10_000)
    assert seen == ["restore", "confirm"]
    assert panel.editor.toPlainText() == ""
    assert panel.note_message.text() == ""
    assert drafts(again) == []
    assert notes(demo_database) == []
    again.close()
    window.close()
