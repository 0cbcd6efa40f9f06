"""The shared queue in SQL: numbering, the atomic claim, step changes, the change log."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import Select, bindparam, func, literal_column, select, text, union_all, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from console.core.identity import clean_visitor_name
from console.core.policy import APPOINTMENT_EARLY, Caller, Candidate, may_call, order_key
from console.core.queue import Language, Priority, StepState
from console.core.records import (
    AppointmentInfo,
    CalledTicket,
    LifeEventInfo,
    Names,
    StepInfo,
)
from console.core.steps import OPEN_STATES
from console.store.models import (
    Appointment,
    ChangeLog,
    Counter,
    DeskSession,
    LifeEvent,
    LifeEventStep,
    Service,
    TicketCounter,
    Visit,
    VisitStep,
)
from console.store.rows import STEP_CHANGER, counter_info, visitor_name_column
from console.store.skill_queries import SKILLS, SKILLS_AT, desk_day
from console.store.types import UTCDateTime


def _recent_service_times() -> Select[int, datetime | None, datetime | None]:
    """Call and finish times of the newest ``:per_service`` steps of each service finished
    since ``:since``. Made once at import: a subquery built per call leaves about a
    hundred objects in reference cycles for the collector on the GUI thread
    (tests/test_gc_guard.py)."""
    newest = (
        func.row_number()
        .over(
            partition_by=VisitStep.service_id,
            order_by=(VisitStep.finished_at.desc(), VisitStep.id.desc()),
        )
        .label("newest")
    )
    recent = (
        select(VisitStep.service_id, VisitStep.called_at, VisitStep.finished_at, newest)
        .where(
            VisitStep.state == StepState.DONE.value,
            VisitStep.finished_at >= bindparam("since"),
            VisitStep.called_at.is_not(None),
        )
        .subquery("recent_finished")
    )
    return (
        select(recent.c.service_id, recent.c.called_at, recent.c.finished_at)
        .where(recent.c.newest <= bindparam("per_service"))
        .order_by(recent.c.service_id, recent.c.newest)
    )


_RECENT_SERVICE_TIMES = _recent_service_times()

# ---------------------------------------------------------------- call next's statements
# Built once: SQLAlchemy computes each one's cache key once, and the skills go in as one
# expanding parameter. "waiting" is written into the SQL, not bound: a partial index is
# used only when the query's own condition shows it applies (both databases; a
# PostgreSQL generic plan cannot see a bound value).
CLAIM_ATTEMPTS = 5
NO_TARGET_MINUTES = 10**6  # a service without a target (none today): never overdue
_WAITING = VisitStep.state == literal_column("'waiting'")
# Only the caller's office: every probe's index starts with it (migration 0022).
_AT_SITE = VisitStep.site_id == bindparam("site")
_PLAIN = VisitStep.target_counter_id.is_(None) & VisitStep.target_staff_id.is_(None)


def _heads(*, priority: bool, offset: int) -> Any:
    """Per service of the caller's skills, its oldest (``offset`` 0) or second oldest
    plain waiting step; with ``priority`` its oldest priority ones."""
    head = (
        select(VisitStep.id)
        .where(_WAITING, _AT_SITE, VisitStep.service_id == Service.id, _PLAIN)
        .order_by(VisitStep.queued_at, VisitStep.id)
        .limit(1)
        .offset(offset)
        .correlate(Service)
    )
    if priority:
        head = head.where(VisitStep.priority.is_not(None))
    return select(head.scalar_subquery().label("id")).where(
        Service.id.in_(bindparam("skills", expanding=True))
    )


_CANDIDATE_IDS = union_all(
    _heads(priority=False, offset=0),
    _heads(priority=False, offset=1),
    _heads(priority=True, offset=0),
    _heads(priority=True, offset=1),
    select(VisitStep.id).where(
        _WAITING,
        _AT_SITE,
        VisitStep.appointment_at.is_not(None),
        VisitStep.appointment_at <= bindparam("due_by"),
    ),
    select(VisitStep.id).where(
        _WAITING,
        VisitStep.target_counter_id.is_not(None),
        VisitStep.target_counter_id == bindparam("counter"),
    ),
    select(VisitStep.id).where(
        _WAITING,
        _AT_SITE,
        VisitStep.target_staff_id.is_not(None),
        VisitStep.target_staff_id == bindparam("staff"),
    ),
).subquery("candidate_ids")
_CANDIDATE_COLUMNS = (
    VisitStep.id,
    VisitStep.service_id,
    VisitStep.queued_at,
    VisitStep.priority,
    VisitStep.appointment_at,
    VisitStep.target_counter_id,
    VisitStep.target_staff_id,
)
# PostgreSQL picks the partial indexes by itself, statistics or not (their size is known).
_PG_CANDIDATES = select(*_CANDIDATE_COLUMNS).where(VisitStep.id.in_(select(_CANDIDATE_IDS.c.id)))


def _sqlite_head(index: str, condition: str, offset: int) -> str:
    """One head probe; every part is a constant of this module, never a value."""
    return (
        f"SELECT (SELECT h.id FROM visit_step AS h INDEXED BY {index}"  # noqa: S608
        f" WHERE h.state = 'waiting' AND h.site_id = :site AND h.target_counter_id IS NULL"
        f" AND h.target_staff_id IS NULL{condition} AND h.service_id = service.id"
        f" ORDER BY h.queued_at, h.id LIMIT 1 OFFSET {offset})"
        " FROM service WHERE service.id IN :skills"
    )


# SQLite without statistics (Tiski gathers none there) takes the full index on
# (state, ...) for any "state = 'waiting'", and reads a whole service's queue, or the
# whole queue, for a probe meant to read one row: the same statement names its indexes.
_SQLITE_CANDIDATES = (
    text(
        "SELECT vs.id, vs.service_id, vs.queued_at, vs.priority, vs.appointment_at,"  # noqa: S608
        " vs.target_counter_id, vs.target_staff_id FROM visit_step AS vs WHERE vs.id IN ("
        + " UNION ALL ".join(
            [
                _sqlite_head("ix_visit_step_heads", "", 0),
                _sqlite_head("ix_visit_step_heads", "", 1),
                _sqlite_head("ix_visit_step_priority_heads", " AND h.priority IS NOT NULL", 0),
                _sqlite_head("ix_visit_step_priority_heads", " AND h.priority IS NOT NULL", 1),
                "SELECT b.id FROM visit_step AS b INDEXED BY ix_visit_step_booked"
                " WHERE b.state = 'waiting' AND b.site_id = :site AND b.appointment_at IS NOT NULL"
                " AND b.appointment_at <= :due_by",
                "SELECT t.id FROM visit_step AS t INDEXED BY ix_visit_step_to_counter"
                " WHERE t.state = 'waiting' AND t.target_counter_id = :counter",
                "SELECT t.id FROM visit_step AS t INDEXED BY ix_visit_step_to_staff"
                " WHERE t.state = 'waiting' AND t.site_id = :site AND t.target_staff_id = :staff",
            ]
        )
        + ")"
    )
    .bindparams(
        bindparam("skills", expanding=True),
        bindparam("due_by", type_=UTCDateTime()),
    )
    .columns(*_CANDIDATE_COLUMNS)
)
_CLAIM = (
    update(VisitStep)
    .where(
        VisitStep.id
        == select(VisitStep.id)
        .where(VisitStep.id == bindparam("step"), _WAITING)
        .with_for_update(skip_locked=True)
        .scalar_subquery(),
        _WAITING,
    )
    .values(
        state=StepState.CALLED.value,
        called_at=bindparam("now"),
        counter_id=bindparam("counter"),
        staff_id=bindparam("staff"),
        changed_at=bindparam("now"),
        changed_by_id=bindparam("staff"),
        recalls=0,
    )
    .returning(VisitStep.id)
    .execution_options(synchronize_session=False)
)
_OPEN_VALUES = tuple(sorted(state.value for state in OPEN_STATES))

# A desk session not seen for this long no longer counts as staffing.
SESSION_STALE = timedelta(minutes=3)


# How many signed-in staff serve each service: made once (see console.store.skill_queries).
_ON_DUTY = (
    select(SKILLS.c.service_id, func.count(func.distinct(DeskSession.staff_id)))
    .join(DeskSession, DeskSession.staff_id == SKILLS.c.staff_id)
    .where(
        DeskSession.signed_out_at.is_(None),
        DeskSession.last_seen_at >= bindparam("seen_since"),
    )
    .group_by(SKILLS.c.service_id)
)
# The same at one office: staff signed in at its counters, by their skills there.
_ON_DUTY_AT = (
    select(SKILLS_AT.c.service_id, func.count(func.distinct(DeskSession.staff_id)))
    .join(DeskSession, DeskSession.staff_id == SKILLS_AT.c.staff_id)
    .join(Counter, Counter.id == DeskSession.counter_id)
    .where(
        DeskSession.signed_out_at.is_(None),
        DeskSession.last_seen_at >= bindparam("seen_since"),
        Counter.site_id == bindparam("skill_site"),
    )
    .group_by(SKILLS_AT.c.service_id)
)


def _make_step_query(names: bool) -> Any:
    """Every queue action's read of steps; ``names=False``: the visitor's name is not
    read at all (NULL in its place), as for IT, whose database role may not read it
    (migration 0008). Plain columns, not ORM objects."""
    changer = STEP_CHANGER
    return (
        select(
            VisitStep.id,
            VisitStep.visit_id,
            Visit.ticket_number,
            VisitStep.service_id,
            Service.code,
            VisitStep.state,
            VisitStep.position,
            VisitStep.queued_at,
            VisitStep.called_at,
            VisitStep.finished_at,
            VisitStep.counter_id,
            VisitStep.staff_id,
            VisitStep.recalls,
            VisitStep.parked_at,
            VisitStep.target_counter_id,
            VisitStep.target_staff_id,
            Visit.language,
            Visit.priority,
            visitor_name_column(names),
            Visit.appointment_at,
            changer.full_name,
            VisitStep.changed_at,
        )
        .join(Visit, Visit.id == VisitStep.visit_id)
        .join(Service, Service.id == VisitStep.service_id)
        .outerjoin(changer, changer.id == VisitStep.changed_by_id)
    )


# Built once: made anew on every read, the select cost some 0.7 ms of Python each
# time (twice in every finish, benchmarks/queue.py).
_STEP_QUERIES = {names: _make_step_query(names) for names in (True, False)}


def step_info(row: Any) -> StepInfo:
    """A step as every queue action reads it, from a row in the order of the step query
    (``QueueTx._step_query``, and ``tiski_call_next``'s step columns)."""
    (
        step_id,
        visit_id,
        ticket,
        service_id,
        service_code,
        state,
        position,
        queued_at,
        called_at,
        finished_at,
        counter_id,
        staff_id,
        recalls,
        parked_at,
        target_counter_id,
        target_staff_id,
        language,
        priority,
        visitor_name,
        appointment_at,
        changed_by,
        changed_at,
    ) = row
    return StepInfo(
        step_id=step_id,
        visit_id=visit_id,
        ticket_number=ticket,
        service_id=service_id,
        service_code=service_code,
        state=StepState(state),
        position=position,
        queued_at=queued_at,
        called_at=called_at,
        finished_at=finished_at,
        counter_id=counter_id,
        staff_id=staff_id,
        recalls=recalls,
        parked=parked_at is not None,
        target_counter_id=target_counter_id,
        target_staff_id=target_staff_id,
        language=Language(language),
        priority=Priority(priority) if priority else None,
        visitor_name=visitor_name,
        appointment_at=appointment_at,
        changed_by=changed_by,
        changed_at=changed_at,
    )


class QueueTx:
    """Queue operations of one transaction (mixed into :class:`console.store.queries.Tx`)."""

    def __init__(self, session: Session) -> None:
        self._session = session

    @property
    def _dialect(self) -> str:
        bind = self._session.get_bind()
        return bind.dialect.name

    # ------------------------------------------------------------ issuing
    def next_ticket_number(self, site_id: int, day: date, prefix: str) -> int:
        """The next number for ``prefix`` today at the office: one atomic upsert, unique
        by construction."""
        insert = pg_insert if self._dialect == "postgresql" else sqlite_insert
        statement = (
            insert(TicketCounter)
            .values(site_id=site_id, ticket_day=day, prefix=prefix, last_number=1)
            .on_conflict_do_update(
                index_elements=["site_id", "ticket_day", "prefix"],
                set_={"last_number": TicketCounter.last_number + 1},
            )
            .returning(TicketCounter.last_number)
        )
        number = self._session.execute(statement).scalar_one()
        return int(number)

    def add_visit(
        self,
        *,
        site_id: int,
        day: date,
        ticket_number: str,
        language: Language,
        priority: Priority | None,
        source: str,
        visitor_name: str | None,
        now: datetime,
        service_ids: Sequence[int],
        appointment_at: datetime | None = None,
        life_event: str | None = None,
        staff_id: int | None = None,
        target_counter_id: int | None = None,
    ) -> int:
        visit = Visit(
            site_id=site_id,
            ticket_day=day,
            ticket_number=ticket_number,
            language=language.value,
            priority=priority.value if priority else None,
            source=source,
            # Masked by the use cases already; again here for the demo's and any
            # other writer's names (a code typed as a name is still a code).
            visitor_name=clean_visitor_name(visitor_name),
            created_at=now,
            appointment_at=appointment_at,
            life_event=life_event,
        )
        visit.steps = [
            VisitStep(
                site_id=site_id,
                position=position,
                service_id=service_id,
                # The first service waits; the later ones wait their turn in the visit.
                state=(StepState.WAITING if position == 1 else StepState.PENDING).value,
                queued_at=now,
                priority=visit.priority,
                appointment_at=appointment_at,
                recalls=0,
                changed_at=now,
                changed_by_id=staff_id,
            )
            for position, service_id in enumerate(service_ids, start=1)
        ]
        if target_counter_id is not None:
            # Handed to one counter by the guide: only it calls the first step. Set only
            # then, so that the kiosk's INSERT names no column it was not granted.
            visit.steps[0].target_counter_id = target_counter_id
        self._session.add(visit)
        self._session.flush()
        return visit.id

    # ------------------------------------------------------------ the claim
    def claim_next(self, caller: Caller, now: datetime, target_waits: dict[int, int]) -> int | None:
        """Mark the caller's next step called; return its id, or None.

        Two short statements, neither of which reads more of the queue as it grows:

        1. the candidates, by index probes (``_PG_CANDIDATES``, ``_SQLITE_CANDIDATES``):
           per service among the caller's skills its two oldest plain waiting steps and
           its two oldest priority ones, the appointment visitors due now, and the
           steps handed to the caller's counter or to the caller. The policy's winner
           is always among them: within a service the oldest plain step is starving or
           past its target whenever any other one is (docs/queue.md, "Call next");
        2. the claim of the first of them in policy order (``order_key`` of
           console/core/policy.py, the same function the console explains its choice
           with), an ``UPDATE ... WHERE state = 'waiting'`` of that one row through
           ``FOR UPDATE SKIP LOCKED`` on PostgreSQL: a step another counter is claiming
           at this moment is skipped for the next candidate, never handed out twice. On
           SQLite the transaction already holds the write lock (BEGIN IMMEDIATE).

        tests/test_queue_policy.py::test_the_sql_claim_picks_what_pick_next_picks holds
        the result equal to ``pick_next`` over the whole queue.
        """
        skills = sorted(caller.skills) or [-1]
        site = self._session.scalar(select(Counter.site_id).where(Counter.id == caller.counter_id))
        for _attempt in range(CLAIM_ATTEMPTS):
            rows = self._session.execute(
                _SQLITE_CANDIDATES if self._dialect == "sqlite" else _PG_CANDIDATES,
                {
                    "skills": skills,
                    "site": site,
                    "counter": caller.counter_id,
                    "staff": caller.staff_id,
                    "due_by": now + APPOINTMENT_EARLY,
                },
            ).all()
            candidates = [
                Candidate(
                    step_id,
                    service_id,
                    queued_at,
                    target_waits.get(service_id, NO_TARGET_MINUTES),
                    priority=priority is not None,
                    appointment_at=appointment_at,
                    target_counter_id=target_counter_id,
                    target_staff_id=target_staff_id,
                )
                for (
                    step_id,
                    service_id,
                    queued_at,
                    priority,
                    appointment_at,
                    target_counter_id,
                    target_staff_id,
                ) in rows
            ]
            ordered = sorted(
                (candidate for candidate in candidates if may_call(caller, candidate)),
                key=lambda candidate: order_key(candidate, now),
            )
            if not ordered:
                return None
            for candidate in ordered:
                claimed = self._session.execute(
                    _CLAIM,
                    {
                        "step": candidate.step_id,
                        "now": now,
                        "counter": caller.counter_id,
                        "staff": caller.staff_id,
                    },
                ).scalar_one_or_none()
                if claimed is not None:
                    return int(claimed)
            # Every candidate was taken by other counters meanwhile: look again.
        return None

    # ------------------------------------------------------------ steps
    def _step_query(self, *, names: bool = True) -> Any:
        return _STEP_QUERIES[names]

    def busy_ticket_at_counter(self, counter_id: int) -> str | None:
        """The ticket called to or served at the counter and not parked, if any."""
        return self._session.scalar(
            select(Visit.ticket_number)
            .join(VisitStep, VisitStep.visit_id == Visit.id)
            .where(
                VisitStep.counter_id == counter_id,
                VisitStep.state.in_((StepState.CALLED.value, StepState.SERVING.value)),
                VisitStep.parked_at.is_(None),
            )
            .limit(1)
        )

    def step(self, step_id: int, *, lock: bool = False) -> StepInfo | None:
        query = self._step_query().where(VisitStep.id == step_id)
        if lock:
            query = query.with_for_update(of=VisitStep)
        row = self._session.execute(query).one_or_none()
        return step_info(row) if row is not None else None

    def visit_steps(
        self, visit_ids: Iterable[int], *, names: bool = True, site_id: int | None = None
    ) -> list[StepInfo]:
        """The steps of these visits (with ``site_id``: those at the office); without
        ``names`` the visitors' names are not read."""
        ids = list(visit_ids)
        if not ids:
            return []
        query = (
            self._step_query(names=names)
            .where(VisitStep.visit_id.in_(ids))
            .order_by(VisitStep.visit_id, VisitStep.position, VisitStep.id)
        )
        if site_id is not None:
            query = query.where(VisitStep.site_id == site_id)
        return [step_info(row) for row in self._session.execute(query)]

    def open_step_by_ticket(
        self, day: date, ticket_number: str, site_id: int | None = None
    ) -> StepInfo | None:
        """The step of today's ticket (with ``site_id``: at the office; ticket numbers
        are the office's) that is being served, called or next in line."""
        query = (
            self._step_query()
            .where(Visit.ticket_day == day, Visit.ticket_number == ticket_number)
            .order_by(VisitStep.position, VisitStep.id)
        )
        if site_id is not None:
            query = query.where(Visit.site_id == site_id)
        rows = self._session.execute(query).all()
        steps = [step_info(row) for row in rows]
        for wanted in (StepState.SERVING, StepState.CALLED, StepState.WAITING, StepState.PENDING):
            for step in steps:
                if step.state is wanted:
                    return step
        return steps[-1] if steps else None

    def steps_at_counter(self, counter_id: int) -> list[StepInfo]:
        """Steps called to or being served at a counter, parked ones included."""
        rows = self._session.execute(
            self._step_query()
            .where(
                VisitStep.counter_id == counter_id,
                VisitStep.state.in_((StepState.CALLED.value, StepState.SERVING.value)),
            )
            .order_by(VisitStep.called_at)
        )
        return [step_info(row) for row in rows]

    def change_step(self, step_id: int, **values: Any) -> None:
        """Change one step; a change of state settles its visit's other steps."""
        visit_id = self._session.execute(
            update(VisitStep)
            .where(VisitStep.id == step_id)
            .values(**values)
            .returning(VisitStep.visit_id)
            .execution_options(synchronize_session=False)
        ).scalar_one_or_none()
        if visit_id is not None and "state" in values:
            self.settle_visit(int(visit_id))

    def settle_visit(self, visit_id: int) -> None:
        """Keep the visit's steps in order: its first open step (by position) is waiting
        unless called or served, every later open step pending (console/core/steps.py).

        Run in the transaction that changed a step's state or added a step, so no other
        console ever sees a visit with two steps in the queue, or none while it has one
        to go. Reads the visit's few steps through ``ix_visit_step_visit``."""
        rows = self._session.execute(
            select(VisitStep.id, VisitStep.state)
            .where(VisitStep.visit_id == visit_id, VisitStep.state.in_(_OPEN_VALUES))
            .order_by(VisitStep.position, VisitStep.id)
        ).all()
        to_waiting = [rows[0][0]] if rows and rows[0][1] == StepState.PENDING.value else []
        to_pending = [step_id for step_id, state in rows[1:] if state == StepState.WAITING.value]
        for ids, state in ((to_waiting, StepState.WAITING), (to_pending, StepState.PENDING)):
            if ids:
                self._session.execute(
                    update(VisitStep)
                    .where(VisitStep.id.in_(ids))
                    .values(state=state.value)
                    .execution_options(synchronize_session=False)
                )

    def add_step(
        self,
        *,
        visit_id: int,
        service_id: int,
        position: int,
        queued_at: datetime,
        now: datetime,
        staff_id: int | None,
        target_counter_id: int | None = None,
        target_staff_id: int | None = None,
        transferred_from_id: int | None = None,
    ) -> int:
        site_id, priority, appointment_at = self._session.execute(
            select(Visit.site_id, Visit.priority, Visit.appointment_at).where(Visit.id == visit_id)
        ).one()
        step = VisitStep(
            visit_id=visit_id,
            site_id=site_id,
            service_id=service_id,
            position=position,
            # Pending when an earlier step of the visit is open: settled below.
            state=StepState.WAITING.value,
            priority=priority,
            appointment_at=appointment_at,
            queued_at=queued_at,
            recalls=0,
            target_counter_id=target_counter_id,
            target_staff_id=target_staff_id,
            transferred_from_id=transferred_from_id,
            changed_at=now,
            changed_by_id=staff_id,
        )
        self._session.add(step)
        self._session.flush()
        self.settle_visit(visit_id)
        return step.id

    def last_position(self, visit_id: int) -> int:
        value = self._session.scalar(
            select(func.max(VisitStep.position)).where(VisitStep.visit_id == visit_id)
        )
        return int(value or 0)

    # ------------------------------------------------------------ display, estimates
    def recently_called(
        self, since: datetime, limit: int = 8, site_id: int | None = None
    ) -> list[CalledTicket]:
        """The latest calls since ``since`` (the lobby display shows today's), with
        ``site_id`` at the office."""
        query = (
            select(VisitStep.id, Visit.ticket_number, Counter, VisitStep.called_at, VisitStep.state)
            .join(Visit, Visit.id == VisitStep.visit_id)
            .join(Counter, Counter.id == VisitStep.counter_id)
            .where(VisitStep.called_at.is_not(None), VisitStep.called_at >= since)
            .order_by(VisitStep.called_at.desc(), VisitStep.id.desc())
            .limit(limit)
        )
        if site_id is not None:
            query = query.where(Visit.site_id == site_id)
        rows = self._session.execute(query)
        return [
            CalledTicket(
                step_id,
                ticket,
                counter_info(counter),
                called_at,
                StepState(state),
            )
            for step_id, ticket, counter, called_at, state in rows
            if called_at is not None
        ]

    def recent_service_minutes(
        self, since: datetime, per_service: int = 20
    ) -> dict[int, list[float]]:
        """Minutes from call to finish of recently finished steps, per service, newest first.

        The server keeps the newest ``per_service`` of each service (a window function),
        so a busy afternoon's thousands of finished steps are not carried into Python
        at every estimate: the snapshot and the lobby display read this at each refresh.
        """
        rows = self._session.execute(
            _RECENT_SERVICE_TIMES, {"since": since, "per_service": per_service}
        )
        result: dict[int, list[float]] = {}
        for service_id, called_at, finished_at in rows:
            if called_at is None or finished_at is None:
                continue
            result.setdefault(service_id, []).append((finished_at - called_at).total_seconds() / 60)
        return result

    def staff_on_duty(self, now: datetime, site_id: int | None = None) -> dict[int, int]:
        """How many signed-in staff serve each service right now (by their skills of the
        day); with ``site_id`` at that office's counters."""
        values: dict[str, Any] = {"skill_day": desk_day(now), "seen_since": now - SESSION_STALE}
        if site_id is not None:
            values["skill_site"] = site_id
        rows = self._session.execute(_ON_DUTY if site_id is None else _ON_DUTY_AT, values)
        return {service_id: int(count) for service_id, count in rows}

    # ------------------------------------------------------------ desk sessions
    def open_session(self, staff_id: int, counter_id: int, now: datetime) -> int:
        session = DeskSession(
            staff_id=staff_id, counter_id=counter_id, signed_in_at=now, last_seen_at=now
        )
        self._session.add(session)
        self._session.flush()
        return session.id

    def touch_session(self, session_id: int, now: datetime) -> None:
        self._session.execute(
            update(DeskSession).where(DeskSession.id == session_id).values(last_seen_at=now)
        )

    def close_session(self, session_id: int, now: datetime) -> None:
        self._session.execute(
            update(DeskSession).where(DeskSession.id == session_id).values(signed_out_at=now)
        )

    # ------------------------------------------------------------ change log
    def changes_since(
        self, last_id: int, lookback: int = 0, site_id: int | None = None
    ) -> list[tuple[int, str, int | None]]:
        """(id, kind, visit id) of change-log rows after ``last_id - lookback``, oldest
        first; with ``site_id`` those of the office's queue and what every office follows."""
        query = (
            select(ChangeLog.id, ChangeLog.kind, ChangeLog.visit_id)
            .where(ChangeLog.id > last_id - lookback)
            .order_by(ChangeLog.id)
        )
        if site_id is not None:
            query = query.where(ChangeLog.site_id.is_(None) | (ChangeLog.site_id == site_id))
        rows = self._session.execute(query)
        return [(int(i), str(kind), visit) for i, kind, visit in rows]

    def last_change_id(self) -> int:
        return int(self._session.scalar(select(func.max(ChangeLog.id))) or 0)

    # ------------------------------------------------------------ life events, appointments
    def life_events(self) -> list[LifeEventInfo]:
        """Active life events with their services' codes in order, in one query (the
        snapshot reads them at every refresh: no look-up per event or per step)."""
        rows = self._session.execute(
            select(
                LifeEvent.id,
                LifeEvent.code,
                LifeEvent.name_fi,
                LifeEvent.name_sv,
                LifeEvent.name_en,
                Service.code,
            )
            .outerjoin(LifeEventStep, LifeEventStep.life_event_id == LifeEvent.id)
            .outerjoin(Service, Service.id == LifeEventStep.service_id)
            .where(LifeEvent.active)
            .order_by(LifeEvent.id, LifeEventStep.position)
        )
        events: dict[int, tuple[str, Names, list[str]]] = {}
        for event_id, code, name_fi, name_sv, name_en, service_code in rows:
            codes = events.setdefault(event_id, (code, Names(name_fi, name_sv, name_en), []))[2]
            if service_code is not None:
                codes.append(service_code)
        return [
            LifeEventInfo(event_id, code, names, tuple(codes))
            for event_id, (code, names, codes) in events.items()
        ]

    def add_life_event(
        self, code: str, names: tuple[str, str, str], service_ids: Sequence[int]
    ) -> None:
        event = LifeEvent(
            code=code, name_fi=names[0], name_sv=names[1], name_en=names[2], active=True
        )
        self._session.add(event)
        self._session.flush()
        from console.store.models import LifeEventStep

        self._session.add_all(
            LifeEventStep(life_event_id=event.id, position=position, service_id=service_id)
            for position, service_id in enumerate(service_ids, start=1)
        )

    @staticmethod
    def _appointment_info(row: Appointment) -> AppointmentInfo:
        return AppointmentInfo(
            row.id,
            row.service.code,
            row.starts_at,
            row.booking_code,
            row.visitor_name,
            Language(row.language),
            row.state,
            row.visit_id,
            row.video_url,
            row.site_id,
        )

    def add_appointment(
        self,
        *,
        site_id: int,
        service_id: int,
        starts_at: datetime,
        booking_code: str,
        visitor_name: str | None,
        language: Language,
        now: datetime,
        staff_id: int | None,
        video_url: str | None = None,
    ) -> int:
        appointment = Appointment(
            site_id=site_id,
            service_id=service_id,
            starts_at=starts_at,
            booking_code=booking_code,
            visitor_name=clean_visitor_name(visitor_name),
            language=language.value,
            state="booked",
            created_at=now,
            created_by_id=staff_id,
            video_url=video_url,
        )
        self._session.add(appointment)
        self._session.flush()
        return appointment.id

    def appointments_between(
        self, start: datetime, end: datetime, site_id: int | None = None
    ) -> list[AppointmentInfo]:
        """Appointments from ``start`` up to ``end`` (with ``site_id``: at the office)."""
        query = (
            select(Appointment)
            .where(Appointment.starts_at >= start, Appointment.starts_at < end)
            .order_by(Appointment.starts_at)
        )
        if site_id is not None:
            query = query.where(Appointment.site_id == site_id)
        rows = self._session.scalars(query)
        return [self._appointment_info(row) for row in rows]

    def appointment_by_code(
        self, booking_code: str, *, lock: bool = False
    ) -> AppointmentInfo | None:
        if self._dialect == "postgresql":
            # The kiosk's role sees only the appointment whose code it was given (0007).
            self._session.execute(select(func.set_config("tiski.booking_code", booking_code, True)))
        query = select(Appointment).where(Appointment.booking_code == booking_code)
        if lock:
            query = query.with_for_update()
        row = self._session.scalar(query)
        return self._appointment_info(row) if row is not None else None

    def booking_code_taken(self, booking_code: str) -> bool:
        return (
            self._session.scalar(
                select(func.count())
                .select_from(Appointment)
                .where(Appointment.booking_code == booking_code)
            )
            != 0
        )

    def mark_appointment(
        self, appointment_id: int, state: str, visit_id: int | None = None
    ) -> None:
        self._session.execute(
            update(Appointment)
            .where(Appointment.id == appointment_id)
            .values(state=state, visit_id=visit_id)
        )
