"""Notes not yet in the database, as the console window speaks of them: this PC's
journal of unsent notes (opened at start, a warning when it cannot be), the count in
the status bar, and the question before closing with notes still unsent."""

from __future__ import annotations

import logging
from datetime import timedelta

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QMessageBox, QWidget

from console.core.queue import utc_now
from console.core.text import TiskiError
from console.i18n import translate
from console.store.journal import Journal, journal_file

log = logging.getLogger(__name__)


class UnsentNotes(QObject):
    """What the window says about notes kept on this PC; ``window`` is the parent
    of its questions and warnings."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self._journal_problem: str | None = None

    def open_journal(self, keep_days: int | None) -> Journal | None:
        """This PC's journal, or None with a warning shown once the window is up."""
        try:
            journal = Journal(journal_file())
            if keep_days is not None:
                # Drafts older than the retention time name visitors whose cases are gone.
                journal.forget_older_than(utc_now() - timedelta(days=keep_days))
            return journal
        except TiskiError as error:
            log.error("No journal for unsaved notes: %s", error)
            self._journal_problem = translate(error.message)
            QTimer.singleShot(0, self._warn_no_journal)
            return None

    def _warn_no_journal(self) -> None:
        if self._journal_problem:
            QMessageBox.warning(
                self.window, self.tr("Unsaved notes are not protected"), self._journal_problem
            )

    def pending_text(self, count: int) -> str:
        return self.tr("%n note(s) waiting to be sent", "", count)

    def may_close(self, pending: int) -> bool:
        """Closing with ``pending`` notes unsent: they stay on this PC; ask first."""
        if not pending:
            return True
        answer = QMessageBox.warning(
            self.window,
            self.tr("Notes not yet sent"),
            self.tr(
                "%n note(s) could not be sent to the database yet. They stay on this PC and are "
                "sent the next time you sign in here. Close Tiski anyway?",
                "",
                pending,
            ),
            QMessageBox.StandardButton.Close | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Close
