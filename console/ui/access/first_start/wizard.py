"""The first start's wizard: its pages in order, and finishing (the desk and its first
administrator set up in one background job, or the demo opened)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QMessageBox, QWidget, QWizard

from console.core.resources import desk_template_file
from console.core.text import TiskiError
from console.desk.accounts import normalized_username
from console.desk.first_start import set_up_desk
from console.i18n import translate
from console.store.database import Database
from console.ui.access.first_start import shared
from console.ui.access.first_start.admin_page import AdminPage
from console.ui.access.first_start.plan_page import PlanPage
from console.ui.access.first_start.shared import FirstStartOutcome, Start
from console.ui.access.first_start.start_page import StartPage
from console.ui.shared.database_pool import database_pool
from console.ui.shared.worker import run_in_background

log = logging.getLogger(__name__)


class FirstStartWizard(QWizard):
    """Leads IT from an empty embedded database to a desk they can sign in to.

    When it is accepted, :attr:`outcome` says whom to sign in (or the opened demo).
    ``open_demo`` seeds and opens the demo database (console.app.open_desk); it runs
    on a worker.
    """

    PAGE_START, PAGE_PLAN, PAGE_ADMIN = shared.PAGE_START, shared.PAGE_PLAN, shared.PAGE_ADMIN

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
            template = desk_template_file()
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
