"""Who may do what at the desk: the one permission table.

Every use case of the desk layer names the :class:`Permission` it needs and
refuses an actor whose role lacks it (``console.desk.permits``). The UI asks
:func:`allows` only to hide what would be refused anyway. docs/security.md,
"Roles and permissions", is generated from this module::

    python -m console.core.permissions --markdown

Beyond the role, cases are limited to the actor's own work (the visit at their
counter, the consultation they accepted, their agency's partition); that rule
lives in ``console.desk.case_access`` because it needs the database.
"""

from __future__ import annotations

import enum
import sys
from collections.abc import Iterable, Mapping

from console.core.queue import Role
from console.core.text import QT_TRANSLATE_NOOP, Message


class Permission(enum.StrEnum):
    """One thing a role may do. The value is what docs and audit details show."""

    # The lobby: what a kiosk and the display need too.
    ISSUE_TICKET = "issue_ticket"
    CHECK_IN = "check_in"
    READ_DISPLAY = "read_display"
    # The queue as staff see it: visitors' names on tickets and appointments.
    READ_QUEUE = "read_queue"
    MANAGE_WAITING = "manage_waiting"
    WORK_AT_COUNTER = "work_at_counter"
    SERVE = "serve"
    RELEASE_STRANDED = "release_stranded"
    # Visitors and their cases (limited further to the actor's own work).
    IDENTIFY_VISITOR = "identify_visitor"
    READ_CASE = "read_case"
    WRITE_NOTE = "write_note"
    RECORD_CONSENT = "record_consent"
    SEARCH_NOTES = "search_notes"
    # Consultations.
    ASK_SPECIALIST = "ask_specialist"
    ANSWER_CONSULTATION = "answer_consultation"
    # Oversight and data protection.
    READ_AUDIT_TRAIL = "read_audit_trail"
    EXPORT_AUDIT = "export_audit"
    EXPORT_VISITOR_DATA = "export_visitor_data"
    SET_LEGAL_HOLD = "set_legal_hold"
    RUN_RETENTION = "run_retention"
    READ_REPORTS = "read_reports"
    SUPERVISE_FLOOR = "supervise_floor"
    # Administration: the desk's setup and secrets (command line).
    ADMINISTER_STAFF = "administer_staff"
    ADMINISTER_SERVICES = "administer_services"
    SET_IDENTITY_KEY = "set_identity_key"
    MANAGE_PLUGIN_CREDENTIALS = "manage_plugin_credentials"
    SEED_DEMO = "seed_demo"


P = Permission

_LOBBY = frozenset({P.ISSUE_TICKET, P.CHECK_IN, P.READ_DISPLAY})
_FLOOR = _LOBBY | {P.READ_QUEUE, P.MANAGE_WAITING, P.WORK_AT_COUNTER}
_CASEWORK = frozenset(
    {
        P.SERVE,
        P.IDENTIFY_VISITOR,
        P.READ_CASE,
        P.WRITE_NOTE,
        P.RECORD_CONSENT,
        P.SEARCH_NOTES,
        P.ASK_SPECIALIST,
    }
)

ROLE_PERMISSIONS: Mapping[Role, frozenset[Permission]] = {
    # Greets, finds out the need, issues tickets, books and checks in; reads no cases.
    Role.GUIDE: _FLOOR,
    # Serves visits at a counter: the case of the visit, notes, consent, specialists.
    Role.ADVISOR: _FLOOR | _CASEWORK,
    # Serves their agency's tickets and answers its consultations.
    Role.SPECIALIST: _FLOOR | _CASEWORK | {P.ANSWER_CONSULTATION},
    # Everything at the floor, stranded visitors, audit trails, data requests, holds.
    Role.SUPERVISOR: _FLOOR
    | _CASEWORK
    | {
        P.RELEASE_STRANDED,
        P.READ_AUDIT_TRAIL,
        P.EXPORT_AUDIT,
        P.EXPORT_VISITOR_DATA,
        P.SET_LEGAL_HOLD,
        P.ADMINISTER_SERVICES,
        P.READ_REPORTS,
        P.SUPERVISE_FLOOR,
    },
    # Runs the installation: staff, services, keys, retention, audit exports.
    # Reads no visitor's case or name (not even the queue's names).
    Role.IT: frozenset(
        {
            P.READ_DISPLAY,
            P.WORK_AT_COUNTER,
            P.EXPORT_AUDIT,
            P.SET_LEGAL_HOLD,
            P.RUN_RETENTION,
            P.ADMINISTER_STAFF,
            P.ADMINISTER_SERVICES,
            P.SET_IDENTITY_KEY,
            P.MANAGE_PLUGIN_CREDENTIALS,
            P.SEED_DEMO,
        }
    ),
    # Service accounts.
    Role.KIOSK: _LOBBY,
    Role.DISPLAY: frozenset({P.READ_DISPLAY}),
}

# A use case called with no actor at all is the lobby: a visitor at a kiosk that has
# no account of its own. It may do what the kiosk account may, nothing more.
ANONYMOUS: frozenset[Permission] = ROLE_PERMISSIONS[Role.KIOSK]

ROLE_ORDER: tuple[Role, ...] = (
    Role.GUIDE,
    Role.ADVISOR,
    Role.SPECIALIST,
    Role.SUPERVISOR,
    Role.IT,
    Role.KIOSK,
    Role.DISPLAY,
)


def permissions_of(role: Role | None) -> frozenset[Permission]:
    """What ``role`` may do; ``None`` is the anonymous lobby (:data:`ANONYMOUS`)."""
    if role is None:
        return ANONYMOUS
    return ROLE_PERMISSIONS.get(Role(role), frozenset())


def allows(role: Role | None, permission: Permission) -> bool:
    return permission in permissions_of(role)


def roles_with(permission: Permission) -> tuple[Role, ...]:
    return tuple(role for role in ROLE_ORDER if permission in ROLE_PERMISSIONS[role])


# ---------------------------------------------------------------- words for people
ROLE_NAMES: Mapping[Role, str] = {
    Role.GUIDE: QT_TRANSLATE_NOOP("Roles", "lobby guide"),
    Role.ADVISOR: QT_TRANSLATE_NOOP("Roles", "service advisor"),
    Role.SPECIALIST: QT_TRANSLATE_NOOP("Roles", "specialist"),
    Role.SUPERVISOR: QT_TRANSLATE_NOOP("Roles", "supervisor"),
    Role.IT: QT_TRANSLATE_NOOP("Roles", "IT support"),
    Role.KIOSK: QT_TRANSLATE_NOOP("Roles", "kiosk"),
    Role.DISPLAY: QT_TRANSLATE_NOOP("Roles", "lobby display"),
}
_NO_ACCOUNT = QT_TRANSLATE_NOOP("Roles", "no signed-in account")

# What each permission allows, as the end of "Your role (...) does not allow ...".
DOING: Mapping[Permission, str] = {
    P.ISSUE_TICKET: QT_TRANSLATE_NOOP("Permissions", "issuing tickets"),
    P.CHECK_IN: QT_TRANSLATE_NOOP("Permissions", "checking in appointments"),
    P.READ_DISPLAY: QT_TRANSLATE_NOOP("Permissions", "reading the lobby display's queues"),
    P.READ_QUEUE: QT_TRANSLATE_NOOP(
        "Permissions", "reading the queue with visitors' names and appointments"
    ),
    P.MANAGE_WAITING: QT_TRANSLATE_NOOP(
        "Permissions",
        "changing waiting tickets and appointments (add a service, transfer, cancel, book)",
    ),
    P.WORK_AT_COUNTER: QT_TRANSLATE_NOOP("Permissions", "working at a counter"),
    P.SERVE: QT_TRANSLATE_NOOP(
        "Permissions", "serving visitors (call next, recall, finish, transfer)"
    ),
    P.RELEASE_STRANDED: QT_TRANSLATE_NOOP("Permissions", "listing and releasing stranded visitors"),
    P.IDENTIFY_VISITOR: QT_TRANSLATE_NOOP("Permissions", "identifying visitors"),
    P.READ_CASE: QT_TRANSLATE_NOOP("Permissions", "reading visitors' cases"),
    P.WRITE_NOTE: QT_TRANSLATE_NOOP("Permissions", "writing case notes"),
    P.RECORD_CONSENT: QT_TRANSLATE_NOOP("Permissions", "recording a visitor's consent"),
    P.SEARCH_NOTES: QT_TRANSLATE_NOOP("Permissions", "searching case notes"),
    P.ASK_SPECIALIST: QT_TRANSLATE_NOOP("Permissions", "asking a specialist to join a visit"),
    P.ANSWER_CONSULTATION: QT_TRANSLATE_NOOP(
        "Permissions", "answering an agency's consultation requests"
    ),
    P.READ_AUDIT_TRAIL: QT_TRANSLATE_NOOP("Permissions", "reading a case's audit trail"),
    P.EXPORT_AUDIT: QT_TRANSLATE_NOOP("Permissions", "exporting audit trails"),
    P.EXPORT_VISITOR_DATA: QT_TRANSLATE_NOOP(
        "Permissions", "exporting a visitor's data for their access request"
    ),
    P.SET_LEGAL_HOLD: QT_TRANSLATE_NOOP("Permissions", "putting cases under legal hold"),
    P.RUN_RETENTION: QT_TRANSLATE_NOOP("Permissions", "deleting cases under the retention rules"),
    P.READ_REPORTS: QT_TRANSLATE_NOOP(
        "Permissions", "reading the desk's reports and the cost-sharing report"
    ),
    P.SUPERVISE_FLOOR: QT_TRANSLATE_NOOP(
        "Permissions",
        "watching the whole floor (every counter, who is at it, the alerts), closing a "
        "service for new tickets and planning staff's skills for the day",
    ),
    P.ADMINISTER_STAFF: QT_TRANSLATE_NOOP("Permissions", "managing staff accounts"),
    P.ADMINISTER_SERVICES: QT_TRANSLATE_NOOP(
        "Permissions", "managing services, counters and opening hours"
    ),
    P.SET_IDENTITY_KEY: QT_TRANSLATE_NOOP("Permissions", "setting the desk's identity key"),
    P.MANAGE_PLUGIN_CREDENTIALS: QT_TRANSLATE_NOOP(
        "Permissions", "managing agency plugins' credentials"
    ),
    P.SEED_DEMO: QT_TRANSLATE_NOOP("Permissions", "writing the demo desk into a database in use"),
}


def role_name(role: Role | None) -> Message:
    """The role as a person calls it (translated by the UI or the CLI)."""
    if role is None:
        return Message("Roles", _NO_ACCOUNT)
    return Message("Roles", ROLE_NAMES[Role(role)])


def refusal(role: Role | None, permission: Permission) -> Message:
    """The sentence for a use case refused by role: names the role and the act."""
    return Message(
        "Permissions",
        QT_TRANSLATE_NOOP("Permissions", "Your role ({role}) does not allow {doing}."),
        {"role": role_name(role), "doing": Message("Permissions", DOING[permission])},
    )


# ---------------------------------------------------------------- the use cases
# Which permission each use case of the desk layer checks. The role matrix test
# (tests/test_permissions_matrix.py) calls every one of them as every role and
# holds the desk to this table; docs/security.md shows it.
USE_CASES: Mapping[str, Permission] = {
    "QueueDesk.issue": P.ISSUE_TICKET,
    "QueueDesk.issue (to one counter)": P.MANAGE_WAITING,
    "QueueDesk.issue_life_event": P.ISSUE_TICKET,
    "QueueDesk.give_feedback": P.ISSUE_TICKET,
    "QueueDesk.check_in": P.CHECK_IN,
    "QueueDesk.display": P.READ_DISPLAY,
    "Desk.snapshot": P.READ_DISPLAY,  # visitors' names only with READ_QUEUE
    "LiveDesk.delta": P.READ_DISPLAY,  # the same, for the live feed
    "QueueDesk.find_ticket": P.READ_QUEUE,
    "QueueDesk.at_counter": P.READ_QUEUE,
    "QueueDesk.visit_steps": P.READ_QUEUE,
    "QueueDesk.appointments_on": P.READ_QUEUE,
    "QueueDesk.add_service": P.MANAGE_WAITING,
    "QueueDesk.book": P.MANAGE_WAITING,
    "QueueDesk.close_appointment": P.MANAGE_WAITING,
    "QueueDesk.transfer (waiting ticket)": P.MANAGE_WAITING,
    "QueueDesk.act (cancel a waiting ticket)": P.MANAGE_WAITING,
    "QueueDesk.open_session": P.WORK_AT_COUNTER,
    "QueueDesk.heartbeat": P.WORK_AT_COUNTER,
    "QueueDesk.report_back_office": P.WORK_AT_COUNTER,
    "QueueDesk.touch_session": P.WORK_AT_COUNTER,
    "QueueDesk.close_session": P.WORK_AT_COUNTER,
    "QueueDesk.start_break": P.WORK_AT_COUNTER,
    "QueueDesk.end_break": P.WORK_AT_COUNTER,
    "QueueDesk.my_break": P.WORK_AT_COUNTER,
    "QueueDesk.call_next": P.SERVE,
    "QueueDesk.act": P.SERVE,
    "QueueDesk.transfer": P.SERVE,
    "StrandedDesk.leave_counter": P.SERVE,
    "StrandedDesk.stranded": P.RELEASE_STRANDED,
    "ReportDesk.report": P.READ_REPORTS,
    "ReportDesk.charts": P.READ_REPORTS,
    "ReportDesk.report_with_charts": P.READ_REPORTS,
    "ReportDesk.forecast": P.READ_REPORTS,
    "FloorDesk.floor": P.SUPERVISE_FLOOR,
    "FloorDesk.close_for_tickets": P.SUPERVISE_FLOOR,
    "FloorDesk.skills_today": P.SUPERVISE_FLOOR,
    "FloorDesk.set_skills_for_today": P.SUPERVISE_FLOOR,
    "ReportDesk.cost_split": P.READ_REPORTS,
    "StrandedDesk.release": P.RELEASE_STRANDED,
    "CaseDesk.identify": P.IDENTIFY_VISITOR,
    "CaseDesk.reveal_identity": P.IDENTIFY_VISITOR,
    "CaseDesk.visitor_of_visit": P.READ_CASE,
    "CaseDesk.case_of_visit": P.READ_CASE,
    "CaseDesk.cases_of_visitor": P.READ_CASE,
    "CaseDesk.open_visit": P.READ_CASE,
    "CaseDesk.open_case": P.READ_CASE,
    "CaseDesk.case_view": P.READ_CASE,
    "CaseDesk.write_note": P.WRITE_NOTE,
    "CaseDesk.saved_client_ids": P.WRITE_NOTE,
    "CaseDesk.record_consent": P.RECORD_CONSENT,
    "CaseDesk.search": P.SEARCH_NOTES,
    "CaseDesk.audit_trail": P.READ_AUDIT_TRAIL,
    "CaseDesk.export_audit": P.EXPORT_AUDIT,
    "CaseDesk.visitor_data": P.EXPORT_VISITOR_DATA,
    "CaseDesk.set_legal_hold": P.SET_LEGAL_HOLD,
    "CaseDesk.run_retention": P.RUN_RETENTION,
    "ConsultDesk.ask": P.ASK_SPECIALIST,
    "ConsultDesk.of_visit": P.ASK_SPECIALIST,
    "ConsultDesk.staffing": P.ASK_SPECIALIST,
    "ConsultDesk.cancel": P.ASK_SPECIALIST,
    "ConsultDesk.book_remote": P.ASK_SPECIALIST,
    "ConsultDesk.set_presence": P.ANSWER_CONSULTATION,
    "ConsultDesk.inbox": P.ANSWER_CONSULTATION,
    "ConsultDesk.accept": P.ANSWER_CONSULTATION,
    "ConsultDesk.decline": P.ANSWER_CONSULTATION,
    "ConsultDesk.context": P.ANSWER_CONSULTATION,
    "ConsultDesk.hand_back": P.ANSWER_CONSULTATION,
    "ConsultDesk.take_over": P.ANSWER_CONSULTATION,
}

# The ``tiski`` commands that read or change visitors' data or the desk's secrets:
# each asks for --user and a password, checks this permission, and is audited with
# who, when and which PC (console/cli/auth.py).
COMMANDS: Mapping[str, Permission] = {
    "gdpr export": P.EXPORT_VISITOR_DATA,
    "audit export": P.EXPORT_AUDIT,
    "retention run": P.RUN_RETENTION,
    "report": P.READ_REPORTS,
    "retention hold": P.SET_LEGAL_HOLD,
    "identity set-key": P.SET_IDENTITY_KEY,
    "db seed-demo": P.SEED_DEMO,  # on a database that already has a desk
    "plugins set-credential": P.MANAGE_PLUGIN_CREDENTIALS,
}

# Use cases with no permission check, and why: none hands out or changes a
# visitor's data. The matrix test checks that every public method of the desk
# classes is in one of the two tables.
UNCHECKED: Mapping[str, str] = {
    "Desk.staff": "the staff directory the sign-in dialog lists (no visitor data)",
    "Desk.counters": "the counters the sign-in dialog lists",
    "Desk.sign_in": "sign-in itself",
    "Desk.sign_in_by_username": "sign-in for the demo and tests",
    "Desk.site_names": "the desk's own name",
    "Desk.offices": "the offices: the sign-in dialog names counters with them, a report or "
    "the floor is chosen among them",
    "ReportDesk.reading": "which database a report reads (reports.database_url's replica or "
    "the shared one); each report checks its own permission",
    "ReportDesk.close": "lets go of the reports' replica connections (switch user, quit)",
    "Desk.catalogue": "the desk's name, agencies and services: what the kiosk offers",
    "Desk.lobby": "the desk's opening hours and lobby texts: what the kiosk and display show",
    "Desk.seed_demo": "writes only into an empty database (`tiski db seed-demo` asks IT's "
    "password when it has a desk)",
    "Desk.is_empty": "whether the database has a desk yet",
    "Desk.refresh_demo_visits": "demo database only: today's made-up visitors",
    "Desk.database_key": "the name under which this PC keeps unsent notes for this database",
    "Desk.legacy_database_key": "the name an older Tiski kept them under, to move them",
    "LiveDesk.start": "starts following the change feed (no data)",
    "LiveDesk.listener": "waits for the database's change notices (no data)",
    "QueueDesk.life_events": "the life-event paths offered at the kiosk",
    "QueueDesk.estimates": "estimated waits per service, as the kiosk shows them",
    "QueueDesk.estimates_in": "the same, inside another use case's transaction",
    "StrandedDesk.return_stranded": "the desk's own rule returning stranded steps, audited",
    "StrandedDesk.sweep_in": "the same rule inside another use case's transaction",
    "CaseDesk.templates": "note templates of a service",
    "CaseDesk.refresh_search_terms": "maintenance of the search index at start-up",
    "CaseDesk.case_for_visit": "inside write_note and ConsultDesk.ask, which check",
    "CaseDesk.view_in": "inside case_view and ConsultDesk.context, which check",
}


# ---------------------------------------------------------------- the documented matrix
def _row(cells: Iterable[str]) -> str:
    return "| " + " | ".join(cells) + " |"


def markdown() -> str:
    """The "Roles and permissions" tables of docs/security.md."""
    lines = [
        _row(["Permission", *(role.value for role in ROLE_ORDER)]),
        _row(["---", *(":-:" for _ in ROLE_ORDER)]),
    ]
    for permission in Permission:
        marks = ("yes" if permission in ROLE_PERMISSIONS[role] else "-" for role in ROLE_ORDER)
        lines.append(_row([f"`{permission.value}`: {DOING[permission]}", *marks]))
    lines += [
        "",
        _row(["Use case", "Needs", "Roles that have it"]),
        _row(["---", "---", "---"]),
    ]
    for use_case, permission in USE_CASES.items():
        roles = ", ".join(role.value for role in roles_with(permission))
        lines.append(_row([f"`{use_case}`", f"`{permission.value}`", roles]))
    lines += ["", _row(["Command", "Needs", "Roles that have it"]), _row(["---", "---", "---"])]
    for command, permission in COMMANDS.items():
        roles = ", ".join(role.value for role in roles_with(permission))
        lines.append(_row([f"`tiski {command}`", f"`{permission.value}`", roles]))
    lines += ["", _row(["Use case without a check", "Why"]), _row(["---", "---"])]
    lines += [_row([f"`{name}`", why]) for name, why in UNCHECKED.items()]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args != ["--markdown"]:
        print("usage: python -m console.core.permissions --markdown", file=sys.stderr)
        return 2
    sys.stdout.write(markdown())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
