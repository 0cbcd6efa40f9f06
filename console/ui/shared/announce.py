"""Telling a screen reader what changed where the person is not looking.

A change that matters (the called visitor taken by another counter, a request for a
specialist, the database lost or back, a note saved or not) is shown where it
belongs and also *announced*: NVDA, JAWS or Orca read it out without moving focus
(``QAccessibleAnnouncementEvent``, Qt 6.8). Polite announcements wait for what is
being read to finish; assertive ones interrupt it (a visitor taken, the database lost).

The last announcements are kept in :data:`recent` for tests: Qt has no public way to
listen to its accessibility events from Python.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass

from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QWidget

RECENT = 20


@dataclass(frozen=True)
class Announcement:
    text: str
    assertive: bool
    source: str  # the widget's objectName


recent: deque[Announcement] = deque(maxlen=RECENT)


def announce(widget: QWidget, text: str, *, assertive: bool = False) -> None:
    """Have the screen reader say ``text`` (already translated) on behalf of ``widget``."""
    if not text:
        return
    recent.append(Announcement(text, assertive, widget.objectName()))
    event = QAccessibleAnnouncementEvent(widget, text)
    politeness = QAccessible.AnnouncementPoliteness
    event.setPoliteness(politeness.Assertive if assertive else politeness.Polite)
    # Nothing happens (and nothing is built) while no assistive technology listens.
    QAccessible.updateAccessibility(event)
