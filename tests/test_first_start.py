"""The first start: a new database becomes a desk someone can sign in to.

The wizard is driven as IT would drive it, on a real SQLite file; PostgreSQL's empty
database is a real unmigrated database of the test server.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QWizard
from pytestqt.qtbot import QtBot

from console.app.errors import StartupError
from console.app.first_start import refuse_empty_server
from console.app.opening import OpenedDesk, open_desk
from console.app.sign_in import SignInService
from console.config import load_settings
from console.desk import accounts
from console.desk.desk import Desk
from console.desk.first_start import SERVER_COMMANDS, account_state
from console.desk.staff_admin import add_staff, disable_staff, list_staff
from console.store.database import Database
from console.ui.access.first_start import FirstStartWizard, Start
from console.ui.access.signin import SignInDialog

PASSWORD = "tiski-alkuun-2026"


@pytest.fixture
def fresh_file(tmp_path: Path, sqlite_template: Path) -> Path:
    """A migrated SQLite file with no desk and nobody in it, as a first start finds it."""
    path = tmp_path / "desk.sqlite3"
    shutil.copy(sqlite_template, path)
    return path


@pytest.fixture
def fresh(fresh_file: Path) -> Iterator[Database]:
    database = Database(f"sqlite:///{fresh_file}")
    yield database
    database.dispose()


@pytest.fixture
def opened_demos() -> list[OpenedDesk]:
    return []


@pytest.fixture
def wizard(qtbot: QtBot, fresh: Database, opened_demos: list[OpenedDesk]) -> FirstStartWizard:
    def open_demo() -> OpenedDesk:
        opened = open_desk(load_settings({}), demo=True)
        opened_demos.append(opened)
        return opened

    window = FirstStartWizard(fresh, open_demo=open_demo)
    qtbot.addWidget(window)
    window.show()
    return window


def click(qtbot: QtBot, button: QAbstractButton) -> None:
    assert button.isVisible(), button.text()
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def wizard_button(wizard: QWizard, which: QWizard.WizardButton) -> QAbstractButton:
    return wizard.button(which)


def next_page(qtbot: QtBot, wizard: FirstStartWizard) -> None:
    click(qtbot, wizard_button(wizard, QWizard.WizardButton.NextButton))


def choose(qtbot: QtBot, wizard: FirstStartWizard, start: Start) -> None:
    """Click the choice's round mark: a radio button takes clicks on its mark and text."""
    button = wizard.start_page.buttons[start]
    assert button.isVisible()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))
    assert button.isChecked()


def to_plan(qtbot: QtBot, wizard: FirstStartWizard, start: Start) -> None:
    choose(qtbot, wizard, start)
    next_page(qtbot, wizard)
    assert wizard.currentId() == FirstStartWizard.PAGE_PLAN


def fill_admin(qtbot: QtBot, wizard: FirstStartWizard, repeat: str = PASSWORD) -> None:
    page = wizard.admin_page
    qtbot.keyClicks(page.username, "Irma.IT")
    page.full_name.setText("Irma Itälä")  # QTest types no letters beyond ASCII
    qtbot.keyClicks(page.password, PASSWORD)
    qtbot.keyClicks(page.repeat, repeat)


def finish(qtbot: QtBot, wizard: FirstStartWizard) -> None:
    with qtbot.waitSignal(wizard.done_work, timeout=30_000):
        click(qtbot, wizard_button(wizard, QWizard.WizardButton.FinishButton))


def test_the_template_and_an_administrator_make_a_desk_to_sign_in_to(
    qtbot: QtBot, wizard: FirstStartWizard, fresh: Database
) -> None:
    assert account_state(fresh).fresh
    to_plan(qtbot, wizard, Start.TEMPLATE)
    qtbot.waitUntil(wizard.plan_page.isComplete, timeout=10_000)
    plan = wizard.plan_page.details.toPlainText()
    assert "city-general" in plan
    assert "T1" in plan
    assert Desk(fresh).is_empty(), "nothing is written before the last page"
    next_page(qtbot, wizard)
    assert wizard.currentId() == FirstStartWizard.PAGE_ADMIN
    fill_admin(qtbot, wizard)

    finish(qtbot, wizard)

    assert wizard.result() == QWizard.DialogCode.Accepted
    assert wizard.outcome is not None
    assert wizard.outcome.username == "irma.it"
    desk = Desk(fresh)
    codes = {service.code for service in desk.snapshot().services}
    assert codes == {"city-general", "kela-general", "vero-general"}
    (admin,) = list_staff(fresh)
    assert (admin.username, admin.full_name, admin.role) == ("irma.it", "Irma Itälä", "it")
    assert admin.active
    assert admin.has_password
    signed_in = accounts.sign_in(
        fresh.url.render_as_string(), "irma.it", PASSWORD, open_database=lambda _url: fresh
    )
    assert signed_in.staff.full_name == "Irma Itälä"
    assert not account_state(fresh).fresh


def test_the_administrator_is_checked_before_anything_is_written(
    qtbot: QtBot, wizard: FirstStartWizard, fresh: Database
) -> None:
    to_plan(qtbot, wizard, Start.TEMPLATE)
    qtbot.waitUntil(wizard.plan_page.isComplete, timeout=10_000)
    next_page(qtbot, wizard)
    fill_admin(qtbot, wizard, repeat=PASSWORD + "x")
    click(qtbot, wizard_button(wizard, QWizard.WizardButton.FinishButton))
    assert "not the same" in wizard.admin_page.message.text()
    assert wizard.isVisible()
    assert wizard.outcome is None
    qtbot.keyClicks(wizard.admin_page.password, "irma.it-salasana")
    qtbot.keyClicks(wizard.admin_page.repeat, "irma.it-salasana")
    click(qtbot, wizard_button(wizard, QWizard.WizardButton.FinishButton))
    assert "user name" in wizard.admin_page.message.text()
    wizard.admin_page.username.clear()  # closing at the end would ask
    wizard.admin_page.full_name.clear()
    wizard.admin_page.password.clear()
    wizard.admin_page.repeat.clear()
    assert Desk(fresh).is_empty()
    assert not list_staff(fresh)


def test_leaving_with_typed_fields_asks_first(
    qtbot: QtBot, wizard: FirstStartWizard, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    to_plan(qtbot, wizard, Start.TEMPLATE)
    qtbot.waitUntil(wizard.plan_page.isComplete, timeout=10_000)
    next_page(qtbot, wizard)
    qtbot.keyClicks(wizard.admin_page.username, "irma.it")
    asked: list[str] = []

    def answer(reply: QMessageBox.StandardButton) -> None:
        def question(_parent: object, _title: str, text: str) -> QMessageBox.StandardButton:
            asked.append(text)
            return reply

        monkeypatch.setattr("console.ui.access.first_start.wizard.QMessageBox.question", question)

    answer(QMessageBox.StandardButton.No)
    click(qtbot, wizard_button(wizard, QWizard.WizardButton.CancelButton))
    assert asked
    assert wizard.isVisible(), "staying was chosen"
    answer(QMessageBox.StandardButton.Yes)
    click(qtbot, wizard_button(wizard, QWizard.WizardButton.CancelButton))
    assert not wizard.isVisible()


FAULTY = """\
[desk]
format = 2
name_fi = "Testitiski"
name_sv = "Testdisk"
name_en = "Test desk"

[[agency]]
code = "city"
short_fi = "Kaupunki"
short_sv = "Staden"
short_en = "City"
name_fi = "Kaupunki"
name_sv = "Staden"
name_en = "City"

[[service]]
code = "city-general"
agency = "nowhere"
prefix = "A"
target_wait_minutes = 10
name_fi = "Neuvonta"
name_sv = "Rådgivning"
name_en = "Advice"
"""


def test_an_imported_file_with_a_problem_shows_its_line_and_applies_nothing(
    qtbot: QtBot,
    wizard: FirstStartWizard,
    fresh: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    faulty = tmp_path / "office.toml"
    faulty.write_text(FAULTY, encoding="utf-8")
    monkeypatch.setattr(
        "console.ui.access.first_start.plan_page.QFileDialog.getOpenFileName",
        lambda *_args, **_kwargs: (str(faulty), ""),
    )
    to_plan(qtbot, wizard, Start.IMPORT)
    page = wizard.plan_page
    assert not page.isComplete()
    with qtbot.waitSignal(page.read, timeout=10_000):
        click(qtbot, page.choose_button)

    assert page.problems, "the problem is listed"
    shown = page.details.toPlainText()
    assert "office.toml, line 18" in shown
    assert "nowhere" in shown
    assert "nothing was applied" in page.status.text()
    assert not page.isComplete()
    assert not wizard_button(wizard, QWizard.WizardButton.NextButton).isEnabled()
    assert Desk(fresh).is_empty()


def test_an_imported_file_is_planned_then_applied(
    qtbot: QtBot, wizard: FirstStartWizard, fresh: Database, tmp_path: Path
) -> None:
    good = tmp_path / "office.toml"
    good.write_text(FAULTY.replace('agency = "nowhere"', 'agency = "city"'), encoding="utf-8")
    to_plan(qtbot, wizard, Start.IMPORT)
    with qtbot.waitSignal(wizard.plan_page.read, timeout=10_000):
        wizard.plan_page.load(good)
    assert "service city-general: added" in wizard.plan_page.details.toPlainText()
    next_page(qtbot, wizard)
    fill_admin(qtbot, wizard)
    finish(qtbot, wizard)
    assert [s.code for s in Desk(fresh).snapshot().services] == ["city-general"]
    assert Desk(fresh).site_names().en == "Test desk"  # type: ignore[union-attr]


def test_the_demo_is_seeded_into_the_demo_database(
    qtbot: QtBot, wizard: FirstStartWizard, fresh: Database, opened_demos: list[OpenedDesk]
) -> None:
    choose(qtbot, wizard, Start.DEMO)
    finish_button = wizard_button(wizard, QWizard.WizardButton.FinishButton)
    qtbot.waitUntil(finish_button.isVisible)
    assert "demo" in finish_button.text().lower()
    finish(qtbot, wizard)

    assert wizard.outcome is not None
    assert wizard.outcome.demo is opened_demos[0]
    demo = opened_demos[0]
    try:
        assert demo.demo is not None
        assert demo.desk.staff(), "the demo has its staff"
        assert demo.desk.database.url != fresh.url
    finally:
        demo.desk.database.dispose()
    assert Desk(fresh).is_empty(), "this desk's own database stays empty"


def test_a_desk_without_people_asks_only_for_the_administrator(
    qtbot: QtBot, fresh: Database
) -> None:
    from console.core.desk_file import load_desk_file
    from console.core.resources import desk_template_file
    from console.desk.setup import apply_setup

    apply_setup(fresh, load_desk_file(desk_template_file()).desk)
    wizard = FirstStartWizard(fresh, open_demo=lambda: None, has_desk=True)
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.currentId() == FirstStartWizard.PAGE_ADMIN
    fill_admin(qtbot, wizard)
    finish(qtbot, wizard)
    assert [a.username for a in list_staff(fresh)] == ["irma.it"]


def settings_for(path: Path, **more: str) -> object:
    return load_settings({"database.url": f"sqlite:///{path}", **more})


def test_the_sign_in_follows_with_the_administrator_filled_in(
    qtbot: QtBot, fresh_file: Path, fresh: Database
) -> None:
    service = SignInService(settings_for(fresh_file))  # type: ignore[arg-type]
    service.prepare()
    assert service.needs_first_start
    add_staff(fresh, "irma.it", full_name="Irma Itälä", role="it", password=PASSWORD)
    service.read_accounts()
    assert not service.needs_first_start
    assert service.has_accounts
    dialog = SignInDialog(service.authenticate, remembered_username="irma.it")
    qtbot.addWidget(dialog)
    assert dialog.username.text() == "irma.it"


def test_the_first_administrator_signs_in_to_the_console(
    qtbot: QtBot, fresh_file: Path, fresh: Database
) -> None:
    from console.core.desk_file import load_desk_file
    from console.core.resources import desk_template_file
    from console.desk.first_start import FirstAdmin, set_up_desk

    desk_file = load_desk_file(desk_template_file()).desk
    set_up_desk(fresh, desk_file, FirstAdmin("irma.it", "Irma Itälä", PASSWORD), source="test")
    service = SignInService(settings_for(fresh_file))  # type: ignore[arg-type]
    service.prepare()
    pending = service.authenticate("irma.it", PASSWORD)
    try:
        assert pending.full_name == "Irma Itälä"
        assert [counter.code for counter in pending.counters] == ["T1", "T2"]
        session = pending.open(pending.counters[0].id)
        assert session.signed_in.staff.role == "it"
    finally:
        assert pending.discard is not None
        pending.discard()


def test_nobody_able_to_sign_in_is_said_with_what_to_do(
    qtbot: QtBot, fresh_file: Path, fresh: Database
) -> None:
    add_staff(fresh, "irma.it", full_name="Irma Itälä", role="it", password=PASSWORD)
    disable_staff(fresh, "irma.it")
    service = SignInService(settings_for(fresh_file, **{"ui.language": "en"}))  # type: ignore[arg-type]
    service.prepare()
    assert not service.needs_first_start, "someone was added once: no first start again"
    assert not service.has_accounts
    dialog = SignInDialog(None, staff_exist=True)
    qtbot.addWidget(dialog)
    text = dialog.status.text()
    assert "No one can sign in" in text
    assert "tiski staff password" in text
    assert not dialog.ok_button.isEnabled()


@pytest.mark.parametrize("window", [(), ("--window", "first-start")])
def test_a_screenshot_of_an_empty_database_is_the_first_start(
    tiski_env: dict[str, str], tmp_path: Path, fresh_file: Path, window: tuple[str, ...]
) -> None:
    from PySide6.QtGui import QImage

    out = tmp_path / "empty.png"
    result = subprocess.run(
        [
            *(sys.executable, "-m", "console", "--language", "en"),
            *("--database", f"sqlite:///{fresh_file}", "screenshot", str(out)),
            *("--size", "1366x768", *window),
        ],
        env=tiski_env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "Unknown staff member" not in result.stderr
    image = QImage(str(out))
    assert 500 < image.width() <= 1366
    assert 400 < image.height() <= 768


# ---------------------------------------------------------------- PostgreSQL
@pytest.mark.postgres
def test_an_unmigrated_postgres_database_names_the_commands(postgres: object) -> None:
    url = postgres.create(migrated=False)  # type: ignore[attr-defined]
    try:
        with pytest.raises(StartupError) as refused:
            refuse_empty_server(load_settings({"database.url": url, "ui.language": "en"}))
        text = refused.value.message.english()
        assert "no tables yet" in text
        for command in SERVER_COMMANDS:
            assert command in text
    finally:
        postgres.drop(url)  # type: ignore[attr-defined]


@pytest.mark.postgres
def test_a_postgres_database_without_staff_names_the_commands(
    postgres: object, tiski_env: dict[str, str]
) -> None:
    url = postgres.create(migrated=True)  # type: ignore[attr-defined]
    try:
        result = subprocess.run(
            [sys.executable, "-m", "console", "--language", "en", "--database", url],
            env=tiski_env,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        assert result.returncode == 2, result.stderr
        assert "no staff accounts yet" in result.stderr
        assert "tiski staff add USER" in result.stderr
        assert "--role it" in result.stderr
        assert "tiski db upgrade --database OWNER_URL" in result.stderr
        assert "Traceback" not in result.stderr
    finally:
        postgres.drop(url)  # type: ignore[attr-defined]


@pytest.mark.postgres
def test_a_postgres_desk_with_staff_goes_on_to_the_sign_in(postgres: object) -> None:
    url = postgres.create(migrated=True)  # type: ignore[attr-defined]
    try:
        database = Database(url)
        try:
            assert Desk(database).seed_demo()
        finally:
            database.dispose()
        refuse_empty_server(load_settings({"database.url": url}))  # no refusal
    finally:
        postgres.drop(url)  # type: ignore[attr-defined]
