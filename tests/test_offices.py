"""Many offices in one database (issue 19): each office numbers its own tickets, calls
its own visitors, lists its own queue and counters, and follows its own changes;
agencies, services and staff are shared, and an office offers the services it names."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest
from pytestqt.qtbot import QtBot
from queue_kit import at, empty_demo, one_office_demo
from sqlalchemy import text

from console.core.desk_file import CounterSpec, OfficeSpec
from console.core.queue import utc_now
from console.core.records import Names
from console.core.steps import StepAction
from console.desk.desk import Desk
from console.desk.errors import DeskError
from console.desk.feed import LiveDesk
from console.store.database import Database
from console.store.feed import ChangeListener
from console.store.queries import transaction

ULVILA = OfficeSpec(
    "ulvila",
    Names("Ulvilan yhteispalvelupiste", "Ulvsby samservicepunkt", "Ulvila Joint Service Point"),
    ("kela-general", "kela-family", "vero-taxcard"),
)


def two_offices(database: Database) -> tuple[Desk, Desk]:
    """The demo desk as office "pori", and a small office "ulvila" with counters U1 and
    U2 offering Kela's and the tax card: a desk for each, nobody waiting."""
    demo = one_office_demo()
    counters = (
        CounterSpec("U1", Names("Ulvila 1", "Ulvsby 1", "Ulvila 1"), office="ulvila"),
        CounterSpec("U2", Names("Ulvila 2", "Ulvsby 2", "Ulvila 2"), office="ulvila"),
    )
    demo = replace(demo, code="pori", offices=(ULVILA,), counters=demo.counters + counters)
    assert Desk(database).seed_demo(demo, now=at(7))
    return Desk(database, site="pori"), Desk(database, site="ulvila")


def johanna_serves_taxes_at_ulvila(database: Database) -> None:
    """In Ulvila Johanna serves the tax card only (her skills there), as IT's desk file
    would say with ``skills_at = { ulvila = ["vero-taxcard"] }``."""
    with transaction(database) as tx:
        spec = tx.desk_spec()
        assert spec is not None
        staff = tuple(
            replace(m, office_skills=(("ulvila", ("vero-taxcard",)),))
            if m.username == "johanna.lindholm"
            else m
            for m in spec.staff
        )
        tx.write_desk(replace(spec, staff=staff))


def test_each_office_numbers_its_own_tickets(database: Database) -> None:
    pori, ulvila = two_offices(database)
    first = pori.queue.issue(["kela-general"], now=at(9))
    there = ulvila.queue.issue(["kela-general"], now=at(9, 1))
    second = pori.queue.issue(["kela-general"], now=at(9, 2))
    assert (first.ticket_number, there.ticket_number, second.ticket_number) == (
        "K001",
        "K001",
        "K002",
    )
    with database.engine.connect() as connection:
        rows = connection.execute(
            text(
                "SELECT site.code, visit.ticket_number FROM visit JOIN site"
                " ON site.id = visit.site_id ORDER BY visit.id"
            )
        ).all()
    assert [tuple(row) for row in rows] == [("pori", "K001"), ("ulvila", "K001"), ("pori", "K002")]


def test_call_next_calls_only_the_visitors_of_its_own_office(database: Database) -> None:
    pori, ulvila = two_offices(database)
    # Ulvila's visitor has waited longest; a counter in Pori still never calls them.
    waiting_there = ulvila.queue.issue(["kela-general"], now=at(8))
    waiting_here = pori.queue.issue(["kela-general"], now=at(9))
    at_pori = pori.sign_in_by_username("aino.virtanen", "T1").actor
    at_ulvila = ulvila.sign_in_by_username("johanna.lindholm", "U1").actor

    called = pori.queue.call_next(at_pori, now=at(9, 30))
    assert called is not None
    assert called.step.visit_id == waiting_here.visit_id
    assert (
        pori.queue.call_next(pori.sign_in_by_username("riikka.laine", "T2").actor, now=at(9, 31))
        is None
    )

    called_there = ulvila.queue.call_next(at_ulvila, now=at(9, 32))
    assert called_there is not None
    assert called_there.step.visit_id == waiting_there.visit_id
    with database.engine.connect() as connection:
        rows = connection.execute(
            text(
                "SELECT visit_step.visit_id, counter.code FROM visit_step"
                " JOIN counter ON counter.id = visit_step.counter_id ORDER BY visit_step.visit_id"
            )
        ).all()
    assert [tuple(row) for row in rows] == [
        (waiting_there.visit_id, "U1"),
        (waiting_here.visit_id, "T1"),
    ]


def test_an_office_shows_its_own_queue_counters_and_services(database: Database) -> None:
    pori, ulvila = two_offices(database)
    pori.queue.issue(["vero-taxcard"], now=at(9))
    ulvila.queue.issue(["vero-taxcard"], now=at(9, 1))
    ulvila.queue.issue(["kela-family"], now=at(9, 2))

    here = pori.snapshot()
    there = ulvila.snapshot()
    assert [step.ticket_number for step in here.waiting] == ["V001"]
    assert [step.ticket_number for step in there.waiting] == ["V001", "KP001"]
    assert [counter.code for counter in there.counters] == ["U1", "U2"]
    assert "U1" not in {counter.code for counter in here.counters}
    assert [service.code for service in there.services] == list(ULVILA.services)
    assert len(here.services) == len(empty_demo().services)
    waiting = {queue.service.code: queue.waiting for queue in there.queues}
    assert waiting == {"kela-general": 0, "kela-family": 1, "vero-taxcard": 1}
    assert there.site is not None
    assert there.site.fi == "Ulvilan yhteispalvelupiste"


def test_a_service_the_office_does_not_offer_is_refused_by_name(database: Database) -> None:
    _pori, ulvila = two_offices(database)
    with pytest.raises(DeskError) as refused:
        ulvila.queue.issue(["poliisi-passport"], now=at(9))
    assert str(refused.value) == (
        "poliisi-passport is not offered at this office. "
        "Services here: kela-family, kela-general, vero-taxcard."
    )
    with database.engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM visit")).scalar_one() == 0


def test_an_office_the_database_does_not_have_is_named_with_the_ones_it_has(
    database: Database,
) -> None:
    two_offices(database)
    with pytest.raises(DeskError) as refused:
        Desk(database, site="harjavalta").queue.issue(["kela-general"], now=at(9))
    assert str(refused.value) == (
        "The database has no office harjavalta. Offices: pori, ulvila. "
        "Check the desk.site setting with IT."
    )


def test_the_change_feed_of_an_office_brings_its_own_visits(database: Database) -> None:
    pori, ulvila = two_offices(database)
    here = LiveDesk(database, site_id=pori.office.resolve(database))
    here.start()
    there_visit = ulvila.queue.issue(["kela-general"], now=at(9))
    assert here.delta() is None
    here_visit = pori.queue.issue(["kela-general"], now=at(9, 1))
    delta = here.delta()
    assert delta is not None
    assert delta.changes.visit_ids == {here_visit.visit_id}
    assert [step.visit_id for step in delta.steps] == [here_visit.visit_id]
    everywhere = LiveDesk(database)
    everywhere.start()
    ulvila.queue.issue(["kela-family"], now=at(9, 2))
    seen = everywhere.delta()
    assert seen is not None
    assert there_visit.visit_id not in seen.changes.visit_ids
    assert len(seen.changes.visit_ids) == 1


def test_postgres_wakes_an_office_only_for_its_own_queue(database: Database) -> None:
    if database.dialect != "postgresql":
        pytest.skip("SQLite's consoles poll one file; channels are PostgreSQL's")
    pori, ulvila = two_offices(database)
    listener = ChangeListener(database, pori.office.resolve(database))
    listener.connect()
    try:
        listener.drain()
        ulvila.queue.issue(["kela-general"], now=at(9))
        assert listener.wait(0.5) is False
        pori.queue.issue(["kela-general"], now=at(9, 1))
        assert listener.wait(5) is True
    finally:
        listener.close()


def test_the_lobby_display_shows_the_calls_of_its_own_office(database: Database) -> None:
    pori, ulvila = two_offices(database)
    pori.queue.issue(["kela-general"], now=at(9))
    ulvila.queue.issue(["kela-general"], now=at(9, 1))
    ulvila.queue.call_next(ulvila.sign_in_by_username("johanna.lindholm", "U1").actor, now=at(9, 2))
    assert [call.counter.code for call in ulvila.queue.display(now=at(9, 3)).called] == ["U1"]
    assert pori.queue.display(now=at(9, 3)).called == ()


def test_a_step_is_held_to_its_visits_office_by_the_database(database: Database) -> None:
    """Even a writer that skips the desk (raw SQL) cannot put a visit's step in another
    office's queue: a trigger refuses it on both databases."""
    pori, ulvila = two_offices(database)
    visit = pori.queue.issue(["kela-general"], now=at(9))
    with transaction(database) as tx:
        other = tx.site_id("ulvila")
    with (
        pytest.raises(Exception, match="belongs to its visit's office"),
        database.engine.begin() as connection,
    ):
        connection.execute(
            text("UPDATE visit_step SET site_id = :other WHERE visit_id = :visit"),
            {"other": other, "visit": visit.visit_id},
        )
    assert [step.ticket_number for step in pori.snapshot().waiting] == ["K001"]
    assert ulvila.snapshot().waiting == ()


DESK_FILE = """
[desk]
format = 2
code = "kankaanpaa"
name_fi = "Kankaanpää"
name_sv = "Kankaanpää"
name_en = "Kankaanpää"

[[office]]
code = "honkajoki"
name_fi = "Honkajoki"
name_sv = "Honkajoki"
name_en = "Honkajoki"
services = ["kela-benefits"]
welcome_fi = "Tervetuloa Honkajoelle!"
welcome_sv = "Välkommen till Honkajoki!"
welcome_en = "Welcome to Honkajoki!"

[[agency]]
code = "kela"
short_fi = "Kela"
short_sv = "FPA"
short_en = "Kela"
name_fi = "Kela"
name_sv = "FPA"
name_en = "Kela"

[[service]]
code = "kela-benefits"
agency = "kela"
prefix = "K"
target_wait_minutes = 20
name_fi = "Kela"
name_sv = "FPA"
name_en = "Kela"

[[service]]
code = "town-advice"
agency = "kela"
prefix = "A"
target_wait_minutes = 20
name_fi = "Neuvonta"
name_sv = "Rådgivning"
name_en = "Advice"

[[counter]]
code = "1"
name_fi = "Tiski 1"
name_sv = "Disk 1"
name_en = "Counter 1"

[[counter]]
code = "H1"
name_fi = "Honkajoki 1"
name_sv = "Honkajoki 1"
name_en = "Honkajoki 1"
office = "{office}"
"""


def test_a_desk_file_of_two_offices_reads_applies_and_exports_the_same(
    database: Database,
) -> None:
    from console.core.desk_file import parse_desk
    from console.core.desk_toml import dump_desk

    desk = parse_desk(DESK_FILE.replace("{office}", "honkajoki"), "offices.toml").desk
    assert (desk.code, [o.code for o in desk.offices]) == ("kankaanpaa", ["honkajoki"])
    assert [(c.code, c.office) for c in desk.counters] == [("1", ""), ("H1", "honkajoki")]
    with transaction(database) as tx:
        tx.write_desk(desk)
    with transaction(database) as tx:
        stored = tx.desk_spec()
        assert [office.code for office in tx.offices()] == ["kankaanpaa", "honkajoki"]
    assert stored == desk
    assert parse_desk(dump_desk(stored), "exported.toml").desk == desk
    here, there = Desk(database, site="kankaanpaa"), Desk(database, site="honkajoki")
    assert [c.code for c in here.counters()] == ["1"]
    assert [c.code for c in there.counters()] == ["H1"]
    assert [s.code for s in there.catalogue()[2]] == ["kela-benefits"]
    welcome = there.lobby().kiosk_welcome
    assert welcome is not None
    assert welcome.sv == "Välkommen till Honkajoki!"
    assert here.lobby().kiosk_welcome is None


def test_a_counter_in_an_office_the_file_lacks_is_named_with_its_line() -> None:
    from console.core.desk_file import DeskFileError, parse_desk

    with pytest.raises(DeskFileError) as refused:
        parse_desk(DESK_FILE.replace("{office}", "honkajokki"), "offices.toml")
    assert [str(problem) for problem in refused.value.problems] == [
        "offices.toml, line 57: counter H1 stands in office honkajokki, which the file does"
        ' not have; add an [[office]] with code = "honkajokki" or correct the name'
    ]


def test_a_ticket_number_is_found_at_its_own_office(database: Database) -> None:
    """K001 is a ticket at both offices: each desk finds its own."""
    pori, ulvila = two_offices(database)
    here = pori.queue.issue(["kela-general"], now=at(9))
    there = ulvila.queue.issue(["kela-general"], now=at(9, 1))
    reader = pori.sign_in_by_username("kaisa.mattila", None).actor
    assert pori.queue.find_ticket(reader, "K001", now=at(9, 5)).visit_id == here.visit_id
    reader = ulvila.sign_in_by_username("kaisa.mattila", "U2").actor
    assert ulvila.queue.find_ticket(reader, "k001", now=at(9, 5)).visit_id == there.visit_id


def test_an_office_offers_the_life_events_whose_every_service_it_offers(
    database: Database,
) -> None:
    pori, ulvila = two_offices(database)
    everything = [event.code for event in pori.queue.life_events()]
    assert len(everything) == len(empty_demo().life_events)
    # Each demo life event needs a service Ulvila does not offer (DVV, employment).
    assert ulvila.queue.life_events() == []
    assert ulvila.snapshot().life_events == ()
    assert [event.code for event in pori.snapshot().life_events] == everything


def test_reports_count_one_office_or_every_office(database: Database) -> None:
    from console.core.reports import CostMethod
    from console.core.steps import StepAction

    pori, ulvila = two_offices(database)
    for desk, counter, visitors in ((pori, "T1", 3), (ulvila, "U1", 2)):
        advisor = desk.sign_in_by_username("johanna.lindholm", counter).actor
        for number in range(visitors):
            desk.queue.issue(["kela-general"], now=at(9, number))
            called = desk.queue.call_next(advisor, now=at(10, number * 10))
            assert called is not None
            desk.queue.act(
                advisor, called.step.step_id, StepAction.FINISH, now=at(10, number * 10 + 5)
            )
    boss = pori.sign_in_by_username("kaisa.mattila", None).actor
    day = at(9).date()

    def served(office: str) -> object:
        return pori.reports.report(boss, day, day, office=office).total.figures["served"]

    assert (served(""), served("pori"), served("ulvila")) == (5, 3, 2)
    # A saved report says whose figures it holds.
    from console.core.report_tables import cost_table, figures_table, forecast_table

    def english(message: Any) -> str:
        return str(message.english())

    one = figures_table(pori.reports.report(boss, day, day, office="ulvila"), english)
    every = figures_table(pori.reports.report(boss, day, day), english)
    assert one.subtitle == f"From {day} to {day}, office ulvila"
    assert every.subtitle == f"From {day} to {day}"
    ahead = forecast_table(pori.reports.forecast(boss, day, office="ulvila"), english)
    assert ahead.subtitle.endswith(", office ulvila")
    split = pori.reports.cost_split(boss, day, day, 500, CostMethod.STEPS, office="ulvila")
    kela = {share.agency: share.served for share in split.shares}["kela"]
    assert kela == 2  # Ulvila's two, not Pori's three
    costs = cost_table(split, day.isoformat(), day.isoformat(), english)
    assert costs.subtitle == f"From {day} to {day}, office ulvila"
    with pytest.raises(DeskError) as refused:
        pori.reports.report(boss, day, day, office="harjavalta")
    assert str(refused.value) == "There is no office harjavalta. Offices: pori, ulvila."


def test_a_regional_supervisor_switches_the_floor_between_offices(
    database: Database, qtbot: QtBot
) -> None:
    from console.ui.floor.window import FloorWindow

    pori, ulvila = two_offices(database)
    ulvila.queue.issue(["vero-taxcard"], now=utc_now())
    window = FloorWindow(pori, pori.sign_in_by_username("kaisa.mattila", "T1"), refresh_ms=600_000)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.refreshed, timeout=20_000):
        window.start()
    assert window.office_box.isVisible()
    assert [window.office_box.itemText(i) for i in range(window.office_box.count())] == [
        "Porin yhteispalvelupiste",
        "Ulvilan yhteispalvelupiste",
    ]
    assert "U1" not in {row.code for row in window.counter_model.rows()}
    with qtbot.waitSignal(window.refreshed, timeout=20_000):
        window.office_box.setCurrentIndex(1)
    assert [row.code for row in window.counter_model.rows()] == ["U1", "U2"]
    waiting = {row.queue.service.code: row.queue.waiting for row in window.service_model.rows()}
    assert waiting["vero-taxcard"] == 1
    assert set(waiting) == set(ULVILA.services)


def test_a_specialist_answers_every_office_and_sees_which_one_asks(database: Database) -> None:
    from console.core.steps import StepAction
    from console.ui.consult.inbox import asked_by

    pori, ulvila = two_offices(database)
    ulvila.queue.issue(["kela-general"], now=utc_now())
    advisor = ulvila.sign_in_by_username("johanna.lindholm", "U1").actor
    called = ulvila.queue.call_next(advisor)
    assert called is not None
    ulvila.queue.act(advisor, called.step.step_id, StepAction.START)
    kela = next(agency.id for agency in ulvila.snapshot().agencies if agency.code == "kela")
    asked = ulvila.consult.ask(advisor, called.step.visit_id, kela, "Asumistuen tulorajat?")

    specialist = pori.sign_in_by_username("paivi.lehtonen", "R1").actor
    inbox = pori.consult.inbox(specialist)
    assert [consult.id for consult in inbox] == [asked.id]
    assert inbox[0].office is not None
    assert inbox[0].office.fi == "Ulvilan yhteispalvelupiste"
    assert asked_by(inbox[0]) == "Johanna Lindholm · Ulvilan yhteispalvelupiste, U1"
    accepted = pori.consult.accept(specialist, asked.id)
    assert accepted.accepted_by == "Päivi Lehtonen"


def test_the_wait_estimates_count_the_staff_at_the_office(database: Database) -> None:
    pori, _ulvila = two_offices(database)
    now = utc_now()
    advisor = pori.sign_in_by_username("johanna.lindholm", "T1").actor
    pori.queue.open_session(advisor, now=now)
    with transaction(database) as tx:
        here, there = tx.site_id("pori"), tx.site_id("ulvila")
        kela = next(s.id for s in tx.services() if s.code == "kela-general")
        assert tx.staff_on_duty(now)[kela] == 1
        assert tx.staff_on_duty(now, here)[kela] == 1
        assert kela not in tx.staff_on_duty(now, there)


def test_the_kiosk_keeps_its_own_offices_opening_hours(database: Database) -> None:
    from console.core.hours import parse_hours

    demo = one_office_demo()
    tuesdays = replace(ULVILA, hours=parse_hours(["tue 09:00-12:00"]))
    counter = CounterSpec("U1", Names("Ulvila 1", "Ulvsby 1", "Ulvila 1"), office="ulvila")
    demo = replace(demo, code="pori", offices=(tuesdays,), counters=(*demo.counters, counter))
    assert Desk(database).seed_demo(demo, now=at(7))
    pori, ulvila = Desk(database, site="pori"), Desk(database, site="ulvila")
    thursday = at(10)  # the test day is a Thursday
    assert pori.queue.issue(["kela-general"], source="kiosk", now=thursday).ticket_number == "K001"
    with pytest.raises(DeskError, match="is closed now"):
        ulvila.queue.issue(["kela-general"], source="kiosk", now=thursday)
    tuesday = at(10).replace(day=10)
    assert ulvila.queue.issue(["kela-general"], source="kiosk", now=tuesday).ticket_number == "K001"


def test_a_persons_skills_at_an_office_take_their_usual_ones_place_there(
    database: Database,
) -> None:
    """Johanna serves Kela's families in Pori, but in Ulvila only the tax card: call next
    there calls by her skills there, on both databases (tiski_call_next and the
    transaction), and a plan for the day still wins."""
    pori, ulvila = two_offices(database)
    demo = one_office_demo()
    johanna = next(m for m in demo.staff if m.username == "johanna.lindholm")
    assert "kela-family" in johanna.skills
    johanna_serves_taxes_at_ulvila(database)
    family = ulvila.queue.issue(["kela-family"], now=at(9))
    taxes = ulvila.queue.issue(["vero-taxcard"], now=at(9, 5))
    at_ulvila = ulvila.sign_in_by_username("johanna.lindholm", "U1").actor
    called = ulvila.queue.call_next(at_ulvila, now=at(9, 30))
    assert called is not None
    assert called.step.visit_id == taxes.visit_id  # not the family, who waited longer
    ulvila.queue.act(at_ulvila, called.step.step_id, StepAction.FINISH, now=at(9, 35))
    assert ulvila.queue.call_next(at_ulvila, now=at(9, 36)) is None
    # In Pori her usual skills hold.
    pori.queue.issue(["kela-family"], now=at(9, 40))
    at_pori = pori.sign_in_by_username("johanna.lindholm", "T3").actor
    called_here = pori.queue.call_next(at_pori, now=at(9, 41))
    assert called_here is not None
    assert called_here.step.service_code == "kela-family"
    with transaction(database) as tx:
        stored = tx.desk_spec()
    assert stored is not None
    kept = next(m for m in stored.staff if m.username == "johanna.lindholm")
    assert kept.office_skills == (("ulvila", ("vero-taxcard",)),)
    assert family.visit_id not in {s.visit_id for s in ulvila.queue.at_counter(at_ulvila)}


def test_skills_at_an_office_the_file_lacks_are_named() -> None:
    from console.core.desk_file import DeskFileError, parse_desk

    text = DESK_FILE.replace("{office}", "honkajoki") + (
        '\n[[staff]]\nusername = "leena.koski"\nfull_name = "Leena Koski"\nrole = "advisor"\n'
        'skills = ["kela-benefits"]\nskills_at = { honkajokki = ["kela-benefits"] }\n'
    )
    with pytest.raises(DeskFileError) as refused:
        parse_desk(text, "offices.toml")
    assert [str(problem) for problem in refused.value.problems] == [
        "offices.toml, line 64: staff member leena.koski has skills at office honkajokki,"
        " which the file does not have; add the [[office]] or correct the name"
    ]
    good = parse_desk(text.replace("honkajokki", "honkajoki"), "offices.toml").desk
    assert good.staff[0].office_skills == (("honkajoki", ("kela-benefits",)),)


def test_the_floor_of_an_office_counts_what_it_served_today(database: Database) -> None:
    pori, ulvila = two_offices(database)
    now = utc_now()
    ulvila.queue.issue(["vero-taxcard"], now=now)
    advisor = ulvila.sign_in_by_username("johanna.lindholm", "U1").actor
    johanna_serves_taxes_at_ulvila(database)
    called = ulvila.queue.call_next(advisor, now=now)
    assert called is not None
    ulvila.queue.act(advisor, called.step.step_id, StepAction.FINISH, now=now)
    boss = pori.sign_in_by_username("kaisa.mattila", "T1").actor

    def served(office: str) -> int:
        view = pori.floor.floor(boss, office=office)
        return sum(row.served_today for row in view.services)

    assert (served(""), served("pori"), served("ulvila")) == (0, 0, 1)


def test_an_appointment_is_booked_listed_and_checked_in_at_its_office(
    database: Database,
) -> None:
    pori, ulvila = two_offices(database)
    guide = ulvila.sign_in_by_username("sanna.heinonen", "U2").actor
    booked = ulvila.queue.book(guide, "kela-general", at(10), visitor_name="Eero", now=at(8))
    assert [a.booking_code for a in ulvila.queue.appointments_on(guide, at(8))] == [
        booked.booking_code
    ]
    here = pori.sign_in_by_username("mikael.sjoberg", "T1").actor
    assert pori.queue.appointments_on(here, at(8)) == []
    with pytest.raises(DeskError) as refused:
        pori.queue.check_in(booked.booking_code, now=at(9, 50))
    assert str(refused.value) == (
        f"The appointment {booked.booking_code} is booked at Ulvilan yhteispalvelupiste."
        " Please check in there, or ask at the lobby."
    )
    ticket = ulvila.queue.check_in(booked.booking_code, now=at(9, 50))
    assert [s.ticket_number for s in ulvila.snapshot().waiting] == [ticket.ticket_number]
    assert pori.snapshot().waiting == ()


def test_the_floor_counts_only_the_staff_present_at_its_office(database: Database) -> None:
    pori, ulvila = two_offices(database)
    now = utc_now()
    pori.queue.issue(["kela-family"], now=now)
    advisor = ulvila.sign_in_by_username("johanna.lindholm", "U1").actor
    ulvila.queue.open_session(advisor, now=now)
    boss = pori.sign_in_by_username("kaisa.mattila", "T1").actor

    def servable(office: str) -> bool:
        view = pori.floor.floor(boss, office=office)
        return next(r.can_be_served for r in view.services if r.queue.service.code == "kela-family")

    assert servable("ulvila") is True
    # Nobody at Pori serves families: the floor there says so, whoever is at Ulvila.
    assert servable("pori") is False
