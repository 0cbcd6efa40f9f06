"""Searching the notes a person may read; a hit opens its case."""

from __future__ import annotations

import html
import logging
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QKeyEvent,
    QPainter,
    QPalette,
    QShowEvent,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from console.core.cases import MATCH_END, MATCH_START, SearchHit, plain_snippet
from console.core.queue import local_time
from console.core.text import TiskiError
from console.i18n import translate
from console.ui.shared.colours import text_colour
from console.ui.shared.database_pool import database_pool
from console.ui.shared.dialog_parts import HINT_STYLE, message_label, show_message, style_label
from console.ui.shared.worker import run_in_background

log = logging.getLogger(__name__)

Index = QModelIndex | QPersistentModelIndex
_PADDING = 6  # around each hit, in pixels


def snippet_html(snippet: str) -> str:
    """The snippet as HTML: its text escaped, its matches in bold, on one line."""
    text = html.escape(" ".join(snippet.split()), quote=False)
    return text.replace(MATCH_START, "<b>").replace(MATCH_END, "</b>")


class SearchHitModel(QAbstractListModel):
    """The hits of the latest search, newest first."""

    HIT_ROLE = Qt.ItemDataRole.UserRole + 1  # the SearchHit
    META_ROLE = Qt.ItemDataRole.UserRole + 2  # "dd.MM.yyyy HH:mm · author · partition"
    SNIPPET_HTML_ROLE = Qt.ItemDataRole.UserRole + 3

    def __init__(self, agency_names: dict[int, str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._agency_names = dict(agency_names)
        self._hits: list[SearchHit] = []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._hits)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._hits):
            return None
        hit = self._hits[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            # What screen readers and copy get: both lines as plain text.
            return f"{self.meta(hit)}\n{' '.join(plain_snippet(hit.snippet).split())}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Case %1: double-click or press Enter to open it").replace(
                "%1", str(hit.case_id)
            )
        if role == self.HIT_ROLE:
            return hit
        if role == self.META_ROLE:
            return self.meta(hit)
        if role == self.SNIPPET_HTML_ROLE:
            return snippet_html(hit.snippet)
        return None

    def meta(self, hit: SearchHit) -> str:
        written = local_time(hit.written_at).strftime("%d.%m.%Y %H:%M")
        return " · ".join((written, hit.author_name, self._partition(hit.partition_agency_id)))

    def _partition(self, agency_id: int | None) -> str:
        if agency_id is None:
            return self.tr("shared")
        return self._agency_names.get(agency_id) or self.tr("agency %1").replace(
            "%1", str(agency_id)
        )

    def hit(self, row: int) -> SearchHit:
        return self._hits[row]

    def show_hits(self, hits: Sequence[SearchHit]) -> None:
        # Each search is a new result set, not a change to the last one: a reset says so.
        self.beginResetModel()
        self._hits = list(hits)
        self.endResetModel()


class SearchHitDelegate(QStyledItemDelegate):
    """Paints a hit as two lines: grey time, author and partition; the snippet with bold matches."""

    def html(self, index: Index, *, selected: bool = False) -> str:
        """The HTML a hit is painted from."""
        meta = html.escape(str(index.data(SearchHitModel.META_ROLE) or ""), quote=False)
        snippet = str(index.data(SearchHitModel.SNIPPET_HTML_ROLE) or "")
        # Selected rows take the highlight's text colour throughout; grey would fade into it.
        meta_html = (
            meta if selected else f'<span style="color:{text_colour("muted")}">{meta}</span>'
        )
        return f"<div>{meta_html}</div><div>{snippet}</div>"

    def _document(self, option: QStyleOptionViewItem, index: Index, width: int) -> QTextDocument:
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        document = QTextDocument()
        document.setDocumentMargin(0)
        document.setDefaultFont(option.font)
        document.setHtml(self.html(index, selected=selected))
        document.setTextWidth(max(50, width - 2 * _PADDING))
        return document

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        view_option = QStyleOptionViewItem(option)
        self.initStyleOption(view_option, index)
        view_option.text = ""
        widget = view_option.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, view_option, painter, widget)
        document = self._document(option, index, option.rect.width())
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        colour_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, QColor(option.palette.color(colour_role)))
        painter.save()
        painter.translate(option.rect.left() + _PADDING, option.rect.top() + _PADDING)
        painter.setClipRect(0, 0, option.rect.width() - _PADDING, option.rect.height() - _PADDING)
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        width = option.rect.width()
        view = option.widget
        if isinstance(view, QAbstractItemView):
            width = view.viewport().width()
        document = self._document(option, index, width)
        return QSize(width, int(document.size().height()) + 2 * _PADDING)


class _ResultList(QListView):
    """The hits; Enter on one opens its case (and never reaches the dialog's buttons)."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.activated.emit(self.currentIndex())
            event.accept()
            return
        super().keyPressEvent(event)


class SearchDialog(QDialog):
    """Search notes; double-click or Enter on a hit asks the console to open its case.

    ``search`` runs off the GUI thread and returns the hits newest first; it
    raises :class:`TiskiError` for what a person can fix. The dialog can be
    shown again and keeps its query.
    """

    case_requested = Signal(int)

    def __init__(
        self,
        parent: QWidget | None,
        search: Callable[[str], list[SearchHit]],
        agency_names: dict[int, str],
    ) -> None:
        super().__init__(parent)
        self.setObjectName("searchDialog")
        self.setWindowTitle(self.tr("Search notes"))
        self.setMinimumSize(640, 480)
        self._search = search
        self._generation = 0  # results of an older search than this are dropped
        self.running = False

        self.query_edit = QLineEdit()
        self.query_edit.setObjectName("searchQuery")
        self.query_edit.setPlaceholderText(self.tr("Words in the note, e.g. asumistuki"))
        self.query_edit.setClearButtonEnabled(True)
        self.query_edit.setMaxLength(200)
        query_label = QLabel(self.tr("&Find notes with:"))
        query_label.setBuddy(self.query_edit)
        self.search_button = QPushButton(self.tr("&Search"))
        self.search_button.setObjectName("searchButton")
        # Enter belongs to the field and to the results, not to a default button.
        self.search_button.setAutoDefault(False)
        self.search_button.clicked.connect(self.run_search)
        self.query_edit.returnPressed.connect(self.run_search)
        query_row = QHBoxLayout()
        query_row.addWidget(query_label)
        query_row.addWidget(self.query_edit, 1)
        query_row.addWidget(self.search_button)

        self.status = message_label("searchStatus")
        self.model = SearchHitModel(agency_names, self)
        self.delegate = SearchHitDelegate(self)
        self.results = _ResultList()
        self.results.setObjectName("searchResults")
        self.results.setAccessibleName(self.tr("Notes found"))
        self.results.setModel(self.model)
        self.results.setItemDelegate(self.delegate)
        self.results.setResizeMode(QListView.ResizeMode.Adjust)
        self.results.setUniformItemSizes(False)
        self.results.setAlternatingRowColors(True)
        self.results.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Activation is a double-click (or the platform's click) and Enter.
        self.results.activated.connect(self._open)

        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close_button = close.button(QDialogButtonBox.StandardButton.Close)
        close_button.setText(self.tr("Close"))
        close_button.setAutoDefault(False)
        close.rejected.connect(self.reject)
        hint = QLabel(self.tr("Double-click a note or press Enter on it to open its case."))
        style_label(hint, HINT_STYLE)
        hint.setWordWrap(True)
        bottom = QHBoxLayout()
        bottom.addWidget(hint, 1)
        bottom.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addLayout(query_row)
        layout.addWidget(self.status)
        layout.addWidget(self.results, 1)
        layout.addLayout(bottom)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Shown again: the last query stays, ready to be refined or replaced.
        self.query_edit.setFocus()
        self.query_edit.selectAll()

    def query(self) -> str:
        return self.query_edit.text()

    def run_search(self) -> None:
        """Search for the query off the GUI thread; the latest search wins."""
        query = self.query_edit.text().strip()
        if not query:
            show_message(self.status, self.tr("Type at least one word to search for."), HINT_STYLE)
            return
        self._generation += 1
        generation = self._generation
        self.running = True
        show_message(self.status, self.tr("Searching…"), HINT_STYLE)
        search = self._search

        def succeeded(hits: list[SearchHit]) -> None:
            if generation == self._generation:
                self.running = False
                self._show_hits(hits)

        def failed(error: BaseException) -> None:
            if generation == self._generation:
                self.running = False
                self._show_error(error)

        run_in_background(
            lambda: search(query), succeeded, failed, context=self, pool=database_pool()
        )

    def _show_hits(self, hits: list[SearchHit]) -> None:
        self.model.show_hits(hits)
        if not hits:
            show_message(self.status, self.tr("No notes match."), HINT_STYLE)
            return
        show_message(self.status, self.tr("%n note(s) (newest first)", "", len(hits)), HINT_STYLE)
        self.results.setCurrentIndex(self.model.index(0, 0))

    def _show_error(self, error: BaseException) -> None:
        self.model.show_hits([])
        if isinstance(error, TiskiError):
            show_message(self.status, translate(error.message))
            return
        # The query may hold personal data: the log gets the error, not the query.
        log.error("Note search failed", exc_info=error)
        show_message(
            self.status,
            self.tr("The search failed unexpectedly. Try again; if it keeps failing, tell IT."),
        )

    def _open(self, index: QModelIndex) -> None:
        if index.isValid():
            self.case_requested.emit(self.model.hit(index.row()).case_id)
