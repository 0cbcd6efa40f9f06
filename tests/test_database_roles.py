"""Isolation in PostgreSQL: login roles, grants and row-level security, attacked directly.

A private cluster that checks passwords (tests/support/pg_cluster.py) holds one office:
an owner role (not a superuser) migrates the database and makes the staff's login
roles with ``tiski``'s own staff administration; then each test connects as a person,
with plain psycopg to try what a client outside Tiski could, and through the desk to
show that the grants are enough for a working day.
"""

from __future__ import annotations

import io
import json
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import psycopg
import pytest
from pg_cluster import PrivateCluster, private_cluster  # noqa: F401 - the fixture
from psycopg import errors, sql

from console.core.cases import NoteDraft
from console.core.feedback import FeedbackReason, Score
from console.core.identity import VisitorIdentity, parse_identity_code
from console.core.queue import DESK_TIMEZONE, Language
from console.core.reports import CostMethod, Dimension
from console.core.steps import StepAction
from console.desk import staff_admin
from console.desk.desk import Desk
from console.desk.errors import DeskError
from console.desk.feed import LiveDesk
from console.desk.queue import Actor
from console.store import pg_policy_check, pg_roles
from console.store.database import Database
from console.store.schema import upgrade

pytestmark = pytest.mark.postgres

OWNER = "tiski_owner"
DATABASE = "desk"
KEY = b"k" * 32
CODE = "131052-308T"


def _password() -> str:
    return "pw-" + uuid.uuid4().hex


@dataclass
class Office:
    cluster: PrivateCluster
    owner_password: str
    passwords: dict[str, str] = field(default_factory=dict)
    opened: list[Database] = field(default_factory=list)

    def url(self, user: str, password: str | None = None, database: str = DATABASE) -> str:
        return self.cluster.url(user, password or self.passwords[user], database)

    @property
    def owner_url(self) -> str:
        return self.cluster.url(OWNER, self.owner_password, DATABASE)

    def database(self, user: str) -> Database:
        url = self.owner_url if user == OWNER else self.url(user)
        database = Database(url)
        self.opened.append(database)
        return database

    def connect(self, user: str, password: str | None = None) -> psycopg.Connection[Any]:
        secret = self.owner_password if user == OWNER else password or self.passwords[user]
        return psycopg.connect(self.cluster.conninfo(user, secret, DATABASE), autocommit=True)

    def desk(self, user: str) -> Desk:
        return Desk(self.database(user), identity_key=lambda: KEY)


# People of the office: (user name, role, agency, skills).
PEOPLE = [
    ("kela.advisor", "advisor", "kela", ["kela-general", "kela-family"]),
    ("vero.advisor", "advisor", "vero", ["vero-taxcard"]),
    ("kiosk.lobby", "kiosk", None, []),
    ("display.lobby", "display", None, []),
]
# Demo staff who get a login: a lobby guide, a desk advisor, the supervisor, a Tax and a Kela
# specialist, and IT support.
DEMO_LOGINS = [
    "sanna.heinonen",
    "aino.virtanen",
    "kaisa.mattila",
    "markku.salonen",
    "paivi.lehtonen",
    "ville.aaltonen",
]


@pytest.fixture(scope="module")
def office(private_cluster: PrivateCluster) -> Iterator[Office]:  # noqa: F811
    office = Office(private_cluster, _password())
    with psycopg.connect(
        private_cluster.conninfo("postgres", private_cluster.superuser_password), autocommit=True
    ) as admin:
        admin.execute(
            sql.SQL("CREATE ROLE {} LOGIN CREATEROLE PASSWORD {}").format(
                sql.Identifier(OWNER), sql.Literal(office.owner_password)
            )
        )
        admin.execute(f"CREATE DATABASE {DATABASE} OWNER {OWNER}")
    owner = office.database(OWNER)
    upgrade(owner)  # as the owner, who is no superuser: what IT runs
    assert Desk(owner).seed_demo()
    for username, role, agency, skills in PEOPLE:
        office.passwords[username] = _password()
        staff_admin.add_staff(
            owner,
            username,
            full_name=username.replace(".", " ").title(),
            role=role,
            agency_code=agency,
            skills=skills,
            password=office.passwords[username],
        )
    for username in DEMO_LOGINS:
        office.passwords[username] = _password()
        staff_admin.add_staff(
            owner, username, full_name=None, role=None, password=office.passwords[username]
        )
    # Everyone else of the demo desk gets a login role too (no password: they do not
    # sign in here), so that the office has nothing for the doctor to point at.
    for account in staff_admin.list_staff(owner):
        if account.can_login is False and account.active:
            staff_admin.add_staff(owner, account.username, full_name=None, role=None)
    office.passwords["records.officer"] = _password()
    staff_admin.add_staff(
        owner,
        "records.officer",
        full_name="Records Officer",
        role="supervisor",
        retention=True,
        password=office.passwords["records.officer"],
    )
    office.passwords["retention.job"] = _password()
    staff_admin.add_staff(
        owner,
        "retention.job",
        full_name="Retention Job",
        role="it",
        retention=True,
        password=office.passwords["retention.job"],
    )
    yield office
    for database in office.opened:
        database.dispose()


def _ids(connection: psycopg.Connection[Any], table: str, column: str = "code") -> dict[str, int]:
    rows = connection.execute(f"SELECT {column}, id FROM {table}").fetchall()  # noqa: S608
    return {str(key): int(value) for key, value in rows}


@dataclass(frozen=True)
class Notes:
    """Cases and notes written as the owner, as the desk would have left them."""

    kela_and_tax: int  # a case with notes in the shared, Kela's and Tax's partitions
    consented: int  # shared notes, Kela's consent granted
    withdrawn: int  # shared notes, Kela's consent granted and then withdrawn


@pytest.fixture(scope="module")
def notes(office: Office) -> Notes:
    with office.connect(OWNER) as owner:
        staff = _ids(owner, "staff", "username")
        agency = _ids(owner, "agency")
        aino, paivi, markku = (
            staff["aino.virtanen"],
            staff["paivi.lehtonen"],
            staff["markku.salonen"],
        )
        customer = owner.execute(
            "INSERT INTO customer (name, created_at) VALUES ('Matti Meikäläinen', now())"
            " RETURNING id"
        ).fetchone()[0]

        def case(title: str) -> int:
            return int(
                owner.execute(
                    "INSERT INTO visitor_case (customer_id, title, opened_at, opened_by_id,"
                    " last_activity_at, legal_hold) VALUES (%s, %s, now(), %s, now(), false)"
                    " RETURNING id",
                    (customer, title, aino),
                ).fetchone()[0]
            )

        def note(case_id: int, author: int, partition: int | None, body: str) -> None:
            owner.execute(
                "INSERT INTO note (case_id, author_id, written_at, partition_agency_id,"
                " client_id, body) VALUES (%s, %s, now(), %s, %s, %s)",
                (case_id, author, partition, str(uuid.uuid4()), body),
            )

        def consent(case_id: int, granted: bool) -> None:
            owner.execute(
                "INSERT INTO consent (case_id, agency_id, granted, recorded_by_id, recorded_at)"
                " VALUES (%s, %s, %s, %s, now())",
                (case_id, agency["kela"], granted, aino),
            )

        first, second, third = case("first"), case("second"), case("third")
        note(first, aino, None, "shared, no consent")
        note(first, paivi, agency["kela"], "Kela's partition")
        note(first, markku, agency["vero"], "Tax's partition")
        note(second, aino, None, "shared, Kela consented")
        consent(second, True)
        note(third, aino, None, "shared, Kela's consent withdrawn")
        consent(third, True)
        consent(third, False)
        owner.execute(
            "INSERT INTO audit_event (at, staff_id, action, case_id) VALUES (now(), %s,"
            " 'case_opened', %s)",
            (aino, first),
        )
    return Notes(first, second, third)


def _bodies(connection: psycopg.Connection[Any], case_ids: tuple[int, ...]) -> set[str]:
    rows = connection.execute(
        "SELECT body FROM note WHERE case_id = ANY(%s)", (list(case_ids),)
    ).fetchall()
    return {row[0] for row in rows}


# ---------------------------------------------------------------- plain psycopg
def test_a_kela_advisor_reads_kelas_partition_and_shared_notes_only_by_consent(
    office: Office, notes: Notes
) -> None:
    cases = (notes.kela_and_tax, notes.consented, notes.withdrawn)
    with office.connect("kela.advisor") as kela:
        assert _bodies(kela, cases) == {"Kela's partition", "shared, Kela consented"}
        every = {row[0] for row in kela.execute("SELECT * FROM note").fetchall()}
        assert len(every) == 2
        # Search's way past the policy (through the word index) keeps to the same rule.
        found = kela.execute(
            "SELECT tiski_search_notes(to_tsquery('finnish', 'partition | shared'), 50)"
        ).fetchall()
        visible = kela.execute("SELECT id FROM note").fetchall()
        assert sorted(found) == sorted(visible)  # ids only, and none the policy hides
    with office.connect("vero.advisor") as tax:
        assert _bodies(tax, cases) == {"Tax's partition"}
    with office.connect("aino.virtanen") as desk_advisor:  # the shared desk's own advisor
        assert _bodies(desk_advisor, cases) == {
            "shared, no consent",
            "shared, Kela consented",
            "shared, Kela's consent withdrawn",
        }
    with office.connect("records.officer") as records:  # data requests and retention
        assert len(_bodies(records, cases)) == 5  # every note


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE note SET body = 'rewritten'",
        "DELETE FROM note",
        "UPDATE audit_event SET detail = 'rewritten'",
        "DELETE FROM audit_event",
        "TRUNCATE audit_event",
        "TRUNCATE note",
        "ALTER TABLE note DISABLE TRIGGER ALL",
        "ALTER TABLE audit_event DISABLE TRIGGER tiski_audit_append_only",
        "ALTER TABLE note DISABLE ROW LEVEL SECURITY",
        "DROP POLICY tiski_casework_read ON note",
        "CREATE TABLE mine (id integer)",
        "INSERT INTO change_log (changed_at, kind) VALUES (now(), 'step')",
        "UPDATE staff SET role = 'supervisor'",
        "SELECT password_hash FROM staff",
    ],
)
def test_a_kela_advisor_cannot_change_or_empty_what_the_desk_keeps(
    office: Office, notes: Notes, statement: str
) -> None:
    with office.connect("kela.advisor") as kela, pytest.raises(errors.InsufficientPrivilege):
        kela.execute(statement)


def test_audit_rows_and_consent_are_written_only_in_ones_own_name(
    office: Office, notes: Notes
) -> None:
    with office.connect(OWNER) as owner:
        staff = _ids(owner, "staff", "username")
        kela_id = _ids(owner, "agency")["kela"]
    with office.connect("kela.advisor") as kela:
        kela.execute(
            "INSERT INTO audit_event (at, staff_id, action) VALUES (now(), %s, 'case_opened')",
            (staff["kela.advisor"],),
        )
        with pytest.raises(errors.InsufficientPrivilege, match="row-level security"):
            kela.execute(
                "INSERT INTO audit_event (at, staff_id, action) VALUES (now(), %s, 'x')",
                (staff["aino.virtanen"],),
            )
        # The attack of the issue: granting one's own agency consent for any case.
        with pytest.raises(errors.InsufficientPrivilege, match="row-level security"):
            kela.execute(
                "INSERT INTO consent (case_id, agency_id, granted, recorded_by_id, recorded_at)"
                " VALUES (%s, %s, true, %s, now())",
                (notes.kela_and_tax, kela_id, staff["kela.advisor"]),
            )
        with pytest.raises(errors.InsufficientPrivilege):
            kela.execute("SELECT * FROM audit_event")


def test_only_the_retention_role_removes_audit_rows(office: Office, notes: Notes) -> None:
    with office.connect("kaisa.mattila") as supervisor:
        rows = supervisor.execute("SELECT id FROM audit_event ORDER BY id").fetchall()
        assert rows  # supervisors read the trail
        with pytest.raises(errors.InsufficientPrivilege):
            supervisor.execute("DELETE FROM audit_event WHERE id = %s", (rows[0][0],))
    with office.connect("records.officer") as records:
        removed = records.execute(
            "DELETE FROM audit_event WHERE id = %s RETURNING id", (rows[0][0],)
        ).fetchall()
        assert removed == [rows[0]]
        # Nobody changes a row; retention may only blank a detail (0012).
        records.execute(
            "INSERT INTO audit_event (at, action, detail) VALUES (now(), 'search_run', 'q')"
        )
        with pytest.raises(errors.InsufficientPrivilege):
            records.execute("UPDATE audit_event SET action = 'x'")
        with pytest.raises(errors.RestrictViolation, match="append-only"):
            records.execute("UPDATE audit_event SET detail = 'x'")
        blanked = records.execute(
            "UPDATE audit_event SET detail = NULL RETURNING action, detail"
        ).fetchall()
        assert ("search_run", None) in blanked
    with office.connect("kaisa.mattila") as supervisor, pytest.raises(errors.InsufficientPrivilege):
        supervisor.execute("UPDATE audit_event SET detail = NULL")


def test_the_kiosk_and_the_display_see_no_personal_data(office: Office, notes: Notes) -> None:
    for service in ("kiosk.lobby", "display.lobby"):
        with office.connect(service) as account:
            for statement in (
                "SELECT * FROM customer",
                "SELECT * FROM note",
                "SELECT * FROM visitor_case",
                "SELECT * FROM consent",
                "SELECT visitor_name FROM visit",
                "SELECT customer_id FROM visit",
                "SELECT * FROM staff",
                # An audit row only in its own name (its sign-ins).
                "INSERT INTO audit_event (at, staff_id, action) VALUES (now(), 1, 'x')",
                "SELECT * FROM audit_event",
                # Call next is for staff (migration 0021).
                "SELECT * FROM tiski_call_next(1, 1, current_date, now(), now(), now())",
            ):
                with pytest.raises(errors.InsufficientPrivilege):
                    account.execute(statement)
            account.execute("SELECT ticket_number FROM visit").fetchall()
    with office.connect("kiosk.lobby") as kiosk:
        # Appointments only by the booking code the visitor typed.
        assert kiosk.execute("SELECT * FROM appointment").fetchall() == []


def test_it_reads_no_visitors_names_at_the_database(office: Office, notes: Notes) -> None:
    """IT's login, with plain SQL: the queue's tickets but no name, no visitor, no case;
    not through the group it belongs to either (SET ROLE tiski_staff)."""
    office.desk("aino.virtanen").queue.issue(["kela-general"], visitor_name="Named Visitor")
    with office.connect("ville.aaltonen") as it:
        for statement in (
            "SELECT visitor_name FROM visit",
            "SELECT customer_id FROM visit",
            "SELECT * FROM visit",
            "SELECT visitor_name FROM appointment",
            "SELECT * FROM appointment",
            "SELECT * FROM customer",
            "SELECT * FROM note",
            "SELECT * FROM visitor_case",
            "SELECT * FROM audit_event",
            # The word search answers with note ids only, but would tell whether a name
            # is written in some note.
            "SELECT * FROM tiski_search_notes(to_tsquery('simple', 'named'), 10)",
            "UPDATE visit SET visitor_name = NULL",
            "INSERT INTO visit (ticket_day, ticket_number, language, source, created_at)"
            " VALUES (current_date, 'X999', 'fi', 'guide', now())",
        ):
            with pytest.raises(errors.InsufficientPrivilege):
                it.execute(statement)
        assert it.execute("SELECT ticket_number, language FROM visit").fetchall()
        assert it.execute("SELECT state FROM visit_step").fetchall()
        it.execute("SET ROLE tiski_staff")
        for statement in ("SELECT visitor_name FROM visit", "SELECT visitor_name FROM appointment"):
            with pytest.raises(errors.InsufficientPrivilege):
                it.execute(statement)
    # The functions that work the queue still read the names.
    with office.connect("aino.virtanen") as desk_advisor:
        names = desk_advisor.execute("SELECT visitor_name FROM visit").fetchall()
        assert ("Named Visitor",) in names
        desk_advisor.execute("SELECT visitor_name FROM appointment").fetchall()


def test_its_console_works_without_reading_names(office: Office) -> None:
    """The desk reads the queue for IT without the name column: the snapshot, the
    live feed, the display and the console's session all work under IT's grants."""
    guide_desk = office.desk("aino.virtanen")
    guide = _actor(guide_desk, "aino.virtanen", "T1")
    guide_desk.queue.issue(["kela-general"], visitor_name="Early Visitor", actor=guide)

    desk = office.desk("ville.aaltonen")
    it = _actor(desk, "ville.aaltonen", "T1")
    session = desk.queue.open_session(it)
    desk.queue.heartbeat(it, session)
    snapshot = desk.snapshot(it.counter_id, actor=it)
    assert snapshot.waiting
    assert all(w.visitor_name is None for w in snapshot.waiting)
    assert snapshot.at_counter == ()
    assert snapshot.queues
    assert desk.queue.display(actor=it).queues

    live = LiveDesk(desk.database, it.counter_id, actor=it)
    live.start()
    issued = guide_desk.queue.issue(["kela-general"], visitor_name="Late Visitor", actor=guide)
    delta = live.delta()
    assert delta is not None
    changed = [s for s in delta.steps if s.visit_id == issued.visit_id]
    assert changed
    assert all(s.visitor_name is None for s in delta.steps)
    assert delta.at_counter == ()
    # The guide's own feed carries the name: only IT's leaves it out.
    guide_live = LiveDesk(guide_desk.database, guide.counter_id, actor=guide)
    guide_live.start()
    again = guide_desk.queue.issue(["kela-general"], visitor_name="Named Again", actor=guide)
    guide_delta = guide_live.delta()
    assert guide_delta is not None
    assert "Named Again" in {s.visitor_name for s in guide_delta.steps}
    assert again.visit_id in {s.visit_id for s in guide_delta.steps}
    desk.queue.close_session(it, session)


def test_a_wrong_password_is_refused(office: Office) -> None:
    with pytest.raises(psycopg.OperationalError, match="password authentication failed"):
        office.connect("kela.advisor", password="not-the-password")
    assert "password authentication failed" in office.cluster.server_log()


def test_a_disabled_person_cannot_log_in_and_their_open_session_sees_nothing(
    office: Office, notes: Notes
) -> None:
    owner = office.database(OWNER)
    password = _password()
    staff_admin.add_staff(
        owner,
        "leaving.advisor",
        full_name="Leaving Advisor",
        role="advisor",
        password=password,
    )
    office.passwords["leaving.advisor"] = password
    with office.connect("leaving.advisor") as session:
        assert _bodies(session, (notes.kela_and_tax,)) == {"shared, no consent"}
        account = staff_admin.disable_staff(owner, "leaving.advisor")
        assert not account.active
        assert account.can_login is False
        assert _bodies(session, (notes.kela_and_tax,)) == set()
    with pytest.raises(psycopg.OperationalError, match="not permitted to log in"):
        office.connect("leaving.advisor")


# ---------------------------------------------------------------- the desk as a person
def _actor(desk: Desk, username: str, counter: str) -> Actor:
    staff = next(s for s in desk.staff() if s.username == username)
    counter_id = next(c.id for c in desk.counters() if c.code == counter)
    return desk.sign_in(staff.id, counter_id).actor


def test_a_day_at_the_desk_works_with_each_persons_own_role(office: Office) -> None:
    kiosk = office.desk("kiosk.lobby")
    site, agencies, services = kiosk.catalogue()
    assert site is not None
    assert agencies
    assert services
    assert kiosk.queue.estimates()
    ticket = kiosk.queue.issue(["kela-general"], language=Language.FI, source="kiosk")

    kela = office.desk("kela.advisor")
    advisor = _actor(kela, "kela.advisor", "T2")
    session = kela.queue.open_session(advisor)
    snapshot = kela.snapshot(advisor.counter_id)
    assert any(w.ticket_number == ticket.ticket_number for w in snapshot.waiting)
    called = kela.queue.call_next(advisor)
    assert called is not None  # the demo's longest-waiting Kela visitor
    kela.queue.act(advisor, called.step.step_id, StepAction.START)
    visit = called.step.visit_id
    identity = VisitorIdentity(parse_identity_code(CODE), "Maija Meikäläinen", None)
    customer = kela.cases.identify(advisor, visit, identity)
    assert kela.cases.identify(advisor, visit, identity).id == customer.id  # found again
    opened = kela.cases.open_visit(advisor, visit)
    assert opened.customer is not None
    assert opened.case is None
    agencies_by_code = {a.code: a.id for a in kela.snapshot().agencies}
    shared = kela.cases.write_note(
        advisor, NoteDraft(None, "Asked about housing benefit.", str(uuid.uuid4()), visit)
    )
    kela_note = kela.cases.write_note(
        advisor,
        NoteDraft(
            shared.case_id,
            "Kela: application pending.",
            str(uuid.uuid4()),
            visit,
            called.step.service_id,
            agencies_by_code["kela"],
        ),
    )
    kela.cases.write_note(
        advisor,
        NoteDraft(
            shared.case_id, "Correction: sent today.", str(uuid.uuid4()), amends_id=kela_note.id
        ),
    )
    with pytest.raises(DeskError):  # Tax's partition without the visitor's consent
        kela.cases.write_note(
            advisor,
            NoteDraft(
                shared.case_id, "For Tax", str(uuid.uuid4()), visit, None, agencies_by_code["vero"]
            ),
        )
    # A Tax advisor who never served this visit sees nothing of it before the consent.
    tax_advisor_desk = office.desk("vero.advisor")
    tax_advisor = _actor(tax_advisor_desk, "vero.advisor", "T3")
    with pytest.raises(DeskError):  # the desk's own check says so first
        tax_advisor_desk.cases.case_view(tax_advisor, shared.case_id)
    with office.connect("vero.advisor") as tax_connection:  # and the database agrees
        found = tax_connection.execute(
            "SELECT count(*) FROM visitor_case WHERE id = %s", (shared.case_id,)
        ).fetchone()
        assert found == (0,)
    view = kela.cases.record_consent(advisor, shared.case_id, agencies_by_code["vero"], True)
    assert view.consent_for(agencies_by_code["vero"])
    assert {n.text for n in view.notes} >= {
        "Asked about housing benefit.",
        "Kela: application pending.",
    }
    assert kela.cases.case_view(advisor, shared.case_id, opening=True).id == shared.case_id
    assert kela.cases.search(advisor, "housing")
    consult = kela.consult.ask(advisor, visit, agencies_by_code["vero"], "Tax card question")
    assert kela.consult.of_visit(advisor, visit)
    kela.queue.heartbeat(advisor, session)

    # A Kela specialist declines a request of their own agency; the advisor withdraws it.
    kela_request = kela.consult.ask(advisor, visit, agencies_by_code["kela"], "Family benefit")
    kela_specialist_desk = office.desk("paivi.lehtonen")
    kela_specialist = _actor(kela_specialist_desk, "paivi.lehtonen", "R2")
    assert [c.id for c in kela_specialist_desk.consult.inbox(kela_specialist)] == [kela_request.id]
    declined = kela_specialist_desk.consult.decline(kela_specialist, kela_request.id, "In a call")
    assert declined.declines
    kela.consult.cancel(advisor, kela_request.id)

    # A Tax specialist answers the consultation from the remote counter.
    tax = office.desk("markku.salonen")
    specialist = _actor(tax, "markku.salonen", "R1")
    tax_session = tax.queue.open_session(specialist)
    assert any(c.id == consult.id for c in tax.consult.inbox(specialist))
    tax.consult.accept(specialist, consult.id)
    context = tax.consult.context(specialist, consult.id)
    assert context.consented
    assert context.visitor is not None
    assert "Asked about housing benefit." in {n.text for n in context.case.notes}
    assert "Kela: application pending." not in {n.text for n in context.case.notes}
    tax.consult.hand_back(specialist, consult.id, "Tax card sent by post.")
    tax.queue.close_session(specialist, tax_session)

    # The Kela advisor finishes; the display shows the call; the supervisor reads the trail.
    kela.queue.act(advisor, called.step.step_id, StepAction.FINISH)
    kela.queue.close_session(advisor, session)
    display = office.desk("display.lobby")
    assert display.site_names() is not None
    lobby = _actor(display, "display.lobby", "T1")
    shown = display.queue.display(actor=lobby).called
    assert any(c.ticket_number == called.step.ticket_number for c in shown)
    supervisor_desk = office.desk("kaisa.mattila")
    supervisor = _actor(supervisor_desk, "kaisa.mattila", "T1")
    trail = supervisor_desk.cases.audit_trail(supervisor, shared.case_id)
    assert {"note_written", "consent_recorded", "consult_requested"} <= {e.action for e in trail}

    # The visitor agreed to share the case with Tax: a Tax advisor reads its shared
    # notes and the Tax specialist's answer, never Kela's partition.
    seen = {n.text for n in tax_advisor_desk.cases.case_view(tax_advisor, shared.case_id).notes}
    assert "Asked about housing benefit." in seen
    assert "Tax card sent by post." in seen
    assert "Kela: application pending." not in seen

    # Data requests and retention run as the records officer's role.
    records = office.desk("records.officer")
    supervisor_only = supervisor_desk.cases
    with pytest.raises(DeskError, match="records role"):  # would miss Kela's partition
        supervisor_only.visitor_data(supervisor, parse_identity_code(CODE))
    officer = _actor(records, "records.officer", "T1")
    data = records.cases.visitor_data(officer, parse_identity_code(CODE))
    assert data["visitor"] is not None
    texts = {note["text"] for case in data["cases"] for note in case["notes"]}
    assert "Kela: application pending." in texts  # every agency's, for the visitor
    records.cases.set_legal_hold(officer, shared.case_id, True)
    job_desk = office.desk("retention.job")
    job = _actor(job_desk, "retention.job", "T1")
    report = job_desk.cases.run_retention(job, 1, dry_run=True)
    assert report.cases == 0


def test_a_kiosk_checks_an_appointment_in_by_its_code(office: Office) -> None:
    from datetime import timedelta

    from console.core.queue import utc_now

    guide_desk = office.desk("aino.virtanen")
    guide = _actor(guide_desk, "aino.virtanen", "T1")
    booked = guide_desk.queue.book(
        guide, "kela-general", utc_now() + timedelta(minutes=30), visitor_name="Ville Vierailija"
    )
    kiosk = office.desk("kiosk.lobby")
    ticket = kiosk.queue.check_in(booked.booking_code)
    assert ticket.visit_id
    with pytest.raises(DeskError, match="already"):
        kiosk.queue.check_in(booked.booking_code)


# ---------------------------------------------------------------- checks
def test_the_office_has_no_policy_problems_as_a_person(office: Office) -> None:
    assert pg_policy_check.policy_problems(office.database("kela.advisor")) == []


def test_a_login_whose_groups_disagree_with_its_staff_row_is_named(office: Office) -> None:
    owner = office.database(OWNER)
    staff_admin.add_staff(owner, "wrong.groups", full_name="Wrong Groups", role="advisor")
    with office.connect(OWNER) as connection:
        connection.execute('GRANT tiski_agency_kela TO "wrong.groups"')
    try:
        problems = [m.english() for m in pg_policy_check.policy_problems(owner)]
        assert any("wrong.groups (tiski_advisor, tiski_agency_kela)" in p for p in problems)
    finally:
        staff_admin.disable_staff(owner, "wrong.groups")


def test_a_grant_that_lets_it_read_names_is_named(office: Office) -> None:
    owner = office.database(OWNER)
    with office.connect(OWNER) as connection:
        connection.execute("GRANT SELECT (visitor_name) ON appointment TO tiski_it")
    try:
        problems = [m.english() for m in pg_policy_check.policy_problems(owner)]
        assert any(
            "read them at the database: tiski_it appointment.visitor_name" in p for p in problems
        )
    finally:
        with office.connect(OWNER) as connection:
            connection.execute("REVOKE SELECT (visitor_name) ON appointment FROM tiski_it")
    problems = [m.english() for m in pg_policy_check.policy_problems(owner)]
    assert not any("visitors' names" in p for p in problems)


def test_a_set_fingerprint_is_changed_by_the_owner_only(office: Office) -> None:
    from console.core.identity import secret_fingerprint

    with office.connect(OWNER) as owner:  # as the first identity code used would leave it
        owner.execute("UPDATE site SET identity_fingerprint = %s", (secret_fingerprint(KEY),))
    with office.connect("kela.advisor") as kela, pytest.raises(errors.RestrictViolation):
        kela.execute("UPDATE site SET identity_fingerprint = 'another key'")
    with office.connect("kela.advisor") as kela, pytest.raises(errors.InsufficientPrivilege):
        kela.execute("UPDATE site SET name_fi = 'Toinen'")


def test_the_owner_and_a_superuser_are_named_as_problems(office: Office) -> None:
    owner_problems = [m.english() for m in pg_policy_check.policy_problems(office.database(OWNER))]
    assert any("owns the desk's tables" in text for text in owner_problems)
    superuser = Database(
        office.cluster.url("postgres", office.cluster.superuser_password, DATABASE)
    )
    try:
        problems = [m.english() for m in pg_policy_check.policy_problems(superuser)]
    finally:
        superuser.dispose()
    assert any("superuser" in text for text in problems)


# ---------------------------------------------------------------- tiski staff, doctor
@pytest.fixture
def application(qapp: object) -> object:
    """The CLI speaks through Qt's translators: a QApplication, not a bare core one
    (the later Qt tests of the session need the former)."""
    return qapp


def _tiski(monkeypatch: pytest.MonkeyPatch, *args: str, stdin: str = "") -> int:
    from console import cli

    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    return cli.main(["--language", "en", *args])


def test_tiski_staff_makes_changes_and_switches_off_a_login_role(
    office: Office,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    application: object,
) -> None:
    monkeypatch.setenv("PGPASSWORD", office.owner_password)  # as pgpass would give it
    owner_url = office.cluster.url(OWNER, None, DATABASE)
    first, second = _password(), _password()
    status = _tiski(
        monkeypatch,
        *("staff", "add", "Tax.Guide", "--name", "Tax Guide", "--role", "guide"),
        *("--agency", "VERO", "--password-stdin", "--database", owner_url),
        stdin=first + "\n",
    )
    assert status == 0
    assert "signs in as tax.guide (tiski_agency_vero, tiski_guide)" in capsys.readouterr().out
    with office.connect("tax.guide", first) as person:
        assert person.execute("SELECT pg_has_role('tiski_staff', 'USAGE')").fetchone() == (True,)
        assert person.execute("SELECT tiski_current_agency() IS NOT NULL").fetchone() == (True,)

    # Moved to the desk's own staff: the agency role goes.
    assert (
        _tiski(monkeypatch, "staff", "add", "tax.guide", "--agency", "", "--database", owner_url)
        == 0
    )
    assert "signs in as tax.guide (tiski_guide)" in capsys.readouterr().out
    # The records role: given, kept by a later change, taken away only when asked.
    for args, groups in (
        (("--retention",), "tiski_guide, tiski_retention"),
        (("--name", "Tax Guide"), "tiski_guide, tiski_retention"),
        (("--no-retention",), "tiski_guide"),
    ):
        assert _tiski(monkeypatch, "staff", "add", "tax.guide", *args, "--database", owner_url) == 0
        assert f"signs in as tax.guide ({groups})" in capsys.readouterr().out

    status = _tiski(
        monkeypatch,
        *("staff", "password", "tax.guide", "--password-stdin", "--database", owner_url),
        stdin=second + "\n",
    )
    assert status == 0
    with pytest.raises(psycopg.OperationalError, match="password authentication failed"):
        office.connect("tax.guide", first)
    office.connect("tax.guide", second).close()

    assert _tiski(monkeypatch, "staff", "disable", "tax.guide", "--database", owner_url) == 0
    with pytest.raises(psycopg.OperationalError, match="not permitted to log in"):
        office.connect("tax.guide", second)
    capsys.readouterr()
    assert _tiski(monkeypatch, "staff", "list", "--database", owner_url) == 0
    listed = capsys.readouterr().out.splitlines()
    assert "tax.guide\tTax Guide\tguide\t-\tswitched off" in listed
    assert any(
        line.startswith("kela.advisor\t") and "signs in as kela.advisor" in line for line in listed
    )


def test_tiski_staff_as_a_person_is_refused_and_says_to_use_the_owner(
    office: Office,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    application: object,
) -> None:
    monkeypatch.setenv("PGPASSWORD", office.passwords["kela.advisor"])
    url = office.cluster.url("kela.advisor", None, DATABASE)
    status = _tiski(
        monkeypatch,
        *("staff", "add", "kela.advisor", "--role", "supervisor", "--database", url),
    )
    err = capsys.readouterr().err
    assert status == 2
    assert "owner's database URL" in err
    assert "Traceback" not in err


def test_doctor_checks_roles_and_warns_about_the_owner(
    office: Office,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    application: object,
) -> None:
    monkeypatch.setenv("PGPASSWORD", office.passwords["kela.advisor"])
    url = office.cluster.url("kela.advisor", None, DATABASE)
    _tiski(monkeypatch, "--database", url, "doctor", "--json")
    roles = _check(json.loads(capsys.readouterr().out), "roles")
    assert roles["status"] == "ok", roles

    monkeypatch.setenv("PGPASSWORD", office.owner_password)
    _tiski(monkeypatch, "--database", office.cluster.url(OWNER, None, DATABASE), "doctor", "--json")
    roles = _check(json.loads(capsys.readouterr().out), "roles")
    assert roles["status"] == "warning"
    assert "owns the desk's tables" in roles["finding"]


def _check(report: dict[str, Any], name: str) -> dict[str, Any]:
    return next(check for check in report["checks"] if check["name"] == name)


def test_roles_made_beforehand_need_no_createrole_and_a_downgrade_keeps_them(
    office: Office,
) -> None:
    """IT may make the group roles itself; then the owner needs no CREATEROLE at all."""
    from console.store.schema import migrate

    password = _password()
    with psycopg.connect(
        office.cluster.conninfo("postgres", office.cluster.superuser_password), autocommit=True
    ) as admin:
        admin.execute(
            sql.SQL("CREATE ROLE plain_owner LOGIN PASSWORD {}").format(sql.Literal(password))
        )
        admin.execute("CREATE DATABASE second_desk OWNER plain_owner")
    database = Database(office.cluster.url("plain_owner", password, "second_desk"))
    office.opened.append(database)
    upgrade(database)
    with database.engine.connect() as connection:
        raw = connection.connection.driver_connection
        assert raw is not None
        policies = raw.execute("SELECT count(*) FROM pg_policies").fetchone()
        assert policies is not None
        assert policies[0] > 20
    it_reads_names = (
        "SELECT has_column_privilege('tiski_it', 'visit', 'visitor_name', 'SELECT'),"
        " has_column_privilege('tiski_it', 'appointment', 'visitor_name', 'SELECT'),"
        " has_column_privilege('tiski_guide', 'visit', 'visitor_name', 'SELECT'),"
        " has_function_privilege('tiski_guide', 'tiski_search_notes(tsquery, integer)',"
        " 'EXECUTE')"
    )
    with database.engine.connect() as connection:
        raw = connection.connection.driver_connection
        assert raw is not None
        assert raw.execute(it_reads_names).fetchone() == (False, False, True, False)
    migrate(database, "0007", down=True)  # 0008's downgrade gives back 0007's grants
    with database.engine.connect() as connection:
        raw = connection.connection.driver_connection
        assert raw is not None
        assert raw.execute(it_reads_names).fetchone() == (True, True, True, True)
    migrate(database, "0006", down=True)
    with database.engine.connect() as connection:
        raw = connection.connection.driver_connection
        assert raw is not None
        assert raw.execute("SELECT count(*) FROM pg_policies").fetchone() == (0,)
        assert raw.execute(
            "SELECT count(*) FROM pg_class WHERE relrowsecurity AND relkind = 'r'"
        ).fetchone() == (0,)
        assert raw.execute(
            "SELECT count(*) FROM pg_roles WHERE rolname = 'tiski_staff'"
        ).fetchone() == (1,)
    upgrade(database)
    assert [m.english() for m in pg_policy_check.policy_problems(database)] == [
        "database.url connects as plain_owner, which owns the desk's tables: it can switch "
        "the audit trail's protection off and bypasses row security. Use the owner only for "
        "tiski db upgrade and tiski staff; consoles connect as the person signing in "
        "(docs/deploy.md)."
    ]


def test_signing_in_checks_the_password_at_the_server(office: Office) -> None:
    from console.desk.accounts import sign_in

    url = office.cluster.url("nobody", None, DATABASE)  # sign_in puts the person in
    for username in ("kela.advisor", "kiosk.lobby"):  # a service account reads its own row
        person = sign_in(url, username, office.passwords[username])
        try:
            assert person.staff.username == username
        finally:
            person.database.dispose()
    with pytest.raises(DeskError, match="not right"):
        sign_in(url, "kela.advisor", "not-the-password")
    with pytest.raises(DeskError, match="not right"):
        sign_in(url, "no.such.person", "whatever-it-is")


@pytest.mark.parametrize("checker", ["ville.aaltonen", "aino.virtanen"])
def test_a_console_that_reads_no_cases_still_returns_a_stranded_visitor(
    office: Office, checker: str
) -> None:
    """Every console's heartbeat takes its turn at the stranded check; IT's and a
    guide's may not read cases, yet the audit row still names the visitor's case."""
    from datetime import timedelta

    from console.core.queue import utc_now

    # An advisor of this test alone: no console of theirs is running anywhere.
    name = f"leaves.{checker.split('.')[0]}"
    office.passwords[name] = _password()
    staff_admin.add_staff(
        office.database(OWNER),
        name,
        full_name=name.title(),
        role="advisor",
        agency_code="kela",
        skills=["kela-general"],
        password=office.passwords[name],
    )
    kela = office.desk(name)
    advisor = _actor(kela, name, "T3")
    earlier = utc_now() - timedelta(minutes=40)
    kela.queue.issue(["kela-general"], language=Language.FI, source="kiosk", now=earlier)
    kela.queue.open_session(advisor, now=earlier)
    called = kela.queue.call_next(advisor, now=earlier)
    assert called is not None
    case = kela.cases.open_case(advisor, called.step.visit_id, now=earlier)
    # The advisor's console stops here (no more heartbeats, no quitting).

    desk = office.desk(checker)
    person = _actor(desk, checker, "T1")
    # Signing in (its first check) and each heartbeat run the stranded check.
    session = desk.queue.open_session(person)
    desk.queue.heartbeat(person, session)
    desk.queue.close_session(person, session)
    with office.connect(OWNER) as owner:
        state = owner.execute(
            "SELECT state FROM visit_step WHERE id = %s", (called.step.step_id,)
        ).fetchone()
        assert state == ("waiting",)
        case_ids = owner.execute(
            "SELECT case_id FROM audit_event WHERE action = 'step_returned_stranded'"
            " AND detail LIKE %s",
            (f"step={called.step.step_id} %held_by_staff={advisor.staff_id} %",),
        ).fetchall()
    assert case_ids == [(case.id,)]


# ---------------------------------------------------------------- the desk as a file
def test_a_desk_file_makes_and_switches_off_login_roles_with_the_owners_url(
    office: Office,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    application: object,
    tmp_path: Path,
) -> None:
    from console.core.desk_file import StaffSpec
    from console.core.desk_toml import dump_desk
    from console.core.queue import Role
    from console.desk.setup import current_desk

    monkeypatch.setenv("PGPASSWORD", office.owner_password)
    owner_url = office.cluster.url(OWNER, None, DATABASE)
    desk = current_desk(office.database(OWNER))
    assert desk is not None
    newcomer = StaffSpec("desk.newcomer", "Desk Newcomer", Role.ADVISOR, "kela", ("kela-general",))
    with_newcomer = tmp_path / "with.toml"
    with_newcomer.write_text(dump_desk(replace(desk, staff=(*desk.staff, newcomer))), "utf-8")
    without = tmp_path / "without.toml"
    without.write_text(dump_desk(desk), "utf-8")

    assert _tiski(monkeypatch, "desk", "apply", str(with_newcomer), "--database", owner_url) == 0
    out = capsys.readouterr().out
    assert "+ staff member desk.newcomer: added" in out
    assert "No password yet" in out
    assert "desk.newcomer" in out
    with office.connect("postgres", office.cluster.superuser_password) as admin:
        state = pg_roles.login_state(admin, "desk.newcomer")
    assert state.can_login
    assert set(state.groups) == {"tiski_advisor", "tiski_agency_kela"}
    password = _password()
    staff_admin.set_staff_password(office.database(OWNER), "desk.newcomer", password)
    office.connect("desk.newcomer", password).close()

    # Gone from the file: the login role is switched off at once.
    assert _tiski(monkeypatch, "desk", "apply", str(without), "--database", owner_url) == 0
    assert "- staff member desk.newcomer: retired" in capsys.readouterr().out
    with pytest.raises(psycopg.OperationalError, match="not permitted to log in"):
        office.connect("desk.newcomer", password)


def test_a_supervisors_console_changes_a_service_but_no_account(office: Office) -> None:
    from console.core.records import Names
    from console.desk.setup import DeskPlanRefused, apply_setup, current_desk, plan_setup

    desk = office.desk("kaisa.mattila")
    supervisor = _actor(desk, "kaisa.mattila", "T1")
    current = current_desk(desk.database)
    assert current is not None
    first = current.services[0]
    renamed = replace(
        first, names=Names(first.names.fi + " (uusi)", first.names.sv, first.names.en)
    )
    wanted = replace(current, services=(renamed, *current.services[1:]))

    applied = apply_setup(desk.database, wanted, actor=supervisor, source="admin window")

    assert [c.key for c in applied.plan.changes] == [first.code]
    assert current_desk(office.database(OWNER)) == wanted
    # A new person is the owner's to make on PostgreSQL: even IT's console is told what
    # to run instead; a supervisor may not add people at all.
    member = replace(current.staff[0], username="not.yet")
    more = replace(wanted, staff=(*wanted.staff, member))
    it_desk = office.desk("ville.aaltonen")
    it = _actor(it_desk, "ville.aaltonen", "T1")
    plan = plan_setup(it_desk.database, more, actor=it)
    assert any("with the owner's database URL" in r.english() for r in plan.refusals)
    with pytest.raises(DeskPlanRefused, match="only IT adds"):
        apply_setup(desk.database, more, actor=supervisor)
    apply_setup(desk.database, current, actor=supervisor)


def test_an_advisor_cannot_change_the_setup_with_raw_sql(office: Office) -> None:
    with office.connect("aino.virtanen") as advisor:
        for statement in (
            "UPDATE service SET name_fi = 'x'",
            "INSERT INTO counter (code, name_fi, name_sv, name_en, remote)"
            " VALUES ('X', 'x', 'x', 'x', false)",
            "DELETE FROM staff_skill",
            "UPDATE site SET hours = NULL",
        ):
            with pytest.raises(errors.InsufficientPrivilege):
                advisor.execute(statement)
    # A supervisor keeps the set-up, but never the staff rows (the owner's, with roles).
    with office.connect("kaisa.mattila") as supervisor, pytest.raises(errors.InsufficientPrivilege):
        supervisor.execute("UPDATE staff SET role = 'it' WHERE username = 'kaisa.mattila'")


def test_tiski_desk_apply_as_a_person_is_refused_and_says_to_use_the_owner(
    office: Office,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    application: object,
    tmp_path: Path,
) -> None:
    from console.core.desk_file import StaffSpec
    from console.core.desk_toml import dump_desk
    from console.core.queue import Role
    from console.desk.setup import current_desk

    desk = current_desk(office.database(OWNER))
    assert desk is not None
    newcomer = StaffSpec("not.made", "Not Made", Role.GUIDE, None, ())
    path = tmp_path / "office.toml"
    path.write_text(dump_desk(replace(desk, staff=(*desk.staff, newcomer))), "utf-8")
    monkeypatch.setenv("PGPASSWORD", office.passwords["ville.aaltonen"])
    url = office.cluster.url("ville.aaltonen", None, DATABASE)

    status = _tiski(monkeypatch, "desk", "apply", str(path), "--database", url)

    err = capsys.readouterr().err
    assert status == 2
    assert "Run tiski desk apply with the owner's database URL (--database)" in err
    assert "Traceback" not in err
    assert current_desk(office.database(OWNER)) == desk


def test_the_supervisor_reads_the_floor_and_the_reports_with_their_own_role(
    office: Office,
) -> None:
    kela = office.desk("kela.advisor")
    advisor = _actor(kela, "kela.advisor", "T3")
    kela.queue.open_session(advisor)
    kela.queue.issue(["kela-general"])
    called = kela.queue.call_next(advisor)
    assert called is not None
    kela.queue.act(advisor, called.step.step_id, StepAction.START)
    kela.queue.act(advisor, called.step.step_id, StepAction.FINISH)

    boss = office.desk("kaisa.mattila")
    supervisor = boss.sign_in_by_username("kaisa.mattila", None).actor
    floor = boss.floor.floor(supervisor)
    t3 = next(row for row in floor.counters if row.code == "T3")
    assert t3.staff_name == "Kela Advisor"  # the desk sessions and staff are readable
    assert sum(row.served_today for row in floor.services) >= 1
    today = datetime.now(UTC).astimezone(DESK_TIMEZONE).date()
    # The called visitor may have come in before midnight: the report is by arrival.
    arrived = called.step.queued_at.astimezone(DESK_TIMEZONE).date()
    report = boss.reports.report(supervisor, arrived, today, dimension=Dimension.STAFF)
    served = {row.who: row.figures["served"] for row in report.rows}
    assert served.get("kela.advisor", 0) >= 1
    split = boss.reports.cost_split(supervisor, arrived, today, 10_000, CostMethod.STEPS)
    assert sum(share.cost_cents for share in split.shares) == 10_000
    # Closing a service for new tickets: the supervisor may, the kiosk sees it.
    boss.floor.close_for_tickets(supervisor, "vero-inheritance", True)
    kiosk_services = {s.code: s for s in office.desk("kiosk.lobby").catalogue()[2]}
    assert kiosk_services["vero-inheritance"].tickets_closed
    boss.floor.close_for_tickets(supervisor, "vero-inheritance", False)
    with office.connect("kela.advisor") as connection, pytest.raises(errors.InsufficientPrivilege):
        connection.execute("DELETE FROM service_closure")


def test_the_kiosk_adds_feedback_it_cannot_read_and_the_supervisor_reads_it(
    office: Office,
) -> None:
    kiosk = office.desk("kiosk.lobby")
    ticket = kiosk.queue.issue(["vero-taxcard"], language=Language.FI, source="kiosk")
    assert kiosk.queue.give_feedback(Score.GREAT, FeedbackReason.SERVICE, ticket.ticket_number) == 1
    with office.connect("kiosk.lobby") as connection, pytest.raises(errors.InsufficientPrivilege):
        connection.execute("SELECT score FROM feedback")
    boss = office.desk("kaisa.mattila")
    supervisor = boss.sign_in_by_username("kaisa.mattila", None).actor
    today = datetime.now(UTC).astimezone(DESK_TIMEZONE).date()
    report = boss.reports.report(supervisor, today, today, dimension=Dimension.SERVICE)
    vero = next(row for row in report.rows if row.who == "vero-taxcard")
    assert vero.figures["feedback_answers"] >= 1


def test_skills_for_the_day_and_a_guides_ticket_to_one_counter_with_own_roles(
    office: Office,
) -> None:
    boss = office.desk("kaisa.mattila")
    supervisor = boss.sign_in_by_username("kaisa.mattila", None).actor
    # The supervisor's role plans the day: nothing for the Tax advisor at first.
    boss.floor.set_skills_for_today(supervisor, "vero.advisor", [])
    guide_desk = office.desk("sanna.heinonen")
    guide = guide_desk.sign_in_by_username("sanna.heinonen", None).actor
    handed = guide_desk.queue.issue(["pori-general"], actor=guide, counter_code="T4")
    # The kiosk's role estimates the wait, which reads the skills of the day.
    kiosk = office.desk("kiosk.lobby")
    kiosk.queue.issue(["kela-family"], source="kiosk")
    vero = office.desk("vero.advisor")
    advisor = _actor(vero, "vero.advisor", "T4")
    try:
        first = vero.queue.call_next(advisor)
        assert first is not None
        assert first.step.ticket_number == handed.ticket_number  # handed to T4 by the guide
        vero.queue.act(advisor, first.step.step_id, StepAction.NO_SHOW)
        assert vero.queue.call_next(advisor) is None  # no skills today
        boss.floor.set_skills_for_today(supervisor, "vero.advisor", ["kela-family"])
        second = vero.queue.call_next(advisor)  # the same sign-in: the plan counts at once
        assert second is not None
        assert second.service.code == "kela-family"
        vero.queue.act(advisor, second.step.step_id, StepAction.NO_SHOW)
    finally:
        boss.floor.set_skills_for_today(supervisor, "vero.advisor", None)
    # Nobody else plans: an advisor's raw SQL is refused at the database.
    with office.connect("vero.advisor") as connection, pytest.raises(errors.InsufficientPrivilege):
        connection.execute(
            "INSERT INTO staff_day_plan (staff_id, day, set_at) "
            "SELECT id, current_date, now() FROM staff WHERE username = 'vero.advisor'"
        )
    with office.connect("kiosk.lobby") as connection, pytest.raises(errors.InsufficientPrivilege):
        connection.execute("DELETE FROM staff_day_skill")


def test_a_tampered_kiosk_cannot_add_a_step_called_or_handed_to_a_counter(
    office: Office,
) -> None:
    """The kiosk's own login, with plain SQL: a waiting step for any counter goes in, as
    the kiosk's tickets do; one already called at a counter, or handed to one counter or
    person (staff's work: the guide's "To", a transfer), is refused at the database."""
    kiosk = office.desk("kiosk.lobby")
    ticket = kiosk.queue.issue(["vero-taxcard"], source="kiosk")  # the ordinary way
    with office.connect("kiosk.lobby") as connection:
        service = connection.execute(
            "SELECT id FROM service WHERE code = 'vero-taxcard'"
        ).fetchone()
        assert service is not None
        insert = (
            "INSERT INTO visit_step (visit_id, site_id, position, service_id, state, queued_at,"
            " recalls{extra_columns}) VALUES (%s, (SELECT site_id FROM visit WHERE id = %s), 9,"
            " %s, {state}, now(), 0{extra_values})"
        )
        for state, columns, values in (
            ("'called'", ", counter_id, called_at", ", 1, now()"),
            ("'waiting'", ", target_counter_id", ", 1"),
            ("'waiting'", ", target_staff_id", ", 1"),
        ):
            statement = insert.format(extra_columns=columns, state=state, extra_values=values)
            with pytest.raises(errors.InsufficientPrivilege):
                connection.execute(statement, (ticket.visit_id, ticket.visit_id, service[0]))
        # A plain waiting step is what the kiosk adds (a visit's next service).
        plain = insert.format(extra_columns="", state="'waiting'", extra_values="")
        connection.execute(plain, (ticket.visit_id, ticket.visit_id, service[0]))
