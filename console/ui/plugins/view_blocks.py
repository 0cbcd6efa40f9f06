"""The records of a view (its sections and tables), drawn a slice at a time.

A view may hold up to 100 blocks and a section up to 200 rows (``view.LIMITS``).
Drawn in one go, the largest view the wire allows held the GUI thread for about
10 s (20,000 rows at about 0.5 ms each), and deleting it again for 0.1 s. So the
area draws the first :data:`SLICE` units of work at once (a view of a few short
sections and a table is complete when ``show_blocks`` returns; a section of r rows
costs 2r + 1 units) and the rest in slices of :data:`SLICE` from a zero-interval timer,
between which the event loop runs: paints, clicks, the queue. A new view or
"Loading…" drops the old view's remaining work; what it had drawn goes out of
sight at once and is deleted a slice at a time.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable, Sequence
from functools import partial

import shiboken6
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QGroupBox, QScrollArea, QVBoxLayout, QWidget

from console.plugin_api.drawing import add_rows, section_box, wrapping_label
from console.plugin_api.view import LIMITS, Block, Row, Section, Table
from console.ui.plugins.view_table import TableBlock

# Units of work: a section row is 1 (about 0.3-0.5 ms here), a section's box 1, a
# table TABLE_COST (its first rows measured for its column widths, 10-20 ms).
SLICE = 80
# Section rows drawn of one view at most (wrapped labels cost about 0.5 ms each to
# make and lay out, and as much again to take away): a long list is a Table.
MOST_ROWS = 1000
ROWS_AT_ONCE = 20  # a long section grows by this many rows at a time
TABLE_COST = 40
# A slice from the timer also ends after this long (ms): on a busy PC a slice of
# SLICE units took 40-60 ms of the GUI thread in the soak (tests/soak), and the
# queue's timer waited behind it. The first slice is not cut, so a short view is
# whole when ``show_blocks`` returns.
SLICE_MS = 15
DELETE_ROWS_PER_UNIT = 20  # deleting a row costs a small part of making it


class BlocksArea(QScrollArea):
    """A scroll area showing a view's blocks, drawn in slices."""

    link_activated = Signal(str)  # an http(s) address from a section row or table row
    drawn = Signal()  # every block of the view last given is drawn

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("viewScroll")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        # Rows wrap and tables scroll sideways inside their own box: a sideways scroll
        # bar for the whole panel in a narrow dock would hide half of every value.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._work: deque[tuple[int, Callable[[], None]]] = deque()  # (cost, step)
        self._shown: list[tuple[QWidget, int]] = []  # each block drawn, and its rows
        self._doomed: deque[tuple[QWidget, int]] = deque()
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._next_slice)
        # The scroll area keeps one content widget for good; each view's blocks are a
        # widget inside it, so an old view can be hidden and taken apart in place
        # (taking it out of the scroll area would reparent it: a restyle of every row).
        self._content = QWidget()
        self._content.setObjectName("viewContent")
        self._content_layout = QVBoxLayout(self._content)
        self._content_layout.setContentsMargins(0, 0, 0, 0)
        self.blocks_widget = self._new_blocks_widget()
        self._content_layout.addWidget(self.blocks_widget)
        self.setWidget(self._content)
        self._workshop = self._new_workshop()

    # ------------------------------------------------------------ ours
    def show_blocks(self, blocks: Sequence[Block]) -> None:
        """Draw ``blocks`` in place of what is shown: the first slice now, the rest soon."""
        self.clear()
        rows_left = MOST_ROWS
        left_out = 0
        for block in blocks:
            if isinstance(block, Section):
                rows = block.rows[: max(rows_left, 0)]
                left_out += len(block.rows) - len(rows)
                rows_left -= len(rows)
                self._plan_section(block, rows)
            else:
                self._work.append((TABLE_COST, partial(self._add_table, block)))
        if left_out:
            self._work.append((1, partial(self._say_left_out, left_out)))
        if not self._work:
            self.drawn.emit()
            return
        self._draw(SLICE)
        if self._work:
            self._timer.start()

    def clear(self) -> None:
        """Show nothing; what was shown is deleted a slice at a time."""
        self._work.clear()
        if self._workshop.children():  # one section box, not placed yet
            self._doomed.append((self._workshop, LIMITS["section_rows"]))
            self._workshop = self._new_workshop()
            self._timer.start()
        if self._shown:
            old = self.blocks_widget
            old.hide()  # out of sight at once; still owned, so deleted with the area at the latest
            self._content_layout.removeWidget(old)
            self._doomed.extend(self._shown)
            self._doomed.append((old, 0))  # its blocks first: then it is light to delete
            self._shown = []
            self.blocks_widget = self._new_blocks_widget()
            self._content_layout.addWidget(self.blocks_widget)
            self.blocks_widget.show()  # now, not when the event loop next runs
            self._timer.start()
        self.verticalScrollBar().setValue(0)

    def drawing(self) -> bool:
        """Whether part of the view last given is still to be drawn."""
        return bool(self._work)

    def work_left(self) -> int:
        """Units of drawing still to do for the view last given (see :data:`SLICE`)."""
        return sum(cost for cost, _step in self._work)

    def settled(self) -> bool:
        """Whether nothing is left to draw, nor of earlier views to delete."""
        return not self._work and not self._doomed

    # ------------------------------------------------------------ inside
    def _new_blocks_widget(self) -> QWidget:
        widget = QWidget()
        widget.setObjectName("viewBlocks")
        layout = QVBoxLayout(widget)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addStretch(1)  # keeps short records at the top
        return widget

    def _new_workshop(self) -> QWidget:
        """Where a section box gets its rows, hidden, before it is placed."""
        workshop = QWidget(self)
        workshop.hide()
        return workshop

    def _plan_section(self, section: Section, rows: Sequence[Row]) -> None:
        # The box gets its rows before it is placed: adding a row to a shown box lays
        # out every block above it again, which made a long view take minutes.
        holder: list[QGroupBox] = []

        def start() -> None:
            box = section_box(Section(section.title, ()), self.link_activated.emit)
            box.setParent(self._workshop)  # owned, so deleted with the area at the latest
            holder.append(box)

        self._work.append((1, start))
        for first in range(0, len(rows), ROWS_AT_ONCE):
            chunk = rows[first : first + ROWS_AT_ONCE]
            self._work.append((len(chunk), partial(self._add_rows, holder, chunk)))
        # Placing it costs about what making its rows did (polish, layout).
        self._work.append((max(1, len(rows)), lambda: self._place(holder[0], len(rows))))

    def _add_rows(self, holder: list[QGroupBox], rows: Sequence[Row]) -> None:
        add_rows(holder[0], rows, self.link_activated.emit)

    def _say_left_out(self, rows: int) -> None:
        text = QCoreApplication.translate(
            "BlocksArea",
            "%1 more rows are not shown: the panel sent more than the console draws.",
        ).replace("%1", QLocale().toString(rows))
        self._place(wrapping_label(text, "viewRowsLeftOut"), 1)

    def _add_table(self, table: Table) -> None:
        block = TableBlock(table)
        block.link_activated.connect(self.link_activated)
        self._place(block, 1)

    def _place(self, widget: QWidget, rows: int) -> None:
        layout = self.blocks_widget.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(layout.count() - 1, widget)  # before the stretch
        widget.show()  # now, not when the event loop next runs (the layout's default)
        self._shown.append((widget, rows))

    def _draw(self, budget: int, until: float | None = None) -> int:
        """Do up to ``budget`` units of drawing, and none after ``until`` (monotonic s)
        when given; what is left of the budget (0 when the time ran out)."""
        while self._work and budget > 0:
            cost, step = self._work.popleft()
            step()
            budget -= cost
            if until is not None and time.monotonic() > until:
                budget = 0
                break
        if not self._work:
            self.drawn.emit()
        return budget

    def _next_slice(self) -> None:
        until = time.monotonic() + SLICE_MS / 1000
        budget = self._draw(SLICE, until) if self._work else SLICE
        while self._doomed and budget > 0 and time.monotonic() <= until:
            widget, rows = self._doomed.popleft()
            if shiboken6.isValid(widget):
                shiboken6.delete(widget)
            budget -= 1 + rows // DELETE_ROWS_PER_UNIT
        if not self._work and not self._doomed:
            self._timer.stop()
