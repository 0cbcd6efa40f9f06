"""Cases and their notes: what a case holds, who may read a note, what a note may say.

A case collects one visitor's concern across visits. Notes are append-only: a
correction is a new note that amends an earlier one. Each note is either
shared with the desk or kept in one agency's partition; consent decides which
agencies may read the shared notes and receive new ones.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime

from console.core.identity import mask_identity_codes
from console.core.text import QT_TRANSLATE_NOOP, Message, TiskiError

MAX_NOTE_CHARS = 20_000
# Everything below a space but tab and newline; also DEL and the C1 controls.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# Marks a search match in a snippet; control characters never survive into a note.
MATCH_START = "\x02"
MATCH_END = "\x03"


class AuditAction:
    """What an audit event records (stored as these strings)."""

    CASE_OPENED = "case_opened"
    VISITOR_IDENTIFIED = "visitor_identified"
    IDENTITY_REVEALED = "identity_revealed"
    NOTE_WRITTEN = "note_written"
    NOTE_AMENDED = "note_amended"
    CONSENT_RECORDED = "consent_recorded"
    SEARCH_RUN = "search_run"
    AUDIT_EXPORTED = "audit_exported"
    CASE_DELETED = "case_deleted"
    DATA_EXPORTED = "data_exported"
    LEGAL_HOLD_SET = "legal_hold_set"
    CONSULT_REQUESTED = "consult_requested"
    CONSULT_ACCEPTED = "consult_accepted"
    CONSULT_DECLINED = "consult_declined"
    CONSULT_CONTEXT_READ = "consult_context_read"
    CONSULT_HANDED_BACK = "consult_handed_back"
    CONSULT_TAKEN_OVER = "consult_taken_over"
    CONSULT_EXPIRED = "consult_expired"
    CONSULT_CANCELLED = "consult_cancelled"
    # Stranded visitors (console.core.stranded): in the trail of the visit's case when it
    # has one; the detail names the step and the ticket; counter_id is the counter that
    # held the step.
    STEP_RETURNED_STRANDED = "step_returned_stranded"
    STEP_RELEASED = "step_released"
    STEP_PUT_BACK = "step_put_back"
    STEP_KEPT = "step_kept"
    # Permissions (console.core.permissions): acts of IT and supervisors, and refusals
    # worth a second look. The detail says what; staff_id and workstation say who, where.
    RETENTION_RUN = "retention_run"
    ACCESS_REFUSED = "access_refused"
    IDENTITY_KEY_SET = "identity_key_set"
    PLUGIN_CREDENTIAL_SET = "plugin_credential_set"
    DEMO_SEEDED = "demo_seeded"
    # The desk's set-up applied (console.desk.setup): the detail says what changed.
    DESK_APPLIED = "desk_applied"


@dataclass(frozen=True)
class CustomerInfo:
    """A visitor as the desk knows them: never the clear identity code.

    A visitor identified by identity code is stored as the code's keyed hash
    only (``by_code``): ``masked_code`` and ``birth_date`` are known only while the
    code typed at the counter is in hand (what ``CaseDesk.identify`` returns), never
    read back from the database. A visitor without a code is found by name and
    birth date, so those are stored.
    """

    id: int
    masked_code: str | None
    name: str | None
    birth_date: date | None
    by_code: bool = False


@dataclass(frozen=True)
class CaseVisit:
    """A visit linked to a case, with its services for the timeline."""

    visit_id: int
    ticket_number: str
    created_at: datetime
    services: tuple[tuple[int, str, datetime | None], ...]  # (service id, state, finished)


@dataclass(frozen=True)
class NoteInfo:
    id: int
    case_id: int
    visit_id: int | None
    ticket_number: str | None
    text: str
    written_at: datetime
    author_id: int
    author_name: str
    counter_code: str | None
    service_id: int | None
    partition_agency_id: int | None  # None: shared with the desk
    amends_id: int | None
    amended_by: tuple[int, ...] = ()
    client_id: str | None = None

    @property
    def amended(self) -> bool:
        return bool(self.amended_by)


@dataclass(frozen=True)
class ConsentInfo:
    """The latest consent the visitor gave (or withdrew) for one agency."""

    agency_id: int
    granted: bool
    recorded_at: datetime
    recorded_by: str


@dataclass(frozen=True)
class CaseSummary:
    id: int
    title: str | None
    opened_at: datetime
    last_activity_at: datetime
    closed: bool
    legal_hold: bool
    note_count: int


@dataclass(frozen=True)
class CaseView:
    """One case as one reader may see it."""

    id: int
    title: str | None
    customer: CustomerInfo | None
    opened_at: datetime
    legal_hold: bool
    visits: tuple[CaseVisit, ...]
    notes: tuple[NoteInfo, ...]
    consents: tuple[ConsentInfo, ...]
    hidden_notes: int = 0

    def consent_for(self, agency_id: int) -> bool:
        return any(c.agency_id == agency_id and c.granted for c in self.consents)


@dataclass(frozen=True)
class VisitCase:
    """What the counter knows of a visit's visitor and case when the visit opens."""

    customer: CustomerInfo | None
    case: CaseView | None
    earlier: tuple[CaseSummary, ...] = ()


@dataclass(frozen=True)
class NoteTemplate:
    id: int
    service_id: int
    language: str
    title: str
    body: str


@dataclass(frozen=True)
class NoteDraft:
    """A note on its way into a case; ``client_id`` makes a retried save land once.

    Without ``case_id`` the note goes to the case of ``visit_id``, opened for it
    if the visit has none yet (a visit's first note opens its case).
    """

    case_id: int | None
    text: str
    client_id: str
    visit_id: int | None = None
    service_id: int | None = None
    partition_agency_id: int | None = None
    amends_id: int | None = None


@dataclass(frozen=True)
class SearchHit:
    note_id: int
    case_id: int
    written_at: datetime
    author_name: str
    partition_agency_id: int | None
    snippet: str  # matches between MATCH_START and MATCH_END


@dataclass(frozen=True)
class AuditEntry:
    id: int
    at: datetime
    staff_name: str | None
    counter_code: str | None
    action: str
    case_id: int | None
    note_id: int | None
    detail: str | None
    workstation: str | None = None  # which PC


@dataclass(frozen=True)
class Reader:
    """Who reads notes: their own notes, shared ones by consent, their agency's partition."""

    staff_id: int
    agency_id: int | None
    consented_agencies: frozenset[int] = field(default_factory=frozenset)

    def may_read(self, note_author: int, partition_agency_id: int | None) -> bool:
        if note_author == self.staff_id:
            return True
        if partition_agency_id is None:
            # Desk staff (no agency) read the desk's shared notes; an agency only by consent.
            return self.agency_id is None or self.agency_id in self.consented_agencies
        return partition_agency_id == self.agency_id


def clean_note_text(text: str) -> str:
    """The note as it is stored: control characters out, identity codes masked, trimmed.

    Raises :class:`TiskiError` for an empty or too long note; the caller keeps
    the text in the editor.
    """
    cleaned = mask_identity_codes(_CONTROL.sub("", text.replace("\r\n", "\n"))).strip()
    if not cleaned:
        raise TiskiError(
            Message(
                "Cases",
                QT_TRANSLATE_NOOP("Cases", "The note is empty. Write something before saving."),
            )
        )
    if len(cleaned) > MAX_NOTE_CHARS:
        raise TiskiError(
            Message(
                "Cases",
                QT_TRANSLATE_NOOP(
                    "Cases",
                    "The note is {length} characters long; the limit is {limit}. Shorten it or "
                    "split it into two notes. Your text stays in the editor.",
                ),
                {"length": len(cleaned), "limit": MAX_NOTE_CHARS},
            )
        )
    return cleaned


def plain_snippet(snippet: str) -> str:
    """A search snippet without its match marks (for the command line and logs)."""
    return snippet.replace(MATCH_START, "").replace(MATCH_END, "")
