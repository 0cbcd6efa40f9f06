"""The admin window (issue 21): the desk's set-up edited, checked, planned and applied.

Real SQLite files seeded with the demo desk (and one PostgreSQL office with real
login roles), real windows under the offscreen platform: each test edits as a person
would (typing into the labelled fields, ticking skills, Add, Retire, Review and
apply), then reads the database back.
"""

from __future__ import annotations

import secrets
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from pg_cluster import PrivateCluster, private_cluster  # noqa: F401 - the fixture
from pytestqt.qtbot import QtBot
from qt_jobs import settle_background_jobs
from sqlalchemy import text

from console.core.desk_file import DeskSpec, parse_desk
from console.core.permissions import Permission
from console.desk.desk import Desk, SignedIn
from console.desk.errors import DeskError
from console.desk.setup import current_desk, plan_setup
from console.store.database import Database
from console.store.queries import transaction
from console.ui.admin import AdminWindow
from console.ui.admin.plan_dialog import PlanDialog
from console.ui.console_window import ConsoleWindow

IT = "ville.aaltonen"
SUPERVISOR = "kaisa.mattila"
ADVISOR = "aino.virtanen"


@pytest.fixture
def demo_desk(tmp_path: Path, sqlite_template: Path) -> Iterator[Database]:
    """A real SQLite file with the demo desk (its visitors waiting today)."""
    path = tmp_path / "desk.sqlite3"
    shutil.copy(sqlite_template, path)
    database = Database(f"sqlite:///{path}")
    assert Desk(database).seed_demo()
    yield database
    settle_background_jobs()
    database.dispose()


def _secret() -> str:
    return "pw-" + secrets.token_hex(12)


def _signed_in(database: Database, username: str) -> SignedIn:
    return Desk(database).sign_in_by_username(username, None)


def _open(qtbot: QtBot, database: Database, username: str) -> AdminWindow:
    window = AdminWindow(database, _signed_in(database, username))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    with qtbot.waitSignal(window.desk_loaded, timeout=10_000):
        window.start()
    return window


def _type(qtbot: QtBot, field: object, typed: str) -> None:
    """Replace a line's text as a person does: select it all, type over it.

    QTest types ASCII only (other characters abort it offscreen): those are pasted."""
    field.selectAll()  # type: ignore[attr-defined]
    if typed.isascii():
        qtbot.keyClicks(field, typed)
    else:
        field.insert(typed)  # type: ignore[attr-defined]  # as a paste: textEdited too


def _review(qtbot: QtBot, window: AdminWindow, button: object = None) -> PlanDialog:
    assert (button or window.review_button).isEnabled()  # type: ignore[attr-defined]
    qtbot.mouseClick(button or window.review_button, _left())
    qtbot.waitUntil(lambda: window.plan_dialog is not None and not window.busy, timeout=10_000)
    assert window.plan_dialog is not None
    return window.plan_dialog


def _apply(qtbot: QtBot, window: AdminWindow, dialog: PlanDialog) -> None:
    assert dialog.apply_button.isEnabled(), dialog.browser.toPlainText()
    with qtbot.waitSignal(window.desk_loaded, timeout=10_000):
        qtbot.mouseClick(dialog.apply_button, _left())
    assert window.plan_dialog is None
    assert not window.dirty


def _left() -> object:
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


def _audit(database: Database) -> list[tuple[str, int | None, str]]:
    with database.engine.connect() as connection:
        rows = connection.execute(
            text(
                "SELECT action, staff_id, detail FROM audit_event WHERE action = 'desk_applied'"
                " ORDER BY id"
            )
        ).all()
    return [(str(a), s, str(d)) for a, s, d in rows]


def _desk(database: Database) -> DeskSpec:
    desk = current_desk(database)
    assert desk is not None
    return desk


def _waiting(database: Database) -> dict[str, tuple[str, ...]]:
    with transaction(database) as tx:
        return dict(tx.setup_facts().waiting)


@pytest.mark.parametrize("username", [IT, SUPERVISOR])
def test_rename_add_retire_and_skills_reach_the_database_audited(
    qtbot: QtBot, demo_desk: Database, username: str
) -> None:
    window = _open(qtbot, demo_desk, username)
    before = _desk(demo_desk)
    waiting = _waiting(demo_desk)
    # Rename a service.
    window.tabs.setCurrentWidget(window.services)
    assert window.services.select_key("kela-general")
    _type(qtbot, window.services.form.full[2], "Kela benefits, general")
    assert window.dirty
    # Add a counter, then retire one nobody is called to.
    window.tabs.setCurrentWidget(window.counters)
    qtbot.mouseClick(window.counters.add_button, _left())
    form = window.counters.form
    assert form.code.isEnabled()  # a new row's code may be typed
    _type(qtbot, form.code, "T9")
    _type(qtbot, form.full[0], "Palvelupiste 9")
    _type(qtbot, form.full[1], "Servicepunkt 9")
    _type(qtbot, form.full[2], "Counter 9")
    assert window.counters.select_key("R3") or window.counters.select_key("R2")
    retired = window.counters.form.code.text()
    assert not window.counters.form.code.isEnabled()  # an applied code is an identity
    qtbot.mouseClick(window.counters.retire_button, _left())
    # Tick a skill for an advisor.
    window.tabs.setCurrentWidget(window.staff)
    assert window.staff.select_key(ADVISOR)
    skills = window.staff.form.skills
    assert "vero-inheritance" not in skills.checked()
    skills.set_checked("vero-inheritance", True)
    assert window.problem_texts() == []

    dialog = _review(qtbot, window)
    shown = dialog.browser.toPlainText()
    assert "kela-general" in shown
    assert "T9" in shown
    assert retired in shown
    assert ADVISOR in shown
    assert "skills" in shown
    assert "1 added" in dialog.counts.text() or "1 lisätty" in dialog.counts.text()
    _apply(qtbot, window, dialog)

    after = _desk(demo_desk)
    service = next(s for s in after.services if s.code == "kela-general")
    assert service.names.en == "Kela benefits, general"
    assert service.names.fi == next(s for s in before.services if s.code == "kela-general").names.fi
    assert "T9" in {c.code for c in after.counters}
    assert retired not in {c.code for c in after.counters}
    member = next(m for m in after.staff if m.username == ADVISOR)
    assert "vero-inheritance" in member.skills
    audit = _audit(demo_desk)
    assert len(audit) == 1
    assert audit[0][1] == window.signed_in.staff.id
    assert "admin window" in audit[0][2]
    # The working copy was read again: it is the database's desk, nothing left to apply.
    assert window.working() == after
    # Visitors waiting kept their tickets.
    assert _waiting(demo_desk) == waiting
    window.discard_and_close()


def test_the_search_box_filters_the_table(qtbot: QtBot, demo_desk: Database) -> None:
    window = _open(qtbot, demo_desk, SUPERVISOR)
    tab = window.staff
    window.tabs.setCurrentWidget(tab)
    everyone = tab.proxy.rowCount()
    qtbot.keyClicks(tab.search, "kela")
    shown = [tab.proxy.index(row, 0).data() for row in range(tab.proxy.rowCount())]
    assert 0 < len(shown) < everyone
    assert "paivi.lehtonen" in shown  # her skills name kela services
    # Choosing a filtered row edits the right person.
    tab.table.selectRow(shown.index("paivi.lehtonen"))
    assert tab.form.username.text() == "paivi.lehtonen"
    tab.search.clear()
    assert tab.proxy.rowCount() == everyone
    window.discard_and_close()


def test_a_duplicate_prefix_is_shown_and_blocks_applying(qtbot: QtBot, demo_desk: Database) -> None:
    window = _open(qtbot, demo_desk, IT)
    window.tabs.setCurrentWidget(window.services)
    assert window.services.select_key("kela-family")
    _type(qtbot, window.services.form.prefix, "K")  # kela-general's
    problems = window.problem_texts()
    assert problems
    assert any("K" in problem for problem in problems)
    assert "kela-family" in window.problems_label.text() or "K" in window.problems_label.text()
    assert window.problems_scroll.isVisible()
    assert not window.review_button.isEnabled()
    window.review()  # even asked directly, nothing is planned
    assert window.plan_dialog is None
    assert not window.busy
    # Typed back, the problem goes and Review is offered again.
    _type(qtbot, window.services.form.prefix, "KP")
    assert window.problem_texts() == []
    assert not window.dirty
    assert _audit(demo_desk) == []
    window.discard_and_close()


def test_opening_hours_that_do_not_parse_are_shown_before_applying(
    qtbot: QtBot, demo_desk: Database
) -> None:
    window = _open(qtbot, demo_desk, IT)
    _type(qtbot, window.desk_tab.form.hours, "mon-fri 16:00-08:00")
    assert any("16:00-08:00" in problem for problem in window.problem_texts())
    assert not window.review_button.isEnabled()
    _type(qtbot, window.desk_tab.form.hours, "mon-fri 08:00-16:00; sat 10:00-14:00")
    assert window.problem_texts() == []
    dialog = _review(qtbot, window)
    _apply(qtbot, window, dialog)
    hours = _desk(demo_desk).hours
    assert hours is not None
    assert hours.entries() == ["mon-fri 08:00-16:00", "sat 10:00-14:00"]
    window.discard_and_close()


def test_retiring_a_service_with_waiting_visitors_is_refused_with_their_tickets(
    qtbot: QtBot, demo_desk: Database
) -> None:
    waiting = _waiting(demo_desk)
    code, tickets = next((code, t) for code, t in waiting.items() if t)
    before = _desk(demo_desk)
    window = _open(qtbot, demo_desk, IT)
    window.tabs.setCurrentWidget(window.services)
    assert window.services.select_key(code)
    qtbot.mouseClick(window.services.retire_button, _left())
    # Its skills, life events and templates go with it, so the desk file check passes.
    assert window.problem_texts() == []
    dialog = _review(qtbot, window)
    shown = dialog.browser.toHtml()
    assert tickets[0] in dialog.browser.toPlainText()
    assert "#b00020" in shown  # refusals in red
    assert not dialog.apply_button.isEnabled()
    dialog.reject()
    qtbot.waitUntil(lambda: window.plan_dialog is None)
    assert _desk(demo_desk) == before
    assert _audit(demo_desk) == []
    window.discard_and_close()


def test_a_refusal_found_while_applying_changes_nothing(qtbot: QtBot, demo_desk: Database) -> None:
    window = _open(qtbot, demo_desk, IT)
    # A new service (every demo service has visitors waiting), applied.
    window.tabs.setCurrentWidget(window.services)
    qtbot.mouseClick(window.services.add_button, _left())
    form = window.services.form
    _type(qtbot, form.code, "pop-up")
    _type(qtbot, form.prefix, "Q")
    for field, name in zip(form.full, ("Pop-up", "Pop-up", "Pop-up"), strict=True):
        _type(qtbot, field, name)
    assert window.problem_texts() == []
    _apply(qtbot, window, _review(qtbot, window))
    assert "pop-up" in {s.code for s in _desk(demo_desk).services}
    # Retired in the window, planned: nobody waits for it yet.
    assert window.services.select_key("pop-up")
    qtbot.mouseClick(window.services.retire_button, _left())
    dialog = _review(qtbot, window)
    assert dialog.apply_button.isEnabled()
    # Someone takes a ticket for it while the plan is on screen.
    issued = Desk(demo_desk).queue.issue(["pop-up"], source="kiosk")
    before = _desk(demo_desk)
    qtbot.mouseClick(dialog.apply_button, _left())
    qtbot.waitUntil(lambda: not window.busy and not dialog.busy, timeout=10_000)
    assert dialog.isVisible()
    assert issued.ticket_number in dialog.browser.toPlainText()
    assert dialog.status.text()
    assert not dialog.apply_button.isEnabled()
    assert _desk(demo_desk) == before
    assert len(_audit(demo_desk)) == 1  # the add only
    dialog.reject()
    window.discard_and_close()


def test_undo_applies_the_desk_as_it_was(qtbot: QtBot, demo_desk: Database) -> None:
    before = _desk(demo_desk)
    window = _open(qtbot, demo_desk, SUPERVISOR)
    assert not window.undo_button.isEnabled()
    _type(qtbot, window.desk_tab.form.full[0], "Porin palvelupiste")
    _apply(qtbot, window, _review(qtbot, window))
    assert _desk(demo_desk).names.fi == "Porin palvelupiste"
    assert window.undo_button.isEnabled()
    dialog = _review(qtbot, window, window.undo_button)
    assert "name" in dialog.browser.toPlainText()
    _apply(qtbot, window, dialog)
    assert _desk(demo_desk) == before
    assert len(_audit(demo_desk)) == 2
    window.discard_and_close()


def test_export_writes_a_file_that_reads_back_equal(
    qtbot: QtBot, demo_desk: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QFileDialog

    window = _open(qtbot, demo_desk, IT)
    _type(qtbot, window.desk_tab.form.welcome[0], "Tervetuloa!")
    _type(qtbot, window.desk_tab.form.welcome[1], "Välkommen!")
    _type(qtbot, window.desk_tab.form.welcome[2], "Welcome!")
    out = tmp_path / "exported.toml"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *_a, **_k: (str(out), ""))
    )
    qtbot.mouseClick(window.export_button, _left())
    exported = parse_desk(out.read_text(encoding="utf-8"), str(out)).desk
    assert exported == window.working()
    assert exported.texts.kiosk_welcome is not None
    assert exported.texts.kiosk_welcome.sv == "Välkommen!"
    # What was clicked is exported, not applied.
    assert _desk(demo_desk).texts.kiosk_welcome is None
    window.discard_and_close()


def test_closing_with_edits_asks_and_cancel_keeps_them(qtbot: QtBot, demo_desk: Database) -> None:
    from PySide6.QtWidgets import QMessageBox

    window = _open(qtbot, demo_desk, IT)
    _type(qtbot, window.desk_tab.form.full[2], "Pori Service Point")
    window.close()
    box = window.close_box
    assert box is not None
    assert window.isVisible()
    box.button(QMessageBox.StandardButton.Cancel).click()
    qtbot.waitUntil(lambda: window.close_box is None)
    assert window.isVisible()
    assert window.dirty
    window.close()
    box = window.close_box
    assert box is not None
    destructive = QMessageBox.ButtonRole.DestructiveRole
    discard = next(b for b in box.buttons() if box.buttonRole(b) is destructive)
    discard.click()
    qtbot.waitUntil(lambda: not window.isVisible())
    assert _desk(demo_desk).names.en != "Pori Service Point"


def test_closing_with_edits_can_apply_them_first(qtbot: QtBot, demo_desk: Database) -> None:
    from PySide6.QtWidgets import QMessageBox

    window = _open(qtbot, demo_desk, IT)
    _type(qtbot, window.desk_tab.form.full[2], "Pori Service Point")
    window.close()
    box = window.close_box
    assert box is not None
    accept = QMessageBox.ButtonRole.AcceptRole
    next(b for b in box.buttons() if box.buttonRole(b) is accept).click()
    qtbot.waitUntil(lambda: window.plan_dialog is not None and not window.busy, timeout=10_000)
    dialog = window.plan_dialog
    assert dialog is not None
    qtbot.mouseClick(dialog.apply_button, _left())
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=10_000)
    assert _desk(demo_desk).names.en == "Pori Service Point"


def test_locking_the_console_hides_the_admin_window_and_keeps_its_edits(
    qtbot: QtBot, demo_desk: Database
) -> None:
    desk = Desk(demo_desk)
    console = ConsoleWindow(desk, desk.sign_in_by_username(SUPERVISOR, "T8"))
    qtbot.addWidget(console)
    console.show()
    console.commands.show_admin()
    admin = console.commands.admin_window
    assert isinstance(admin, AdminWindow)
    qtbot.waitUntil(lambda: admin.loaded and not admin.busy, timeout=10_000)
    _type(qtbot, admin.desk_tab.form.full[2], "Pori Service Point")
    console.lock.lock()
    assert not admin.isVisible()
    assert admin.close_box is None
    assert admin.dirty
    # Unlocked (the same person), the menu item shows the same edits again.
    console.lock._unlock()
    console.commands.show_admin()
    assert admin.isVisible()
    assert admin.desk_tab.form.full[2].text() == "Pori Service Point"
    admin.discard_and_close()
    console.close()


def test_a_supervisor_changes_skills_but_not_staff_accounts(
    qtbot: QtBot, demo_desk: Database
) -> None:
    window = _open(qtbot, demo_desk, SUPERVISOR)
    window.tabs.setCurrentWidget(window.staff)
    assert window.staff.notice.isVisibleTo(window)
    assert not window.staff.add_button.isEnabled()
    assert not window.staff.retire_button.isEnabled()
    assert window.staff.select_key(ADVISOR)
    assert not window.staff.form.full_name.isEnabled()
    assert window.staff.form.skills.isEnabled()
    # Past the form (a desk file could say anything): the desk refuses it, and says so.
    wanted = window.working()
    from dataclasses import replace

    renamed = replace(
        wanted,
        staff=tuple(
            replace(m, full_name="Aino V.") if m.username == ADVISOR else m for m in wanted.staff
        ),
    )
    plan = plan_setup(demo_desk, renamed, actor=window.signed_in.actor)
    assert any("only IT" in refusal.english() for refusal in plan.refusals)
    window.discard_and_close()


def test_an_advisor_gets_no_menu_item_and_the_desk_refuses_them(
    qtbot: QtBot, demo_desk: Database
) -> None:
    desk = Desk(demo_desk)
    advisor = desk.sign_in_by_username(ADVISOR, "T1")
    console = ConsoleWindow(desk, advisor)
    qtbot.addWidget(console)
    names = [a.objectName() for a in console.menuBar().actions()[0].menu().actions()]  # type: ignore[union-attr]
    assert "setUpDesk" not in names
    with pytest.raises(DeskError):
        plan_setup(demo_desk, _desk(demo_desk), actor=advisor.actor)
    console.close()
    it = ConsoleWindow(desk, desk.sign_in_by_username(IT, "T7"))
    qtbot.addWidget(it)
    menu = it.menuBar().actions()[0].menu()
    assert menu is not None
    action = next(a for a in menu.actions() if a.objectName() == "setUpDesk")
    action.trigger()
    admin = it.commands.admin_window
    assert isinstance(admin, AdminWindow)
    assert admin.isVisible()
    qtbot.waitUntil(lambda: admin.loaded and not admin.busy, timeout=10_000)
    assert admin.services.model.rowCount() == len(_desk(demo_desk).services)
    admin.discard_and_close()
    it.close()
    assert Permission.ADMINISTER_SERVICES  # the permission the menu item asks for


@pytest.mark.slow
def test_tiski_screenshot_renders_the_admin_window(
    tiski_env: dict[str, str], tmp_path: Path
) -> None:
    import subprocess
    import sys

    from PySide6.QtGui import QImage

    out = tmp_path / "admin.png"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "console",
            "screenshot",
            str(out),
            "--window",
            "admin",
            "--demo",
            "--size",
            "1366x768",
        ],
        env=tiski_env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1366, 768)
    colours = {image.pixel(x, y) for x in range(0, 1366, 16) for y in range(0, 768, 16)}
    assert len(colours) > 10, "the picture is nearly blank"


# ---------------------------------------------------------------- PostgreSQL
@pytest.mark.postgres
def test_a_supervisor_signed_in_as_their_own_login_role_renames_a_service_on_postgresql(
    qtbot: QtBot,
    private_cluster: PrivateCluster,  # noqa: F811
) -> None:
    """The console connects as the supervisor's own login role (no owner rights): the
    service's name changes; a staff account change is refused, naming the command."""
    import psycopg
    from psycopg import sql

    from console.desk import staff_admin
    from console.store.schema import upgrade

    tag = uuid.uuid4().hex[:8]
    owner, owner_password, name = f"admin_owner_{tag}", _secret(), f"admin_desk_{tag}"
    with psycopg.connect(
        private_cluster.conninfo("postgres", private_cluster.superuser_password), autocommit=True
    ) as admin:
        admin.execute(
            sql.SQL("CREATE ROLE {} LOGIN CREATEROLE PASSWORD {}").format(
                sql.Identifier(owner), sql.Literal(owner_password)
            )
        )
        admin.execute(
            sql.SQL("CREATE DATABASE {} OWNER {}").format(*map(sql.Identifier, (name, owner)))
        )
    owner_db = Database(private_cluster.url(owner, owner_password, name))
    # Login roles are the cluster's: this test's own name, not the demo user name.
    login, password = f"kaisa_{tag}", _secret()
    databases = [owner_db]
    try:
        upgrade(owner_db)
        assert Desk(owner_db).seed_demo()
        staff_admin.add_staff(
            owner_db, SUPERVISOR, full_name=None, role=None, login_role=login, password=password
        )
        supervisor_db = Database(private_cluster.url(login, password, name))
        databases.append(supervisor_db)
        window = _open(qtbot, supervisor_db, SUPERVISOR)
        window.tabs.setCurrentWidget(window.staff)
        assert "tiski desk apply" in window.staff.notice.text()
        assert not window.staff.add_button.isEnabled()
        # A staff account change (past the form): refused with the command to run.
        wanted = window.working()
        from dataclasses import replace

        renamed_staff = replace(
            wanted,
            staff=tuple(
                replace(m, full_name="Aino V.") if m.username == ADVISOR else m
                for m in wanted.staff
            ),
        )
        window._plan(renamed_staff, "Review and apply")
        qtbot.waitUntil(lambda: window.plan_dialog is not None, timeout=10_000)
        dialog = window.plan_dialog
        assert dialog is not None
        assert "only IT" in dialog.browser.toPlainText()
        assert "#b00020" in dialog.browser.toHtml()
        assert not dialog.apply_button.isEnabled()
        dialog.reject()
        qtbot.waitUntil(lambda: window.plan_dialog is None)
        # The service's name, through the window, as the supervisor.
        window.tabs.setCurrentWidget(window.services)
        assert window.services.select_key("vero-taxcard")
        _type(qtbot, window.services.form.full[2], "Tax card")
        _apply(qtbot, window, _review(qtbot, window))
        assert next(s for s in _desk(owner_db).services if s.code == "vero-taxcard").names.en == (
            "Tax card"
        )
        audit = _audit(owner_db)
        assert len(audit) == 1
        assert audit[0][1] == window.signed_in.staff.id
        window.discard_and_close()
        # IT, as their own login role: a staff account is the owner's to change there.
        it_login, it_password = f"ville_{tag}", _secret()
        staff_admin.add_staff(
            owner_db, IT, full_name=None, role=None, login_role=it_login, password=it_password
        )
        it_db = Database(private_cluster.url(it_login, it_password, name))
        databases.append(it_db)
        window = _open(qtbot, it_db, IT)
        assert "tiski desk apply" in window.staff.notice.text()
        assert not window.staff.add_button.isEnabled()
        window._plan(renamed_staff, "Review and apply")
        qtbot.waitUntil(lambda: window.plan_dialog is not None, timeout=10_000)
        dialog = window.plan_dialog
        assert dialog is not None
        assert "tiski desk apply FILE" in dialog.browser.toPlainText()
        assert not dialog.apply_button.isEnabled()
        dialog.reject()
        qtbot.waitUntil(lambda: window.plan_dialog is None)
        assert len(_audit(owner_db)) == 1
        window.discard_and_close()
    finally:
        settle_background_jobs()
        for database in databases:
            database.dispose()
