"""The admin window: the desk's set-up for IT and supervisors (docs/admin-window.md).

It edits a working copy of the desk (a DeskSpec read with ``current_desk``), checks
every edit as a desk file would be checked, and changes the database only through
Review and apply: the desk's plan is shown first, refusals and all, and applying is
the desk's own ``apply_setup`` (one transaction, audited as this person, announced to
every console). Undo applies the desk as it was before this window's last apply, the
same way. Export writes the working copy as a desk file for version control.
"""

from __future__ import annotations

import html
import logging
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from console.core.desk_file import DeskSpec, ServiceSpec
from console.core.desk_plan import DeskPlan
from console.core.desk_toml import check_desk, dump_desk
from console.core.permissions import Permission, allows
from console.core.records import Names
from console.core.text import Message, TiskiError
from console.desk.desk import SignedIn
from console.desk.setup import Applied, DeskPlanRefused, apply_setup, current_desk, plan_setup
from console.i18n import translate
from console.store.database import Database
from console.ui.admin.desk_tab import DeskHead, DeskTab
from console.ui.admin.list_tab import ListTab
from console.ui.admin.plan_dialog import PlanDialog, counts_text, refused_colour
from console.ui.admin.tabs import (
    agency_tab,
    counter_tab,
    life_event_tab,
    service_tab,
    staff_tab,
    template_key,
    template_tab,
)
from console.ui.shared.database_pool import database_pool
from console.ui.shared.labels import ui_language
from console.ui.shared.worker import run_in_background

log = logging.getLogger(__name__)

SOURCE = "admin window"
EMPTY_DESK = DeskSpec(Names("", "", ""), (), (), (), ())


class AdminWindow(QMainWindow):
    """Set up the desk: edit, check, review, apply, undo, export."""

    # The desk as the database has it was read (again): after opening and each apply.
    desk_loaded = Signal()
    applied = Signal(object)  # Applied

    def __init__(
        self, database: Database, signed_in: SignedIn, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("adminWindow")
        self.setWindowTitle(self.tr("Set up the desk – Tiski"))
        self.database = database
        self.signed_in = signed_in
        role = signed_in.staff.role
        self.postgres = database.dialect == "postgresql"
        # Staff accounts themselves: IT, and on PostgreSQL only the owner at the command
        # line (the desk refuses the rest anyway; the form says so before anyone types).
        self.accounts_editable = allows(role, Permission.ADMINISTER_STAFF) and not self.postgres
        self.base: DeskSpec | None = None
        self.loaded = False
        self.busy = False
        # The desk before this window's last apply (Undo applies it back).
        self.undo_target: DeskSpec | None = None
        self.plan_dialog: PlanDialog | None = None
        self.message_box: QMessageBox | None = None
        self.close_box: QMessageBox | None = None
        self._closing = False
        self._close_after_apply = False
        self._choices: tuple[Any, Any] | None = None

        self.desk_tab = DeskTab()
        self.agencies = agency_tab()
        self.services = service_tab()
        self.counters = counter_tab()
        self.staff = staff_tab()
        self.life_events = life_event_tab()
        self.templates = template_tab()
        self.lists: list[ListTab[Any]] = [
            self.agencies,
            self.services,
            self.counters,
            self.staff,
            self.life_events,
            self.templates,
        ]
        self.tabs = QTabWidget()
        self.tabs.setObjectName("adminTabs")
        self.tabs.addTab(self.desk_tab, self.tr("&Desk"))
        self.tabs.addTab(self.agencies, self.tr("A&gencies"))
        self.tabs.addTab(self.services, self.tr("&Services"))
        self.tabs.addTab(self.counters, self.tr("C&ounters"))
        self.tabs.addTab(self.staff, self.tr("S&taff"))
        self.tabs.addTab(self.life_events, self.tr("&Life events"))
        self.tabs.addTab(self.templates, self.tr("&Note templates"))
        for tab in (
            self.agencies,
            self.services,
            self.counters,
            self.staff,
            self.life_events,
            self.templates,
        ):
            # A screen reader names each list by its tab ("Services, table").
            tab.table.setAccessibleName(self.tabs.tabText(self.tabs.indexOf(tab)).replace("&", ""))
        self.staff.accounts_editable = self.accounts_editable
        self.staff.set_notice(self._staff_notice())
        self.desk_tab.changed.connect(self._edited)
        self.services.retired.connect(self._service_retired)
        for tab in self.lists:
            tab.changed.connect(self._edited)

        self.problems_label = QLabel()
        self.problems_label.setObjectName("problems")
        self.problems_label.setWordWrap(True)
        self.problems_label.setTextFormat(Qt.TextFormat.RichText)
        problems_scroll = QScrollArea()
        problems_scroll.setWidgetResizable(True)
        problems_scroll.setWidget(self.problems_label)
        problems_scroll.setMaximumHeight(110)
        problems_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.problems_scroll = problems_scroll

        self.review_button = QPushButton(self.tr("&Review and apply…"))
        self.review_button.setObjectName("review")
        self.review_button.setToolTip(self.tr("Show what would change, then apply it"))
        self.review_button.clicked.connect(self.review)
        self.undo_button = QPushButton(self.tr("&Undo last change…"))
        self.undo_button.setObjectName("undo")
        self.undo_button.setToolTip(
            self.tr("Apply the desk as it was before this window's last apply")
        )
        self.undo_button.clicked.connect(self.undo)
        self.discard_button = QPushButton(self.tr("D&iscard edits"))
        self.discard_button.setObjectName("discard")
        self.discard_button.setToolTip(self.tr("Read the desk again from the database"))
        self.discard_button.clicked.connect(self.load)
        self.export_button = QPushButton(self.tr("&Export to file…"))
        self.export_button.setObjectName("export")
        self.export_button.setToolTip(
            self.tr("Write what is shown here as a desk file, e.g. for version control")
        )
        self.export_button.clicked.connect(self.export_file)
        self.close_button = QPushButton(self.tr("&Close"))
        self.close_button.setObjectName("close")
        self.close_button.clicked.connect(self.close)

        buttons = QHBoxLayout()
        for button in (self.review_button, self.undo_button, self.discard_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.close_button)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(problems_scroll)
        layout.addLayout(buttons)
        self.setCentralWidget(central)
        self.statusBar().showMessage(self._who())
        self._update()

    # ------------------------------------------------------------ texts
    def _who(self) -> str:
        staff = self.signed_in.staff
        return self.tr("Signed in as {name}; changes are audited under your name.").format(
            name=staff.full_name or staff.username
        )

    def _staff_notice(self) -> str:
        if self.postgres:
            return self.tr(
                "On PostgreSQL each staff member is a login role of the server, which only "
                "the database's owner makes: here you can change skills only. To add, retire "
                "or change staff accounts, export the desk to a file and run tiski desk apply "
                "FILE with the owner's database URL."
            )
        if not self.accounts_editable:
            return self.tr(
                "Only IT adds, retires or changes staff members; you can change their skills."
            )
        return ""

    # ------------------------------------------------------------ reading the desk
    def start(self) -> None:
        """Read the desk (in the background) and show it."""
        self.load()

    def load(self) -> None:
        if self.busy:
            return
        self._set_busy(True)
        self.statusBar().showMessage(self.tr("Reading the desk…"))
        database = self.database
        run_in_background(
            lambda: current_desk(database),
            self._loaded,
            self._failed,
            context=self,
            pool=database_pool(),
        )

    def _loaded(self, desk: DeskSpec | None) -> None:
        self._set_busy(False)
        self.show_desk(desk)
        self.statusBar().showMessage(self._who())
        self.desk_loaded.emit()
        if self._close_after_apply and not self.dirty:
            self._close_after_apply = False
            self.close()

    def show_desk(self, desk: DeskSpec | None) -> None:
        """Show ``desk`` (as read from the database) as the new working copy."""
        self.base = desk
        self.loaded = True
        shown = desk or EMPTY_DESK
        self._choices = None
        self._update_choices(shown)
        self.desk_tab.set_head(DeskHead.of(shown))
        self.agencies.set_specs(shown.agencies, {a.code for a in shown.agencies})
        self.services.set_specs(shown.services, {s.code for s in shown.services})
        self.counters.set_specs(shown.counters, {c.code for c in shown.counters})
        self.staff.set_specs(shown.staff, {m.username for m in shown.staff})
        self.life_events.set_specs(shown.life_events, {e.code for e in shown.life_events})
        self.templates.set_specs(shown.templates, {template_key(t) for t in shown.templates})
        self._update()

    # ------------------------------------------------------------ the working copy
    def working(self) -> DeskSpec:
        """The desk as edited here."""
        head = self.desk_tab.head or DeskHead.of(self.base or EMPTY_DESK)
        # The offices are the desk file's to change (no tab of their own yet); a service
        # retired here leaves the lists of what they offer.
        base = self.base or EMPTY_DESK
        services = self.services.specs()
        kept = {service.code for service in services}

        def offered(codes: tuple[str, ...]) -> tuple[str, ...]:
            return tuple(code for code in codes if code in kept)

        return DeskSpec(
            names=head.names,
            agencies=self.agencies.specs(),
            services=services,
            counters=self.counters.specs(),
            staff=tuple(
                replace(
                    member,
                    office_skills=tuple(
                        (office, offered(codes)) for office, codes in member.office_skills
                    ),
                )
                for member in self.staff.specs()
            ),
            life_events=self.life_events.specs(),
            templates=self.templates.specs(),
            hours=head.hours,
            texts=head.texts,
            code=base.code,
            offered=offered(base.offered),
            offices=tuple(
                replace(office, services=offered(office.services)) for office in base.offices
            ),
        )

    @property
    def dirty(self) -> bool:
        """Edits not applied yet."""
        return self.loaded and self.working() != (self.base or EMPTY_DESK)

    def problems(self) -> list[Message]:
        """What keeps the working copy from being applied, as the desk file check says it."""
        found = list(self.desk_tab.problems)
        for tab in self.lists:
            found += tab.all_problems()
        return found + check_desk(self.working())

    def problem_texts(self) -> list[str]:
        return [translate(problem) for problem in self.problems()]

    def _service_retired(self, service: ServiceSpec) -> None:
        """A retired service leaves the skills, life events and note templates that name
        it (the desk file check would refuse them otherwise); the plan shows it all."""
        code = service.code
        staff = [
            replace(m, skills=tuple(s for s in m.skills if s != code)) for m in self.staff.specs()
        ]
        events = [
            replace(e, services=tuple(s for s in e.services if s != code))
            for e in self.life_events.specs()
        ]
        templates = [t for t in self.templates.specs() if t.service != code]
        touched = (
            sum(a != b for a, b in zip(staff, self.staff.specs(), strict=True)),
            sum(a != b for a, b in zip(events, self.life_events.specs(), strict=True)),
            len(self.templates.specs()) - len(templates),
        )
        self.staff.set_specs(staff, self.staff.applied_keys)
        self.life_events.set_specs(events, self.life_events.applied_keys)
        self.templates.set_specs(templates, self.templates.applied_keys)
        if any(touched):
            self.statusBar().showMessage(
                self.tr(
                    "{code} also leaves the skills of {staff} staff members, {events} life "
                    "events, and its {templates} note templates."
                ).format(code=code, staff=touched[0], events=touched[1], templates=touched[2]),
                15_000,
            )

    def _edited(self) -> None:
        self._update_choices(self.working())
        self._update()

    def _update_choices(self, desk: DeskSpec) -> None:
        """The agencies and services the forms offer are the working copy's."""
        language = ui_language()
        choices = (
            tuple((a.code, a.short_names.get(language)) for a in desk.agencies),
            tuple((s.code, s.names.get(language)) for s in desk.services),
        )
        if choices == self._choices:
            return
        self._choices = choices
        for tab in self.lists:
            tab.form.set_choices(*choices)

    def _update(self) -> None:
        problems = self.problem_texts() if self.loaded else []
        if problems:
            heading = self.tr("Fix these before applying:")
            items = "".join(f"<li>{html.escape(text)}</li>" for text in problems)
            self.problems_label.setText(
                f'<b style="color:{refused_colour()}">{html.escape(heading)}</b>'
                f'<ul style="color:{refused_colour()}">{items}</ul>'
            )
        elif self.dirty:
            self.problems_label.setText(
                html.escape(self.tr("Edits not applied yet: review them and apply."))
            )
        else:
            self.problems_label.setText("")
        self.problems_scroll.setVisible(bool(self.problems_label.text()))
        ready = self.loaded and not self.busy
        self.review_button.setEnabled(ready and not problems and self.dirty)
        self.undo_button.setEnabled(ready and self.undo_target is not None)
        self.discard_button.setEnabled(ready and self.dirty)
        self.export_button.setEnabled(ready and not problems)
        self.tabs.setEnabled(self.loaded and not self.busy)
        title = self.tr("Set up the desk – Tiski")
        self.setWindowTitle(("* " if self.dirty else "") + title)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self._update()

    # ------------------------------------------------------------ plan and apply
    def review(self) -> None:
        """Review and apply: the plan of the working copy, then Apply in its dialog."""
        if self.busy or self.problems():
            return
        self._plan(self.working(), self.tr("Review and apply"))

    def undo(self) -> None:
        """Apply the desk as it was before the last apply (its plan is shown first)."""
        if self.busy or self.undo_target is None:
            return
        self._plan(self.undo_target, self.tr("Undo the last change"))

    def _plan(self, wanted: DeskSpec, title: str) -> None:
        self._set_busy(True)
        self.statusBar().showMessage(self.tr("Working out what would change…"))
        database, actor = self.database, self.signed_in.actor
        run_in_background(
            lambda: plan_setup(database, wanted, actor=actor),
            lambda plan: self._planned(plan, wanted, title),
            self._failed,
            context=self,
            pool=database_pool(),
        )

    def _planned(self, plan: DeskPlan, wanted: DeskSpec, title: str) -> None:
        self._set_busy(False)
        if not self.isVisible():
            self._close_after_apply = False
            return  # the console locked meanwhile: no plan over the lock page
        self.statusBar().showMessage(self._who())
        if self.plan_dialog is not None:
            self.plan_dialog.deleteLater()
        dialog = PlanDialog(plan, title, self)
        dialog.apply_requested.connect(lambda: self._apply(wanted, dialog))
        dialog.finished.connect(lambda _result: self._plan_closed(dialog))
        self.plan_dialog = dialog
        dialog.open()

    def _plan_closed(self, dialog: PlanDialog) -> None:
        if self.plan_dialog is dialog:
            self.plan_dialog = None
        if dialog.result() != dialog.DialogCode.Accepted:
            self._close_after_apply = False  # cancelled: the window stays, edits and all
        dialog.deleteLater()

    def _apply(self, wanted: DeskSpec, dialog: PlanDialog) -> None:
        self._set_busy(True)
        database, actor, before = self.database, self.signed_in.actor, self.base
        run_in_background(
            lambda: apply_setup(database, wanted, actor=actor, source=SOURCE),
            lambda applied: self._applied(applied, before, dialog),
            lambda error: self._apply_failed(error, dialog),
            context=self,
            pool=database_pool(),
        )

    def _applied(self, applied: Applied, before: DeskSpec | None, dialog: PlanDialog) -> None:
        self._set_busy(False)
        if not applied.plan.empty and before is not None:
            self.undo_target = before
        dialog.busy = False
        dialog.accept()
        log.info("Desk applied from the admin window: %s", counts_text(applied.plan))
        self.applied.emit(applied)
        self.load()
        self.statusBar().showMessage(
            self.tr("Applied: {counts}.").format(counts=counts_text(applied.plan)), 15_000
        )

    def _apply_failed(self, error: BaseException, dialog: PlanDialog) -> None:
        self._set_busy(False)
        if isinstance(error, DeskPlanRefused):
            dialog.show_plan(error.plan, refused_on_apply=True)
        elif isinstance(error, TiskiError):
            dialog.show_problem(translate(error.message))
        else:
            log.error("Applying the desk failed", exc_info=error)
            dialog.show_problem(self.tr("Applying failed: {error}").format(error=str(error)))

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self._close_after_apply = False
        self.statusBar().showMessage(self._who())
        if isinstance(error, TiskiError):
            text = translate(error.message)
        else:
            log.error("Admin window: the desk could not be read or planned", exc_info=error)
            text = self.tr("The desk could not be reached: {error}").format(error=str(error))
        self.tell(text)

    def tell(self, text: str) -> None:
        """A message a person must see, without stopping the window (tests read it)."""
        if self.message_box is not None:
            self.message_box.deleteLater()
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Set up the desk"), text, parent=self)
        box.setObjectName("adminMessage")
        self.message_box = box
        box.open()

    # ------------------------------------------------------------ export
    def export_file(self) -> None:
        """Export to file…: ask where, then write the working copy there."""
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the desk to a file"),
            "desk.toml",
            self.tr("Desk files (*.toml);;All files (*)"),
        )
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> bool:
        """Write the working copy (what is shown) as a desk file at ``path``."""
        if self.problems():
            self.tell(self.tr("Fix the problems listed below the tabs before exporting."))
            return False
        try:
            path.write_text(dump_desk(self.working()), encoding="utf-8", newline="\n")
        except OSError as error:
            self.tell(
                self.tr("Could not write {path}: {error}").format(
                    path=str(path), error=error.strerror or str(error)
                )
            )
            return False
        self.statusBar().showMessage(self.tr("Saved {path}").format(path=str(path)), 15_000)
        return True

    # ------------------------------------------------------------ closing
    def closeEvent(self, event: QCloseEvent) -> None:
        if self._console_locked():
            # The console is locking: out of sight at once, nothing asked (nobody may
            # answer for this person); the edits wait for them behind the menu item.
            event.ignore()
            self.hide()
            return
        if self._closing or not self.dirty:
            if self.busy and not self._closing:
                event.ignore()  # an apply under way ends first (it is one transaction)
                return
            super().closeEvent(event)
            return
        event.ignore()
        self._ask_before_closing()

    def _console_locked(self) -> bool:
        lock = getattr(self.parentWidget(), "lock", None)
        return bool(getattr(lock, "locked", False))

    def _ask_before_closing(self) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Set up the desk"),
            self.tr("The desk has edits that are not applied. Apply them before closing?"),
            parent=self,
        )
        box.setObjectName("closeQuestion")
        apply = box.addButton(self.tr("&Apply…"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(self.tr("&Discard edits"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(apply)

        def answered(_result: int) -> None:
            clicked = box.clickedButton()
            self.close_box = None
            box.deleteLater()
            if clicked is discard:
                self.discard_and_close()
            elif clicked is apply:
                if self.problems():
                    self.tell(self.tr("Fix the problems listed below the tabs before applying."))
                    return
                # Once applied (and read back), the window closes as it was asked to.
                self._close_after_apply = True
                self.review()

        box.finished.connect(answered)
        self.close_box = box
        box.open()

    def discard_and_close(self) -> None:
        """Close without asking (Discard, or another person signed in at this PC)."""
        self._closing = True
        self.close()
