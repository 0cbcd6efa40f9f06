"""The advisor's side of a consultation: ask, follow the request, join, or book instead."""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from console.core.consult import ConsultInfo, ConsultState
from console.core.queue import utc_now
from console.core.records import AgencyInfo, ServiceInfo, StepInfo
from console.desk.desk import Desk, SignedIn
from console.i18n import error_text
from console.ui.shared.announce import announce
from console.ui.shared.database_pool import database_pool
from console.ui.shared.errors import exec_dialog
from console.ui.shared.labels import ui_language
from console.ui.shared.worker import run_in_background

log = logging.getLogger(__name__)

# While a request waits, its expiry is noticed within this long.
POLL_MS = 15_000


class ConsultBar(QWidget):
    """One line under the visitor: the visit's newest consultation and what can be done."""

    message = Signal(str)
    consult_shown = Signal()

    def __init__(self, desk: Desk, signed_in: SignedIn, parent: QWidget | None = None) -> None:
        from console.ui.consult.consult_status import ConsultStatusLabel

        super().__init__(parent)
        self.setObjectName("consultBar")
        self.desk = desk
        self.signed_in = signed_in
        self.step: StepInfo | None = None
        self.consult: ConsultInfo | None = None
        self.agencies: dict[int, AgencyInfo] = {}
        self.services: dict[int, ServiceInfo] = {}
        self.consented: frozenset[int] = frozenset()
        self.status = ConsultStatusLabel()
        self.status.setObjectName("consultStatus")
        self.video_button = self._button(self.tr("Join video"), "advisorVideo", self.open_video)
        self.cancel_button = self._button(self.tr("Cancel request"), "cancelConsult", self.cancel)
        self.book_button = self._button(
            self.tr("Book remote appointment…"), "bookRemote", self.book_remote
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.status, 1)
        for button in (self.video_button, self.cancel_button, self.book_button):
            layout.addWidget(button)
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self.refresh)
        self._show(None)

    def _button(self, text: str, name: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    def know_desk(self, agencies: dict[int, AgencyInfo], services: dict[int, ServiceInfo]) -> None:
        self.agencies = agencies
        self.services = services

    def show_visit(self, step: StepInfo | None, consented: frozenset[int]) -> None:
        changed = step is None or self.step is None or step.visit_id != self.step.visit_id
        self.step = step
        self.consented = consented
        if changed:
            self._show(None)
            if step is not None:
                self.refresh()

    # ------------------------------------------------------------ following
    def refresh(self) -> None:
        step = self.step
        if step is None:
            return
        visit_id = step.visit_id
        actor = self.signed_in.actor
        run_in_background(
            lambda: self.desk.consult.of_visit(actor, visit_id),
            lambda consults: self._read(visit_id, consults),
            self._failed,
            context=self,
            pool=database_pool(),
        )

    def _read(self, visit_id: int, consults: list[ConsultInfo]) -> None:
        if self.step is None or self.step.visit_id != visit_id:
            return
        newest = consults[-1] if consults else None
        before = self.consult
        if (
            newest is not None
            and before is not None
            and before.id == newest.id
            and before.state is ConsultState.OPEN
            and newest.state is ConsultState.EXPIRED
        ):
            agency = self.agencies.get(newest.agency_id)
            self.message.emit(
                self.tr(
                    "No %1 specialist accepted in time. Book a remote appointment or transfer "
                    "the visit."
                ).replace("%1", agency.short_names.get(ui_language()) if agency else "")
            )
        self._show(newest)

    def _show(self, consult: ConsultInfo | None) -> None:
        before = self.consult
        self.consult = consult
        self.status.show_consult(consult, self.agencies, utc_now())
        if (
            consult is not None
            and before is not None
            and before.id == consult.id
            and before.state is not consult.state
        ):
            # The specialist joined, declined in time, took the visit over: read it out.
            announce(self.status, self.status.text())
        state = consult.state if consult else None
        self.video_button.setVisible(
            state is ConsultState.ACCEPTED and bool(consult and consult.meeting_url)
        )
        self.cancel_button.setVisible(state is ConsultState.OPEN)
        self.book_button.setVisible(state is ConsultState.EXPIRED)
        self.setVisible(consult is not None)
        if state is ConsultState.OPEN:
            self._poll.start()
        else:
            self._poll.stop()
        self.consult_shown.emit()

    # ------------------------------------------------------------ acting
    def _run(self, work: Callable[[], Any], done: Callable[[Any], None]) -> None:
        run_in_background(work, done, self._failed, context=self, pool=database_pool())

    def _failed(self, error: BaseException) -> None:
        self.message.emit(error_text(error))

    def ask(self) -> None:
        """Ask a specialist to join the visit at my counter."""
        from console.ui.consult.ask_specialist_dialog import AskSpecialistDialog

        step = self.step
        if step is None:
            return
        service = self.services.get(step.service_id)
        preselect = next(
            (a.id for a in self.agencies.values() if service and a.code == service.agency_code),
            None,
        )
        dialog = AskSpecialistDialog(
            self.window(),
            list(self.agencies.values()),
            staffing=functools.partial(self.desk.consult.staffing, self.signed_in.actor),
            consented=self.consented,
            preselect=preselect,
        )
        if not exec_dialog(dialog):
            return
        agency_id, topic, question = dialog.request()
        actor = self.signed_in.actor
        visit_id = step.visit_id

        def asked(consult: ConsultInfo) -> None:
            log.info("Consultation %s asked of agency %s", consult.id, consult.agency_id)
            self._show(consult)

        self._run(
            lambda: self.desk.consult.ask(actor, visit_id, agency_id, question, topic=topic), asked
        )

    def cancel(self) -> None:
        consult = self.consult
        if consult is None:
            return
        actor = self.signed_in.actor
        self._run(lambda: self.desk.consult.cancel(actor, consult.id), lambda _r: self.refresh())

    def open_video(self) -> None:
        if self.consult is not None and self.consult.meeting_url:
            url = QUrl(self.consult.meeting_url)
            if url.scheme() in ("https", "http"):
                QDesktopServices.openUrl(url)

    def book_remote(self) -> None:
        from console.ui.consult.remote_appointment_dialog import RemoteAppointmentDialog

        consult = self.consult
        agency = self.agencies.get(consult.agency_id) if consult else None
        if consult is None or agency is None:
            return
        dialog = RemoteAppointmentDialog(
            self.window(), consult, agency, list(self.services.values()), now=utc_now()
        )
        if not exec_dialog(dialog):
            return
        service_code, starts_at = dialog.choice()
        actor = self.signed_in.actor

        def booked(appointment: Any) -> None:
            self.message.emit(
                self.tr("Remote appointment booked: code %1.").replace(
                    "%1", str(appointment.booking_code)
                )
            )

        self._run(
            lambda: self.desk.consult.book_remote(actor, consult.id, service_code, starts_at),
            booked,
        )
