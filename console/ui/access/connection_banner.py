"""The line above the console's zones while the database cannot be reached: what the
advisor does at the counter meanwhile, and whom to call. Gone the moment it is back."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from console.ui.access.connection import ConnectionState
from console.ui.shared.contact import call_it


class ConnectionBanner(QLabel):
    """Hidden while the database answers (ConnectionMonitor.state_changed)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("connectionBanner")
        self.setWordWrap(True)  # its colours are the theme's (resources/themes/)
        self.hide()

    def show_state(self, state: ConnectionState) -> None:
        if state is ConnectionState.CONNECTED:
            self.hide()
            return
        if state is ConnectionState.RECONNECTING and self.isHidden():
            return  # a moment's trouble: the status bar says it; a lost line says more
        self.setText(
            self.tr(
                "The desk's database cannot be reached. Go on with the visitor at your "
                "counter: notes you save wait on this PC and are sent when it is back; tell "
                "the visitor their matter is recorded. Calling the next visitor waits for "
                "the connection. If it lasts more than a few minutes: %1"
            ).replace("%1", call_it())
        )
        self.show()
