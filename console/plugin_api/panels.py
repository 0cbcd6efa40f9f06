"""Ready-made panels for the common case: titled sections of label/value rows."""

from __future__ import annotations

import datetime
import html
from collections.abc import Sequence
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from console.plugin_api.context import PanelContext
from console.plugin_api.errors import LinkRefused, PluginError
from console.plugin_api.model import Answer

HELSINKI = ZoneInfo("Europe/Helsinki")

# Fixed colours that read the same on the light and the dark theme.
_STYLE = """
QLabel#staleBanner {
    background-color: #ffbf47; color: #1a1a1a; padding: 6px 8px; border-radius: 4px;
}
QFrame#panelErrorBox {
    background-color: #fdecea; border: 1px solid #f1aeb5; border-radius: 4px;
}
QFrame#panelErrorBox QLabel { color: #5c0a0a; }
"""


@dataclass(frozen=True)
class Row:
    """One label/value line; ``link`` makes the value a deep link (opened via the context)."""

    label: str
    value: str
    link: str | None = None
    emphasis: bool = False


@dataclass(frozen=True)
class Section:
    """A titled group of rows."""

    title: str
    rows: Sequence[Row]


class RecordPanel(QWidget):
    """A panel of titled sections of label/value rows with optional deep links, an
    "as of HH:MM (back office not reachable)" banner for stale answers, a message line for
    errors, and a placeholder when no visitor is identified.

    Values are shown as plain text (a back office's answer never becomes markup);
    a row's link opens through :meth:`PanelContext.open_link`, and a refused link
    is explained in the message line. Built to read well in a dock 360 px wide.
    """

    retry_requested = Signal()

    def __init__(self, context: PanelContext, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("recordPanel")
        self.setStyleSheet(_STYLE)

        self.title_label = _wrapping_label(title, "recordTitle")
        font = self.title_label.font()
        font.setBold(True)
        self.title_label.setFont(font)

        self.stale_banner = _wrapping_label("", "staleBanner")
        self.stale_banner.hide()

        self.error_box = QFrame()
        self.error_box.setObjectName("panelErrorBox")
        self.error_label = _wrapping_label("", "panelError")
        self.error_details = _wrapping_label("", "panelErrorDetails")
        self.error_details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_details.hide()
        self.details_button = QPushButton(QCoreApplication.translate("RecordPanel", "Details"))
        self.details_button.setObjectName("panelErrorDetailsToggle")
        self.details_button.setCheckable(True)
        self.details_button.toggled.connect(self.error_details.setVisible)
        self.retry_button = QPushButton(QCoreApplication.translate("RecordPanel", "Retry"))
        self.retry_button.setObjectName("panelRetry")
        self.retry_button.clicked.connect(self.retry_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.details_button)
        buttons.addWidget(self.retry_button)
        buttons.addStretch(1)
        error_layout = QVBoxLayout(self.error_box)
        error_layout.addWidget(self.error_label)
        error_layout.addLayout(buttons)
        error_layout.addWidget(self.error_details)
        self.error_box.hide()

        self.loading_label = _wrapping_label(
            QCoreApplication.translate("RecordPanel", "Loading…"), "panelLoading"
        )
        self.loading_label.hide()
        self.placeholder_label = _wrapping_label("", "panelPlaceholder")
        self.placeholder_label.hide()

        self.sections_widget = QWidget()
        self.sections_widget.setObjectName("recordSections")
        self._sections_layout = QVBoxLayout(self.sections_widget)
        self._sections_layout.setContentsMargins(0, 0, 0, 0)
        self._sections_layout.addStretch(1)
        self.scroll_area = QScrollArea()
        self.scroll_area.setObjectName("recordScroll")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        # Rows wrap instead: a sideways scroll bar in a narrow dock hides half of every value.
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setWidget(self.sections_widget)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addWidget(self.stale_banner)
        layout.addWidget(self.error_box)
        layout.addWidget(self.loading_label)
        layout.addWidget(self.placeholder_label)
        layout.addWidget(self.scroll_area, 1)

    # ------------------------------------------------------------ states
    def show_placeholder(self, text: str) -> None:
        """Show ``text`` instead of records (for example: no visitor identified yet)."""
        self._reset()
        self.placeholder_label.setText(text)
        self.placeholder_label.show()

    def show_loading(self) -> None:
        """Show that an answer is on its way; the previous records go at once."""
        self._reset()
        self.loading_label.show()

    def show_answer(self, answer: Answer, sections: Sequence[Section]) -> None:
        """Show ``sections`` built from ``answer``; a stale answer gets the banner.

        An answer with no data and an error (nothing earlier to show) shows the error.
        """
        if answer.data is None and answer.error is not None and not answer.stale:
            self.show_error(answer.error)
            return
        self._reset()
        for section in sections:
            box = self._box(section)
            # Before the stretch that keeps short records at the top.
            self._sections_layout.insertWidget(self._sections_layout.count() - 1, box)
            box.show()  # now, not when the event loop next runs (the layout's default)
        if not sections:
            self.placeholder_label.setText(
                QCoreApplication.translate("RecordPanel", "Nothing to show.")
            )
            self.placeholder_label.show()
        if answer.stale:
            self.stale_banner.setText(
                QCoreApplication.translate(
                    "RecordPanel", "Shown as of %1 – the back office is not reachable right now"
                ).replace("%1", _as_of(answer.fetched_at))
            )
            self.stale_banner.show()
            if answer.error is not None:
                self._show_problem(answer.error, retry=True)

    def show_error(self, error: PluginError) -> None:
        """Show what went wrong (details behind a toggle) and a Retry button."""
        self._reset()
        self._show_problem(error, retry=True)

    # ------------------------------------------------------------ inside
    def _reset(self) -> None:
        for label in (self.stale_banner, self.loading_label, self.placeholder_label):
            label.hide()
        self.error_box.hide()
        while self._sections_layout.count() > 1:
            item = self._sections_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.setParent(None)
                widget.deleteLater()

    def _show_problem(self, error: PluginError, *, retry: bool) -> None:
        self.error_label.setText(error.message)
        self.error_details.setText(error.details)
        self.details_button.setChecked(False)
        self.details_button.setVisible(bool(error.details))
        self.retry_button.setVisible(retry)
        self.error_box.show()

    def _box(self, section: Section) -> QGroupBox:
        box = QGroupBox(section.title)
        box.setObjectName("recordSection")
        form = QFormLayout(box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for row in section.rows:
            form.addRow(_wrapping_label(row.label, "rowLabel"), self._value(row))
        return box

    def _value(self, row: Row) -> QLabel:
        value = _wrapping_label(row.value or "–", "rowValue")
        value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if row.link:
            value.setTextFormat(Qt.TextFormat.RichText)
            value.setText(
                f'<a href="{html.escape(row.link, quote=True)}">'
                f"{html.escape(row.value or row.link)}</a>"
            )
            value.setOpenExternalLinks(False)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
            value.linkActivated.connect(self._open_link)
        if row.emphasis:
            font = value.font()
            font.setBold(True)
            value.setFont(font)
        return value

    def _open_link(self, url: str) -> None:
        try:
            self.context.open_link(url)
        except LinkRefused as refusal:
            self._show_problem(refusal, retry=False)


def _wrapping_label(text: str, name: str) -> QLabel:
    label = QLabel()
    # Plain text always: what a back office sends must not become markup here.
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    label.setObjectName(name)
    label.setWordWrap(True)
    return label


def _as_of(fetched_at: datetime.datetime) -> str:
    """HH:MM in Helsinki, with the day in front when it was not today."""
    if fetched_at.tzinfo is None:
        fetched_at = fetched_at.replace(tzinfo=datetime.UTC)
    local = fetched_at.astimezone(HELSINKI)
    if local.date() == datetime.datetime.now(HELSINKI).date():
        return local.strftime("%H:%M")
    return f"{local.day}.{local.month}. {local:%H:%M}"
