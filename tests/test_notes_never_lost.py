"""Notes are never lost and never saved twice on the fault paths of the real console.

Each test drives real consoles on a real database (SQLite, then PostgreSQL) and one
journal file on this PC, and reads what the journal file and the database hold
afterwards: a note the database refuses keeps every other unsent text; drafts of two
databases and of two staff members stay apart; a crash between the commit and the
draft's removal leaves exactly one note after the restart.
"""

from __future__ import annotations

import logging
import shutil
import sqlite3
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from qt_jobs import settle_background_jobs
from sqlalchemy import text
from sqlalchemy.engine import make_url
from test_console_cases import call_next, open_console

from console.core.cases import NoteDraft
from console.desk.desk import Desk
from console.store.database import Database
from console.store.journal import journal_file
from console.ui.case.case_panel import CasePanel
from console.ui.case.restore_drafts_dialog import RestoreDraftsDialog
from console.ui.console_window import ConsoleWindow

LIVE = "Asiakas hakee asumistukea; vuokrasopimus puuttuu vielä."
REFUSED = ("Vain toiselle virastolle: ensimmäinen.", "Vain toiselle virastolle: toinen.")


def journal_rows() -> list[tuple[str, int | None, int]]:
    """(text, partition, author) of every draft in the journal file, read as it lies on disk."""
    connection = sqlite3.connect(journal_file())
    try:
        rows = connection.execute(
            "SELECT text, partition_agency_id, staff_id FROM draft ORDER BY text"
        ).fetchall()
    finally:
        connection.close()
    return [(row[0], row[1], row[2]) for row in rows]


def notes_in(database: Database, body: str) -> int:
    with database.engine.connect() as connection:
        return int(
            connection.execute(
                text("SELECT count(*) FROM note WHERE body = :body"), {"body": body}
            ).scalar_one()
        )


def type_and_journal(qtbot: QtBot, window: ConsoleWindow, note: str) -> None:
    panel = window.case_panel
    panel.editor.setFocus()
    panel.editor.insertPlainText(note)
    qtbot.waitUntil(lambda: note in [row[0] for row in journal_rows()], timeout=10_000)


def wait_settled(qtbot: QtBot, panel: CasePanel) -> None:
    qtbot.waitUntil(lambda: panel._drafts_checked, timeout=20_000)


@pytest.fixture
def other_demo_database(
    db_url: str, request: pytest.FixtureRequest, tmp_path: Path
) -> Iterator[Database]:
    """A second demo desk of the same dialect: another office, or the training desk."""
    if db_url.startswith("sqlite"):
        path = tmp_path / "other.sqlite3"
        shutil.copy(request.getfixturevalue("sqlite_template"), path)
        url = f"sqlite:///{path}"
    else:
        server = request.getfixturevalue("postgres")
        url = server.create(migrated=True)
    database = Database(url)
    assert Desk(database).seed_demo()
    yield database
    settle_background_jobs()
    database.dispose()
    if not db_url.startswith("sqlite"):
        server.drop(url)


def agency_id(database: Database, code: str) -> int:
    with database.engine.connect() as connection:
        return int(
            connection.execute(
                text("SELECT id FROM agency WHERE code = :code"), {"code": code}
            ).scalar_one()
        )


def an_agency_without_consent(database: Database, service_id: int) -> int:
    """An agency the note of ``service_id`` may not be kept for (no consent in the demo)."""
    with database.engine.connect() as connection:
        return int(
            connection.execute(
                text(
                    "SELECT id FROM agency WHERE id <> "
                    "(SELECT agency_id FROM service WHERE id = :service) ORDER BY id LIMIT 1"
                ),
                {"service": service_id},
            ).scalar_one()
        )


def test_a_refused_note_keeps_the_draft_being_typed_and_every_earlier_refused_note(
    qtbot: QtBot, demo_database: Database
) -> None:
    window = open_console(qtbot, demo_database)
    call_next(qtbot, window)
    panel = window.case_panel
    step = panel.step
    assert step is not None
    type_and_journal(qtbot, window, LIVE)
    elsewhere = an_agency_without_consent(demo_database, step.service_id)
    # Two notes wait in the outbox (kept while the database was down); the database
    # refuses both for good: the visitor never agreed to share with that agency.
    for note in REFUSED:
        panel.outbox.keep(
            NoteDraft(
                None,
                note,
                str(uuid.uuid4()),
                step.visit_id,
                step.service_id,
                partition_agency_id=elsewhere,
            ),
            step.ticket_number,
        )
    with qtbot.waitSignals([panel.outbox.refused, panel.outbox.refused], timeout=20_000):
        panel.flush_outbox()
    qtbot.waitUntil(lambda: panel.outbox.count() == 0, timeout=20_000)

    staff_id = window.signed_in.staff.id
    assert journal_rows() == sorted(
        [
            (LIVE, None, staff_id),
            (REFUSED[0], elsewhere, staff_id),
            (REFUSED[1], elsewhere, staff_id),
        ]
    )
    assert panel.editor.toPlainText() == LIVE
    assert notes_in(demo_database, LIVE) == 0

    # Saving the note in the editor brings the first refused one in, with its visibility
    # and why it was refused.
    panel.save_button.click()
    qtbot.waitUntil(lambda: panel.editor.toPlainText() == REFUSED[0], timeout=20_000)
    assert notes_in(demo_database, LIVE) == 1
    assert panel.partition.currentData() == elsewhere
    assert "refused" in panel.note_message.text()
    assert sorted(row[0] for row in journal_rows()) == list(REFUSED)
    window.close()


def test_drafts_of_two_databases_stay_apart(
    qtbot: QtBot, demo_database: Database, other_demo_database: Database
) -> None:
    office = open_console(qtbot, demo_database)
    training = open_console(qtbot, other_demo_database)
    call_next(qtbot, office)
    call_next(qtbot, training)
    office_step, training_step = office.case_panel.step, training.case_panel.step
    assert office_step is not None
    assert training_step is not None
    # The same visit number in both: the journal must still tell their notes apart.
    assert office_step.visit_id == training_step.visit_id
    assert office.case_panel.database != training.case_panel.database

    type_and_journal(qtbot, office, "Toimiston muistiinpano.")
    type_and_journal(qtbot, training, "Koulutuskannan muistiinpano.")

    assert sorted(row[0] for row in journal_rows()) == [
        "Koulutuskannan muistiinpano.",
        "Toimiston muistiinpano.",
    ]
    # Each console, showing its visit again, gets its own text back.
    for window, note in (
        (office, "Toimiston muistiinpano."),
        (training, "Koulutuskannan muistiinpano."),
    ):
        panel = window.case_panel
        step = panel.step
        panel.show_visit(None)
        panel.show_visit(step)
        assert panel.editor.toPlainText() == note
    office.close()
    training.close()


def test_a_specialists_agency_only_draft_is_never_shown_to_the_next_person(
    qtbot: QtBot, demo_database: Database
) -> None:
    specialist = open_console(qtbot, demo_database, "paivi.lehtonen")
    call_next(qtbot, specialist)
    step = specialist.case_panel.step
    assert step is not None
    kela = agency_id(demo_database, "kela")
    assert specialist.case_panel.partition.currentData() == kela  # her notes default to Kela
    secret = "Vain Kelalle: tulotiedoissa epäselvyyttä, selvitetään."
    type_and_journal(qtbot, specialist, secret)
    specialist.close()  # she leaves without saving

    colleague = open_console(qtbot, demo_database, "aino.virtanen")
    panel = colleague.case_panel
    wait_settled(qtbot, panel)
    # The same visit comes to the next person (taken over at the counter).
    panel.show_visit(step)
    qtbot.waitUntil(lambda: "…" not in panel.case_label.text(), timeout=20_000)

    assert panel.editor.toPlainText() == ""
    assert panel.partition.currentData() is None  # an advisor's note: shared by default
    assert [e.text for e in panel.timeline_model.entries() if e.text == secret] == []
    # The draft stays with its author, in her partition, for her next sign-in.
    assert journal_rows() == [(secret, kela, specialist.signed_in.staff.id)]

    # Writing here leaves her draft alone.
    type_and_journal(qtbot, colleague, "Ainon oma muistiinpano.")
    assert (secret, kela, specialist.signed_in.staff.id) in journal_rows()
    colleague.close()

    back = open_console(qtbot, demo_database, "paivi.lehtonen")
    restore_when_asked(qtbot)
    wait_settled(qtbot, back.case_panel)
    back.case_panel.show_visit(step)
    assert back.case_panel.editor.toPlainText() == secret
    assert back.case_panel.partition.currentData() == kela
    back.close()


def restore_when_asked(qtbot: QtBot) -> None:
    """Answer the restore offer, whenever it comes, with "Restore all"."""

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, RestoreDraftsDialog):
            dialog.restore_button.click()
        else:
            QTimer.singleShot(50, answer)

    QTimer.singleShot(50, answer)


def offers_recorded(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Each restore offer made from now on (its number of notes), answered "Restore all"."""
    offered: list[int] = []

    def offer(dialog: RestoreDraftsDialog) -> int:
        offered.append(dialog.model.rowCount())
        dialog.restore_button.click()
        return 1

    monkeypatch.setattr(RestoreDraftsDialog, "exec", offer)
    return offered


def test_a_crash_between_the_commit_and_the_drafts_removal_saves_the_note_once(
    qtbot: QtBot,
    demo_database: Database,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    window = open_console(qtbot, demo_database)
    call_next(qtbot, window)
    panel = window.case_panel
    note = "Tallennettu juuri ennen kaatumista."
    type_and_journal(qtbot, window, note)
    # The crash point: the note is committed, its draft is not yet dropped.
    with pytest.MonkeyPatch.context() as crash:
        crash.setattr(CasePanel, "_forget_draft", lambda _panel, _draft: None)
        panel.save_button.click()
        qtbot.waitUntil(lambda: notes_in(demo_database, note) == 1, timeout=20_000)
        qtbot.waitUntil(lambda: not panel._sending, timeout=20_000)
    window.stop()
    window.hide()
    assert [row[0] for row in journal_rows()] == [note]

    caplog.set_level(logging.INFO, logger="console")
    offered = offers_recorded(monkeypatch)
    restarted = open_console(qtbot, demo_database)
    wait_settled(qtbot, restarted.case_panel)
    qtbot.waitUntil(lambda: restarted.case_panel.step is not None, timeout=20_000)
    # Whatever came back into the editor, saving it must not write the note again.
    if restarted.case_panel.editor.toPlainText().strip():
        restarted.case_panel.save_button.click()
        qtbot.waitUntil(lambda: not restarted.case_panel._sending, timeout=20_000)
    settle_background_jobs()

    assert notes_in(demo_database, note) == 1
    assert offered == []
    assert restarted.case_panel.editor.toPlainText() == ""
    assert journal_rows() == []
    assert "was already in the database; dropped" in caplog.text
    assert note not in caplog.text  # logged without its text
    restarted.close()
    window.close()


def test_an_outbox_note_that_reached_the_database_is_dropped_not_sent_again(
    qtbot: QtBot, demo_database: Database
) -> None:
    """A save that timed out may still have committed: the outbox keeps it under the
    same client id, and the next start finds it there already."""
    window = open_console(qtbot, demo_database)
    call_next(qtbot, window)
    panel = window.case_panel
    step = panel.step
    assert step is not None
    desk = Desk(demo_database, identity_key=lambda: b"k" * 32)
    client_id = str(uuid.uuid4())
    note = NoteDraft(None, "Aikakatkaisu, mutta tallentui.", client_id, step.visit_id)
    desk.cases.write_note(window.signed_in.actor, note)
    panel.outbox.keep(note, step.ticket_number)
    window.stop()
    window.hide()

    restarted = open_console(qtbot, demo_database)
    wait_settled(qtbot, restarted.case_panel)
    assert restarted.case_panel.outbox.count() == 0
    restarted.case_panel.flush_outbox()
    settle_background_jobs()
    assert notes_in(demo_database, note.text) == 1
    restarted.close()
    window.close()


def test_a_draft_whose_note_is_in_the_outbox_is_not_offered_again(
    qtbot: QtBot, demo_database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Stopped between the outbox taking a note and its draft going: the outbox sends it,
    once, and the draft is not offered as well."""
    window = open_console(qtbot, demo_database)
    call_next(qtbot, window)
    panel = window.case_panel
    step = panel.step
    assert step is not None
    note = "Jonossa ja luonnoksena yhtä aikaa."
    type_and_journal(qtbot, window, note)
    panel.outbox.keep(
        NoteDraft(None, note, panel.client_id, step.visit_id, step.service_id),
        step.ticket_number,
    )
    window.stop()
    window.hide()

    offered = offers_recorded(monkeypatch)
    restarted = open_console(qtbot, demo_database)
    wait_settled(qtbot, restarted.case_panel)
    qtbot.waitUntil(lambda: restarted.case_panel.outbox.count() == 0, timeout=20_000)
    settle_background_jobs()
    assert offered == []
    assert notes_in(demo_database, note) == 1
    assert journal_rows() == []
    assert restarted.case_panel.editor.toPlainText() == ""
    restarted.close()
    window.close()


def test_the_database_id_names_the_database_not_who_connects_or_how() -> None:
    from console.store.database_id import database_id

    office = "postgresql+psycopg://aino:salasana@db.pori.example:5432/tiski"
    same = [
        "postgresql+psycopg://paivi:toinen@DB.pori.example/tiski",
        "postgresql://db.pori.example:5432/tiski",
    ]
    other = [
        "postgresql+psycopg://aino@db.pori.example:5432/koulutus",
        "postgresql+psycopg://aino@db2.pori.example:5432/tiski",
        "sqlite:////var/lib/tiski/tiski.sqlite3",
    ]
    ids = {database_id(make_url(url)) for url in [office, *same]}
    assert len(ids) == 1
    assert ids.isdisjoint(database_id(make_url(url)) for url in other)
    assert "salasana" not in ids.pop()
