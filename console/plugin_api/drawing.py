"""How a panel's parts are drawn: one drawing shared by every kind of panel.

:class:`~console.plugin_api.panels.RecordPanel` (API 1, a widget inside the console's
process) and the console's own ``ViewPanel`` (API 2, drawing what a plugin process
describes) both draw sections, the stale banner and the problem box with these
functions, so a panel reads the same whichever API its plugin uses, and a fix to
the drawing reaches both.

The rules every part keeps: a back office's text is plain text, never markup; a
value becomes a link only for an http(s) address (anything else is shown as the
text it is); labels wrap rather than widen the panel, so everything reads in a
dock 360 px wide.

The strings keep the translation context ``RecordPanel``, where they were first
translated.
"""

from __future__ import annotations

import datetime
import html
from collections.abc import Callable, Sequence
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from console.plugin_api.view import LINK_SCHEMES, Row, Section

HELSINKI = ZoneInfo("Europe/Helsinki")

# Fixed colours that read the same on the light and the dark theme.
STYLE = """
QLabel#staleBanner {
    background-color: #ffbf47; color: #1a1a1a; padding: 6px 8px; border-radius: 4px;
}
QFrame#panelErrorBox {
    background-color: #fdecea; border: 1px solid #f1aeb5; border-radius: 4px;
}
QFrame#panelErrorBox QLabel { color: #5c0a0a; }
"""


def wrapping_label(text: str, name: str) -> QLabel:
    """A plain-text label that wraps: what a back office sends never becomes markup."""
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    label.setObjectName(name)
    label.setWordWrap(True)
    return label


def is_web_link(url: str | None) -> bool:
    """Whether ``url`` is an http(s) address with a host: the only links drawn as links."""
    if not url:
        return False
    try:
        parts = urlsplit(url.strip())
    except ValueError:  # e.g. an unbalanced "[" where an IPv6 host would be
        return False
    return parts.scheme.lower() in LINK_SCHEMES and bool(parts.hostname)


def section_box(section: Section, open_link: Callable[[str], None]) -> QGroupBox:
    """``section`` as a titled box of wrapping label/value rows.

    A row's http(s) link is an anchor whose activation calls ``open_link`` with the
    address (the caller decides whether it may open); any other link is ignored and
    the value shown as plain text.
    """
    box = QGroupBox(section.title)
    box.setObjectName("recordSection")
    form = QFormLayout(box)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    add_rows(box, section.rows, open_link)
    return box


def add_rows(box: QGroupBox, rows: Sequence[Row], open_link: Callable[[str], None]) -> None:
    """Add ``rows`` under the rows of ``box``, a box made by :func:`section_box`.

    A long section can so be drawn a few rows at a time (the console's view panel
    never spends more than a moment of the GUI thread at once).
    """
    form = box.layout()
    assert isinstance(form, QFormLayout)
    for row in rows:
        label, value = wrapping_label(row.label, "rowLabel"), _value(row, open_link)
        form.addRow(label, value)
        # Now, not when the event loop next runs (what a layout does for a shown box).
        label.show()
        value.show()


def _value(row: Row, open_link: Callable[[str], None]) -> QLabel:
    value = wrapping_label(row.value or "–", "rowValue")
    value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if row.link is not None and is_web_link(row.link):
        link = row.link.strip()
        value.setTextFormat(Qt.TextFormat.RichText)
        value.setText(
            f'<a href="{html.escape(link, quote=True)}">{html.escape(row.value or link)}</a>'
        )
        value.setToolTip(link)
        value.setOpenExternalLinks(False)
        value.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        value.linkActivated.connect(open_link)
    if row.emphasis:
        font = value.font()
        font.setBold(True)
        value.setFont(font)
    return value


def loading_text() -> str:
    """The line shown while an answer is on its way."""
    return QCoreApplication.translate("RecordPanel", "Loading…")


def nothing_text() -> str:
    """The line shown when an answer has nothing to show."""
    return QCoreApplication.translate("RecordPanel", "Nothing to show.")


def stale_text(fetched_at: datetime.datetime) -> str:
    """The stale banner's sentence for an answer fetched at ``fetched_at``."""
    return QCoreApplication.translate(
        "RecordPanel", "Shown as of %1 – the back office is not reachable right now"
    ).replace("%1", as_of(fetched_at))


def as_of(fetched_at: datetime.datetime) -> str:
    """HH:MM in Helsinki, with the day in front when it was not today."""
    if fetched_at.tzinfo is None:
        fetched_at = fetched_at.replace(tzinfo=datetime.UTC)
    local = fetched_at.astimezone(HELSINKI)
    if local.date() == datetime.datetime.now(HELSINKI).date():
        return local.strftime("%H:%M")
    return f"{local.day}.{local.month}. {local:%H:%M}"


class ProblemBox(QFrame):
    """What went wrong: a sentence, its details behind a toggle, and Retry."""

    retry_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("panelErrorBox")
        self.message_label = wrapping_label("", "panelError")
        self.details_label = wrapping_label("", "panelErrorDetails")
        self.details_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details_label.hide()
        self.details_button = QPushButton(QCoreApplication.translate("RecordPanel", "Details"))
        self.details_button.setObjectName("panelErrorDetailsToggle")
        self.details_button.setCheckable(True)
        self.details_button.toggled.connect(self.details_label.setVisible)
        self.retry_button = QPushButton(QCoreApplication.translate("RecordPanel", "Retry"))
        self.retry_button.setObjectName("panelRetry")
        self.retry_button.clicked.connect(self.retry_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.details_button)
        buttons.addWidget(self.retry_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message_label)
        layout.addLayout(buttons)
        layout.addWidget(self.details_label)
        self.hide()

    def show_problem(self, message: str, details: str, *, retry: bool) -> None:
        """Show ``message``; ``details`` behind the toggle (none: no toggle)."""
        self.message_label.setText(message)
        self.details_label.setText(details)
        self.details_button.setChecked(False)
        self.details_button.setVisible(bool(details))
        self.retry_button.setVisible(retry)
        self.show()
