"""The first start's second page: the desk file's problems with their lines, or its plan."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from console.core.desk_file import DeskFileError
from console.core.desk_plan_text import change_messages
from console.core.text import TiskiError
from console.i18n import translate
from console.store.database import Database
from console.ui.access.first_start.shared import (
    PAGE_START,
    ReadDesk,
    Start,
    read_desk,
    wrapped_label,
)
from console.ui.access.first_start.start_page import StartPage
from console.ui.shared.database_pool import database_pool
from console.ui.shared.dialog_parts import HINT_STYLE, WARNING_STYLE, style_label
from console.ui.shared.worker import run_in_background

log = logging.getLogger(__name__)


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
        self.status = wrapped_label("", "firstStartStatus")
        self.list_label = QLabel()
        self.details = QPlainTextEdit()
        self.details.setObjectName("firstStartDetails")
        self.details.setReadOnly(True)
        # Its heading above is empty until a file is checked: the name cannot rest on it.
        self.details.setAccessibleName(self.tr("The file's details"))
        self.list_label.setBuddy(self.details)
        self.note = wrapped_label(
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

    def _start_page(self) -> StartPage:
        page = self.wizard().page(PAGE_START)
        assert isinstance(page, StartPage)
        return page

    def initializePage(self) -> None:
        importing = self._start_page().choice() is Start.IMPORT
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
        lines = [translate(message) for message in change_messages(desk.plan)]
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
        style_label(self.status, WARNING_STYLE if error else HINT_STYLE)
        self.status.setText(text)

    def isComplete(self) -> bool:
        return self.desk is not None and not self._reading
