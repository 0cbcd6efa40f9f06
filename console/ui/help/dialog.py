"""The help window F1 opens: a short guide to the window in front, in the UI language.

Its keys are read from the window's own actions when it opens, so the list is what
the window does, not what a document once said it did.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget


@dataclass(frozen=True)
class HelpSection:
    """One part of a guide: a heading, paragraphs and a list (each plain text)."""

    heading: str
    paragraphs: Sequence[str] = ()
    points: Sequence[str] = ()
    ordered: bool = False


def key_points(actions: Iterable[QAction]) -> list[str]:
    """ "F5 – Call next" for each action with a key, in the order given, once each."""
    seen: set[str] = set()
    points = []
    for action in actions:
        shortcut = action.shortcut()
        if shortcut.isEmpty():
            continue
        keys = shortcut.toString(QKeySequence.SequenceFormat.NativeText)
        name = action.text().replace("&", "").rstrip(".…")
        if keys in seen or not name:
            continue
        seen.add(keys)
        points.append(f"{keys} – {name}")
    return points


def help_html(sections: Sequence[HelpSection]) -> str:
    parts = []
    for section in sections:
        parts.append(f"<h3>{html.escape(section.heading)}</h3>")
        parts.extend(f"<p>{html.escape(text)}</p>" for text in section.paragraphs)
        if section.points:
            tag = "ol" if section.ordered else "ul"
            items = "".join(f"<li>{html.escape(point)}</li>" for point in section.points)
            parts.append(f"<{tag}>{items}</{tag}>")
    return "".join(parts)


class HelpDialog(QDialog):
    """A guide beside the window: it does not block work (F1 again or Esc closes it)."""

    def __init__(self, title: str, sections: Sequence[HelpSection], parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("helpDialog")
        self.setWindowTitle(title)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.text = QTextBrowser()
        self.text.setObjectName("helpText")
        self.text.setOpenExternalLinks(False)
        self.text.setHtml(help_html(sections))
        self.text.setAccessibleName(title)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.resize(560, 620)

    def plain_text(self) -> str:
        """What the guide says, as text (tests, the screen reader's view)."""
        return self.text.toPlainText()
