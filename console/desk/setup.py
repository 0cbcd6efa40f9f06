"""Setting up the desk: plan, apply and export the desk as a file (docs/desk-file.md).

``tiski desk plan|apply|export`` and the admin window both come here. Applying is one
transaction: the desk's rows are made what the file says (added, changed, restored,
retired by code), the change is audited and the change feed tells every console.
On PostgreSQL staff members are login roles of the server: a staff change made with
the owner's URL (the command line) also makes, regroups or switches off their login
roles; a console signed in as IT or a supervisor may change everything but the staff
rows and their roles (skills it may), and is told so.
"""

from __future__ import annotations

from dataclasses import dataclass

from console.core.cases import AuditAction
from console.core.desk_file import DeskSpec, StaffSpec
from console.core.desk_plan import Action, Change, DeskPlan, Kind, plan_desk
from console.core.desk_toml import dump_desk
from console.core.permissions import Permission, allows
from console.core.queue import utc_now
from console.core.text import QT_TRANSLATE_NOOP, Message
from console.desk.errors import DeskError
from console.desk.permits import require, workstation_of
from console.desk.queue import Actor
from console.store.database import Database
from console.store.queries import Tx, transaction
from console.store.staff_admin import owner_transaction

_CTX = "DeskSetup"


class DeskPlanRefused(DeskError):
    """Applying was refused: ``plan.refusals`` says why, and nothing changed."""

    def __init__(self, plan: DeskPlan) -> None:
        first = plan.refusals[0]
        if len(plan.refusals) > 1:
            first = Message(
                _CTX,
                QT_TRANSLATE_NOOP("DeskSetup", "{first} (and {more} more reasons)"),
                {"first": first, "more": len(plan.refusals) - 1},
            )
        super().__init__(first)
        self.plan = plan


@dataclass(frozen=True)
class Applied:
    """What an apply did."""

    plan: DeskPlan
    # PostgreSQL: staff who got a login role without a password yet (tiski staff password).
    logins_without_password: tuple[str, ...] = ()


def _say(text: str, **params: object) -> Message:
    return Message(_CTX, text, dict(params))


def current_desk(database: Database) -> DeskSpec | None:
    """The desk as the database has it now (``None``: nothing set up yet)."""
    with transaction(database) as tx:
        return tx.desk_spec()


def export_desk(database: Database) -> str:
    """The desk file of the database's desk; refused when nothing is set up yet."""
    desk = current_desk(database)
    if desk is None:
        raise DeskError(
            _say(
                QT_TRANSLATE_NOOP(
                    "DeskSetup",
                    "The database has no desk yet, so there is nothing to export. Apply a "
                    "desk file first: tiski desk apply FILE.",
                )
            )
        )
    return dump_desk(desk)


def _account_changes(plan: DeskPlan) -> list[Change]:
    """Changes of staff accounts themselves (not just their skills)."""
    return [
        change
        for change in plan.of(Kind.STAFF)
        if not (change.action is Action.CHANGE and set(change.fields) <= {"skills"})
    ]


def _staff_refusals(database: Database, plan: DeskPlan, actor: Actor | None) -> list[Message]:
    accounts = _account_changes(plan)
    if not accounts or actor is None:
        return []
    if not allows(actor.role, Permission.ADMINISTER_STAFF):
        return [
            _say(
                QT_TRANSLATE_NOOP(
                    "DeskSetup",
                    "Staff accounts change ({who}): only IT adds, removes or changes staff "
                    "members; a supervisor may change their skills.",
                ),
                who=", ".join(change.key for change in accounts[:5]),
            )
        ]
    if database.dialect == "postgresql":
        return [
            _say(
                QT_TRANSLATE_NOOP(
                    "DeskSetup",
                    "Staff accounts change ({who}): on PostgreSQL each is a login role of the "
                    "server, which only the database's owner makes. Export the desk to a file "
                    "and run tiski desk apply FILE with the owner's database URL.",
                ),
                who=", ".join(change.key for change in accounts[:5]),
            )
        ]
    return []


def _plan_in(tx: Tx, database: Database, wanted: DeskSpec, actor: Actor | None) -> DeskPlan:
    desk = tx.desk_spec()
    facts = tx.setup_facts()
    username = None
    if actor is not None:
        member = tx.staff_member(actor.staff_id)
        username = member.username if member else None
    plan = plan_desk(desk, wanted, facts, actor_username=username)
    extra = _staff_refusals(database, plan, actor)
    if extra:
        plan = DeskPlan(plan.changes, plan.refusals + tuple(extra))
    return plan


def plan_setup(database: Database, wanted: DeskSpec, *, actor: Actor | None = None) -> DeskPlan:
    """What applying ``wanted`` would change, and what would be refused.

    ``actor`` ``None`` is IT at the command line with the database's own credentials.
    """
    if actor is not None:
        require(actor, Permission.ADMINISTER_SERVICES)
    with transaction(database) as tx:
        return _plan_in(tx, database, wanted, actor)


def _summary(plan: DeskPlan, source: str) -> str:
    parts = [
        f"{change.kind.value} {change.key} {change.action.value}"
        + (f" ({', '.join(change.fields)})" if change.fields else "")
        for change in plan.changes
    ]
    head = (
        f"{source}: {plan.count(Action.ADD)} added, {plan.count(Action.CHANGE)} changed, "
        f"{plan.count(Action.RETIRE) + plan.count(Action.REMOVE)} retired, "
        f"{plan.count(Action.RESTORE)} restored"
    )
    return "; ".join([head, *parts])


def apply_setup(
    database: Database, wanted: DeskSpec, *, actor: Actor | None = None, source: str = "file"
) -> Applied:
    """Make the desk ``wanted`` in one transaction; raise :class:`DeskPlanRefused` if refused.

    Nothing is written when the plan is empty (applying the same file twice is quiet).
    """
    if actor is not None:
        require(actor, Permission.ADMINISTER_SERVICES)
    now = utc_now()
    without_password: list[str] = []
    with owner_transaction(database, "tiski desk apply") as tx:
        plan = _plan_in(tx, database, wanted, actor)
        if plan.refusals:
            raise DeskPlanRefused(plan)
        if plan.empty:
            return Applied(plan)
        staff_rows = actor is None or database.dialect != "postgresql"
        tx.write_desk(wanted, staff_rows=staff_rows)
        if database.dialect == "postgresql" and actor is None:
            without_password = _sync_login_roles(tx, plan, wanted)
        tx.add_audit(
            AuditAction.DESK_APPLIED,
            now=now,
            staff_id=actor.staff_id if actor else None,
            counter_id=actor.counter_id if actor else None,
            detail=_summary(plan, source),
            workstation=workstation_of(actor),
        )
    return Applied(plan, tuple(without_password))


def _sync_login_roles(tx: Tx, plan: DeskPlan, wanted: DeskSpec) -> list[str]:
    """PostgreSQL, as the owner: login roles for added and changed staff, off for retired."""
    from console.store import pg_roles

    raw = tx.raw_connection()
    pg_roles.ensure_group_roles(raw)
    members: dict[str, StaffSpec] = {member.username: member for member in wanted.staff}
    without_password: list[str] = []
    for change in plan.of(Kind.STAFF):
        if change.action is Action.RETIRE:
            retired = tx.login_of(change.key)
            if retired:
                pg_roles.disable_login(raw, retired)
            continue
        if change.action is Action.CHANGE and set(change.fields) <= {"skills", "full_name"}:
            continue
        member = members[change.key]
        login = member.login_role or member.username
        state = pg_roles.login_state(raw, login)
        retention = pg_roles.RETENTION_ROLE in state.groups
        pg_roles.create_login(
            raw,
            login,
            password=None,
            groups=pg_roles.groups_for(member.role.value, member.agency, retention=retention),
        )
        if not state.exists:
            without_password.append(member.username)
    return without_password
