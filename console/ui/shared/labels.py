"""Translated names of the desk's vocabulary."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from console.core.permissions import ROLE_NAMES
from console.core.policy import CallReason, reason_message
from console.core.queue import Language, Priority, Role, StepState, utc_now
from console.i18n import current_language


def role_label(role: Role) -> str:
    return QCoreApplication.translate("Roles", ROLE_NAMES[role])


def language_label(language: Language) -> str:
    labels = {
        Language.FI: QCoreApplication.translate("Languages", "Finnish"),
        Language.SV: QCoreApplication.translate("Languages", "Swedish"),
        Language.EN: QCoreApplication.translate("Languages", "English"),
    }
    return labels[language]


def priority_label(priority: Priority) -> str:
    labels = {
        Priority.ACCESSIBILITY: QCoreApplication.translate("Priorities", "accessibility"),
        Priority.URGENT: QCoreApplication.translate("Priorities", "urgent"),
    }
    return labels[priority]


def appointment_state_label(state: str) -> str:
    """An appointment's state (booked, checked_in, cancelled, no_show) in words."""
    labels = {
        "booked": QCoreApplication.translate("Appointments", "booked"),
        "checked_in": QCoreApplication.translate("Appointments", "checked in"),
        "cancelled": QCoreApplication.translate("Appointments", "cancelled"),
        "no_show": QCoreApplication.translate("Appointments", "did not come"),
    }
    return labels.get(state, state)


def minutes_since(moment: datetime | None) -> int:
    """Whole minutes from ``moment`` until now (0 for none or a moment to come): how long
    a visitor has waited, as the tables show it."""
    return 0 if moment is None else max(0, int((utc_now() - moment).total_seconds() // 60))


def ui_language() -> str:
    """The language the UI speaks now (fi, sv or en)."""
    return current_language()


def reason_text(reason: CallReason, service_name: str) -> str:
    """Why call next chose this ticket, in the advisor's words."""
    from console.i18n import translate

    priority = priority_label(Priority(reason.priority)) if reason.priority else ""
    return translate(reason_message(reason, service_name, priority))


def state_label(state: StepState) -> str:
    labels = {
        StepState.PENDING: QCoreApplication.translate("StepStates", "later in the visit"),
        StepState.WAITING: QCoreApplication.translate("StepStates", "waiting"),
        StepState.CALLED: QCoreApplication.translate("StepStates", "called"),
        StepState.SERVING: QCoreApplication.translate("StepStates", "being served"),
        StepState.DONE: QCoreApplication.translate("StepStates", "done"),
        StepState.NO_SHOW: QCoreApplication.translate("StepStates", "no-show"),
        StepState.CANCELLED: QCoreApplication.translate("StepStates", "cancelled"),
        StepState.TRANSFERRED: QCoreApplication.translate("StepStates", "transferred"),
    }
    return labels[state]
