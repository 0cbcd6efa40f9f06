"""Setting up a real desk from a desk file: apply, plan, export, on SQLite and PostgreSQL.

The office is a hand-written desk file of another office than the demo
(tests/data/kankaanpaa.toml); after applying it the desk issues, calls and finishes a
ticket there. Codes are identities: a renamed service keeps its history, what leaves
the file is retired (never deleted), and retiring a service with visitors waiting is
refused with their tickets.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import func, select

from console.core.cases import AuditAction
from console.core.desk_file import CounterSpec, DeskSpec, load_desk_file, parse_desk
from console.core.desk_plan import Action, Kind
from console.core.desk_toml import dump_desk
from console.core.records import Names
from console.core.steps import StepAction, StepState
from console.desk.desk import Desk
from console.desk.errors import DeskError
from console.desk.setup import (
    DeskPlanRefused,
    apply_setup,
    current_desk,
    export_desk,
    plan_setup,
)
from console.store.database import Database
from console.store.models import AuditEvent, ChangeLog, Counter, Service, Staff, VisitStep
from console.store.queries import transaction

OFFICE = Path(__file__).parent / "data" / "kankaanpaa.toml"


def office() -> DeskSpec:
    return load_desk_file(OFFICE).desk


@pytest.fixture
def other_db_url(db_url: str, request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A second empty desk database of the same kind as ``db_url``."""
    if db_url.startswith("sqlite"):
        path = tmp_path / "other.sqlite3"
        shutil.copy(request.getfixturevalue("sqlite_template"), path)
        yield f"sqlite:///{path}"
        return
    server = request.getfixturevalue("postgres")
    url = server.create(migrated=True)
    yield url
    server.drop(url)


def test_a_hand_written_office_is_applied_and_serves_a_ticket(database: Database) -> None:
    applied = apply_setup(database, office(), source="kankaanpaa.toml")

    assert applied.plan.count(Action.ADD) == 1 + 3 + 3 + 3 + 4 + 1 + 1
    desk = Desk(database)
    snapshot = desk.snapshot()
    assert snapshot.site == Names(
        "Kankaanpään asiointipiste", "Kankaanpää servicepunkt", "Kankaanpää Service Point"
    )
    assert [s.code for s in snapshot.services] == [
        "town-advice",
        "kela-benefits",
        "police-passport",
    ]
    ticket = desk.queue.issue(["town-advice", "kela-benefits"], source="guide")
    assert ticket.ticket_number == "N001"
    advisor = desk.sign_in_by_username("leena.koski", "1").actor
    called = desk.queue.call_next(advisor)
    assert called is not None
    assert called.step.ticket_number == "N001"
    desk.queue.act(advisor, called.step.step_id, StepAction.START)
    done = desk.queue.act(advisor, called.step.step_id, StepAction.FINISH)
    assert done.state is StepState.DONE
    # The visit's second service now waits for Kela; the advisor serves that too.
    again = desk.queue.call_next(advisor)
    assert again is not None
    assert again.service.code == "kela-benefits"
    with database.session() as session:
        states = session.scalars(select(VisitStep.state).order_by(VisitStep.position)).all()
        audit = session.scalars(
            select(AuditEvent.detail).where(AuditEvent.action == AuditAction.DESK_APPLIED)
        ).all()
    assert states == ["done", "called"]
    assert len(audit) == 1
    assert audit[0].startswith("kankaanpaa.toml: 16 added")


def test_export_then_apply_to_an_empty_database_then_export_again_is_identical(
    demo_database: Database, other_db_url: str
) -> None:
    first = export_desk(demo_database)
    other = Database(other_db_url)
    try:
        apply_setup(other, parse_desk(first, "export.toml").desk)
        second = export_desk(other)
    finally:
        other.dispose()
    assert second == first
    # And the export says everything the demo file says about the desk.
    assert current_desk(demo_database) == parse_desk(first, "export.toml").desk


def test_applying_the_same_file_twice_changes_nothing_the_second_time(
    database: Database,
) -> None:
    apply_setup(database, office())
    with database.session() as session:
        changes = session.scalar(select(func.count()).select_from(ChangeLog))

    again = apply_setup(database, office())

    assert again.plan.empty
    with database.session() as session:
        assert session.scalar(select(func.count()).select_from(ChangeLog)) == changes
        assert (
            session.scalar(
                select(func.count())
                .select_from(AuditEvent)
                .where(AuditEvent.action == AuditAction.DESK_APPLIED)
            )
            == 1
        )


def test_a_renamed_service_keeps_its_history_and_what_leaves_the_file_is_retired(
    database: Database,
) -> None:
    apply_setup(database, office())
    desk = Desk(database)
    desk.queue.issue(["town-advice"], source="guide")
    advisor = desk.sign_in_by_username("leena.koski", "1").actor
    called = desk.queue.call_next(advisor)
    assert called is not None
    desk.queue.act(advisor, called.step.step_id, StepAction.FINISH)
    with database.session() as session:
        service_id = session.scalar(select(Service.id).where(Service.code == "town-advice"))
    spec = office()
    renamed = replace(
        spec.services[0], names=Names("Yleisneuvonta", "Allmän rådgivning", "General advice")
    )
    wanted = replace(
        spec,
        services=(renamed, *spec.services[1:]),
        counters=spec.counters[:2],  # counter ETA leaves the file
        staff=spec.staff[1:],  # so does leena.koski
    )

    plan = apply_setup(database, wanted).plan

    assert {(c.kind, c.key, c.action) for c in plan.changes} == {
        (Kind.SERVICE, "town-advice", Action.CHANGE),
        (Kind.COUNTER, "ETA", Action.RETIRE),
        (Kind.STAFF, "leena.koski", Action.RETIRE),
    }
    assert plan.of(Kind.SERVICE)[0].fields == ("name",)
    with database.session() as session:
        service = session.scalars(select(Service).where(Service.code == "town-advice")).one()
        assert (service.id, service.name_fi) == (service_id, "Yleisneuvonta")
        served = session.scalars(select(VisitStep.service_id)).all()
        assert served == [service_id]
        eta = session.scalars(select(Counter).where(Counter.code == "ETA")).one()
        leena = session.scalars(select(Staff).where(Staff.username == "leena.koski")).one()
        assert (eta.active, leena.active) == (False, False)
    # Retired means gone from the desk: no counter to sign in at, no person to sign in.
    assert [c.code for c in Desk(database).counters()] == ["1", "2"]
    with pytest.raises(DeskError):
        Desk(database).sign_in_by_username("leena.koski", "1")
    # Brought back by the file, the same rows return.
    back = apply_setup(database, spec).plan
    assert {(c.key, c.action) for c in back.changes if c.action is Action.RESTORE} == {
        ("ETA", Action.RESTORE),
        ("leena.koski", Action.RESTORE),
    }
    assert Desk(database).sign_in_by_username("leena.koski", "ETA").counter.code == "ETA"


def test_retiring_a_service_with_visitors_waiting_is_refused_with_their_tickets(
    database: Database,
) -> None:
    apply_setup(database, office())
    desk = Desk(database)
    tickets = [desk.queue.issue(["kela-benefits"], source="guide").ticket_number for _ in range(3)]
    spec = office()
    without_kela = replace(
        spec,
        services=tuple(s for s in spec.services if s.code != "kela-benefits"),
        staff=tuple(
            replace(m, skills=tuple(k for k in m.skills if k != "kela-benefits"))
            for m in spec.staff
        ),
        life_events=(),
        templates=(),
    )

    plan = plan_setup(database, without_kela)
    with pytest.raises(DeskPlanRefused) as refused:
        apply_setup(database, without_kela)

    text = refused.value.message.english()
    assert "kela-benefits cannot be retired while 3 visitors wait" in text
    assert ", ".join(tickets) in text
    assert plan.refusals == refused.value.plan.refusals
    assert current_desk(database) == spec  # nothing changed


def test_a_new_service_cannot_take_the_prefix_a_retired_one_still_holds(
    database: Database,
) -> None:
    apply_setup(database, office())
    spec = office()
    apply_setup(
        database,
        replace(
            spec,
            services=spec.services[:2],
            staff=(spec.staff[0], spec.staff[3]),
            life_events=(),
            templates=spec.templates,
        ),
    )
    newcomer = replace(spec.services[2], code="police-permits")
    plan = plan_setup(
        database,
        replace(
            spec,
            services=(*spec.services[:2], newcomer),
            staff=(spec.staff[0], spec.staff[3]),
            life_events=(),
        ),
    )
    assert len(plan.refusals) == 1
    assert "retired service police-passport still holds" in plan.refusals[0].english()


def test_an_advisor_may_not_set_up_the_desk_and_a_supervisor_may_not_change_accounts(
    database: Database,
) -> None:
    apply_setup(database, office())
    desk = Desk(database)
    advisor = desk.sign_in_by_username("leena.koski", "1").actor
    supervisor = desk.sign_in_by_username("anne.harju", "1").actor
    spec = office()
    with pytest.raises(DeskError, match="does not allow managing services"):
        plan_setup(database, spec, actor=advisor)
    # Skills, yes; a new person, no.
    more_skills = replace(
        spec, staff=(replace(spec.staff[0], skills=("town-advice",)), *spec.staff[1:])
    )
    assert apply_setup(database, more_skills, actor=supervisor).plan.of(Kind.STAFF)
    newcomer = replace(spec.staff[0], username="uusi.ihminen", full_name="Uusi Ihminen")
    plan = plan_setup(database, replace(spec, staff=(*spec.staff, newcomer)), actor=supervisor)
    assert any("only IT adds" in refusal.english() for refusal in plan.refusals)


def test_the_change_feed_tells_consoles_the_setup_changed(database: Database) -> None:
    from console.store.feed import read_changes, start_cursor

    apply_setup(database, office())
    cursor = start_cursor(database)
    spec = office()
    apply_setup(
        database,
        replace(spec, counters=(*spec.counters, CounterSpec("3", Names("P3", "S3", "D3")))),
    )
    changes = read_changes(database, cursor)
    assert changes.setup
    assert not changes.visit_ids


def test_the_demo_is_a_desk_file_like_any_other(demo_database: Database) -> None:
    from console.core.demo import load_demo_desk
    from console.desk.desk import demo_data_file

    demo = load_demo_desk(demo_data_file())
    assert current_desk(demo_database) == demo.desk
    assert dump_desk(demo.desk) == export_desk(demo_database)
    with transaction(demo_database) as tx:
        assert tx.setup_facts().waiting  # the demo's visitors are waiting


def test_a_file_without_it_staff_is_refused_rather_than_locking_it_out(
    database: Database,
) -> None:
    apply_setup(database, office())
    spec = office()
    without_it = replace(spec, staff=tuple(m for m in spec.staff if m.username != "it.tuki"))

    with pytest.raises(DeskPlanRefused) as refused:
        apply_setup(database, without_it)

    assert "the file has no IT staff member, so it.tuki would be switched off" in (
        refused.value.message.english()
    )
    assert current_desk(database) == spec
