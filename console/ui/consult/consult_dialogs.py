"""Dialogs of a consultation: ask a specialist, decline, hand back, book remotely.

Like the case dialogs, each takes plain data and hands back plain data; the
console makes the desk calls. The one exception is the staffing count of
:class:`AskSpecialistDialog`, read through a callable off the GUI thread
whenever the chosen agency changes.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Collection, Sequence
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QDate, QDateTime, Qt, QTime, QTimeZone
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from console.core.cases import clean_note_text
from console.core.consult import MAX_QUESTION_CHARS, AgencyStaffing, ConsultInfo, ConsultState
from console.core.queue import DESK_TIMEZONE, local_time
from console.core.records import AgencyInfo, ServiceInfo
from console.core.text import TiskiError
from console.i18n import translate
from console.ui.shared.database_pool import database_pool
from console.ui.shared.dialog_parts import (
    HINT_STYLE,
    MUTED_STYLE,
    WARNING_STYLE,
    message_label,
    ok_cancel,
    show_message,
)
from console.ui.shared.labels import ui_language
from console.ui.shared.worker import run_in_background

log = logging.getLogger(__name__)

TOPIC_MAX_LENGTH = 200  # the desk keeps no more of a topic
REASON_MAX_LENGTH = 500  # nor of a reason to decline
# An appointment booked from a lapsed request is never sooner than this.
_BOOKING_LEAD = timedelta(minutes=30)

WAITING_STYLE = "color: #8a6d00; font-weight: 600;"
ACCEPTED_STYLE = "color: #1b5e20; font-weight: 600;"
EXPIRED_STYLE = "color: #b00020; font-weight: 600;"


def _clock(moment: datetime | None) -> str:
    return "–" if moment is None else local_time(moment).strftime("%H:%M")


def _ok(buttons: QDialogButtonBox) -> QPushButton:
    return buttons.button(QDialogButtonBox.StandardButton.Ok)


def _buddy(text: str, widget: QWidget) -> QLabel:
    """A form label whose accelerator focuses ``widget`` (for fields that sit in a row)."""
    label = QLabel(text)
    label.setBuddy(widget)
    return label


def _text_edit(object_name: str, placeholder: str, lines: int) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setObjectName(object_name)
    edit.setPlaceholderText(placeholder)
    edit.setTabChangesFocus(True)
    edit.setMinimumHeight(edit.fontMetrics().lineSpacing() * lines + 12)
    return edit


class RequestSummary(QGroupBox):
    """What the advisor asked: ticket, who and where, the topic and the question."""

    def __init__(self, consult: ConsultInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Request"))
        who = QLabel(
            self.tr("Ticket %1 · %2 at counter %3 · asked at %4")
            .replace("%1", consult.ticket_number)
            .replace("%2", consult.requested_by)
            .replace("%3", consult.counter_code)
            .replace("%4", _clock(consult.requested_at))
        )
        who.setObjectName("consultRequester")
        who.setStyleSheet(MUTED_STYLE)
        who.setWordWrap(True)
        self.topic = QLabel(consult.topic or "")
        self.topic.setObjectName("consultTopic")
        self.topic.setTextFormat(Qt.TextFormat.PlainText)
        self.topic.setStyleSheet("font-weight: 600;")
        self.topic.setWordWrap(True)
        self.topic.setVisible(bool(consult.topic))
        self.question = QPlainTextEdit(consult.question)
        self.question.setObjectName("consultQuestion")
        self.question.setReadOnly(True)
        self.question.setTabChangesFocus(True)
        line = self.question.fontMetrics().lineSpacing()
        self.question.setMinimumHeight(line * 3 + 12)
        self.question.setMaximumHeight(line * 7 + 12)
        layout = QVBoxLayout(self)
        layout.addWidget(who)
        layout.addWidget(self.topic)
        layout.addWidget(self.question)


# ---------------------------------------------------------------- ask
class AskSpecialistDialog(QDialog):
    """An advisor asks an agency's specialists to join the visit remotely.

    ``staffing`` reads how many of an agency's specialists are signed in; it
    runs off the GUI thread. ``consented`` holds the ids of the agencies the
    visitor allows to see the case.
    """

    def __init__(
        self,
        parent: QWidget | None,
        agencies: Sequence[AgencyInfo],
        *,
        staffing: Callable[[int], AgencyStaffing],
        consented: Collection[int],
        preselect: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("askSpecialistDialog")
        self.setWindowTitle(self.tr("Ask a specialist"))
        self._agencies = {agency.id: agency for agency in agencies}
        self._staffing = staffing
        self._consented = frozenset(consented)
        self._generation = 0
        self.reading_staffing = False
        language = ui_language()

        intro = QLabel(
            self.tr(
                "The agency's specialists who are available see your request; the first to "
                "accept joins the visit by video."
            )
        )
        intro.setWordWrap(True)
        self.agency_box = QComboBox()
        self.agency_box.setObjectName("askAgency")
        for agency in agencies:
            self.agency_box.addItem(agency.names.get(language), agency.id)
        if preselect is not None and preselect in self._agencies:
            self.agency_box.setCurrentIndex(self.agency_box.findData(preselect))
        # The longest full name shows whole; the dialog widens for it.
        self.agency_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.staffing_label = QLabel()
        self.staffing_label.setObjectName("askStaffing")
        self.staffing_label.setTextFormat(Qt.TextFormat.PlainText)
        # Wide enough for two-digit counts, so the combo does not jump as they arrive.
        widest = self._counts_text(AgencyStaffing(0, 88, 88, 88))
        bold = self.staffing_label.font()
        bold.setBold(True)
        self.staffing_label.setMinimumWidth(QFontMetrics(bold).horizontalAdvance(widest) + 4)
        agency_row = QHBoxLayout()
        agency_row.addWidget(self.agency_box, 1)
        agency_row.addSpacing(8)
        agency_row.addWidget(self.staffing_label)
        self.none_available = message_label("askNoneAvailable")

        self.topic_edit = QLineEdit()
        self.topic_edit.setObjectName("askTopic")
        self.topic_edit.setMaxLength(TOPIC_MAX_LENGTH)
        self.topic_edit.setPlaceholderText(self.tr("optional, e.g. housing allowance"))
        self.question_edit = _text_edit(
            "askQuestion", self.tr("What should the specialist help with?"), 5
        )
        self.counter = QLabel()
        self.counter.setObjectName("askQuestionCount")
        self.counter.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.too_long = message_label("askQuestionTooLong")

        form = QFormLayout()
        form.addRow(_buddy(self.tr("&Agency:"), self.agency_box), agency_row)
        form.addRow("", self.none_available)
        form.addRow(self.tr("&Topic:"), self.topic_edit)
        form.addRow(self.tr("&Question:"), self.question_edit)
        form.addRow("", self.counter)
        form.addRow("", self.too_long)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        self.shared_text = QLabel()
        self.shared_text.setObjectName("askShared")
        self.shared_text.setTextFormat(Qt.TextFormat.PlainText)
        self.shared_text.setWordWrap(True)
        shared_box = QGroupBox(self.tr("What is shared"))
        QVBoxLayout(shared_box).addWidget(self.shared_text)

        self.buttons = ok_cancel(self, self.tr("Ask"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form, 1)
        layout.addWidget(shared_box)
        layout.addWidget(self.buttons)
        # At least as wide as the agency row needs: the longest name and the counts.
        self.setMinimumWidth(max(640, layout.minimumSize().width()))

        self.agency_box.currentIndexChanged.connect(self._agency_changed)
        self.question_edit.textChanged.connect(self._update)
        self._agency_changed()
        self.question_edit.setFocus()

    @property
    def ok_button(self) -> QPushButton:
        return _ok(self.buttons)

    def request(self) -> tuple[int, str | None, str]:
        """(agency id, topic or None, question) as typed, trimmed."""
        agency = self._agency()
        if agency is None:
            raise RuntimeError("no agency to ask")
        topic = self.topic_edit.text().strip() or None
        return agency.id, topic, self.question_edit.toPlainText().strip()

    def _agency(self) -> AgencyInfo | None:
        agency_id = self.agency_box.currentData()
        return None if agency_id is None else self._agencies[int(agency_id)]

    def _agency_changed(self) -> None:
        agency = self._agency()
        self._show_shared(agency)
        show_message(self.none_available, "")
        if agency is None:
            self.staffing_label.clear()
        else:
            self._read_staffing(agency)
        self._update()

    def _read_staffing(self, agency: AgencyInfo) -> None:
        """Count the agency's specialists off the GUI thread; the latest agency wins."""
        self._generation += 1
        generation = self._generation
        self.reading_staffing = True
        self._show_staffing(self.tr("Specialists: %1").replace("%1", "…"), MUTED_STYLE)
        staffing = self._staffing
        agency_id = agency.id

        def succeeded(counts: AgencyStaffing) -> None:
            if generation == self._generation:
                self.reading_staffing = False
                self._show_counts(agency, counts)

        def failed(error: BaseException) -> None:
            if generation == self._generation:
                self.reading_staffing = False
                log.warning("Could not count the specialists of agency %s: %s", agency_id, error)
                self._show_staffing(
                    self.tr("Specialists: %1").replace("%1", self.tr("not known")), MUTED_STYLE
                )

        run_in_background(
            lambda: staffing(agency_id), succeeded, failed, context=self, pool=database_pool()
        )

    def _show_staffing(self, text: str, style: str) -> None:
        self.staffing_label.setText(text)
        self.staffing_label.setStyleSheet(style)

    def _counts_text(self, counts: AgencyStaffing) -> str:
        return self.tr("Specialists: %1").replace(
            "%1",
            self.tr("%1 available, %2 busy, %3 away")
            .replace("%1", str(counts.available))
            .replace("%2", str(counts.busy))
            .replace("%3", str(counts.away)),
        )

    def _show_counts(self, agency: AgencyInfo, counts: AgencyStaffing) -> None:
        value = self._counts_text(counts)
        if counts.available > 0:
            self._show_staffing(value, "")
            return
        self._show_staffing(value, WARNING_STYLE)
        show_message(
            self.none_available,
            self.tr(
                "No %1 specialist is available right now; the request waits until its time "
                "runs out."
            ).replace("%1", agency.short_names.get(ui_language())),
        )

    def _show_shared(self, agency: AgencyInfo | None) -> None:
        if agency is None:
            self.shared_text.clear()
        elif agency.id in self._consented:
            self.shared_text.setText(
                self.tr(
                    "The specialist sees the visitor's name and birth date (the identity code "
                    "masked), the desk's shared notes of this case and the agency's own notes."
                )
            )
        else:
            self.shared_text.setText(
                self.tr(
                    "The visitor has not agreed to share this case with %1: the specialist sees "
                    "only your question and the agency's own notes. Record the consent first if "
                    "more is needed."
                ).replace("%1", agency.names.get(ui_language()))
            )

    def _update(self) -> None:
        length = len(self.question_edit.toPlainText().strip())
        over = length > MAX_QUESTION_CHARS
        self.counter.setText(f"{length} / {MAX_QUESTION_CHARS}")
        self.counter.setStyleSheet(WARNING_STYLE if over else MUTED_STYLE)
        show_message(
            self.too_long,
            self.tr("Shorten the question; put the details into a note of the case.")
            if over
            else "",
        )
        self.ok_button.setEnabled(self._agency() is not None and 0 < length <= MAX_QUESTION_CHARS)


# ---------------------------------------------------------------- decline
class DeclineDialog(QDialog):
    """A specialist declines a request and says why; the advisor sees the reason."""

    def __init__(self, parent: QWidget | None, consult: ConsultInfo) -> None:
        super().__init__(parent)
        self.setObjectName("declineDialog")
        self.setWindowTitle(
            self.tr("Decline the request of %1").replace("%1", consult.ticket_number)
        )
        self.setMinimumWidth(520)

        self.reason_edit = QLineEdit()
        self.reason_edit.setObjectName("declineReason")
        self.reason_edit.setMaxLength(REASON_MAX_LENGTH)
        self.reason_edit.setPlaceholderText(self.tr("required; the advisor sees it"))
        self.reason_edit.setClearButtonEnabled(True)
        self.quick_buttons: list[QPushButton] = []
        quick_row = QHBoxLayout()
        for reason in (
            self.tr("In another meeting"),
            self.tr("Not my area"),
            self.tr("Ending my shift"),
        ):
            button = QPushButton(reason)
            button.setAutoDefault(False)  # Enter in the reason declines, it does not refill it
            button.clicked.connect(lambda _checked=False, text=reason: self._choose(text))
            quick_row.addWidget(button)
            self.quick_buttons.append(button)
        quick_row.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("&Reason:"), self.reason_edit)
        form.addRow("", quick_row)

        self.buttons = ok_cancel(self, self.tr("Decline"))
        self.request_view = RequestSummary(consult)
        layout = QVBoxLayout(self)
        layout.addWidget(self.request_view)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

        self.reason_edit.textChanged.connect(self._update)
        self._update()
        self.reason_edit.setFocus()

    @property
    def ok_button(self) -> QPushButton:
        return _ok(self.buttons)

    def reason(self) -> str:
        return self.reason_edit.text().strip()

    def _choose(self, text: str) -> None:
        self.reason_edit.setText(text)
        self.reason_edit.setFocus()

    def _update(self) -> None:
        self.ok_button.setEnabled(bool(self.reason()))


# ---------------------------------------------------------------- hand back
class HandBackDialog(QDialog):
    """A specialist ends the consultation with a summary for the case."""

    def __init__(self, parent: QWidget | None, consult: ConsultInfo) -> None:
        super().__init__(parent)
        self.setObjectName("handBackDialog")
        self.setWindowTitle(self.tr("Hand back %1").replace("%1", consult.ticket_number))
        self.setMinimumSize(560, 460)

        explanation = QLabel(
            self.tr(
                "Write what you found out or agreed with the visitor. The summary is saved as a "
                "note in your agency's own notes of this case, and the visit goes back to %1 at "
                "counter %2."
            )
            .replace("%1", consult.requested_by)
            .replace("%2", consult.counter_code)
        )
        explanation.setWordWrap(True)
        self.summary_edit = _text_edit("handBackSummary", self.tr("Summary (required)"), 6)
        self.message = message_label("handBackMessage")
        self.buttons = ok_cancel(self, self.tr("Hand back"))
        self.request_view = RequestSummary(consult)
        layout = QVBoxLayout(self)
        layout.addWidget(self.request_view)
        layout.addWidget(explanation)
        layout.addWidget(self.summary_edit, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

        self.summary_edit.textChanged.connect(self._update)
        self._update()
        self.summary_edit.setFocus()

    @property
    def ok_button(self) -> QPushButton:
        return _ok(self.buttons)

    def summary(self) -> str:
        return self.summary_edit.toPlainText().strip()

    def _update(self) -> None:
        try:
            clean_note_text(self.summary_edit.toPlainText())
        except TiskiError as error:
            self.ok_button.setEnabled(False)
            # An empty editor needs no scolding: the disabled button says enough.
            show_message(self.message, translate(error.message) if self.summary() else "")
            return
        self.ok_button.setEnabled(True)
        show_message(self.message, "")


# ---------------------------------------------------------------- remote appointment
def _desk_zone(now: datetime) -> QTimeZone:
    zone = QTimeZone(b"Europe/Helsinki")
    if zone.isValid():
        return zone
    # A Qt without the time-zone database: today's offset is right for weeks either way.
    offset = local_time(now).utcoffset() or timedelta()
    return QTimeZone.fromSecondsAheadOfUtc(int(offset.total_seconds()))


def _qdatetime(moment: datetime, zone: QTimeZone) -> QDateTime:
    local = local_time(moment)
    return QDateTime(
        QDate(local.year, local.month, local.day),
        QTime(local.hour, local.minute, local.second),
        zone,
    )


def first_booking_time(now: datetime) -> datetime:
    """The next full hour at least half an hour from ``now`` (Finnish hours are whole)."""
    earliest = (now + _BOOKING_LEAD).astimezone(UTC)
    hour = earliest.replace(minute=0, second=0, microsecond=0)
    return hour if hour == earliest else hour + timedelta(hours=1)


class RemoteAppointmentDialog(QDialog):
    """No specialist accepted in time: book the visitor a remote appointment instead."""

    def __init__(
        self,
        parent: QWidget | None,
        consult: ConsultInfo,
        agency: AgencyInfo,
        services: Sequence[ServiceInfo],
        *,
        now: datetime,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("remoteAppointmentDialog")
        self.setWindowTitle(self.tr("Book a remote appointment"))
        self.setMinimumWidth(560)
        language = ui_language()
        name = agency.names.get(language)

        heading = QLabel(self.tr("No specialist of %1 accepted in time.").replace("%1", name))
        heading.setObjectName("dialogHeading")
        heading.setStyleSheet("font-size: 12pt;")
        heading.setWordWrap(True)
        offer = QLabel(
            self.tr("Book ticket %1 a remote appointment with %2 instead.")
            .replace("%1", consult.ticket_number)
            .replace("%2", name)
        )
        offer.setWordWrap(True)

        self.service_box = QComboBox()
        self.service_box.setObjectName("remoteService")
        for service in services:
            if service.agency_code == agency.code:
                self.service_box.addItem(service.names.get(language), service.code)
        self.when_edit = QDateTimeEdit()
        self.when_edit.setObjectName("remoteWhen")
        self.when_edit.setCalendarPopup(True)
        self.when_edit.setDisplayFormat("dd.MM.yyyy HH:mm")
        zone = _desk_zone(now)
        self.when_edit.setTimeZone(zone)
        # From the next whole minute on, so the earliest time shown is never past.
        soonest = (now + timedelta(minutes=1)).replace(second=0, microsecond=0)
        self.when_edit.setMinimumDateTime(_qdatetime(soonest, zone))
        self.when_edit.setDateTime(_qdatetime(first_booking_time(now), zone))
        zone_note = QLabel(self.tr("Finnish time"))
        zone_note.setStyleSheet(MUTED_STYLE)
        when_row = QHBoxLayout()
        when_row.addWidget(self.when_edit)
        when_row.addWidget(zone_note)
        when_row.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("&Service:"), self.service_box)
        form.addRow(_buddy(self.tr("&Time:"), self.when_edit), when_row)

        video = QLabel(
            self.tr(
                "The appointment gets its own video link; the specialist and the visitor meet "
                "through it at the booked time."
            )
        )
        video.setWordWrap(True)
        video.setStyleSheet(HINT_STYLE)
        self.message = message_label("remoteMessage")
        self.buttons = ok_cancel(self, self.tr("Book"))
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addSpacing(4)
        layout.addWidget(offer)
        layout.addLayout(form)
        layout.addWidget(video)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        if self.service_box.count() == 0:
            _ok(self.buttons).setEnabled(False)
            show_message(
                self.message,
                self.tr("%1 has no services to book at this desk.").replace("%1", name),
            )

    def choice(self) -> tuple[str, datetime]:
        """(service code, start time in the desk's time zone)."""
        code = self.service_box.currentData()
        if code is None:
            raise RuntimeError("no service to book")
        when = self.when_edit.dateTime()
        day, time = when.date(), when.time()
        starts_at = datetime(
            day.year(), day.month(), day.day(), time.hour(), time.minute(), tzinfo=DESK_TIMEZONE
        )
        return str(code), starts_at


# ---------------------------------------------------------------- status
class ConsultStatusLabel(QLabel):
    """One line in the advisor's case panel on how the request for a specialist stands."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("consultStatus")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)  # a narrow panel wraps the line rather than clipping it
        self.hide()

    def show_consult(
        self, consult: ConsultInfo | None, agencies: dict[int, AgencyInfo], now: datetime
    ) -> None:
        """Show ``consult`` as of ``now``; None hides the line."""
        if consult is None:
            self.clear()
            self.setToolTip("")
            self.hide()
            return
        agency = agencies.get(consult.agency_id)
        short = (
            agency.short_names.get(ui_language())
            if agency is not None
            else self.tr("agency %1").replace("%1", str(consult.agency_id))
        )
        text, style = self._describe(consult, short, now)
        self.setText(text)
        self.setStyleSheet(style)
        self.setToolTip(self._details(consult))
        self.show()

    def _describe(self, consult: ConsultInfo, agency: str, now: datetime) -> tuple[str, str]:
        who = consult.accepted_by or self.tr("The specialist")
        if consult.state is ConsultState.OPEN:
            minutes = consult.waiting_minutes(now)
            text = (
                self.tr("Asked %1 just now – waiting").replace("%1", agency)
                if minutes == 0
                else self.tr("Asked %1 %2 min ago – waiting")
                .replace("%1", agency)
                .replace("%2", str(minutes))
            )
            return self._with_declines(text, consult), WAITING_STYLE
        if consult.state is ConsultState.ACCEPTED:
            return (
                self.tr("%1 (%2) joined at %3")
                .replace("%1", who)
                .replace("%2", agency)
                .replace("%3", _clock(consult.accepted_at)),
                ACCEPTED_STYLE,
            )
        if consult.state is ConsultState.EXPIRED:
            text = self.tr("No %1 specialist accepted in time").replace("%1", agency)
            return self._with_declines(text, consult), EXPIRED_STYLE
        if consult.state is ConsultState.HANDED_BACK:
            return (
                self.tr("%1 handed the visit back at %2")
                .replace("%1", who)
                .replace("%2", _clock(consult.closed_at)),
                MUTED_STYLE,
            )
        if consult.state is ConsultState.TAKEN_OVER:
            return (
                self.tr("%1 took the visit over at %2")
                .replace("%1", who)
                .replace("%2", _clock(consult.closed_at)),
                MUTED_STYLE,
            )
        return self.tr("Request to %1 cancelled").replace("%1", agency), MUTED_STYLE

    def _with_declines(self, text: str, consult: ConsultInfo) -> str:
        if not consult.declines:
            return text
        return self.tr("%1 (%n declined)", "", len(consult.declines)).replace("%1", text)

    def _details(self, consult: ConsultInfo) -> str:
        lines = [consult.topic] if consult.topic else []
        lines += [
            self.tr("%1 declined: %2").replace("%1", who).replace("%2", reason)
            for who, reason in consult.declines
        ]
        return "\n".join(lines)
