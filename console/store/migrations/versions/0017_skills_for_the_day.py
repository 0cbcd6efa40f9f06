"""A supervisor sets a staff member's skills for one day from the floor

``staff_day_plan`` has a row for each person and day a supervisor planned (who, when);
``staff_day_skill`` the services they serve that day. Without a plan a person serves
their usual skills (``staff_skill``), which stay as they were. A plan is a change of the
set-up: consoles, the kiosk and the display hear of it through the change log (as
migration 0016's closures), and call next reads the skills of the day.

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None

_SQLITE_NOW = "strftime('%Y-%m-%d %H:%M:%f', 'now')"
_TABLES = ("staff_day_plan", "staff_day_skill")


def upgrade() -> None:
    bind = op.get_bind()
    op.create_table(
        "staff_day_plan",
        sa.Column("staff_id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("set_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("set_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["staff_id"],
            ["staff.id"],
            name=op.f("fk_staff_day_plan_staff_id_staff"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["set_by_id"],
            ["staff.id"],
            name=op.f("fk_staff_day_plan_set_by_id_staff"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("staff_id", "day", name=op.f("pk_staff_day_plan")),
    )
    op.create_table(
        "staff_day_skill",
        sa.Column("staff_id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("service_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["staff_id", "day"],
            ["staff_day_plan.staff_id", "staff_day_plan.day"],
            name=op.f("fk_staff_day_skill_staff_id_staff_day_plan"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["service_id"],
            ["service.id"],
            name=op.f("fk_staff_day_skill_service_id_service"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("staff_id", "day", "service_id", name=op.f("pk_staff_day_skill")),
    )
    if bind.dialect.name == "postgresql":
        for table in _TABLES:
            op.execute(
                f"CREATE TRIGGER tiski_{table}_setup AFTER INSERT OR UPDATE OR DELETE ON {table}"
                " FOR EACH STATEMENT EXECUTE FUNCTION tiski_setup_changed()"
            )
            # Everyone who estimates a wait reads them (the kiosk and the display too).
            op.execute(f"GRANT SELECT ON TABLE {table} TO tiski_staff, tiski_kiosk, tiski_display")
            op.execute(f"GRANT INSERT, UPDATE, DELETE ON TABLE {table} TO tiski_supervisor")
        return
    for table in _TABLES:
        for event in ("INSERT", "UPDATE", "DELETE"):
            op.execute(
                f"""
                CREATE TRIGGER tiski_{table}_setup_{event.lower()} AFTER {event} ON {table}
                BEGIN
                    INSERT INTO change_log (changed_at, kind, visit_id, step_id)
                    VALUES ({_SQLITE_NOW}, 'setup', NULL, NULL);
                END
                """
            )


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        for table in _TABLES:
            op.execute(f"DROP TRIGGER IF EXISTS tiski_{table}_setup ON {table}")
    op.drop_table("staff_day_skill")
    op.drop_table("staff_day_plan")
