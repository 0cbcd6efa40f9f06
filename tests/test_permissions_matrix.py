"""The role matrix: every use case of the desk, tried as every role, on a real database.

For each use case of ``console.core.permissions.USE_CASES`` a scenario sets up
what the call needs (a ticket, a visit at the counter, a case, a consultation)
with other staff, so that only the role decides: a role the table allows must
succeed, any other must be refused with :class:`PermissionDenied` naming the
role and the permission. The table is the one docs/security.md shows
(``python -m console.core.permissions --markdown``), checked below too.
"""

from __future__ import annotations

import inspect
import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from pathlib import Path

import pytest
from queue_kit import empty_demo

from console.core import permissions
from console.core.breaks import BreakReason
from console.core.cases import NoteDraft
from console.core.consult import Presence
from console.core.desk_file import StaffSpec
from console.core.feedback import Score
from console.core.identity import VisitorIdentity, parse_identity_code
from console.core.permissions import (
    ROLE_ORDER,
    ROLE_PERMISSIONS,
    UNCHECKED,
    USE_CASES,
    Permission,
    markdown,
)
from console.core.queue import Role, utc_now
from console.core.records import StepInfo
from console.core.reports import CostMethod
from console.core.steps import StepAction
from console.core.stranded import LeaveChoice
from console.desk.cases import CaseDesk
from console.desk.consult import ConsultDesk
from console.desk.desk import Desk
from console.desk.feed import LiveDesk
from console.desk.floor import FloorDesk
from console.desk.permits import PermissionDenied, permitted
from console.desk.queue import Actor, QueueDesk
from console.desk.reports import ReportDesk
from console.desk.stranded import StrandedDesk
from console.store.database import Database

KEY = b"m" * 32
CODE = "131052-308T"
DOCS = Path(__file__).resolve().parent.parent / "docs" / "security.md"

# One person per role; the kiosk and the display are service accounts of their own.
PEOPLE = {
    Role.GUIDE: ("sanna.heinonen", "T6"),
    Role.ADVISOR: ("aino.virtanen", "T1"),
    Role.SPECIALIST: ("paivi.lehtonen", "R1"),
    Role.SUPERVISOR: ("kaisa.mattila", "T8"),
    Role.IT: ("ville.aaltonen", "T7"),
    Role.KIOSK: ("kiosk.aula", "T5"),
    Role.DISPLAY: ("naytto.aula", "T4"),
}
SERVICE_ACCOUNTS = (
    StaffSpec("kiosk.aula", "Aulan kioski", Role.KIOSK, None, ()),
    StaffSpec("naytto.aula", "Aulan näyttö", Role.DISPLAY, None, ()),
)


@dataclass
class World:
    """A demo desk with one actor per role and helpers that set the stage."""

    desk: Desk
    actors: dict[Role, Actor]
    floor: Actor  # the supervisor, who arranges tickets for the scenarios
    helper: Actor  # an advisor at T2 who serves where the tested role may not

    def username(self, actor: Actor) -> str:
        if actor == self.helper:
            return "riikka.laine"
        return PEOPLE[actor.role][0]

    def agency(self, code: str) -> int:
        return next(a.id for a in self.desk.snapshot().agencies if a.code == code)

    def waiting(self, service: str = "kela-general", name: str | None = None) -> StepInfo:
        ticket = self.desk.queue.issue([service], visitor_name=name, actor=self.floor)
        return self.desk.queue.find_ticket(self.floor, ticket.ticket_number)

    def server(self, actor: Actor) -> Actor:
        """Who serves ``actor``'s scenario: the actor when the role serves, else the helper."""
        return actor if permitted(actor, Permission.SERVE) else self.helper

    def at_counter(self, actor: Actor) -> StepInfo:
        """A visit called to the counter of ``actor`` (or of the helper, for a role that
        does not serve), the counter cleared first."""
        server = self.server(actor)
        held = self.desk.queue.at_counter(self.floor, server.counter_id)
        self.desk.queue.stranded.leave_counter(
            server, LeaveChoice.FINISH, [step.step_id for step in held]
        )
        step = self.waiting()
        self.desk.queue.transfer(self.floor, step.step_id, staff_username=self.username(server))
        called = self.desk.queue.call_next(server)
        assert called is not None
        return called.step

    def case_at_counter(self, actor: Actor) -> tuple[int, int]:
        """(visit id, case id) of a visit at the counter, its visitor identified."""
        server = self.server(actor)
        visit = self.at_counter(actor).visit_id
        self.desk.cases.identify(
            server, visit, VisitorIdentity(parse_identity_code(CODE), "Matti Mäkinen", None)
        )
        case = self.desk.cases.open_case(server, visit)
        self.desk.cases.write_note(
            server, NoteDraft(case.id, "Asumistuki haettu", str(uuid.uuid4()), visit)
        )
        return visit, case.id

    def asked(self, to: str = "kela") -> int:
        """A consultation the helper asked of an agency; its id."""
        visit = self.at_counter(self.helper).visit_id
        return self.desk.consult.ask(self.helper, visit, self.agency(to), "Asumistuki?").id

    def accepted(self, actor: Actor) -> int:
        """A consultation to Kela, accepted by ``actor`` when they answer consultations."""
        consultation = self.asked()
        if permitted(actor, Permission.ANSWER_CONSULTATION):
            self.desk.consult.accept(actor, consultation)
        return consultation

    def session(self, actor: Actor) -> int:
        opener = actor if permitted(actor, Permission.WORK_AT_COUNTER) else self.helper
        return self.desk.queue.open_session(opener)


Scenario = Callable[[World, Actor], object]


def _issue_life_event(w: World, a: Actor) -> object:
    return w.desk.queue.issue_life_event(w.desk.queue.life_events()[0].code, actor=a)


def _check_in(w: World, a: Actor) -> object:
    booked = w.desk.queue.book(w.floor, "kela-general", utc_now() + timedelta(minutes=30))
    return w.desk.queue.check_in(booked.booking_code, actor=a)


def _close_appointment(w: World, a: Actor) -> object:
    booked = w.desk.queue.book(w.floor, "kela-general", utc_now() + timedelta(minutes=30))
    return w.desk.queue.close_appointment(a, booked.booking_code, "cancelled")


def _call_next(w: World, a: Actor) -> object:
    step = w.waiting()
    w.desk.queue.transfer(w.floor, step.step_id, staff_username=w.username(a))
    called = w.desk.queue.call_next(a)
    assert called is not None
    return called


def _release(w: World, a: Actor) -> object:
    step = w.at_counter(w.helper)  # the helper's counter runs no console: stranded
    return w.desk.queue.stranded.release(a, step.step_id)


def _case_view(w: World, a: Actor) -> object:
    _visit, case = w.case_at_counter(a)
    return w.desk.cases.case_view(a, case)


def _write_note(w: World, a: Actor) -> object:
    visit, case = w.case_at_counter(a)
    return w.desk.cases.write_note(a, NoteDraft(case, "Liitteet tuotu", str(uuid.uuid4()), visit))


def _cases_of_visitor(w: World, a: Actor) -> object:
    visit = w.at_counter(a).visit_id
    customer = w.desk.cases.identify(
        w.server(a), visit, VisitorIdentity(None, "Testi Henkilö", date(1980, 1, 1))
    )
    return w.desk.cases.cases_of_visitor(a, customer.id)


def _record_consent(w: World, a: Actor) -> object:
    _visit, case = w.case_at_counter(a)
    return w.desk.cases.record_consent(a, case, w.agency("vero"), True)


def _cancel(w: World, a: Actor) -> object:
    visit = w.at_counter(a).visit_id
    asker = w.server(a)
    asked = w.desk.consult.ask(asker, visit, w.agency("vero"), "Kysymys?")
    return w.desk.consult.cancel(a, asked.id)


def _book_remote(w: World, a: Actor) -> object:
    visit = w.at_counter(a).visit_id
    asked = w.desk.consult.ask(w.server(a), visit, w.agency("vero"), "Kysymys?")
    starts = utc_now() + timedelta(days=1)
    return w.desk.consult.book_remote(a, asked.id, "vero-taxcard", starts)


def _delta(w: World, a: Actor) -> object:
    live = LiveDesk(w.desk.database, a.counter_id, actor=a)
    live.start()
    w.waiting(name="Matti Mäkinen")
    delta = live.delta()
    assert delta is not None
    names = {step.visitor_name for step in delta.steps}
    assert names == ({"Matti Mäkinen"} if permitted(a, Permission.READ_QUEUE) else {None})
    return delta


def _visit(w: World, a: Actor) -> int:
    return w.at_counter(a).visit_id


SCENARIOS: dict[str, Scenario] = {
    "QueueDesk.issue": lambda w, a: w.desk.queue.issue(["kela-general"], actor=a),
    "QueueDesk.issue (to one counter)": lambda w, a: w.desk.queue.issue(
        ["kela-general"], actor=a, counter_code="T2"
    ),
    "QueueDesk.issue_life_event": _issue_life_event,
    "QueueDesk.give_feedback": lambda w, a: w.desk.queue.give_feedback(Score.GOOD, actor=a),
    "QueueDesk.check_in": _check_in,
    "QueueDesk.display": lambda w, a: w.desk.queue.display(actor=a),
    "Desk.snapshot": lambda w, a: w.desk.snapshot(a.counter_id, actor=a),
    "LiveDesk.delta": _delta,
    "QueueDesk.find_ticket": lambda w, a: w.desk.queue.find_ticket(a, w.waiting().ticket_number),
    "QueueDesk.at_counter": lambda w, a: w.desk.queue.at_counter(a, w.helper.counter_id),
    "QueueDesk.visit_steps": lambda w, a: w.desk.queue.visit_steps(a, [w.waiting().visit_id]),
    "QueueDesk.appointments_on": lambda w, a: w.desk.queue.appointments_on(a, utc_now()),
    "QueueDesk.add_service": lambda w, a: w.desk.queue.add_service(
        a, w.waiting().visit_id, "vero-taxcard"
    ),
    "QueueDesk.book": lambda w, a: w.desk.queue.book(
        a, "kela-general", utc_now() + timedelta(minutes=30)
    ),
    "QueueDesk.close_appointment": _close_appointment,
    "QueueDesk.transfer (waiting ticket)": lambda w, a: w.desk.queue.transfer(
        a, w.waiting().step_id, service_code="vero-taxcard"
    ),
    "QueueDesk.act (cancel a waiting ticket)": lambda w, a: w.desk.queue.act(
        a, w.waiting().step_id, StepAction.CANCEL
    ),
    "QueueDesk.open_session": lambda w, a: w.desk.queue.open_session(a),
    "QueueDesk.heartbeat": lambda w, a: w.desk.queue.heartbeat(a, w.session(a)),
    "QueueDesk.report_back_office": lambda w, a: w.desk.queue.report_back_office(
        a, w.session(a), "kela", "kela", "down"
    ),
    "QueueDesk.touch_session": lambda w, a: w.desk.queue.touch_session(a, w.session(a)),
    "QueueDesk.close_session": lambda w, a: w.desk.queue.close_session(a, w.session(a)),
    "QueueDesk.start_break": lambda w, a: w.desk.queue.start_break(a, BreakReason.COFFEE),
    "QueueDesk.end_break": lambda w, a: w.desk.queue.end_break(a),
    "QueueDesk.my_break": lambda w, a: w.desk.queue.my_break(a),
    "QueueDesk.call_next": _call_next,
    "QueueDesk.act": lambda w, a: w.desk.queue.act(a, w.at_counter(a).step_id, StepAction.START),
    "QueueDesk.transfer": lambda w, a: w.desk.queue.transfer(
        a, w.at_counter(a).step_id, service_code="vero-taxcard"
    ),
    "StrandedDesk.leave_counter": lambda w, a: w.desk.queue.stranded.leave_counter(
        a, LeaveChoice.PUT_BACK, [w.at_counter(a).step_id]
    ),
    "StrandedDesk.stranded": lambda w, a: w.desk.queue.stranded.stranded(a),
    "ReportDesk.report": lambda w, a: w.desk.reports.report(a, date.today(), date.today()),
    "FloorDesk.floor": lambda w, a: w.desk.floor.floor(a),
    "FloorDesk.close_for_tickets": lambda w, a: w.desk.floor.close_for_tickets(
        a, "vero-inheritance", True
    ),
    "FloorDesk.skills_today": lambda w, a: w.desk.floor.skills_today(a),
    "FloorDesk.set_skills_for_today": lambda w, a: w.desk.floor.set_skills_for_today(
        a, "riikka.laine", ["kela-general", "vero-taxcard"]
    ),
    "ReportDesk.charts": lambda w, a: w.desk.reports.charts(a, date.today(), date.today()),
    "ReportDesk.forecast": lambda w, a: w.desk.reports.forecast(a, date.today()),
    "ReportDesk.report_with_charts": lambda w, a: w.desk.reports.report_with_charts(
        a, date.today(), date.today()
    ),
    "ReportDesk.cost_split": lambda w, a: w.desk.reports.cost_split(
        a, date.today(), date.today(), 10_000, CostMethod.STEPS
    ),
    "StrandedDesk.release": _release,
    "CaseDesk.identify": lambda w, a: w.desk.cases.identify(
        a, _visit(w, a), VisitorIdentity(parse_identity_code(CODE), "Matti Mäkinen", None)
    ),
    "CaseDesk.reveal_identity": lambda w, a: w.desk.cases.reveal_identity(a, _visit(w, a)),
    "CaseDesk.visitor_of_visit": lambda w, a: w.desk.cases.visitor_of_visit(a, _visit(w, a)),
    "CaseDesk.case_of_visit": lambda w, a: w.desk.cases.case_of_visit(a, _visit(w, a)),
    "CaseDesk.cases_of_visitor": _cases_of_visitor,
    "CaseDesk.open_visit": lambda w, a: w.desk.cases.open_visit(a, _visit(w, a)),
    "CaseDesk.open_case": lambda w, a: w.desk.cases.open_case(a, _visit(w, a)),
    "CaseDesk.case_view": _case_view,
    "CaseDesk.write_note": _write_note,
    "CaseDesk.saved_client_ids": lambda w, a: w.desk.cases.saved_client_ids(a, ["x"]),
    "CaseDesk.record_consent": _record_consent,
    "CaseDesk.search": lambda w, a: w.desk.cases.search(a, "asumistuki"),
    "CaseDesk.audit_trail": lambda w, a: w.desk.cases.audit_trail(a, w.case_at_counter(a)[1]),
    "CaseDesk.export_audit": lambda w, a: w.desk.cases.export_audit(a, w.case_at_counter(a)[1]),
    "CaseDesk.visitor_data": lambda w, a: w.desk.cases.visitor_data(a, parse_identity_code(CODE)),
    "CaseDesk.set_legal_hold": lambda w, a: w.desk.cases.set_legal_hold(
        a, w.case_at_counter(a)[1], True
    ),
    "CaseDesk.run_retention": lambda w, a: w.desk.cases.run_retention(a, 365, dry_run=True),
    "ConsultDesk.ask": lambda w, a: w.desk.consult.ask(
        a, _visit(w, a), w.agency("vero"), "Verokortti?"
    ),
    "ConsultDesk.of_visit": lambda w, a: w.desk.consult.of_visit(a, _visit(w, a)),
    "ConsultDesk.staffing": lambda w, a: w.desk.consult.staffing(a, w.agency("kela")),
    "ConsultDesk.cancel": _cancel,
    "ConsultDesk.book_remote": _book_remote,
    "ConsultDesk.set_presence": lambda w, a: w.desk.consult.set_presence(a, Presence.AVAILABLE),
    "ConsultDesk.inbox": lambda w, a: w.desk.consult.inbox(a),
    "ConsultDesk.accept": lambda w, a: w.desk.consult.accept(a, w.asked()),
    "ConsultDesk.decline": lambda w, a: w.desk.consult.decline(a, w.asked(), "Ei nyt"),
    "ConsultDesk.context": lambda w, a: w.desk.consult.context(a, w.accepted(a)),
    "ConsultDesk.hand_back": lambda w, a: w.desk.consult.hand_back(a, w.accepted(a), "Tehty."),
    "ConsultDesk.take_over": lambda w, a: w.desk.consult.take_over(a, w.accepted(a)),
}


@pytest.fixture
def world(database: Database) -> World:
    demo = empty_demo()
    desk = Desk(database, identity_key=lambda: KEY)
    assert desk.seed_demo(replace(demo, staff=demo.staff + SERVICE_ACCOUNTS))
    actors = {role: desk.sign_in_by_username(*PEOPLE[role]).actor for role in ROLE_ORDER}
    helper = desk.sign_in_by_username("riikka.laine", "T2").actor
    return World(desk, actors, actors[Role.SUPERVISOR], helper)


# ---------------------------------------------------------------- the matrix itself
@pytest.mark.parametrize("use_case", list(USE_CASES))
def test_every_role_gets_what_the_table_says(world: World, use_case: str) -> None:
    permission = USE_CASES[use_case]
    outcomes: dict[Role, str] = {}
    for role in ROLE_ORDER:
        actor = world.actors[role]
        try:
            SCENARIOS[use_case](world, actor)
        except PermissionDenied as refused:
            # Refused for this use case's own permission, not by some other step.
            outcomes[role] = "refused" if refused.permission is permission else str(refused)
        else:
            outcomes[role] = "allowed"
    expected = {
        role: "allowed" if permission in ROLE_PERMISSIONS[role] else "refused"
        for role in ROLE_ORDER
    }
    assert outcomes == expected


def test_a_refusal_names_the_role_and_what_it_may_not_do(world: World) -> None:
    with pytest.raises(PermissionDenied) as refused:
        world.desk.cases.search(world.actors[Role.IT], "asumistuki")
    assert str(refused.value) == "Your role (IT support) does not allow searching case notes."
    with pytest.raises(PermissionDenied) as refused:
        world.desk.queue.issue(["kela-general"], actor=world.actors[Role.DISPLAY])
    assert str(refused.value) == "Your role (lobby display) does not allow issuing tickets."


def test_the_anonymous_lobby_may_do_what_a_kiosk_may(world: World) -> None:
    """A kiosk process without an account of its own (no actor): tickets, check-in and
    the display's queues, and the desk snapshot without visitors' names."""
    ticket = world.desk.queue.issue(["kela-general"], visitor_name="Matti Mäkinen")
    booked = world.desk.queue.book(world.floor, "kela-general", utc_now() + timedelta(minutes=9))
    world.desk.queue.check_in(booked.booking_code)
    assert world.desk.queue.display().queues
    public = world.desk.snapshot()
    assert ticket.ticket_number in {w.ticket_number for w in public.waiting}
    assert {w.visitor_name for w in public.waiting} == {None}
    assert public.at_counter == ()


def test_visitors_names_in_the_snapshot_need_the_queue_permission(world: World) -> None:
    world.desk.queue.issue(["kela-general"], visitor_name="Matti Mäkinen", actor=world.floor)
    for role in ROLE_ORDER:
        actor = world.actors[role]
        if not permitted(actor, Permission.READ_DISPLAY):
            continue
        names = {w.visitor_name for w in world.desk.snapshot(actor=actor).waiting}
        shows = permitted(actor, Permission.READ_QUEUE)
        assert names == ({"Matti Mäkinen"} if shows else {None}), role


# ---------------------------------------------------------------- the table is complete
DESK_CLASSES = (
    Desk,
    QueueDesk,
    StrandedDesk,
    CaseDesk,
    ConsultDesk,
    LiveDesk,
    ReportDesk,
    FloorDesk,
)


def _public_methods() -> set[str]:
    # A desk class may be composed of parts (CaseDesk: visitors.py, case_search.py,
    # privacy.py): their use cases are the class's, named after it.
    return {
        f"{cls.__name__}.{name}"
        for cls in DESK_CLASSES
        for part in cls.__mro__
        if part.__module__.startswith("console.desk.")
        for name, member in vars(part).items()
        if not name.startswith("_") and inspect.isfunction(member)
    }


def _named(table: dict[str, object] | object) -> set[str]:
    assert isinstance(table, dict)
    return {name.split(" ", 1)[0] for name in table}


def test_every_public_use_case_is_in_the_table_or_says_why_not() -> None:
    classified = _named(dict(USE_CASES)) | _named(dict(UNCHECKED))
    assert _public_methods() - classified == set(), "add it to USE_CASES or UNCHECKED"
    assert classified - _public_methods() == set(), "a use case that is no more"
    assert set(SCENARIOS) == set(USE_CASES)


def test_every_permission_is_someones_and_the_service_accounts_are_narrow() -> None:
    for permission in Permission:
        assert any(permission in granted for granted in ROLE_PERMISSIONS.values()), permission
    assert ROLE_PERMISSIONS[Role.KIOSK] == {
        Permission.ISSUE_TICKET,
        Permission.CHECK_IN,
        Permission.READ_DISPLAY,
    }
    assert ROLE_PERMISSIONS[Role.DISPLAY] == {Permission.READ_DISPLAY}
    # IT runs the installation and reads no visitor's name, case or note.
    it = ROLE_PERMISSIONS[Role.IT]
    for personal in (
        Permission.READ_QUEUE,
        Permission.READ_CASE,
        Permission.SEARCH_NOTES,
        Permission.EXPORT_VISITOR_DATA,
        Permission.IDENTIFY_VISITOR,
    ):
        assert personal not in it


def test_docs_security_shows_the_table_of_the_code() -> None:
    """docs/security.md holds the output of ``python -m console.core.permissions --markdown``
    between its markers; regenerate it there when the table changes."""
    text = DOCS.read_text(encoding="utf-8")
    found = re.search(
        r"<!-- permissions:start -->\n(.*?)<!-- permissions:end -->", text, flags=re.S
    )
    assert found is not None, "docs/security.md lacks the permissions markers"
    assert found.group(1) == markdown(), (
        "docs/security.md is out of date: paste `python -m console.core.permissions "
        "--markdown` between the markers"
    )


def test_the_module_prints_the_markdown(capsys: pytest.CaptureFixture[str]) -> None:
    assert permissions.main(["--markdown"]) == 0
    assert capsys.readouterr().out == markdown()
    assert permissions.main([]) == 2


def test_docs_security_says_what_each_audit_action_means() -> None:
    from console.core.cases import AuditAction
    from console.store.account_queries import PASSWORD_CHANGED, SIGN_IN_FAILED, SIGNED_IN

    section = DOCS.read_text(encoding="utf-8").split("## What is audited", 1)[1]
    actions = {value for name, value in vars(AuditAction).items() if name.isupper()} | {
        SIGNED_IN,
        SIGN_IN_FAILED,
        PASSWORD_CHANGED,
    }
    missing = {action for action in actions if f"`{action}`" not in section}
    assert missing == set(), "docs/security.md, What is audited"
