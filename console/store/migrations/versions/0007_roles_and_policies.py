"""Runtime roles, grants and row-level security on PostgreSQL (SQLite: nothing to do)

The role that runs the migrations owns every table; the consoles connect as the
people who use them, each a login role that is a member of one function role
(tiski_guide ... tiski_it) and, for an agency's staff, of that agency's role
(tiski_agency_<code>). Service accounts are members of tiski_kiosk or
tiski_display; the retention job and data requests run as a member of
tiski_retention. docs/security.md, "Isolation in PostgreSQL", has the matrix and
the reasons.

Roles are the cluster's, not the database's: they are created when missing and
left in place by a downgrade (another Tiski database of the cluster may use them).

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-10
"""

from __future__ import annotations

from alembic import op
from sqlalchemy import text

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

STAFF = "tiski_staff"
GUIDE, ADVISOR, SPECIALIST, SUPERVISOR, IT = (
    "tiski_guide",
    "tiski_advisor",
    "tiski_specialist",
    "tiski_supervisor",
    "tiski_it",
)
KIOSK, DISPLAY, RETENTION = "tiski_kiosk", "tiski_display", "tiski_retention"
FUNCTION_ROLES = (GUIDE, ADVISOR, SPECIALIST, SUPERVISOR, IT)
# The functions that read and write visitors' cases, as console.core.permissions has
# it: a guide works the lobby and IT the installation; neither reads cases.
CASEWORK = (ADVISOR, SPECIALIST, SUPERVISOR)
GROUP_ROLES = (STAFF, *FUNCTION_ROLES, KIOSK, DISPLAY, RETENTION)
RUNTIME_ROLES = GROUP_ROLES

# What a visit may show to a service account: never the visitor's name or who they are.
_VISIT_PUBLIC = (
    "id, ticket_day, ticket_number, language, priority, source, created_at, appointment_at,"
    " life_event"
)

_STAFF_PUBLIC = (
    "id, username, full_name, role, agency_id, active, login_role, failed_sign_ins,"
    " locked_until, password_changed_at"
)

# (privileges, table, roles). Table-level privileges; nothing here is DELETE or
# TRUNCATE except the retention role's, and nobody but the owner has DDL.
GRANTS: list[tuple[str, str, tuple[str, ...]]] = [
    # The desk's set-up: read by every console.
    ("SELECT", "alembic_version", (STAFF, KIOSK, DISPLAY, RETENTION)),
    ("SELECT", "site", (STAFF, KIOSK, DISPLAY, RETENTION)),
    ("SELECT", "agency", (STAFF, KIOSK, DISPLAY, RETENTION)),
    ("SELECT", "service", (STAFF, KIOSK, DISPLAY, RETENTION)),
    ("SELECT", "counter", (STAFF, DISPLAY, RETENTION)),
    # Everything of a staff row but the embedded database's password hash.
    (f"SELECT ({_STAFF_PUBLIC})", "staff", (STAFF, RETENTION, KIOSK, DISPLAY)),
    ("SELECT", "staff_skill", (STAFF, KIOSK, DISPLAY)),
    ("SELECT", "life_event", (STAFF, KIOSK)),
    ("SELECT", "life_event_step", (STAFF, KIOSK)),
    ("SELECT", "note_template", (STAFF,)),
    ("SELECT", "change_log", (STAFF, KIOSK, DISPLAY)),
    ("SELECT", "desk_session", (KIOSK, DISPLAY)),
    # IT keeps the set-up (never the staff rows: those change with the login roles,
    # by the owner; see console/store/pg_roles.py).
    ("INSERT, UPDATE", "agency", (IT,)),
    ("INSERT, UPDATE", "service", (IT,)),
    ("INSERT, UPDATE", "counter", (IT,)),
    ("INSERT, UPDATE", "life_event", (IT,)),
    ("INSERT, UPDATE", "life_event_step", (IT,)),
    ("INSERT, UPDATE", "note_template", (IT,)),
    ("UPDATE (name_fi, name_sv, name_en)", "site", (IT,)),
    # The first console to use the identity key records its fingerprint (a trigger
    # lets only the owner change one that is set).
    ("UPDATE (identity_fingerprint)", "site", (STAFF, RETENTION)),
    # The queue.
    ("SELECT, INSERT, UPDATE", "visit", (STAFF,)),
    ("SELECT, INSERT, UPDATE", "visit_step", (STAFF,)),
    ("SELECT, INSERT, UPDATE", "ticket_counter", (STAFF, KIOSK)),
    ("SELECT, INSERT, UPDATE", "appointment", (STAFF,)),
    ("SELECT, INSERT, UPDATE", "desk_session", (STAFF,)),
    # The kiosk issues tickets and checks appointments in; the display reads calls.
    (f"INSERT, SELECT ({_VISIT_PUBLIC})", "visit", (KIOSK,)),
    (f"SELECT ({_VISIT_PUBLIC})", "visit", (DISPLAY,)),
    ("SELECT, INSERT", "visit_step", (KIOSK,)),
    ("SELECT", "visit_step", (DISPLAY,)),
    ("SELECT, UPDATE", "appointment", (KIOSK,)),
    # Visitors' cases: row security decides which rows.
    ("SELECT, INSERT, UPDATE", "customer", CASEWORK),
    ("SELECT, INSERT", "visitor_case", CASEWORK),
    ("UPDATE (customer_id, title, last_activity_at, closed_at)", "visitor_case", CASEWORK),
    ("UPDATE (legal_hold)", "visitor_case", (SUPERVISOR, RETENTION)),
    ("SELECT, INSERT", "case_visit", CASEWORK),
    ("SELECT, INSERT", "note", CASEWORK),
    ("SELECT, INSERT", "consent", CASEWORK),
    ("SELECT, INSERT, UPDATE", "consultation", CASEWORK),
    ("SELECT, INSERT", "consultation_decline", CASEWORK),
    # The audit trail: everyone adds to it, supervisors read it, only retention removes.
    # (The kiosk's and the display's accounts: their own sign-ins.)
    ("INSERT", "audit_event", (STAFF, RETENTION, KIOSK, DISPLAY)),
    ("SELECT", "audit_event", (SUPERVISOR, RETENTION)),
    ("DELETE", "audit_event", (RETENTION,)),
    # Retention and data requests: read everything of a case, delete whole cases.
    ("SELECT, UPDATE (customer_id)", "visit", (RETENTION,)),
    ("SELECT, DELETE", "customer", (RETENTION,)),
    ("SELECT, DELETE", "visitor_case", (RETENTION,)),
    ("SELECT, DELETE", "case_visit", (RETENTION,)),
    ("SELECT, DELETE", "note", (RETENTION,)),
    ("SELECT, DELETE", "consent", (RETENTION,)),
]

# Tables whose id comes from a sequence: a role that inserts rows uses it.
SERIAL_TABLES = (
    "site",
    "agency",
    "service",
    "counter",
    "life_event",
    "note_template",
    "visit",
    "visit_step",
    "appointment",
    "desk_session",
    "customer",
    "visitor_case",
    "note",
    "consent",
    "consultation",
    "consultation_decline",
    "audit_event",
)

# Row security on every table with personal data (and staff, so that a service
# account reads only its own row). Not FORCEd: the owner, which these tables
# belong to and which runs the migrations, may read them (a data migration, an
# export by IT), could switch row security off anyway, and the policies' helper
# functions run as the owner to see consent and serving state without recursing
# into the policies. No console connects as the owner; tiski doctor warns if one does.
RLS_TABLES = (
    "customer",
    "visitor_case",
    "case_visit",
    "note",
    "consent",
    "consultation",
    "consultation_decline",
    "audit_event",
    "appointment",
    "staff",
)

_CASEWORK = ", ".join(CASEWORK)
_ME = "(SELECT tiski_current_staff_id())"
_MY_AGENCY = "(SELECT tiski_current_agency())"
_DESK = "(SELECT tiski_desk_staff())"

# Helper functions for the policies: SECURITY DEFINER so that they read staff,
# consent and the queue as the owner (unfiltered, no recursion into policies);
# STABLE, search_path pinned. Who is asking is the session user: the person's own
# login role, which SET ROLE cannot change.
_FUNCTIONS = {
    "tiski_current_staff_id()": (
        "integer",
        # Two staff rows claiming one login: nobody (fail closed).
        "SELECT CASE WHEN count(*) = 1 THEN min(id) END FROM staff"
        " WHERE active AND coalesce(login_role, username) = session_user::text",
    ),
    "tiski_current_agency()": (
        "integer",
        # The staff row's agency, only when the login is also in that agency's role: a
        # directory group and the desk's record must agree.
        "SELECT s.agency_id FROM staff s JOIN agency a ON a.id = s.agency_id"
        " WHERE s.id = tiski_current_staff_id() AND EXISTS (SELECT 1 FROM pg_roles r"
        " WHERE r.rolname = 'tiski_agency_' || lower(a.code)"
        " AND pg_has_role(session_user, r.oid, 'MEMBER'))",
    ),
    "tiski_desk_staff()": (
        "boolean",
        # The shared desk's own staff: no agency on the staff row, in no agency's role.
        "SELECT EXISTS (SELECT 1 FROM staff s WHERE s.id = tiski_current_staff_id()"
        " AND s.agency_id IS NULL) AND NOT EXISTS (SELECT 1 FROM pg_roles r"
        " WHERE r.rolname LIKE 'tiski\\_agency\\_%' AND pg_has_role(session_user, r.oid, 'MEMBER'))",
    ),
    "tiski_consent_granted(case_id integer, agency_id integer)": (
        "boolean",
        # The newest consent recorded for the agency counts.
        "SELECT coalesce((SELECT c.granted FROM consent c WHERE c.case_id = $1"
        " AND c.agency_id = $2 ORDER BY c.id DESC LIMIT 1), false)",
    ),
    "tiski_my_visit(visit_id integer)": (
        "boolean",
        # A visit this person served (a step of theirs) or consulted on.
        "SELECT EXISTS (SELECT 1 FROM visit_step s WHERE s.visit_id = $1"
        " AND s.staff_id = tiski_current_staff_id())"
        " OR EXISTS (SELECT 1 FROM consultation k WHERE k.visit_id = $1"
        " AND tiski_current_staff_id() IN (k.requested_by_id, k.accepted_by_id))",
    ),
    "tiski_visitor_present(case_id integer)": (
        "boolean",
        # The case's visitor is at this person's counter now, or in their accepted
        # consultation: the only time a consent can be recorded.
        "SELECT EXISTS (SELECT 1 FROM case_visit cv JOIN visit_step s ON s.visit_id = cv.visit_id"
        " WHERE cv.case_id = $1 AND s.staff_id = tiski_current_staff_id()"
        " AND s.state IN ('called', 'serving'))"
        " OR EXISTS (SELECT 1 FROM consultation k WHERE k.case_id = $1"
        " AND k.accepted_by_id = tiski_current_staff_id() AND k.state = 'accepted')",
    ),
    "tiski_case_worked(case_id integer)": (
        "boolean",
        # The desk's staff work on every case; an agency's staff on cases they opened,
        # served a visit of, wrote in, hold their agency's notes, or have consent for.
        "SELECT tiski_desk_staff()"
        " OR EXISTS (SELECT 1 FROM visitor_case c WHERE c.id = $1"
        " AND c.opened_by_id = tiski_current_staff_id())"
        " OR EXISTS (SELECT 1 FROM case_visit cv WHERE cv.case_id = $1"
        " AND tiski_my_visit(cv.visit_id))"
        " OR EXISTS (SELECT 1 FROM note n WHERE n.case_id = $1"
        " AND (n.author_id = tiski_current_staff_id()"
        " OR n.partition_agency_id = tiski_current_agency()))"
        " OR tiski_consent_granted($1, tiski_current_agency())",
    ),
    "tiski_case_visible(case_id integer)": (
        "boolean",
        # ...and a case an agency is consulted on (its visitor stays hidden without consent).
        "SELECT tiski_case_worked($1) OR EXISTS (SELECT 1 FROM consultation k"
        " WHERE k.case_id = $1 AND (k.agency_id = tiski_current_agency()"
        " OR tiski_current_staff_id() IN (k.requested_by_id, k.accepted_by_id)))",
    ),
    "tiski_customer_visible(customer_id integer)": (
        "boolean",
        "SELECT tiski_desk_staff()"
        " OR EXISTS (SELECT 1 FROM visit_step s JOIN visit v ON v.id = s.visit_id"
        " WHERE v.customer_id = $1 AND s.staff_id = tiski_current_staff_id()"
        " AND s.state IN ('called', 'serving'))"
        " OR EXISTS (SELECT 1 FROM visitor_case c WHERE c.customer_id = $1"
        " AND tiski_case_worked(c.id))",
    ),
    "tiski_consultation_visible(consultation_id integer)": (
        "boolean",
        "SELECT EXISTS (SELECT 1 FROM consultation k WHERE k.id = $1 AND (tiski_desk_staff()"
        " OR k.agency_id = tiski_current_agency()"
        " OR tiski_current_staff_id() IN (k.requested_by_id, k.accepted_by_id)))",
    ),
    "tiski_note_readable(note_id integer)": (
        "boolean",
        "SELECT EXISTS (SELECT 1 FROM note n WHERE n.id = $1"
        " AND (n.author_id = tiski_current_staff_id()"
        " OR n.partition_agency_id = tiski_current_agency()"
        " OR (n.partition_agency_id IS NULL AND (tiski_desk_staff()"
        " OR tiski_consent_granted(n.case_id, tiski_current_agency())))))",
    ),
    "tiski_note_partition_allowed(case_id integer, service_id integer,"
    " partition_agency_id integer, amends_id integer)": (
        "boolean",
        # The rule of CaseDesk.write_note: a correction stays where the note it corrects
        # is (and that note must be readable); a new note goes to the shared partition,
        # the writer's agency, the agency of the service served, or one with consent.
        "SELECT CASE WHEN $4 IS NOT NULL THEN tiski_note_readable($4) AND EXISTS ("
        "SELECT 1 FROM note e WHERE e.id = $4 AND e.case_id = $1"
        " AND e.partition_agency_id IS NOT DISTINCT FROM $3)"
        " WHEN $3 IS NULL THEN true"
        " ELSE $3 = tiski_current_agency()"
        " OR $3 = (SELECT v.agency_id FROM service v WHERE v.id = $2)"
        " OR tiski_consent_granted($1, $3) END",
    ),
}

# Search through the word index. A policy's condition is applied before any condition
# of the query that is not leakproof, and @@ is not: a search run under the policy
# reads every note (0.5 s at 300,000 notes, against 2 ms through the index). This
# function runs as the owner, outside row security, and applies the policy's rule to
# what the index finds (planned with the words themselves, as the store's own query
# is); the caller reads the ids it returns under the policy again.
_SEARCH = "tiski_search_notes(words tsquery, max_rows integer)"
_SEARCH_BODY = """
    DECLARE
        me integer := tiski_current_staff_id();
        my_agency integer := tiski_current_agency();
        desk boolean := tiski_desk_staff();
    BEGIN
        IF me IS NULL THEN
            RETURN;
        END IF;
        RETURN QUERY EXECUTE
            'SELECT n.id FROM note n WHERE n.search_vector @@ $1'
            ' AND (n.author_id = $2 OR n.partition_agency_id = $3'
            ' OR (n.partition_agency_id IS NULL AND ($4 OR EXISTS ('
            'SELECT 1 FROM consent c WHERE c.case_id = n.case_id AND c.agency_id = $3'
            ' AND c.granted AND c.id = (SELECT max(c2.id) FROM consent c2'
            ' WHERE c2.case_id = n.case_id AND c2.agency_id = $3)))))'
            ' ORDER BY n.id DESC LIMIT $5'
            USING words, me, my_agency, desk, max_rows;
    END
"""

# (table, policy, command, roles, USING, WITH CHECK)
_POLICIES: list[tuple[str, str, str, str, str | None, str | None]] = [
    # Customers: the desk's staff see every visitor; an agency's staff those of their
    # own work, and one they are identifying now by the code (or name and birth date)
    # the visitor showed (console.store.case_queries sets tiski.customer_lookup).
    (
        "customer",
        "tiski_casework_read",
        "SELECT",
        _CASEWORK,
        f"{_DESK} OR current_setting('tiski.customer_lookup', true) IN"
        " (code_hash, 'name:' || to_char(birth_date, 'YYYY-MM-DD') || ':' || lower(name))"
        " OR tiski_customer_visible(id)",
        None,
    ),
    ("customer", "tiski_casework_add", "INSERT", _CASEWORK, None, "true"),
    (
        "customer",
        "tiski_casework_change",
        "UPDATE",
        _CASEWORK,
        f"{_DESK} OR current_setting('tiski.customer_lookup', true) = code_hash"
        " OR tiski_customer_visible(id)",
        "true",
    ),
    # Cases.
    # (opened_by_id first: a row being inserted is not yet there for the functions to see.)
    (
        "visitor_case",
        "tiski_casework_read",
        "SELECT",
        _CASEWORK,
        f"opened_by_id = {_ME} OR tiski_case_visible(id)",
        None,
    ),
    ("visitor_case", "tiski_casework_add", "INSERT", _CASEWORK, None, f"opened_by_id = {_ME}"),
    (
        "visitor_case",
        "tiski_casework_change",
        "UPDATE",
        _CASEWORK,
        "tiski_case_worked(id)",
        "true",
    ),
    (
        "case_visit",
        "tiski_casework_read",
        "SELECT",
        _CASEWORK,
        f"{_DESK} OR tiski_case_visible(case_id)",
        None,
    ),
    (
        "case_visit",
        "tiski_casework_add",
        "INSERT",
        _CASEWORK,
        None,
        f"{_DESK} OR (tiski_my_visit(visit_id) AND tiski_case_worked(case_id))",
    ),
    # Notes: the reader's own, their agency's partition, and the shared partition: for
    # the desk's staff always, for an agency's only while the case's newest consent
    # for that agency is granted (console.core.cases.Reader, the same rule).
    (
        "note",
        "tiski_casework_read",
        "SELECT",
        _CASEWORK,
        f"author_id = {_ME} OR partition_agency_id = {_MY_AGENCY}"
        f" OR (partition_agency_id IS NULL AND ({_DESK}"
        f" OR tiski_consent_granted(case_id, {_MY_AGENCY})))",
        None,
    ),
    (
        "note",
        "tiski_casework_add",
        "INSERT",
        _CASEWORK,
        None,
        f"author_id = {_ME} AND tiski_case_visible(case_id)"
        " AND tiski_note_partition_allowed(case_id, service_id, partition_agency_id, amends_id)",
    ),
    # Consent: recorded by the person with the visitor at their counter (or in their
    # accepted consultation), in their own name.
    (
        "consent",
        "tiski_casework_read",
        "SELECT",
        _CASEWORK,
        f"{_DESK} OR tiski_case_visible(case_id)",
        None,
    ),
    (
        "consent",
        "tiski_casework_add",
        "INSERT",
        _CASEWORK,
        None,
        f"recorded_by_id = {_ME} AND tiski_visitor_present(case_id)",
    ),
    # Consultations: the desk's staff, the agency asked, who asked and who accepted.
    (
        "consultation",
        "tiski_casework_read",
        "SELECT",
        _CASEWORK,
        f"{_DESK} OR agency_id = {_MY_AGENCY} OR {_ME} IN (requested_by_id, accepted_by_id)",
        None,
    ),
    (
        "consultation",
        "tiski_casework_add",
        "INSERT",
        _CASEWORK,
        None,
        f"requested_by_id = {_ME}",
    ),
    (
        "consultation",
        "tiski_casework_change",
        "UPDATE",
        _CASEWORK,
        f"{_DESK} OR agency_id = {_MY_AGENCY} OR {_ME} IN (requested_by_id, accepted_by_id)",
        f"{_DESK} OR agency_id = {_MY_AGENCY} OR {_ME} IN (requested_by_id, accepted_by_id)",
    ),
    (
        "consultation_decline",
        "tiski_casework_read",
        "SELECT",
        _CASEWORK,
        "tiski_consultation_visible(consultation_id)",
        None,
    ),
    (
        "consultation_decline",
        "tiski_casework_add",
        "INSERT",
        _CASEWORK,
        None,
        f"staff_id = {_ME} AND tiski_consultation_visible(consultation_id)",
    ),
    # The audit trail: rows are added in one's own name (or in nobody's).
    (
        "audit_event",
        "tiski_staff_add",
        "INSERT",
        f"{STAFF}, {RETENTION}, {KIOSK}, {DISPLAY}",
        None,
        f"staff_id IS NULL OR staff_id = {_ME}",
    ),
    ("audit_event", "tiski_supervisor_read", "SELECT", SUPERVISOR, "true", None),
    # Appointments: staff book and see them all; the kiosk sees only the one whose
    # booking code the visitor typed (console.store.queue_queries sets it).
    ("appointment", "tiski_staff_all", "ALL", STAFF, "true", "true"),
    (
        "appointment",
        "tiski_kiosk_by_code",
        "SELECT",
        KIOSK,
        "booking_code = current_setting('tiski.booking_code', true)",
        None,
    ),
    (
        "appointment",
        "tiski_kiosk_check_in",
        "UPDATE",
        KIOSK,
        "booking_code = current_setting('tiski.booking_code', true)",
        "booking_code = current_setting('tiski.booking_code', true)",
    ),
]
# Staff read the staff list; a service account only its own row (to sign in).
_POLICIES += [
    ("staff", "tiski_staff_read", "SELECT", f"{STAFF}, {RETENTION}", "true", None),
    (
        "staff",
        "tiski_own_row",
        "SELECT",
        f"{KIOSK}, {DISPLAY}",
        "coalesce(login_role, username) = session_user::text",
        None,
    ),
]
# The retention job and data requests read and remove whole cases.
_POLICIES += [
    (table, "tiski_retention_all", "ALL", RETENTION, "true", "true")
    for table in ("customer", "visitor_case", "case_visit", "note", "consent", "audit_event")
]

# Audit rows: never changed; removed only by a member of tiski_retention (the
# retention job), which 0003's trigger refused to everyone.
_AUDIT_GUARD = """
    CREATE FUNCTION tiski_audit_delete_guard() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        -- Membership itself, followed up the grants: pg_has_role would say yes to any
        -- superuser, and the owner is not a member either.
        IF EXISTS (
            WITH RECURSIVE up(oid) AS (
                SELECT oid FROM pg_roles WHERE rolname = current_user
                UNION SELECT m.roleid FROM pg_auth_members m JOIN up ON m.member = up.oid
            )
            SELECT 1 FROM up JOIN pg_roles r ON r.oid = up.oid
            WHERE r.rolname = 'tiski_retention'
        ) THEN
            RETURN OLD;
        END IF;
        RAISE EXCEPTION 'the audit trail is append-only' USING ERRCODE = 'restrict_violation';
    END $$
"""


# The key's fingerprint, once recorded, is the database's for good: the hashes were
# made with that key (console.site_secret). Only the owner may change it.
_FINGERPRINT_GUARD = """
    CREATE FUNCTION tiski_fingerprint_once() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF OLD.identity_fingerprint IS NOT NULL
           AND NEW.identity_fingerprint IS DISTINCT FROM OLD.identity_fingerprint
           AND NOT pg_has_role(current_user, (SELECT c.relowner FROM pg_class c
                                               WHERE c.oid = TG_RELID), 'USAGE') THEN
            RAISE EXCEPTION 'the identity key''s fingerprint is set; only the owner changes it'
                USING ERRCODE = 'restrict_violation';
        END IF;
        RETURN NEW;
    END $$
"""


def _ensure_role(name: str) -> str:
    # Checked first: without CREATEROLE an existing role must not be an error (IT may
    # have made the roles beforehand). Two migrations at once: the loser's CREATE waits
    # for the winner's commit and fails with unique_violation, which is fine too.
    return f"""
    DO $$ BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{name}') THEN
            CREATE ROLE {name} NOLOGIN;
        END IF;
    EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
    END $$
    """


def _ensure_member(group: str, member: str) -> str:
    return f"""
    DO $$ BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_auth_members m
                       WHERE m.roleid = '{group}'::regrole AND m.member = '{member}'::regrole) THEN
            GRANT {group} TO {member};
        END IF;
    EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
    END $$
    """


def ensure_agency_roles_sql() -> str:
    """One role per agency of the desk (directory groups map onto these)."""
    return """
    DO $$ DECLARE code text; BEGIN
        FOR code IN SELECT 'tiski_agency_' || lower(a.code) FROM agency a LOOP
            IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = code) THEN
                BEGIN
                    EXECUTE format('CREATE ROLE %I NOLOGIN', code);
                EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
                END;
            END IF;
        END LOOP;
    END $$
    """


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    schema = bind.execute(text("SELECT current_schema()")).scalar_one()
    pinned = f"SET search_path = {_quote(schema)}, pg_temp"

    for role in GROUP_ROLES:
        op.execute(_ensure_role(role))
    for role in FUNCTION_ROLES:
        op.execute(_ensure_member(STAFF, role))
    op.execute(ensure_agency_roles_sql())

    # Nobody but the owner makes objects in the schema (PostgreSQL 15 made this the
    # default for public; an older cluster or a database made from one still allows it).
    op.execute(
        """
        DO $$ BEGIN
            IF EXISTS (SELECT 1 FROM pg_namespace n, aclexplode(n.nspacl) a
                       WHERE n.nspname = current_schema() AND a.grantee = 0
                       AND a.privilege_type = 'CREATE') THEN
                EXECUTE format('REVOKE CREATE ON SCHEMA %I FROM PUBLIC', current_schema());
            END IF;
        END $$
        """
    )
    runtime = ", ".join(RUNTIME_ROLES)
    op.execute(f"GRANT USAGE ON SCHEMA {_quote(schema)} TO {runtime}")

    for privileges, table, grantees in GRANTS:
        op.execute(f"GRANT {privileges} ON TABLE {table} TO {', '.join(grantees)}")
    inserting: dict[str, set[str]] = {}
    for privileges, table, grantees in GRANTS:
        if "INSERT" in privileges and table in SERIAL_TABLES:
            inserting.setdefault(table, set()).update(grantees)
    for table, inserters in sorted(inserting.items()):
        sequence = bind.execute(
            text("SELECT pg_get_serial_sequence(:table, 'id')"), {"table": table}
        ).scalar_one()
        op.execute(f"GRANT USAGE ON SEQUENCE {sequence} TO {', '.join(sorted(inserters))}")

    for signature, (returns, body) in _FUNCTIONS.items():
        op.execute(
            f"CREATE FUNCTION {signature} RETURNS {returns} LANGUAGE sql STABLE"
            f" SECURITY DEFINER {pinned} AS $body$ {body} $body$"
        )
        op.execute(f"REVOKE ALL ON FUNCTION {_name_and_types(signature)} FROM PUBLIC")
        op.execute(f"GRANT EXECUTE ON FUNCTION {_name_and_types(signature)} TO {runtime}")

    op.execute(
        f"CREATE FUNCTION {_SEARCH} RETURNS SETOF integer LANGUAGE plpgsql STABLE"
        f" SECURITY DEFINER {pinned} AS $body${_SEARCH_BODY}$body$"
    )
    op.execute(f"REVOKE ALL ON FUNCTION {_name_and_types(_SEARCH)} FROM PUBLIC")
    op.execute(f"GRANT EXECUTE ON FUNCTION {_name_and_types(_SEARCH)} TO {STAFF}, {RETENTION}")

    # The change feed: the triggers write change_log as its owner, so no console
    # needs (or has) INSERT on it.
    op.execute(f"ALTER FUNCTION tiski_log_change(text, integer, integer) SECURITY DEFINER {pinned}")
    op.execute("DROP TRIGGER tiski_audit_append_only ON audit_event")
    op.execute(
        "CREATE TRIGGER tiski_audit_append_only BEFORE UPDATE ON audit_event"
        " FOR EACH ROW EXECUTE FUNCTION tiski_refuse_change('the audit trail is append-only')"
    )
    op.execute(_AUDIT_GUARD)
    op.execute(
        "CREATE TRIGGER tiski_audit_retention_only BEFORE DELETE ON audit_event"
        " FOR EACH ROW EXECUTE FUNCTION tiski_audit_delete_guard()"
    )

    op.execute(_FINGERPRINT_GUARD)
    op.execute(
        "CREATE TRIGGER tiski_fingerprint_once BEFORE UPDATE OF identity_fingerprint ON site"
        " FOR EACH ROW EXECUTE FUNCTION tiski_fingerprint_once()"
    )

    for table in RLS_TABLES:
        op.execute(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
    for table, name, command, applies_to, using, check in _POLICIES:
        statement = f"CREATE POLICY {name} ON {table} FOR {command} TO {applies_to}"
        if using is not None:
            statement += f" USING ({using})"
        if check is not None:
            statement += f" WITH CHECK ({check})"
        op.execute(statement)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    schema = bind.execute(text("SELECT current_schema()")).scalar_one()
    for table, name, _command, _roles, _using, _check in _POLICIES:
        op.execute(f"DROP POLICY IF EXISTS {name} ON {table}")
    for table in RLS_TABLES:
        op.execute(f"ALTER TABLE {table} DISABLE ROW LEVEL SECURITY")
    op.execute("DROP TRIGGER IF EXISTS tiski_fingerprint_once ON site")
    op.execute("DROP FUNCTION IF EXISTS tiski_fingerprint_once()")
    op.execute("DROP TRIGGER IF EXISTS tiski_audit_retention_only ON audit_event")
    op.execute("DROP FUNCTION IF EXISTS tiski_audit_delete_guard()")
    op.execute("DROP TRIGGER IF EXISTS tiski_audit_append_only ON audit_event")
    op.execute(
        "CREATE TRIGGER tiski_audit_append_only BEFORE UPDATE OR DELETE ON audit_event"
        " FOR EACH ROW EXECUTE FUNCTION tiski_refuse_change('the audit trail is append-only')"
    )
    op.execute(
        "ALTER FUNCTION tiski_log_change(text, integer, integer) SECURITY INVOKER RESET search_path"
    )
    op.execute(f"DROP FUNCTION IF EXISTS {_name_and_types(_SEARCH)}")
    for signature in reversed(list(_FUNCTIONS)):
        op.execute(f"DROP FUNCTION IF EXISTS {_name_and_types(signature)}")
    runtime = ", ".join(RUNTIME_ROLES)
    op.execute(f"REVOKE ALL ON ALL TABLES IN SCHEMA {_quote(schema)} FROM {runtime}")
    op.execute(f"REVOKE ALL ON ALL SEQUENCES IN SCHEMA {_quote(schema)} FROM {runtime}")
    op.execute(f"REVOKE USAGE ON SCHEMA {_quote(schema)} FROM {runtime}")


def _quote(identifier: str) -> str:
    return '"' + identifier.replace('"', '""') + '"'


def _name_and_types(signature: str) -> str:
    """``f(a integer, b integer)`` -> ``f(integer, integer)`` for GRANT and DROP."""
    name, _, arguments = signature.partition("(")
    types = [part.split()[-1] for part in arguments.rstrip(")").split(",") if part.strip()]
    return f"{name}({', '.join(types)})"
