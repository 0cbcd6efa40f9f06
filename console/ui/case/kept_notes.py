"""Notes kept on this PC until the database has them: the outbox, and the drafts left
from before (after a crash, say) checked against the database and offered back (a
part of :class:`console.ui.case.case_panel.CasePanel`).

Its texts keep the translation context "CasePanel", where they were written first.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from console.core.records import AgencyInfo, StepInfo
from console.core.text import TiskiError
from console.desk.desk import Desk, SignedIn
from console.desk.queue import Actor
from console.i18n import translate
from console.store.journal import Journal
from console.ui.case.note_outbox import NoteOutbox
from console.ui.shared.database_pool import database_pool
from console.ui.shared.errors import exec_dialog
from console.ui.shared.labels import ui_language
from console.ui.shared.worker import run_in_background

# The panel's logger still: what the log says of notes and drafts is unchanged.
log = logging.getLogger("console.ui.case.case_panel")


if TYPE_CHECKING:
    # For the type checker, a part is the panel's widget; at run time it is a plain
    # class that CasePanel (a QWidget, which holds the signals) is composed of.
    _Widget = QWidget
else:
    _Widget = object


class KeptNotes(_Widget):
    """The outbox of notes the database could not take, and the restore of drafts."""

    if TYPE_CHECKING:
        # What the panel and its note editor hold (see CasePanel, NoteEditor).
        message = Signal(str)
        pending_changed = Signal(int)
        drafts_settled = Signal()
        desk: Desk
        signed_in: SignedIn
        journal: Journal | None
        database: str
        step: StepInfo | None
        agencies: dict[int, AgencyInfo]
        client_id: str
        _drafts_checked: bool

        @property
        def actor(self) -> Actor: ...

        def refresh_case(self) -> None: ...

        def connection_back(self) -> None: ...

        def sent_from_outbox_text(self, count: int) -> str: ...

        def _load_waiting_draft(self) -> None: ...

        def _show_problem(self, text: str) -> None: ...

    def _start_outbox(self, desk: Desk, signed_in: SignedIn, journal: Journal | None) -> None:
        """The outbox, once the widgets are built; drafts of an older Tiski made ours."""
        self.outbox = NoteOutbox(desk, signed_in, journal, self.database, self)
        self.outbox.pending_changed.connect(self.pending_changed)
        self.outbox.sent.connect(self._outbox_sent)
        self.outbox.refused.connect(self.message)
        self.outbox.returned.connect(self._draft_returned)
        self._rehome_legacy_drafts()

    def _draft_returned(self, visit_id: int | None) -> None:
        """A note the outbox could not deliver went back to the drafts."""
        if self.step is not None and self.step.visit_id == visit_id:
            self._load_waiting_draft()

    # ------------------------------------------------------------ the outbox
    def pending_count(self) -> int:
        return self.outbox.count()

    def flush_outbox(self) -> None:
        """Send the outbox, but at start-up only once the drafts left from before were
        checked against the database: a note sent between that check and the offer
        would be offered as a draft as well. Settling the drafts sends it."""
        if self._drafts_checked:
            self.outbox.flush()

    def _outbox_sent(self, count: int) -> None:
        self.connection_back()  # sent: the database answers, whatever the monitor saw
        self.message.emit(self.sent_from_outbox_text(count))
        self.refresh_case()

    # ------------------------------------------------------------ drafts left from before
    def _rehome_legacy_drafts(self) -> None:
        """Notes an older Tiski kept under its own name for this database are ours too."""
        if self.journal is None:
            return
        try:
            moved = self.journal.rehome(self.desk.legacy_database_key(), self.database)
        except TiskiError as error:
            log.warning("Older drafts not moved: %s", error)
            return
        if moved:
            log.info("%d notes of an older Tiski kept for this database", moved)

    def offer_drafts(self, current: StepInfo | None) -> None:
        """At sign-in (after a crash, say): the signed-in person's unsent notes of this
        database, first checked against it by client id, then offered back.

        A note the database already has (saved just before a crash) is dropped from
        the drafts and the outbox, logged without its text, and not offered.
        Nobody else's drafts are read: they wait for their author.
        """
        journal = self.journal
        if journal is None:
            self._drafts_settled()
            return
        try:
            drafts = journal.drafts(self.database, self.signed_in.staff.id)
        except TiskiError as error:
            log.error("Drafts not read: %s", error)
            self._drafts_settled()
            return
        client_ids = {d.client_id for d in drafts} | {i.client_id for i in self.outbox.mine()}
        if not drafts and not client_ids:
            self._drafts_settled()
            return
        actor = self.actor

        def not_checked(error: BaseException) -> None:
            # Offered anyway: each keeps its client id, so a second save still lands once.
            log.warning("Drafts not checked against the database: %s", error)
            self._offer_drafts(current, frozenset())

        run_in_background(
            lambda: self.desk.cases.saved_client_ids(actor, client_ids),
            lambda saved: self._offer_drafts(current, saved),
            not_checked,
            context=self,
            pool=database_pool(),
        )

    def _offer_drafts(self, current: StepInfo | None, saved: frozenset[str]) -> None:
        from console.ui.case.restore_drafts_dialog import RestoreDraftsDialog

        journal = self.journal
        assert journal is not None
        staff_id = self.signed_in.staff.id
        try:
            self.outbox.forget_saved(saved)
            queued = {item.client_id for item in self.outbox.mine()}
            offered = []
            for draft in journal.drafts(self.database, staff_id):
                if draft.client_id in saved or draft.client_id in queued:
                    # Saved just before a crash, or stopped between the outbox taking
                    # the note and its draft going: either way it is not offered again.
                    journal.drop_draft(*draft.key)
                    log.info(
                        "Draft %s of visit %s was already in the %s; dropped",
                        draft.client_id,
                        draft.visit_id,
                        "database" if draft.client_id in saved else "outbox",
                    )
                elif draft.client_id != self.client_id:  # not the one typed since
                    offered.append(draft)
        except TiskiError as error:
            log.error("Drafts not read: %s", error)
            self._drafts_settled()
            return
        if not offered:
            self._drafts_settled()
            return
        log.info("Offering to restore %d unsaved notes", len(offered))
        language = ui_language()
        names = {agency.id: agency.names.get(language) for agency in self.agencies.values()}
        dialog = RestoreDraftsDialog(self.window(), offered, names)
        exec_dialog(dialog)
        choice = dialog.result_choice()
        here = current.visit_id if current is not None else None
        try:
            for draft in offered:
                if choice == "discard":
                    journal.drop_draft(*draft.key)
                elif draft.visit_id != here:
                    # A visit no longer at this counter: its note goes to its case.
                    self.outbox.keep_draft(draft)
                    journal.drop_draft(*draft.key)
                # A note of the visit at the counter goes back into the editor.
        except TiskiError as error:
            self._show_problem(translate(error.message))
        log.info("%s %d drafts", "Discarded" if choice == "discard" else "Restored", len(offered))
        self._drafts_settled()  # sends the outbox, with the notes just restored to it

    def _drafts_settled(self) -> None:
        self._drafts_checked = True
        self._load_waiting_draft()
        self.drafts_settled.emit()
        self.flush_outbox()
