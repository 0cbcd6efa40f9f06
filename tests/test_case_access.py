"""Cases only as part of one's own work, and consent only with the visitor present.

The attack of issue 12: a specialist walked case ids 1..200, granted their own
agency consent, read the desk's shared notes and withdrew the consent again. Here
every step of it is refused, nothing is recorded, and each try is in the audit
trail with who and which PC. On SQLite and PostgreSQL.
"""

from __future__ import annotations

import uuid

import pytest
from queue_kit import actor, at, fresh_desk, minutes
from sqlalchemy import text

from console.core.cases import NoteDraft
from console.core.identity import VisitorIdentity, parse_identity_code
from console.core.queue import Language
from console.core.steps import StepAction
from console.desk.accounts import workstation
from console.desk.case_access import NotYourWork
from console.desk.desk import Desk
from console.desk.queue import Actor
from console.store.database import Database

KEY = b"c" * 32
CODE = "131052-308T"
SECRET_NOTE = "Vuokravelka 2000 e, sosiaalityöntekijä tietää"


@pytest.fixture
def desk(database: Database) -> Desk:
    fresh_desk(database)
    return Desk(database, identity_key=lambda: KEY)


def _agency(desk: Desk, code: str) -> int:
    return next(a.id for a in desk.snapshot().agencies if a.code == code)


def _served(desk: Desk, who: Actor, service: str = "pori-housing", hour: int = 9) -> int:
    """A visit called to ``who``'s counter; its visit id."""
    desk.queue.issue([service], language=Language.FI, now=at(hour))
    called = desk.queue.call_next(who, now=at(hour, 1))
    assert called is not None
    return called.step.visit_id


def _case_with_shared_note(desk: Desk, advisor: Actor, hour: int) -> int:
    visit = _served(desk, advisor, hour=hour)
    desk.cases.identify(
        advisor, visit, VisitorIdentity(parse_identity_code(CODE), "Matti Mäkinen", None)
    )
    case = desk.cases.open_case(advisor, visit)
    desk.cases.write_note(advisor, NoteDraft(case.id, SECRET_NOTE, str(uuid.uuid4()), visit))
    [step] = desk.queue.at_counter(advisor)
    desk.queue.act(advisor, step.step_id, StepAction.FINISH, now=at(hour, 20))
    return case.id


def _rows(database: Database, sql: str) -> list[tuple[object, ...]]:
    with database.engine.connect() as connection:
        return [tuple(row) for row in connection.execute(text(sql))]


def test_a_specialist_walking_case_ids_gets_nothing_and_is_seen(
    desk: Desk, database: Database
) -> None:
    advisor = actor(desk, "aino.virtanen", "T1")
    cases = [_case_with_shared_note(desk, advisor, hour) for hour in (9, 10, 11)]
    kela = _agency(desk, "kela")
    specialist = actor(desk, "paivi.lehtonen", "R1")
    consents_before = _rows(database, "SELECT count(*) FROM consent")

    refused = 0
    for case_id in range(1, max(cases) + 3):  # every id, and some that do not exist
        with pytest.raises(NotYourWork):
            desk.cases.record_consent(specialist, case_id, kela, True)
        with pytest.raises(NotYourWork):
            desk.cases.case_view(specialist, case_id)
        refused += 1 if case_id in cases else 0
    assert refused == len(cases)
    assert _rows(database, "SELECT count(*) FROM consent") == consents_before
    assert desk.cases.search(specialist, "vuokravelka") == []

    # Each try is in the trail of the case it aimed at: who, which PC, what for.
    trail = _rows(
        database,
        "SELECT case_id, staff_id, workstation, detail FROM audit_event "
        "WHERE action = 'access_refused' ORDER BY id",
    )
    assert {(row[0], row[3]) for row in trail} >= {
        (case_id, f"use_case={use_case}")
        for case_id in cases
        for use_case in ("record_consent", "case_view")
    }
    assert {row[1] for row in trail} == {specialist.staff_id}
    assert {row[2] for row in trail} == {workstation()}


def test_another_agencys_staff_see_no_name_or_birth_date_outside_their_work(
    desk: Desk,
) -> None:
    advisor = actor(desk, "aino.virtanen", "T1")
    case_id = _case_with_shared_note(desk, advisor, 9)
    vero = actor(desk, "markku.salonen", "R2")
    with pytest.raises(NotYourWork, match="not part of your work"):
        desk.cases.case_view(vero, case_id)
    visit = desk.cases.case_view(advisor, case_id).visits[0].visit_id
    with pytest.raises(NotYourWork):
        desk.cases.visitor_of_visit(vero, visit)
    with pytest.raises(NotYourWork):
        desk.cases.open_visit(vero, visit)

    # The visitor comes back and is served by Vero at its own counter: now it is Vero's work.
    desk.queue.issue(["vero-taxcard"], language=Language.FI, now=at(13))
    called = desk.queue.call_next(vero, now=at(13, 1))
    assert called is not None
    desk.cases.identify(
        vero, called.step.visit_id, VisitorIdentity(parse_identity_code(CODE), None, None)
    )
    opened = desk.cases.open_case(vero, called.step.visit_id, case_id)
    assert opened.customer is not None
    assert opened.customer.name == "Matti Mäkinen"
    assert [n.text for n in opened.notes] == []  # the shared note needs the visitor's consent
    desk.cases.record_consent(vero, case_id, _agency(desk, "vero"), True)
    assert [n.text for n in desk.cases.case_view(vero, case_id).notes] == [SECRET_NOTE]

    # The visitor leaves; the case stays shared with Vero by the consent given in person.
    desk.queue.act(vero, called.step.step_id, StepAction.FINISH, now=at(13, 30))
    later = desk.cases.case_view(vero, case_id)
    assert later.customer is not None
    assert [n.text for n in later.notes] == [SECRET_NOTE]
    poliisi = actor(desk, "antti.rantanen", "R2")
    with pytest.raises(NotYourWork):
        desk.cases.case_view(poliisi, case_id)


def test_consent_in_a_consultation_only_while_the_visitor_is_there(desk: Desk) -> None:
    advisor = actor(desk, "aino.virtanen", "T1")
    specialist = actor(desk, "paivi.lehtonen", "R1")
    kela = _agency(desk, "kela")
    visit = _served(desk, advisor, "kela-general")
    desk.cases.identify(
        advisor, visit, VisitorIdentity(parse_identity_code(CODE), "Matti Mäkinen", None)
    )
    asked = desk.consult.ask(advisor, visit, kela, "Asumistuki?", now=at(9, 2))
    other = actor(desk, "markku.salonen", "R2")
    with pytest.raises(NotYourWork, match="visitor present"):
        desk.cases.record_consent(other, asked.case_id, kela, True)  # not their consultation
    with pytest.raises(NotYourWork, match="visitor present"):
        desk.cases.record_consent(specialist, asked.case_id, kela, True)  # not accepted yet
    desk.consult.accept(specialist, asked.id, now=at(9, 3))
    context = desk.consult.context(specialist, asked.id)
    assert context.visitor is None  # no consent yet: no name
    view = desk.cases.record_consent(specialist, asked.case_id, kela, True)
    assert view.consent_for(kela)
    assert desk.consult.context(specialist, asked.id).visitor is not None

    # The visit leaves the advisor's counter: the visitor is gone, so is consent-taking.
    [step] = desk.queue.at_counter(advisor)
    desk.queue.act(advisor, step.step_id, StepAction.FINISH, now=at(9, 3) + minutes(5))
    with pytest.raises(NotYourWork, match="visitor present"):
        desk.cases.record_consent(specialist, asked.case_id, kela, False)
    # What the consultation gave stays readable to the one who accepted it.
    assert desk.cases.case_view(specialist, asked.case_id).consent_for(kela)


def test_desk_staff_record_consent_only_for_the_visitor_at_their_counter(desk: Desk) -> None:
    advisor = actor(desk, "aino.virtanen", "T1")
    case_id = _case_with_shared_note(desk, advisor, 9)  # finished: the visitor has left
    kela = _agency(desk, "kela")
    with pytest.raises(NotYourWork, match="visitor present"):
        desk.cases.record_consent(advisor, case_id, kela, True)
    colleague = actor(desk, "riikka.laine", "T2")
    assert desk.cases.case_view(colleague, case_id).notes  # the desk's shared partition
    with pytest.raises(NotYourWork, match="visitor present"):
        desk.cases.record_consent(colleague, case_id, kela, True)
    supervisor = actor(desk, "kaisa.mattila", "T8")
    with pytest.raises(NotYourWork, match="visitor present"):
        desk.cases.record_consent(supervisor, case_id, kela, True)
