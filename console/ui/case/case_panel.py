"""The visit's case at the counter: visitor identity, timeline, consent and the note editor.

CasePanel is one widget composed of its parts, each a module of one concern: the
visitor's identity box (case_identity.py), the note editor with its journal and
saving (note_editor.py), and the notes kept on this PC until the database has them:
the outbox and drafts left from before (kept_notes.py). This module holds the visit,
its case and timeline, consent and the audit trail, and the signals the window uses.

Nothing typed is lost, nothing saved twice: the editor's text goes to the local
journal at least every second, as a draft of its own note (its database, its
author, its client id); a note the database cannot take goes to the journal's
outbox and is sent, in order and once, when the connection is back. The client id
goes with the note from its first draft into the database, so after a crash a
draft whose note did get there is recognised and dropped, not saved again.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from console.core.cases import CaseView, VisitCase
from console.core.permissions import Permission, allows
from console.core.records import AgencyInfo, ServiceInfo, StepInfo
from console.core.text import DatabaseUnreachable
from console.desk.desk import Desk, SignedIn
from console.desk.queue import Actor
from console.i18n import error_text, translate
from console.store.journal import Journal
from console.ui.case.case_identity import CaseIdentity
from console.ui.case.case_timeline import TimelineModel, timeline_entries
from console.ui.case.kept_notes import KeptNotes
from console.ui.case.note_editor import NoteEditor
from console.ui.consult.consult_bar import ConsultBar
from console.ui.shared.database_pool import database_pool
from console.ui.shared.errors import exec_dialog
from console.ui.shared.flow_layout import FlowLayout
from console.ui.shared.worker import run_in_background

log = logging.getLogger(__name__)


class CasePanel(CaseIdentity, NoteEditor, KeptNotes, QWidget):
    """The case part of the visit zone."""

    message = Signal(str)  # for the status bar
    pending_changed = Signal(int)  # notes in the outbox
    visitor_changed = Signal(object)  # VisitorFacts | None, for the agency panels
    case_shown = Signal()
    drafts_settled = Signal()  # the drafts left from before were checked and offered

    def __init__(
        self,
        desk: Desk,
        signed_in: SignedIn,
        journal: Journal | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("casePanel")
        self.desk = desk
        self.signed_in = signed_in
        self.journal = journal
        self.database = desk.database_key()
        self.step: StepInfo | None = None
        self._start_identity()
        self.case: CaseView | None = None
        self.earlier: tuple[Any, ...] = ()
        self.agencies: dict[int, AgencyInfo] = {}
        self.services: dict[int, ServiceInfo] = {}
        self._start_note(journal)
        self._build()
        self._start_journal()
        self._start_outbox(desk, signed_in, journal)
        self._start_reveal_timer()
        self._show_nothing()

    # ------------------------------------------------------------ building
    def _build(self) -> None:
        self._build_identity()
        self.consent_button = QPushButton(self.tr("Consent…"))
        self.consent_button.setObjectName("recordConsent")
        self.consent_button.setToolTip(self.tr("Record which agencies the visitor shares with"))
        self.consent_button.clicked.connect(self.record_consent)
        self.audit_button = QPushButton(self.tr("Audit trail…"))
        self.audit_button.setObjectName("auditTrail")
        self.audit_button.clicked.connect(self.show_audit_trail)
        # What the role may not do is hidden; the desk refuses it anyway.
        role = self.signed_in.staff.role
        self.audit_button.setVisible(allows(role, Permission.READ_AUDIT_TRAIL))
        self.identify_button.setVisible(allows(role, Permission.IDENTIFY_VISITOR))
        self.reveal_button.setVisible(allows(role, Permission.IDENTIFY_VISITOR))
        self.consent_button.setVisible(allows(role, Permission.RECORD_CONSENT))
        # Who the visitor is, then the buttons; in a narrow window the buttons wrap to
        # the next line instead of widening it.
        top = QWidget()
        top_flow = FlowLayout(top, one_row_hint=True)
        for widget in (
            self.identity_label,
            self.identify_button,
            self.reveal_button,
            self.consent_button,
            self.audit_button,
        ):
            top_flow.addWidget(widget)

        self.consult_bar = ConsultBar(self.desk, self.signed_in, self)
        self.consult_bar.message.connect(self.message)
        self.continue_label = QLabel()
        self.continue_label.setObjectName("earlierCases")
        self.continue_label.setWordWrap(True)
        self.continue_combo = QComboBox()
        self.continue_combo.setObjectName("earlierCaseChoice")
        self.continue_button = QPushButton(self.tr("Continue this case"))
        self.continue_button.setObjectName("continueCase")
        self.continue_button.clicked.connect(self.continue_case)
        self.continue_row = QWidget()
        continue_layout = QHBoxLayout(self.continue_row)
        continue_layout.setContentsMargins(0, 0, 0, 0)
        continue_layout.addWidget(self.continue_label, 1)
        continue_layout.addWidget(self.continue_combo)
        continue_layout.addWidget(self.continue_button)

        self.case_label = QLabel()
        self.case_label.setObjectName("caseHeading")
        self.case_label.setWordWrap(True)
        self.timeline_model = TimelineModel(self)
        self.timeline = QListView()
        self.timeline.setObjectName("caseTimeline")
        self.timeline.setAccessibleName(self.tr("Case timeline"))
        self.timeline.setModel(self.timeline_model)
        self.timeline.setWordWrap(True)
        self.timeline.setUniformItemSizes(False)
        self.timeline.setAlternatingRowColors(True)
        self.timeline.setResizeMode(QListView.ResizeMode.Adjust)
        self.timeline.setSpacing(2)
        self.timeline.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.timeline.doubleClicked.connect(self._correct_note_at)
        self.hidden_label = QLabel()
        self.hidden_label.setObjectName("hiddenNotes")
        self.hidden_label.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(top)
        layout.addWidget(self.consult_bar)
        layout.addWidget(self.continue_row)
        layout.addWidget(self.case_label)
        layout.addWidget(self.timeline, 3)
        layout.addWidget(self.hidden_label)
        self._build_note_editor(layout)

    @property
    def actor(self) -> Actor:
        return self.signed_in.actor

    def know_desk(self, agencies: dict[int, AgencyInfo], services: dict[int, ServiceInfo]) -> None:
        self.agencies = agencies
        self.services = services
        self.consult_bar.know_desk(agencies, services)
        self._fill_partitions()

    # ------------------------------------------------------------ the visit
    def show_visit(self, step: StepInfo | None) -> None:
        """The visit at the counter changed (or its current step did)."""
        if step is not None and self.step is not None and step.visit_id == self.step.visit_id:
            if step.service_id != self.step.service_id:
                self.step = step
                self._fill_partitions()
                self._load_templates()
            self.step = step
            return
        self._leave_visit()
        self.step = step
        if step is None:
            self._show_nothing()
            self.visitor_changed.emit(None)
            return
        self._set_enabled(True)
        self.consult_bar.show_visit(step, frozenset())
        self.identity_label.setText(self.tr("Visitor not identified"))
        self.case_label.setText(self.tr("Reading the case…"))
        self._fill_partitions()
        self._load_templates()
        self._load_waiting_draft()
        self.announce_visitor()
        self._open_visit()

    def _leave_visit(self) -> None:
        if self.step is not None and self.editor.toPlainText().strip():
            self.write_journal(force=True)
            self.message.emit(
                self.tr("The unsaved note of ticket %1 is kept as a draft on this PC.").replace(
                    "%1", self.step.ticket_number
                )
            )
        self._hide_code()
        self.identity = None
        self.customer = None
        self.case = None
        self.earlier = ()
        self.amends = None
        self._set_text("")
        self._new_note()
        self.note_message.clear()

    def _show_nothing(self) -> None:
        self.consult_bar.show_visit(None, frozenset())
        self._set_enabled(False)
        self.identity_label.setText(self.tr("No visitor at the counter"))
        self.case_label.setText(self.tr("The visitor's case and its notes open here."))
        self.editor.setPlaceholderText(self.tr("Notes can be written once a visit is open."))
        self.continue_row.hide()
        self.correcting_row.hide()
        self.hidden_label.hide()
        self.timeline_model.show(None, self._entries())
        self._update_count()

    def _set_enabled(self, enabled: bool) -> None:
        for widget in (
            self.identify_button,
            self.consent_button,
            self.editor,
            self.partition,
            self.template_button,
            self.save_button,
            self.timeline,
        ):
            widget.setEnabled(enabled)
        self.reveal_button.setEnabled(enabled and self.identity is not None)
        self.audit_button.setEnabled(enabled)
        if enabled:
            self.editor.setPlaceholderText(
                self.tr(
                    "Write what the visitor needs and what was agreed. Saved drafts survive "
                    "a crash."
                )
            )

    def _open_visit(self) -> None:
        step = self.step
        if step is None:
            return
        actor = self.actor
        visit_id = step.visit_id
        run_in_background(
            lambda: self.desk.cases.open_visit(actor, visit_id),
            lambda result: self._visit_opened(visit_id, result),
            self._failed,
            context=self,
            pool=database_pool(),
        )

    def _visit_opened(self, visit_id: int, result: VisitCase) -> None:
        if self.step is None or self.step.visit_id != visit_id:
            return
        self.customer = result.customer
        self.earlier = result.earlier
        self._show_identity()
        self._show_case(result.case)
        self.announce_visitor()

    def _show_case(self, case: CaseView | None) -> None:
        self.case = case
        self._resolve_amends()
        if case is None:
            self.case_label.setText(self.tr("No case yet: the first note saved opens one."))
            self.hidden_label.hide()
        else:
            heading = self.tr("Case %1").replace("%1", str(case.id))
            if case.title:
                heading += f" – {case.title}"
            heading += " · " + self.tr("opened %1").replace(
                "%1", case.opened_at.astimezone().strftime("%d.%m.%Y")
            )
            self.case_label.setText(heading)
            self.hidden_label.setVisible(case.hidden_notes > 0)
            self.hidden_label.setText(
                self.tr("%n note(s) kept for other agencies are not shown.", "", case.hidden_notes)
            )
        self.consult_bar.show_visit(
            self.step,
            frozenset(c.agency_id for c in case.consents if c.granted) if case else frozenset(),
        )
        show_earlier = case is None and bool(self.earlier)
        self.continue_row.setVisible(show_earlier)
        if show_earlier:
            self.continue_label.setText(
                self.tr(
                    "This visitor has earlier cases. Continue one, or write a note to "
                    "start a new case."
                )
            )
            self.continue_combo.clear()
            for summary in self.earlier:
                text = self.tr("Case %1 (%2, %n note(s))", "", summary.note_count)
                text = text.replace("%1", str(summary.id)).replace(
                    "%2", summary.last_activity_at.astimezone().strftime("%d.%m.%Y")
                )
                if summary.title:
                    text += f" – {summary.title}"
                self.continue_combo.addItem(text, summary.id)
        self.timeline_model.show(case.id if case else None, self._entries())
        self.timeline.scrollToBottom()
        self.case_shown.emit()

    def _entries(self) -> list[Any]:
        pending = self.outbox.of_visit(self.step.visit_id) if self.step is not None else []
        return timeline_entries(self.case, pending, self.agencies, self.services)

    def notes_changed(self, visit_ids: frozenset[int]) -> None:
        """Another console wrote notes: re-read the open case if they may be in it."""
        if self.step is None:
            return
        mine = {self.step.visit_id}
        if self.case is not None:
            mine |= {visit.visit_id for visit in self.case.visits}
        if mine & visit_ids:
            self.refresh_case()

    def sent_from_outbox_text(self, count: int) -> str:
        # Here, not in kept_notes.py: Qt's lupdate keeps a plural only from a tr() call
        # with its count, in the class whose context the translation has.
        return self.tr("%n note(s) kept on this PC are now in the database.", "", count)

    def refresh_case(self) -> None:
        """Read the open case again (a note arrived from another console)."""
        if self.step is None:
            return
        if self.case is None:
            self._open_visit()
            return
        actor = self.actor
        case_id = self.case.id
        visit_id = self.step.visit_id

        def shown(view: CaseView) -> None:
            if self.step is not None and self.step.visit_id == visit_id:
                self._show_case(view)

        run_in_background(
            lambda: self.desk.cases.case_view(actor, case_id),
            shown,
            self._failed,
            context=self,
            pool=database_pool(),
        )

    # ------------------------------------------------------------ cases and consent
    def continue_case(self) -> None:
        case_id = self.continue_combo.currentData()
        if self.step is None or case_id is None:
            return
        actor = self.actor
        visit_id = self.step.visit_id
        run_in_background(
            lambda: self.desk.cases.open_case(actor, visit_id, int(case_id)),
            self._show_case,
            self._failed,
            context=self,
            pool=database_pool(),
        )

    def record_consent(self) -> None:
        from console.ui.case.consent_dialog import ConsentDialog

        if self.step is None:
            return
        dialog = ConsentDialog(
            self, list(self.agencies.values()), self.case.consents if self.case else ()
        )
        if not exec_dialog(dialog):
            return
        changes = dialog.changes()
        if not changes:
            return
        actor = self.actor
        visit_id = self.step.visit_id
        case = self.case

        def record() -> CaseView:
            case_id = case.id if case else self.desk.cases.open_case(actor, visit_id).id
            view = None
            for agency_id, granted in changes.items():
                view = self.desk.cases.record_consent(actor, case_id, agency_id, granted)
            assert view is not None
            return view

        run_in_background(record, self._show_case, self._failed, context=self, pool=database_pool())

    def show_audit_trail(self) -> None:

        if self.case is None:
            self.message.emit(self.tr("This visit has no case yet."))
            return
        actor = self.actor
        case_id = self.case.id
        run_in_background(
            lambda: self.desk.cases.audit_trail(actor, case_id),
            lambda entries: self._show_audit(case_id, entries),
            self._failed,
            context=self,
            pool=database_pool(),
        )

    def _show_audit(self, case_id: int, entries: list[Any]) -> None:
        from console.ui.case.audit_trail_dialog import AuditTrailDialog

        exec_dialog(AuditTrailDialog(self, case_id, entries))

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, DatabaseUnreachable):
            self.message.emit(translate(error.message))
            return
        self._show_problem(error_text(error))
