"""The shared queue: ticket numbering, transfers, appointments, life events, change feed

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


# Every change to a step, a visit or an appointment writes a change_log row in
# the same transaction, so no code path can forget to publish it; on PostgreSQL
# the trigger also NOTIFYs the consoles (delivered when the transaction commits).
_PG_TRIGGERS = [
    """
    CREATE FUNCTION tiski_log_change(kind text, visit_id integer, step_id integer)
    RETURNS void LANGUAGE plpgsql AS $$
    DECLARE log_id integer;
    BEGIN
        INSERT INTO change_log (changed_at, kind, visit_id, step_id)
        VALUES (now(), kind, visit_id, step_id) RETURNING id INTO log_id;
        PERFORM pg_notify('tiski_changes', log_id::text);
    END $$
    """,
    """
    CREATE FUNCTION tiski_step_changed() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN PERFORM tiski_log_change('step', NEW.visit_id, NEW.id); RETURN NULL; END $$
    """,
    """
    CREATE FUNCTION tiski_visit_changed() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN PERFORM tiski_log_change('visit', NEW.id, NULL); RETURN NULL; END $$
    """,
    """
    CREATE FUNCTION tiski_appointment_changed() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN PERFORM tiski_log_change('appointment', NEW.visit_id, NULL); RETURN NULL; END $$
    """,
    "CREATE TRIGGER tiski_step_changed AFTER INSERT OR UPDATE ON visit_step"
    " FOR EACH ROW EXECUTE FUNCTION tiski_step_changed()",
    "CREATE TRIGGER tiski_visit_changed AFTER UPDATE ON visit"
    " FOR EACH ROW EXECUTE FUNCTION tiski_visit_changed()",
    "CREATE TRIGGER tiski_appointment_changed AFTER INSERT OR UPDATE ON appointment"
    " FOR EACH ROW EXECUTE FUNCTION tiski_appointment_changed()",
]

_SQLITE_NOW = "strftime('%Y-%m-%d %H:%M:%f', 'now')"
_SQLITE_TRIGGERS = [
    f"""
    CREATE TRIGGER tiski_{table}_{event.lower()} AFTER {event} ON {table}
    BEGIN
        INSERT INTO change_log (changed_at, kind, visit_id, step_id)
        VALUES ({_SQLITE_NOW}, '{kind}', {visit}, {step});
    END
    """
    for table, kind, visit, step, events in (
        ("visit_step", "step", "NEW.visit_id", "NEW.id", ("INSERT", "UPDATE")),
        ("visit", "visit", "NEW.id", "NULL", ("UPDATE",)),
        ("appointment", "appointment", "NEW.visit_id", "NULL", ("INSERT", "UPDATE")),
    )
    for event in events
]


def _create_triggers() -> None:
    bind = op.get_bind()
    for statement in _PG_TRIGGERS if bind.dialect.name == "postgresql" else _SQLITE_TRIGGERS:
        op.execute(statement)


def _drop_triggers() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        for table, trigger in (
            ("visit_step", "tiski_step_changed"),
            ("visit", "tiski_visit_changed"),
            ("appointment", "tiski_appointment_changed"),
        ):
            op.execute(f"DROP TRIGGER IF EXISTS {trigger} ON {table}")
        for function in (
            "tiski_step_changed()",
            "tiski_visit_changed()",
            "tiski_appointment_changed()",
            "tiski_log_change(text, integer, integer)",
        ):
            op.execute(f"DROP FUNCTION IF EXISTS {function}")
    else:
        for name in (
            "visit_step_insert",
            "visit_step_update",
            "visit_update",
            "appointment_insert",
            "appointment_update",
        ):
            op.execute(f"DROP TRIGGER IF EXISTS tiski_{name}")


def upgrade() -> None:
    op.create_table(
        "change_log",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("changed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("visit_id", sa.Integer(), nullable=True),
        sa.Column("step_id", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_change_log")),
    )
    op.create_table(
        "life_event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=64), nullable=False),
        sa.Column("name_fi", sa.String(length=200), nullable=False),
        sa.Column("name_sv", sa.String(length=200), nullable=False),
        sa.Column("name_en", sa.String(length=200), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_life_event")),
        sa.UniqueConstraint("code", name=op.f("uq_life_event_code")),
    )
    op.create_table(
        "ticket_counter",
        sa.Column("ticket_day", sa.Date(), nullable=False),
        sa.Column("prefix", sa.String(length=3), nullable=False),
        sa.Column("last_number", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("ticket_day", "prefix", name=op.f("pk_ticket_counter")),
    )
    op.create_table(
        "appointment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("service_id", sa.Integer(), nullable=False),
        sa.Column("starts_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("booking_code", sa.String(length=16), nullable=False),
        sa.Column("visitor_name", sa.String(length=200), nullable=True),
        sa.Column("language", sa.String(length=2), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("visit_id", sa.Integer(), nullable=True),
        sa.Column("video_url", sa.String(length=500), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.CheckConstraint(
            "state IN ('booked', 'checked_in', 'cancelled', 'no_show')",
            name=op.f("ck_appointment_state_known"),
        ),
        sa.ForeignKeyConstraint(
            ["created_by_id"], ["staff.id"], name=op.f("fk_appointment_created_by_id_staff")
        ),
        sa.ForeignKeyConstraint(
            ["service_id"], ["service.id"], name=op.f("fk_appointment_service_id_service")
        ),
        sa.ForeignKeyConstraint(
            ["visit_id"], ["visit.id"], name=op.f("fk_appointment_visit_id_visit")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_appointment")),
        sa.UniqueConstraint("booking_code", name=op.f("uq_appointment_booking_code")),
    )
    with op.batch_alter_table("appointment", schema=None) as batch_op:
        batch_op.create_index("ix_appointment_starts_at", ["starts_at"], unique=False)

    op.create_table(
        "desk_session",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=False),
        sa.Column("counter_id", sa.Integer(), nullable=False),
        sa.Column("signed_in_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_seen_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("signed_out_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["counter_id"], ["counter.id"], name=op.f("fk_desk_session_counter_id_counter")
        ),
        sa.ForeignKeyConstraint(
            ["staff_id"], ["staff.id"], name=op.f("fk_desk_session_staff_id_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_desk_session")),
    )
    with op.batch_alter_table("desk_session", schema=None) as batch_op:
        batch_op.create_index(
            "ix_desk_session_open", ["signed_out_at", "last_seen_at"], unique=False
        )

    op.create_table(
        "life_event_step",
        sa.Column("life_event_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("service_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["life_event_id"],
            ["life_event.id"],
            name=op.f("fk_life_event_step_life_event_id_life_event"),
        ),
        sa.ForeignKeyConstraint(
            ["service_id"], ["service.id"], name=op.f("fk_life_event_step_service_id_service")
        ),
        sa.PrimaryKeyConstraint("life_event_id", "position", name=op.f("pk_life_event_step")),
    )
    with op.batch_alter_table("visit", schema=None) as batch_op:
        batch_op.add_column(sa.Column("appointment_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column("life_event", sa.String(length=64), nullable=True))

    with op.batch_alter_table("visit_step", schema=None) as batch_op:
        batch_op.add_column(sa.Column("recalls", sa.Integer(), server_default="0", nullable=False))
        batch_op.add_column(sa.Column("parked_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column("target_counter_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("target_staff_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("transferred_from_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("changed_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column("changed_by_id", sa.Integer(), nullable=True))
        batch_op.drop_constraint(batch_op.f("uq_visit_step_position"), type_="unique")
        batch_op.create_index("ix_visit_step_visit", ["visit_id", "position"], unique=False)
        batch_op.create_foreign_key(
            batch_op.f("fk_visit_step_changed_by_id_staff"), "staff", ["changed_by_id"], ["id"]
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_visit_step_target_staff_id_staff"), "staff", ["target_staff_id"], ["id"]
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_visit_step_transferred_from_id_visit_step"),
            "visit_step",
            ["transferred_from_id"],
            ["id"],
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_visit_step_target_counter_id_counter"),
            "counter",
            ["target_counter_id"],
            ["id"],
        )
    with op.batch_alter_table("change_log", schema=None) as batch_op:
        batch_op.create_index("ix_change_log_changed_at", ["changed_at"], unique=False)
    _create_triggers()


def downgrade() -> None:
    _drop_triggers()
    with op.batch_alter_table("visit_step", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_visit_step_target_counter_id_counter"), type_="foreignkey"
        )
        batch_op.drop_constraint(
            batch_op.f("fk_visit_step_transferred_from_id_visit_step"), type_="foreignkey"
        )
        batch_op.drop_constraint(
            batch_op.f("fk_visit_step_target_staff_id_staff"), type_="foreignkey"
        )
        batch_op.drop_constraint(
            batch_op.f("fk_visit_step_changed_by_id_staff"), type_="foreignkey"
        )
        batch_op.drop_index("ix_visit_step_visit")
        batch_op.create_unique_constraint(
            batch_op.f("uq_visit_step_position"), ["visit_id", "position"]
        )
        batch_op.drop_column("changed_by_id")
        batch_op.drop_column("changed_at")
        batch_op.drop_column("transferred_from_id")
        batch_op.drop_column("target_staff_id")
        batch_op.drop_column("target_counter_id")
        batch_op.drop_column("parked_at")
        batch_op.drop_column("recalls")

    with op.batch_alter_table("visit", schema=None) as batch_op:
        batch_op.drop_column("life_event")
        batch_op.drop_column("appointment_at")

    op.drop_table("life_event_step")
    with op.batch_alter_table("desk_session", schema=None) as batch_op:
        batch_op.drop_index("ix_desk_session_open")

    op.drop_table("desk_session")
    with op.batch_alter_table("appointment", schema=None) as batch_op:
        batch_op.drop_index("ix_appointment_starts_at")

    op.drop_table("appointment")
    op.drop_table("ticket_counter")
    op.drop_table("life_event")
    op.drop_table("change_log")
