"""Visitors' feedback: four faces at the kiosk, anonymous, joined to the services of the
visit whose ticket number the visitor typed, and counted in the reports."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from queue_kit import at, fresh_desk, supervisor
from sqlalchemy import select

from console.core.feedback import FeedbackReason, Score
from console.core.reports import Dimension
from console.desk.desk import Desk
from console.store.database import Database
from console.store.models import Feedback, Service
from console.ui.kiosk import KioskWindow, load_catalogue


def answers(database: Database) -> list[tuple[int, str | None, str | None]]:
    with database.session() as session:
        rows = session.execute(
            select(Feedback.score, Feedback.reason, Service.code)
            .outerjoin(Service, Service.id == Feedback.service_id)
            .order_by(Feedback.id)
        ).all()
    return [(row[0], row[1], row[2]) for row in rows]


def test_an_answer_joins_the_services_of_the_ticket_and_keeps_no_visit(
    database: Database,
) -> None:
    desk = fresh_desk(database)
    ticket = desk.queue.issue(["kela-general", "vero-taxcard"], now=at(9))
    joined = desk.queue.give_feedback(
        Score.GOOD, FeedbackReason.WAITING, f" {ticket.ticket_number.lower()} ", now=at(11)
    )
    assert joined == 2
    assert desk.queue.give_feedback(Score.POOR, None, "ZZ999", now=at(11, 5)) == 0
    assert desk.queue.give_feedback(Score.GREAT, now=at(11, 6)) == 0
    assert answers(database) == [
        (3, "waiting", "kela-general"),
        (3, "waiting", "vero-taxcard"),
        (1, None, None),
        (4, None, None),
    ]
    columns = {column.name for column in Feedback.__table__.columns}
    assert columns == {"id", "given_at", "score", "reason", "service_id"}  # no visit, no ticket

    boss = supervisor(desk)
    day = at(9).date()
    by_service = desk.reports.report(boss, day, day, dimension=Dimension.SERVICE)
    rows = {row.who: row.figures for row in by_service.rows}
    assert (rows["kela-general"]["feedback_answers"], rows["kela-general"]["feedback_mean"]) == (
        1,
        3.0,
    )
    total = by_service.total.figures
    assert (total["feedback_answers"], total["feedback_mean"]) == (4, 2.75)  # (3+3+1+4)/4
    by_counter = desk.reports.report(boss, day, day, dimension=Dimension.COUNTER)
    assert all(row.figures["feedback_answers"] == 0 for row in by_counter.rows)
    assert by_counter.total.figures["feedback_answers"] == 4
    yesterday = desk.reports.report(boss, day - timedelta(days=1), day - timedelta(days=1))
    assert yesterday.total.figures["feedback_answers"] == 0


def test_the_kiosk_asks_how_we_did(demo_database: Database, qtbot: QtBot) -> None:
    desk = Desk(demo_database)
    ticket = desk.queue.issue(["kela-general"])
    kiosk = KioskWindow(desk, result_ms=60_000, idle_ms=60_000)
    qtbot.addWidget(kiosk)
    kiosk.show_catalogue(load_catalogue(desk))
    kiosk.show()
    kiosk.choose_language("en")
    qtbot.mouseClick(kiosk.need_page.feedback_button, Qt.MouseButton.LeftButton)
    page = kiosk.feedback_page
    assert kiosk.stack.currentWidget() is page
    assert not page.next_button.isEnabled()  # a face first
    assert page.face_buttons[Score.GREAT].text() == "Very well"
    qtbot.mouseClick(page.face_buttons[Score.FAIR], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.reason_buttons[FeedbackReason.SERVICE], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    for character in ticket.ticket_number:
        qtbot.mouseClick(page.keypad.keys[character], Qt.MouseButton.LeftButton)
    assert page.number_label.text() == ticket.ticket_number
    with qtbot.waitSignal(kiosk.feedback_shown, timeout=10_000):
        qtbot.mouseClick(page.send_button, Qt.MouseButton.LeftButton)
    assert page.status.text() == "Thank you for your answer!"
    assert answers(demo_database)[-1] == (2, "service", "kela-general")

    kiosk.reset()
    assert page.score is None
    assert page.number_label.text() == "—"
    kiosk.close()
