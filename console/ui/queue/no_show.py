"""A no-show, asked before and told after: what becomes of the rest of the visit.

Marking a step a no-show closes that step only (console/desk/serving.py). The visit's
later services stay waiting, and once no earlier step is open the next of them is in
its service's queue again (console/store/rows.py, ``in_queue``) at the visit's original
place in time (docs/queue.md). The question and the status bar say exactly that.

The question is opened with ``open()``, never ``exec()``: the console keeps running
(and a test can answer it) while it waits for a person.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from console.core.records import ServiceInfo, StepInfo
from console.core.steps import NOT_YET_CALLED
from console.ui.shared.dialog_parts import ConfirmQuestion
from console.ui.shared.labels import ui_language


def later_services(
    visit: Sequence[StepInfo], step_id: int, services: Mapping[int, ServiceInfo]
) -> list[str]:
    """The names of the visit's services still waiting besides step ``step_id``, in the
    order they are served."""
    language = ui_language()
    waiting = sorted(
        (s for s in visit if s.step_id != step_id and s.state in NOT_YET_CALLED),
        key=lambda s: (s.position, s.step_id),
    )
    return [
        services[s.service_id].names.get(language) if s.service_id in services else s.service_code
        for s in waiting
    ]


def what_follows(later: Sequence[str] | None) -> str:
    """After a no-show: what became of the rest of the visit, for the status bar."""
    if later is None:  # the visit could not be read after the no-show
        return ""
    if not later:
        return QCoreApplication.translate("NoShowQuestion", "The ticket is closed.")
    if len(later) == 1:
        return QCoreApplication.translate(
            "NoShowQuestion",
            "Their next service, %1, is back in the queue at the visitor's original place.",
        ).replace("%1", later[0])
    return QCoreApplication.translate(
        "NoShowQuestion",
        "Their other services (%1) are back in the queue, one after another, at the "
        "visitor's original place.",
    ).replace("%1", ", ".join(later))


def marked_text(ticket: str, later: Sequence[str] | None) -> str:
    """The status bar's line after a no-show the person marked."""
    marked = QCoreApplication.translate("NoShowQuestion", "%1 marked as a no-show.").replace(
        "%1", ticket
    )
    follows = what_follows(later)
    return f"{marked} {follows}" if follows else marked


class NoShowQuestion(ConfirmQuestion):
    """Mark the called ticket a no-show? Says what happens to the visit's other services.

    ``later`` names the services still waiting (later_services()); None when not known
    (a role that may not read the queue): then nothing is said of them. Cancel is the
    safe answer (also on a lock of the console).
    """

    def __init__(self, ticket: str, later: Sequence[str] | None, parent: QWidget | None) -> None:
        translate = QCoreApplication.translate
        super().__init__(
            parent,
            name="noShowQuestion",
            title=translate("NoShowQuestion", "No-show"),
            text=translate("NoShowQuestion", "Mark %1 as a no-show?").replace("%1", ticket),
            yes=(translate("NoShowQuestion", "Mark as no-show"), "markNoShowButton"),
            no=(translate("NoShowQuestion", "Cancel"), "cancelButton"),
        )
        if later is None:
            follows = ""
        elif not later:
            follows = self.tr("It is the visit's only open service: the ticket is closed.")
        elif len(later) == 1:
            follows = self.tr(
                "Their next service, %1, goes back to the queue at the visitor's original place."
            ).replace("%1", later[0])
        else:
            follows = self.tr(
                "Their other services (%1) go back to the queue, one after another, at the "
                "visitor's original place."
            ).replace("%1", ", ".join(later))
        self.setInformativeText(follows)
