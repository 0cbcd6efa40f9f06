"""Skills for the day, planned on the floor: call next, the estimates, the floor and the
console follow the plan today, and tomorrow the person serves their usual skills."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from queue_kit import actor, at, fresh_desk, supervisor
from sqlalchemy import select

from console.core.queue import utc_now
from console.core.steps import StepAction
from console.desk.console_model import ConsoleModel
from console.desk.errors import DeskError
from console.desk.permits import PermissionDenied
from console.store.database import Database
from console.store.models import StaffDayPlan, StaffDaySkill
from console.ui.floor.window import FloorWindow


def test_a_plan_for_today_decides_what_call_next_takes_and_tomorrow_is_usual_again(
    database: Database,
) -> None:
    desk = fresh_desk(database)
    boss = supervisor(desk)
    markku = actor(desk, "markku.salonen", "T3")  # usually Tax only
    assert "kela-general" not in markku.skills
    desk.queue.open_session(markku, now=at(8))
    kela = desk.queue.issue(["kela-general"], now=at(8, 30))
    assert desk.queue.call_next(markku, now=at(9)) is None  # not hers

    desk.floor.set_skills_for_today(boss, "markku.salonen", ["kela-general"], now=at(8, 50))
    # The same signed-in actor (her console did not sign in again) now calls Kela.
    called = desk.queue.call_next(markku, now=at(9))
    assert called is not None
    assert called.step.ticket_number == kela.ticket_number

    # Tomorrow the plan is over: a Kela ticket is not hers, a Tax one is.
    tomorrow = at(9) + timedelta(days=1)
    desk.queue.act(markku, called.step.step_id, StepAction.NO_SHOW, now=at(9, 5))
    desk.queue.issue(["kela-general"], now=tomorrow - timedelta(minutes=10))
    assert desk.queue.call_next(markku, now=tomorrow) is None
    vero = desk.queue.issue(["vero-taxcard"], now=tomorrow)
    called = desk.queue.call_next(markku, now=tomorrow + timedelta(minutes=1))
    assert called is not None
    assert called.step.ticket_number == vero.ticket_number


def test_the_floor_and_the_estimates_count_the_plan_and_back_to_usual_removes_it(
    database: Database,
) -> None:
    desk = fresh_desk(database)
    boss = supervisor(desk)
    markku = actor(desk, "markku.salonen", "T3")
    session_id = desk.queue.open_session(markku, now=at(8))
    desk.queue.heartbeat(markku, session_id, now=at(8, 19))  # his console beats each minute
    desk.queue.issue(["dvv-guardianship"], now=at(8, 10))
    before = desk.floor.floor(boss, now=at(8, 20))
    guardianship = next(r for r in before.services if r.queue.service.code == "dvv-guardianship")
    assert not guardianship.can_be_served  # nobody signed in has the skill

    desk.floor.set_skills_for_today(
        boss, "markku.salonen", ["dvv-guardianship", "vero-taxcard"], now=at(8, 15)
    )
    after = desk.floor.floor(boss, now=at(8, 20))
    guardianship = next(r for r in after.services if r.queue.service.code == "dvv-guardianship")
    assert guardianship.can_be_served
    rows = desk.floor.skills_today(boss, now=at(8, 20))
    markku_row = next(row for row in rows if row.staff.username == "markku.salonen")
    assert markku_row.present
    assert rows[0].present  # present people first
    assert markku_row.usual == ("vero-inheritance", "vero-taxcard")
    assert markku_row.staff.skills == ("dvv-guardianship", "vero-taxcard")
    assert markku_row.plan is not None
    assert markku_row.plan.set_by == "Kaisa Mattila"

    desk.floor.set_skills_for_today(boss, "markku.salonen", None, now=at(8, 30))
    with database.session() as session:
        assert session.scalars(select(StaffDayPlan)).all() == []
        assert session.scalars(select(StaffDaySkill)).all() == []
    rows = desk.floor.skills_today(boss, now=at(8, 40))
    markku_row = next(row for row in rows if row.staff.username == "markku.salonen")
    assert (markku_row.plan, markku_row.staff.skills) == (
        None,
        ("vero-inheritance", "vero-taxcard"),
    )


def test_a_plan_names_what_is_wrong_and_only_a_supervisor_makes_one(database: Database) -> None:
    desk = fresh_desk(database)
    boss = supervisor(desk)
    with pytest.raises(DeskError) as refused:
        desk.floor.set_skills_for_today(boss, "sanna.heinonen", ["kela-general"])
    assert "sanna.heinonen" in refused.value.message.english()
    with pytest.raises(DeskError) as refused:
        desk.floor.set_skills_for_today(boss, "markku.salonen", ["kela-nothing"])
    assert "kela-nothing" in refused.value.message.english()
    advisor = actor(desk, "aino.virtanen", "T1")
    with pytest.raises(PermissionDenied):
        desk.floor.set_skills_for_today(advisor, "aino.virtanen", ["vero-taxcard"])
    with database.session() as session:
        assert session.scalars(select(StaffDayPlan)).all() == []


def test_the_console_reads_its_persons_skills_of_the_day(database: Database) -> None:
    desk = fresh_desk(database)
    desk.floor.set_skills_for_today(supervisor(desk), "markku.salonen", ["kela-general"])
    snapshot = desk.snapshot(actor=supervisor(desk))
    markku = next(member for member in snapshot.staff if member.username == "markku.salonen")
    assert markku.skills == ("kela-general",)

    model = ConsoleModel(("vero-inheritance", "vero-taxcard"), staff_id=markku.id)
    model.show_snapshot(snapshot)
    assert model.skills == frozenset({"kela-general"})
    assert model.queues[0].service.code == "kela-general"  # her services of today first


def test_the_supervisor_plans_skills_in_the_floors_dialog(qtbot: QtBot, database: Database) -> None:
    desk = fresh_desk(database)
    boss = desk.sign_in_by_username("kaisa.mattila", None)
    markku = actor(desk, "markku.salonen", "T3")
    desk.queue.open_session(markku, now=utc_now())
    window = FloorWindow(desk, boss)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.refreshed, timeout=10_000):
        window.start()
    row = next(n for n, r in enumerate(window.counter_model.rows()) if r.code == "T3")
    window.counters_view.selectRow(row)
    assert window.skills_button.isEnabled()
    dialog = window.plan_skills()
    assert dialog is not None
    qtbot.waitUntil(lambda: bool(dialog.rows), timeout=10_000)
    # The person at the chosen counter comes first, with her usual skills ticked.
    assert dialog.current() is not None
    assert dialog.current().staff.username == "markku.salonen"  # type: ignore[union-attr]
    assert set(dialog.checked()) == {"vero-taxcard", "vero-inheritance"}
    assert not dialog.usual_button.isEnabled()  # nothing planned yet

    for number in range(dialog.service_list.count()):
        item = dialog.service_list.item(number)
        if item.data(Qt.ItemDataRole.UserRole) == "kela-general":
            item.setCheckState(Qt.CheckState.Checked)
    with qtbot.waitSignal(dialog.changed, timeout=10_000):
        qtbot.mouseClick(dialog.set_button, Qt.MouseButton.LeftButton)
    assert "Markku Salonen" in dialog.status.text()
    with database.session() as session:
        codes = session.execute(select(StaffDaySkill.service_id)).scalars().all()
    assert len(codes) == 3
    qtbot.waitUntil(lambda: dialog.usual_button.isEnabled(), timeout=10_000)
    assert "planned" in dialog.people.item(dialog.people.currentRow()).text()

    with qtbot.waitSignal(dialog.changed, timeout=10_000):
        qtbot.mouseClick(dialog.usual_button, Qt.MouseButton.LeftButton)
    with database.session() as session:
        assert session.scalars(select(StaffDayPlan)).all() == []
    dialog.close()
    window.close()
