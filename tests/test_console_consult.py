"""An advisor's console and a specialist's console on their own connections: ask,
the live inbox, accept, the consent-scoped case, hand back, take over, and no one in time."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from typing import Any

import pytest
from clicking import click
from console_quit import quit_console
from pytestqt.qtbot import QtBot
from qt_jobs import settle_background_jobs
from sqlalchemy import text

from console.core.cases import NoteDraft
from console.core.consult import ConsultState
from console.desk.desk import Desk
from console.store.database import Database
from console.ui.console_window import ConsoleWindow
from console.ui.consult.ask_specialist_dialog import AskSpecialistDialog
from console.ui.consult.hand_back_dialog import HandBackDialog
from console.ui.consult.inbox import ConsultContextDialog
from console.ui.consult.remote_appointment_dialog import RemoteAppointmentDialog

TEMPLATE = "https://video.example/{room}"


@pytest.fixture
def specialist_connection(demo_database: Database) -> Iterator[Database]:
    other = Database(demo_database.url.render_as_string(hide_password=False))
    yield other
    settle_background_jobs()
    other.dispose()


def open_console(qtbot: QtBot, database: Database, username: str, counter: str) -> ConsoleWindow:
    desk = Desk(database, identity_key=lambda: b"k" * 32, video_template=TEMPLATE)
    window = ConsoleWindow(desk, desk.sign_in_by_username(username, counter))
    qtbot.addWidget(window)
    window.resize(1440, 900)
    window.show()
    window.start()
    qtbot.waitUntil(lambda: window.snapshot is not None, timeout=10_000)
    qtbot.waitUntil(lambda: window.feed.state.value == "live", timeout=10_000)
    return window


def _ask_with(question: str) -> Any:
    def exec_(dialog: AskSpecialistDialog) -> int:
        kela = dialog.agency_box.findText("Kela")
        if kela >= 0:
            dialog.agency_box.setCurrentIndex(kela)
        dialog.question_edit.setPlainText(question)
        dialog.accept()
        return 1

    return exec_


def _advisor_with_a_visit(qtbot: QtBot, window: ConsoleWindow) -> int:
    window.call_next_action.trigger()
    qtbot.waitUntil(lambda: window.case_panel.step is not None, timeout=10_000)
    step = window.case_panel.step
    assert step is not None
    qtbot.waitUntil(lambda: window.ask_specialist_action.isEnabled(), timeout=10_000)
    return step.visit_id


def _kela(window: ConsoleWindow) -> int:
    assert window.snapshot is not None
    return next(a.id for a in window.snapshot.agencies if a.code == "kela")


def inbox_rows(window: ConsoleWindow) -> list[Any]:
    assert window.inbox is not None
    return window.inbox.model.rows()


def test_asked_accepted_seen_as_consent_allows_and_handed_back(
    qtbot: QtBot,
    demo_database: Database,
    specialist_connection: Database,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    advisor = open_console(qtbot, demo_database, "aino.virtanen", "T1")
    specialist = open_console(qtbot, specialist_connection, "paivi.lehtonen", "R1")
    assert advisor.inbox is None
    assert specialist.inbox is not None
    visit = _advisor_with_a_visit(qtbot, advisor)

    # The case: a shared note and a note for Vero; no consent for Kela yet.
    desk = advisor.desk
    actor = advisor.signed_in.actor
    vero = next(a.id for a in advisor.snapshot.agencies if a.code == "vero")  # type: ignore[union-attr]
    shared = desk.cases.write_note(
        actor, NoteDraft(None, "Yhteinen muistiinpano", str(uuid.uuid4()), visit)
    )
    desk.cases.record_consent(actor, shared.case_id, vero, True)
    desk.cases.write_note(
        actor,
        NoteDraft(None, "Vain Verolle", str(uuid.uuid4()), visit, partition_agency_id=vero),
    )

    monkeypatch.setattr(AskSpecialistDialog, "exec", _ask_with("Asumistuen tulot?"))
    bar = advisor.case_panel.consult_bar
    click(qtbot, advisor.ask_specialist_action)
    qtbot.waitUntil(lambda: bar.consult is not None, timeout=10_000)
    assert bar.consult is not None
    assert bar.consult.state is ConsultState.OPEN
    assert bar.isVisibleTo(advisor)

    # Live in the specialist's inbox, without anyone pressing refresh.
    qtbot.waitUntil(lambda: len(inbox_rows(specialist)) == 1, timeout=10_000)
    assert inbox_rows(specialist)[0].question == "Asumistuen tulot?"
    assert specialist.inbox is not None
    specialist.inbox.table.selectRow(0)
    specialist.inbox.accept_button.click()
    qtbot.waitUntil(
        lambda: isinstance(getattr(specialist.inbox, "context_dialog", None), ConsultContextDialog),
        timeout=10_000,
    )
    context: ConsultContextDialog = specialist.inbox.context_dialog  # type: ignore[union-attr]
    shown = [entry.text for entry in context.model.entries()]
    assert "Vain Verolle" not in shown
    assert "Yhteinen muistiinpano" not in shown  # no consent for Kela: shared notes stay hidden
    # The specialist writes into the same case, in Kela's partition by default.
    context.note_editor.setPlainText("Kelan asiantuntija: tulot arvioidaan 12 kk ajalta.")
    context.save_note_button.click()
    qtbot.waitUntil(
        lambda: (
            "Kelan asiantuntija: tulot arvioidaan 12 kk ajalta."
            in [entry.text for entry in context.model.entries()]
        ),
        timeout=10_000,
    )
    with demo_database.engine.connect() as connection:
        partition = connection.execute(
            text(
                "SELECT a.code FROM note n JOIN agency a ON a.id = n.partition_agency_id"
                " WHERE n.body LIKE 'Kelan asiantuntija%'"
            )
        ).scalar()
    assert partition == "kela"
    context.close()

    # The advisor sees it taken, with the meeting link.
    qtbot.waitUntil(
        lambda: bar.consult is not None and bar.consult.state is ConsultState.ACCEPTED,
        timeout=10_000,
    )
    assert bar.video_button.isVisibleTo(advisor)
    assert bar.consult.meeting_url is not None
    assert bar.consult.meeting_url.startswith("https://video.example/tiski-")

    def hand_back(dialog: HandBackDialog) -> int:
        dialog.summary_edit.setPlainText("Hakemus täytetty yhdessä; liitteet postissa.")
        dialog.accept()
        return 1

    monkeypatch.setattr(HandBackDialog, "exec", hand_back)
    specialist.inbox.table.selectRow(0)
    specialist.inbox.hand_back_button.click()
    qtbot.waitUntil(
        lambda: bar.consult is not None and bar.consult.state is ConsultState.HANDED_BACK,
        timeout=10_000,
    )
    qtbot.waitUntil(
        lambda: (
            "Hakemus täytetty yhdessä; liitteet postissa."
            in [e.text for e in advisor.case_panel.timeline_model.entries()]
        ),
        timeout=10_000,
    )
    qtbot.waitUntil(lambda: inbox_rows(specialist) == [], timeout=10_000)
    quit_console(advisor)
    quit_console(specialist)


def test_take_over_moves_the_ticket_to_the_specialists_counter(
    qtbot: QtBot,
    demo_database: Database,
    specialist_connection: Database,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    advisor = open_console(qtbot, demo_database, "aino.virtanen", "T1")
    specialist = open_console(qtbot, specialist_connection, "paivi.lehtonen", "R1")
    _advisor_with_a_visit(qtbot, advisor)
    ticket = advisor.serving.current.ticket_number if advisor.serving.current else ""
    monkeypatch.setattr(AskSpecialistDialog, "exec", _ask_with("Ota asiakas"))
    click(qtbot, advisor.ask_specialist_action)
    qtbot.waitUntil(lambda: len(inbox_rows(specialist)) == 1, timeout=10_000)
    assert specialist.inbox is not None
    specialist.inbox.table.selectRow(0)
    specialist.inbox.accept_button.click()
    qtbot.waitUntil(
        lambda: inbox_rows(specialist) and inbox_rows(specialist)[0].state is ConsultState.ACCEPTED,
        timeout=10_000,
    )
    specialist.inbox.table.selectRow(0)
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(
        QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Yes
    )
    specialist.inbox.take_over_button.click()
    qtbot.waitUntil(
        lambda: (
            specialist.serving.current is not None
            and specialist.serving.current.ticket_number == ticket
        ),
        timeout=10_000,
    )
    qtbot.waitUntil(lambda: advisor.serving.current is None, timeout=10_000)
    called = advisor.desk.queue.display().called
    assert called[0].ticket_number == ticket
    assert called[0].counter.remote
    quit_console(advisor)
    quit_console(specialist)


def test_no_one_in_time_offers_a_remote_appointment(
    qtbot: QtBot, demo_database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    with demo_database.engine.begin() as connection:
        # Kela's specialists get no time at all: the request runs out at once.
        connection.execute(
            text("UPDATE agency SET consult_timeout_minutes = 0 WHERE code = 'kela'")
        )
    advisor = open_console(qtbot, demo_database, "aino.virtanen", "T1")
    _advisor_with_a_visit(qtbot, advisor)
    monkeypatch.setattr(AskSpecialistDialog, "exec", _ask_with("Ehtiikö joku?"))
    click(qtbot, advisor.ask_specialist_action)
    bar = advisor.case_panel.consult_bar
    qtbot.waitUntil(lambda: bar.consult is not None, timeout=10_000)
    bar.refresh()
    qtbot.waitUntil(
        lambda: bar.consult is not None and bar.consult.state is ConsultState.EXPIRED,
        timeout=10_000,
    )
    assert bar.book_button.isVisibleTo(advisor)

    def book(dialog: RemoteAppointmentDialog) -> int:
        dialog.accept()
        return 1

    monkeypatch.setattr(RemoteAppointmentDialog, "exec", book)
    bar.book_button.click()

    def booked() -> list[str]:
        with demo_database.engine.connect() as connection:
            return list(
                connection.execute(
                    text("SELECT video_url FROM appointment WHERE video_url IS NOT NULL")
                ).scalars()
            )

    qtbot.waitUntil(lambda: len(booked()) == 1, timeout=10_000)
    assert booked()[0].startswith("https://video.example/tiski-")
    quit_console(advisor)
