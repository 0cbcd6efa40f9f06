"""The identity key off the clients: PostgreSQL keeps it, hashes with it, and lets no one read it.

A private cluster that checks passwords (tests/support/pg_cluster.py) holds a desk
migrated by an owner that is no superuser; an advisor signs in with their own login
role and attacks with plain psycopg, as a client outside Tiski could, and then works
through the desk with no key of their own: no keyring entry, no key file. Last, the
retention job runs as IT's records login and leaves nothing of a visitor (the grants
of migration 0012 are enough, and no more is needed).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import psycopg
import pytest
from pg_cluster import PrivateCluster, private_cluster  # noqa: F401 - the fixture
from psycopg import errors, sql
from queue_kit import actor

from console.app.opening import make_desk
from console.config import load_settings
from console.core.identity import (
    VisitorIdentity,
    identity_hash,
    parse_identity_code,
    secret_fingerprint,
)
from console.core.queue import Language
from console.core.steps import StepAction
from console.desk import staff_admin
from console.desk.desk import Desk
from console.desk.errors import DeskError
from console.site_secret import KEYRING_SERVICE, KEYRING_USER
from console.store.database import Database
from console.store.queries import transaction
from console.store.schema import upgrade

pytestmark = pytest.mark.postgres

OWNER = "keydesk_owner"
DATABASE = "keydesk"
ADVISOR = "keydesk.advisor"
RECORDS = "keydesk.records"
IT = "keydesk.it"
CODE = "131052-308T"


@dataclass
class Office:
    cluster: PrivateCluster
    owner_password: str
    passwords: dict[str, str] = field(default_factory=dict)
    opened: list[Database] = field(default_factory=list)

    def database(self, user: str) -> Database:
        password = self.owner_password if user == OWNER else self.passwords[user]
        database = Database(self.cluster.url(user, password, DATABASE))
        self.opened.append(database)
        return database

    def connect(self, user: str) -> psycopg.Connection[Any]:
        password = self.owner_password if user == OWNER else self.passwords[user]
        return psycopg.connect(self.cluster.conninfo(user, password, DATABASE), autocommit=True)


@pytest.fixture(scope="module")
def office(private_cluster: PrivateCluster) -> Iterator[Office]:  # noqa: F811
    office = Office(private_cluster, "pw-" + uuid.uuid4().hex)
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
    upgrade(owner)  # as the owner, no superuser: it may create the trusted pgcrypto itself
    assert Desk(owner).seed_demo()
    people = ((ADVISOR, "advisor", False), (RECORDS, "supervisor", True), (IT, "it", True))
    for username, role, retention in people:
        office.passwords[username] = "pw-" + uuid.uuid4().hex
        staff_admin.add_staff(
            owner,
            username,
            full_name=username.title(),
            role=role,
            skills=["kela-general"],
            retention=retention,
            password=office.passwords[username],
        )
    yield office
    for database in office.opened:
        database.dispose()


def _owners_key(office: Office) -> bytes:
    with office.connect(OWNER) as owner:
        row = owner.execute("SELECT secret FROM identity_key").fetchone()
    assert row is not None
    return bytes(row[0])


def test_an_advisor_may_hash_with_the_key_but_never_read_it(office: Office) -> None:
    key = _owners_key(office)  # made by the migration: no code had been hashed
    assert len(key) == 32
    with office.connect(ADVISOR) as advisor:
        for attack in (
            "SELECT * FROM identity_key",
            "SELECT secret FROM identity_key WHERE id = 1",
            "INSERT INTO identity_key (id, secret) VALUES (2, '\\x00')",
            "UPDATE identity_key SET secret = secret",
            "DELETE FROM identity_key",
            "COPY identity_key TO STDOUT",
        ):
            with pytest.raises(errors.InsufficientPrivilege):
                advisor.execute(attack)
        # The function hashes as console.core.identity does, with the database's key.
        hashed = advisor.execute("SELECT tiski_identity_hash(%s)", (CODE,)).fetchone()
        assert hashed == (identity_hash(parse_identity_code(CODE), key),)
        fingerprint = advisor.execute("SELECT tiski_identity_fingerprint()").fetchone()
        assert fingerprint == (secret_fingerprint(key),)
        # Nothing the catalog shows a client holds the key: the functions' source, their
        # settings, the table's statistics.
        sources = advisor.execute(
            "SELECT pg_get_functiondef(p.oid) FROM pg_proc p"
            " WHERE p.proname IN ('tiski_identity_hash', 'tiski_identity_fingerprint')"
        ).fetchall()
        assert len(sources) == 2
        for (source,) in sources:
            assert "SECURITY DEFINER" in source
            assert "search_path" in source
            assert key.hex() not in source.lower()
        stats = advisor.execute(
            "SELECT count(*) FROM pg_stats WHERE tablename = 'identity_key'"
        ).fetchone()
        assert stats == (0,)
        # No runtime role has any privilege on the table: only its owner reads it.
        readers = advisor.execute(
            "SELECT r.rolname FROM pg_roles r WHERE r.rolname LIKE 'tiski\\_%'"
            " AND (has_table_privilege(r.oid, 'identity_key', 'SELECT')"
            " OR has_table_privilege(r.oid, 'identity_key', 'INSERT')"
            " OR has_table_privilege(r.oid, 'identity_key', 'UPDATE'))"
        ).fetchall()
        assert readers == []
        # A person's connection is not the owner's: it may not set the key either.
    with transaction(office.database(ADVISOR)) as tx:
        assert not tx.may_set_database_key()


def test_a_console_without_any_key_identifies_visitors_through_the_database(
    office: Office,
) -> None:
    import keyring

    assert keyring.get_password(KEYRING_SERVICE, KEYRING_USER) is None
    settings = load_settings({"identity.key_file": ""})
    desk = make_desk(settings, office.database(ADVISOR), embedded=False)
    assert desk.cases._identity_key_source is None  # a PostgreSQL console never loads a key
    advisor = actor(desk, ADVISOR, "T1")
    code = parse_identity_code(CODE)
    visits = [desk.queue.issue(["kela-general"], language=Language.FI).visit_id for _ in "ab"]
    first = desk.cases.identify(advisor, visits[0], VisitorIdentity(code, None, None))
    again = desk.cases.identify(advisor, visits[1], VisitorIdentity(code, None, None))
    assert again.id == first.id
    assert first.masked_code == "131052-****"  # shown from the code typed now
    with office.connect(OWNER) as owner:
        stored = owner.execute(
            "SELECT code_hash, code_masked, birth_date FROM customer WHERE id = %s", (first.id,)
        ).fetchone()
    assert stored == (identity_hash(code, _owners_key(office)), None, None)
    assert keyring.get_password(KEYRING_SERVICE, KEYRING_USER) is None  # none was made

    # A data request (the records role) finds the visitor the same way.
    records = make_desk(settings, office.database(RECORDS), embedded=False)
    supervisor = records.sign_in_by_username(RECORDS, None).actor
    data = records.cases.visitor_data(supervisor, code)
    assert data["visitor"] is not None


def test_without_a_key_in_the_database_codes_are_refused_until_the_owner_sets_it(
    office: Office,
) -> None:
    key = _owners_key(office)
    with office.connect(OWNER) as owner:
        owner.execute("DELETE FROM identity_key")
    try:
        desk = Desk(office.database(ADVISOR))
        advisor = actor(desk, ADVISOR, "T1")
        visit = desk.queue.issue(["kela-general"], language=Language.FI).visit_id
        identity = VisitorIdentity(parse_identity_code(CODE), None, None)
        with pytest.raises(DeskError, match="no identity key yet"):
            desk.cases.identify(advisor, visit, identity)
    finally:
        with transaction(office.database(OWNER)) as tx:
            assert tx.may_set_database_key()
            tx.set_database_key(key)
    desk.cases.identify(advisor, visit, identity)


def test_retention_as_the_records_role_leaves_nothing_of_the_visitor(office: Office) -> None:
    from datetime import timedelta

    from console.core.cases import NoteDraft
    from console.core.queue import utc_now

    name, code = "Eveliina Kuusisto", parse_identity_code("010190-123M")
    now = utc_now()
    desk = Desk(office.database(ADVISOR))
    advisor = actor(desk, ADVISOR, "T1")
    for step in desk.queue.at_counter(advisor):
        desk.queue.act(advisor, step.step_id, StepAction.FINISH, now=now)
    desk.queue.book(advisor, "kela-general", now + timedelta(hours=2), visitor_name=name, now=now)
    desk.queue.issue(["kela-general"], visitor_name=name, now=now)
    called = desk.queue.call_next(advisor, now=now)
    assert called is not None
    visit = called.step.visit_id
    desk.cases.identify(advisor, visit, VisitorIdentity(code, name, None), now=now)
    case = desk.cases.open_case(advisor, visit, title=name, now=now)
    note = NoteDraft(case.id, f"{name} muuttaa Poriin", str(uuid.uuid4()), visit_id=visit)
    desk.cases.write_note(advisor, note, now=now)
    desk.cases.search(advisor, "Kuusisto", now=now)

    records = Desk(office.database(IT))
    job = records.sign_in_by_username(IT, None).actor
    report = records.cases.run_retention(job, 30, now=now + timedelta(days=60))
    assert report.cases >= 1

    with office.connect(OWNER) as owner:
        tables = [
            table
            for (table,) in owner.execute(
                "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()"
            )
        ]
        for table in tables:
            rows = owner.execute(
                sql.SQL("SELECT t::text FROM {} t").format(sql.Identifier(table))
            ).fetchall()
            text = " ".join(row for (row,) in rows).lower()
            for spelling in ("kuusisto", "eveliina", "010190", "123m", "1990-01-01"):
                assert spelling not in text, (table, spelling)
