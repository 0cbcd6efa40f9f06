"""The specialist's inbox: consultation requests for my agency, live, and the visits I joined."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from console.core.cases import NoteDraft
from console.core.consult import ConsultContext, ConsultInfo, ConsultState, Presence
from console.core.queue import utc_now
from console.core.records import AgencyInfo, ServiceInfo
from console.desk.desk import Desk, SignedIn
from console.i18n import error_text
from console.ui.case.case_timeline import TimelineModel, timeline_entries
from console.ui.shared.announce import announce
from console.ui.shared.database_pool import database_pool
from console.ui.shared.errors import exec_dialog
from console.ui.shared.labels import ui_language
from console.ui.shared.table_model import Column, KeyedTableModel
from console.ui.shared.worker import run_in_background

log = logging.getLogger(__name__)

TICK_MS = 30_000


def where(consult: ConsultInfo) -> str:
    """The counter a request comes from, with its office where there are several."""
    if consult.office is None:
        return consult.counter_code
    return f"{consult.office.get(ui_language())}, {consult.counter_code}"


def asked_by(consult: ConsultInfo) -> str:
    return f"{consult.requested_by} · {where(consult)}"


class InboxZone(QWidget):
    """Requests waiting for my agency (oldest first) and the ones I accepted."""

    message = Signal(str)
    counter_changed = Signal()  # a visit was taken over to my counter
    inbox_shown = Signal()

    def __init__(self, desk: Desk, signed_in: SignedIn, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inboxZone")
        self.desk = desk
        self.signed_in = signed_in
        self.agencies: dict[int, AgencyInfo] = {}
        self.services: dict[int, ServiceInfo] = {}
        self._now = utc_now()
        self._loading = False
        # The requests of the last read (None before the first): new ones are announced.
        self._known_requests: set[int] | None = None

        self.heading = QLabel(self.tr("Consultation requests"))
        self.heading.setObjectName("inboxHeading")
        self.presence = QComboBox()
        self.presence.setObjectName("presence")
        for presence, text in (
            (Presence.AVAILABLE, self.tr("Available")),
            (Presence.BUSY, self.tr("Busy")),
            (Presence.AWAY, self.tr("Away")),
        ):
            self.presence.addItem(text, presence.value)
        self.presence.setToolTip(self.tr("What advisors see before they ask your agency"))
        self.presence.activated.connect(self._presence_chosen)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        presence_label = QLabel(self.tr("I am:"))
        presence_label.setBuddy(self.presence)  # read with the box: "I am: Available"
        top.addWidget(presence_label)
        top.addWidget(self.presence)

        self.model: KeyedTableModel[ConsultInfo] = KeyedTableModel(
            [
                Column(lambda: self.tr("Waiting"), self._waiting),
                Column(lambda: self.tr("Ticket"), lambda c: c.ticket_number),
                Column(lambda: self.tr("Topic"), lambda c: c.topic or "–"),
                Column(
                    lambda: self.tr("Question"),
                    lambda c: c.question.replace("\n", " "),
                    tooltip=lambda c: c.question,
                ),
                Column(lambda: self.tr("Asked by"), asked_by),
                Column(lambda: self.tr("State"), self._state),
            ],
            key=lambda c: c.id,
            parent=self,
        )
        self.table = QTableView()
        self.table.setObjectName("inboxTable")
        self.table.setAccessibleName(self.tr("Consultation requests"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setResizeContentsPrecision(0)  # measure the rows on screen (queue_zone.py)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self._activated)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.empty = QLabel(self.tr("No requests waiting for your agency."))
        self.empty.setObjectName("inboxEmpty")

        self.accept_button = self._button(self.tr("Accept"), "acceptConsult", self.accept)
        self.decline_button = self._button(self.tr("Decline…"), "declineConsult", self.decline)
        self.case_button = self._button(self.tr("Open case"), "openConsultCase", self.open_case)
        self.video_button = self._button(self.tr("Join video"), "joinVideo", self.open_video)
        self.hand_back_button = self._button(self.tr("Hand back…"), "handBack", self.hand_back)
        self.take_over_button = self._button(self.tr("Take over"), "takeOver", self.take_over)
        buttons = QHBoxLayout()
        for button in (
            self.accept_button,
            self.decline_button,
            self.case_button,
            self.video_button,
            self.hand_back_button,
            self.take_over_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addLayout(buttons)
        self._tick = QTimer(self)
        self._tick.setInterval(TICK_MS)
        self._tick.timeout.connect(self._ticked)
        self._tick.start()
        self._update_buttons()

    def _button(self, text: str, name: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    # ------------------------------------------------------------ showing
    def know_desk(self, agencies: dict[int, AgencyInfo], services: dict[int, ServiceInfo]) -> None:
        self.agencies = agencies
        self.services = services
        mine = next(
            (a for a in agencies.values() if a.code == self.signed_in.staff.agency_code), None
        )
        if mine is not None:
            self.heading.setText(
                self.tr("Consultation requests for %1").replace("%1", mine.names.get(ui_language()))
            )

    def _waiting(self, consult: ConsultInfo) -> str:
        return self.tr("%1 min").replace("%1", str(consult.waiting_minutes(self._now)))

    def _state(self, consult: ConsultInfo) -> str:
        if consult.state is ConsultState.ACCEPTED:
            return self.tr("joined by you")
        if consult.declines:
            return self.tr("waiting, %1 declined").replace("%1", str(len(consult.declines)))
        return self.tr("waiting")

    def selected(self) -> ConsultInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        consult = self.selected()
        waiting = consult is not None and consult.state is ConsultState.OPEN
        mine = consult is not None and consult.state is ConsultState.ACCEPTED
        self.accept_button.setEnabled(waiting)
        self.decline_button.setEnabled(waiting)
        for button in (self.case_button, self.hand_back_button, self.take_over_button):
            button.setEnabled(mine)
        self.video_button.setEnabled(mine and bool(consult and consult.meeting_url))
        self.empty.setVisible(self.model.rowCount() == 0)

    def _ticked(self) -> None:
        self._now = utc_now()
        if self.model.rowCount():
            self.model.dataChanged.emit(
                self.model.index(0, 0), self.model.index(self.model.rowCount() - 1, 0)
            )

    # ------------------------------------------------------------ reading
    def refresh(self) -> None:
        if self._loading:
            return
        self._loading = True
        actor = self.signed_in.actor
        run_in_background(
            lambda: self.desk.consult.inbox(actor),
            self._loaded,
            self._load_failed,
            context=self,
            pool=database_pool(),
        )

    def _loaded(self, consults: list[ConsultInfo]) -> None:
        self._loading = False
        self._now = utc_now()
        selected = self.selected()
        self._announce_new(consults)
        self.model.apply(consults)
        if selected is not None:
            for row, consult in enumerate(self.model.rows()):
                if consult.id == selected.id:
                    self.table.selectRow(row)
        elif consults:
            self.table.selectRow(0)
        self._update_buttons()
        self.inbox_shown.emit()

    def _announce_new(self, consults: list[ConsultInfo]) -> None:
        """A request that arrived since the last read is read out (not those of the
        first read: the inbox is on screen then)."""
        known = self._known_requests
        self._known_requests = {consult.id for consult in consults}
        if known is None:
            return
        for consult in consults:
            if consult.id not in known and consult.state is ConsultState.OPEN:
                text = self.tr("New consultation request: ticket %1").replace(
                    "%1", consult.ticket_number
                )
                if consult.topic:
                    text += f" – {consult.topic}"
                announce(self.table, text)

    def _load_failed(self, error: BaseException) -> None:
        self._loading = False
        log.warning("Inbox not read: %s", error)
        self._report(error)

    def _report(self, error: BaseException) -> None:
        self.message.emit(error_text(error))

    # ------------------------------------------------------------ acting
    def _run(self, work: Callable[[], Any], done: Callable[[Any], None]) -> None:
        run_in_background(work, done, self._failed_action, context=self, pool=database_pool())

    def _failed_action(self, error: BaseException) -> None:
        self._report(error)
        self.refresh()

    def _presence_chosen(self, _index: int) -> None:
        presence = Presence(self.presence.currentData())
        actor = self.signed_in.actor
        self._run(lambda: self.desk.consult.set_presence(actor, presence), lambda _r: None)

    def _activated(self, index: QModelIndex) -> None:
        consult = self.model.row(index.row())
        if consult.state is ConsultState.OPEN:
            self.accept()
        else:
            self.open_case()

    def accept(self) -> None:
        consult = self.selected()
        if consult is None:
            return
        actor = self.signed_in.actor

        def accepted(result: ConsultInfo) -> None:
            self.presence.setCurrentIndex(self.presence.findData(Presence.BUSY.value))
            self.message.emit(self.tr("You joined ticket %1.").replace("%1", result.ticket_number))
            self.refresh()
            self.open_case(result)

        self._run(lambda: self.desk.consult.accept(actor, consult.id), accepted)

    def decline(self) -> None:
        from console.ui.consult.decline_dialog import DeclineDialog

        consult = self.selected()
        if consult is None:
            return
        dialog = DeclineDialog(self, consult)
        if not exec_dialog(dialog):
            return
        reason = dialog.reason()
        actor = self.signed_in.actor
        self._run(
            lambda: self.desk.consult.decline(actor, consult.id, reason),
            lambda _r: self.refresh(),
        )

    def open_case(self, consult: ConsultInfo | None = None) -> None:
        consult = consult or self.selected()
        if consult is None:
            return
        actor = self.signed_in.actor
        consult_id = consult.id
        self._run(lambda: self.desk.consult.context(actor, consult_id), self._show_context)

    def _show_context(self, context: ConsultContext) -> None:
        dialog = ConsultContextDialog(self, context, self.agencies, self.services)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.video_requested.connect(lambda: self.open_video(context.consult))
        dialog.note_requested.connect(
            lambda text, partition: self._write_note(dialog, context.consult, text, partition)
        )
        dialog.show()
        self.context_dialog = dialog

    def _write_note(
        self, dialog: ConsultContextDialog, consult: ConsultInfo, text: str, partition: int | None
    ) -> None:
        actor = self.signed_in.actor
        draft = NoteDraft(
            consult.case_id, text, str(uuid.uuid4()), consult.visit_id, None, partition
        )

        def write() -> ConsultContext:
            self.desk.cases.write_note(actor, draft)
            return self.desk.consult.context(actor, consult.id)

        def failed(error: BaseException) -> None:
            dialog.note_failed(error_text(error))

        run_in_background(write, dialog.note_saved, failed, context=dialog, pool=database_pool())

    def open_video(self, consult: ConsultInfo | None = None) -> None:
        consult = consult or self.selected()
        if consult is None or not consult.meeting_url:
            return
        url = QUrl(consult.meeting_url)
        if url.scheme() in ("https", "http"):
            QDesktopServices.openUrl(url)

    def hand_back(self) -> None:
        from console.ui.consult.hand_back_dialog import HandBackDialog

        consult = self.selected()
        if consult is None:
            return
        dialog = HandBackDialog(self, consult)
        if not exec_dialog(dialog):
            return
        summary = dialog.summary()
        actor = self.signed_in.actor

        def handed(_result: ConsultInfo) -> None:
            self.presence.setCurrentIndex(self.presence.findData(Presence.AVAILABLE.value))
            self.message.emit(self.tr("Visit handed back with your summary."))
            self.refresh()

        self._run(lambda: self.desk.consult.hand_back(actor, consult.id, summary), handed)

    def take_over(self) -> None:
        consult = self.selected()
        if consult is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Take the visit over"),
            self.tr(
                "Serve ticket %1 from your remote counter? It leaves the advisor's counter, "
                "and the lobby display shows it as remote service."
            ).replace("%1", consult.ticket_number),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        actor = self.signed_in.actor

        def taken(_result: ConsultInfo) -> None:
            self.message.emit(
                self.tr("Ticket %1 is now at your counter.").replace("%1", consult.ticket_number)
            )
            self.refresh()
            self.counter_changed.emit()

        self._run(lambda: self.desk.consult.take_over(actor, consult.id), taken)


class ConsultContextDialog(QDialog):
    """The visit's case as the visitor's consent lets the specialist see it."""

    video_requested = Signal()
    note_requested = Signal(str, object)  # text, partition agency id or None

    def __init__(
        self,
        parent: QWidget | None,
        context: ConsultContext,
        agencies: dict[int, AgencyInfo],
        services: dict[int, ServiceInfo],
    ) -> None:
        super().__init__(parent)
        self.setObjectName("consultContext")
        consult = context.consult
        self.setWindowTitle(self.tr("Ticket %1 – shared case").replace("%1", consult.ticket_number))
        self.resize(680, 560)
        asked = QLabel(
            self.tr("%1 at %2 asks: %3")
            .replace("%1", consult.requested_by)
            .replace("%2", where(consult))
            .replace("%3", consult.question)
        )
        asked.setObjectName("consultQuestion")
        asked.setWordWrap(True)
        visitor = context.visitor
        if visitor is not None:
            who = " ".join(
                part
                for part in (
                    visitor.masked_code or "",
                    visitor.name or "",
                    visitor.birth_date.strftime("%d.%m.%Y") if visitor.birth_date else "",
                )
                if part
            )
            shared_text = self.tr("Visitor: %1").replace("%1", who or "–")
        else:
            shared_text = self.tr(
                "The visitor has not agreed to share this case with your agency: you see the "
                "question and your agency's own notes only."
            )
        shared = QLabel(shared_text)
        shared.setObjectName("consultShared")
        shared.setWordWrap(True)
        self.context = context
        self._agencies = agencies
        self._services = services
        self.model = TimelineModel(self)
        self.model.show(context.case.id, timeline_entries(context.case, (), agencies, services))
        timeline = QListView()
        timeline.setObjectName("consultTimeline")
        timeline.setAccessibleName(QCoreApplication.translate("CasePanel", "Case timeline"))
        timeline.setModel(self.model)
        timeline.setWordWrap(True)
        timeline.setAlternatingRowColors(True)
        timeline.setResizeMode(QListView.ResizeMode.Adjust)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        if consult.meeting_url:
            video = buttons.addButton(self.tr("Join video"), QDialogButtonBox.ButtonRole.ActionRole)
            video.clicked.connect(self.video_requested)
        layout = QVBoxLayout(self)
        layout.addWidget(asked)
        layout.addWidget(shared)
        layout.addWidget(timeline, 1)
        # The specialist writes into the same case; their agency's partition by default.
        self.note_editor = QPlainTextEdit()
        self.note_editor.setObjectName("consultNoteEditor")
        self.note_editor.setTabChangesFocus(True)
        self.note_editor.setAccessibleName(QCoreApplication.translate("CasePanel", "Note"))
        self.note_editor.setPlaceholderText(self.tr("A note into the visit's case"))
        self.note_editor.setMaximumHeight(110)
        self.note_partition = QComboBox()
        self.note_partition.setObjectName("consultNotePartition")
        agency = agencies.get(consult.agency_id)
        agency_name = agency.names.get(ui_language()) if agency else ""
        self.note_partition.addItem(
            self.tr("%1 only").replace("%1", agency_name), consult.agency_id
        )
        self.note_partition.addItem(self.tr("Shared with the desk"), None)
        self.save_note_button = QPushButton(self.tr("Save note"))
        self.save_note_button.setObjectName("consultSaveNote")
        self.save_note_button.clicked.connect(self._save_note)
        self.note_message = QLabel()
        self.note_message.setObjectName("consultNoteMessage")
        self.note_message.setWordWrap(True)
        note_row = QHBoxLayout()
        partition_label = QLabel(self.tr("Visible to:"))
        partition_label.setBuddy(self.note_partition)
        note_row.addWidget(partition_label)
        note_row.addWidget(self.note_partition, 1)
        note_row.addWidget(self.save_note_button)
        layout.addWidget(self.note_editor)
        layout.addLayout(note_row)
        layout.addWidget(self.note_message)
        if context.case.hidden_notes:
            hidden = QLabel(
                self.tr(
                    "%n note(s) of this case are not shared with you.",
                    "",
                    context.case.hidden_notes,
                )
            )
            hidden.setWordWrap(True)
            layout.addWidget(hidden)
        layout.addWidget(buttons)

    def _save_note(self) -> None:
        text = self.note_editor.toPlainText()
        if not text.strip():
            self.note_message.setText(self.tr("Write the note first."))
            return
        self.save_note_button.setEnabled(False)
        self.note_requested.emit(text, self.note_partition.currentData())

    def note_saved(self, context: ConsultContext) -> None:
        """The note is in the case: show the case again, empty the editor."""
        self.context = context
        self.model.show(
            context.case.id, timeline_entries(context.case, (), self._agencies, self._services)
        )
        self.note_editor.clear()
        self.note_message.setText(self.tr("Note saved."))
        self.save_note_button.setEnabled(True)

    def note_failed(self, text: str) -> None:
        self.note_message.setText(text)
        self.save_note_button.setEnabled(True)
