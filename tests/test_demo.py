"""The demo desk: a realistic Pori desk in any database."""

from __future__ import annotations

from collections import Counter
from datetime import datetime, timedelta
from pathlib import Path
from uuid import uuid4

import pytest
from sqlalchemy import text

from console.core.cases import NoteDraft
from console.core.demo import DemoDataError, load_demo_desk
from console.core.queue import DESK_TIMEZONE, Role, utc_now
from console.desk.desk import Desk, demo_data_file
from console.store.database import Database

HOUSING_TITLES = {
    "fi": "Asumistuki: tarkistuslista",
    "sv": "Bostadsbidrag: checklista",
    "en": "Housing allowance: checklist",
}

AGENCIES = {"pori", "kela", "vero", "dvv", "poliisi", "tyollisyys"}


def test_seeding_writes_the_pori_desk(database: Database) -> None:
    desk = Desk(database)
    assert desk.seed_demo()
    snapshot = desk.snapshot()
    assert {agency.code for agency in snapshot.agencies} == AGENCIES
    assert snapshot.site is not None
    assert snapshot.site.fi == "Porin yhteispalvelupiste"
    names = {agency.code: agency.names for agency in snapshot.agencies}
    assert names["vero"].fi == "Verohallinto"
    assert names["kela"].sv == "FPA"
    city_services = [s for s in snapshot.services if s.agency_code == "pori"]
    assert len(city_services) >= 3
    prefixes = [service.prefix for service in snapshot.services]
    assert len(prefixes) == len(set(prefixes))
    roles = {member.role for member in desk.staff()}
    assert {Role.GUIDE, Role.ADVISOR, Role.SPECIALIST, Role.SUPERVISOR, Role.IT} <= roles
    assert any(counter.remote for counter in desk.counters())


def test_demo_visits_wait_in_order_with_unique_tickets(database: Database) -> None:
    desk = Desk(database)
    desk.seed_demo()
    waiting = desk.snapshot().waiting
    assert len(waiting) >= 20
    tickets = [step.ticket_number for step in waiting]
    assert len(tickets) == len(set(tickets))
    # Longest waiting first, and a multi-service visit waits only for its first service.
    assert [step.queued_at for step in waiting] == sorted(step.queued_at for step in waiting)
    assert all(step.position == 1 for step in waiting)
    assert any(step.step_count > 1 for step in waiting)
    assert {step.language.value for step in waiting} == {"fi", "sv", "en"}
    with database.engine.connect() as connection:
        steps = connection.execute(text("SELECT count(*) FROM visit_step")).scalar()
    assert steps is not None
    assert steps > len(waiting)


def test_queue_counts_match_the_waiting_tickets(database: Database) -> None:
    desk = Desk(database)
    desk.seed_demo()
    snapshot = desk.snapshot()
    assert sum(q.waiting for q in snapshot.queues) == len(snapshot.waiting)
    now = utc_now()
    assert any(q.over_target(now) for q in snapshot.queues)


def test_seeding_twice_leaves_the_desk_alone(database: Database) -> None:
    desk = Desk(database)
    assert desk.seed_demo()
    before = desk.snapshot().waiting
    assert not desk.seed_demo()
    assert desk.snapshot().waiting == before


def _yesterday_noon() -> datetime:
    """Midday of the day before at the desk: five minutes later is still that day."""
    today = utc_now().astimezone(DESK_TIMEZONE)
    return today.replace(hour=12, minute=0) - timedelta(days=1)


def test_a_demo_from_an_earlier_day_gets_todays_visitors(database: Database) -> None:
    desk = Desk(database)
    yesterday = _yesterday_noon()
    desk.seed_demo(now=yesterday)
    assert not desk.refresh_demo_visits(now=yesterday + timedelta(minutes=5))
    assert desk.refresh_demo_visits()
    newest = max(step.queued_at for step in desk.snapshot().waiting)
    assert utc_now() - newest < timedelta(hours=1)


def _service_id(desk: Desk, code: str) -> int:
    return next(s.id for s in desk.snapshot().services if s.code == code)


def test_every_templated_service_has_its_templates_in_all_three_languages() -> None:
    demo = load_demo_desk(demo_data_file())
    services = {service.code: service.agency for service in demo.services}
    assert {t.service for t in demo.templates} <= set(services)
    assert {services[t.service] for t in demo.templates} == AGENCIES
    counts = Counter((t.service, t.language.value) for t in demo.templates)
    for service in {t.service for t in demo.templates}:
        assert counts[service, "fi"] == counts[service, "sv"] == counts[service, "en"] > 0
    for template in demo.templates:
        assert "- [ ] " in template.body
        assert "___" in template.body


def _template(service: str = "kela-general", language: str = "fi", title: str = "Testi") -> str:
    return (
        f'[[note_template]]\nservice = "{service}"\nlanguage = "{language}"\n'
        f'title = "{title}"\nbody = """\n- [ ] Testi\n"""\n'
    )


@pytest.mark.parametrize(
    ("template", "problem"),
    [
        (_template(service="kela-housing"), "names service kela-housing, which the file does"),
        (_template(language="de"), "language 'de' is not fi, sv or en"),
        (_template(title=" "), "title is empty"),
        (_template().replace("- [ ] Testi", " "), "note template Testi has no body text"),
        (_template() + _template(), "Testi of service kela-general in fi is given twice"),
    ],
)
def test_a_faulty_template_is_named(tmp_path: Path, template: str, problem: str) -> None:
    faulty = tmp_path / "desk.toml"
    faulty.write_text(
        demo_data_file().read_text(encoding="utf-8") + "\n" + template, encoding="utf-8"
    )
    with pytest.raises(DemoDataError, match=problem):
        load_demo_desk(faulty)


def test_seeding_writes_the_kela_housing_allowance_checklist(database: Database) -> None:
    desk = Desk(database)
    desk.seed_demo()
    kela = _service_id(desk, "kela-general")
    for language, title in HOUSING_TITLES.items():
        templates = desk.cases.templates(kela, language)
        assert {t.language for t in templates} == {language}
        housing = next(t for t in templates if t.title == title)
        assert housing.service_id == kela
        assert "- [ ] " in housing.body
    fi = desk.cases.templates(kela, "fi")
    assert "Yhteenveto asioinnista" in {t.title for t in fi}
    body = next(t.body for t in fi if t.title == HOUSING_TITLES["fi"])
    assert "Kaikkien ruokakunnan jäsenten tulot: ___" in body
    demo = load_demo_desk(demo_data_file())
    with database.engine.connect() as connection:
        stored = connection.execute(text("SELECT count(*) FROM note_template")).scalar()
    assert stored == len(demo.templates)


def test_new_demo_visitors_leave_cases_and_notes_of_earlier_visits(database: Database) -> None:
    desk = Desk(database, identity_key=lambda: b"k" * 32)
    yesterday = _yesterday_noon()
    desk.seed_demo(now=yesterday)
    advisor = desk.sign_in_by_username("aino.virtanen", "T1").actor
    visit_id = desk.snapshot().waiting[0].visit_id
    case = desk.cases.open_case(advisor, visit_id, now=yesterday)
    note = desk.cases.write_note(
        advisor,
        NoteDraft(case.id, "Asumistuen liitteet tarkistettu.", str(uuid4()), visit_id=visit_id),
        now=yesterday,
    )
    assert note.visit_id == visit_id

    assert desk.refresh_demo_visits()

    notes = desk.cases.case_view(advisor, case.id).notes
    assert [(n.id, n.text, n.visit_id) for n in notes] == [
        (note.id, "Asumistuen liitteet tarkistettu.", None)
    ]
    with database.engine.connect() as connection:
        links = connection.execute(text("SELECT count(*) FROM case_visit")).scalar()
        templates = connection.execute(text("SELECT count(*) FROM note_template")).scalar()
    assert links == 0
    assert templates == len(load_demo_desk(demo_data_file()).templates)


def test_the_demo_has_a_second_office_with_its_own_queue(database: Database) -> None:
    """Issue 19: Ulvila, a small office in the same database, with its own counters,
    services and visitors; its K001 is not Pori's."""
    assert Desk(database).seed_demo()
    pori, ulvila = Desk(database, site="pori"), Desk(database, site="ulvila")
    there = ulvila.snapshot()
    assert there.site is not None
    assert there.site.fi == "Ulvilan yhteispalvelupiste"
    assert [counter.code for counter in there.counters] == ["U1", "U2"]
    assert [step.ticket_number for step in there.waiting] == ["K001", "V001"]
    assert "K001" in {step.ticket_number for step in pori.snapshot().waiting}
    assert len(there.services) == 5


def test_a_demo_made_before_offices_gets_todays_visitors_in_its_one_office(
    database: Database,
) -> None:
    """A demo database from before migration 0022 has one office, "main", and no
    Ulvila: refreshing its visitors puts Pori's there and leaves Ulvila's out."""
    desk = Desk(database)
    yesterday = _yesterday_noon()
    desk.seed_demo(now=yesterday)
    with database.engine.begin() as connection:
        connection.execute(text("DELETE FROM counter WHERE code IN ('U1', 'U2')"))
        connection.execute(text("DELETE FROM visit_step WHERE site_id <> 1"))
        connection.execute(text("DELETE FROM visit WHERE site_id <> 1"))
        connection.execute(text("DELETE FROM site_service WHERE site_id <> 1"))
        connection.execute(text("DELETE FROM ticket_counter WHERE site_id <> 1"))
        connection.execute(text("DELETE FROM staff_office_skill"))
        connection.execute(text("DELETE FROM site WHERE id <> 1"))
        connection.execute(text("UPDATE site SET code = 'main'"))
    assert desk.refresh_demo_visits()
    demo = load_demo_desk(demo_data_file())
    pori_visits = [visit for visit in demo.visits if not visit.office]
    assert len(desk.snapshot().waiting) == len(pori_visits)
