"""A supervisor closes a service for new tickets (and opens it again) from the floor

A row in ``service_closure`` per service closed for new tickets: the kiosk shows it as
closed and refuses its tickets; the lobby guide still issues them. A table of its own,
not a column of ``service``: every other read and write of the services stays as it
was. Closing and opening tell the consoles and the kiosk through the change log, as a
change of the set-up (migration 0010).

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None

_SQLITE_NOW = "strftime('%Y-%m-%d %H:%M:%f', 'now')"


def upgrade() -> None:
    bind = op.get_bind()
    op.create_table(
        "service_closure",
        sa.Column("service_id", sa.Integer(), nullable=False),
        sa.Column("closed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("closed_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["service_id"], ["service.id"], name=op.f("fk_service_closure_service_id_service")
        ),
        sa.ForeignKeyConstraint(
            ["closed_by_id"], ["staff.id"], name=op.f("fk_service_closure_closed_by_id_staff")
        ),
        sa.PrimaryKeyConstraint("service_id", name=op.f("pk_service_closure")),
    )
    if bind.dialect.name == "postgresql":
        op.execute(
            "CREATE TRIGGER tiski_service_closure_setup AFTER INSERT OR DELETE ON service_closure"
            " FOR EACH STATEMENT EXECUTE FUNCTION tiski_setup_changed()"
        )
        op.execute("GRANT SELECT ON TABLE service_closure TO tiski_staff, tiski_kiosk")
        op.execute("GRANT INSERT, DELETE ON TABLE service_closure TO tiski_supervisor")
        return
    for number, event in enumerate(("INSERT", "DELETE")):
        op.execute(
            f"""
            CREATE TRIGGER tiski_service_closure_setup_{number} AFTER {event} ON service_closure
            BEGIN
                INSERT INTO change_log (changed_at, kind, visit_id, step_id)
                VALUES ({_SQLITE_NOW}, 'setup', NULL, NULL);
            END
            """
        )


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS tiski_service_closure_setup ON service_closure")
    op.drop_table("service_closure")
