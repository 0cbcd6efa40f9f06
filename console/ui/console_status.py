"""The console window's status bar: the database, the live feed, notes waiting to be
sent, the counter and the person signed in.

Its words belong to the console window's translation context ("ConsoleWindow"), where
they were before the status bar had a module of its own.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QStatusBar

from console.core.breaks import REASON_NAMES, BreakInfo
from console.core.queue import local_time
from console.desk.desk import SignedIn
from console.ui.access.connection import ConnectionState
from console.ui.shared.colours import set_tone
from console.ui.shared.feed import FeedState
from console.ui.shared.labels import role_label, ui_language

_TONES = {
    ConnectionState.CONNECTED: "good",
    ConnectionState.RECONNECTING: "attention",
    ConnectionState.LOST: "late",
}


class ConsoleStatus:
    """The permanent labels of one person's session in ``bar``, right to left: who, where,
    the database, the feed and (only when there are some) the notes waiting to be sent."""

    def __init__(self, bar: QStatusBar, signed_in: SignedIn, database_shown: str) -> None:
        self.bar = bar
        self.database_shown = database_shown
        self.database_label = _label("databaseStatus")
        self.counter_label = _label("counterStatus")
        self.person_label = _label("personStatus")
        self.feed_label = _label("feedStatus")
        self.pending_label = _label("pendingNotes")
        set_tone(self.pending_label, "attention")
        self.pending_label.hide()
        self.break_label = _label("breakStatus")
        set_tone(self.break_label, "warn", strong=True)
        self.break_label.hide()
        for label in self.labels:
            label.setContentsMargins(8, 0, 8, 0)
            bar.addPermanentWidget(label)
        self.counter_label.setText(signed_in.counter.names.get(ui_language()))
        self.counter_label.setToolTip(
            QCoreApplication.translate("ConsoleWindow", "The counter you are signed in at")
        )
        staff = signed_in.staff
        self.person_label.setText(f"{staff.full_name} ({role_label(staff.role)})")

    @property
    def labels(self) -> tuple[QLabel, ...]:
        return (
            self.break_label,
            self.pending_label,
            self.feed_label,
            self.database_label,
            self.counter_label,
            self.person_label,
        )

    def show_break(self, pause: BreakInfo | None) -> None:
        """On a break: why and since when, until the person is back."""
        label = self.break_label
        if pause is None:
            label.hide()
            return
        reason = QCoreApplication.translate("Breaks", REASON_NAMES[pause.reason])
        label.setText(
            QCoreApplication.translate("ConsoleWindow", "On a break (%1) since %2")
            .replace("%1", reason)
            .replace("%2", local_time(pause.started_at).strftime("%H:%M"))
        )
        label.setToolTip(
            QCoreApplication.translate(
                "ConsoleWindow", "The floor shows you on a break. Call next or I'm back ends it."
            )
        )
        label.show()

    def show_feed(self, state: FeedState) -> None:
        label = self.feed_label
        if state is FeedState.LIVE:
            label.setText(QCoreApplication.translate("ConsoleWindow", "Live"))
            label.setToolTip(
                QCoreApplication.translate(
                    "ConsoleWindow", "Changes from other counters appear at once."
                )
            )
        else:
            label.setText(QCoreApplication.translate("ConsoleWindow", "Live updates paused"))
            label.setToolTip(
                QCoreApplication.translate(
                    "ConsoleWindow",
                    "Tiski is reconnecting; the queue is read again when it is back.",
                )
            )
        label.setProperty("state", state.value)

    def show_database(self, state: ConnectionState, last_error: str | None) -> None:
        texts = {
            ConnectionState.CONNECTED: QCoreApplication.translate(
                "ConsoleWindow", "Database: connected"
            ),
            ConnectionState.RECONNECTING: QCoreApplication.translate(
                "ConsoleWindow", "Database: reconnecting…"
            ),
            ConnectionState.LOST: QCoreApplication.translate(
                "ConsoleWindow", "Database: connection lost"
            ),
        }
        label = self.database_label
        label.setText(f"● {texts[state]}")
        set_tone(label, _TONES[state])
        label.setProperty("state", state.value)
        tip = self.database_shown
        if state is not ConnectionState.CONNECTED and last_error:
            tip += "\n" + last_error
        label.setToolTip(tip)

    def show_pending(self, count: int, text: str) -> None:
        """``text``: the window's words for ``count`` notes (a plural Qt's lupdate finds
        only in ``tr`` calls)."""
        self.pending_label.setVisible(count > 0)
        self.pending_label.setText(text)

    def remove(self) -> None:
        """Take this session's labels down (a switch of user builds new ones)."""
        self.bar.clearMessage()
        for label in self.labels:
            self.bar.removeWidget(label)
            label.deleteLater()


def _label(object_name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(object_name)
    return label
