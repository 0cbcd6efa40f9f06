"""The console draws what a plugin of API 2 describes: a :class:`View`.

A plugin process never touches a widget; it sends a view (title, sections,
tables, a problem, a stale mark, a note to propose, actions) and this panel
draws it, with the same section drawing as :class:`RecordPanel`
(:mod:`console.plugin_api.drawing`), so every agency's panel reads alike. The
sections and tables are drawn a slice at a time (:mod:`console.ui.plugins.view_blocks`):
the largest view the wire allows never holds the GUI thread for long.

The panel decides nothing about what may happen: it only says what the advisor
asked for. A link (only http(s) addresses are drawn as links) comes out of
:attr:`ViewPanel.link_activated` for the host to check against the manifest's
hosts; Retry, an action, a query's text and "Propose a note" come out as
signals too. After Retry, an action or a query's button is pressed, that button
waits for the next view, so one press sends one request.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from console.plugin_api.drawing import (
    STYLE,
    ProblemBox,
    loading_text,
    nothing_text,
    stale_text,
    wrapping_label,
)
from console.plugin_api.view import Action, Query, View
from console.ui.plugins.view_blocks import BlocksArea
from console.ui.shared.flow_layout import FlowLayout

# A button wider than a 360 px dock would be cut off: longer labels are elided
# (the whole label is in the tooltip).
WIDEST_BUTTON = 300
NOTE_PREVIEW = 400  # characters of the note in the button's tooltip

# What was wrong with the text typed: the problem box's colours, readable on either theme.
_QUERY_STYLE = """
QLabel#queryProblem {
    background-color: #fdecea; color: #5c0a0a; padding: 4px 6px; border-radius: 4px;
}
"""


class ViewPanel(QWidget):
    """One plugin's panel, drawn from the views its process sends."""

    retry_requested = Signal()
    action_requested = Signal(str)  # the action's id
    link_activated = Signal(str)  # an http(s) address; the host checks its host
    note_proposed = Signal(str)  # the note's text, for the advisor to confirm
    query_submitted = Signal(str, str)  # the query's id and the text typed

    def __init__(self, title: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("viewPanel")
        self.setStyleSheet(STYLE + _QUERY_STYLE)
        self._default_title = title
        self._note = ""
        self._query: Query | None = None
        self._query_drawn = ""  # the text the line was given by the last view

        self.title_label = wrapping_label(title, "viewTitle")
        font = self.title_label.font()
        font.setBold(True)
        self.title_label.setFont(font)
        self.stale_banner = wrapping_label("", "staleBanner")
        self.stale_banner.hide()
        self.problem_box = ProblemBox()
        self.problem_box.retry_requested.connect(self._retry)
        self._build_query()
        self.loading_label = wrapping_label(loading_text(), "panelLoading")
        self.loading_label.hide()
        self.placeholder_label = wrapping_label("", "panelPlaceholder")
        self.placeholder_label.hide()

        self.blocks = BlocksArea()
        self.blocks.link_activated.connect(self.link_activated)

        # Under the records and outside their scrolling: always in reach.
        self.buttons_widget = QWidget()
        self.buttons_widget.setObjectName("viewButtons")
        self._buttons_layout = FlowLayout(self.buttons_widget)
        self._buttons_layout.setContentsMargins(0, 4, 0, 0)  # apart from the records above
        self.note_button = QPushButton(QCoreApplication.translate("ViewPanel", "Propose a note"))
        self.note_button.setObjectName("proposeNote")
        self.note_button.clicked.connect(self._propose_note)
        self._buttons_layout.addWidget(self.note_button)
        self.action_buttons: list[QPushButton] = []
        self.buttons_widget.hide()

        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addWidget(self.stale_banner)
        layout.addWidget(self.problem_box)
        layout.addWidget(self.query_widget)
        layout.addWidget(self.loading_label)
        layout.addWidget(self.placeholder_label)
        # The blocks take the height when there are any; otherwise the stretch below
        # keeps a placeholder or a message at the top, without an empty box under it.
        layout.addWidget(self.blocks, 1000)
        layout.addWidget(self.buttons_widget)
        layout.addStretch(1)

    # ------------------------------------------------------------ what the host calls
    def show_loading(self) -> None:
        """An answer is on its way: what was shown goes at once (it was another visitor's)."""
        self._reset()
        self._show_only(self.loading_label)

    def show_view(self, view: View) -> None:
        """Draw ``view`` in place of whatever was shown."""
        self._reset()
        shown: list[QWidget] = []
        self._set_text(self.title_label, view.title or self._default_title)
        if view.stale_as_of is not None:
            self._set_text(self.stale_banner, stale_text(view.stale_as_of))
            shown.append(self.stale_banner)
        if view.problem is not None:
            self.problem_box.show_problem(view.problem.message, view.problem.details, retry=True)
            shown.append(self.problem_box)
        if view.query is not None:
            self._show_query(view.query)
            shown.append(self.query_widget)
        if view.placeholder:
            self._set_text(self.placeholder_label, view.placeholder)
            shown.append(self.placeholder_label)
        else:
            self.blocks.show_blocks(view.blocks)
            if view.blocks:
                shown.append(self.blocks)
            elif view.problem is None:
                self._set_text(self.placeholder_label, nothing_text())
                shown.append(self.placeholder_label)
        self._note = view.note
        if self.note_button.isHidden() == bool(view.note):
            self.note_button.setVisible(bool(view.note))
        self.note_button.setToolTip(_preview(view.note))
        for action in view.actions:
            self._add_action(action)
        if view.note or view.actions:
            shown.append(self.buttons_widget)
        self._show_only(*shown)

    def explain(self, message: str, details: str = "") -> None:
        """Say why something the advisor asked for did not happen (e.g. a refused link).

        What is shown stays; there is nothing to retry.
        """
        self.problem_box.show_problem(message, details, retry=False)

    # ------------------------------------------------------------ inside
    def _build_query(self) -> None:
        self.query_widget = QWidget()
        self.query_widget.setObjectName("viewQuery")
        self.query_label = wrapping_label("", "queryLabel")
        self.query_line = QLineEdit()
        self.query_line.setObjectName("queryLine")
        self.query_label.setBuddy(self.query_line)
        self.query_button = QPushButton()
        self.query_button.setObjectName("queryButton")
        self.query_problem = wrapping_label("", "queryProblem")
        self.query_problem.hide()
        self.query_button.clicked.connect(self._submit_query)
        self.query_line.returnPressed.connect(self._submit_query)
        line = QHBoxLayout()
        line.addWidget(self.query_line, 1)
        line.addWidget(self.query_button)
        layout = QVBoxLayout(self.query_widget)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.query_label)
        layout.addLayout(line)
        layout.addWidget(self.query_problem)
        self.query_widget.hide()

    def _show_query(self, query: Query) -> None:
        edited = (
            self._query is not None
            and self._query.id == query.id
            and self.query_line.text() != self._query_drawn
        )
        self._query = query
        self.query_label.setText(query.label)
        self.query_line.setMaxLength(query.max_length)
        self.query_line.setPlaceholderText(query.placeholder)
        self.query_line.setAccessibleName(query.label)
        if not edited:  # what the advisor typed since the last view stays
            self.query_line.setText(query.value)
        self._query_drawn = query.value
        self.query_button.setText(
            self.query_button.fontMetrics().elidedText(
                query.button, Qt.TextElideMode.ElideRight, WIDEST_BUTTON // 2
            )
        )
        self.query_button.setToolTip(query.button)
        self.query_button.setEnabled(True)
        self.query_problem.setText(query.problem)
        self.query_problem.setVisible(bool(query.problem))

    def _submit_query(self) -> None:
        if self._query is None or not self.query_button.isEnabled():
            return
        self.query_button.setEnabled(False)  # until the plugin's next view
        self._query_drawn = self.query_line.text()
        self.query_submitted.emit(self._query.id, self.query_line.text())

    def _reset(self) -> None:
        """Take the last view's content away; which parts show is :meth:`_show_only`'s."""
        self.problem_box.retry_button.setEnabled(True)
        self._set_text(self.title_label, self._default_title)
        self.blocks.clear()
        for button in self.action_buttons:
            self._buttons_layout.removeWidget(button)
            button.hide()
            button.setParent(None)
            button.deleteLater()
        self.action_buttons = []
        self._note = ""

    def _show_only(self, *shown: QWidget) -> None:
        """Show the parts in ``shown`` and hide the others, touching only those that
        change: every panel is drawn again for each visitor called, and showing a hidden
        label polishes it under the panel's style sheet and lays the panel out again
        (measured in the soak's busy day: most of the GUI thread's time in Qt calls)."""
        for part in (
            self.stale_banner,
            self.problem_box,
            self.query_widget,
            self.loading_label,
            self.placeholder_label,
            self.blocks,
            self.buttons_widget,
        ):
            wanted = any(part is widget for widget in shown)
            if part.isHidden() == wanted:
                part.setVisible(wanted)

    @staticmethod
    def _set_text(label: QLabel, text: str) -> None:
        if label.text() != text:
            label.setText(text)

    def _add_action(self, action: Action) -> None:
        button = QPushButton()
        button.setObjectName("viewAction")
        button.setProperty("actionId", action.id)
        metrics = button.fontMetrics()
        button.setText(metrics.elidedText(action.label, Qt.TextElideMode.ElideRight, WIDEST_BUTTON))
        tooltip = "\n".join(part for part in (action.label, action.hint) if part)
        button.setToolTip(tooltip)
        button.setAccessibleName(action.label)
        button.setAccessibleDescription(action.hint)
        button.clicked.connect(lambda _checked=False, id_=action.id: self._act(id_))
        self._buttons_layout.addWidget(button)
        self.action_buttons.append(button)

    def _act(self, action_id: str) -> None:
        for button in self.action_buttons:
            button.setEnabled(False)  # until the plugin's next view
        self.action_requested.emit(action_id)

    def _retry(self) -> None:
        self.problem_box.retry_button.setEnabled(False)  # until the next view
        self.retry_requested.emit()

    def _propose_note(self) -> None:
        if self._note:
            self.note_proposed.emit(self._note)


def _preview(note: str) -> str:
    return note if len(note) <= NOTE_PREVIEW else note[: NOTE_PREVIEW - 1] + "…"
