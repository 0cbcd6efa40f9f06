"""Signing people in: the dialog and its service, and the demo's and admin's sign-ins."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from console.app.errors import StartupError
from console.app.opening import OpenedDesk, database_options, database_url, make_desk
from console.config import Settings
from console.core.text import QT_TRANSLATE_NOOP, Message
from console.desk.desk import Desk, SignedIn
from console.store.database import Database
from console.store.schema import ensure_current

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from console.core.queue import Role
    from console.desk.first_start import AccountState

_CTX = "Startup"


class SignInService:
    """Signing people in to this console: the first at start-up, the next on Switch user.

    On PostgreSQL each person's password goes to the server, which connects them as
    their own login role; the desk is then opened over that connection. On SQLite the
    file's local accounts are checked (the file is opened, and upgraded if it is the
    embedded one, before anyone signs in: the accounts live in it).
    """

    def __init__(self, settings: Settings, *, demo: bool = False) -> None:
        self.settings = settings
        self.demo = demo
        self.url, self.embedded = database_url(settings, demo=demo)
        self._local: Database | None = None
        self.has_accounts = True
        # SQLite: the staff accounts (None before prepare, and on PostgreSQL).
        self.accounts: AccountState | None = None
        self.has_desk = True
        self.site_name = ""

    @property
    def place(self) -> str:
        """The database as shown and remembered (no password in it)."""
        from console.store.urls import mask_url

        return mask_url(self.url)

    def prepare(self) -> None:
        """Local accounts: open the file and bring its schema up to date first."""
        if not self.url.startswith("sqlite") or self._local is not None:
            return
        database = Database(self.url, **database_options(self.settings))
        ensure_current(database, upgrade_if_behind=self.embedded)
        self._local = database
        self.read_accounts()

    def read_accounts(self) -> None:
        """Who can sign in to the local database, and its name (again after a first start)."""
        from console.desk.first_start import account_state, has_desk
        from console.ui.shared.labels import ui_language

        database = self._local
        if database is None:
            return
        accounts = account_state(database)
        self.accounts = accounts
        # A demo desk made before accounts existed gets its passwords on signing in.
        self.has_accounts = accounts.can_sign_in > 0 or (self.demo and accounts.active > 0)
        self.has_desk = has_desk(database)
        site = Desk(database, site=str(self.settings["desk.site"])).site_names()
        self.site_name = site.get(ui_language()) if site else ""

    @property
    def needs_first_start(self) -> bool:
        """A local database nobody was ever added to: the first start sets it up."""
        return not self.demo and self.accounts is not None and self.accounts.fresh

    @property
    def local_database(self) -> Database:
        assert self._local is not None, "prepare() first"
        return self._local

    def _open_local(self, _url: str) -> Database:
        assert self._local is not None
        return self._local

    def authenticate(self, username: str, password: str) -> Any:
        """Check the person (on a worker) and open their desk: a PendingSignIn."""
        from console.core.queue import Role
        from console.desk import accounts
        from console.ui.access.session import AccountCredentials, PendingSignIn, Session

        prepare = self._demo_passwords if self.demo else None
        if prepare is not None:
            prepare()
        if self._local is not None:
            authenticated = accounts.sign_in(
                self.url, username, password, open_database=self._open_local
            )
        else:
            authenticated = accounts.sign_in(
                self.url, username, password, **database_options(self.settings)
            )
        database = authenticated.database

        def discard() -> None:
            if database is not self._local:
                database.dispose()

        problem = accounts.console_refusal(authenticated.staff)
        if problem is not None:
            discard()
            raise problem
        try:
            desk = make_desk(self.settings, database, embedded=self.embedded)
            counters = tuple(desk.counters())
            several = len({c.site_id for c in counters}) > 1
            offices = {office.id: office.names for office in desk.offices()} if several else {}
        except BaseException:
            discard()
            raise
        credentials = AccountCredentials(authenticated, prepare)
        staff = authenticated.staff

        def open_at(counter_id: int) -> Session:
            return Session(desk, desk.sign_in(staff.id, counter_id), credentials)

        return PendingSignIn(
            authenticated.username,
            staff.full_name,
            staff.role is Role.SPECIALIST,
            counters,
            open_at,
            discard,
            offices,
        )

    def _demo_passwords(self) -> None:
        """A demo desk made before accounts existed gets the demo password too."""
        from console.desk.accounts import demo_password_hash
        from console.store.queries import transaction

        database = self._local
        if database is not None:
            with transaction(database) as tx:
                tx.demo_passwords(demo_password_hash())

    def demo_hint(self) -> str:
        from PySide6.QtCore import QCoreApplication

        from console.desk.accounts import DEMO_PASSWORD

        return (
            QCoreApplication.translate(
                "SignIn",
                "Demo desk: every demo account's password is “%1”, e.g. aino.virtanen "
                "(advisor), paivi.lehtonen (Kela specialist), kaisa.mattila (supervisor).",
            ).replace("%1", DEMO_PASSWORD)
            if self.demo
            else ""
        )

    def sign_in(
        self, parent: QWidget | None = None, *, switching: bool = False, username: str = ""
    ) -> Any:
        """Ask who signs in (a dialog); their Session, or None when cancelled.

        ``username`` fills in the name (the administrator a first start just made).
        """
        from PySide6.QtWidgets import QDialog

        from console.ui.access.remembered import (
            KeyringPasswords,
            remember_sign_in,
            remembered_sign_in,
        )
        from console.ui.access.signin import SignInDialog
        from console.ui.shared.errors import exec_dialog

        if self._local is None:
            self.prepare()
        else:
            self.read_accounts()
        allow_remember = bool(self.settings["signin.allow_remember"])
        remembered = remembered_sign_in(self.place)
        if not username and remembered and allow_remember:
            username = remembered[0]
        dialog = SignInDialog(
            self.authenticate if self.has_accounts else None,
            site_name=self.site_name,
            staff_exist=self.accounts is None or not self.accounts.fresh,
            fixed_counter=str(self.settings["desk.counter"]),
            remembered_counter=remembered[1] if remembered else "",
            remembered_username=username,
            passwords=KeyringPasswords(self.place) if allow_remember else None,
            hint=self.demo_hint(),
            switching=switching,
            parent=parent,
        )
        if exec_dialog(dialog) != QDialog.DialogCode.Accepted or dialog.session is None:
            return None
        session = dialog.session
        # The user name only where IT allows remembering: a shared PC shows no names.
        username = session.signed_in.staff.username if allow_remember else ""
        remember_sign_in(self.place, username, session.signed_in.counter.code)
        return session

    def switch(self, parent: QWidget) -> Any:
        """The console window's Switch user."""
        return self.sign_in(parent, switching=True)

    def demo_session(self, opened: OpenedDesk) -> Any:
        """The demo signs its advisor in without a password (the title says DEMO); the
        lock screen and Switch user take the demo accounts' password."""
        from console.desk.accounts import Authenticated
        from console.ui.access.session import AccountCredentials, Session

        signed_in = demo_sign_in(opened, self.settings)
        self._local = opened.desk.database
        authenticated = Authenticated(
            opened.desk.database, signed_in.staff, signed_in.staff.username, local=True
        )
        credentials = AccountCredentials(authenticated, self._demo_passwords)
        return Session(opened.desk, signed_in, credentials)


def choose_sign_in(
    settings: Settings, parent: QWidget | None = None, *, service: SignInService | None = None
) -> Any:
    """Ask who signs in at which counter: their Session, or ``None`` when they cancel."""
    return (service or SignInService(settings)).sign_in(parent)


def demo_sign_in(opened: OpenedDesk, settings: Settings) -> SignedIn:
    """Sign in as the demo desk's demo advisor."""
    assert opened.demo is not None
    username = opened.demo.signin.username
    return opened.desk.sign_in_by_username(username, str(settings["desk.counter"]) or None)


def admin_sign_in(desk: Desk, *, demo: bool, username: str = "") -> SignedIn:
    """Sign in without a dialog as ``username``, or the desk's first IT person (the
    demo's picture and ``tiski admin --demo``), or else its first supervisor."""
    from console.core.queue import Role

    if not username:
        staff = desk.staff()
        for role in (Role.IT, Role.SUPERVISOR):
            found = [member for member in staff if member.role is role]
            if found:
                username = found[0].username
                break
    if not username:
        raise StartupError(
            Message(
                _CTX,
                QT_TRANSLATE_NOOP(
                    "Startup", "The desk has nobody in IT or supervising who could set it up."
                ),
            )
        )
    return desk.sign_in_by_username(username, None)


def supervisor_sign_in(desk: Desk) -> SignedIn:
    """The desk's first supervisor, without a dialog: ``tiski floor --demo`` and its
    picture."""
    from console.core.queue import Role

    return _first_of_role(
        desk,
        Role.SUPERVISOR,
        QT_TRANSLATE_NOOP("Startup", "The desk has no supervisor to watch the floor."),
    )


def guide_sign_in(desk: Desk) -> SignedIn:
    """The desk's first lobby guide, without a dialog: ``tiski guide --demo`` and its
    picture."""
    from console.core.queue import Role

    return _first_of_role(
        desk, Role.GUIDE, QT_TRANSLATE_NOOP("Startup", "The desk has no lobby guide.")
    )


def _first_of_role(desk: Desk, role: Role, missing: str) -> SignedIn:
    found = [member for member in desk.staff() if member.role is role]
    if not found:
        raise StartupError(Message(_CTX, missing))
    return desk.sign_in_by_username(found[0].username, None)
