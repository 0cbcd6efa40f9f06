"""Visitors, cases and notes: keyed identity, append-only notes, consent, search, audit

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

# Columns of a note that never change once written; visit_id may still become
# NULL when the visit itself is deleted.
_NOTE_FIXED = "body, case_id, author_id, written_at, partition_agency_id, amends_id, client_id"

_PG = [
    # Full-text search: the finnish configuration stems Finnish words
    # ("asumistuki" finds "asumistuen"); a GIN index answers the match.
    "ALTER TABLE note ADD COLUMN search_vector tsvector"
    " GENERATED ALWAYS AS (to_tsvector('finnish'::regconfig, body)) STORED",
    "CREATE INDEX ix_note_search ON note USING gin (search_vector)",
    # With the default statistics a word missing from them is guessed at 0.5 % of the
    # notes, and the planner walks every note newest first looking for it (450 ms at
    # 1,000,000 notes); tracking more words keeps the guess for an unknown word small.
    "ALTER TABLE note ALTER COLUMN search_vector SET STATISTICS 1000",
    """
    CREATE FUNCTION tiski_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN RAISE EXCEPTION '%', TG_ARGV[0] USING ERRCODE = 'restrict_violation'; END $$
    """,
    f"CREATE TRIGGER tiski_note_append_only BEFORE UPDATE OF {_NOTE_FIXED} ON note"
    " FOR EACH ROW EXECUTE FUNCTION"
    " tiski_refuse_change('notes are append-only: write a note that amends this one')",
    "CREATE TRIGGER tiski_audit_append_only BEFORE UPDATE OR DELETE ON audit_event"
    " FOR EACH ROW EXECUTE FUNCTION tiski_refuse_change('the audit trail is append-only')",
    """
    CREATE FUNCTION tiski_note_changed() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN PERFORM tiski_log_change('note', NEW.visit_id, NULL); RETURN NULL; END $$
    """,
    "CREATE TRIGGER tiski_note_changed AFTER INSERT ON note"
    " FOR EACH ROW EXECUTE FUNCTION tiski_note_changed()",
]

_SQLITE_NOW = "strftime('%Y-%m-%d %H:%M:%f', 'now')"
_SQLITE = [
    # External-content FTS5 index over note.body; diacritics kept: a and ä are
    # different letters in Finnish.
    "CREATE VIRTUAL TABLE note_fts USING fts5(body, content='note', content_rowid='id',"
    " tokenize='unicode61 remove_diacritics 0')",
    # The words in the index, for search to expand a word into the indexed words it
    # starts: FTS5 merges a prefix query's whole doclists before the first row, but
    # walks OR-ed exact terms newest first and stops at the limit (55 ms -> 3 ms for a
    # common word in 1,000,000 notes). The desk adds a note's words as it writes it;
    # note_fts_vocab refills the list (at start-up) so a word can never go missing.
    "CREATE TABLE note_term (term TEXT PRIMARY KEY) WITHOUT ROWID",
    "CREATE VIRTUAL TABLE note_fts_vocab USING fts5vocab(note_fts, 'row')",
    f"""
    CREATE TRIGGER tiski_note_fts_insert AFTER INSERT ON note BEGIN
        INSERT INTO note_fts (rowid, body) VALUES (NEW.id, NEW.body);
        INSERT INTO change_log (changed_at, kind, visit_id, step_id)
        VALUES ({_SQLITE_NOW}, 'note', NEW.visit_id, NULL);
    END
    """,
    """
    CREATE TRIGGER tiski_note_fts_delete AFTER DELETE ON note BEGIN
        INSERT INTO note_fts (note_fts, rowid, body) VALUES ('delete', OLD.id, OLD.body);
    END
    """,
    f"""
    CREATE TRIGGER tiski_note_append_only BEFORE UPDATE OF {_NOTE_FIXED} ON note BEGIN
        SELECT RAISE(ABORT, 'notes are append-only: write a note that amends this one');
    END
    """,
    """
    CREATE TRIGGER tiski_audit_no_update BEFORE UPDATE ON audit_event BEGIN
        SELECT RAISE(ABORT, 'the audit trail is append-only');
    END
    """,
    """
    CREATE TRIGGER tiski_audit_no_delete BEFORE DELETE ON audit_event BEGIN
        SELECT RAISE(ABORT, 'the audit trail is append-only');
    END
    """,
]

# Recreating the visit table (SQLite batch mode) drops its change-feed trigger.
_SQLITE_VISIT_TRIGGER = f"""
    CREATE TRIGGER tiski_visit_update AFTER UPDATE ON visit
    BEGIN
        INSERT INTO change_log (changed_at, kind, visit_id, step_id)
        VALUES ({_SQLITE_NOW}, 'visit', NEW.id, NULL);
    END
    """


def upgrade() -> None:
    op.create_table(
        "audit_event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=True),
        sa.Column("counter_id", sa.Integer(), nullable=True),
        sa.Column("action", sa.String(length=32), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=True),
        sa.Column("note_id", sa.Integer(), nullable=True),
        sa.Column("detail", sa.String(length=1000), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_event")),
    )
    with op.batch_alter_table("audit_event", schema=None) as batch_op:
        batch_op.create_index("ix_audit_event_case", ["case_id", "id"], unique=False)

    op.create_table(
        "customer",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code_hash", sa.String(length=64), nullable=True),
        sa.Column("code_masked", sa.String(length=16), nullable=True),
        sa.Column("name", sa.String(length=200), nullable=True),
        sa.Column("birth_date", sa.Date(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_customer")),
        sa.UniqueConstraint("code_hash", name=op.f("uq_customer_code_hash")),
    )
    with op.batch_alter_table("customer", schema=None) as batch_op:
        batch_op.create_index("ix_customer_birth_date", ["birth_date"], unique=False)

    op.create_table(
        "note_template",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("service_id", sa.Integer(), nullable=False),
        sa.Column("language", sa.String(length=2), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["service_id"], ["service.id"], name=op.f("fk_note_template_service_id_service")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_note_template")),
    )
    with op.batch_alter_table("note_template", schema=None) as batch_op:
        batch_op.create_index("ix_note_template_service", ["service_id", "language"], unique=False)

    op.create_table(
        "visitor_case",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=True),
        sa.Column("title", sa.String(length=200), nullable=True),
        sa.Column("opened_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("opened_by_id", sa.Integer(), nullable=True),
        sa.Column("last_activity_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("closed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("legal_hold", sa.Boolean(), server_default="0", nullable=False),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customer.id"], name=op.f("fk_visitor_case_customer_id_customer")
        ),
        sa.ForeignKeyConstraint(
            ["opened_by_id"], ["staff.id"], name=op.f("fk_visitor_case_opened_by_id_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_visitor_case")),
    )
    with op.batch_alter_table("visitor_case", schema=None) as batch_op:
        batch_op.create_index("ix_visitor_case_activity", ["last_activity_at"], unique=False)
        batch_op.create_index("ix_visitor_case_customer", ["customer_id"], unique=False)

    op.create_table(
        "case_visit",
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("visit_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["visitor_case.id"],
            name=op.f("fk_case_visit_case_id_visitor_case"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["visit_id"],
            ["visit.id"],
            name=op.f("fk_case_visit_visit_id_visit"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("case_id", "visit_id", name=op.f("pk_case_visit")),
    )
    with op.batch_alter_table("case_visit", schema=None) as batch_op:
        batch_op.create_index("ix_case_visit_visit", ["visit_id"], unique=False)

    op.create_table(
        "consent",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("agency_id", sa.Integer(), nullable=False),
        sa.Column("granted", sa.Boolean(), nullable=False),
        sa.Column("recorded_by_id", sa.Integer(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["agency_id"], ["agency.id"], name=op.f("fk_consent_agency_id_agency")
        ),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["visitor_case.id"],
            name=op.f("fk_consent_case_id_visitor_case"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["recorded_by_id"], ["staff.id"], name=op.f("fk_consent_recorded_by_id_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_consent")),
    )
    with op.batch_alter_table("consent", schema=None) as batch_op:
        batch_op.create_index("ix_consent_case", ["case_id", "agency_id", "id"], unique=False)

    op.create_table(
        "note",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("visit_id", sa.Integer(), nullable=True),
        sa.Column("service_id", sa.Integer(), nullable=True),
        sa.Column("counter_id", sa.Integer(), nullable=True),
        sa.Column("author_id", sa.Integer(), nullable=False),
        sa.Column("written_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("partition_agency_id", sa.Integer(), nullable=True),
        sa.Column("amends_id", sa.Integer(), nullable=True),
        sa.Column("client_id", sa.String(length=36), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["amends_id"], ["note.id"], name=op.f("fk_note_amends_id_note"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(["author_id"], ["staff.id"], name=op.f("fk_note_author_id_staff")),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["visitor_case.id"],
            name=op.f("fk_note_case_id_visitor_case"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["counter_id"], ["counter.id"], name=op.f("fk_note_counter_id_counter")
        ),
        sa.ForeignKeyConstraint(
            ["partition_agency_id"], ["agency.id"], name=op.f("fk_note_partition_agency_id_agency")
        ),
        sa.ForeignKeyConstraint(
            ["service_id"], ["service.id"], name=op.f("fk_note_service_id_service")
        ),
        sa.ForeignKeyConstraint(
            ["visit_id"], ["visit.id"], name=op.f("fk_note_visit_id_visit"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_note")),
        sa.UniqueConstraint("client_id", name=op.f("uq_note_client_id")),
    )
    with op.batch_alter_table("note", schema=None) as batch_op:
        batch_op.create_index("ix_note_amends", ["amends_id"], unique=False)
        batch_op.create_index("ix_note_case", ["case_id", "id"], unique=False)

    with op.batch_alter_table("site", schema=None) as batch_op:
        batch_op.add_column(sa.Column("identity_fingerprint", sa.String(length=64), nullable=True))

    with op.batch_alter_table("visit", schema=None) as batch_op:
        batch_op.add_column(sa.Column("customer_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_visit_customer_id_customer"),
            "customer",
            ["customer_id"],
            ["id"],
            ondelete="SET NULL",
        )

    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        for statement in _PG:
            op.execute(statement)
    else:
        op.execute("DROP TRIGGER IF EXISTS tiski_visit_update")
        op.execute(_SQLITE_VISIT_TRIGGER)
        for statement in _SQLITE:
            op.execute(statement)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS tiski_note_changed ON note")
        op.execute("DROP TRIGGER IF EXISTS tiski_note_append_only ON note")
        op.execute("DROP TRIGGER IF EXISTS tiski_audit_append_only ON audit_event")
        op.execute("DROP FUNCTION IF EXISTS tiski_note_changed()")
        op.execute("DROP FUNCTION IF EXISTS tiski_refuse_change()")
    else:
        for trigger in (
            "tiski_note_fts_insert",
            "tiski_note_fts_delete",
            "tiski_note_append_only",
            "tiski_audit_no_update",
            "tiski_audit_no_delete",
        ):
            op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
        op.execute("DROP TABLE IF EXISTS note_fts_vocab")
        op.execute("DROP TABLE IF EXISTS note_term")
        op.execute("DROP TABLE IF EXISTS note_fts")
    with op.batch_alter_table("visit", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_visit_customer_id_customer"), type_="foreignkey")
        batch_op.drop_column("customer_id")
    if bind.dialect.name == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS tiski_visit_update")
        op.execute(_SQLITE_VISIT_TRIGGER)
    with op.batch_alter_table("site", schema=None) as batch_op:
        batch_op.drop_column("identity_fingerprint")
    for table in (
        "note",
        "consent",
        "case_visit",
        "visitor_case",
        "note_template",
        "customer",
        "audit_event",
    ):
        op.drop_table(table)
