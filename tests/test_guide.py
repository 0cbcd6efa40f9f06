"""The lobby guide's view: finding a need by typing in fi/sv/en, issuing one ticket for
it (to any counter or to one), checking in an appointment, the estimated waits, who is
over target, and that it follows changes made elsewhere."""

from __future__ import annotations

import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from queue_kit import actor, fresh_desk
from sqlalchemy import select
from tiski_process import run_until_logged

from console.core.demo import load_demo_desk
from console.core.finder import find, fold
from console.core.queue import Language, utc_now
from console.core.records import AgencyInfo, LifeEventInfo, ServiceInfo
from console.desk.desk import Desk, demo_data_file
from console.desk.errors import DeskError
from console.desk.permits import PermissionDenied
from console.store.database import Database
from console.store.models import Appointment, Counter, Visit, VisitStep
from console.ui.guide import GuideWindow


def _demo_catalogue() -> tuple[list[ServiceInfo], list[LifeEventInfo], list[AgencyInfo]]:
    demo = load_demo_desk(demo_data_file())
    agencies = [
        AgencyInfo(number, agency.code, agency.names, agency.short_names)
        for number, agency in enumerate(demo.agencies)
    ]
    services = [
        ServiceInfo(number, s.code, s.agency, s.prefix, s.names, s.target_wait_minutes)
        for number, s in enumerate(demo.services)
    ]
    events = [
        LifeEventInfo(number, event.code, event.names, tuple(event.services))
        for number, event in enumerate(demo.life_events)
    ]
    return services, events, agencies


SERVICES, LIFE_EVENTS, AGENCIES = _demo_catalogue()


def _codes(text: str, language: str = "fi") -> list[str]:
    return [
        found.service.code if found.service else f"event:{found.life_event.code}"  # type: ignore[union-attr]
        for found in find(text, SERVICES, LIFE_EVENTS, AGENCIES, language=language)
    ]


def test_typing_a_few_letters_finds_the_need_in_any_of_the_desks_languages() -> None:
    # Swedish "flytt" (moving): the life event first, one ticket for all of it.
    assert _codes("flytt")[:2] == ["event:moving-to-pori", "dvv-population"]
    # English.
    assert _codes("housing") == ["pori-housing"]
    # Inside a Finnish compound: "kortti" in "verokortti" and "henkilökortti".
    assert set(_codes("kortti")) == {"vero-taxcard", "poliisi-passport"}
    # Two words must both fit the same service.
    assert _codes("vero kortti") == ["vero-taxcard"]
    # Without the accents a keyboard may lack, and in fullwidth letters.
    assert _codes("perinto") == ["vero-inheritance"]
    assert _codes("ｐｅｒｉｎｔö") == ["vero-inheritance"]
    # The agency's name finds its services, its own words first.
    kela = _codes("kela")
    assert kela[0] == "kela-general"  # "Kelan etuudet"
    assert "kela-family" in kela  # through the agency's name
    # The ticket prefix itself comes first.
    assert _codes("vp")[0] == "vero-inheritance"
    assert _codes("qqq") == []


def test_the_language_that_fitted_is_named_for_the_guide() -> None:
    found = find("skattekort", SERVICES, LIFE_EVENTS, AGENCIES, language="fi")
    assert [(item.service.code, item.language) for item in found if item.service] == [
        ("vero-taxcard", "sv")
    ]
    # Nothing typed: the whole desk, life events first, then services by prefix.
    everything = find("", SERVICES, LIFE_EVENTS, AGENCIES, language="fi")
    assert len(everything) == len(LIFE_EVENTS) + len(SERVICES)
    assert all(item.life_event for item in everything[: len(LIFE_EVENTS)])


@settings(max_examples=150, deadline=None)
@given(data=st.data())
def test_every_word_of_every_name_finds_its_service(data: st.DataObject) -> None:
    service = data.draw(st.sampled_from(SERVICES))
    language = data.draw(st.sampled_from(("fi", "sv", "en")))
    words = [w for w in service.names.get(language).replace(",", " ").split() if w.isalpha()]
    word = data.draw(st.sampled_from(words))
    start = data.draw(st.integers(1, len(word)))
    typed = word[:start]
    found = find(typed, SERVICES, LIFE_EVENTS, AGENCIES, language="fi", limit=100)
    assert service in [item.service for item in found], (typed, fold(typed))


# ---------------------------------------------------------------- the desk


def test_a_ticket_handed_to_one_counter_is_called_there_and_nowhere_else(
    database: Database,
) -> None:
    desk = fresh_desk(database)
    guide = desk.sign_in_by_username("sanna.heinonen", None).actor
    ticket = desk.queue.issue(
        ["kela-general", "vero-taxcard"], actor=guide, counter_code="T2", language=Language.SV
    )
    with database.session() as session:
        steps = session.execute(
            select(VisitStep.position, Counter.code)
            .outerjoin(Counter, Counter.id == VisitStep.target_counter_id)
            .where(VisitStep.visit_id == ticket.visit_id)
            .order_by(VisitStep.position)
        ).all()
    assert [tuple(row) for row in steps] == [(1, "T2"), (2, None)]  # only the first step

    at_t1 = actor(desk, "johanna.lindholm", "T1")  # serves kela-general, at another counter
    assert desk.queue.call_next(at_t1) is None
    at_t2 = actor(desk, "jukka.niemi", "T2")
    called = desk.queue.call_next(at_t2)
    assert called is not None
    assert called.step.ticket_number == ticket.ticket_number


def test_handing_to_a_counter_is_refused_to_the_kiosk_and_for_an_unknown_counter(
    database: Database,
) -> None:
    desk = fresh_desk(database)
    with pytest.raises(PermissionDenied):
        desk.queue.issue(["kela-general"], counter_code="T2", source="kiosk")
    guide = desk.sign_in_by_username("sanna.heinonen", None).actor
    with pytest.raises(DeskError) as refused:
        desk.queue.issue(["kela-general"], actor=guide, counter_code="T99")
    assert "T99" in refused.value.message.english()
    assert "T1" in refused.value.message.english()
    assert desk.snapshot().waiting == ()  # nothing was issued


# ---------------------------------------------------------------- the window


def _guide_window(qtbot: QtBot, desk: Desk, **options: object) -> GuideWindow:
    guide = desk.sign_in_by_username("sanna.heinonen", None)
    window = GuideWindow(desk, guide, **options)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    window.resize(1100, 720)
    window.show()
    with qtbot.waitSignal(window.refreshed, timeout=10_000):
        window.start()
    return window


def test_the_guide_finds_a_life_event_by_typing_and_issues_one_ticket_for_it(
    qtbot: QtBot, database: Database
) -> None:
    desk = fresh_desk(database)
    window = _guide_window(qtbot, desk)
    panel = window.panel
    qtbot.keyClicks(panel.search, "flytt")
    assert "Jag flyttar till Björneborg" in panel.result_model.item(0).text()
    qtbot.keyClick(panel.search, Qt.Key.Key_Return)
    assert panel.chosen.count() == 3
    assert panel.search.text() == ""
    assert panel.issue_button.isEnabled()

    panel.language_box.setCurrentIndex(panel.language_box.findData("sv"))
    panel.priority_box.setCurrentIndex(panel.priority_box.findData("accessibility"))
    qtbot.keyClicks(panel.name_edit, "Elin Lind")
    panel.counter_box.setCurrentIndex(panel.counter_box.findData("T3"))
    with qtbot.waitSignal(window.issued, timeout=10_000) as issued:
        qtbot.mouseClick(panel.issue_button, Qt.MouseButton.LeftButton)
    ticket = issued.args[0]
    assert ticket.ticket_number in window.ticket_label.text()
    assert "T3" in window.ticket_label.text()
    assert window.print_button.isEnabled()
    # Ready for the next visitor: nothing of this one carried over.
    assert panel.chosen.count() == 0
    assert (panel.name_edit.text(), panel.priority_box.currentIndex()) == ("", 0)
    assert panel.counter_box.currentData() == ""

    with database.session() as session:
        visit = session.get(Visit, ticket.visit_id)
        assert visit is not None
        assert (visit.language, visit.priority, visit.life_event, visit.source) == (
            "sv",
            "accessibility",
            "moving-to-pori",
            "guide",
        )
        assert visit.visitor_name == "Elin Lind"
        first = min(visit.steps, key=lambda step: step.position)
        target = session.get(Counter, first.target_counter_id)
        assert target is not None
        assert target.code == "T3"
    # The queues now count the new ticket.
    qtbot.waitUntil(
        lambda: (
            panel.figures.get("dvv-population") is not None
            and panel.figures["dvv-population"].waiting == 1
        ),
        timeout=10_000,
    )


def test_services_are_put_in_order_by_hand(qtbot: QtBot, database: Database) -> None:
    desk = fresh_desk(database)
    window = _guide_window(qtbot, desk)
    panel = window.panel
    for text in ("passi", "verokortti"):
        qtbot.keyClicks(panel.search, text)
        qtbot.keyClick(panel.search, Qt.Key.Key_Return)
    panel.chosen.setCurrentRow(1)
    qtbot.mouseClick(panel.up_button, Qt.MouseButton.LeftButton)
    request = panel.request()
    assert request is not None
    assert (request.service_codes, request.life_event) == (
        ("vero-taxcard", "poliisi-passport"),
        None,
    )
    panel.chosen.setCurrentRow(0)
    qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    request = panel.request()
    assert request is not None
    assert request.service_codes == ("poliisi-passport",)


def test_the_guide_checks_in_an_appointment(qtbot: QtBot, database: Database) -> None:
    desk = fresh_desk(database)
    guide = desk.sign_in_by_username("sanna.heinonen", None).actor
    booking = desk.queue.book(
        guide, "vero-taxcard", utc_now() + timedelta(minutes=5), visitor_name="Olli Aho"
    )
    window = _guide_window(qtbot, desk)
    assert "(1)" in window.tabs.tabText(2)
    page = window.appointments
    assert page.model.rowCount() == 1
    assert page.model.item(0, 2).text() == "Olli Aho"
    page.view.selectRow(0)
    assert page.code_edit.text() == booking.booking_code
    with qtbot.waitSignal(window.issued, timeout=10_000) as issued:
        qtbot.mouseClick(page.check_in_button, Qt.MouseButton.LeftButton)
    assert issued.args[0].ticket_number in window.ticket_label.text()
    with database.session() as session:
        stored = session.get(Appointment, booking.id)
        assert stored is not None
        assert stored.state == "checked_in"
    qtbot.waitUntil(lambda: "(1)" not in window.tabs.tabText(2), timeout=10_000)


def test_a_wrong_booking_code_is_named_and_nothing_is_issued(
    qtbot: QtBot, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    desk = fresh_desk(database)
    window = _guide_window(qtbot, desk)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warnings.append(text))
    qtbot.keyClicks(window.appointments.code_edit, "ZZZ999")
    qtbot.mouseClick(window.appointments.check_in_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(warnings), timeout=10_000)
    assert "ZZZ999" in warnings[0]
    assert window.appointments.check_in_button.isEnabled()
    assert desk.snapshot().waiting == ()


def test_the_guide_sees_who_is_over_target_and_what_the_kiosk_no_longer_issues(
    qtbot: QtBot, database: Database
) -> None:
    desk = fresh_desk(database)
    now = utc_now()
    late = desk.queue.issue(
        ["kela-general"], visitor_name="Aila Koski", now=now - timedelta(minutes=50)
    )
    desk.queue.issue(["kela-general"], now=now - timedelta(minutes=2))
    boss = desk.sign_in_by_username("kaisa.mattila", None).actor
    desk.floor.close_for_tickets(boss, "vero-taxcard", True)
    window = _guide_window(qtbot, desk)

    over = window.over_target
    assert over.model.rowCount() == 1  # the one who waited 2 min is within the target
    assert over.model.item(0, 0).text() == late.ticket_number
    assert over.model.item(0, 5).text() == "Aila Koski"
    assert "(1)" in window.tabs.tabText(1)
    assert over.empty.isHidden()

    queues = {
        window.queues.model.item(row, 0).text(): row
        for row in range(window.queues.model.rowCount())
    }
    vero_row = next(row for text, row in queues.items() if text.startswith("V ·"))
    assert window.queues.model.item(vero_row, 4).text() == "closed"
    kela_row = next(row for text, row in queues.items() if text.startswith("K ·"))
    assert window.queues.model.item(kela_row, 1).text() == "2"

    qtbot.keyClicks(window.panel.search, "verokortti")
    assert "closed at the kiosk" in window.panel.result_model.item(0).text()
    # The guide still issues it.
    qtbot.keyClick(window.panel.search, Qt.Key.Key_Return)
    with qtbot.waitSignal(window.issued, timeout=10_000):
        qtbot.keyClick(window.panel.search, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


def test_the_guide_follows_tickets_issued_elsewhere(
    qtbot: QtBot, database: Database, db_url: str
) -> None:
    desk = fresh_desk(database)
    window = _guide_window(qtbot, desk)
    kiosk = Desk(Database(db_url))
    try:
        kiosk.queue.issue(["pori-housing"], source="kiosk")
        qtbot.waitUntil(lambda: window.panel.figures["pori-housing"].waiting == 1, timeout=10_000)
    finally:
        kiosk.database.dispose()
    qtbot.keyClicks(window.panel.search, "housing")
    assert "1 waiting" in window.panel.result_model.item(0).text()


# ---------------------------------------------------------------- the command


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="stopped by SIGTERM")
def test_the_guide_command_starts_on_the_demo_desk_and_stops_cleanly(
    tiski_env: dict[str, str], private_folders: Path
) -> None:
    started, errors, code = run_until_logged(
        tiski_env, private_folders, ["guide", "--demo"], "Guide window started"
    )
    assert started, errors
    assert code == 0, errors
    assert "Traceback" not in errors


@pytest.mark.slow
def test_screenshot_of_the_guide_at_work(tiski_env: dict[str, str], tmp_path: Path) -> None:
    out = tmp_path / "guide.png"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "console",
            "screenshot",
            str(out),
            "--demo",
            "--window",
            "guide",
            "--size",
            "1024x600",
        ],
        env=tiski_env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1024, 600)
    colours = {image.pixel(x, y) for x in range(0, 1024, 8) for y in range(0, 600, 8)}
    assert len(colours) > 10, "the picture is nearly blank"


def test_an_identity_code_typed_as_the_name_never_reaches_the_database(
    qtbot: QtBot, database: Database
) -> None:
    """A guide who pastes the visitor's code into the name field, with an en dash and a
    fullwidth digit as a phone or a web page gives them: the visit keeps a masked form."""
    desk = fresh_desk(database)
    window = _guide_window(qtbot, desk)
    panel = window.panel
    qtbot.keyClicks(panel.search, "passi")
    qtbot.keyClick(panel.search, Qt.Key.Key_Return)
    # Pasted (QTest cannot type characters outside Latin-1).
    panel.name_edit.insert("Aila Koski 13105２–308T")
    with qtbot.waitSignal(window.issued, timeout=10_000) as issued:
        qtbot.mouseClick(panel.issue_button, Qt.MouseButton.LeftButton)
    with database.session() as session:
        visit = session.get(Visit, issued.args[0].visit_id)
        assert visit is not None
        stored = visit.visitor_name or ""
    # The masked form the desk keeps everywhere: the date part, never the rest.
    assert stored == "Aila Koski 131052-****"
