"""The console window on the demo desk, as an advisor sees it."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QDockWidget, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from console.desk.desk import Desk
from console.i18n import install_translators
from console.store.database import Database
from console.ui.access.connection import ConnectionMonitor, ConnectionState
from console.ui.console_window import ConsoleWindow


@pytest.fixture
def finnish(qapp: QApplication) -> Iterator[None]:
    install_translators(qapp, "fi")
    yield
    install_translators(qapp, "fi")


def open_console(qtbot: QtBot, database: Database) -> ConsoleWindow:
    desk = Desk(database)
    signed_in = desk.sign_in_by_username("aino.virtanen", "T3")
    window = ConsoleWindow(desk, signed_in)
    qtbot.addWidget(window)
    window.resize(1440, 900)
    window.show()
    window.start()
    qtbot.waitUntil(lambda: window.queue_zone.service_model.rowCount() > 0, timeout=10_000)
    return window


def add_waiting_visit(database: Database, ticket: str, name: str) -> None:
    """A visitor takes a ticket at another console (issuing arrives with the queue)."""
    from sqlalchemy import select

    from console.core.queue import DESK_TIMEZONE, utc_now
    from console.store.models import Service, Site, Visit, VisitStep

    now = utc_now()
    with database.session() as session:
        service = session.scalars(select(Service).where(Service.code == "kela-general")).one()
        office = session.scalars(select(Site.id).order_by(Site.id)).first()
        visit = Visit(
            site_id=office,
            ticket_day=now.astimezone(DESK_TIMEZONE).date(),
            ticket_number=ticket,
            language="sv",
            source="kiosk",
            visitor_name=name,
            created_at=now,
        )
        visit.steps = [
            VisitStep(
                site_id=office, position=1, service_id=service.id, state="waiting", queued_at=now
            )
        ]
        session.add(visit)


def status_text(window: ConsoleWindow, name: str) -> str:
    label = window.statusBar().findChild(QLabel, name)
    assert label is not None
    return label.text()


def test_console_shows_the_demo_desk_in_finnish(
    qtbot: QtBot, demo_database: Database, finnish: None
) -> None:
    window = open_console(qtbot, demo_database)
    queues = window.queue_zone.service_model.rows()
    assert len(queues) == 14
    # The advisor's own services come first.
    assert queues[0].service.code in window.signed_in.staff.skills
    assert window.queue_zone.waiting_model.rowCount() == 24
    assert window.queue_zone.waiting_box.title() == "Odottavat vuoronumerot (24)"
    assert window.call_next_action.text() == "Kutsu seuraava"
    assert window.call_next_action.shortcut() == QKeySequence("F5")
    assert [a.text() for a in window.commands.toolbar.actions() if not a.isSeparator()][:2] == [
        "Kutsu seuraava",
        "Kutsu uudelleen",
    ]
    assert "Tiski 3" in status_text(window, "counterStatus")
    assert "Aino Virtanen" in status_text(window, "personStatus")
    assert "palveluneuvoja" in status_text(window, "personStatus")
    assert "yhdistetty" in status_text(window, "databaseStatus")
    titles = {dock.windowTitle() for dock in window.findChildren(QDockWidget)}
    assert {"Pori", "Kela", "Vero", "DVV", "Poliisi", "Työllisyys"} <= titles
    assert window.windowTitle() == "Tiski – Porin yhteispalvelupiste"


def test_filter_finds_a_visitor_by_name(
    qtbot: QtBot, demo_database: Database, finnish: None
) -> None:
    window = open_console(qtbot, demo_database)
    window.queue_zone.filter_edit.setText("forsman")
    model = window.queue_zone.waiting_model
    assert model.rowCount() == 1
    assert "Forsman" in model.index(0, 4).data()
    assert "(24)" in window.queue_zone.waiting_box.title()  # the title counts every one
    window.queue_zone.filter_edit.clear()
    assert model.rowCount() == 24


def test_console_speaks_swedish_when_asked(
    qtbot: QtBot, demo_database: Database, qapp: QApplication
) -> None:
    install_translators(qapp, "sv")
    try:
        window = open_console(qtbot, demo_database)
        assert window.call_next_action.text() == "Kalla nästa"
        titles = {dock.windowTitle() for dock in window.findChildren(QDockWidget)}
        assert "FPA" in titles
    finally:
        install_translators(qapp, "fi")


def test_new_visitors_appear_without_a_reset(
    qtbot: QtBot, demo_database: Database, finnish: None
) -> None:
    window = open_console(qtbot, demo_database)
    model = window.queue_zone.waiting_model
    events: list[str] = []
    model.modelReset.connect(lambda: events.append("reset"))
    model.rowsInserted.connect(lambda *_: events.append("insert"))
    model.rowsRemoved.connect(lambda *_: events.append("remove"))
    add_waiting_visit(demo_database, "K099", "Stina Grönqvist")
    with qtbot.waitSignal(model.rowsInserted, timeout=10_000):
        window.refresh()
    qtbot.waitUntil(lambda: not window._loading, timeout=10_000)
    assert model.rowCount() == 25
    assert events == ["insert"]
    assert model.row(24).visitor_name == "Stina Grönqvist"


@pytest.mark.postgres
def test_status_bar_follows_a_lost_database(qtbot: QtBot, postgres: object, finnish: None) -> None:
    url = postgres.create(migrated=True)  # type: ignore[attr-defined]
    database = Database(url)
    Desk(database).seed_demo()
    window = open_console(qtbot, database)
    postgres.drop(url)  # type: ignore[attr-defined]
    monitor = window.monitor
    monitor.stop()  # the test checks by hand, one check at a time
    for expected in ("yhdistetään", "yhdistetään", "katkennut"):
        with qtbot.waitSignal(monitor.checked, timeout=15_000):
            monitor.check_now()
        assert expected in status_text(window, "databaseStatus")
    assert monitor.state is ConnectionState.LOST
    assert "does not exist" in window.status.database_label.toolTip()
    window.stop()
    database.dispose()


def test_monitor_reports_reconnecting_then_lost(qtbot: QtBot) -> None:
    database = Database("postgresql+psycopg://postgres@127.0.0.1:1/none", connect_timeout=2)
    monitor = ConnectionMonitor(database, lost_after=2)
    seen: list[ConnectionState] = []
    monitor.state_changed.connect(seen.append)
    for _ in range(2):
        with qtbot.waitSignal(monitor.state_changed, timeout=10_000):
            monitor.check_now()
    assert seen == [ConnectionState.RECONNECTING, ConnectionState.LOST]
    assert "127.0.0.1" in monitor.last_error
    database.dispose()


def test_unexpected_error_shows_a_dialog_and_logs_the_traceback(
    qtbot: QtBot, finnish: None
) -> None:
    from console.logs import setup_logging
    from console.ui.shared import errors

    path = setup_logging()
    try:
        raise RuntimeError("kaboom for 131052-308T")
    except RuntimeError as error:
        errors._hook(RuntimeError, error, error.__traceback__)
    boxes = [b for b in QApplication.topLevelWidgets() if isinstance(b, QMessageBox)]
    box = next(b for b in boxes if b.objectName() == "unexpectedError" and b.isVisible())
    assert str(path) in box.text()
    assert "131052-308T" not in box.text()
    box.close()
    for handler in logging.getLogger().handlers:
        handler.flush()
    written = path.read_text(encoding="utf-8")
    assert "Traceback" in written
    assert "kaboom" in written
    assert "131052-308T" not in written
    assert QCoreApplication.translate("Errors", "Tiski: unexpected error") == box.windowTitle()
