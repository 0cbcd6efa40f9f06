"""Review and apply: what applying the working copy would change, before it does.

The plan is computed by the desk (``plan_setup``); this dialog only shows it: the
changes of each kind with the settings that differ, the refusals in red with their
reasons (ticket numbers, the command to run), and the counts. Apply is offered only
for a plan with changes and no refusals; the window does the applying and tells the
dialog how it went (a refusal found while applying is shown the same way).
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from console.core.desk_plan import Action, DeskPlan, Kind
from console.i18n import translate
from console.ui.shared.colours import text_colour


def kind_label(kind: Kind) -> str:
    return {
        Kind.DESK: QCoreApplication.translate("AdminPlan", "The desk"),
        Kind.OFFICE: QCoreApplication.translate("AdminPlan", "Offices"),
        Kind.AGENCY: QCoreApplication.translate("AdminPlan", "Agencies"),
        Kind.SERVICE: QCoreApplication.translate("AdminPlan", "Services"),
        Kind.COUNTER: QCoreApplication.translate("AdminPlan", "Counters"),
        Kind.STAFF: QCoreApplication.translate("AdminPlan", "Staff"),
        Kind.LIFE_EVENT: QCoreApplication.translate("AdminPlan", "Life events"),
        Kind.NOTE_TEMPLATE: QCoreApplication.translate("AdminPlan", "Note templates"),
    }[kind]


def action_label(action: Action) -> str:
    return {
        Action.ADD: QCoreApplication.translate("AdminPlan", "added"),
        Action.CHANGE: QCoreApplication.translate("AdminPlan", "changed"),
        Action.RETIRE: QCoreApplication.translate("AdminPlan", "retired"),
        Action.RESTORE: QCoreApplication.translate("AdminPlan", "brought back"),
        Action.REMOVE: QCoreApplication.translate("AdminPlan", "removed"),
    }[action]


def counts_text(plan: DeskPlan) -> str:
    return QCoreApplication.translate(
        "AdminPlan", "{added} added, {changed} changed, {retired} retired, {restored} brought back"
    ).format(
        added=plan.count(Action.ADD),
        changed=plan.count(Action.CHANGE),
        retired=plan.count(Action.RETIRE) + plan.count(Action.REMOVE),
        restored=plan.count(Action.RESTORE),
    )


def refused_colour() -> str:
    """The colour of a refusal in the theme on now (red, or light red on black)."""
    return text_colour("late")


def plan_html(plan: DeskPlan) -> str:
    """The plan as the dialog shows it (escaped: codes and names are typed by people)."""
    parts: list[str] = []
    if plan.refusals:
        parts.append(
            f'<h3 style="color:{refused_colour()}">'
            + html.escape(
                QCoreApplication.translate("AdminPlan", "Refused: nothing will be applied")
            )
            + "</h3><ul>"
        )
        for refusal in plan.refusals:
            parts.append(
                f'<li style="color:{refused_colour()}">' + html.escape(translate(refusal)) + "</li>"
            )
        parts.append("</ul>")
    if plan.empty:
        parts.append(
            "<p>"
            + html.escape(
                QCoreApplication.translate(
                    "AdminPlan", "Nothing to change: the desk is already so."
                )
            )
        )
    for kind in Kind:
        changes = plan.of(kind)
        if not changes:
            continue
        parts.append(f"<h3>{html.escape(kind_label(kind))} ({len(changes)})</h3><ul>")
        for change in changes:
            line = f"<b>{html.escape(change.key)}</b>: {html.escape(action_label(change.action))}"
            if change.fields:
                line += " (" + html.escape(", ".join(change.fields)) + ")"
            parts.append(f"<li>{line}</li>")
        parts.append("</ul>")
    return "".join(parts)


class PlanDialog(QDialog):
    """The plan, with Apply and Cancel; ``apply_requested`` when Apply is clicked."""

    apply_requested = Signal()

    def __init__(self, plan: DeskPlan, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("planDialog")
        self.setWindowTitle(title)
        self.setMinimumSize(620, 420)
        self.counts = QLabel()
        self.counts.setObjectName("planCounts")
        self.counts.setWordWrap(True)
        self.browser = QTextBrowser()
        self.browser.setObjectName("planText")
        self.browser.setOpenLinks(False)
        self.status = QLabel()
        self.status.setObjectName("planStatus")
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox()
        self.apply_button = QPushButton(self.tr("&Apply"))
        self.apply_button.setObjectName("apply")
        self.buttons.addButton(self.apply_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.apply_button.clicked.connect(self._apply)
        self.cancel_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.counts)
        layout.addWidget(self.browser, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.busy = False
        self.show_plan(plan)

    def show_plan(self, plan: DeskPlan, *, refused_on_apply: bool = False) -> None:
        self.plan = plan
        self.counts.setText(counts_text(plan))
        self.browser.setHtml(plan_html(plan))
        self.apply_button.setEnabled(not plan.refusals and not plan.empty)
        if refused_on_apply:
            self.show_problem(
                self.tr("The desk refused to apply it and nothing was changed: see why above.")
            )
        elif plan.refusals:
            self.show_problem(self.tr("Change what is refused in the window, then review again."))
        else:
            self.status.setText("")
        self.set_busy(False)

    def show_problem(self, text: str) -> None:
        self.status.setText(f'<span style="color:{refused_colour()}">{html.escape(text)}</span>')
        self.set_busy(False)
        self.apply_button.setEnabled(False)

    def set_busy(self, busy: bool) -> None:
        self.busy = busy
        if busy:
            self.status.setText(self.tr("Applying…"))
            self.apply_button.setEnabled(False)
        self.cancel_button.setEnabled(not busy)

    def _apply(self) -> None:
        self.set_busy(True)
        self.apply_requested.emit()

    def reject(self) -> None:
        if not self.busy:  # an apply under way finishes before the dialog goes
            super().reject()
