"""No specialist accepted in time: book the visitor a remote appointment instead."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QDate, QDateTime, QTime, QTimeZone
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from console.core.consult import ConsultInfo
from console.core.queue import DESK_TIMEZONE, local_time
from console.core.records import AgencyInfo, ServiceInfo
from console.ui.shared.dialog_parts import (
    HINT_STYLE,
    MUTED_STYLE,
    buddy,
    message_label,
    ok_button,
    ok_cancel,
    show_message,
    style_label,
)
from console.ui.shared.labels import ui_language

# An appointment booked from a lapsed request is never sooner than this.
_BOOKING_LEAD = timedelta(minutes=30)


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
        heading.setProperty("textSize", "large")  # grows with the text size (theme.py)
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
        style_label(zone_note, MUTED_STYLE)
        when_row = QHBoxLayout()
        when_row.addWidget(self.when_edit)
        when_row.addWidget(zone_note)
        when_row.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("&Service:"), self.service_box)
        form.addRow(buddy(self.tr("&Time:"), self.when_edit), when_row)

        video = QLabel(
            self.tr(
                "The appointment gets its own video link; the specialist and the visitor meet "
                "through it at the booked time."
            )
        )
        video.setWordWrap(True)
        style_label(video, HINT_STYLE)
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
            ok_button(self.buttons).setEnabled(False)
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
