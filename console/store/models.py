"""Tables of the shared desk database.

Changes here need an Alembic migration in ``migrations/versions``; a test
compares the models with what the migrations build.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    text,
    true,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from console.store.types import UTCDateTime

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


# Ids that audit rows, exports and the change feed point to are never given again
# (SQLite's AUTOINCREMENT; PostgreSQL's sequences never go back): migration 0012.
NEVER_REUSED = {"sqlite_autoincrement": True}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Site(Base):
    """An office (a service point) with its own counters, queue, tickets, lobby and
    display; one database holds any number (migration 0022). Agencies, services and
    staff are shared: :class:`SiteService` says which services an office offers."""

    __tablename__ = "site"

    id: Mapped[int] = mapped_column(primary_key=True)
    # What a console's ``desk.site`` setting and the desk file name it by ("pori").
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name_fi: Mapped[str] = mapped_column(String(200))
    name_sv: Mapped[str] = mapped_column(String(200))
    name_en: Mapped[str] = mapped_column(String(200))
    # Tells a console whose identity key differs from the desk's (see console.site_secret).
    identity_fingerprint: Mapped[str | None] = mapped_column(String(64))
    # The desk's opening hours (console.core.hours' canonical text); NULL: not set.
    hours: Mapped[str | None] = mapped_column(String(300))
    kiosk_welcome_fi: Mapped[str | None] = mapped_column(String(300))
    kiosk_welcome_sv: Mapped[str | None] = mapped_column(String(300))
    kiosk_welcome_en: Mapped[str | None] = mapped_column(String(300))
    display_message_fi: Mapped[str | None] = mapped_column(String(300))
    display_message_sv: Mapped[str | None] = mapped_column(String(300))
    display_message_en: Mapped[str | None] = mapped_column(String(300))


class Agency(Base):
    __tablename__ = "agency"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name_fi: Mapped[str] = mapped_column(String(200))
    name_sv: Mapped[str] = mapped_column(String(200))
    name_en: Mapped[str] = mapped_column(String(200))
    # Short names fit tabs and narrow columns: "Kela", "Vero", "DVV".
    short_fi: Mapped[str] = mapped_column(String(40))
    short_sv: Mapped[str] = mapped_column(String(40))
    short_en: Mapped[str] = mapped_column(String(40))
    # How long a consultation request waits for one of the agency's specialists.
    consult_timeout_minutes: Mapped[int] = mapped_column(Integer, default=10, server_default="10")
    # Retired when it left the desk file; its services and staff keep pointing at it.
    active: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())

    services: Mapped[list[Service]] = relationship(back_populates="agency")


class Service(Base):
    __tablename__ = "service"

    id: Mapped[int] = mapped_column(primary_key=True)
    agency_id: Mapped[int] = mapped_column(ForeignKey("agency.id"))
    code: Mapped[str] = mapped_column(String(64), unique=True)
    prefix: Mapped[str] = mapped_column(String(3), unique=True)
    name_fi: Mapped[str] = mapped_column(String(200))
    name_sv: Mapped[str] = mapped_column(String(200))
    name_en: Mapped[str] = mapped_column(String(200))
    target_wait_minutes: Mapped[int] = mapped_column(Integer)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # Offered at the kiosk; otherwise only a guide issues it.
    kiosk: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())
    # Opening hours (console.core.hours' canonical text); NULL: the desk's.
    hours: Mapped[str | None] = mapped_column(String(300))

    agency: Mapped[Agency] = relationship(back_populates="services")

    __table_args__ = (CheckConstraint("target_wait_minutes > 0", name="target_wait_positive"),)


class SiteService(Base):
    """A service an office offers: its kiosk issues it and its counters serve it."""

    __tablename__ = "site_service"

    site_id: Mapped[int] = mapped_column(ForeignKey("site.id"), primary_key=True)
    service_id: Mapped[int] = mapped_column(ForeignKey("service.id"), primary_key=True)


class ServiceClosure(Base):
    """A service a supervisor closed for new tickets at the kiosk (migration 0016)."""

    __tablename__ = "service_closure"

    service_id: Mapped[int] = mapped_column(ForeignKey("service.id"), primary_key=True)
    closed_at: Mapped[datetime] = mapped_column(UTCDateTime)
    closed_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))


class Counter(Base):
    __tablename__ = "counter"

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("site.id"))
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name_fi: Mapped[str] = mapped_column(String(100))
    name_sv: Mapped[str] = mapped_column(String(100))
    name_en: Mapped[str] = mapped_column(String(100))
    remote: Mapped[bool] = mapped_column(Boolean, default=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())


class Staff(Base):
    __tablename__ = "staff"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    full_name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(16))
    agency_id: Mapped[int | None] = mapped_column(ForeignKey("agency.id"))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # The PostgreSQL login role this person signs in as; NULL: the same as username.
    login_role: Mapped[str | None] = mapped_column(String(63), unique=True)
    # Local accounts of the embedded database only (argon2id); NULL on PostgreSQL,
    # where the server itself checks the password.
    # Deferred: read only by sign-in, never with the staff lists every console loads.
    password_hash: Mapped[str | None] = mapped_column(String(200), deferred=True)
    failed_sign_ins: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    password_changed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    agency: Mapped[Agency | None] = relationship()
    skills: Mapped[list[Service]] = relationship(secondary="staff_skill")

    __table_args__ = (
        CheckConstraint(
            "role IN ('guide', 'advisor', 'specialist', 'supervisor', 'it', 'kiosk', 'display')",
            name="role_known",
        ),
    )


class StaffSkill(Base):
    """A service a staff member serves."""

    __tablename__ = "staff_skill"

    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"), primary_key=True)
    service_id: Mapped[int] = mapped_column(ForeignKey("service.id"), primary_key=True)


class StaffOfficeSkill(Base):
    """A service a staff member serves at one office (migration 0022): where a person
    has any for an office, those are their skills there instead of the usual ones."""

    __tablename__ = "staff_office_skill"

    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"), primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("site.id"), primary_key=True)
    service_id: Mapped[int] = mapped_column(ForeignKey("service.id"), primary_key=True)


class StaffDayPlan(Base):
    """A supervisor set a staff member's skills for one day (migration 0017): that day
    they serve the services of :class:`StaffDaySkill`, not their usual ones."""

    __tablename__ = "staff_day_plan"

    staff_id: Mapped[int] = mapped_column(
        ForeignKey("staff.id", ondelete="CASCADE"), primary_key=True
    )
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    set_at: Mapped[datetime] = mapped_column(UTCDateTime)
    set_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="SET NULL"))


class StaffDaySkill(Base):
    """A service a staff member serves on one day, by a supervisor's plan."""

    __tablename__ = "staff_day_skill"

    staff_id: Mapped[int] = mapped_column(primary_key=True)
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    service_id: Mapped[int] = mapped_column(
        ForeignKey("service.id", ondelete="CASCADE"), primary_key=True
    )

    __table_args__ = (
        ForeignKeyConstraint(
            ["staff_id", "day"],
            ["staff_day_plan.staff_id", "staff_day_plan.day"],
            ondelete="CASCADE",
        ),
    )


class BackOfficeState(Base):
    """An agency's back office that a console finds slow or not answering (migration
    0018): a row per desk session and plugin while it is so; gone once it answers."""

    __tablename__ = "back_office_state"

    session_id: Mapped[int] = mapped_column(
        ForeignKey("desk_session.id", ondelete="CASCADE"), primary_key=True
    )
    plugin_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    agency_code: Mapped[str] = mapped_column(String(32))
    health: Mapped[str] = mapped_column(String(16))
    since: Mapped[datetime] = mapped_column(UTCDateTime)

    __table_args__ = (CheckConstraint("health IN ('slow', 'down')", name="health_known"),)


class Visit(Base):
    """One visitor's trip to the desk under one ticket."""

    __tablename__ = "visit"

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("site.id"))
    ticket_day: Mapped[date] = mapped_column(Date)
    ticket_number: Mapped[str] = mapped_column(String(8))
    language: Mapped[str] = mapped_column(String(2))
    priority: Mapped[str | None] = mapped_column(String(16))
    source: Mapped[str] = mapped_column(String(16))
    visitor_name: Mapped[str | None] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    # The booked time of an appointment checked in as this visit: due visits go first.
    appointment_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    life_event: Mapped[str | None] = mapped_column(String(64))
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customer.id", ondelete="SET NULL"))

    steps: Mapped[list[VisitStep]] = relationship(
        back_populates="visit", order_by="(VisitStep.position, VisitStep.id)"
    )

    __table_args__ = (
        # Ticket numbers restart daily at each office; two kiosks can never hand out
        # the same one.
        UniqueConstraint("site_id", "ticket_day", "ticket_number", name="uq_visit_ticket"),
        CheckConstraint("language IN ('fi', 'sv', 'en')", name="language_known"),
        CheckConstraint("source IN ('kiosk', 'guide', 'appointment')", name="source_known"),
        # Reports read the visits that arrived in a period.
        Index("ix_visit_created_at", "created_at"),
        NEVER_REUSED,
    )


def _in_queue_where(condition: str) -> dict[str, Any]:
    """A partial index's condition, on both databases: waiting steps only."""
    where = text(f"state = 'waiting' AND {condition}")
    return {"sqlite_where": where, "postgresql_where": where}


_PLAIN = "target_counter_id IS NULL AND target_staff_id IS NULL"
QUEUE_PROBES = (
    # The oldest plain waiting steps of a service, and its oldest priority ones.
    Index(
        "ix_visit_step_heads",
        "site_id",
        "service_id",
        "queued_at",
        "id",
        **_in_queue_where(_PLAIN),
    ),
    Index(
        "ix_visit_step_priority_heads",
        "site_id",
        "service_id",
        "queued_at",
        "id",
        **_in_queue_where(f"priority IS NOT NULL AND {_PLAIN}"),
    ),
    # Appointment visitors by booked time, and steps handed to one counter or person.
    Index(
        "ix_visit_step_booked",
        "site_id",
        "appointment_at",
        **_in_queue_where("appointment_at IS NOT NULL"),
    ),
    Index(
        "ix_visit_step_to_counter",
        "target_counter_id",
        **_in_queue_where("target_counter_id IS NOT NULL"),
    ),
    Index(
        "ix_visit_step_to_staff",
        "target_staff_id",
        **_in_queue_where("target_staff_id IS NOT NULL"),
    ),
)


class VisitStep(Base):
    """One service of a visit, served in order."""

    __tablename__ = "visit_step"

    id: Mapped[int] = mapped_column(primary_key=True)
    visit_id: Mapped[int] = mapped_column(ForeignKey("visit.id", ondelete="CASCADE"))
    # The visit's office, copied onto its steps (it never changes): every probe of the
    # queue starts with it, so no office's claim reads another's waiting steps.
    site_id: Mapped[int] = mapped_column(ForeignKey("site.id"))
    position: Mapped[int] = mapped_column(Integer)
    service_id: Mapped[int] = mapped_column(ForeignKey("service.id"))
    state: Mapped[str] = mapped_column(String(16))
    # The visit's original place in time; kept through transfers and next steps.
    queued_at: Mapped[datetime] = mapped_column(UTCDateTime)
    called_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    counter_id: Mapped[int | None] = mapped_column(ForeignKey("counter.id"))
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    recalls: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    parked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # A transfer to a counter or a person: only they may call this step.
    target_counter_id: Mapped[int | None] = mapped_column(ForeignKey("counter.id"))
    target_staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    transferred_from_id: Mapped[int | None] = mapped_column(ForeignKey("visit_step.id"))
    changed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    changed_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    # Its holder quit with "keep for me": the stranded check leaves it alone until
    # they sign in again (docs/queue.md, "Stranded visitors").
    kept_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # The visit's priority and booked time, copied onto its steps when they are made
    # (neither changes afterwards): call next finds the priority and appointment
    # visitors in the queue through small indexes of their own (migration 0020).
    priority: Mapped[str | None] = mapped_column(String(16))
    appointment_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    visit: Mapped[Visit] = relationship(back_populates="steps")
    service: Mapped[Service] = relationship()

    # A transfer puts the new step at the transferred one's position, so positions
    # repeat within a visit; (position, id) orders the steps.
    __table_args__ = (
        CheckConstraint(
            "state IN ('pending', 'waiting', 'called', 'serving', 'done', 'no_show',"
            " 'cancelled', 'transferred')",
            name="state_known",
        ),
        Index("ix_visit_step_queue", "state", "service_id", "queued_at"),
        # The waiting list reads the longest-waiting steps first and stops early.
        Index("ix_visit_step_waiting", "state", "queued_at", "id"),
        # A visit's steps in order (settle_visit, the visit panel).
        Index("ix_visit_step_visit", "visit_id", "position"),
        # Call next's probes (QueueTx.claim_next): only steps in the queue, so each
        # stays as small as the queue's part it serves, whatever the history holds.
        *QUEUE_PROBES,
        NEVER_REUSED,
    )


class TicketCounter(Base):
    """The last ticket number handed out per office, day and prefix."""

    __tablename__ = "ticket_counter"

    site_id: Mapped[int] = mapped_column(ForeignKey("site.id"), primary_key=True)
    ticket_day: Mapped[date] = mapped_column(Date, primary_key=True)
    prefix: Mapped[str] = mapped_column(String(3), primary_key=True)
    last_number: Mapped[int] = mapped_column(Integer)


class LifeEvent(Base):
    """A path of services for one situation in life (moving to Pori, losing a job)."""

    __tablename__ = "life_event"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(64), unique=True)
    name_fi: Mapped[str] = mapped_column(String(200))
    name_sv: Mapped[str] = mapped_column(String(200))
    name_en: Mapped[str] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    steps: Mapped[list[LifeEventStep]] = relationship(order_by="LifeEventStep.position")


class LifeEventStep(Base):
    __tablename__ = "life_event_step"

    life_event_id: Mapped[int] = mapped_column(ForeignKey("life_event.id"), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    service_id: Mapped[int] = mapped_column(ForeignKey("service.id"))

    service: Mapped[Service] = relationship()


class Appointment(Base):
    """A booked time for one service; checking in turns it into a visit."""

    __tablename__ = "appointment"

    id: Mapped[int] = mapped_column(primary_key=True)
    # The office it is booked at (migration 0022): checked in there.
    site_id: Mapped[int] = mapped_column(ForeignKey("site.id"))
    service_id: Mapped[int] = mapped_column(ForeignKey("service.id"))
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime)
    booking_code: Mapped[str] = mapped_column(String(16), unique=True)
    visitor_name: Mapped[str | None] = mapped_column(String(200))
    language: Mapped[str] = mapped_column(String(2))
    state: Mapped[str] = mapped_column(String(16))
    visit_id: Mapped[int | None] = mapped_column(ForeignKey("visit.id"))
    video_url: Mapped[str | None] = mapped_column(String(500))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))

    service: Mapped[Service] = relationship()

    __table_args__ = (
        CheckConstraint(
            "state IN ('booked', 'checked_in', 'cancelled', 'no_show')", name="state_known"
        ),
        Index("ix_appointment_starts_at", "starts_at"),
        NEVER_REUSED,
    )


class ChangeLog(Base):
    """One row per change to the queue; written by database triggers (see migration 0002).

    Consoles read it after a NOTIFY (PostgreSQL) or a change of
    ``PRAGMA data_version`` (SQLite) and update only what changed.
    """

    __tablename__ = "change_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    changed_at: Mapped[datetime] = mapped_column(UTCDateTime)
    kind: Mapped[str] = mapped_column(String(16))
    visit_id: Mapped[int | None] = mapped_column(Integer)
    step_id: Mapped[int | None] = mapped_column(Integer)
    # The office of a changed step, visit or appointment's visit (migration 0022): a
    # console follows its own office's queue. NULL: everyone's (set-up, cases, notes,
    # consultations, which specialists follow across offices).
    site_id: Mapped[int | None] = mapped_column(Integer)

    __table_args__ = (Index("ix_change_log_changed_at", "changed_at"),)


class DeskSession(Base):
    """Who is signed in at which counter: staffing for estimates, presence."""

    __tablename__ = "desk_session"

    id: Mapped[int] = mapped_column(primary_key=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    counter_id: Mapped[int] = mapped_column(ForeignKey("counter.id"))
    signed_in_at: Mapped[datetime] = mapped_column(UTCDateTime)
    last_seen_at: Mapped[datetime] = mapped_column(UTCDateTime)
    signed_out_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    presence: Mapped[str] = mapped_column(
        String(16), default="available", server_default="available"
    )

    __table_args__ = (
        Index("ix_desk_session_open", "signed_out_at", "last_seen_at"),
        # The stranded check asks "was this person, or this counter, seen lately?".
        Index("ix_desk_session_staff", "staff_id", "last_seen_at"),
        Index("ix_desk_session_counter", "counter_id", "last_seen_at"),
        CheckConstraint("presence IN ('available', 'busy', 'away')", name="presence_known"),
    )


class Customer(Base):
    """An identified visitor. The identity code is kept only as a keyed hash.

    ``code_masked`` and ``birth_date`` stay empty for a visitor with a code (0011:
    with the key they narrowed the code down to a few thousand candidates); a
    visitor without one is found by name and birth date.
    """

    __tablename__ = "customer"

    id: Mapped[int] = mapped_column(primary_key=True)
    # HMAC-SHA256 of the code under the site's identity key: finds earlier visits.
    code_hash: Mapped[str | None] = mapped_column(String(64), unique=True)
    code_masked: Mapped[str | None] = mapped_column(String(16))
    name: Mapped[str | None] = mapped_column(String(200))
    birth_date: Mapped[date | None] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)

    # Visitors without a Finnish code are found by name and birth date.
    __table_args__ = (Index("ix_customer_birth_date", "birth_date"), NEVER_REUSED)


class VisitorCase(Base):
    """One concern of a visitor, across visits ("case" is an SQL keyword)."""

    __tablename__ = "visitor_case"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customer.id"))
    title: Mapped[str | None] = mapped_column(String(200))
    opened_at: Mapped[datetime] = mapped_column(UTCDateTime)
    opened_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    last_activity_at: Mapped[datetime] = mapped_column(UTCDateTime)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    legal_hold: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")

    __table_args__ = (
        Index("ix_visitor_case_customer", "customer_id"),
        Index("ix_visitor_case_activity", "last_activity_at"),
        NEVER_REUSED,
    )


class CaseVisit(Base):
    """A visit that worked on a case."""

    __tablename__ = "case_visit"

    case_id: Mapped[int] = mapped_column(
        ForeignKey("visitor_case.id", ondelete="CASCADE"), primary_key=True
    )
    visit_id: Mapped[int] = mapped_column(
        ForeignKey("visit.id", ondelete="CASCADE"), primary_key=True
    )

    __table_args__ = (Index("ix_case_visit_visit", "visit_id"),)


class Note(Base):
    """A case note. Append-only: a trigger refuses updates; corrections amend."""

    __tablename__ = "note"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("visitor_case.id", ondelete="CASCADE"))
    visit_id: Mapped[int | None] = mapped_column(ForeignKey("visit.id", ondelete="SET NULL"))
    service_id: Mapped[int | None] = mapped_column(ForeignKey("service.id"))
    counter_id: Mapped[int | None] = mapped_column(ForeignKey("counter.id"))
    author_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    written_at: Mapped[datetime] = mapped_column(UTCDateTime)
    # None: shared with the desk (and agencies by consent); else that agency only.
    partition_agency_id: Mapped[int | None] = mapped_column(ForeignKey("agency.id"))
    amends_id: Mapped[int | None] = mapped_column(ForeignKey("note.id", ondelete="CASCADE"))
    # Chosen by the console before the first try: a note retried from the outbox lands once.
    client_id: Mapped[str] = mapped_column(String(36), unique=True)
    body: Mapped[str] = mapped_column(Text)

    __table_args__ = (
        Index("ix_note_case", "case_id", "id"),
        Index("ix_note_amends", "amends_id"),
        NEVER_REUSED,
    )


class Consent(Base):
    """What the visitor allowed to share with one agency; the newest row per agency counts."""

    __tablename__ = "consent"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("visitor_case.id", ondelete="CASCADE"))
    agency_id: Mapped[int] = mapped_column(ForeignKey("agency.id"))
    granted: Mapped[bool] = mapped_column(Boolean)
    recorded_by_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime)

    __table_args__ = (Index("ix_consent_case", "case_id", "agency_id", "id"), NEVER_REUSED)


class NoteTemplate(Base):
    """Text a note can start from, per service and language (a checklist, a summary)."""

    __tablename__ = "note_template"

    id: Mapped[int] = mapped_column(primary_key=True)
    service_id: Mapped[int] = mapped_column(ForeignKey("service.id"))
    language: Mapped[str] = mapped_column(String(2))
    title: Mapped[str] = mapped_column(String(200))
    body: Mapped[str] = mapped_column(Text)

    __table_args__ = (Index("ix_note_template_service", "service_id", "language"),)


class CounterBreak(Base):
    """A break of a counter's person, with its reason (migration 0014)."""

    __tablename__ = "counter_break"

    id: Mapped[int] = mapped_column(primary_key=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    counter_id: Mapped[int] = mapped_column(ForeignKey("counter.id"))
    reason: Mapped[str] = mapped_column(String(16))
    started_at: Mapped[datetime] = mapped_column(UTCDateTime)
    ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    __table_args__ = (
        CheckConstraint(
            "reason IN ('lunch', 'coffee', 'back_office', 'meeting', 'other')",
            name="reason_known",
        ),
        Index("ix_counter_break_staff", "staff_id", "ended_at"),
        Index("ix_counter_break_started_at", "started_at"),
        NEVER_REUSED,
    )


class Feedback(Base):
    """A visitor's answer to "How did we do?", anonymous (migration 0015)."""

    __tablename__ = "feedback"

    id: Mapped[int] = mapped_column(primary_key=True)
    given_at: Mapped[datetime] = mapped_column(UTCDateTime)
    score: Mapped[int] = mapped_column(Integer)
    reason: Mapped[str | None] = mapped_column(String(16))
    service_id: Mapped[int | None] = mapped_column(ForeignKey("service.id"))

    __table_args__ = (
        CheckConstraint("score BETWEEN 1 AND 4", name="score_known"),
        CheckConstraint(
            "reason IS NULL OR reason IN ('waiting', 'service', 'information', 'premises',"
            " 'other')",
            name="reason_known",
        ),
        Index("ix_feedback_given_at", "given_at"),
        {"implicit_returning": False, **NEVER_REUSED},
    )


class AuditEvent(Base):
    """Who did what with a case. Append-only: triggers refuse updates and deletes.

    No foreign keys: the trail outlives the cases it tells about.
    """

    __tablename__ = "audit_event"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    staff_id: Mapped[int | None] = mapped_column(Integer)
    counter_id: Mapped[int | None] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(String(32))
    case_id: Mapped[int | None] = mapped_column(Integer)
    note_id: Mapped[int | None] = mapped_column(Integer)
    detail: Mapped[str | None] = mapped_column(String(1000))
    # Which PC the act was done from (its host name).
    workstation: Mapped[str | None] = mapped_column(String(128))

    __table_args__ = (
        Index("ix_audit_event_case", "case_id", "id"),
        # No RETURNING when a row is added: on PostgreSQL the consoles' roles may add
        # audit rows but not read them (the id comes from the sequence first).
        {"implicit_returning": False, **NEVER_REUSED},
    )


class Consultation(Base):
    """An advisor's request that a specialist of an agency join a visit."""

    __tablename__ = "consultation"

    id: Mapped[int] = mapped_column(primary_key=True)
    visit_id: Mapped[int] = mapped_column(ForeignKey("visit.id", ondelete="CASCADE"))
    step_id: Mapped[int | None] = mapped_column(ForeignKey("visit_step.id", ondelete="SET NULL"))
    case_id: Mapped[int] = mapped_column(ForeignKey("visitor_case.id", ondelete="CASCADE"))
    agency_id: Mapped[int] = mapped_column(ForeignKey("agency.id"))
    topic: Mapped[str | None] = mapped_column(String(200))
    question: Mapped[str] = mapped_column(Text)
    state: Mapped[str] = mapped_column(String(16))
    requested_by_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    counter_id: Mapped[int] = mapped_column(ForeignKey("counter.id"))
    requested_at: Mapped[datetime] = mapped_column(UTCDateTime)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime)
    accepted_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    accepted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    meeting_url: Mapped[str | None] = mapped_column(String(500))
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    __table_args__ = (
        CheckConstraint(
            "state IN ('open', 'accepted', 'expired', 'cancelled', 'handed_back', 'taken_over')",
            name="state_known",
        ),
        Index("ix_consultation_inbox", "agency_id", "state", "requested_at"),
        Index("ix_consultation_visit", "visit_id"),
        NEVER_REUSED,
    )


class ConsultationDecline(Base):
    """A specialist said no, and why; the request stays open for the others."""

    __tablename__ = "consultation_decline"

    id: Mapped[int] = mapped_column(primary_key=True)
    consultation_id: Mapped[int] = mapped_column(ForeignKey("consultation.id", ondelete="CASCADE"))
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    reason: Mapped[str] = mapped_column(String(500))
    declined_at: Mapped[datetime] = mapped_column(UTCDateTime)

    __table_args__ = (
        Index("ix_consultation_decline_consultation", "consultation_id"),
        NEVER_REUSED,
    )
