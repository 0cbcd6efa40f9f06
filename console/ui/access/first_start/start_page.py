"""The first start's first page: how to start (the template, a desk file, or the demo)."""

from __future__ import annotations

from PySide6.QtWidgets import QButtonGroup, QRadioButton, QVBoxLayout, QWidget, QWizardPage

from console.ui.access.first_start.shared import PAGE_PLAN, Start, wrapped_label
from console.ui.shared.dialog_parts import HINT_STYLE


class StartPage(QWizardPage):
    """How to start: the template, a desk file, or the demo."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstStartChoice")
        self.setTitle(self.tr("Set up this desk"))
        self.setSubTitle(
            self.tr(
                "This computer's database has no desk yet. Choose how to start; "
                "everything can be changed later."
            )
        )
        self.group = QButtonGroup(self)
        self.buttons: dict[Start, QRadioButton] = {}
        layout = QVBoxLayout(self)
        choices = (
            (
                Start.TEMPLATE,
                self.tr("&Start from a small office's template"),
                self.tr(
                    "Three agencies, their services, two counters and opening hours, "
                    "ready to use. Change them later in the admin window or with "
                    "tiski desk export and tiski desk apply."
                ),
            ),
            (
                Start.IMPORT,
                self.tr("&Import a desk file"),
                self.tr(
                    "A desk file (.toml) IT has prepared, for example written with "
                    "tiski desk template or exported from another desk."
                ),
            ),
            (
                Start.DEMO,
                self.tr("&Try the demo desk"),
                self.tr(
                    "Made-up agencies, staff and visitors in a separate demo database; "
                    "this desk stays empty (the same as tiski --demo)."
                ),
            ),
        )
        for start, title, description in choices:
            button = QRadioButton(title)
            button.setObjectName(f"start_{start.value}")
            button.toggled.connect(self._chosen)
            self.group.addButton(button)
            self.buttons[start] = button
            layout.addWidget(button)
            hint = wrapped_label(description, style=HINT_STYLE)
            hint.setContentsMargins(24, 0, 0, 8)
            layout.addWidget(hint)
        layout.addStretch(1)
        self.buttons[Start.TEMPLATE].setChecked(True)

    def _chosen(self, _on: bool) -> None:
        # Marking the page final is what makes QWizard swap Next for Finish at once.
        self.setFinalPage(self.choice() is Start.DEMO)
        self.completeChanged.emit()

    def choice(self) -> Start:
        return next((start for start, b in self.buttons.items() if b.isChecked()), Start.TEMPLATE)

    def nextId(self) -> int:
        if self.choice() is Start.DEMO:
            return -1
        return PAGE_PLAN
