"""Translated names of the desk's vocabulary."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from console.core.policy import CallReason, ReasonKind
from console.core.queue import Language, Priority, Role, StepState, local_time


def role_label(role: Role) -> str:
    labels = {
        Role.GUIDE: QCoreApplication.translate("Roles", "lobby guide"),
        Role.ADVISOR: QCoreApplication.translate("Roles", "service advisor"),
        Role.SPECIALIST: QCoreApplication.translate("Roles", "specialist"),
        Role.SUPERVISOR: QCoreApplication.translate("Roles", "supervisor"),
        Role.IT: QCoreApplication.translate("Roles", "IT support"),
    }
    return labels[role]


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


def ui_language() -> str:
    """The language the UI speaks now (fi, sv or en)."""
    from PySide6.QtCore import QLocale

    name = QLocale().name()[:2]
    return name if name in ("fi", "sv", "en") else "fi"


def reason_text(reason: CallReason, service_name: str) -> str:
    """Why call next chose this ticket, in the advisor's words."""
    translate = QCoreApplication.translate
    if reason.kind is ReasonKind.APPOINTMENT and reason.appointment_at is not None:
        return translate("Reasons", "Appointment at %1").replace(
            "%1", local_time(reason.appointment_at).strftime("%H:%M")
        )
    if reason.kind is ReasonKind.PRIORITY:
        label = priority_label(Priority(reason.priority)) if reason.priority else ""
        return translate("Reasons", "Priority: %1").replace("%1", label)
    if reason.kind is ReasonKind.OVERDUE:
        return (
            translate("Reasons", "Waited %1 min, target %2")
            .replace("%1", str(reason.waited_minutes))
            .replace("%2", str(reason.target_minutes))
        )
    if reason.kind is ReasonKind.TRANSFERRED_TO_ME:
        return translate("Reasons", "Transferred to you or your counter")
    return (
        translate("Reasons", "Longest waiting for %1 (%2 min)")
        .replace("%1", service_name)
        .replace("%2", str(reason.waited_minutes))
    )


def state_label(state: StepState) -> str:
    labels = {
        StepState.WAITING: QCoreApplication.translate("StepStates", "waiting"),
        StepState.CALLED: QCoreApplication.translate("StepStates", "called"),
        StepState.SERVING: QCoreApplication.translate("StepStates", "being served"),
        StepState.DONE: QCoreApplication.translate("StepStates", "done"),
        StepState.NO_SHOW: QCoreApplication.translate("StepStates", "no-show"),
        StepState.CANCELLED: QCoreApplication.translate("StepStates", "cancelled"),
        StepState.TRANSFERRED: QCoreApplication.translate("StepStates", "transferred"),
    }
    return labels[state]
