"""ViewPanel as an advisor sees it: what a plugin of API 2 describes, drawn by the console.

Every view here goes through the wire first (view_to_wire, then view_from_wire), as
a plugin process's view does before the console draws it.
"""

from __future__ import annotations

import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import shiboken6
from PySide6.QtCore import QLocale, QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QGroupBox,
    QLabel,
    QPushButton,
    QTableView,
)
from pytestqt.qtbot import QtBot

from console.plugin_api.view import (
    LIMITS,
    Action,
    Problem,
    Query,
    Row,
    Section,
    Table,
    View,
    view_from_wire,
    view_to_wire,
)
from console.ui.plugins.view_blocks import MOST_ROWS, SLICE
from console.ui.plugins.view_panel import ViewPanel
from console.ui.plugins.view_table import PAGE, TableBlock

HELSINKI = ZoneInfo("Europe/Helsinki")
KELA_LINK = "https://asiointi.kela.fi/case/41?tab=housing"
BENEFITS = Section(
    "Benefits",
    (
        Row("Housing allowance", "Paid on 3 November", link=KELA_LINK),
        Row("Decision", "Waiting for a payslip", emphasis=True),
    ),
)
CONTACT = Section("Contact", (Row("Preferred language", "Finnish"),))
NOTE = "Kela: housing allowance paid on 3 November; basic social assistance waits for a payslip."


def wired(view: View) -> View:
    """``view`` as the console receives it from a plugin process."""
    return view_from_wire(view_to_wire(view))


def applications(count: int, *, total: int | None = None) -> Table:
    benefits = ("Housing allowance", "Basic social assistance", "Unemployment benefit")
    rows = tuple(
        (f"2026-{n % 12 + 1:02d}-{n % 28 + 1:02d}", benefits[n % 3], "Paid", str(1000 + n))
        for n in range(count)
    )
    links = tuple(
        f"https://asiointi.kela.fi/application/{n}" if n % 2 == 0 else None for n in range(count)
    )
    return Table("Applications", ("Received", "Benefit", "State", "Number"), rows, links, total)


def at_helsinki(hour: int, minute: int, days_ago: int = 0) -> datetime.datetime:
    day = datetime.datetime.now(HELSINKI) - datetime.timedelta(days=days_ago)
    return day.replace(hour=hour, minute=minute, second=0, microsecond=0)


@pytest.fixture
def panel(qtbot: QtBot) -> ViewPanel:
    shown = ViewPanel("Kela")
    qtbot.addWidget(shown)
    shown.resize(360, 720)
    shown.show()
    return shown


def texts(panel: ViewPanel, name: str) -> list[str]:
    return [label.text() for label in panel.findChildren(QLabel, name) if label.isVisibleTo(panel)]


def boxes(panel: ViewPanel) -> list[QGroupBox]:
    """The section boxes the advisor sees."""
    return [box for box in panel.findChildren(QGroupBox, "recordSection") if box.isVisibleTo(panel)]


def visible_buttons(panel: ViewPanel) -> list[str]:
    return [
        button.text()
        for button in panel.buttons_widget.findChildren(QPushButton)
        if button.isVisibleTo(panel)
    ]


def table_view(panel: ViewPanel) -> QTableView:
    [view] = [v for v in panel.findChildren(QTableView, "viewTableRows") if v.isVisibleTo(panel)]
    return view


def click_cell(qtbot: QtBot, view: QTableView, row: int, column: int) -> None:
    index = view.model().index(row, column)
    view.scrollTo(index)
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center()
    )


def scroll_to_end(qtbot: QtBot, view: QTableView) -> None:
    """Drag the scroll bar to its end, as often as it takes for the next page to come."""
    rows = view.model().rowCount()
    bar = view.verticalScrollBar()

    def next_page_came() -> bool:
        bar.triggerAction(bar.SliderAction.SliderToMaximum)
        return view.model().rowCount() > rows

    qtbot.waitUntil(next_page_came)


# ---------------------------------------------------------------- sections
def test_sections_and_rows_are_shown(panel: ViewPanel) -> None:
    panel.show_view(wired(View("Kela: benefits", (BENEFITS, CONTACT))))

    assert [box.title() for box in boxes(panel)] == ["Benefits", "Contact"]
    assert texts(panel, "viewTitle") == ["Kela: benefits"]
    assert texts(panel, "rowLabel") == ["Housing allowance", "Decision", "Preferred language"]
    assert "Waiting for a payslip" in texts(panel, "rowValue")
    for hidden in (panel.stale_banner, panel.problem_box, panel.loading_label):
        assert not hidden.isVisibleTo(panel)
    assert not panel.placeholder_label.isVisibleTo(panel)
    assert not panel.buttons_widget.isVisibleTo(panel)  # no note, no actions


def test_a_value_from_the_back_office_never_becomes_markup(panel: ViewPanel) -> None:
    person = Section("Person", (Row("<i>Name</i>", "<b>Maija</b> <img src=x>"),))
    panel.show_view(wired(View("<h1>Kela</h1>", (person,))))

    [value] = panel.findChildren(QLabel, "rowValue")
    assert value.textFormat() == Qt.TextFormat.PlainText
    assert value.text() == "<b>Maija</b> <img src=x>"
    assert texts(panel, "rowLabel") == ["<i>Name</i>"]
    assert panel.title_label.textFormat() == Qt.TextFormat.PlainText


def test_a_web_link_is_offered_to_the_host(panel: ViewPanel, qtbot: QtBot) -> None:
    panel.show_view(wired(View("Kela", (BENEFITS,))))
    [label] = [
        label for label in panel.findChildren(QLabel, "rowValue") if "<a href" in label.text()
    ]
    assert label.text() == (
        '<a href="https://asiointi.kela.fi/case/41?tab=housing">Paid on 3 November</a>'
    )

    with qtbot.waitSignal(panel.link_activated) as emitted:
        label.linkActivated.emit(KELA_LINK)  # what clicking the link does

    assert emitted.args == [KELA_LINK]


def test_only_web_addresses_become_links(panel: ViewPanel) -> None:
    odd = Section(
        "Links",
        (
            Row("Script", "Open the form", link="javascript:alert(1)"),
            Row("File", "The decision", link="file:///etc/passwd"),
            Row("No host", "Somewhere", link="https:///nothing"),
        ),
    )
    panel.show_view(wired(View("Kela", (odd,))))

    values = panel.findChildren(QLabel, "rowValue")
    assert [value.text() for value in values] == ["Open the form", "The decision", "Somewhere"]
    assert all(value.textFormat() == Qt.TextFormat.PlainText for value in values)


def test_a_refused_link_is_explained_and_the_records_stay(panel: ViewPanel) -> None:
    panel.show_view(wired(View("Kela", (BENEFITS,))))

    panel.explain("This link was not opened: elsewhere.example is not among the addresses.")

    assert texts(panel, "panelError") == [
        "This link was not opened: elsewhere.example is not among the addresses."
    ]
    assert not panel.problem_box.retry_button.isVisibleTo(panel)
    assert texts(panel, "rowLabel") == ["Housing allowance", "Decision"]


# ---------------------------------------------------------------- states
def test_a_stale_view_says_as_of_when_and_offers_retry(panel: ViewPanel, qtbot: QtBot) -> None:
    problem = Problem("The back office at kela.example did not answer in time.", "GET /benefits")
    view = View("Kela", (BENEFITS,), problem=problem, stale_as_of=at_helsinki(10, 42))

    panel.show_view(wired(view))

    assert texts(panel, "staleBanner") == [
        "Shown as of 10:42 – the back office is not reachable right now"
    ]
    assert texts(panel, "panelError") == [problem.message]
    assert texts(panel, "rowLabel") == ["Housing allowance", "Decision"]
    retry = panel.problem_box.retry_button
    with qtbot.waitSignal(panel.retry_requested):
        qtbot.mouseClick(retry, Qt.MouseButton.LeftButton)
    assert not retry.isEnabled()  # one press, one request: until the next view
    panel.show_view(wired(view))
    assert retry.isEnabled()


def test_a_stale_view_from_an_earlier_day_names_the_day(panel: ViewPanel) -> None:
    fetched = at_helsinki(9, 5, days_ago=2)

    panel.show_view(wired(View("Kela", (BENEFITS,), stale_as_of=fetched)))

    assert texts(panel, "staleBanner")[0].startswith(
        f"Shown as of {fetched.day}.{fetched.month}. 09:05 "
    )


def test_a_problem_shows_its_message_and_details_on_request(panel: ViewPanel, qtbot: QtBot) -> None:
    panel.show_view(wired(View("Kela", (BENEFITS,))))
    problem = Problem("The back office could not be reached.", "GET kela.example/benefits: 503")

    panel.show_view(wired(View("Kela", problem=problem)))

    assert texts(panel, "panelError") == ["The back office could not be reached."]
    assert boxes(panel) == []  # nothing left of before
    assert texts(panel, "panelPlaceholder") == []  # the problem says it all
    details = panel.problem_box.details_label
    assert not details.isVisibleTo(panel)
    qtbot.mouseClick(panel.problem_box.details_button, Qt.MouseButton.LeftButton)
    assert details.isVisibleTo(panel)
    assert details.text() == "GET kela.example/benefits: 503"


def test_a_problem_without_details_has_no_details_button(panel: ViewPanel) -> None:
    panel.show_view(wired(View("Kela", problem=Problem("The panel could not start."))))

    assert not panel.problem_box.details_button.isVisibleTo(panel)
    assert panel.problem_box.retry_button.isVisibleTo(panel)


def test_loading_clears_everything_at_once(panel: ViewPanel) -> None:
    view = View(
        "Kela: benefits",
        (BENEFITS, applications(5)),
        stale_as_of=at_helsinki(10, 42),
        note=NOTE,
        actions=(Action("refresh", "Refresh"),),
    )
    panel.show_view(wired(view))

    panel.show_loading()

    assert texts(panel, "panelLoading") == ["Loading…"]
    assert texts(panel, "viewTitle") == ["Kela"]  # not the last visitor's view's title
    assert boxes(panel) == []
    assert [t for t in panel.findChildren(QTableView) if t.isVisibleTo(panel)] == []
    assert texts(panel, "staleBanner") == []
    assert not panel.buttons_widget.isVisibleTo(panel)


def test_a_placeholder_shows_instead_of_blocks(panel: ViewPanel) -> None:
    view = View("Kela", (BENEFITS,), placeholder="Identify the visitor to see Kela's benefits.")

    panel.show_view(wired(view))

    assert texts(panel, "panelPlaceholder") == ["Identify the visitor to see Kela's benefits."]
    assert boxes(panel) == []
    assert texts(panel, "panelLoading") == []
    # No empty box under the sentence: the blocks' area is not there at all.
    assert not panel.blocks.isVisibleTo(panel)
    panel.show_view(wired(View("Kela", (BENEFITS,))))
    assert panel.blocks.isVisibleTo(panel)


def test_an_empty_view_says_so(panel: ViewPanel) -> None:
    panel.show_view(wired(View("Kela")))

    assert texts(panel, "panelPlaceholder") == ["Nothing to show."]


# ---------------------------------------------------------------- tables
def test_a_long_table_hands_its_rows_over_a_page_at_a_time(panel: ViewPanel, qtbot: QtBot) -> None:
    panel.show_view(wired(View("Kela", (applications(2400, total=100_000),))))
    view = table_view(panel)
    model = view.model()

    locale = QLocale()
    assert texts(panel, "tableShownCount") == [
        f"First {locale.toString(2400)} of {locale.toString(100_000)} shown"
    ]
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)] == [
        "Received",
        "Benefit",
        "State",
        "Number",
    ]
    assert model.rowCount() == PAGE
    assert model.data(model.index(0, 1)) == "Housing allowance"

    scroll_to_end(qtbot, view)  # the advisor scrolls to the end of what is there
    assert model.rowCount() == 2 * PAGE
    assert model.data(model.index(2 * PAGE - 1, 3)) == str(1000 + 2 * PAGE - 1)
    while model.rowCount() < 2400:
        scroll_to_end(qtbot, view)
    assert not model.canFetchMore(view.rootIndex())
    assert model.data(model.index(2399, 3)) == "3399"


def test_the_largest_table_the_wire_allows_shows_its_first_page_only(panel: ViewPanel) -> None:
    most = LIMITS["table_rows"]
    panel.show_view(wired(View("Kela", (applications(most + 50),))))  # the wire caps it

    model = table_view(panel).model()
    assert model.rowCount() == PAGE
    locale = QLocale()
    assert texts(panel, "tableShownCount") == [
        f"First {locale.toString(most)} of {locale.toString(most + 50)} shown"
    ]


def test_a_whole_table_says_nothing_about_counts(panel: ViewPanel) -> None:
    panel.show_view(wired(View("Kela", (applications(7, total=7),))))

    assert texts(panel, "tableShownCount") == []
    assert table_view(panel).model().rowCount() == 7


def test_an_empty_table_says_no_records(panel: ViewPanel) -> None:
    panel.show_view(wired(View("Kela", (applications(0),))))

    assert texts(panel, "tableEmpty") == ["No records."]
    assert [t for t in panel.findChildren(QTableView) if t.isVisibleTo(panel)] == []


def test_a_table_row_link_is_offered_to_the_host(panel: ViewPanel, qtbot: QtBot) -> None:
    panel.show_view(wired(View("Kela", (applications(30),))))
    view = table_view(panel)
    qtbot.waitUntil(lambda: view.viewport().height() > 0)
    emitted: list[str] = []
    panel.link_activated.connect(emitted.append)

    click_cell(qtbot, view, 0, 0)  # the first column of a row with a link: drawn as a link
    click_cell(qtbot, view, 1, 0)  # a row without a link
    click_cell(qtbot, view, 2, 2)  # a row with a link, but not on the link
    view.setCurrentIndex(view.model().index(4, 1))
    qtbot.keyClick(view, Qt.Key.Key_Return)  # Enter on a row opens its link

    assert emitted == [
        "https://asiointi.kela.fi/application/0",
        "https://asiointi.kela.fi/application/4",
    ]
    model = view.model()
    assert model.data(model.index(0, 0), Qt.ItemDataRole.FontRole).underline()
    assert model.data(model.index(1, 0), Qt.ItemDataRole.FontRole) is None
    assert view.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers


def test_a_table_cell_is_plain_text_and_only_web_links_count(qtbot: QtBot) -> None:
    table = Table(
        "Odd",
        ("A", "B"),
        (("<b>bold</b>",), ("x", "y")),  # the first record has fewer cells than columns
        ("javascript:alert(1)", "https://kela.example/2"),
    )
    block = TableBlock(wired(View("x", (table,))).blocks[0])  # type: ignore[arg-type]
    qtbot.addWidget(block)

    assert block.model.data(block.model.index(0, 0)) == "<b>bold</b>"
    assert block.model.data(block.model.index(0, 1)) == ""
    assert block.model.link(0) is None
    assert block.model.link(1) == "https://kela.example/2"


# ---------------------------------------------------------------- note and actions
def test_a_note_is_proposed_with_one_press(panel: ViewPanel, qtbot: QtBot) -> None:
    panel.show_view(wired(View("Kela", (BENEFITS,), note=NOTE)))

    assert visible_buttons(panel) == ["Propose a note"]
    assert panel.note_button.toolTip() == NOTE
    with qtbot.waitSignal(panel.note_proposed) as emitted:
        qtbot.mouseClick(panel.note_button, Qt.MouseButton.LeftButton)
    assert emitted.args == [NOTE]

    panel.show_view(wired(View("Kela", (BENEFITS,))))
    assert not panel.note_button.isVisibleTo(panel)


def test_actions_are_buttons_that_ask_once(panel: ViewPanel, qtbot: QtBot) -> None:
    actions = (
        Action("refresh", "Refresh"),
        Action("print", "Print a summary", hint="Prints on the counter's printer"),
    )
    panel.show_view(wired(View("Kela", (BENEFITS,), actions=actions)))

    assert visible_buttons(panel) == ["Refresh", "Print a summary"]
    [_refresh, printing] = panel.action_buttons
    assert printing.toolTip() == "Print a summary\nPrints on the counter's printer"
    with qtbot.waitSignal(panel.action_requested) as emitted:
        qtbot.mouseClick(printing, Qt.MouseButton.LeftButton)
    assert emitted.args == ["print"]
    assert not any(button.isEnabled() for button in panel.action_buttons)  # until the answer

    panel.show_view(wired(View("Kela", (BENEFITS,), actions=actions)))
    assert all(button.isEnabled() for button in panel.action_buttons)


def test_a_long_action_label_is_shortened_with_the_whole_label_at_hand(
    panel: ViewPanel,
) -> None:
    label = "Open every application of this visitor in Kela's own system " * 3
    panel.show_view(wired(View("Kela", actions=(Action("open", label),))))

    [button] = panel.action_buttons
    assert button.text().endswith("…")
    assert button.toolTip() == label
    assert button.accessibleName() == label


# ---------------------------------------------------------------- a query line
SEARCH = Query(
    "search",
    "Business ID (Y-tunnus)",
    "Search",
    placeholder="1234567-8",
    max_length=20,
)


def test_a_query_line_sends_what_was_typed(panel: ViewPanel, qtbot: QtBot) -> None:
    hint = "Type a business ID and press Search."
    panel.show_view(wired(View("PRH", query=SEARCH, placeholder=hint)))

    assert texts(panel, "queryLabel") == ["Business ID (Y-tunnus)"]
    assert panel.query_line.placeholderText() == "1234567-8"
    assert panel.query_button.text() == "Search"
    assert texts(panel, "panelPlaceholder") == [hint]
    assert texts(panel, "queryProblem") == []
    qtbot.keyClicks(panel.query_line, "0112038-9 and more than twenty characters")
    assert panel.query_line.text() == "0112038-9 and more t"  # the query's max_length
    panel.query_line.setText("0112038-9")
    with qtbot.waitSignal(panel.query_submitted) as emitted:
        qtbot.mouseClick(panel.query_button, Qt.MouseButton.LeftButton)
    assert emitted.args == ["search", "0112038-9"]
    assert not panel.query_button.isEnabled()  # until the plugin's next view
    with qtbot.assertNotEmitted(panel.query_submitted):
        qtbot.keyClick(panel.query_line, Qt.Key.Key_Return)


def test_enter_in_the_query_line_searches_too(panel: ViewPanel, qtbot: QtBot) -> None:
    panel.show_view(wired(View("PRH", query=SEARCH)))
    qtbot.keyClicks(panel.query_line, "0112038-9")

    with qtbot.waitSignal(panel.query_submitted) as emitted:
        qtbot.keyClick(panel.query_line, Qt.Key.Key_Return)

    assert emitted.args == ["search", "0112038-9"]


def test_a_query_problem_is_shown_and_the_typed_text_stays(panel: ViewPanel, qtbot: QtBot) -> None:
    panel.show_view(wired(View("PRH", query=SEARCH)))
    qtbot.keyClicks(panel.query_line, "123")
    qtbot.keyClick(panel.query_line, Qt.Key.Key_Return)
    wrong = "123 is not in the format of a business ID: seven digits, a hyphen and a check digit."
    mistyped = Query("search", SEARCH.label, SEARCH.button, value="123", problem=wrong)

    panel.show_view(wired(View("PRH", query=mistyped)))

    assert texts(panel, "queryProblem") == [wrong]
    assert panel.query_line.text() == "123"
    assert panel.query_button.isEnabled()
    qtbot.keyClicks(panel.query_line, "4567-8")  # the advisor goes on typing ...
    panel.show_view(wired(View("PRH", query=mistyped)))  # ... while another view comes
    assert panel.query_line.text() == "1234567-8"
    panel.show_loading()
    assert not panel.query_widget.isVisibleTo(panel)


# ---------------------------------------------------------------- the largest views
def longest_section_view() -> View:
    """The most section rows the wire lets a view carry (100 sections of 200 rows)."""
    sections = tuple(
        Section(
            f"Decisions {n}",
            tuple(Row(f"Decision {n}.{m}", f"Paid on {m % 28 + 1} November") for m in range(200)),
        )
        for n in range(LIMITS["blocks"])
    )
    assert view_from_wire(view_to_wire(View("Kela", sections)))  # the wire allows it
    return View("Kela", sections)


def test_the_largest_view_is_drawn_a_slice_at_a_time(panel: ViewPanel, qtbot: QtBot) -> None:
    """The largest view a plugin may send is drawn a slice per turn of the event loop, so
    the console answers between slices. How long the GUI thread is held is measured,
    not asserted: ``python -m benchmarks.panels`` (docs/performance.md). 20,000 rows
    drawn at once held it for about 10 s."""
    view = wired(longest_section_view())
    with qtbot.waitSignal(panel.blocks.drawn, timeout=60_000):
        panel.show_view(view)
        left = panel.blocks.work_left()
        # One slice was drawn at once; the rest (over ten slices) comes between events.
        assert left > 10 * SLICE
        QApplication.processEvents()
        # A turn draws a slice (its last step may run over: placing a section box
        # costs as much as its rows), never the rest of the view.
        assert panel.blocks.work_left() >= left - SLICE - LIMITS["section_rows"]
    qtbot.waitUntil(panel.blocks.settled)
    panel.show_loading()
    assert texts(panel, "rowLabel") == []  # the view went at once
    qtbot.waitUntil(panel.blocks.settled)  # and its widgets after


def test_the_console_draws_at_most_so_many_section_rows(panel: ViewPanel, qtbot: QtBot) -> None:
    with qtbot.waitSignal(panel.blocks.drawn, timeout=60_000):
        panel.show_view(wired(longest_section_view()))

    assert len(panel.findChildren(QLabel, "rowLabel")) == MOST_ROWS
    left_out = 200 * LIMITS["blocks"] - MOST_ROWS
    assert texts(panel, "viewRowsLeftOut") == [
        f"{QLocale().toString(left_out)} more rows are not shown: "
        "the panel sent more than the console draws."
    ]


def test_a_new_view_stops_the_drawing_of_the_last(panel: ViewPanel, qtbot: QtBot) -> None:
    panel.show_view(wired(longest_section_view()))
    assert panel.blocks.drawing()

    panel.show_view(wired(View("Kela", (CONTACT,))))

    assert not panel.blocks.drawing()
    qtbot.waitUntil(panel.blocks.settled)
    assert texts(panel, "rowLabel") == ["Preferred language"]
    assert [box.title() for box in boxes(panel)] == ["Contact"]


def test_a_panel_closed_while_drawing_leaves_no_window_behind(qtbot: QtBot) -> None:
    before = set(QApplication.topLevelWidgets())
    panel = ViewPanel("Kela")
    panel.show()
    panel.show_view(wired(longest_section_view()))
    panel.show_loading()  # the view drawn so far waits to be deleted
    panel.show_view(wired(longest_section_view()))

    shiboken6.delete(panel)  # the dock goes, e.g. the console quits

    qtbot.wait(50)  # nothing left to run: the timers went with the panel
    left = {w for w in QApplication.topLevelWidgets() if shiboken6.isValid(w)} - before
    assert left == set()


# ---------------------------------------------------------------- in a narrow dock
def test_everything_reads_in_a_360_px_dock(panel: ViewPanel, qtbot: QtBot, tmp_path: Path) -> None:
    long_value = (
        "Housing allowance decision of 3 November: paid monthly to the landlord, next review "
        "when the lease ends or the household changes"
    )
    view = View(
        "Kela: benefits and applications",
        (
            Section("Benefits and decisions of the household", (Row("Decision", long_value),)),
            applications(2400, total=100_000),
            CONTACT,
        ),
        problem=Problem("The back office at kela.example did not answer in time.", "GET /x"),
        stale_as_of=at_helsinki(10, 42),
        note=NOTE,
        query=Query(
            "search",
            "Application number or the visitor's customer number at Kela",
            "Search",
            value="K-2026-0041",
            problem="No application K-2026-0041 for this visitor; check the number on the letter.",
        ),
        actions=(
            Action("refresh", "Refresh"),
            Action("open-all", "Open all applications in Kela's own system"),
            Action("print", "Print a summary"),
        ),
    )
    panel.show_view(wired(view))
    qtbot.waitUntil(lambda: panel.blocks.viewport().width() > 0)
    qtbot.waitUntil(lambda: panel.buttons_widget.height() > 0)

    assert panel.grab().save(str(tmp_path / "view-panel-360.png"))
    width = panel.width()
    assert panel.blocks.blocks_widget.minimumSizeHint().width() <= panel.blocks.viewport().width()
    for label in panel.findChildren(QLabel):
        if not label.isVisibleTo(panel) or not label.text():
            continue
        assert label.wordWrap(), label.objectName()
        assert label.mapTo(panel, QPoint(label.width(), 0)).x() <= width, label.text()
        # a wrapped label tall enough for all of its lines: nothing cut off
        assert label.height() >= label.heightForWidth(label.width()), label.text()
    buttons = panel.buttons_widget
    for button in [panel.note_button, *panel.action_buttons]:
        right = button.mapTo(panel, QPoint(button.width(), 0)).x()
        assert right <= width, button.text()
        assert button.width() >= button.sizeHint().width(), button.text()  # not squeezed
        assert button.geometry().bottom() <= buttons.height(), button.text()  # not cut off
    line = panel.query_line
    assert line.mapTo(panel, QPoint(line.width(), 0)).x() <= width
    assert line.width() >= 120  # room to read what was typed
    search = panel.query_button
    assert search.mapTo(panel, QPoint(search.width(), 0)).x() <= width
    table = table_view(panel)
    assert table.mapTo(panel, QPoint(table.width(), 0)).x() <= width
    rows_shown = (table.viewport().height()) // table.verticalHeader().defaultSectionSize()
    assert rows_shown >= 8  # a useful number of records at a glance, the rest scrolls
