"""The panel context: the visitor a plugin may see, background work, links, notes, answers."""

from __future__ import annotations

import datetime
import threading
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel, QWidget
from pytest_httpserver import HTTPServer
from pytestqt.qtbot import QtBot

from console.plugin_api import (
    API_VERSION,
    Answer,
    Health,
    HttpClient,
    HttpError,
    LinkRefused,
    PanelContext,
    Plugin,
    Visitor,
)
from console.plugin_api.testing import jobs_pending, make_context

CODE = "131052-308T"
MAIJA = Visitor(
    ticket="K012",
    visit_id=41,
    name="Maija Meikäläinen",
    identity_code=CODE,
    birth_date=datetime.date(1952, 10, 13),
    contact="040 123 4567",
    language="fi",
)


@pytest.fixture
def http(httpserver: HTTPServer) -> Iterator[HttpClient]:
    client = HttpClient(httpserver.url_for("/"), retries=0, read_timeout=2.0)
    yield client
    client.close()


def settle(qtbot: QtBot) -> None:
    qtbot.waitUntil(lambda: jobs_pending() == 0, timeout=15_000)


# ---------------------------------------------------------------- the visitor
def test_the_version_is_major_minor() -> None:
    assert API_VERSION[0] == 2
    assert len(API_VERSION) == 2


def test_repr_of_a_visitor_masks_the_identity_code() -> None:
    shown = repr(MAIJA)

    assert CODE not in shown
    assert "131052-****" in shown
    assert CODE not in str(MAIJA)
    assert "9" not in repr(Visitor(ticket=None, visit_id=None, identity_code="999999999"))


def test_a_plugin_sees_only_its_permitted_fields(qtbot: QtBot) -> None:
    context = make_context(permissions=["name", "language"])
    with qtbot.waitSignal(context.visitor_changed, timeout=15_000) as changed:
        context.set_visitor(MAIJA)

    seen = changed.args[0]
    assert seen == Visitor(ticket="K012", visit_id=41, name="Maija Meikäläinen", language="fi")
    assert seen.identity_code is None
    assert seen.contact is None
    assert context.visitor() == seen


def test_the_identity_code_comes_with_its_permission(qtbot: QtBot) -> None:
    context = make_context(permissions=["identity_code"])
    context.set_visitor(MAIJA)

    visitor = context.visitor()
    assert visitor is not None
    assert visitor.identity_code == CODE
    assert visitor.name is None


def test_no_visitor_is_announced_too(qtbot: QtBot) -> None:
    context = make_context()
    context.set_visitor(MAIJA)
    with qtbot.waitSignal(context.visitor_changed, timeout=15_000) as changed:
        context.set_visitor(None)

    assert changed.args == [None]
    assert context.visitor() is None


def test_settings_are_read_only(qtbot: QtBot) -> None:
    context = make_context(settings={"base_url": "https://kela.example"}, language="sv")

    assert context.settings["base_url"] == "https://kela.example"
    assert context.language == "sv"
    with pytest.raises(TypeError):
        context.settings["base_url"] = "https://elsewhere.example"  # type: ignore[index]


# ---------------------------------------------------------------- links and notes
@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)",
        "file:///etc/passwd",
        "ftp://asiointi.kela.fi/file",
        "asiointi.kela.fi/no-scheme",
        "https://elsewhere.example/asiointi.kela.fi",
        "https://asiointi.kela.fi.elsewhere.example/",
        "https://asiointi.kela.fi@elsewhere.example/",
        "https://user:password@asiointi.kela.fi/",
    ],
)
def test_links_outside_the_declared_hosts_are_refused(qtbot: QtBot, url: str) -> None:
    opened: list[str] = []
    context = make_context(link_hosts=["asiointi.kela.fi"], link_opener=opened.append)

    with pytest.raises(LinkRefused) as refused:
        context.open_link(url)

    assert refused.value.message.startswith("This link was not opened")
    assert opened == []


def test_a_declared_host_opens(qtbot: QtBot) -> None:
    opened: list[str] = []
    context = make_context(link_hosts=["Asiointi.Kela.fi"], link_opener=opened.append)

    context.open_link("https://asiointi.kela.fi/case/41?tab=benefits")
    context.open_link("HTTP://ASIOINTI.KELA.FI/")

    assert opened == ["https://asiointi.kela.fi/case/41?tab=benefits", "HTTP://ASIOINTI.KELA.FI/"]


def test_a_proposed_note_goes_to_the_host(qtbot: QtBot) -> None:
    notes: list[str] = []
    context = make_context(note_proposer=notes.append)

    context.propose_note("Housing allowance decision sent on 3 November.")

    assert notes == ["Housing allowance decision sent on 3 November."]


def test_health_is_recorded_and_announced(qtbot: QtBot) -> None:
    context = make_context()
    before = context.health

    with qtbot.waitSignal(context.health_changed, timeout=15_000) as changed:
        context.set_health(Health.SLOW, "answers took 4 s")

    assert before is Health.UNKNOWN
    assert changed.args == ["slow"]
    assert context.health is Health.SLOW
    assert context.health_detail == "answers took 4 s"


# ---------------------------------------------------------------- work off the GUI thread
def test_run_works_off_the_gui_thread_and_answers_on_it(qtbot: QtBot) -> None:
    context = make_context()
    gui = threading.current_thread()
    seen: dict[str, Any] = {}

    def work() -> int:
        seen["work"] = threading.current_thread()
        return 42

    def succeeded(value: int) -> None:
        seen["callback"] = threading.current_thread()
        seen["value"] = value

    context.run(work, succeeded, lambda error: seen.setdefault("error", error))
    settle(qtbot)

    assert seen["value"] == 42
    assert seen["work"] is not gui
    assert seen["callback"] is gui


def test_run_hands_a_failure_back_on_the_gui_thread(qtbot: QtBot) -> None:
    context = make_context()
    failures: list[tuple[BaseException, threading.Thread]] = []

    def work() -> None:
        raise ValueError("the back office said no")

    context.run(work, lambda _v: None, lambda e: failures.append((e, threading.current_thread())))
    settle(qtbot)

    [(error, thread)] = failures
    assert isinstance(error, ValueError)
    assert thread is threading.current_thread()


def test_nothing_is_delivered_once_the_context_is_gone(qtbot: QtBot) -> None:
    owner = QObject()
    context = make_context(parent=owner)
    release = threading.Event()
    delivered: list[object] = []
    gone: list[bool] = []
    context.destroyed.connect(lambda: gone.append(True))

    context.run(lambda: release.wait(5), delivered.append, delivered.append)
    owner.deleteLater()
    qtbot.waitUntil(lambda: bool(gone), timeout=15_000)
    release.set()
    settle(qtbot)

    assert delivered == []


# ---------------------------------------------------------------- fetching answers
def test_fetch_json_hands_on_an_answer_then_the_last_good_one_when_stale(
    qtbot: QtBot, httpserver: HTTPServer, http: HttpClient
) -> None:
    httpserver.expect_oneshot_request("/benefits").respond_with_json({"housing": "paid"})
    httpserver.expect_request("/benefits").respond_with_data("down", status=503)
    context = make_context(http=http)
    answers: list[Answer] = []

    context.fetch_json("benefits", "/benefits", None, answers.append)
    settle(qtbot)
    context.fetch_json("benefits", "/benefits", None, answers.append)
    settle(qtbot)

    fresh, stale = answers
    assert (fresh.data, fresh.stale, fresh.error) == ({"housing": "paid"}, False, None)
    assert fresh.fetched_at.utcoffset() == datetime.timedelta(0)
    assert (stale.data, stale.stale, stale.fetched_at) == (fresh.data, True, fresh.fetched_at)
    assert isinstance(stale.error, HttpError)
    assert stale.error.status == 503


def test_fetch_json_with_nothing_earlier_gives_the_error(
    qtbot: QtBot, httpserver: HTTPServer, http: HttpClient
) -> None:
    httpserver.expect_request("/benefits").respond_with_data("down", status=500)
    context = make_context(http=http)
    answers: list[Answer] = []

    context.fetch_json("benefits", "/benefits", {"visit": "41"}, answers.append)
    settle(qtbot)

    [answer] = answers
    assert answer.data is None
    assert not answer.stale
    assert isinstance(answer.error, HttpError)
    assert answer.error.kind == "http"


def test_an_answer_for_the_previous_visitor_is_dropped(
    qtbot: QtBot, httpserver: HTTPServer, http: HttpClient
) -> None:
    httpserver.expect_request("/benefits").respond_with_json({"housing": "paid"})
    context = make_context(http=http)
    context.set_visitor(MAIJA)
    for_maija: list[Answer] = []
    office_wide: list[Answer] = []

    context.fetch_json("benefits", "/benefits", None, for_maija.append)
    context.fetch_json("opening", "/benefits", None, office_wide.append, visitor_bound=False)
    context.set_visitor(None)  # before either answer can arrive: delivery waits for the event loop
    settle(qtbot)

    assert for_maija == []
    assert [answer.data for answer in office_wide] == [{"housing": "paid"}]


# ---------------------------------------------------------------- the plugin protocol
class _LabelPlugin:
    def create_panel(self, context: PanelContext) -> QWidget:
        return QLabel(context.plugin_id)


def test_a_plugin_is_anything_with_create_panel(qtbot: QtBot) -> None:
    plugin = _LabelPlugin()
    assert isinstance(plugin, Plugin)
    assert not isinstance(object(), Plugin)

    panel = plugin.create_panel(make_context(plugin_id="kela"))
    qtbot.addWidget(panel)
    assert isinstance(panel, QLabel)
    assert panel.text() == "kela"
