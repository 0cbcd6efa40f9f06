"""The kiosk and the lobby display follow the desk file: kiosk services, opening hours,
the welcome and the display's message. Real windows on a real demo database whose
desk was changed the way IT changes it (a desk applied)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from console.core.desk_file import LobbyTexts
from console.core.hours import DAYS, parse_hours
from console.core.queue import DESK_TIMEZONE, Language, local_time, utc_now
from console.core.records import Names
from console.desk.desk import Desk
from console.desk.errors import DeskError
from console.desk.setup import apply_setup, current_desk
from console.store.database import Database
from console.ui.display.window import LobbyDisplay
from console.ui.kiosk import KioskWindow
from console.ui.kiosk.parts import ChoiceButton

# A Monday morning before opening, in the desk's own time.
MONDAY_8 = datetime(2026, 12, 7, 8, 0, tzinfo=DESK_TIMEZONE)
WELCOME = Names("Tervetuloa testitiskille", "Välkommen till testdisken", "Welcome to the test desk")
MESSAGE = Names("Muista vuoronumerosi", "Kom ihåg ditt nummer", "Remember your number")


@pytest.fixture
def desk(demo_database: Database) -> Desk:
    """The demo desk as IT set it up: Kela's families only at the guide, Kela's general
    advice on Tuesday mornings only, jobseekers' advice never, the lobby's own texts."""
    spec = current_desk(demo_database)
    assert spec is not None
    changed = {
        "kela-family": {"kiosk": False},
        "kela-general": {"hours": parse_hours(["tue 09:00-10:00"])},
        "tyollisyys-jobseeker": {"hours": parse_hours([])},  # closed every day
    }
    services = tuple(replace(s, **changed.get(s.code, {})) for s in spec.services)  # type: ignore[arg-type]
    apply_setup(
        demo_database,
        replace(spec, services=services, texts=LobbyTexts(WELCOME, MESSAGE)),
        source="test",
    )
    return Desk(demo_database)


@pytest.fixture
def kiosk(qtbot: QtBot, desk: Desk, tmp_path: Path) -> Iterator[KioskWindow]:
    window = KioskWindow(desk, print_to_pdf=str(tmp_path / "ticket.pdf"))
    window.clock = lambda: MONDAY_8
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    with qtbot.waitSignal(window.catalogue_loaded, timeout=10_000):
        window.start()
    yield window
    window.close()


def click(qtbot: QtBot, widget: QWidget) -> None:
    assert widget.isVisible(), widget.objectName()
    assert widget.isEnabled(), widget.objectName()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def shown(window: KioskWindow) -> dict[str, ChoiceButton]:
    return {b.title(): b for b in window.findChildren(ChoiceButton) if b.isVisible()}


def test_a_service_hidden_from_the_kiosk_is_not_offered(qtbot: QtBot, kiosk: KioskWindow) -> None:
    click(qtbot, kiosk.language_page.buttons["fi"])
    click(qtbot, shown(kiosk)["Kela"])
    assert list(shown(kiosk)) == ["Kelan etuudet, yleinen neuvonta"]
    click(qtbot, kiosk.choice_page.back_button)
    click(qtbot, kiosk.findChild(ChoiceButton, "lifeEvents"))
    assert "Perheeseen syntyy lapsi" not in shown(kiosk), "its family service is the guide's"


def test_a_closed_service_is_shown_disabled_with_its_next_opening(
    qtbot: QtBot, kiosk: KioskWindow
) -> None:
    click(qtbot, kiosk.language_page.buttons["en"])
    click(qtbot, shown(kiosk)["Kela"])
    button = shown(kiosk)["Kela benefits, general advice"]
    assert not button.isEnabled()
    assert button.subtitle() == "Closed now. Opens tomorrow at 09:00."
    kiosk.clock = lambda: MONDAY_8 + timedelta(days=1)  # Tuesday 08:00
    click(qtbot, kiosk.choice_page.back_button)
    click(qtbot, shown(kiosk)["Kela"])
    assert shown(kiosk)["Kela benefits, general advice"].subtitle() == (
        "Closed now. Opens today at 09:00."
    )
    kiosk.clock = lambda: MONDAY_8 + timedelta(days=1, hours=1, minutes=30)  # Tuesday 09:30
    click(qtbot, kiosk.choice_page.back_button)
    click(qtbot, shown(kiosk)["Kela"])
    assert shown(kiosk)["Kela benefits, general advice"].isEnabled()


def test_the_next_opening_is_said_in_the_visitors_language(
    qtbot: QtBot, kiosk: KioskWindow
) -> None:
    kiosk.clock = lambda: MONDAY_8 - timedelta(days=2)  # Saturday
    kiosk.choose_language("en")
    qtbot.waitUntil(lambda: "Kela" in shown(kiosk))
    click(qtbot, shown(kiosk)["Kela"])
    english = shown(kiosk)["Kela benefits, general advice"].subtitle()
    assert english == "Closed now. Opens on Tuesday at 09:00."
    click(qtbot, kiosk.choice_page.back_button)
    kiosk.choose_language("fi")
    qtbot.waitUntil(lambda: "Kela" in shown(kiosk))  # new buttons show on the next round
    click(qtbot, shown(kiosk)["Kela"])
    finnish = shown(kiosk)["Kelan etuudet, yleinen neuvonta"].subtitle()
    assert "9.00" in finnish, "Finnish writes the time with a dot"


def test_life_events_whose_services_are_all_closed_are_disabled(
    qtbot: QtBot, kiosk: KioskWindow
) -> None:
    click(qtbot, kiosk.language_page.buttons["en"])
    click(qtbot, kiosk.findChild(ChoiceButton, "lifeEvents"))
    events = shown(kiosk)
    assert not events["Losing a job"].isEnabled(), "both of its services are closed"
    moving = events["Moving to Pori"]
    assert moving.isEnabled(), "two of its three services are open"
    assert "Kela benefits, general advice (closed now)" in moving.subtitle()


def test_the_desk_refuses_a_closed_or_hidden_service_at_the_kiosk(desk: Desk) -> None:
    with pytest.raises(DeskError, match="is closed now"):
        desk.queue.issue(["kela-general"], source="kiosk", now=MONDAY_8)
    with pytest.raises(DeskError, match="not issued at the ticket machine"):
        desk.queue.issue(["kela-family"], source="kiosk", now=MONDAY_8)
    with pytest.raises(DeskError, match="is closed now"):
        desk.queue.issue_life_event("losing-a-job", source="kiosk", now=MONDAY_8)
    ticket = desk.queue.issue_life_event("moving-to-pori", source="kiosk", now=MONDAY_8)
    assert [s.code for s in ticket.services][1] == "kela-general"
    open_now = desk.queue.issue(
        ["kela-general"], source="kiosk", now=MONDAY_8 + timedelta(days=1, hours=1)
    )
    assert open_now.ticket_number.startswith("K")


def test_a_guide_still_issues_a_closed_or_hidden_service(desk: Desk) -> None:
    guide = desk.sign_in_by_username("sanna.heinonen", None).actor
    for code in ("kela-general", "kela-family", "tyollisyys-jobseeker"):
        ticket = desk.queue.issue([code], source="guide", actor=guide, now=MONDAY_8)
        assert ticket.services[0].code == code


def test_the_kiosk_says_so_when_the_desk_refuses(qtbot: QtBot, kiosk: KioskWindow) -> None:
    """The catalogue said open (the kiosk's clock), the desk says closed (its own)."""
    today = local_time(utc_now())
    later = today + timedelta(days=3)  # never today, whatever the hour
    hours = parse_hours([f"{DAYS[later.weekday()]} 00:00-23:59"])
    spec = current_desk(kiosk.desk.database)
    assert spec is not None
    services = tuple(
        replace(s, hours=hours) if s.code == "pori-leisure" else s for s in spec.services
    )
    apply_setup(kiosk.desk.database, replace(spec, services=services), source="test")
    kiosk.clock = lambda: later.replace(hour=12)
    with qtbot.waitSignal(kiosk.catalogue_loaded, timeout=10_000):
        kiosk.reset()
    click(qtbot, kiosk.language_page.buttons["en"])
    click(qtbot, shown(kiosk)["City of Pori"])
    click(qtbot, shown(kiosk)["Sports and culture cards"])
    click(qtbot, kiosk.choice_page.take_button)
    qtbot.waitUntil(lambda: "closed now" in kiosk.choice_page.status.text(), timeout=10_000)
    assert "Sports and culture cards is closed now" in kiosk.choice_page.status.text()
    assert kiosk.stack.currentIndex() == KioskWindow.PAGE_CHOICE
    assert kiosk.last_ticket is None


def test_the_welcome_is_on_the_first_screen_and_in_the_chosen_language(
    qtbot: QtBot, kiosk: KioskWindow
) -> None:
    assert kiosk.language_page.lobby_welcome.isVisible()
    for text in (WELCOME.fi, WELCOME.sv, WELCOME.en):
        assert text in kiosk.language_page.lobby_welcome.text()
    click(qtbot, kiosk.language_page.buttons["sv"])
    assert kiosk.need_page.welcome.isVisible()
    assert kiosk.need_page.welcome.text() == WELCOME.sv


def test_a_desk_without_a_welcome_shows_none(qtbot: QtBot, demo_database: Database) -> None:
    window = KioskWindow(Desk(demo_database))
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.catalogue_loaded, timeout=10_000):
        window.start()
    assert not window.language_page.lobby_welcome.isVisible()
    click(qtbot, window.language_page.buttons["fi"])
    assert not window.need_page.welcome.isVisible()
    window.close()


def test_the_display_shows_the_desks_message(qtbot: QtBot, desk: Desk) -> None:
    display = LobbyDisplay(desk, 6, False, refresh_ms=600_000)
    qtbot.addWidget(display)
    display.resize(1280, 720)
    display.show()
    with qtbot.waitSignal(display.refreshed, timeout=10_000):
        display.start()
    qtbot.waitUntil(display.message_label.isVisible, timeout=10_000)
    assert display.message_label.text() == MESSAGE.fi
    assert display.message_other.text() == MESSAGE.sv
    display._next_second_language()
    assert display.message_other.text() == MESSAGE.en
    spec = current_desk(desk.database)
    assert spec is not None
    apply_setup(desk.database, replace(spec, texts=LobbyTexts(WELCOME, None)), source="test")
    display._read_lobby()  # what its timer does every minute
    qtbot.waitUntil(lambda: not display.message_label.isVisible(), timeout=10_000)
    display.close()


def test_a_display_without_a_message_shows_none(qtbot: QtBot, demo_database: Database) -> None:
    display = LobbyDisplay(Desk(demo_database), 6, False, refresh_ms=600_000)
    qtbot.addWidget(display)
    display.show()
    with qtbot.waitSignal(display.refreshed, timeout=10_000):
        display.start()
    qtbot.waitUntil(lambda: bool(display.site_label.text()), timeout=10_000)
    assert not display.message_label.isVisible()
    display.close()


def test_issuing_in_another_language_names_the_service_in_it(desk: Desk) -> None:
    with pytest.raises(DeskError) as refused:
        desk.queue.issue(["kela-general"], source="kiosk", language=Language.SV, now=MONDAY_8)
    assert refused.value.message.params["service"] == "FPA:s förmåner, allmän rådgivning"


def test_a_services_own_hours_come_before_the_desks() -> None:
    from console.core.opening import hours_of, is_open, next_opening
    from console.core.records import ServiceInfo

    desk_hours = "mon-fri 08:00-16:00"
    plain = ServiceInfo(1, "a", "x", "A", WELCOME, 10)
    tuesdays = replace(plain, hours="tue 09:00-10:00")
    never = replace(plain, hours="")
    assert is_open(plain, desk_hours, MONDAY_8)
    assert not is_open(tuesdays, desk_hours, MONDAY_8)
    assert not is_open(never, desk_hours, MONDAY_8)
    assert is_open(plain, None, MONDAY_8), "no hours anywhere: always open"
    sunday_night = MONDAY_8 - timedelta(hours=10)
    hours = hours_of(tuesdays, desk_hours)
    assert hours is not None
    assert next_opening(hours, sunday_night) == MONDAY_8 + timedelta(days=1, hours=1)
    closed = hours_of(never, desk_hours)
    assert closed is not None
    assert next_opening(closed, MONDAY_8) is None
