"""Visitors' feedback: four faces and an optional reason, anonymous (Qt-free vocabulary).

An answer keeps no visit, ticket or time finer than the moment it was given; with the
visitor's ticket number it joins the services that visit used (one row per service),
which is how the reports show it per service and agency.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping

from console.core.text import QT_TRANSLATE_NOOP


class Score(enum.IntEnum):
    POOR = 1
    FAIR = 2
    GOOD = 3
    GREAT = 4


SCORE_NAMES: Mapping[Score, str] = {
    Score.POOR: QT_TRANSLATE_NOOP("Kiosk", "Poorly"),
    Score.FAIR: QT_TRANSLATE_NOOP("Kiosk", "So-so"),
    Score.GOOD: QT_TRANSLATE_NOOP("Kiosk", "Well"),
    Score.GREAT: QT_TRANSLATE_NOOP("Kiosk", "Very well"),
}


class FeedbackReason(enum.StrEnum):
    WAITING = "waiting"
    SERVICE = "service"
    INFORMATION = "information"
    PREMISES = "premises"
    OTHER = "other"


REASON_NAMES: Mapping[FeedbackReason, str] = {
    FeedbackReason.WAITING: QT_TRANSLATE_NOOP("Kiosk", "The waiting time"),
    FeedbackReason.SERVICE: QT_TRANSLATE_NOOP("Kiosk", "The service I got"),
    FeedbackReason.INFORMATION: QT_TRANSLATE_NOOP("Kiosk", "Finding my way and information"),
    FeedbackReason.PREMISES: QT_TRANSLATE_NOOP("Kiosk", "The premises"),
    FeedbackReason.OTHER: QT_TRANSLATE_NOOP("Kiosk", "Something else"),
}
