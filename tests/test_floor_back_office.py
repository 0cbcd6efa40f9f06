"""A back office that does not answer: the consoles' agency panels find it, tell the desk
through their own desk sessions, and the supervisor's floor raises an alert naming the
agency, the counters and since when; it clears when the back office answers again."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

import pytest
from plugin_console import console_with_plugins
from pytestqt.qtbot import QtBot
from queue_kit import actor, at, fresh_desk, supervisor
from sqlalchemy import select

from console.core.floor import BackOfficeTrouble, build_floor
from console.core.queue import local_time
from console.core.records import Names
from console.desk.errors import DeskError
from console.store.database import Database
from console.store.models import BackOfficeState

NOW = datetime(2026, 3, 12, 10, 0).astimezone()
KELA = Names("Kela", "FPA", "Kela")


def test_the_floor_words_a_back_office_down_by_hand() -> None:
    view = build_floor(
        NOW,
        queues=[],
        agencies=[("kela", KELA), ("vero", Names("Vero", "Skatt", "Tax"))],
        counters=[],
        presence=[],
        held=[],
        estimates={},
        served_today={},
        usual_minutes={},
        open_consultations={},
        back_offices=[
            BackOfficeTrouble("kela", "kela", "down", NOW - timedelta(minutes=4), "T3"),
            BackOfficeTrouble("kela", "kela", "down", NOW - timedelta(minutes=7), "T1"),
            BackOfficeTrouble("vero", "vero", "slow", NOW - timedelta(minutes=2), "T1"),
        ],
        language="en",
    )
    since = local_time(NOW - timedelta(minutes=7)).strftime("%H:%M")  # desk time
    assert [alert.english() for alert in view.alerts] == [
        f"Kela's back office does not answer at T1, T3 (since {since}): its panels show what "
        "they last knew. Call the agency's support."
    ]  # slow is shown in the agencies' table, not as an alert
    assert {row.code: row.back_office for row in view.agencies} == {"kela": "down", "vero": "slow"}


def test_a_console_reports_on_its_own_session_and_the_floor_counts_fresh_ones(
    database: Database,
) -> None:
    desk = fresh_desk(database)
    aino = actor(desk, "aino.virtanen", "T1")
    session_id = desk.queue.open_session(aino, now=at(9))
    assert desk.queue.report_back_office(aino, session_id, "kela", "kela", "down", now=at(9, 1))
    # The same again writes nothing: the time it went down stays.
    assert not desk.queue.report_back_office(aino, session_id, "kela", "kela", "down", now=at(9, 2))
    view = desk.floor.floor(supervisor(desk), now=at(9, 2), language="en")
    assert any("does not answer at T1 (since 09:01)" in a.english() for a in view.alerts)

    # Another person's session is refused: a console tells only of itself.
    jukka = actor(desk, "jukka.niemi", "T2")
    with pytest.raises(DeskError):
        desk.queue.report_back_office(jukka, session_id, "kela", "kela", "healthy")

    # A console not heard from for a while no longer counts.
    stale = desk.floor.floor(supervisor(desk), now=at(9, 30), language="en")
    assert not any("back office" in alert.english() for alert in stale.alerts)

    assert desk.queue.report_back_office(aino, session_id, "kela", "kela", "healthy", now=at(9, 3))
    with database.session() as session:
        assert session.scalars(select(BackOfficeState)).all() == []


@pytest.mark.qt_no_exception_capture
def test_a_kela_back_office_down_at_a_console_shows_on_the_floor_and_clears(
    qtbot: QtBot, demo_database: Database, sandbox: Any
) -> None:
    sandbox.set_fault("kela", "refuse")
    window = console_with_plugins(qtbot, demo_database, sandbox, {"timeout_seconds": 1.0})
    panels = window.plugin_panels
    assert panels is not None
    qtbot.waitUntil(lambda: window.presence.session_id is not None, timeout=10_000)
    boss = supervisor(window.desk)

    def kela_alert() -> list[str]:
        view = window.desk.floor.floor(boss, language="en")
        return [a.english() for a in view.alerts if a.english().startswith("Kela's back office")]

    panels.check_health()  # as its 30 s timer does
    qtbot.waitUntil(lambda: bool(kela_alert()), timeout=20_000)
    assert "at T1" in kela_alert()[0]
    kela_row = next(row for row in window.desk.floor.floor(boss).agencies if row.code == "kela")
    assert kela_row.back_office == "down"

    sandbox.clear_faults()
    panels.check_health()
    qtbot.waitUntil(lambda: not kela_alert(), timeout=20_000)
    window.close()
