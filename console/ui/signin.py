"""Choosing who works at which counter."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from console.core.records import CounterInfo, StaffInfo
from console.ui.labels import role_label, ui_language


class SignInDialog(QDialog):
    """Pick a staff member and a counter; the last choice is preselected."""

    def __init__(
        self,
        staff: Sequence[StaffInfo],
        counters: Sequence[CounterInfo],
        *,
        remembered: tuple[str, str] | None = None,
        fixed_counter: str = "",
        site_name: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("signInDialog")
        self.setWindowTitle(self.tr("Sign in to Tiski"))
        self.setMinimumWidth(460)
        language = ui_language()
        heading = QLabel(site_name or self.tr("Tiski"))
        heading.setObjectName("dialogHeading")
        hint = QLabel(self.tr("Choose your name and the counter you are working at."))
        hint.setWordWrap(True)

        self.staff_box = QComboBox()
        self.staff_box.setObjectName("staffBox")
        for member in staff:
            self.staff_box.addItem(f"{member.full_name} – {role_label(member.role)}", member.id)
        self.counter_box = QComboBox()
        self.counter_box.setObjectName("counterBox")
        for counter in counters:
            self.counter_box.addItem(counter.names.get(language), counter.id)

        if remembered is not None:
            username, counter_code = remembered
            self._select(self.staff_box, [m.id for m in staff if m.username == username])
            self._select(self.counter_box, [c.id for c in counters if c.code == counter_code])
        if fixed_counter:
            self._select(self.counter_box, [c.id for c in counters if c.code == fixed_counter])
            self.counter_box.setEnabled(False)
            self.counter_box.setToolTip(
                self.tr("IT has set this computer to always use this counter.")
            )

        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.staff_box)
        form.addRow(self.tr("&Counter:"), self.counter_box)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok_button.setText(self.tr("Sign in"))
        ok_button.setEnabled(bool(staff) and bool(counters))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(hint)
        if not staff or not counters:
            empty = QLabel(
                self.tr(
                    "This desk has no staff or counters yet. Ask IT to set up the desk, "
                    "or try Tiski with demo data: tiski --demo"
                )
            )
            empty.setObjectName("signInEmpty")
            empty.setWordWrap(True)
            layout.addWidget(empty)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    @staticmethod
    def _select(box: QComboBox, ids: list[int]) -> None:
        if ids:
            box.setCurrentIndex(max(0, box.findData(ids[0])))

    def chosen(self) -> tuple[int, int]:
        """The (staff id, counter id) chosen."""
        return int(self.staff_box.currentData()), int(self.counter_box.currentData())
