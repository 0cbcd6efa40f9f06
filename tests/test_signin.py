"""The sign-in dialog and the change of password, against real accounts.

SQLite's local accounts (argon2 hashes, the demo's password) and, for the connection
as the person, the test PostgreSQL server. That server trusts loopback connections,
so a wrong password is refused only on SQLite here; PostgreSQL's own refusals are
tested on a cluster of their own (tests/test_database_roles.py).
"""

from __future__ import annotations

import json
import shutil
import uuid
from pathlib import Path

import keyring
import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QLabel
from pytestqt.qtbot import QtBot
from sqlalchemy import create_engine, text

from console import paths
from console.app.sign_in import SignInService
from console.config import Settings, load_settings
from console.desk.accounts import DEMO_PASSWORD, sign_in
from console.desk.desk import Desk
from console.store.database import Database
from console.ui.access.change_password_dialog import ChangePasswordDialog
from console.ui.access.remembered import SIGN_IN_KEYRING, KeyringPasswords
from console.ui.access.session import AccountCredentials, Session
from console.ui.access.signin import SignInDialog

WRONG = "The user name or the password is not right"


def local_settings(tmp_path: Path, sqlite_template: Path, **values: str) -> Settings:
    path = tmp_path / "desk.sqlite3"
    shutil.copy(sqlite_template, path)
    url = f"sqlite:///{path}"
    database = Database(url)
    assert Desk(database).seed_demo()
    database.dispose()
    return load_settings({"database.url": url, **values}, environ={})


@pytest.fixture
def service(tmp_path: Path, sqlite_template: Path) -> SignInService:
    service = SignInService(local_settings(tmp_path, sqlite_template))
    service.prepare()
    return service


def dialog_texts(dialog: SignInDialog) -> str:
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    for box in dialog.findChildren(QComboBox):
        texts += [box.itemText(i) for i in range(box.count())]
    return "\n".join(texts)


def counter_id(service: SignInService, code: str) -> int:
    database = Database(service.url)
    counters = Desk(database).counters()
    database.dispose()
    return next(c.id for c in counters if c.code == code)


def choose_counter(dialog: SignInDialog, service: SignInService, code: str) -> None:
    wanted = counter_id(service, code)
    for index in range(dialog.counter_box.count()):
        if dialog.counter_box.itemData(index) == wanted:
            dialog.counter_box.setCurrentIndex(index)
            return
    raise AssertionError(f"no counter {code} offered")


def submit(qtbot: QtBot, dialog: SignInDialog, username: str, password: str) -> None:
    dialog.username.setText(username)
    dialog.password.setText(password)
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: not dialog._busy)


def test_nobody_is_named_before_sign_in_and_both_mistakes_read_alike(
    qtbot: QtBot, service: SignInService
) -> None:
    dialog = SignInDialog(service.authenticate, site_name=service.site_name)
    qtbot.addWidget(dialog)
    dialog.show()
    staff = Desk(Database(service.url)).staff()
    shown = dialog_texts(dialog)
    assert not any(member.full_name in shown or member.username in shown for member in staff)

    submit(qtbot, dialog, "aino.virtanen", "not-the-password")
    wrong_password = dialog.status.text()
    assert WRONG in wrong_password
    assert dialog.password.text() == ""
    # The message made the window taller; the fields kept their height.
    qtbot.waitUntil(lambda: dialog.height() >= dialog.minimumSizeHint().height())
    for field in (dialog.username, dialog.password):
        assert field.height() >= field.minimumSizeHint().height()
    submit(qtbot, dialog, "nobody.at.all", DEMO_PASSWORD)
    assert dialog.status.text() == wrong_password
    assert dialog.pages.currentIndex() == 0

    submit(qtbot, dialog, "aino.virtanen", DEMO_PASSWORD)
    assert dialog.pages.currentIndex() == 1  # now the counter
    assert "Aino Virtanen" in dialog.greeting.text()
    choose_counter(dialog, service, "T2")
    with qtbot.waitSignal(dialog.accepted):
        dialog.ok_button.click()
    session = dialog.session
    assert isinstance(session, Session)
    assert (session.signed_in.staff.username, session.signed_in.counter.code) == (
        "aino.virtanen",
        "T2",
    )
    assert session.credentials is not None
    assert session.credentials.verify(DEMO_PASSWORD)


def test_a_fixed_counter_is_not_asked_for(qtbot: QtBot, service: SignInService) -> None:
    dialog = SignInDialog(service.authenticate, fixed_counter="T5")
    qtbot.addWidget(dialog)
    dialog.username.setText("jukka.niemi")
    dialog.password.setText(DEMO_PASSWORD)
    with qtbot.waitSignal(dialog.accepted):
        dialog.ok_button.click()
    assert dialog.session is not None
    assert dialog.session.signed_in.counter.code == "T5"


def test_a_counter_the_desk_lacks_is_named_for_it(qtbot: QtBot, service: SignInService) -> None:
    dialog = SignInDialog(service.authenticate, fixed_counter="X9")
    qtbot.addWidget(dialog)
    submit(qtbot, dialog, "jukka.niemi", DEMO_PASSWORD)
    assert "X9" in dialog.status.text()
    assert "desk.counter" in dialog.status.text()
    assert dialog.session is None


def test_the_last_counter_is_chosen_again(qtbot: QtBot, service: SignInService) -> None:
    dialog = SignInDialog(service.authenticate, remembered_counter="T4")
    qtbot.addWidget(dialog)
    submit(qtbot, dialog, "aino.virtanen", DEMO_PASSWORD)
    assert dialog.counter_box.currentData() == counter_id(service, "T4")


def test_an_empty_desk_says_what_to_do(qtbot: QtBot) -> None:
    dialog = SignInDialog(None)
    qtbot.addWidget(dialog)
    hint = dialog.findChild(QLabel, "signInEmpty")
    assert hint is not None
    assert "tiski --demo" in hint.text()
    assert not dialog.ok_button.isEnabled()


def test_caps_lock_is_noticed_from_what_is_typed(qtbot: QtBot) -> None:
    dialog = SignInDialog(None)
    qtbot.addWidget(dialog)
    dialog.show()
    field = dialog.password
    qtbot.keyClicks(field, "A")  # a capital without Shift
    assert field.caps_hint.isVisible()
    qtbot.keyClicks(field, "b")  # a small letter without Shift: Caps Lock is off again
    assert not field.caps_hint.isVisible()


def drive(username: str, password: str, *, remember: bool = False) -> None:
    """Fill in the modal sign-in dialog as a person would."""

    def step() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, SignInDialog):
            QTimer.singleShot(20, step)
            return
        dialog.username.setText(username)
        dialog.password.setText(password)
        dialog.remember_box.setChecked(remember)
        dialog.ok_button.click()
        choose(dialog)

    def choose(dialog: SignInDialog) -> None:
        if dialog._busy:
            QTimer.singleShot(20, lambda: choose(dialog))
        elif dialog.pages.currentIndex() == 1:
            dialog.ok_button.click()

    QTimer.singleShot(0, step)


def test_a_shared_pc_remembers_the_counter_but_no_name_and_no_password(
    qtbot: QtBot, service: SignInService
) -> None:
    assert not service.settings["signin.allow_remember"]
    drive("aino.virtanen", DEMO_PASSWORD)
    session = service.sign_in(None)
    assert session is not None
    remembered = json.loads(paths.remembered_file().read_text(encoding="utf-8"))
    assert remembered["sign_in"][service.place] == {"username": "", "counter": "T1"}
    assert keyring.get_password(SIGN_IN_KEYRING, f"aino.virtanen@{service.place}") is None
    assert DEMO_PASSWORD not in paths.remembered_file().read_text(encoding="utf-8")


def test_where_it_allows_the_password_is_remembered_in_the_keyring(
    qtbot: QtBot, tmp_path: Path, sqlite_template: Path
) -> None:
    settings = local_settings(tmp_path, sqlite_template, **{"signin.allow_remember": "true"})
    service = SignInService(settings)
    drive("aino.virtanen", DEMO_PASSWORD, remember=True)
    assert service.sign_in(None) is not None
    qtbot.waitUntil(
        lambda: (
            keyring.get_password(SIGN_IN_KEYRING, f"aino.virtanen@{service.place}") == DEMO_PASSWORD
        )
    )
    # Next time the name and the password are there already.
    remember_file = paths.remembered_file().read_text(encoding="utf-8")
    assert DEMO_PASSWORD not in remember_file
    dialog = SignInDialog(
        service.authenticate,
        remembered_username="aino.virtanen",
        passwords=KeyringPasswords(service.place),
    )
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.remember_box.isVisible()
    qtbot.waitUntil(lambda: dialog.password.text() == DEMO_PASSWORD)
    assert dialog.remember_box.isChecked()


def test_the_remember_box_is_offered_only_where_it_allows(qtbot: QtBot) -> None:
    shared = SignInDialog(None)
    personal = SignInDialog(None, passwords=KeyringPasswords("sqlite:///desk"))
    for dialog in (shared, personal):
        qtbot.addWidget(dialog)
        dialog.show()
    assert not shared.remember_box.isVisible()
    assert personal.remember_box.isVisible()


def test_changing_ones_password(qtbot: QtBot, service: SignInService) -> None:
    person = sign_in(service.url, "aino.virtanen", DEMO_PASSWORD)
    dialog = ChangePasswordDialog(AccountCredentials(person))
    qtbot.addWidget(dialog)
    dialog.current.setText(DEMO_PASSWORD)
    dialog.new.setText("kesäkuun-aurinko-27")
    dialog.repeat.setText("kesäkuun-aurinko-28")
    dialog.ok_button.click()
    assert "not the same" in dialog.message.text()
    dialog.new.setText("lyhyt")
    dialog.repeat.setText("lyhyt")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: dialog.ok_button.isEnabled())
    assert "too short" in dialog.message.text()
    dialog.new.setText("kesäkuun-aurinko-27")
    dialog.repeat.setText("kesäkuun-aurinko-27")
    with qtbot.waitSignal(dialog.accepted):
        dialog.ok_button.click()
    assert AccountCredentials(person).verify("kesäkuun-aurinko-27")
    assert not AccountCredentials(person).verify(DEMO_PASSWORD)


@pytest.mark.postgres
def test_on_postgresql_the_console_connects_as_the_person(qtbot: QtBot, postgres: object) -> None:
    server = postgres
    url = server.create(migrated=True)  # type: ignore[attr-defined]
    role = f"tiski_t_{uuid.uuid4().hex[:10]}"
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    try:
        database = Database(url)
        Desk(database).seed_demo()
        database.dispose()
        with server.engine.connect() as connection:  # type: ignore[attr-defined]
            connection.execute(text(f'CREATE ROLE "{role}" LOGIN'))
        with admin.connect() as connection:
            # What tiski staff add gives an advisor (migration 0007's group role).
            connection.execute(text(f'GRANT tiski_advisor TO "{role}"'))
            connection.execute(
                text("UPDATE staff SET login_role = :role WHERE username = 'aino.virtanen'"),
                {"role": role},
            )
        service = SignInService(load_settings({"database.url": url}, environ={}))
        pending = service.authenticate(role, "the server checks this")
        assert pending.full_name == "Aino Virtanen"
        session = pending.open(pending.counters[0].id)
        database = session.desk.database
        assert database.url.username == role
        with database.engine.connect() as connection:
            assert connection.execute(text("SELECT current_user")).scalar_one() == role
        assert session.signed_in.staff.username == "aino.virtanen"
        database.dispose()
    finally:
        admin.dispose()
        server.drop(url)  # type: ignore[attr-defined]
        with server.engine.connect() as connection:  # type: ignore[attr-defined]
            connection.execute(text(f'DROP ROLE IF EXISTS "{role}"'))


@pytest.mark.slow
@pytest.mark.parametrize("window", ["signin", "lock"])
def test_screenshots_of_the_sign_in_and_the_lock(
    tiski_env: dict[str, str], tmp_path: Path, window: str
) -> None:
    import subprocess
    import sys

    from PySide6.QtGui import QImage

    out = tmp_path / f"{window}.png"
    result = subprocess.run(
        [
            *(sys.executable, "-m", "console", "--language", "en", "screenshot", str(out)),
            *("--demo", "--window", window, "--size", "900x600"),
        ],
        env=tiski_env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    if window == "lock":
        assert (image.width(), image.height()) == (900, 600)
    else:  # a dialog at its own size, within the size asked for
        assert 300 < image.width() <= 900
        assert 150 < image.height() <= 600
    colours = {
        image.pixel(x, y) for x in range(0, image.width(), 8) for y in range(0, image.height(), 8)
    }
    assert len(colours) > 5, "the picture is nearly blank"


def test_the_demo_signs_in_by_itself_and_says_demo(qtbot: QtBot) -> None:
    from console.app.opening import open_desk
    from console.ui.console_window import ConsoleWindow

    settings = load_settings({}, environ={})
    service = SignInService(settings, demo=True)
    opened = open_desk(settings, demo=True)
    # A demo desk made before accounts existed: its people have no password yet.
    with opened.desk.database.engine.begin() as connection:
        connection.execute(text("UPDATE staff SET password_hash = NULL"))
    session = service.demo_session(opened)
    assert session.signed_in.staff.username == "aino.virtanen"
    window = ConsoleWindow(session.desk, session.signed_in, demo=True)
    qtbot.addWidget(window)
    assert "DEMO" in window.windowTitle()
    assert "“demo”" in service.demo_hint()
    # The lock screen and Switch user take the demo password.
    assert session.credentials is not None
    assert session.credentials.verify(DEMO_PASSWORD)
    pending = service.authenticate("paivi.lehtonen", DEMO_PASSWORD)
    assert pending.remote_worker
    opened.desk.database.dispose()


def test_counters_of_several_offices_are_named_with_their_office(
    qtbot: QtBot, service: SignInService
) -> None:
    """Issue 19: the demo database holds Pori and Ulvila; without desk.site a person
    chooses among both offices' counters, and works at the office they chose."""
    dialog = SignInDialog(service.authenticate)
    qtbot.addWidget(dialog)
    submit(qtbot, dialog, "johanna.lindholm", DEMO_PASSWORD)
    qtbot.waitUntil(lambda: dialog.counter_box.count() > 0)
    shown = [dialog.counter_box.itemText(i) for i in range(dialog.counter_box.count())]
    assert "Porin yhteispalvelupiste: Tiski 1" in shown
    assert "Ulvilan yhteispalvelupiste: Ulvila, tiski 1" in shown
    choose_counter(dialog, service, "U1")
    with qtbot.waitSignal(dialog.accepted):
        dialog.ok_button.click()
    assert dialog.session is not None
    desk = dialog.session.desk
    assert dialog.session.signed_in.counter.code == "U1"
    assert [step.ticket_number for step in desk.snapshot().waiting] == ["K001", "V001"]


def test_a_pc_of_one_office_lists_only_its_counters(
    qtbot: QtBot, tmp_path: Path, sqlite_template: Path
) -> None:
    service = SignInService(local_settings(tmp_path, sqlite_template, **{"desk.site": "ulvila"}))
    service.prepare()
    dialog = SignInDialog(service.authenticate)
    qtbot.addWidget(dialog)
    submit(qtbot, dialog, "johanna.lindholm", DEMO_PASSWORD)
    qtbot.waitUntil(lambda: dialog.counter_box.count() > 0)
    shown = [dialog.counter_box.itemText(i) for i in range(dialog.counter_box.count())]
    assert shown == ["Ulvila, tiski 1", "Ulvila, tiski 2"]
