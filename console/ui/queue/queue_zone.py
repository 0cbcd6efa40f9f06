"""The left zone of the console: my current ticket, queues per service, waiting tickets."""

from __future__ import annotations

from collections.abc import Sequence
from operator import attrgetter

from PySide6.QtCore import QAbstractItemModel, QSize, Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QGroupBox,
    QHeaderView,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from console.core.queue import utc_now
from console.core.records import ServiceInfo, ServiceQueue, WaitingStep
from console.ui.queue.ticket_panel import TicketPanel
from console.ui.shared.colours import LATE
from console.ui.shared.labels import language_label, minutes_since, priority_label, ui_language
from console.ui.shared.table_model import Column, StoredTableModel
from console.ui.shared.tables import row_table

# How soon after a change of the desk the columns are fitted to their contents again.
FIT_COLUMNS_MS = 1_000
# The columns fitted to their contents, by table; the others stretch or keep their width.
FITTED_COLUMNS = {"serviceQueues": (1, 2, 3), "waitingTickets": (0, 2, 3)}
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
# In a narrow window the waiting list gives room to the service name: below these
# widths (px) of the queue zone, Language and then Details are left out (the ticket's
# tooltip still says them).
NARROW_COLUMNS = ((3, 460), (4, 390))
# The same for the queues by service: the estimate (for a new ticket; the service's
# tooltip still says it) gives its room to the service's name.
NARROW_SERVICE_COLUMNS = ((2, 390),)
# The queue zone's narrowest: its tables' columns still read (service names cut).
QUEUE_ZONE_MIN_WIDTH = 360
# The waiting list's column that grows with the clock; the others change with the desk.
WAITED_COLUMN = 2
# The waiting list's order: longest waiting first (a tuple made in C, no Python call).
_WAITING_ORDER = attrgetter("queued_at", "step_id")


class QueueZone(QWidget):
    """Queues of the desk as the signed-in person sees them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("queueZone")
        self._services: dict[str, ServiceInfo] = {}
        self._waiting_everywhere: int | None = None  # in every queue, from the last read

        self.ticket_panel = TicketPanel()
        self._estimates: dict[int, int] = {}

        self.service_model: StoredTableModel[ServiceQueue] = StoredTableModel(
            [
                Column(
                    lambda: self.tr("Service"),
                    self._service_name,
                    tooltip=self._service_tip,
                ),
                Column(lambda: self.tr("Waiting"), lambda q: str(q.waiting), alignment=_RIGHT),
                Column(
                    lambda: self.tr("Estimate"),
                    self._estimate,
                    tooltip=lambda _q: self.tr("Estimated wait for a new ticket"),
                    alignment=_RIGHT,
                ),
                Column(
                    lambda: self.tr("Longest wait"),
                    self._longest,
                    tooltip=self._target_tip,
                    foreground=lambda q: LATE if q.over_target(utc_now()) else None,
                    alignment=_RIGHT,
                ),
            ],
            key=lambda q: q.service.id,
            parent=self,
        )
        self.service_view = self._table(self.service_model, "serviceQueues")
        services_box = QGroupBox(self.tr("Queues by service"))
        QVBoxLayout(services_box).addWidget(self.service_view)

        self.waiting_model: StoredTableModel[WaitingStep] = StoredTableModel(
            [
                Column(lambda: self.tr("Ticket"), lambda s: s.ticket_number, tooltip=self._summary),
                Column(lambda: self.tr("Service"), self._step_service, tooltip=self._step_service),
                Column(
                    lambda: self.tr("Waited"),
                    lambda s: self.tr("%n min", "", minutes_since(s.queued_at)),
                    alignment=_RIGHT,
                ),
                Column(lambda: self.tr("Language"), lambda s: language_label(s.language)),
                Column(lambda: self.tr("Details"), self._step_notes, tooltip=self._step_notes),
            ],
            key=attrgetter("step_id"),  # in C: asked for every row at each change
            parent=self,
        )
        # The model filters its rows itself: a QSortFilterProxyModel in between would ask
        # Python for every role of every cell one by one (table_model.py says why not).
        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("waitingFilter")
        self.filter_edit.setPlaceholderText(self.tr("Filter by ticket, service or name"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self.waiting_model.set_filter)
        self.filter_edit.textChanged.connect(self._fit_soon)
        self.waiting_view = self._table(self.waiting_model, "waitingTickets")
        self.waiting_box = QGroupBox(self.tr("Waiting tickets"))
        waiting_layout = QVBoxLayout(self.waiting_box)
        waiting_layout.addWidget(self.filter_edit)
        waiting_layout.addWidget(self.waiting_view)

        # The columns that fit their contents are fitted at most once a second, not at
        # every change: Qt's ResizeToContents measures every row on screen through the
        # Python model after each inserted or changed row, and on a busy desk (a change
        # feed of dozens a second) those calls into Python were most of the GUI thread's
        # waits for the interpreter lock (the soak test, docs/reliability.md).
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(FIT_COLUMNS_MS)
        self._fit_timer.timeout.connect(self.fit_columns)

        # Narrow enough for a 1000 px window beside the visit and an agency panel.
        # (minimumSizeHint below: wider only where large text needs it for the ticket).
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.ticket_panel)
        layout.addWidget(services_box, 3)
        layout.addWidget(self.waiting_box, 4)

    def minimumSizeHint(self) -> QSize:
        """As narrow as QUEUE_ZONE_MIN_WIDTH (the tables scroll), unless the ticket's
        number and words need more: large text never cuts the ticket number."""
        hint = super().minimumSizeHint()
        width = max(QUEUE_ZONE_MIN_WIDTH, self.ticket_panel.minimumSizeHint().width())
        return QSize(width, hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        # The zone's own resizes only: an event filter on the table would call into
        # Python at each of its paints (docs/reliability.md).
        super().resizeEvent(event)
        width = event.size().width()
        for column, below in NARROW_COLUMNS:
            self.waiting_view.setColumnHidden(column, width < below)
        for column, below in NARROW_SERVICE_COLUMNS:
            self.service_view.setColumnHidden(column, width < below)

    def _table(self, model: QAbstractItemModel, name: str) -> QTableView:
        view = row_table(model, name, fit_contents=False)
        header = view.horizontalHeader()
        # Fitted by fit_columns(), to the rows on screen only: by default Qt measures up
        # to 1,000 rows through the model, and with hundreds waiting on a busy day that
        # alone stalled the GUI thread for a quarter of a second (the soak test).
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setResizeContentsPrecision(0)
        if name == "waitingTickets":
            # The service and the details (priority, "service 1 of 3", name) share the
            # width that is left: neither squeezes the other away, and the table never
            # scrolls sideways. What is cut is in the cell's tooltip.
            header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
            header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        else:
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        return view

    def fit_columns(self) -> None:
        """Fit the columns that follow their contents to the rows on screen now."""
        self._fit_timer.stop()
        for view in (self.service_view, self.waiting_view):
            for column in FITTED_COLUMNS[view.objectName()]:
                view.resizeColumnToContents(column)

    def _fit_soon(self) -> None:
        if not self._fit_timer.isActive():
            self._fit_timer.start()

    # ------------------------------------------------------------ showing data
    def show_queues(
        self,
        queues: Sequence[ServiceQueue],
        waiting: Sequence[WaitingStep] | None = None,
        estimates: dict[int, int] | None = None,
    ) -> None:
        """Show the queues per service and, when given, the whole waiting list."""
        self._services = {q.service.code: q.service for q in queues}
        self._waiting_everywhere = sum(q.waiting for q in queues)
        if estimates is not None:
            self._estimates = dict(estimates)
        self.service_model.apply(list(queues))
        # The model keeps its cells' text: a new estimate changes a row that did not.
        self.service_model.refresh_all()
        if waiting is not None:
            self.waiting_model.apply(list(waiting))
            self.fit_columns()  # a whole new desk: shown fitted at once
        else:
            self._fit_soon()
        self._update_title()

    def merge_waiting(self, changed: Sequence[WaitingStep], removed: Sequence[int]) -> None:
        """Apply a change event to the waiting list: only the rows that changed move."""
        self.waiting_model.merge(changed, removed, sort_key=_WAITING_ORDER)
        self._fit_soon()
        self._update_title()

    def _update_title(self) -> None:
        count = self.waiting_model.total()
        everywhere = self._waiting_everywhere
        if everywhere is not None and everywhere > count:
            # More wait than one read of the desk brings: the list has the longest waiting.
            self.waiting_box.setTitle(
                self.tr("Waiting tickets (longest %1 of %2)")
                .replace("%1", str(count))
                .replace("%2", str(everywhere))
            )
            return
        self.waiting_box.setTitle(self.tr("Waiting tickets (%n)", "", count))

    def _estimate(self, queue: ServiceQueue) -> str:
        minutes = self._estimates.get(queue.service.id)
        return "–" if minutes is None else self.tr("~%n min", "", minutes)

    def tick(self) -> None:
        """Waiting times grew: repaint them."""
        self.service_model.refresh_all()
        self.waiting_model.refresh_all(columns=(WAITED_COLUMN,))
        self._fit_soon()

    # ------------------------------------------------------------ cells
    def _service_name(self, queue: ServiceQueue) -> str:
        return f"{queue.service.prefix}  {queue.service.names.get(ui_language())}"

    def _service_tip(self, queue: ServiceQueue) -> str:
        name = queue.service.names.get(ui_language())
        return (
            self.tr("%1 – a new ticket waits %2")
            .replace("%1", name)
            .replace("%2", self._estimate(queue))
        )

    def _longest(self, queue: ServiceQueue) -> str:
        if not queue.waiting:
            return "–"
        return self.tr("%n min", "", queue.longest_wait_minutes(utc_now()))

    def _target_tip(self, queue: ServiceQueue) -> str:
        return self.tr("Target wait %n min", "", queue.service.target_wait_minutes)

    def _step_service(self, step: WaitingStep) -> str:
        service = self._services.get(step.service_code)
        return service.names.get(ui_language()) if service else step.service_code

    def _summary(self, step: WaitingStep) -> str:
        parts = [step.ticket_number, self._step_service(step), language_label(step.language)]
        notes = self._step_notes(step)
        return " · ".join([*parts, notes] if notes else parts)

    def _step_notes(self, step: WaitingStep) -> str:
        parts = []
        if step.priority is not None:
            parts.append(priority_label(step.priority))
        if step.step_count > 1:
            parts.append(
                self.tr("service %1 of %2")
                .replace("%1", str(step.position))
                .replace("%2", str(step.step_count))
            )
        if step.visitor_name:
            parts.append(step.visitor_name)
        return " · ".join(parts)
