"""Remote specialists through the desk, on SQLite and PostgreSQL."""

from __future__ import annotations

import threading
import uuid
from datetime import timedelta

import pytest
from queue_kit import actor, at, fresh_desk, minutes
from sqlalchemy import text

from console.core.cases import NoteDraft
from console.core.consult import ConsultState, Presence
from console.core.identity import VisitorIdentity, parse_identity_code
from console.core.queue import Language, StepState
from console.desk.desk import Desk
from console.desk.errors import DeskError
from console.desk.queue import Actor
from console.store.database import Database

TEMPLATE = "https://video.example/{room}"


@pytest.fixture
def desk(database: Database) -> Desk:
    fresh_desk(database)
    return Desk(database, identity_key=lambda: b"k" * 32, video_template=TEMPLATE)


def _agency(desk: Desk, code: str) -> int:
    return next(a.id for a in desk.snapshot().agencies if a.code == code)


def _serving(desk: Desk, advisor: Actor, service: str = "kela-general") -> int:
    """A visit called to the advisor's counter; its visit id."""
    desk.queue.issue([service], language=Language.FI, now=at(9))
    called = desk.queue.call_next(advisor, now=at(9, 5))
    assert called is not None
    return called.step.visit_id


def _second_kela_specialist(database: Database) -> None:
    with database.engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO staff (username, full_name, role, agency_id, active)"
                " SELECT 'olli.kela', 'Olli Ojala', 'specialist', id, :yes FROM agency"
                " WHERE code = 'kela'"
            ),
            {"yes": True},
        )


def test_a_request_reaches_the_agencys_inbox_only(desk: Desk) -> None:
    advisor = actor(desk, "aino.virtanen", "T1")
    kela = actor(desk, "paivi.lehtonen", "R1")
    vero = actor(desk, "markku.salonen", "R2")
    visit = _serving(desk, advisor)
    asked = desk.consult.ask(
        advisor, visit, _agency(desk, "kela"), "Asumistuen tulorajat?", topic="asumistuki"
    )
    assert asked.state is ConsultState.OPEN
    assert asked.expires_at - asked.requested_at == timedelta(minutes=10)
    inbox = desk.consult.inbox(kela)
    assert [(c.id, c.question, c.requested_by) for c in inbox] == [
        (asked.id, "Asumistuen tulorajat?", "Aino Virtanen")
    ]
    assert desk.consult.inbox(vero) == []
    with pytest.raises(DeskError, match="already has a request"):
        desk.consult.ask(advisor, visit, _agency(desk, "kela"), "Uudestaan")
    with pytest.raises(DeskError, match=r"Your role \(service advisor\) does not allow answering"):
        desk.consult.inbox(advisor)


def test_asking_needs_the_visit_at_my_counter_and_a_question(desk: Desk) -> None:
    advisor = actor(desk, "aino.virtanen", "T1")
    other = actor(desk, "johanna.lindholm", "T2")
    visit = _serving(desk, advisor)
    with pytest.raises(DeskError, match="only for the visit at your counter"):
        desk.consult.ask(other, visit, _agency(desk, "kela"), "Kysymys")
    with pytest.raises(DeskError, match="short question"):
        desk.consult.ask(advisor, visit, _agency(desk, "kela"), "   ")


def test_two_specialists_racing_to_accept_exactly_one_wins(
    desk: Desk, database: Database, db_url: str
) -> None:
    _second_kela_specialist(database)
    advisor = actor(desk, "aino.virtanen", "T1")
    asked = desk.consult.ask(advisor, _serving(desk, advisor), _agency(desk, "kela"), "Apua?")
    racers = [actor(desk, "paivi.lehtonen", "R1"), actor(desk, "olli.kela", "R2")]
    barrier = threading.Barrier(len(racers))
    outcomes: list[str] = []

    def race(specialist: Actor) -> None:
        own = Database(db_url)
        try:
            other_desk = Desk(own, video_template=TEMPLATE)
            barrier.wait()
            try:
                other_desk.consult.accept(specialist, asked.id)
                outcomes.append("won")
            except DeskError as error:
                outcomes.append(str(error))
        finally:
            own.dispose()

    threads = [threading.Thread(target=race, args=(racer,)) for racer in racers]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert sorted(outcomes)[-1] == "won"
    assert outcomes.count("won") == 1
    loser = next(o for o in outcomes if o != "won")
    assert "already took this request" in loser
    accepted = desk.consult.of_visit(advisor, asked.visit_id)[0]
    assert accepted.state is ConsultState.ACCEPTED
    assert accepted.meeting_url is not None
    assert accepted.meeting_url.startswith("https://video.example/tiski-")
    assert len(accepted.meeting_url) > len("https://video.example/tiski-") + 20


def test_the_specialist_sees_exactly_what_consent_allows(desk: Desk) -> None:
    advisor = actor(desk, "aino.virtanen", "T1")
    specialist = actor(desk, "paivi.lehtonen", "R1")
    visit = _serving(desk, advisor)
    desk.cases.identify(
        advisor, visit, VisitorIdentity(parse_identity_code("131052-308T"), "Matti Mäkinen", None)
    )
    kela, vero = _agency(desk, "kela"), _agency(desk, "vero")
    case = desk.cases.open_case(advisor, visit)
    desk.cases.record_consent(advisor, case.id, vero, True)

    def note(body: str, partition: int | None) -> None:
        desk.cases.write_note(
            advisor,
            NoteDraft(case.id, body, str(uuid.uuid4()), visit, partition_agency_id=partition),
        )

    note("Yhteinen: muutto Poriin", None)
    note("Verolle: verokortti", vero)
    asked = desk.consult.ask(advisor, visit, kela, "Asumistuki?")
    desk.consult.accept(specialist, asked.id)

    without = desk.consult.context(specialist, asked.id)
    assert not without.consented
    assert without.visitor is None
    assert without.case.customer is None
    assert [n.text for n in without.case.notes] == []
    assert without.case.hidden_notes == 2

    desk.cases.record_consent(advisor, case.id, kela, True)
    note("Kelalle: vuokrasopimus puuttuu", kela)
    shared = desk.consult.context(specialist, asked.id)
    assert shared.consented
    assert shared.visitor is not None
    assert shared.visitor.name == "Matti Mäkinen"
    assert shared.visitor.masked_code is None  # the database holds only the hash
    assert [n.text for n in shared.case.notes] == [
        "Yhteinen: muutto Poriin",
        "Kelalle: vuokrasopimus puuttuu",
    ]
    assert "Verolle: verokortti" not in {n.text for n in shared.case.notes}
    supervisor = actor(desk, "kaisa.mattila", "T8")
    actions = [e.action for e in desk.cases.audit_trail(supervisor, case.id)]
    assert actions.count("consult_context_read") == 2
    assert "consult_requested" in actions
    assert "consult_accepted" in actions


def test_hand_back_leaves_a_summary_the_advisor_reads(desk: Desk) -> None:
    advisor = actor(desk, "aino.virtanen", "T1")
    specialist = actor(desk, "paivi.lehtonen", "R1")
    desk.queue.open_session(specialist, now=at(9, 5))
    visit = _serving(desk, advisor)
    kela = _agency(desk, "kela")
    asked = desk.consult.ask(advisor, visit, kela, "Asumistuki?", now=at(9, 6))
    assert desk.consult.staffing(advisor, kela, now=at(9, 6)).available == 1
    desk.consult.accept(specialist, asked.id, now=at(9, 7))
    assert desk.consult.staffing(advisor, kela, now=at(9, 7)).busy == 1
    done = desk.consult.hand_back(specialist, asked.id, "Hakemus tehty yhdessä.", now=at(9, 20))
    assert done.state is ConsultState.HANDED_BACK
    assert desk.consult.staffing(advisor, kela, now=at(9, 20)).available == 1
    view = desk.cases.case_view(advisor, asked.case_id)
    assert [(n.text, n.partition_agency_id, n.author_name) for n in view.notes] == [
        ("Hakemus tehty yhdessä.", None, "Päivi Lehtonen")
    ]
    with pytest.raises(DeskError, match="Only the specialist who accepted"):
        desk.consult.take_over(specialist, asked.id)


def test_take_over_moves_the_visit_to_the_remote_counter_and_the_display_says_so(
    desk: Desk,
) -> None:
    advisor = actor(desk, "aino.virtanen", "T1")
    specialist = actor(desk, "paivi.lehtonen", "R1")
    visit = _serving(desk, advisor)
    asked = desk.consult.ask(advisor, visit, _agency(desk, "kela"), "Ota hoitaaksesi", now=at(9, 6))
    desk.consult.accept(specialist, asked.id, now=at(9, 7))
    desk.consult.take_over(specialist, asked.id, now=at(9, 8))
    assert desk.queue.at_counter(advisor) == []
    [step] = desk.queue.at_counter(specialist)
    assert step.visit_id == visit
    assert step.state is StepState.SERVING
    called = desk.queue.display(now=at(9, 9)).called
    assert called[0].ticket_number == step.ticket_number
    assert called[0].counter.remote
    assert desk.consult.of_visit(advisor, visit)[0].state is ConsultState.TAKEN_OVER


def test_no_one_accepting_in_time_offers_a_remote_appointment(desk: Desk) -> None:
    advisor = actor(desk, "aino.virtanen", "T1")
    specialist = actor(desk, "paivi.lehtonen", "R1")
    visit = _serving(desk, advisor)
    asked = desk.consult.ask(advisor, visit, _agency(desk, "kela"), "Kiire?", now=at(9, 6))
    [expired] = desk.consult.of_visit(advisor, visit, now=at(9, 6) + minutes(11))
    assert expired.state is ConsultState.EXPIRED
    with pytest.raises(DeskError, match="no longer open"):
        desk.consult.accept(specialist, asked.id, now=at(9, 18))
    booked = desk.consult.book_remote(advisor, asked.id, "kela-general", at(13), now=at(9, 20))
    assert booked.video_url is not None
    assert booked.video_url.startswith("https://video.example/tiski-")
    with pytest.raises(DeskError, match="service of the agency"):
        desk.consult.book_remote(advisor, asked.id, "vero-taxcard", at(13), now=at(9, 20))


def test_presence_is_what_the_advisor_sees_before_asking(desk: Desk) -> None:
    specialist = actor(desk, "paivi.lehtonen", "R1")
    advisor = actor(desk, "aino.virtanen", "T1")
    kela = _agency(desk, "kela")
    assert desk.consult.staffing(advisor, kela, now=at(9)).available == 0
    desk.queue.open_session(specialist, now=at(9))
    desk.consult.set_presence(specialist, Presence.AWAY, now=at(9, 1))
    staffing = desk.consult.staffing(advisor, kela, now=at(9, 1))
    assert (staffing.available, staffing.busy, staffing.away) == (0, 0, 1)
