"""Use cases of remote specialists: ask, the inbox, accept, decline, context, hand back,
take over, and a remote appointment when no one came.

Each public method is one transaction with its permission check and audit event.
What a specialist sees of the case is decided by the visitor's consent for their
agency (:class:`console.core.cases.Reader`), never by the request itself.
"""

from __future__ import annotations

import secrets
from dataclasses import replace
from datetime import datetime, timedelta

from console.core.cases import AuditAction, NoteDraft
from console.core.consult import (
    MAX_QUESTION_CHARS,
    AgencyStaffing,
    ConsultContext,
    ConsultInfo,
    ConsultState,
    Presence,
)
from console.core.identity import clean_free_text, mask_identity_codes
from console.core.permissions import Permission, roles_with
from console.core.queue import Role, StepState, utc_now
from console.core.records import AppointmentInfo
from console.core.text import QT_TRANSLATE_NOOP, Message
from console.desk.case_access import require_visit
from console.desk.cases import CaseDesk
from console.desk.errors import DeskError
from console.desk.permits import audit_as, require, this_workstation
from console.desk.queue import Actor, QueueDesk
from console.desk.queue_base import counter_of
from console.store.database import Database
from console.store.queries import Tx, transaction

ASKING_ROLES = frozenset(roles_with(Permission.ASK_SPECIALIST))


def _error(text: str, **params: object) -> DeskError:
    return DeskError(Message("Consultations", text, dict(params)))


def meeting_url(template: str) -> str | None:
    """A meeting link with an unguessable room (128 bits), or None without a template."""
    if not template:
        return None
    return template.replace("{room}", "tiski-" + secrets.token_urlsafe(16))


class ConsultDesk:
    """Consultations over one database."""

    def __init__(
        self, database: Database, cases: CaseDesk, queue: QueueDesk, *, video_template: str = ""
    ) -> None:
        self.database = database
        self.cases = cases
        self.queue = queue
        self.video_template = video_template

    # ------------------------------------------------------------ helpers
    @staticmethod
    def _audit(
        tx: Tx, action: str, actor: Actor, consult: ConsultInfo, detail: str, now: datetime
    ) -> None:
        audit_as(
            tx,
            actor,
            action,
            now=now,
            case_id=consult.case_id,
            detail=f"consultation={consult.id} {detail}".strip(),
        )

    @staticmethod
    def _found(tx: Tx, consultation_id: int) -> ConsultInfo:
        consult = tx.consultation(consultation_id)
        if consult is None:
            raise _error(QT_TRANSLATE_NOOP("Consultations", "That request no longer exists."))
        return consult

    @staticmethod
    def _my_agency(tx: Tx, actor: Actor) -> int:
        require(actor, Permission.ANSWER_CONSULTATION)
        agency_id = tx.agency_id_of_code(actor.agency_code)
        if agency_id is None:
            raise _error(
                QT_TRANSLATE_NOOP(
                    "Consultations",
                    "Only an agency's specialists answer its consultation requests.",
                )
            )
        return agency_id

    def _expire(self, tx: Tx, now: datetime) -> None:
        for consultation_id in tx.expire_consultations(now):
            consult = tx.consultation(consultation_id)
            tx.add_audit(
                AuditAction.CONSULT_EXPIRED,
                now=now,
                staff_id=None,
                counter_id=None,
                workstation=this_workstation(),
                case_id=consult.case_id if consult else None,
                detail=f"consultation={consultation_id}",
            )

    # ------------------------------------------------------------ the advisor's side
    def staffing(
        self, actor: Actor, agency_id: int, *, now: datetime | None = None
    ) -> AgencyStaffing:
        """How many of the agency's specialists are available, busy or away."""
        require(actor, Permission.ASK_SPECIALIST)
        with transaction(self.database) as tx:
            return tx.agency_staffing(agency_id, now or utc_now())

    def ask(
        self,
        actor: Actor,
        visit_id: int,
        agency_id: int,
        question: str,
        *,
        topic: str | None = None,
        now: datetime | None = None,
    ) -> ConsultInfo:
        """Ask the agency's specialists to join the visit at the actor's counter."""
        require(actor, Permission.ASK_SPECIALIST)
        counter_id = counter_of(actor)
        question = mask_identity_codes(question).strip()
        if not question:
            raise _error(
                QT_TRANSLATE_NOOP(
                    "Consultations",
                    "Write a short question so the specialist knows what it is about.",
                )
            )
        if len(question) > MAX_QUESTION_CHARS:
            raise _error(
                QT_TRANSLATE_NOOP(
                    "Consultations",
                    "The question is {length} characters long; the limit is {limit}. Put the "
                    "details into a note of the case instead.",
                ),
                length=len(question),
                limit=MAX_QUESTION_CHARS,
            )
        now = now or utc_now()
        with transaction(self.database) as tx:
            if agency_id not in tx.agency_ids():
                raise _error(QT_TRANSLATE_NOOP("Consultations", "Unknown agency."))
            steps = [
                s
                for s in tx.steps_at_counter(counter_id)
                if s.visit_id == visit_id and s.state in (StepState.CALLED, StepState.SERVING)
            ]
            if not steps:
                raise _error(
                    QT_TRANSLATE_NOOP(
                        "Consultations",
                        "A specialist can be asked only for the visit at your counter.",
                    )
                )
            self._expire(tx, now)
            if any(
                c.agency_id == agency_id and c.state in (ConsultState.OPEN, ConsultState.ACCEPTED)
                for c in tx.consultations_of_visit(visit_id)
            ):
                raise _error(
                    QT_TRANSLATE_NOOP(
                        "Consultations", "This visit already has a request to that agency."
                    )
                )
            case_id = self.cases.case_for_visit(tx, actor, visit_id, now)
            consultation_id = tx.add_consultation(
                visit_id=visit_id,
                step_id=steps[0].step_id,
                case_id=case_id,
                agency_id=agency_id,
                topic=clean_free_text(topic, 200),
                question=question,
                state=ConsultState.OPEN.value,
                requested_by_id=actor.staff_id,
                counter_id=actor.counter_id,
                requested_at=now,
                expires_at=now + timedelta(minutes=tx.consult_timeout_minutes(agency_id)),
            )
            consult = self._found(tx, consultation_id)
            consented = any(c.agency_id == agency_id and c.granted for c in tx.consents(case_id))
            self._audit(
                tx,
                AuditAction.CONSULT_REQUESTED,
                actor,
                consult,
                f"agency={agency_id} consent={'yes' if consented else 'no'}",
                now,
            )
            return consult

    def of_visit(
        self, actor: Actor, visit_id: int, *, now: datetime | None = None
    ) -> list[ConsultInfo]:
        """The visit's requests, newest last; an open one past its time is expired first."""
        require(actor, Permission.ASK_SPECIALIST)
        with transaction(self.database) as tx:
            require_visit(tx, actor, visit_id)
            self._expire(tx, now or utc_now())
            return tx.consultations_of_visit(visit_id)

    def cancel(self, actor: Actor, consultation_id: int, *, now: datetime | None = None) -> None:
        """Withdraw an open request: the advisor who asked, or a supervisor."""
        require(actor, Permission.ASK_SPECIALIST)
        now = now or utc_now()
        with transaction(self.database) as tx:
            consult = self._found(tx, consultation_id)
            self._check_asker(consult, actor)
            if not tx.close_consultation(
                consultation_id, ConsultState.CANCELLED, now, from_state=ConsultState.OPEN
            ):
                raise _error(QT_TRANSLATE_NOOP("Consultations", "The request is no longer open."))
            self._audit(tx, AuditAction.CONSULT_CANCELLED, actor, consult, "", now)

    def book_remote(
        self,
        actor: Actor,
        consultation_id: int,
        service_code: str,
        starts_at: datetime,
        *,
        now: datetime | None = None,
    ) -> AppointmentInfo:
        """No one came: a remote appointment with the agency instead, with its own link."""
        require(actor, Permission.ASK_SPECIALIST)
        with transaction(self.database) as tx:
            consult = self._found(tx, consultation_id)
            self._check_asker(consult, actor)
            service_id = tx.service_id_of_code(service_code)
            if service_id is None or tx.agency_of_service(service_id) != consult.agency_id:
                raise _error(
                    QT_TRANSLATE_NOOP(
                        "Consultations", "Choose a service of the agency that was asked."
                    )
                )
        return self.queue.book(
            actor,
            service_code,
            starts_at,
            video_url=meeting_url(self.video_template),
            now=now,
        )

    # ------------------------------------------------------------ the specialist's side
    def set_presence(
        self, actor: Actor, presence: Presence, *, now: datetime | None = None
    ) -> None:
        require(actor, Permission.ANSWER_CONSULTATION)
        with transaction(self.database) as tx:
            tx.set_presence(actor.staff_id, presence, now or utc_now())

    def inbox(self, actor: Actor, *, now: datetime | None = None) -> list[ConsultInfo]:
        """Open requests for my agency (oldest first) and the ones I have accepted."""
        with transaction(self.database) as tx:
            agency_id = self._my_agency(tx, actor)
            self._expire(tx, now or utc_now())
            return tx.inbox(agency_id, actor.staff_id)

    def accept(
        self, actor: Actor, consultation_id: int, *, now: datetime | None = None
    ) -> ConsultInfo:
        """Take the request: one atomic update, so of two specialists exactly one wins."""
        now = now or utc_now()
        with transaction(self.database) as tx:
            agency_id = self._my_agency(tx, actor)
            consult = self._found(tx, consultation_id)
            if consult.agency_id != agency_id:
                raise _error(
                    QT_TRANSLATE_NOOP("Consultations", "That request is for another agency.")
                )
            if not tx.claim_consultation(
                consultation_id, actor.staff_id, now, meeting_url(self.video_template)
            ):
                current = self._found(tx, consultation_id)
                if current.state is ConsultState.ACCEPTED:
                    raise _error(
                        QT_TRANSLATE_NOOP("Consultations", "{name} already took this request."),
                        name=current.accepted_by or "?",
                    )
                raise _error(
                    QT_TRANSLATE_NOOP(
                        "Consultations",
                        "This request is no longer open (it was cancelled or its time ran out).",
                    )
                )
            tx.set_presence(actor.staff_id, Presence.BUSY, now)
            consult = self._found(tx, consultation_id)
            self._audit(tx, AuditAction.CONSULT_ACCEPTED, actor, consult, "", now)
            return consult

    def decline(
        self, actor: Actor, consultation_id: int, reason: str, *, now: datetime | None = None
    ) -> ConsultInfo:
        reason = mask_identity_codes(reason).strip()
        if not reason:
            raise _error(
                QT_TRANSLATE_NOOP(
                    "Consultations", "Say why you decline, so the advisor can plan what next."
                )
            )
        now = now or utc_now()
        with transaction(self.database) as tx:
            agency_id = self._my_agency(tx, actor)
            consult = self._found(tx, consultation_id)
            if consult.agency_id != agency_id or consult.state is not ConsultState.OPEN:
                raise _error(QT_TRANSLATE_NOOP("Consultations", "The request is no longer open."))
            tx.add_decline(consultation_id, actor.staff_id, reason[:500], now)
            self._audit(tx, AuditAction.CONSULT_DECLINED, actor, consult, "", now)
            return self._found(tx, consultation_id)

    def context(
        self, actor: Actor, consultation_id: int, *, now: datetime | None = None
    ) -> ConsultContext:
        """What the accepting specialist sees: the case as consent allows, and who saw it."""
        now = now or utc_now()
        require(actor, Permission.ANSWER_CONSULTATION)
        with transaction(self.database) as tx:
            consult = self._found(tx, consultation_id)
            if consult.accepted_by_id != actor.staff_id:
                raise _error(
                    QT_TRANSLATE_NOOP(
                        "Consultations", "Only the specialist who accepted sees the visit's case."
                    )
                )
            view = self.cases.view_in(tx, actor, consult.case_id)
            consented = view.consent_for(consult.agency_id)
            visitor = view.customer if consented else None
            self._audit(
                tx,
                AuditAction.CONSULT_CONTEXT_READ,
                actor,
                consult,
                f"notes={len(view.notes)} hidden={view.hidden_notes} "
                f"visitor={'yes' if visitor else 'no'}",
                now,
            )
        if not consented:
            view = replace(view, customer=None)
        return ConsultContext(consult, view, visitor, consented)

    def hand_back(
        self, actor: Actor, consultation_id: int, summary: str, *, now: datetime | None = None
    ) -> ConsultInfo:
        """Back to the advisor, with a summary note shared with the desk (the advisor must
        read it; the specialist's other notes stay in the agency's partition)."""
        now = now or utc_now()
        require(actor, Permission.ANSWER_CONSULTATION)
        with transaction(self.database) as tx:
            consult = self._found(tx, consultation_id)
            self._check_mine(consult, actor)
        self.cases.write_note(
            actor,
            NoteDraft(
                consult.case_id,
                summary,
                "handback-" + secrets.token_hex(12),
                consult.visit_id,
                None,
                None,
            ),
            now=now,
        )
        with transaction(self.database) as tx:
            if not tx.close_consultation(
                consultation_id, ConsultState.HANDED_BACK, now, from_state=ConsultState.ACCEPTED
            ):
                raise _error(QT_TRANSLATE_NOOP("Consultations", "The request is no longer open."))
            tx.set_presence(actor.staff_id, Presence.AVAILABLE, now)
            self._audit(tx, AuditAction.CONSULT_HANDED_BACK, actor, consult, "", now)
            return self._found(tx, consultation_id)

    def take_over(
        self, actor: Actor, consultation_id: int, *, now: datetime | None = None
    ) -> ConsultInfo:
        """Serve the visit from my remote counter: the step moves there, being served."""
        now = now or utc_now()
        require(actor, Permission.ANSWER_CONSULTATION)
        with transaction(self.database) as tx:
            consult = self._found(tx, consultation_id)
            self._check_mine(consult, actor)
            counter_id = tx.remote_counter_of(actor.staff_id) or counter_of(actor)
            step = tx.step(consult.step_id, lock=True) if consult.step_id else None
            if step is None or step.state not in (StepState.CALLED, StepState.SERVING):
                raise _error(
                    QT_TRANSLATE_NOOP(
                        "Consultations",
                        "The visit is no longer at the advisor's counter; it cannot be taken over.",
                    )
                )
            tx.change_step(
                step.step_id,
                state=StepState.TRANSFERRED.value,
                finished_at=now,
                changed_at=now,
                changed_by_id=actor.staff_id,
            )
            new_id = tx.add_step(
                visit_id=step.visit_id,
                service_id=step.service_id,
                position=step.position,
                queued_at=step.queued_at,
                now=now,
                staff_id=actor.staff_id,
                target_counter_id=counter_id,
                target_staff_id=actor.staff_id,
                transferred_from_id=step.step_id,
            )
            tx.change_step(
                new_id,
                state=StepState.SERVING.value,
                counter_id=counter_id,
                staff_id=actor.staff_id,
                called_at=now,
                changed_at=now,
                changed_by_id=actor.staff_id,
            )
            tx.close_consultation(
                consultation_id, ConsultState.TAKEN_OVER, now, from_state=ConsultState.ACCEPTED
            )
            self._audit(tx, AuditAction.CONSULT_TAKEN_OVER, actor, consult, f"step={new_id}", now)
            return self._found(tx, consultation_id)

    @staticmethod
    def _check_asker(consult: ConsultInfo, actor: Actor) -> None:
        if consult.requested_by_id != actor.staff_id and actor.role is not Role.SUPERVISOR:
            raise _error(
                QT_TRANSLATE_NOOP(
                    "Consultations",
                    "Only the person who asked, or a supervisor, can change this request.",
                )
            )

    @staticmethod
    def _check_mine(consult: ConsultInfo, actor: Actor) -> None:
        if consult.state is not ConsultState.ACCEPTED or consult.accepted_by_id != actor.staff_id:
            raise _error(
                QT_TRANSLATE_NOOP(
                    "Consultations", "Only the specialist who accepted the request can do this."
                )
            )
