"""The note editor of the case panel: the note being written, who may read it, what it
corrects, its template; the journal of drafts, saving, the hand-off to the outbox, and
the offer of drafts left from before (a part of :class:`console.ui.case.case_panel.CasePanel`).

Nothing typed is lost, nothing saved twice: the editor's text goes to the local
journal at least every second, as a draft of its own note (its database, its
author, its client id); a note the database cannot take goes to the journal's
outbox and is sent, in order and once, when the connection is back. The client id
goes with the note from its first draft into the database, so after a crash a
draft whose note did get there is recognised and dropped, not saved again.

Its texts keep the translation context "CasePanel", where they were written first.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from console.core.cases import (
    MAX_NOTE_CHARS,
    CaseView,
    NoteDraft,
    NoteInfo,
    NoteTemplate,
    clean_note_text,
)
from console.core.queue import utc_now
from console.core.records import AgencyInfo, StepInfo
from console.core.text import DatabaseUnreachable, TiskiError
from console.desk.desk import Desk, SignedIn
from console.desk.queue import Actor
from console.i18n import translate
from console.store.journal import Draft, Journal
from console.ui.case.case_timeline import TimelineModel
from console.ui.case.note_outbox import NoteOutbox
from console.ui.shared.announce import announce
from console.ui.shared.colours import set_tone
from console.ui.shared.database_pool import database_pool
from console.ui.shared.labels import ui_language
from console.ui.shared.worker import run_in_background

# The panel's logger still: what the log says of notes and drafts is unchanged.
log = logging.getLogger("console.ui.case.case_panel")

JOURNAL_MS = 1_000


class _Default:
    """No partition chosen for the note in the editor: the person's default applies."""


_DEFAULT_PARTITION = _Default()


if TYPE_CHECKING:
    # For the type checker, a part is the panel's widget; at run time it is a plain
    # class that CasePanel (a QWidget, which holds the signals) is composed of.
    _Widget = QWidget
else:
    _Widget = object


# The note's partition box shows this many characters at least ("Jaettu koko
# toimipisteelle" is 26).
PARTITION_MIN_CHARACTERS = 26


class NoteEditor(_Widget):
    """The editor's widgets, state and work; CasePanel gives it the visit and the case."""

    if TYPE_CHECKING:
        # What the panel holds (see CasePanel).
        message = Signal(str)
        desk: Desk
        signed_in: SignedIn
        journal: Journal | None
        database: str
        step: StepInfo | None
        case: CaseView | None
        agencies: dict[int, AgencyInfo]
        timeline_model: TimelineModel
        outbox: NoteOutbox

        @property
        def actor(self) -> Actor: ...

        def refresh_case(self) -> None: ...

        def _entries(self) -> list[Any]: ...

    def _start_note(self, journal: Journal | None) -> None:
        """The state of the note in the editor, before any widget is built."""
        self.amends: NoteInfo | None = None
        # The note in the editor: its client id (made now, kept into the database),
        # who may read it and what it corrects, as a restored draft says until the
        # person changes it.
        self.client_id = str(uuid.uuid4())
        self._partition_choice: int | _Default | None = _DEFAULT_PARTITION
        self._amends_id: int | None = None
        # Drafts go back into the editor only once those left from before were
        # checked against the database (a note saved just before a crash is not).
        self._drafts_checked = journal is None
        self._dirty = False
        self._sending = False
        self._loading_text = False
        # Told once the note being saved is safe (True) or stays in the editor (False):
        # the visitor moves on only after "Save note" in the question on leaving.
        self._after_save: Callable[[bool], None] | None = None

    def _start_journal(self) -> None:
        """What is typed goes to the journal every second (from the widgets' start)."""
        self._journal_timer = QTimer(self)
        self._journal_timer.setInterval(JOURNAL_MS)
        self._journal_timer.timeout.connect(self.write_journal)
        self._journal_timer.start()

    def _build_note_editor(self, layout: QVBoxLayout) -> None:
        """The correction row, the editor and its two rows, added to ``layout``."""
        self.correcting_label = QLabel()
        self.correcting_label.setObjectName("correctingNote")
        self.correcting_label.setWordWrap(True)
        self.cancel_correction = QPushButton(
            QCoreApplication.translate("CasePanel", "Write a new note instead")
        )
        self.cancel_correction.clicked.connect(lambda: self._set_amends(None))
        self.correcting_row = QWidget()
        correcting_layout = QHBoxLayout(self.correcting_row)
        correcting_layout.setContentsMargins(0, 0, 0, 0)
        correcting_layout.addWidget(self.correcting_label, 1)
        correcting_layout.addWidget(self.cancel_correction)

        self.editor = QPlainTextEdit()
        self.editor.setObjectName("noteEditor")
        self.editor.setAccessibleName(QCoreApplication.translate("CasePanel", "Note"))
        # Tab leaves the note for the next control (a keyboard user is never caught in
        # it); a tab character has no use in a case note.
        self.editor.setTabChangesFocus(True)
        self.editor.textChanged.connect(self._text_changed)
        self.partition = QComboBox()
        self.partition.setObjectName("notePartition")
        self.partition.setToolTip(QCoreApplication.translate("CasePanel", "Who may read this note"))
        self.partition.activated.connect(self._partition_chosen)
        self.template_button = QPushButton(QCoreApplication.translate("CasePanel", "Template"))
        self.template_button.setObjectName("noteTemplates")
        self.template_button.setToolTip(
            QCoreApplication.translate("CasePanel", "Insert a checklist for this service")
        )
        self.template_menu = QMenu(self.template_button)
        self.template_button.setMenu(self.template_menu)
        self.count_label = QLabel()
        self.count_label.setObjectName("noteLength")
        self.save_button = QPushButton(QCoreApplication.translate("CasePanel", "Save note"))
        self.save_button.setObjectName("saveNote")
        self.save_button.setToolTip(
            QCoreApplication.translate("CasePanel", "Save the note into the case (Ctrl+Enter)")
        )
        self.save_button.clicked.connect(self.save_note)
        # Ctrl and either Enter: the keypad's Enter is Key_Enter, which "Ctrl+Return" misses.
        shortcut = QShortcut(self.editor)
        shortcut.setKeys([QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")])
        shortcut.activated.connect(self.save_note)
        # Two rows: the visit zone is narrow, and a clipped "Visible to" would hide
        # who reads the note. The template button sits by the save button, so that the
        # partition's whole name fits in a 1000 px window.
        partition_label = QLabel(QCoreApplication.translate("CasePanel", "Visible to:"))
        partition_label.setBuddy(self.partition)
        # As wide as "Shared with the desk" in any language at least, wider where there is
        # room; a long agency's name cut in a narrow window is whole in the tooltip (and
        # in the open list), instead of the longest name widening the window.
        self.partition.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.partition.setMinimumContentsLength(PARTITION_MIN_CHARACTERS)
        self.partition.currentTextChanged.connect(self.partition.setToolTip)
        partition_row = QHBoxLayout()
        partition_row.addWidget(partition_label)
        partition_row.addWidget(self.partition, 1)
        editor_row = QHBoxLayout()
        editor_row.addWidget(self.count_label)
        editor_row.addStretch(1)
        editor_row.addWidget(self.template_button)
        editor_row.addWidget(self.save_button)
        self.note_message = QLabel()
        self.note_message.setObjectName("noteMessage")
        self.note_message.setWordWrap(True)

        layout.addWidget(self.correcting_row)
        layout.addWidget(self.editor, 2)
        layout.addLayout(partition_row)
        layout.addLayout(editor_row)
        layout.addWidget(self.note_message)

    def propose_note(self, text: str, source: str) -> None:
        """A panel proposes a note: it goes into the editor for the advisor to check and save."""
        if self.step is None or not self.editor.isEnabled():
            self.message.emit(
                QCoreApplication.translate(
                    "CasePanel", "%1 proposed a note, but no visit is open."
                ).replace("%1", source)
            )
            return
        current = self.editor.toPlainText()
        self.editor.setPlainText((current.rstrip() + "\n\n" if current.strip() else "") + text)
        set_tone(self.note_message, "")
        self.note_message.setText(
            QCoreApplication.translate(
                "CasePanel", "%1 proposed this note: check it and save it, or edit it first."
            ).replace("%1", source)
        )
        self.editor.setFocus()

    @staticmethod
    def outage_text() -> str:
        return QCoreApplication.translate(
            "CasePanel",
            "The database cannot be reached. The note is kept on this PC and sent "
            "when the connection is back.",
        )

    def connection_back(self) -> None:
        """The database answers again: what the editor said of the outage is no longer
        true (the outbox sends the notes, and the status bar says so)."""
        if self.note_message.text() == self.outage_text():
            self.note_message.clear()

    # ------------------------------------------------------------ writing
    def _fill_partitions(self) -> None:
        language = ui_language()
        current = self.partition.currentData()
        self.partition.blockSignals(True)
        self.partition.clear()
        self.partition.addItem(
            QCoreApplication.translate("CasePanel", "Shared with the desk"), None
        )
        for agency in self.agencies.values():
            self.partition.addItem(
                QCoreApplication.translate("CasePanel", "%1 only").replace(
                    "%1", agency.names.get(language)
                ),
                agency.id,
            )
        wanted = current
        own_agency = self.signed_in.staff.agency_code
        if not isinstance(self._partition_choice, _Default):
            wanted = self._partition_choice  # the note's own, as its draft kept it
        elif wanted is None and own_agency:
            # A specialist's notes default to their agency's partition.
            wanted = next((a.id for a in self.agencies.values() if a.code == own_agency), None)
        index = self.partition.findData(wanted)
        self.partition.setCurrentIndex(max(index, 0))
        self.partition.blockSignals(False)

    def _load_templates(self) -> None:
        self.template_menu.clear()
        self.template_button.setEnabled(False)
        if self.step is None:
            return
        service_id = self.step.service_id
        language = ui_language()
        run_in_background(
            lambda: self.desk.cases.templates(service_id, language),
            lambda templates: self._show_templates(service_id, templates),
            lambda error: log.warning("Templates not read: %s", error),
            context=self,
            pool=database_pool(),
        )

    def _show_templates(self, service_id: int, templates: list[NoteTemplate]) -> None:
        if self.step is None or self.step.service_id != service_id:
            return
        self.template_menu.clear()
        for template in templates:
            action = self.template_menu.addAction(template.title)
            action.triggered.connect(lambda _c=False, t=template: self._insert_template(t))
        self.template_button.setEnabled(bool(templates))

    def _insert_template(self, template: NoteTemplate) -> None:
        self.editor.insertPlainText(template.body)
        self.editor.setFocus()

    def _correct_note_at(self, index: QModelIndex) -> None:
        note = self.timeline_model.data(index, TimelineModel.NoteRole)
        if isinstance(note, NoteInfo):
            self._set_amends(note)

    def _resolve_amends(self) -> None:
        """A restored correction: the note it corrects is known once the case is read."""
        if self.case is None or self._amends_id is None or self.amends is not None:
            return
        corrected = next((n for n in self.case.notes if n.id == self._amends_id), None)
        if corrected is not None:
            self._set_amends(corrected)

    def _partition_chosen(self, _index: int) -> None:
        self._partition_choice = self.partition.currentData()
        self._dirty = True  # the draft keeps who may read it, too

    def _note_partition(self) -> int | None:
        """Who may read the note in the editor: as chosen (or restored), else as shown.

        A restored draft's partition holds even before the agencies are known to
        the combo box: a Kela-only note never goes out shared for want of a name.
        """
        if isinstance(self._partition_choice, _Default):
            return self.partition.currentData()
        return self._partition_choice

    def _select_partition(self, agency_id: int | None) -> None:
        self._partition_choice = agency_id
        index = self.partition.findData(agency_id)
        if index >= 0:
            self.partition.setCurrentIndex(index)

    def _set_amends(self, note: NoteInfo | None) -> None:
        self.amends = note
        self._amends_id = note.id if note is not None else None
        self.correcting_row.setVisible(note is not None)
        if note is not None:
            self.correcting_label.setText(
                QCoreApplication.translate(
                    "CasePanel",
                    "Correcting the note of %1 by %2. The original stays in the case, "
                    "marked as corrected.",
                )
                .replace("%1", note.written_at.astimezone().strftime("%d.%m. %H:%M"))
                .replace("%2", note.author_name)
            )
            self.editor.setFocus()

    def _set_text(self, text: str) -> None:
        self._loading_text = True
        self.editor.setPlainText(text)
        self._loading_text = False
        self._dirty = False
        self._update_count()

    def _text_changed(self) -> None:
        if not self._loading_text:
            self._dirty = True
        self._update_count()

    def _update_count(self) -> None:
        length = len(self.editor.toPlainText())
        self.count_label.setText(f"{length} / {MAX_NOTE_CHARS}")
        self.count_label.setProperty("over", length > MAX_NOTE_CHARS)
        set_tone(self.count_label, "late" if length > MAX_NOTE_CHARS else "")

    def _new_note(self) -> None:
        """The editor starts a new note: a client id of its own, default visibility."""
        self.client_id = str(uuid.uuid4())
        self._partition_choice = _DEFAULT_PARTITION
        self._amends_id = None
        self._fill_partitions()

    def write_journal(self, force: bool = False) -> None:
        """Keep what is typed on this PC (every second while typing)."""
        if self.journal is None or self.step is None or not (self._dirty or force):
            return
        text = self.editor.toPlainText()
        staff_id = self.signed_in.staff.id
        try:
            if text.strip():
                self.journal.save_draft(
                    Draft(
                        self.database,
                        staff_id,
                        self.step.visit_id,
                        self.client_id,
                        self.case.id if self.case else None,
                        self.step.ticket_number,
                        self.step.service_id,
                        self._note_partition(),
                        self._amends_id,
                        text,
                        utc_now(),
                    )
                )
                log.debug("Draft of visit %s kept in the journal", self.step.visit_id)
            else:
                self.journal.drop_draft(self.database, staff_id, self.client_id)
            self._dirty = False
        except TiskiError as error:
            self._show_problem(translate(error.message))

    def _load_waiting_draft(self) -> None:
        """Into an empty editor: the signed-in person's next unsent note of this visit.

        The note being typed when Tiski stopped comes first, then notes the
        database refused, oldest first; each with its own visibility and client id.
        """
        step = self.step
        journal = self.journal
        if journal is None or step is None or not self._drafts_checked:
            return
        if self.editor.toPlainText().strip() or self._sending:
            return
        try:
            drafts = journal.drafts(self.database, self.signed_in.staff.id, step.visit_id)
        except TiskiError as error:
            self._show_problem(translate(error.message))
            return
        drafts = [d for d in drafts if d.text.strip()]
        if not drafts:
            return
        typed = [d for d in drafts if d.refused is None]
        draft = typed[-1] if typed else drafts[0]
        self._set_text(draft.text)
        self.client_id = draft.client_id
        self._select_partition(draft.partition_agency_id)
        self.amends = None
        self._amends_id = draft.amends_id
        self._resolve_amends()
        if draft.refused is not None:
            self._show_problem(
                QCoreApplication.translate(
                    "CasePanel", "The database refused this note: %1 Check it, then save it again."
                ).replace("%1", draft.refused)
            )
        else:
            set_tone(self.note_message, "")
            self.note_message.setText(
                QCoreApplication.translate("CasePanel", "Your unsaved note of this visit is back.")
            )
        log.info("Draft %s of visit %s restored into the editor", draft.client_id, step.visit_id)

    # ------------------------------------------------------------ the visitor moves on
    def unsaved_note(self, visit_id: int) -> bool:
        """Whether the editor holds a note of visit ``visit_id`` that is neither saved nor
        on its way to the database (one being saved is in the journal until it lands)."""
        return (
            self.step is not None
            and self.step.visit_id == visit_id
            and not self._sending
            and bool(self.editor.toPlainText().strip())
        )

    def can_keep_draft(self) -> bool:
        """Whether a note left unsaved is kept on this PC (there is a journal to keep it)."""
        return self.journal is not None

    def save_note_then(self, done: Callable[[bool], None]) -> None:
        """Save the note as Ctrl+Enter does, then ``done(True)`` once it is safe: in the
        database, or in the outbox when the database cannot be reached. ``done(False)``
        when it is not (refused, too long): it stays in the editor, which says why."""
        self._after_save = done
        self.save_note()

    def keep_note_as_draft(self) -> None:
        """The note stays on this PC now, not only within the second."""
        self.write_journal(force=True)

    def discard_note(self) -> None:
        """The person threw the note away: the editor and its draft in the journal."""
        if self.journal is not None:
            try:
                self.journal.drop_draft(self.database, self.signed_in.staff.id, self.client_id)
            except TiskiError as error:
                log.warning("Discarded draft not dropped: %s", error)
        log.info("Note %s discarded by its author", self.client_id)
        self._set_text("")
        self._set_amends(None)
        self._new_note()
        self.note_message.clear()

    def _save_settled(self, safe: bool) -> None:
        done, self._after_save = self._after_save, None
        if done is not None:
            done(safe)

    # ------------------------------------------------------------ saving
    def save_note(self) -> None:
        if self._sending:
            return  # the save under way settles it
        if self.step is None:
            self._save_settled(False)
            return
        text = self.editor.toPlainText()
        try:
            clean_note_text(text)
        except TiskiError as error:
            self._show_problem(translate(error.message))
            self._save_settled(False)
            return
        draft = NoteDraft(
            self.case.id if self.case else None,
            text,
            self.client_id,
            self.step.visit_id,
            self.step.service_id,
            self._note_partition(),
            self._amends_id,
        )
        self.write_journal(force=True)
        self._sending = True
        self.save_button.setEnabled(False)
        # What is sent is what the draft holds: nothing typed meanwhile is cleared with it.
        self.editor.setReadOnly(True)
        actor = self.actor
        desk, journal = self.desk, self.journal

        def send() -> NoteInfo:
            note = desk.cases.write_note(actor, draft)
            if journal is not None:
                journal.checkpoint()  # the drafts' log into the file, off the GUI thread
            return note

        run_in_background(
            send,
            lambda note: self._saved(draft, note),
            lambda error: self._not_saved(draft, error),
            context=self,
            pool=database_pool(),
        )

    def _saved(self, draft: NoteDraft, note: NoteInfo) -> None:
        self._sending = False
        self.save_button.setEnabled(True)
        self.editor.setReadOnly(False)
        self.note_message.setText(QCoreApplication.translate("CasePanel", "Note saved."))
        set_tone(self.note_message, "")
        announce(self.note_message, self.note_message.text())
        self._forget_draft(draft)  # may bring the visit's next unsent note, and say so
        log.info("Note %s saved to case %s", note.id, note.case_id)
        self.refresh_case()
        self._save_settled(True)

    def _forget_draft(self, draft: NoteDraft) -> None:
        """The note is in the database or the outbox: its draft goes, the editor moves on.

        A crash before this leaves the draft behind; the next start finds its
        client id in the database (or the outbox) and drops it unsaved.
        """
        if self.journal is not None:
            try:
                self.journal.drop_draft(self.database, self.signed_in.staff.id, draft.client_id)
            except TiskiError as error:
                log.warning("Draft not dropped: %s", error)
        if self.client_id == draft.client_id:
            self._set_text("")
            self._set_amends(None)
            self._new_note()
            self._load_waiting_draft()

    def _not_saved(self, draft: NoteDraft, error: BaseException) -> None:
        self._sending = False
        self.save_button.setEnabled(True)
        self.editor.setReadOnly(False)
        # An outage, or a save that timed out (it may still commit): the outbox sends
        # it again under the same client id, so it lands once either way.
        if isinstance(error, DatabaseUnreachable) and self.journal is not None:
            step = self.step
            ticket = step.ticket_number if step and step.visit_id == draft.visit_id else None
            try:
                self.outbox.keep(draft, ticket)
            except TiskiError as journal_error:
                self._show_problem(translate(journal_error.message))
                self._save_settled(False)
                return
            log.warning("Database unreachable; note kept in the outbox to send later")
            self.note_message.setText(self.outage_text())
            announce(self.note_message, self.note_message.text(), assertive=True)
            self._forget_draft(draft)
            self.timeline_model.show(self.case.id if self.case else None, self._entries())
            self._save_settled(True)
            return
        if isinstance(error, TiskiError):
            self._show_problem(translate(error.message))
        else:
            self._show_problem(str(error))
        self._save_settled(False)

    def _show_problem(self, text: str) -> None:
        self.note_message.setText(text)
        set_tone(self.note_message, "late")
        announce(self.note_message, text, assertive=True)
