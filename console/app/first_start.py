"""A database nobody has set up yet: the first start of a local one, and the refusal of an
empty server (IT sets that up with commands, not from a console)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from console.app.errors import StartupError
from console.app.opening import database_options, database_url, open_desk
from console.app.sign_in import SignInService
from console.config import Settings
from console.store.database import Database

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget


def refuse_empty_server(settings: Settings) -> None:
    """A new PostgreSQL database (no tables, or no staff) cannot be set up from a
    console: say which commands IT runs, before any window opens."""
    url, embedded = database_url(settings, demo=False)
    if embedded or url.startswith("sqlite"):
        return
    from console.desk.first_start import server_problem

    options = database_options(settings)
    # A look, not the sign-in: an unreachable server is reported by the sign-in.
    options["connect_timeout"] = min(int(options["connect_timeout"]), 3)
    database = Database(url, **options)
    try:
        problem = server_problem(database)
    finally:
        database.dispose()
    if problem is not None:
        raise StartupError(problem)


def first_start(settings: Settings, service: SignInService, parent: QWidget | None = None) -> Any:
    """Lead IT through setting up a new local database: a FirstStartOutcome, or None."""
    from PySide6.QtWidgets import QDialog

    from console.ui.access.first_start import FirstStartWizard
    from console.ui.shared.errors import exec_dialog

    wizard = FirstStartWizard(
        service.local_database,
        open_demo=lambda: open_desk(settings, demo=True),
        has_desk=service.has_desk,
        parent=parent,
    )
    if exec_dialog(wizard) != QDialog.DialogCode.Accepted:
        return None
    return wizard.outcome
