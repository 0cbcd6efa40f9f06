"""The visitor's identity in the case panel: who is at the counter, identifying them,
showing the full identity code for a moment (a part of
:class:`console.ui.case.case_panel.CasePanel`).

The clear code lives in memory for the open visit only. Its texts keep the
translation context "CasePanel", where they were written first.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from console.core.cases import CustomerInfo
from console.core.identity import VisitorIdentity
from console.core.records import StepInfo
from console.desk.desk import Desk
from console.desk.queue import Actor
from console.ui.plugins.visitor_facts import VisitorFacts
from console.ui.shared.database_pool import database_pool
from console.ui.shared.errors import exec_dialog
from console.ui.shared.worker import run_in_background

REVEAL_MS = 15_000

if TYPE_CHECKING:
    # For the type checker, a part is the panel's widget; at run time it is a plain
    # class that CasePanel (a QWidget, which holds the signals) is composed of.
    _Widget = QWidget
else:
    _Widget = object


class CaseIdentity(_Widget):
    """The identity label and its buttons, and what they do."""

    if TYPE_CHECKING:
        # What the panel holds (see CasePanel).
        message = Signal(str)
        visitor_changed = Signal(object)
        desk: Desk
        step: StepInfo | None

        @property
        def actor(self) -> Actor: ...

        def _open_visit(self) -> None: ...

        def _failed(self, error: BaseException) -> None: ...

    def _start_identity(self) -> None:
        """Nobody identified yet: the identity lives in memory for the open visit only."""
        self.identity: VisitorIdentity | None = None
        self.customer: CustomerInfo | None = None

    def _build_identity(self) -> None:
        """The label showing the visitor and the buttons to identify and reveal."""
        self.identity_label = QLabel()
        self.identity_label.setObjectName("visitorIdentity")
        self.identity_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.identify_button = QPushButton(QCoreApplication.translate("CasePanel", "Identify…"))
        self.identify_button.setObjectName("identifyVisitor")
        self.identify_button.setToolTip(
            QCoreApplication.translate("CasePanel", "Enter the visitor's identity code or name")
        )
        self.identify_button.clicked.connect(self.identify)
        self.reveal_button = QPushButton(QCoreApplication.translate("CasePanel", "Show code"))
        self.reveal_button.setObjectName("revealCode")
        self.reveal_button.setToolTip(
            QCoreApplication.translate(
                "CasePanel",
                "Show the full identity code for 15 seconds (recorded in the audit trail)",
            )
        )
        self.reveal_button.setCheckable(True)
        self.reveal_button.toggled.connect(self._reveal_toggled)

    def _start_reveal_timer(self) -> None:
        self._reveal_timer = QTimer(self)
        self._reveal_timer.setSingleShot(True)
        self._reveal_timer.setInterval(REVEAL_MS)
        self._reveal_timer.timeout.connect(self._hide_code)

    # ------------------------------------------------------------ identity
    def announce_visitor(self) -> None:
        """Tell the agency panels who is at the counter (each gets its permitted fields)."""
        step = self.step
        if step is None:
            self.visitor_changed.emit(None)
            return
        customer = self.customer
        code = self.identity.code if self.identity is not None else None
        self.visitor_changed.emit(
            VisitorFacts(
                ticket=step.ticket_number,
                visit_id=step.visit_id,
                language=step.language.value,
                name=(customer.name if customer else None) or step.visitor_name,
                identity_code=code.compact if code is not None else None,
                birth_date=(
                    code.birth_date
                    if code is not None
                    else (customer.birth_date if customer else None)
                ),
            )
        )

    def _show_identity(self) -> None:
        customer = self.customer
        if customer is None:
            self.identity_label.setText(
                QCoreApplication.translate("CasePanel", "Visitor not identified")
            )
        else:
            # The database keeps only a coded visitor's hash: the masked code (and so the
            # birth date) is shown from the code typed for this visit, while it is served.
            code = self.identity.code if self.identity is not None else None
            masked = code.masked if code is not None else customer.masked_code
            parts = [masked or "", customer.name or ""]
            if masked is None and customer.birth_date:
                parts.append(customer.birth_date.strftime("%d.%m.%Y"))
            if masked is None and customer.by_code and not customer.name:
                parts.append(QCoreApplication.translate("CasePanel", "identified by identity code"))
            self.identity_label.setText(" ".join(p for p in parts if p))
        self.reveal_button.setEnabled(self.identity is not None and self.identity.code is not None)

    def identify(self) -> None:
        from console.ui.case.identify_dialog import IdentifyDialog

        if self.step is None:
            return
        dialog = IdentifyDialog(self, today=date.today())
        if not exec_dialog(dialog):
            return
        identity = dialog.identity()
        actor = self.actor
        visit_id = self.step.visit_id

        def done(customer: CustomerInfo) -> None:
            if self.step is None or self.step.visit_id != visit_id:
                return  # the counter moved on; the code is not kept for another visit
            self.identity = identity
            self.message.emit(QCoreApplication.translate("CasePanel", "Visitor identified."))
            self._open_visit()

        run_in_background(
            lambda: self.desk.cases.identify(actor, visit_id, identity),
            done,
            self._failed,
            context=self,
            pool=database_pool(),
        )

    def _reveal_toggled(self, shown: bool) -> None:
        if not shown:
            self._hide_code()
            return
        if self.identity is None or self.identity.code is None or self.step is None:
            self.reveal_button.setChecked(False)
            return
        self.identity_label.setText(
            f"{self.identity.code.compact} {self.customer.name if self.customer else ''}".strip()
        )
        self._reveal_timer.start()
        actor = self.actor
        visit_id = self.step.visit_id
        run_in_background(
            lambda: self.desk.cases.reveal_identity(actor, visit_id),
            lambda _r: None,
            self._failed,
            context=self,
            pool=database_pool(),
        )

    def _hide_code(self) -> None:
        self._reveal_timer.stop()
        if self.reveal_button.isChecked():
            self.reveal_button.blockSignals(True)
            self.reveal_button.setChecked(False)
            self.reveal_button.blockSignals(False)
        if self.step is not None:
            self._show_identity()
