"""The first start on a new embedded database: IT sets up the desk and themselves.

Pages: how to start (the small office's template, a desk file, or the demo) -> what
applying does (the file's problems with their lines, or the plan) -> the first
administrator (IT's own local account). Finishing applies the desk and adds the
person in one background job; the usual sign-in follows with their name filled in.
A database that has a desk but nobody in it starts at the administrator's page.
"""

from __future__ import annotations

import enum
import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from console.core.desk_file import DeskFileError, DeskSpec, load_desk_file
from console.core.desk_plan import DeskPlan
from console.core.text import Message, TiskiError
from console.desk.accounts import MIN_PASSWORD_LENGTH, normalized_username, password_problem
from console.desk.first_start import FirstAdmin, set_up_desk
from console.desk.setup import plan_setup
from console.i18n import translate
from console.store.database import Database
from console.ui.access.signin import PasswordField
from console.ui.shared.database_pool import database_pool
from console.ui.shared.dialog_parts import HINT_STYLE, WARNING_STYLE
from console.ui.shared.worker import run_in_background

log = logging.getLogger(__name__)


class Start(enum.Enum):
    TEMPLATE = "template"
    IMPORT = "import"
    DEMO = "demo"


@dataclass(frozen=True)
class FirstStartOutcome:
    """What the first start made: the administrator to sign in, or the opened demo."""

    username: str = ""
    demo: object | None = None  # console.app.OpenedDesk of the demo database


@dataclass(frozen=True)
class ReadDesk:
    """A desk file read and planned against the database."""

    path: Path
    spec: DeskSpec
    plan: DeskPlan


def read_desk(database: Database, path: Path) -> ReadDesk:
    """Read and check ``path`` and plan it (off the GUI thread); raises DeskFileError."""
    spec = load_desk_file(path).desk
    return ReadDesk(path, spec, plan_setup(database, spec))


def _label(text: str, name: str = "", style: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    if name:
        label.setObjectName(name)
    if style:
        label.setStyleSheet(style)
    return label


class StartPage(QWizardPage):
    """How to start: the template, a desk file, or the demo."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstStartChoice")
        self.setTitle(self.tr("Set up this desk"))
        self.setSubTitle(
            self.tr(
                "This computer's database has no desk yet. Choose how to start; "
                "everything can be changed later."
            )
        )
        self.group = QButtonGroup(self)
        self.buttons: dict[Start, QRadioButton] = {}
        layout = QVBoxLayout(self)
        choices = (
            (
                Start.TEMPLATE,
                self.tr("&Start from a small office's template"),
                self.tr(
                    "Three agencies, their services, two counters and opening hours, "
                    "ready to use. Change them later in the admin window or with "
                    "tiski desk export and tiski desk apply."
                ),
            ),
            (
                Start.IMPORT,
                self.tr("&Import a desk file"),
                self.tr(
                    "A desk file (.toml) IT has prepared, for example written with "
                    "tiski desk template or exported from another desk."
                ),
            ),
            (
                Start.DEMO,
                self.tr("&Try the demo desk"),
                self.tr(
                    "Made-up agencies, staff and visitors in a separate demo database; "
                    "this desk stays empty (the same as tiski --demo)."
                ),
            ),
        )
        for start, title, description in choices:
            button = QRadioButton(title)
            button.setObjectName(f"start_{start.value}")
            button.toggled.connect(self._chosen)
            self.group.addButton(button)
            self.buttons[start] = button
            layout.addWidget(button)
            hint = _label(description, style=HINT_STYLE)
            hint.setContentsMargins(24, 0, 0, 8)
            layout.addWidget(hint)
        layout.addStretch(1)
        self.buttons[Start.TEMPLATE].setChecked(True)

    def _chosen(self, _on: bool) -> None:
        # Marking the page final is what makes QWizard swap Next for Finish at once.
        self.setFinalPage(self.choice() is Start.DEMO)
        self.completeChanged.emit()

    def choice(self) -> Start:
        return next((start for start, b in self.buttons.items() if b.isChecked()), Start.TEMPLATE)

    def nextId(self) -> int:
        if self.choice() is Start.DEMO:
            return -1
        return FirstStartWizard.PAGE_PLAN


class PlanPage(QWizardPage):
    """The desk file's problems with their lines, or what applying it does."""

    read = Signal()  # a file was read (its plan or its problems are shown)

    def __init__(self, database: Database, template: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstStartPlan")
        self.database = database
        self.template = template
        self.desk: ReadDesk | None = None
        self.problems: list[str] = []
        self._reading = False
        self.path_field = QLineEdit()
        self.path_field.setObjectName("deskFilePath")
        self.path_field.setReadOnly(True)
        self.choose_button = QPushButton(self.tr("C&hoose…"))
        self.choose_button.setObjectName("chooseDeskFile")
        self.choose_button.clicked.connect(self.choose_file)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path_field, 1)
        file_row.addWidget(self.choose_button)
        self.file_form = QWidget()
        form = QFormLayout(self.file_form)
        form.setContentsMargins(0, 0, 0, 0)
        self.file_label = QLabel(self.tr("Desk &file:"))
        self.file_label.setBuddy(self.path_field)
        form.addRow(self.file_label, file_row)
        self.status = _label("", "firstStartStatus")
        self.list_label = QLabel()
        self.details = QPlainTextEdit()
        self.details.setObjectName("firstStartDetails")
        self.details.setReadOnly(True)
        self.list_label.setBuddy(self.details)
        self.note = _label(
            self.tr(
                "Staff members are not in the template: you add yourself on the next page, "
                "and the others later in the admin window or with tiski staff add."
            ),
            "firstStartNote",
            HINT_STYLE,
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.file_form)
        layout.addWidget(self.status)
        layout.addWidget(self.list_label)
        layout.addWidget(self.details, 1)
        layout.addWidget(self.note)

    def _wizard(self) -> FirstStartWizard:
        wizard = self.wizard()
        assert isinstance(wizard, FirstStartWizard)
        return wizard

    def initializePage(self) -> None:
        importing = self._wizard().start_page.choice() is Start.IMPORT
        self.file_form.setVisible(importing)
        # A desk file may name its staff; the template names none.
        self.note.setVisible(not importing)
        if importing:
            self.setTitle(self.tr("Import a desk file"))
            self.setSubTitle(
                self.tr("Choose the file; Tiski checks it and shows what it would set up.")
            )
            if self.desk is None or self.desk.path == self.template:
                self.desk = None
                self.details.clear()
                self.list_label.clear()
                self._show(self.tr("Choose the desk file to import."), error=False)
        else:
            self.setTitle(self.tr("The small office's template"))
            self.setSubTitle(
                self.tr(
                    "This is what the template sets up. You can change all of it later in "
                    "the admin window, or with tiski desk export and tiski desk apply."
                )
            )
            if self.desk is None or self.desk.path != self.template:
                self.load(self.template)

    def choose_file(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Import a desk file"),
            str(Path.home()),
            self.tr("Desk files (*.toml);;All files (*)"),
        )
        if chosen:
            self.load(Path(chosen))

    def load(self, path: Path) -> None:
        """Read, check and plan ``path`` in the background; show its plan or problems."""
        self.desk = None
        self.problems = []
        self._reading = True
        self.path_field.setText(str(path))
        self.details.clear()
        self.list_label.clear()
        self._show(self.tr("Reading %1…").replace("%1", path.name), error=False)
        self.completeChanged.emit()
        database = self.database
        run_in_background(
            lambda: read_desk(database, path),
            self._read,
            self._failed,
            context=self,
            pool=database_pool(),
        )

    def _read(self, desk: ReadDesk) -> None:
        self._reading = False
        lines = [translate(message) for message in _change_messages(desk.plan)]
        refusals = [translate(message) for message in desk.plan.refusals]
        self.details.setPlainText("\n".join([*lines, *(f"! {text}" for text in refusals)]))
        if refusals:
            self.problems = refusals
            self.list_label.setText(self.tr("What stops the file from being applied:"))
            self._show(
                self.tr("The file cannot be applied as it is; correct what is marked with !."),
                error=True,
            )
        else:
            self.desk = desk
            self.list_label.setText(self.tr("What applying the file sets up:"))
            self._show(
                self.tr("Nothing is written before you finish on the last page."), error=False
            )
        self.completeChanged.emit()
        self.read.emit()

    def _failed(self, error: BaseException) -> None:
        self._reading = False
        if isinstance(error, DeskFileError):
            self.problems = [translate(problem) for problem in error.problems]
        elif isinstance(error, TiskiError):
            self.problems = [translate(error.message)]
        else:
            log.error("Reading a desk file failed", exc_info=error)
            self.problems = [
                self.tr("The file could not be read (%1).").replace("%1", type(error).__name__)
            ]
        self.list_label.setText(self.tr("Problems in the file:"))
        # One mark per problem: a long one wraps, and must not read as two.
        self.details.setPlainText("\n".join(f"• {problem}" for problem in self.problems))
        self._show(
            self.tr(
                "The file has problems, so nothing was applied. Correct them and choose "
                "the file again."
            ),
            error=True,
        )
        self.completeChanged.emit()
        self.read.emit()

    def _show(self, text: str, *, error: bool) -> None:
        self.status.setStyleSheet(WARNING_STYLE if error else HINT_STYLE)
        self.status.setText(text)

    def isComplete(self) -> bool:
        return self.desk is not None and not self._reading


def _change_messages(plan: DeskPlan) -> list[Message]:
    from console.cli.desk import change_messages

    return change_messages(plan)


class AdminPage(QWizardPage):
    """The first IT person: user name, full name and password (twice)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstStartAdmin")
        self.setTitle(self.tr("The first administrator"))
        self.setSubTitle(
            self.tr(
                "Your own account as IT: you sign in with it, and add the other staff "
                "members in the admin window or with tiski staff add."
            )
        )
        self.username = QLineEdit()
        self.username.setObjectName("adminUsername")
        self.username.setMaxLength(63)
        self.full_name = QLineEdit()
        self.full_name.setObjectName("adminFullName")
        self.full_name.setMaxLength(200)
        self.password = PasswordField()
        self.password.setObjectName("adminPassword")
        self.password.setMaxLength(256)
        self.repeat = PasswordField()
        self.repeat.setObjectName("adminRepeat")
        self.repeat.setMaxLength(256)
        self.repeat.caps_lock_changed.connect(self.password.caps_hint.setVisible)
        form = QFormLayout()
        form.addRow(self.tr("&User name:"), self.username)
        form.addRow(self.tr("F&ull name:"), self.full_name)
        form.addRow(self.tr("&Password:"), self.password)
        form.addRow(self.tr("&Repeat the password:"), self.repeat)
        form.addRow("", self.password.caps_hint)
        rule = _label(
            self.tr(
                "The password needs at least %1 characters and must not contain the user name."
            ).replace("%1", str(MIN_PASSWORD_LENGTH)),
            "passwordRule",
            HINT_STYLE,
        )
        self.message = _label("", "firstStartMessage")
        self.message.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(rule)
        layout.addWidget(self.message)
        layout.addStretch(1)
        for field in (self.username, self.full_name, self.password, self.repeat):
            field.textChanged.connect(lambda _text: self.completeChanged.emit())

    def admin(self) -> FirstAdmin:
        return FirstAdmin(
            self.username.text().strip(), self.full_name.text().strip(), self.password.text()
        )

    def typed(self) -> bool:
        return any(
            field.text() for field in (self.username, self.full_name, self.password, self.repeat)
        )

    def isComplete(self) -> bool:
        return bool(
            self.username.text().strip()
            and self.full_name.text().strip()
            and self.password.text()
            and self.repeat.text()
        )

    def validatePage(self) -> bool:
        """Check what can be checked here; the wizard's finishing checks the rest."""
        admin = self.admin()
        if admin.password != self.repeat.text():
            self.show_message(self.tr("The passwords are not the same. Type them again."))
            self.password.clear()
            self.repeat.clear()
            self.password.setFocus()
            return False
        problem = password_problem(admin.username, admin.password)
        if problem is not None:
            self.show_message(translate(problem))
            self.password.setFocus()
            return False
        return True

    def show_message(self, text: str, *, error: bool = True) -> None:
        self.message.setStyleSheet(WARNING_STYLE if error else HINT_STYLE)
        self.message.setText(text)
        self.message.setVisible(bool(text))


class FirstStartWizard(QWizard):
    """Leads IT from an empty embedded database to a desk they can sign in to.

    When it is accepted, :attr:`outcome` says whom to sign in (or the opened demo).
    ``open_demo`` seeds and opens the demo database (console.app.open_desk); it runs
    on a worker.
    """

    PAGE_START, PAGE_PLAN, PAGE_ADMIN = range(3)

    done_work = Signal()  # the desk was set up (or the demo opened); outcome is set
    failed_work = Signal(str)

    def __init__(
        self,
        database: Database,
        *,
        open_demo: Callable[[], object],
        has_desk: bool = False,
        template: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("firstStartWizard")
        self.setWindowTitle(self.tr("Tiski: first start"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setMinimumSize(640, 520)
        self.database = database
        self.open_demo = open_demo
        self.has_desk = has_desk
        if template is None:
            from console.cli.desk import template_file

            template = template_file()
        self.outcome: FirstStartOutcome | None = None
        self.busy = False
        self.start_page = StartPage()
        self.plan_page = PlanPage(database, template)
        self.admin_page = AdminPage()
        self.setPage(self.PAGE_START, self.start_page)
        self.setPage(self.PAGE_PLAN, self.plan_page)
        self.setPage(self.PAGE_ADMIN, self.admin_page)
        if has_desk:
            self.setStartId(self.PAGE_ADMIN)
            self.admin_page.setSubTitle(
                self.tr(
                    "The desk is set up, but nobody can sign in to it yet. Create your own "
                    "account as IT; add the other staff members later."
                )
            )
        for button, text in (
            (QWizard.WizardButton.BackButton, self.tr("< &Back")),
            (QWizard.WizardButton.NextButton, self.tr("&Next >")),
            (QWizard.WizardButton.FinishButton, self.tr("&Finish")),
            (QWizard.WizardButton.CancelButton, self.tr("Cancel")),
        ):
            self.setButtonText(button, text)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Create the desk"))
        self.currentIdChanged.connect(self._page_changed)

    def _page_changed(self, page_id: int) -> None:
        # The demo ends on the first page: its finish button opens the demo.
        finish = (
            self.tr("&Open the demo") if page_id == self.PAGE_START else self.tr("&Create the desk")
        )
        self.setButtonText(QWizard.WizardButton.FinishButton, finish)

    # ------------------------------------------------------------ finishing
    def accept(self) -> None:
        if self.busy:
            return
        if self.currentId() == self.PAGE_START and self.start_page.choice() is Start.DEMO:
            self._work(
                self.open_demo,
                lambda opened: FirstStartOutcome(demo=opened),
                self.tr("Opening the demo desk…"),
            )
            return
        if not self.admin_page.validatePage():
            return
        admin = self.admin_page.admin()
        read = self.plan_page.desk if not self.has_desk else None
        spec = read.spec if read is not None else None
        source = f"first start: {read.path.name}" if read is not None else "first start"
        database = self.database

        def work() -> object:
            return set_up_desk(database, spec, admin, source=source)

        self._work(
            work,
            lambda _applied: FirstStartOutcome(username=normalized_username(admin.username)),
            self.tr("Setting up the desk…"),
        )

    def _work(
        self,
        work: Callable[[], object],
        outcome: Callable[[object], FirstStartOutcome],
        text: str,
    ) -> None:
        self._set_busy(True, text)
        run_in_background(
            work,
            lambda result: self._done(outcome(result)),
            self._failed,
            context=self,
            pool=database_pool(),
        )

    def _done(self, outcome: FirstStartOutcome) -> None:
        self._set_busy(False)
        self.outcome = outcome
        self.done_work.emit()
        super().accept()

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        if isinstance(error, TiskiError):
            text = translate(error.message)
        else:
            log.error("The first start failed", exc_info=error)
            text = self.tr("The desk could not be set up (%1). Try again, or see the log file.")
            text = text.replace("%1", type(error).__name__)
        page = self.currentPage()
        if page is self.admin_page:
            self.admin_page.show_message(text)
        else:
            QMessageBox.warning(self, self.windowTitle(), text)
        self.failed_work.emit(text)

    def _set_busy(self, busy: bool, text: str = "") -> None:
        self.busy = busy
        for button in (
            QWizard.WizardButton.BackButton,
            QWizard.WizardButton.FinishButton,
            QWizard.WizardButton.CancelButton,
        ):
            self.button(button).setEnabled(not busy)
        page = self.currentPage()
        if page is not None:
            page.setEnabled(not busy)
        if busy and page is self.admin_page:
            self.admin_page.show_message(text, error=False)

    def reject(self) -> None:
        """Leaving asks first when something was typed: it would be lost."""
        if self.busy:
            return
        if self.admin_page.typed():
            answer = QMessageBox.question(
                self,
                self.windowTitle(),
                self.tr(
                    "Leave the first start? What you typed is lost and the desk stays "
                    "empty; Tiski asks again at the next start."
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        super().reject()


__all__ = ["FirstStartOutcome", "FirstStartWizard", "Start", "read_desk"]
