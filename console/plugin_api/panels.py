"""Ready-made panels for the common case: titled sections of label/value rows.

:class:`Row` and :class:`Section` are the very classes a described view (API 2,
:mod:`console.plugin_api.view`) is made of, and the panel draws them with the same
functions as the console's view panel (:mod:`console.plugin_api.drawing`).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget

from console.plugin_api.context import PanelContext
from console.plugin_api.drawing import (
    STYLE,
    ProblemBox,
    loading_text,
    nothing_text,
    section_box,
    stale_text,
    wrapping_label,
)
from console.plugin_api.errors import LinkRefused, PluginError
from console.plugin_api.model import Answer
from console.plugin_api.view import Row, Section

__all__ = ["RecordPanel", "Row", "Section"]


class RecordPanel(QWidget):
    """A panel of titled sections of label/value rows with optional deep links, an
    "as of HH:MM (back office not reachable)" banner for stale answers, a message line for
    errors, and a placeholder when no visitor is identified.

    Values are shown as plain text (a back office's answer never becomes markup);
    a row's http(s) link opens through :meth:`PanelContext.open_link`, and a refused
    link is explained in the message line. Built to read well in a dock 360 px wide.
    """

    retry_requested = Signal()

    def __init__(self, context: PanelContext, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("recordPanel")
        self.setStyleSheet(STYLE)

        self.title_label = wrapping_label(title, "recordTitle")
        font = self.title_label.font()
        font.setBold(True)
        self.title_label.setFont(font)

        self.stale_banner = wrapping_label("", "staleBanner")
        self.stale_banner.hide()

        self.error_box = ProblemBox()
        self.error_box.retry_requested.connect(self.retry_requested)
        # The names plugins and their tests have known since API 1.0.
        self.error_label = self.error_box.message_label
        self.error_details = self.error_box.details_label
        self.details_button = self.error_box.details_button
        self.retry_button = self.error_box.retry_button

        self.loading_label = wrapping_label(loading_text(), "panelLoading")
        self.loading_label.hide()
        self.placeholder_label = wrapping_label("", "panelPlaceholder")
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
            box = section_box(section, self._open_link)
            # Before the stretch that keeps short records at the top.
            self._sections_layout.insertWidget(self._sections_layout.count() - 1, box)
            box.show()  # now, not when the event loop next runs (the layout's default)
        if not sections:
            self.placeholder_label.setText(nothing_text())
            self.placeholder_label.show()
        if answer.stale:
            self.stale_banner.setText(stale_text(answer.fetched_at))
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
        self.error_box.show_problem(error.message, error.details, retry=retry)

    def _open_link(self, url: str) -> None:
        try:
            self.context.open_link(url)
        except LinkRefused as refusal:
            self._show_problem(refusal, retry=False)
