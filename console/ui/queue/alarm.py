"""The starvation alarm: a line above the queue for guides and supervisors, naming the
queues where a visitor has waited over twice the service's target."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QLabel, QWidget

from console.core.queue import utc_now
from console.core.records import ServiceQueue
from console.ui.shared.labels import ui_language


class StarvationAlarm(QLabel):
    """Hidden while no queue is over twice its target (ConsoleModel.alarm_changed)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("starvationAlarm")
        self.setWordWrap(True)
        self.hide()

    def show_queues(self, starving: Sequence[ServiceQueue]) -> None:
        if not starving:
            self.hide()
            return
        now = utc_now()
        language = ui_language()
        parts = [
            self.tr("%1: %2 min (target %3)")
            .replace("%1", q.service.names.get(language))
            .replace("%2", str(q.longest_wait_minutes(now)))
            .replace("%3", str(q.service.target_wait_minutes))
            for q in starving
        ]
        self.setText(
            self.tr("Waiting more than twice the target: %1").replace("%1", "; ".join(parts))
        )
        self.show()
