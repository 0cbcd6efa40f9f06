"""``tiski queue``: the shared queue from the command line, for IT and scripts.

The commands go through the desk's use cases exactly as the console does. For
scripts, ``issue``, ``next``, ``finish`` and ``transfer`` print the ticket
number alone on their first line, and ``list --json`` prints one JSON object.

Exit status: 0 done, 2 refused or wrong input (one plain message on stderr,
never a traceback), 3 ``next`` found nothing the caller may call.
"""

from __future__ import annotations

import argparse
import json
import logging
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from console.cli.opening import open_desk_for
from console.cli.voice import Voice
from console.core.text import QT_TRANSLATE_NOOP, Message, TiskiError

if TYPE_CHECKING:
    from console.config import Settings
    from console.core.policy import CallReason
    from console.core.records import StepInfo
    from console.desk.desk import Desk, SignedIn
    from console.desk.queue import Actor

log = logging.getLogger(__name__)

_CTX = "QueueCommands"
EXIT_OK = 0
EXIT_ERROR = 2
EXIT_NOTHING_TO_CALL = 3


# ---------------------------------------------------------------- the parser
def add_queue_parser(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
) -> None:
    """Add ``tiski queue issue|next|list|finish|transfer|stranded|release`` to ``tiski``."""
    queue = commands.add_parser(
        "queue",
        help="the shared queue: issue tickets, call next, list, finish, transfer",
        parents=[common],
    )
    actions = queue.add_subparsers(dest="action", metavar="ACTION", required=True)

    issue = actions.add_parser(
        "issue",
        help="hand out a ticket; prints the ticket number first",
        parents=[common],
    )
    issue.add_argument(
        "services",
        nargs="*",
        metavar="SERVICE",
        help="service codes in the order the visitor needs them (see tiski queue list)",
    )
    issue.add_argument(
        "--lang",
        dest="visitor_language",
        choices=("fi", "sv", "en"),
        default="fi",
        help="language the visitor is served in (default fi)",
    )
    issue.add_argument(
        "--priority",
        choices=("accessibility", "urgent"),
        default=None,
        help="the visit goes before others",
    )
    issue.add_argument(
        "--name", dest="visitor_name", metavar="NAME", default=None, help="visitor's name"
    )
    issue.add_argument(
        "--life-event",
        metavar="CODE",
        default=None,
        help="a life-event path; without SERVICE its services are used",
    )

    call = actions.add_parser(
        "next",
        help="call the next ticket to a counter; prints the ticket number first",
        parents=[common],
    )
    call.add_argument("--counter", required=True, metavar="COUNTER", help="counter code")
    call.add_argument("--staff", required=True, metavar="USER", help="staff username")

    listing = actions.add_parser(
        "list", help="waiting tickets and the queue of each service", parents=[common]
    )
    listing.add_argument("--json", action="store_true", help="one JSON object for scripts")

    finish = actions.add_parser(
        "finish", help="mark today's ticket done at its counter", parents=[common]
    )
    finish.add_argument("ticket", metavar="TICKET")
    _acting_staff(finish)

    transfer = actions.add_parser(
        "transfer",
        help="hand today's ticket on to another service; it keeps its place in time",
        parents=[common],
    )
    transfer.add_argument("ticket", metavar="TICKET")
    transfer.add_argument("service", metavar="SERVICE")
    _acting_staff(transfer)

    stranded = actions.add_parser(
        "stranded",
        help="visitors held at counters whose console stopped, and when each goes back",
        parents=[common],
    )
    stranded.add_argument("--json", action="store_true", help="one JSON object for scripts")
    stranded.add_argument("--staff", required=True, metavar="USER", help="supervisor's username")
    release = actions.add_parser(
        "release",
        help="a supervisor returns a stranded visitor to the front of the queue at once",
        parents=[common],
    )
    release.add_argument("ticket", metavar="TICKET")
    release.add_argument("--staff", required=True, metavar="USER", help="supervisor's username")
    release.add_argument(
        "--counter", default=None, metavar="COUNTER", help="counter the supervisor acts from"
    )


def _acting_staff(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--staff", required=True, metavar="USER", help="staff username")
    parser.add_argument(
        "--counter",
        default=None,
        metavar="COUNTER",
        help="counter the staff member acts from (default: the counter where the ticket is)",
    )


# ---------------------------------------------------------------- speaking
def _refusal(text: str, **params: object) -> TiskiError:
    return TiskiError(Message(_CTX, text, dict(params)))


def _local(moment: datetime) -> datetime:
    from console.core.queue import local_time

    return local_time(moment)


def _minutes_since(moment: datetime, now: datetime) -> int:
    return max(0, int((now - moment).total_seconds() // 60))


# ---------------------------------------------------------------- running
def run_queue(args: argparse.Namespace, settings: Settings) -> int:
    """Run ``tiski queue ACTION``; return the exit status."""
    voice = Voice(str(settings["ui.language"]), _CTX)
    commands: dict[str, Callable[[Desk, argparse.Namespace, Voice], int]] = {
        "issue": _issue,
        "next": _next,
        "list": _list,
        "finish": _finish,
        "transfer": _transfer,
        "stranded": _stranded,
        "release": _release,
    }
    command = commands[args.action]
    try:
        desk = open_desk_for(settings, demo=bool(getattr(args, "demo", False)))
    except TiskiError as error:
        return voice.fail(error.message)
    try:
        return command(desk, args, voice)
    except TiskiError as error:
        return voice.fail(error.message)
    except BrokenPipeError:
        raise  # the reader went away after the work was done: console.cli.main ends quietly
    except Exception as error:
        return voice.unexpected(error, f"queue {args.action}")
    finally:
        desk.database.dispose()


def _sign_in(desk: Desk, username: str, counter_code: str | None) -> SignedIn:
    """The staff member at the counter; the desk lists valid names and codes when unknown."""
    return desk.sign_in_by_username(username, counter_code)


def _reader(desk: Desk, args: argparse.Namespace) -> Actor:
    """``--staff`` as the one who looks the ticket up (at ``--counter`` or any)."""
    return _sign_in(desk, args.staff, args.counter).actor


def _acting(desk: Desk, args: argparse.Namespace, step: StepInfo) -> SignedIn:
    """Who acts on ``step``: ``--staff`` at ``--counter``, else where the ticket is."""
    counter_code = args.counter
    if counter_code is None and step.counter_id is not None:
        counter_code = next(
            (counter.code for counter in desk.counters() if counter.id == step.counter_id), None
        )
    return _sign_in(desk, args.staff, counter_code)


# ---------------------------------------------------------------- issue
def _issue(desk: Desk, args: argparse.Namespace, voice: Voice) -> int:
    from console.core.queue import Language, Priority

    codes = list(args.services)
    language = Language(args.visitor_language)
    priority = Priority(args.priority) if args.priority else None
    if args.life_event:
        events = {event.code: event for event in desk.queue.life_events()}
        if args.life_event not in events:
            raise _refusal(
                QT_TRANSLATE_NOOP(
                    "QueueCommands", "Unknown life event {code}. Life events: {known}."
                ),
                code=args.life_event,
                known=", ".join(sorted(events)) or "-",
            )
        codes = codes or list(events[args.life_event].service_codes)
    if not codes:
        known = ", ".join(sorted(service.code for service in desk.snapshot().services))
        raise _refusal(
            QT_TRANSLATE_NOOP(
                "QueueCommands",
                "Name at least one service or --life-event CODE. Services: {known}.",
            ),
            known=known or "-",
        )
    ticket = desk.queue.issue(
        codes,
        language=language,
        priority=priority,
        visitor_name=args.visitor_name,
        life_event=args.life_event,
    )
    print(ticket.ticket_number)
    for position, service in enumerate(ticket.services, start=1):
        voice.say(
            QT_TRANSLATE_NOOP("QueueCommands", "{position}. {code}: {name}"),
            position=position,
            code=service.code,
            name=service.names.get(voice.language),
        )
    voice.say(
        QT_TRANSLATE_NOOP("QueueCommands", "Estimated wait: {minutes} min"),
        minutes=ticket.estimated_wait_minutes,
    )
    return EXIT_OK


# ---------------------------------------------------------------- next
def _reason(reason: CallReason, service_name: str) -> Message:
    """Why call next chose this ticket: the same words as the console's."""
    from console.core.policy import reason_message

    priority = Message("Priorities", reason.priority) if reason.priority else ""
    return Message(
        _CTX,
        QT_TRANSLATE_NOOP("QueueCommands", "Why: {reason}"),
        {"reason": reason_message(reason, service_name, priority)},
    )


def _next(desk: Desk, args: argparse.Namespace, voice: Voice) -> int:
    signed_in = _sign_in(desk, args.staff, args.counter)
    called = desk.queue.call_next(signed_in.actor)
    if called is None:
        return voice.fail(
            Message(
                _CTX,
                QT_TRANSLATE_NOOP(
                    "QueueCommands",
                    "Nothing to call for {username} at {counter}: no waiting ticket in their "
                    "services.",
                ),
                {"username": signed_in.staff.username, "counter": signed_in.counter.code},
            ),
            EXIT_NOTHING_TO_CALL,
        )
    service_name = called.service.names.get(voice.language)
    print(called.step.ticket_number)
    voice.say(
        QT_TRANSLATE_NOOP("QueueCommands", "{code}: {name}, to {counter} ({staff})"),
        code=called.service.code,
        name=service_name,
        counter=signed_in.counter.code,
        staff=signed_in.staff.full_name,
    )
    print(voice.text(_reason(called.reason, service_name)))
    return EXIT_OK


# ---------------------------------------------------------------- list
def _list(desk: Desk, args: argparse.Namespace, voice: Voice) -> int:
    # Any console's turn at the stranded check, this command's too: a crashed
    # console's visitor goes back even when no console runs at all.
    returned = desk.queue.stranded.return_stranded(via="tiski_queue_list")
    snapshot = desk.snapshot()
    now = snapshot.read_at
    estimates = desk.queue.estimates(now)
    services = [
        {
            "code": queue.service.code,
            "agency": queue.service.agency_code,
            "prefix": queue.service.prefix,
            "name": queue.service.names.get(voice.language),
            "waiting": queue.waiting,
            "oldest_queued_at": (
                _local(queue.oldest_queued_at).isoformat() if queue.oldest_queued_at else None
            ),
            "longest_wait_minutes": queue.longest_wait_minutes(now),
            "target_wait_minutes": queue.service.target_wait_minutes,
            "over_target": queue.over_target(now),
            "estimated_wait_minutes": estimates.get(queue.service.id, 0),
        }
        for queue in snapshot.queues
    ]
    waiting = [
        {
            "ticket": step.ticket_number,
            "service": step.service_code,
            "queued_at": _local(step.queued_at).isoformat(),
            "waited_minutes": _minutes_since(step.queued_at, now),
            "language": step.language.value,
            "priority": step.priority.value if step.priority else None,
            "position": step.position,
            "steps": step.step_count,
        }
        for step in snapshot.waiting
    ]
    back = [step.ticket_number for step in returned]
    if args.json:
        print(
            json.dumps(
                {"services": services, "waiting": waiting, "returned_stranded": back},
                ensure_ascii=False,
            )
        )
        return EXIT_OK
    if back:
        voice.say(
            QT_TRANSLATE_NOOP(
                "QueueCommands",
                "Back in the queue because their counter's console stopped: {tickets}",
            ),
            tickets=", ".join(back),
        )
    _print_waiting(waiting, voice)
    print()
    _print_services(services, voice)
    return EXIT_OK


def _table(header: list[str], rows: list[list[str]]) -> None:
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]
    for row in [header, *rows]:
        cells = (cell.ljust(width) for cell, width in zip(row, widths, strict=True))
        print("  ".join(cells).rstrip())


def _print_waiting(waiting: list[dict[str, Any]], voice: Voice) -> None:
    voice.say(QT_TRANSLATE_NOOP("QueueCommands", "Waiting: {count}"), count=len(waiting))
    if not waiting:
        return
    header = [
        voice.text(Message(_CTX, QT_TRANSLATE_NOOP("QueueCommands", "TICKET"))),
        voice.text(Message(_CTX, QT_TRANSLATE_NOOP("QueueCommands", "SERVICE"))),
        voice.text(Message(_CTX, QT_TRANSLATE_NOOP("QueueCommands", "WAITED (MIN)"))),
        voice.text(Message(_CTX, QT_TRANSLATE_NOOP("QueueCommands", "LANGUAGE"))),
        voice.text(Message(_CTX, QT_TRANSLATE_NOOP("QueueCommands", "PRIORITY"))),
        voice.text(Message(_CTX, QT_TRANSLATE_NOOP("QueueCommands", "STEP"))),
    ]
    rows = [
        [
            step["ticket"],
            step["service"],
            str(step["waited_minutes"]),
            step["language"],
            step["priority"] or "-",
            f"{step['position']}/{step['steps']}",
        ]
        for step in waiting
    ]
    _table(header, rows)


def _print_services(services: list[dict[str, Any]], voice: Voice) -> None:
    header = [
        voice.text(Message(_CTX, QT_TRANSLATE_NOOP("QueueCommands", "SERVICE"))),
        voice.text(Message(_CTX, QT_TRANSLATE_NOOP("QueueCommands", "WAITING"))),
        voice.text(Message(_CTX, QT_TRANSLATE_NOOP("QueueCommands", "LONGEST (MIN)"))),
        voice.text(Message(_CTX, QT_TRANSLATE_NOOP("QueueCommands", "TARGET (MIN)"))),
        voice.text(Message(_CTX, QT_TRANSLATE_NOOP("QueueCommands", "ESTIMATE (MIN)"))),
    ]
    rows = [
        [
            service["code"],
            str(service["waiting"]),
            str(service["longest_wait_minutes"]) + (" !" if service["over_target"] else ""),
            str(service["target_wait_minutes"]),
            str(service["estimated_wait_minutes"]),
        ]
        for service in services
    ]
    _table(header, rows)


# ---------------------------------------------------------------- finish, transfer
def _finish(desk: Desk, args: argparse.Namespace, voice: Voice) -> int:
    from console.core.queue import StepState
    from console.core.steps import StepAction

    step = desk.queue.find_ticket(_reader(desk, args), args.ticket)
    signed_in = _acting(desk, args, step)
    done = desk.queue.act(signed_in.actor, step.step_id, StepAction.FINISH)
    print(done.ticket_number)
    voice.say(
        QT_TRANSLATE_NOOP("QueueCommands", "{code} done ({staff} at {counter})."),
        code=done.service_code,
        staff=signed_in.staff.full_name,
        counter=signed_in.counter.code,
    )
    later = [
        other
        for other in desk.queue.visit_steps(signed_in.actor, [done.visit_id])
        if other.state is StepState.WAITING
    ]
    if later:
        voice.say(
            QT_TRANSLATE_NOOP(
                "QueueCommands", "Next for this visit: {code}, in the queue since {time}."
            ),
            code=later[0].service_code,
            time=_local(later[0].queued_at).strftime("%H:%M"),
        )
    return EXIT_OK


def _transfer(desk: Desk, args: argparse.Namespace, voice: Voice) -> int:
    step = desk.queue.find_ticket(_reader(desk, args), args.ticket)
    signed_in = _acting(desk, args, step)
    moved = desk.queue.transfer(signed_in.actor, step.step_id, service_code=args.service)
    print(moved.ticket_number)
    voice.say(
        QT_TRANSLATE_NOOP(
            "QueueCommands",
            "Transferred from {old} to {new}; it keeps its place in the queue (since {time}).",
        ),
        old=step.service_code,
        new=moved.service_code,
        time=_local(moved.queued_at).strftime("%H:%M"),
    )
    return EXIT_OK


# ---------------------------------------------------------------- stranded visitors
def _stranded(desk: Desk, args: argparse.Namespace, voice: Voice) -> int:
    from console.core.queue import utc_now

    desk.queue.stranded.return_stranded(via="tiski_queue_stranded")
    now = utc_now()
    after = desk.queue.stranded.stranded_after
    supervisor = _sign_in(desk, args.staff, None).actor
    held = desk.queue.stranded.stranded(supervisor, now)
    rows: list[dict[str, Any]] = []
    table: list[list[str]] = []
    kept = voice.text(Message(_CTX, QT_TRANSLATE_NOOP("QueueCommands", "kept for its holder")))
    never = voice.text(
        Message(_CTX, QT_TRANSLATE_NOOP("QueueCommands", "not on its own (no console held it)"))
    )
    for item in held:
        returns_at = item.returns_at(after)
        seen = _local(item.last_seen_at) if item.last_seen_at else None
        back = _local(returns_at) if returns_at else None
        rows.append(
            {
                "ticket": item.step.ticket_number,
                "service": item.step.service_code,
                "state": item.step.state.value,
                "parked": item.step.parked,
                "counter": item.counter_code,
                "held_by": item.holder_username,
                "last_seen_at": seen.isoformat() if seen else None,
                "kept": item.kept_at is not None,
                "returns_at": back.isoformat() if back else None,
            }
        )
        table.append(
            [
                item.step.ticket_number,
                item.step.service_code,
                item.counter_code or "-",
                item.holder_username or "-",
                seen.strftime("%H:%M") if seen else "-",
                kept if item.kept_at else (back.strftime("%H:%M") if back else never),
            ]
        )
    if args.json:
        print(json.dumps({"stranded": rows}, ensure_ascii=False))
        return EXIT_OK
    voice.say(
        QT_TRANSLATE_NOOP(
            "QueueCommands",
            "Visitors held where no console runs: {count} (they go back to the queue "
            "{minutes} min after the console stopped)",
        ),
        count=len(rows),
        minutes=int(after.total_seconds() // 60),
    )
    if not rows:
        return EXIT_OK
    header = [
        voice.text(Message(_CTX, QT_TRANSLATE_NOOP("QueueCommands", "TICKET"))),
        voice.text(Message(_CTX, QT_TRANSLATE_NOOP("QueueCommands", "SERVICE"))),
        voice.text(Message(_CTX, QT_TRANSLATE_NOOP("QueueCommands", "COUNTER"))),
        voice.text(Message(_CTX, QT_TRANSLATE_NOOP("QueueCommands", "HELD BY"))),
        voice.text(Message(_CTX, QT_TRANSLATE_NOOP("QueueCommands", "LAST SEEN"))),
        voice.text(Message(_CTX, QT_TRANSLATE_NOOP("QueueCommands", "BACK IN QUEUE"))),
    ]
    _table(header, table)
    return EXIT_OK


def _release(desk: Desk, args: argparse.Namespace, voice: Voice) -> int:
    signed_in = _sign_in(desk, args.staff, args.counter)
    step = desk.queue.find_ticket(signed_in.actor, args.ticket)
    released = desk.queue.stranded.release(signed_in.actor, step.step_id)
    print(released.ticket_number)
    voice.say(
        QT_TRANSLATE_NOOP(
            "QueueCommands",
            "Back in the {code} queue at its original place (since {time}); audited as "
            "returned by {staff}.",
        ),
        code=released.service_code,
        time=_local(released.queued_at).strftime("%H:%M"),
        staff=signed_in.staff.full_name,
    )
    return EXIT_OK
