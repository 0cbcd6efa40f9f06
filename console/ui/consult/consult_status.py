"""How an advisor's request for a specialist stands, in one line of the case panel."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from console.core.consult import ConsultInfo, ConsultState
from console.core.records import AgencyInfo
from console.ui.shared.dialog_parts import MUTED_STYLE, Style, clock, style_label
from console.ui.shared.labels import ui_language

WAITING_STYLE = Style("attention", strong=True)
ACCEPTED_STYLE = Style("good", strong=True)
EXPIRED_STYLE = Style("late", strong=True)


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
        style_label(self, style)
        self.setToolTip(self._details(consult))
        self.show()

    def _describe(self, consult: ConsultInfo, agency: str, now: datetime) -> tuple[str, Style]:
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
                .replace("%3", clock(consult.accepted_at)),
                ACCEPTED_STYLE,
            )
        if consult.state is ConsultState.EXPIRED:
            text = self.tr("No %1 specialist accepted in time").replace("%1", agency)
            return self._with_declines(text, consult), EXPIRED_STYLE
        if consult.state is ConsultState.HANDED_BACK:
            return (
                self.tr("%1 handed the visit back at %2")
                .replace("%1", who)
                .replace("%2", clock(consult.closed_at)),
                MUTED_STYLE,
            )
        if consult.state is ConsultState.TAKEN_OVER:
            return (
                self.tr("%1 took the visit over at %2")
                .replace("%1", who)
                .replace("%2", clock(consult.closed_at)),
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
