"""RecordPanel as an advisor sees it: sections, links, the stale banner, errors, at 360 px."""

from __future__ import annotations

import datetime
from collections.abc import Iterator
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QLabel
from pytest_httpserver import HTTPServer
from pytestqt.qtbot import QtBot

from console.plugin_api import (
    Answer,
    HttpClient,
    HttpError,
    PanelContext,
    PluginError,
    RecordPanel,
    Row,
    Section,
    Visitor,
)
from console.plugin_api.testing import jobs_pending, make_context

HELSINKI = ZoneInfo("Europe/Helsinki")
KELA_LINK = "https://asiointi.kela.fi/case/41?tab=housing"
SECTIONS = [
    Section(
        "Benefits",
        [
            Row("Housing allowance", "Paid on 3 November", link=KELA_LINK),
            Row("Decision", "Waiting for a payslip", emphasis=True),
        ],
    ),
    Section("Contact", [Row("Preferred language", "Finnish")]),
]


def now() -> datetime.datetime:
    return datetime.datetime.now(datetime.UTC)


def at_helsinki(hour: int, minute: int, days_ago: int = 0) -> datetime.datetime:
    day = datetime.datetime.now(HELSINKI) - datetime.timedelta(days=days_ago)
    return day.replace(hour=hour, minute=minute, second=0, microsecond=0).astimezone(datetime.UTC)


@pytest.fixture
def opened() -> list[str]:
    return []


@pytest.fixture
def panel(qtbot: QtBot, opened: list[str]) -> RecordPanel:
    context = make_context(link_hosts=["asiointi.kela.fi"], link_opener=opened.append)
    shown = RecordPanel(context, "Kela")
    qtbot.addWidget(shown)
    shown.resize(360, 640)
    shown.show()
    return shown


def texts(panel: RecordPanel, name: str) -> list[str]:
    return [label.text() for label in panel.findChildren(QLabel, name) if label.isVisibleTo(panel)]


def link_label(panel: RecordPanel) -> QLabel:
    [label] = [
        label for label in panel.findChildren(QLabel, "rowValue") if "<a href" in label.text()
    ]
    return label


def label_named(panel: RecordPanel, name: str) -> QLabel:
    label = panel.findChild(QLabel, name)
    assert label is not None, name
    return label


def test_sections_and_rows_are_shown(panel: RecordPanel) -> None:
    panel.show_answer(Answer({"housing": "paid"}, now()), SECTIONS)

    boxes = panel.findChildren(QGroupBox, "recordSection")
    assert [box.title() for box in boxes] == ["Benefits", "Contact"]
    assert texts(panel, "rowLabel") == ["Housing allowance", "Decision", "Preferred language"]
    assert "Waiting for a payslip" in texts(panel, "rowValue")
    assert "Finnish" in texts(panel, "rowValue")
    assert label_named(panel, "recordTitle").text() == "Kela"
    assert not panel.stale_banner.isVisibleTo(panel)
    assert not panel.error_box.isVisibleTo(panel)
    assert not panel.loading_label.isVisibleTo(panel)


def test_a_value_from_the_back_office_never_becomes_markup(panel: RecordPanel) -> None:
    answer = Answer({}, now())
    panel.show_answer(answer, [Section("Person", [Row("Name", "<b>Maija</b> <img src=x>")])])

    [value] = panel.findChildren(QLabel, "rowValue")
    assert value.textFormat() == Qt.TextFormat.PlainText
    assert value.text() == "<b>Maija</b> <img src=x>"


def test_a_link_opens_through_the_context(panel: RecordPanel, opened: list[str]) -> None:
    panel.show_answer(Answer({}, now()), SECTIONS)
    label = link_label(panel)

    assert label.text() == (
        '<a href="https://asiointi.kela.fi/case/41?tab=housing">Paid on 3 November</a>'
    )
    label.linkActivated.emit(KELA_LINK)  # what clicking the link does

    assert opened == [KELA_LINK]
    assert not panel.error_box.isVisibleTo(panel)


def test_a_refused_link_is_explained(panel: RecordPanel, opened: list[str]) -> None:
    sneaky = Section("Links", [Row("Forms", "Open the form", link="https://elsewhere.example/")])
    panel.show_answer(Answer({}, now()), [sneaky])

    link_label(panel).linkActivated.emit("https://elsewhere.example/")

    assert opened == []
    assert panel.error_box.isVisibleTo(panel)
    assert "elsewhere.example" in label_named(panel, "panelError").text()
    assert not panel.retry_button.isVisibleTo(panel)
    assert texts(panel, "rowLabel") == ["Forms"]  # the records stay


def test_a_stale_answer_says_as_of_when(panel: RecordPanel, qtbot: QtBot) -> None:
    problem = HttpError("The back office at kela.example did not answer in time.", kind="timeout")
    answer = Answer({"housing": "paid"}, at_helsinki(10, 42), stale=True, error=problem)

    panel.show_answer(answer, SECTIONS)

    banner = label_named(panel, "staleBanner")
    assert banner.isVisibleTo(panel)
    assert banner.text() == "Shown as of 10:42 – the back office is not reachable right now"
    assert texts(panel, "panelError") == [problem.message]
    assert len(panel.findChildren(QGroupBox, "recordSection")) == 2
    with qtbot.waitSignal(panel.retry_requested, timeout=15_000):
        qtbot.mouseClick(panel.retry_button, Qt.MouseButton.LeftButton)


def test_a_stale_answer_from_an_earlier_day_names_the_day(panel: RecordPanel) -> None:
    fetched = at_helsinki(9, 5, days_ago=2)
    local = fetched.astimezone(HELSINKI)

    panel.show_answer(Answer({}, fetched, stale=True), SECTIONS)

    assert panel.stale_banner.text().startswith(f"Shown as of {local.day}.{local.month}. 09:05 ")


def test_an_error_shows_its_message_details_and_retry(panel: RecordPanel, qtbot: QtBot) -> None:
    panel.show_answer(Answer({}, now()), SECTIONS)
    error = PluginError("The back office could not be reached.", "GET kela.example/benefits")

    panel.show_error(error)

    assert texts(panel, "panelError") == ["The back office could not be reached."]
    assert panel.findChildren(QGroupBox, "recordSection") == []  # nothing left of before
    details = label_named(panel, "panelErrorDetails")
    assert not details.isVisibleTo(panel)
    qtbot.mouseClick(panel.details_button, Qt.MouseButton.LeftButton)
    assert details.isVisibleTo(panel)
    assert details.text() == "GET kela.example/benefits"
    with qtbot.waitSignal(panel.retry_requested, timeout=15_000):
        qtbot.mouseClick(panel.retry_button, Qt.MouseButton.LeftButton)


def test_an_answer_with_only_an_error_shows_the_error(panel: RecordPanel) -> None:
    error = PluginError("The panel could not fetch its information.")

    panel.show_answer(Answer(None, now(), error=error), SECTIONS)

    assert texts(panel, "panelError") == ["The panel could not fetch its information."]
    assert not panel.details_button.isVisibleTo(panel)  # no details to show
    assert not panel.stale_banner.isVisibleTo(panel)


def test_loading_and_placeholder_clear_the_records(panel: RecordPanel) -> None:
    panel.show_answer(Answer({}, now()), SECTIONS)
    panel.show_loading()

    assert texts(panel, "panelLoading") == ["Loading…"]
    assert panel.findChildren(QGroupBox, "recordSection") == []

    panel.show_placeholder("No visitor identified at the counter.")

    assert texts(panel, "panelPlaceholder") == ["No visitor identified at the counter."]
    assert texts(panel, "panelLoading") == []


def test_it_reads_tidily_at_360_px(panel: RecordPanel, qtbot: QtBot) -> None:
    long_value = (
        "Housing allowance decision of 3 November: paid monthly to the landlord, next review "
        "when the lease ends or the household changes"
    )
    sections = [
        Section("Benefits and decisions of the household", [Row("Housing allowance", long_value)]),
        *SECTIONS,
    ]
    problem = HttpError("The back office at kela.example did not answer in time.", kind="timeout")
    panel.show_answer(Answer({}, at_helsinki(10, 42), stale=True, error=problem), sections)
    qtbot.waitUntil(lambda: panel.scroll_area.viewport().width() > 0, timeout=15_000)

    viewport = panel.scroll_area.viewport()
    assert panel.sections_widget.minimumSizeHint().width() <= viewport.width()
    for label in panel.findChildren(QLabel):
        if not label.isVisibleTo(panel) or not label.text():
            continue
        assert label.wordWrap(), label.objectName()
        assert label.width() <= panel.width(), label.text()
        # a wrapped label tall enough for all of its lines: nothing cut off
        assert label.height() >= label.heightForWidth(label.width()), label.text()


# ---------------------------------------------------------------- a whole small plugin
class _BenefitsPlugin:
    """How a first-party plugin uses the kit: follow the visitor, fetch, show."""

    def create_panel(self, context: PanelContext) -> RecordPanel:
        panel = RecordPanel(context, "Kela")

        def show(answer: Answer) -> None:
            rows = [Row("Housing allowance", answer.data["housing"])] if answer.data else []
            panel.show_answer(answer, [Section("Benefits", rows)])

        def follow(visitor: Visitor | None) -> None:
            if visitor is None:
                panel.show_placeholder("No visitor identified at the counter.")
                return
            panel.show_loading()
            context.fetch_json(f"benefits/{visitor.visit_id}", "/benefits", None, show)

        context.visitor_changed.connect(follow)
        panel.retry_requested.connect(lambda: follow(context.visitor()))
        return panel


@pytest.fixture
def http(httpserver: HTTPServer) -> Iterator[HttpClient]:
    client = HttpClient(httpserver.url_for("/"), retries=0, read_timeout=2.0)
    yield client
    client.close()


def test_a_plugin_panel_follows_the_visitor_and_survives_an_outage(
    qtbot: QtBot, httpserver: HTTPServer, http: HttpClient
) -> None:
    httpserver.expect_oneshot_request("/benefits").respond_with_json({"housing": "paid"})
    httpserver.expect_request("/benefits").respond_with_data("down", status=503)
    context = make_context(http=http)
    panel = _BenefitsPlugin().create_panel(context)
    qtbot.addWidget(panel)
    panel.show()
    visitor = Visitor(ticket="K012", visit_id=41, name="Maija Meikäläinen")

    context.set_visitor(visitor)
    assert texts(panel, "panelLoading") == ["Loading…"]
    qtbot.waitUntil(lambda: texts(panel, "rowValue") == ["paid"], timeout=15_000)
    assert not panel.stale_banner.isVisibleTo(panel)

    qtbot.mouseClick(panel.retry_button, Qt.MouseButton.LeftButton)  # hidden: no effect
    context.set_visitor(visitor)
    qtbot.waitUntil(lambda: panel.stale_banner.isVisibleTo(panel), timeout=15_000)
    assert texts(panel, "rowValue") == ["paid"]
    assert "(503)" in panel.error_label.text()

    context.set_visitor(None)
    assert texts(panel, "panelPlaceholder") == ["No visitor identified at the counter."]
    qtbot.waitUntil(lambda: jobs_pending() == 0, timeout=15_000)
