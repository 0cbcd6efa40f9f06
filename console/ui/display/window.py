"""The lobby display: who is called to which counter, and how the queues stand.

It speaks all three languages at once: headings show the Finnish, Swedish and
English translations of one source (``QT_TRANSLATE_NOOP("Display", ...)``), names
from the data show Finnish with the other language alternating beneath. It reads
the desk every two seconds off the GUI thread; :meth:`LobbyDisplay.refresh` may
also be called from outside (the change feed).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from console.core.queue import local_time, utc_now
from console.core.records import CalledTicket, LobbyInfo, Names, ServiceQueue
from console.core.text import QT_TRANSLATE_NOOP
from console.desk.desk import Desk
from console.desk.lobby import DisplaySnapshot
from console.ui.display.parts import FittingTable, TwoLineDelegate, display_style
from console.ui.display.voice import LobbyVoice, VoiceSettings
from console.ui.shared.database_pool import database_pool
from console.ui.shared.speech import Speaker
from console.ui.shared.table_model import Column, KeyedTableModel
from console.ui.shared.visitor_text import VisitorText
from console.ui.shared.worker import run_in_background

log = logging.getLogger(__name__)

_CTX = "Display"
REFRESH_MS = 2_000
HIGHLIGHT_MS = 10_000
SECOND_LANGUAGE_MS = 8_000
LOBBY_MS = 60_000
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_CENTRE = Qt.AlignmentFlag.AlignCenter


@dataclass(frozen=True)
class ServiceRow:
    """One service on the display: its queue and the wait a new ticket can expect."""

    queue: ServiceQueue
    estimate_minutes: int


def _shrinkable(label: QLabel) -> QLabel:
    """Large text must not force the window wider than the screen; it is clipped instead."""
    label.setSizePolicy(QSizePolicy.Policy.Ignored, label.sizePolicy().verticalPolicy())
    return label


def _is_today(moment: datetime, now: datetime) -> bool:
    return local_time(moment).date() == local_time(now).date()


class LobbyDisplay(QWidget):
    """The full-screen display in the lobby."""

    refreshed = Signal()
    call_shown = Signal(str)  # the ticket number of a new call or a recall

    def __init__(
        self,
        desk: Desk,
        called_rows: int = 6,
        chime: bool = True,
        *,
        voice: VoiceSettings | None = None,
        speaker: Speaker | None = None,
        refresh_ms: int = REFRESH_MS,
        highlight_ms: int = HIGHLIGHT_MS,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("lobbyDisplay")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self._scale = 0.0
        self.setWindowTitle("Tiski")
        self.desk = desk
        self.called_rows = called_rows
        self.texts = VisitorText(self)
        # Without voice settings (tests, screenshots) the display only chimes, if asked to.
        voice = voice or VoiceSettings(chime=chime, voice=False)
        self.voice = LobbyVoice(voice, self.texts, speaker)
        self.snapshot: DisplaySnapshot | None = None
        self.latest: CalledTicket | None = None
        self.second_language = "sv"
        self._seen: dict[int, datetime] = {}
        self._primed = False
        self._loading = False
        self._failing = False

        self.site_label = QLabel()
        self.site_label.setObjectName("displaySite")
        self.clock_label = QLabel()
        self.clock_label.setObjectName("displayClock")
        _shrinkable(self.site_label)
        top = QHBoxLayout()
        top.addWidget(self.site_label, 1)
        top.addWidget(self.clock_label)

        self.called_model: KeyedTableModel[CalledTicket] = KeyedTableModel(
            [
                Column(lambda: self._header(QT_TRANSLATE_NOOP("Display", "Ticket")), _ticket),
                Column(
                    lambda: self._header(QT_TRANSLATE_NOOP("Display", "Counter")),
                    lambda called: called.counter.names.fi,
                ),
            ],
            key=lambda called: called.step_id,
            parent=self,
        )
        self.called_view = self._table(
            self.called_model,
            "calledTickets",
            lambda: self.called_rows - 1,
            font_share=0.42,
            widest={0: "WW000"},
        )
        self.called_view.setItemDelegateForColumn(
            1, TwoLineDelegate(lambda called: self._other_name(called.counter.names), self)
        )
        self.called_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Fixed)
        self.called_view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)

        self.service_model: KeyedTableModel[ServiceRow] = KeyedTableModel(
            [
                Column(
                    lambda: self._header(QT_TRANSLATE_NOOP("Display", "Service")),
                    lambda row: f"{row.queue.service.prefix} · {row.queue.service.names.fi}",
                ),
                Column(
                    lambda: self._header(QT_TRANSLATE_NOOP("Display", "Waiting")),
                    lambda row: str(row.queue.waiting),
                    alignment=_RIGHT,
                ),
                Column(
                    lambda: self._header(QT_TRANSLATE_NOOP("Display", "Estimated wait")),
                    self._estimate,
                    alignment=_RIGHT,
                ),
            ],
            key=lambda row: row.queue.service.id,
            parent=self,
        )
        self.service_view = self._table(
            self.service_model, "serviceQueues", self.service_model.rowCount, font_share=0.4
        )
        self.service_view.setItemDelegateForColumn(
            0, TwoLineDelegate(lambda row: self._other_name(row.queue.service.names), self)
        )
        header = self.service_view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)

        called_heading = self._heading(QT_TRANSLATE_NOOP("Display", "Called tickets"))
        queues_heading = self._heading(QT_TRANSLATE_NOOP("Display", "Queues"))
        # Named for screen readers as their headings say, in Finnish (the display's first).
        self.called_view.setAccessibleName(self.texts.text("fi", _CTX, "Called tickets"))
        self.service_view.setAccessibleName(self.texts.text("fi", _CTX, "Queues"))
        left = QVBoxLayout()
        left.addLayout(called_heading)
        left.addWidget(self._latest_call())
        left.addWidget(self.called_view, 1)
        # The desk file's message to the lobby: Finnish, the other language beneath.
        # Under the queues, whose rows give way; the called tickets' column cannot.
        self.message: Names | None = None
        self.message_label = QLabel()
        self.message_label.setObjectName("displayMessage")
        self.message_label.setWordWrap(True)
        self.message_other = QLabel()
        self.message_other.setObjectName("displayMessageOther")
        self.message_other.setWordWrap(True)
        for label in (self.message_label, self.message_other):
            # As tall as its text, no more: what is left goes to the queues' rows.
            label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        right = QVBoxLayout()
        right.setSpacing(6)
        right.addLayout(queues_heading)
        right.addWidget(self.service_view, 1)
        right.addWidget(self.message_label)
        right.addWidget(self.message_other)
        columns = QHBoxLayout()
        columns.setSpacing(40)
        columns.addLayout(left, 4)
        columns.addLayout(right, 5)

        self.status_label = QLabel()
        self.status_label.setObjectName("displayStatus")
        self.status_label.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 24, 40, 24)
        layout.setSpacing(18)
        layout.addLayout(top)
        layout.addLayout(columns, 1)
        layout.addWidget(self.status_label)
        self.show_message(None)

        self._refresh_timer = QTimer(self)
        self._refresh_timer.setInterval(refresh_ms)
        self._refresh_timer.timeout.connect(self.refresh)
        self._highlight_timer = QTimer(self)
        self._highlight_timer.setSingleShot(True)
        self._highlight_timer.setInterval(highlight_ms)
        self._highlight_timer.timeout.connect(lambda: self._set_fresh(False))
        self._language_timer = QTimer(self)
        self._language_timer.setInterval(SECOND_LANGUAGE_MS)
        self._language_timer.timeout.connect(self._next_second_language)
        # The desk's name and message change with IT's desk file: read them now and then.
        self._lobby_timer = QTimer(self)
        self._lobby_timer.setInterval(LOBBY_MS)
        self._lobby_timer.timeout.connect(self._read_lobby)
        quit_shortcut = QShortcut(QKeySequence("Ctrl+Shift+Q"), self)
        quit_shortcut.setContext(Qt.ShortcutContext.ApplicationShortcut)
        quit_shortcut.activated.connect(self.close)
        self._show_clock(utc_now())
        self._show_latest(None)
        self._apply_scale(1.0)

    # ------------------------------------------------------------ building
    def _all(self, source: str, **params: object) -> list[str]:
        return self.texts.all_languages(_CTX, source, **params)

    def _header(self, source: str) -> str:
        return "\n".join(self._all(source))

    def _heading(self, source: str) -> QVBoxLayout:
        texts = self._all(source)
        main = _shrinkable(QLabel(texts[0]))
        main.setObjectName("displayHeading")
        other = _shrinkable(QLabel(" · ".join(texts[1:])))
        other.setObjectName("displaySubheading")
        other.setVisible(len(texts) > 1)
        box = QVBoxLayout()
        box.setSpacing(0)
        box.addWidget(main)
        box.addWidget(other)
        return box

    def _latest_call(self) -> QFrame:
        frame = QFrame()
        frame.setObjectName("latestCall")
        frame.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.latest_caption = QLabel(
            " · ".join(self._all(QT_TRANSLATE_NOOP("Display", "Now calling")))
        )
        self.latest_caption.setObjectName("latestCaption")
        _shrinkable(self.latest_caption)
        self.latest_ticket = QLabel()
        self.latest_ticket.setObjectName("latestTicket")
        arrow = QLabel("→")
        arrow.setObjectName("latestArrow")
        self.latest_counter = QLabel()
        self.latest_counter.setObjectName("latestCounter")
        self.latest_counter_other = QLabel()
        self.latest_counter_other.setObjectName("latestCounterOther")
        grid = QGridLayout(frame)
        grid.setContentsMargins(28, 12, 28, 16)
        grid.setHorizontalSpacing(20)
        grid.setVerticalSpacing(0)
        grid.addWidget(self.latest_caption, 0, 0, 1, 2)
        grid.addWidget(self.latest_ticket, 1, 0, 1, 2)
        grid.addWidget(arrow, 2, 0)
        grid.addWidget(self.latest_counter, 2, 1)
        grid.addWidget(self.latest_counter_other, 3, 1)
        grid.setColumnStretch(1, 1)
        for label in (self.latest_ticket, self.latest_counter, self.latest_counter_other):
            _shrinkable(label)
        self.latest_frame = frame
        return frame

    def _table(
        self,
        model: KeyedTableModel[CalledTicket] | KeyedTableModel[ServiceRow],
        name: str,
        rows: Callable[[], int],
        *,
        font_share: float,
        widest: dict[int, str] | None = None,
    ) -> FittingTable:
        view = FittingTable(rows, font_share=font_share, widest=widest)
        view.setObjectName(name)
        view.setModel(model)
        view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        view.setAlternatingRowColors(True)
        view.setShowGrid(False)
        view.setWordWrap(False)
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.verticalHeader().hide()
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        view.horizontalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        )
        view.horizontalHeader().setHighlightSections(False)
        return view

    def resizeEvent(self, event: QResizeEvent) -> None:
        size = event.size()
        self._apply_scale(min(size.width() / 1920, size.height() / 1080))
        super().resizeEvent(event)

    def _apply_scale(self, scale: float) -> None:
        """Size the text for the screen: the display is read from across the lobby."""
        scale = round(max(0.5, min(2.5, scale)), 2)
        if scale == self._scale:
            return
        self._scale = scale
        self.setStyleSheet(display_style(scale))
        for view, most in ((self.called_view, 100), (self.service_view, 80)):
            view.least = round(36 * scale)
            view.most = round(most * scale)
            view.fit()

    # ------------------------------------------------------------ running
    def start(self) -> None:
        """Read the desk now and every two seconds (its name and message every minute)."""
        self._read_lobby()
        self.refresh()
        self._refresh_timer.start()
        self._language_timer.start()
        self._lobby_timer.start()

    def _read_lobby(self) -> None:
        run_in_background(
            self.desk.lobby,
            self.show_lobby,
            lambda error: log.warning("The lobby display cannot read the desk's name: %s", error),
            context=self,
            pool=database_pool(),
        )

    def stop(self) -> None:
        self._refresh_timer.stop()
        self._highlight_timer.stop()
        self._language_timer.stop()
        self._lobby_timer.stop()
        self.voice.stop()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.stop()
        super().closeEvent(event)

    def refresh(self) -> None:
        """Read the desk again, off the GUI thread (the timer and the change feed call this)."""
        if self._loading:
            return
        self._loading = True
        rows = self.called_rows
        run_in_background(
            # A ticket with several services is called once per service: ask for enough.
            lambda: self.desk.queue.display(called=rows * 2),
            self._loaded,
            self._load_failed,
            context=self,
            pool=database_pool(),
        )

    def _loaded(self, snapshot: DisplaySnapshot) -> None:
        self._loading = False
        if self._failing:
            log.info("The lobby display reads the desk again")
            self._failing = False
        self.status_label.hide()
        self.show_snapshot(snapshot)

    def _load_failed(self, error: BaseException) -> None:
        self._loading = False
        if not self._failing:
            log.warning("The lobby display cannot read the desk: %s", error)
            self._failing = True
        self.status_label.setText(
            " · ".join(self._all(QT_TRANSLATE_NOOP("Display", "Information is not up to date")))
        )
        self.status_label.show()
        self._show_clock(utc_now())

    def show_snapshot(self, snapshot: DisplaySnapshot) -> None:
        """Show ``snapshot`` (also used directly by screenshots and tests)."""
        self.snapshot = snapshot
        called = _latest_per_ticket(
            c for c in snapshot.called if _is_today(c.called_at, snapshot.read_at)
        )
        new_calls = [
            c for c in called if c.step_id not in self._seen or c.called_at > self._seen[c.step_id]
        ]
        self._seen.update((c.step_id, c.called_at) for c in called)
        latest = called[0] if called else None
        self._show_latest(latest)
        self.called_model.apply(called[1 : self.called_rows])
        self.service_model.apply(
            [ServiceRow(q, snapshot.estimates.get(q.service.id, 0)) for q in snapshot.queues]
        )
        self.service_view.fit()
        self._show_clock(snapshot.read_at)
        if new_calls and self._primed:
            self._announce(new_calls, snapshot.read_at)
        self._primed = True
        self.refreshed.emit()

    def _announce(self, new_calls: list[CalledTicket], now: datetime) -> None:
        """Highlight the newest call; read out every new one, oldest first."""
        for called in reversed(new_calls):
            log.info("Display shows %s at %s", called.ticket_number, called.counter.code)
            self.voice.announce(called, now)
        self._set_fresh(True)
        self._highlight_timer.start()
        self.call_shown.emit(new_calls[0].ticket_number)

    # ------------------------------------------------------------ showing
    def _show_latest(self, called: CalledTicket | None) -> None:
        self.latest = called
        if called is None:
            self.latest_ticket.setText("–")
            self.latest_counter.setText("")
            self.latest_counter_other.setText("")
            return
        self.latest_ticket.setText(called.ticket_number)
        self.latest_counter.setText(called.counter.names.fi)
        others = dict.fromkeys((called.counter.names.sv, called.counter.names.en))
        others.pop(called.counter.names.fi, None)
        self.latest_counter_other.setText(" · ".join(others))

    def is_highlighted(self) -> bool:
        return bool(self.latest_frame.property("fresh"))

    def _set_fresh(self, fresh: bool) -> None:
        self.latest_frame.setProperty("fresh", fresh)
        for widget in (self.latest_frame, *self.latest_frame.findChildren(QLabel)):
            widget.style().unpolish(widget)
            widget.style().polish(widget)

    def _show_clock(self, now: datetime) -> None:
        self.clock_label.setText(local_time(now).strftime("%H:%M"))

    def show_site(self, site: Names | None) -> None:
        """The desk's name in the top bar (read once at start-up)."""
        names = [site.fi, site.sv] if site else []
        self.site_label.setText(" · ".join(dict.fromkeys(name for name in names if name)))

    def show_lobby(self, lobby: LobbyInfo) -> None:
        """The desk's name and its message to the lobby (read at start-up)."""
        self.show_site(lobby.site)
        self.show_message(lobby.display_message)

    def show_message(self, message: Names | None) -> None:
        """The desk file's display message; nothing at all when it has none."""
        self.message = message
        self.message_label.setVisible(message is not None)
        self.message_label.setText(message.fi if message else "")
        other = self._other_name(message) if message else ""
        self.message_other.setText(other)
        self.message_other.setVisible(bool(other))

    def _other_name(self, names: Names) -> str:
        other = names.get(self.second_language)
        return "" if other == names.fi else other

    def _next_second_language(self) -> None:
        self.second_language = "en" if self.second_language == "sv" else "sv"
        self.show_message(self.message)
        self.called_model.refresh_all()
        self.service_model.refresh_all()

    def _estimate(self, row: ServiceRow) -> str:
        return self.texts.text(
            "fi", _CTX, QT_TRANSLATE_NOOP("Display", "{minutes} min"), minutes=row.estimate_minutes
        )


def _latest_per_ticket(called: Iterable[CalledTicket]) -> list[CalledTicket]:
    """Newest first, each ticket once: the visitor needs only where to go now."""
    seen: set[str] = set()
    result = []
    for ticket in called:
        if ticket.ticket_number not in seen:
            seen.add(ticket.ticket_number)
            result.append(ticket)
    return result


def _ticket(called: CalledTicket) -> str:
    return called.ticket_number
