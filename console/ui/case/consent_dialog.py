"""The visitor's consent: which agencies may read and receive the case's shared notes.

The dialog takes the agencies and the consents recorded so far and hands back the
changes; the console records them.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from PySide6.QtWidgets import QCheckBox, QDialog, QGroupBox, QLabel, QVBoxLayout, QWidget

from console.core.cases import ConsentInfo
from console.core.queue import local_time, utc_now
from console.core.records import AgencyInfo
from console.ui.shared.dialog_parts import MUTED_STYLE, ok_cancel, style_label
from console.ui.shared.labels import ui_language

_CHECKBOX_INDENT = 24  # pixels from a check box's edge to its text, about


def _stamp(moment: datetime) -> str:
    """A stored time as the desk reads it: ``14:05 03.02.`` (the year only when not this one)."""
    local = local_time(moment)
    text = local.strftime("%H:%M %d.%m.")
    return text + str(local.year) if local.year != local_time(utc_now()).year else text


class ConsentDialog(QDialog):
    """Which agencies the visitor allows to read and receive the case's shared notes."""

    def __init__(
        self,
        parent: QWidget | None,
        agencies: Sequence[AgencyInfo],
        consents: Sequence[ConsentInfo],
    ) -> None:
        super().__init__(parent)
        self.setObjectName("consentDialog")
        self.setWindowTitle(self.tr("Visitor's consent"))
        self.setMinimumWidth(560)
        language = ui_language()
        current = {consent.agency_id: consent for consent in consents}

        intro = QLabel(
            self.tr(
                "With the visitor's consent an agency may read the desk's shared notes of this "
                "case and receive the notes shared with it. Notes kept in an agency's own "
                "partition are not affected. The visitor can withdraw consent at any time: "
                "untick the agency to record it."
            )
        )
        intro.setWordWrap(True)

        self.boxes: dict[int, QCheckBox] = {}
        self._initial: dict[int, bool] = {}
        agencies_box = QGroupBox(self.tr("Agencies"))
        rows = QVBoxLayout(agencies_box)
        rows.setSpacing(2)
        for agency in agencies:
            consent = current.get(agency.id)
            box = QCheckBox(
                self.tr("May share with %1").replace("%1", agency.short_names.get(language))
            )
            box.setObjectName(f"consent_{agency.code}")
            box.setToolTip(agency.names.get(language))
            box.setChecked(consent is not None and consent.granted)
            self.boxes[agency.id] = box
            self._initial[agency.id] = box.isChecked()
            rows.addWidget(box)
            status = QLabel(self._status(consent))
            status.setObjectName(f"consentStatus_{agency.code}")
            style_label(status, MUTED_STYLE)
            status.setWordWrap(True)
            small = status.font()
            small.setPointSizeF(small.pointSizeF() * 0.9)
            status.setFont(small)
            # Under the box's text, so a long agency name or person never clips it.
            status.setContentsMargins(_CHECKBOX_INDENT, 0, 0, 6)
            status.setVisible(consent is not None)
            rows.addWidget(status)

        self.buttons = ok_cancel(self, self.tr("Save consent"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(agencies_box)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

    def _status(self, consent: ConsentInfo | None) -> str:
        if consent is None:
            return ""
        text = (
            self.tr("recorded by %1 at %2")
            if consent.granted
            else self.tr("withdrawn, recorded by %1 at %2")
        )
        return text.replace("%1", consent.recorded_by).replace("%2", _stamp(consent.recorded_at))

    def changes(self) -> dict[int, bool]:
        """Agency id → consent given, for the agencies whose box changed."""
        return {
            agency_id: box.isChecked()
            for agency_id, box in self.boxes.items()
            if box.isChecked() != self._initial[agency_id]
        }
