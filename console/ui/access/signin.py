"""Signing in: user name and password, then the counter.

Nothing about the desk's staff is shown before someone has signed in: no list of
names, and one message for a wrong user name or a wrong password (the accounts
API raises the same error for both). Checking a password is slow on purpose, so
it runs off the GUI thread; the dialog says it is busy meanwhile.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from console.core.records import CounterInfo
from console.core.text import TiskiError
from console.i18n import translate
from console.ui.access.password_field import PasswordField, grow_to_fit
from console.ui.access.session import PendingSignIn, RememberedPasswords, Session
from console.ui.shared.database_pool import database_pool
from console.ui.shared.dialog_parts import HINT_STYLE, WARNING_STYLE, style_label
from console.ui.shared.labels import ui_language
from console.ui.shared.worker import run_in_background

log = logging.getLogger(__name__)

# A dynamic property: a window that may show over a locked console (lock.py).
SHOWN_WHILE_LOCKED = "tiskiShownWhileLocked"

# Checks a user name and password; slow (a slow hash, a connection): run on a worker.
Authenticate = Callable[[str, str], PendingSignIn]


class SignInDialog(QDialog):
    """User name and password; then the counter, unless this PC has a fixed one.

    ``authenticate`` checks the name and password (on a worker) and gives what the
    person may do next: the counters, and opening their desk at one of them. When
    the dialog is accepted, :attr:`session` holds the signed-in person's session.
    """

    def __init__(
        self,
        authenticate: Authenticate | None,
        *,
        site_name: str = "",
        staff_exist: bool = False,
        fixed_counter: str = "",
        remembered_counter: str = "",
        remembered_username: str = "",
        passwords: RememberedPasswords | None = None,
        hint: str = "",
        switching: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("signInDialog")
        # Never shows anyone's data: it may open over a locked console (Switch user).
        self.setProperty(SHOWN_WHILE_LOCKED, True)
        self.setWindowTitle(self.tr("Switch user") if switching else self.tr("Sign in to Tiski"))
        self.setMinimumWidth(460)
        self._authenticate = authenticate
        self._fixed_counter = fixed_counter.strip()
        self._remembered_counter = remembered_counter
        self._passwords = passwords
        self._pending: PendingSignIn | None = None
        self._busy = False
        self.session: Session | None = None
        self.remember_password = False

        heading = QLabel(site_name or self.tr("Tiski"))
        heading.setObjectName("dialogHeading")
        self.pages = QStackedWidget()
        self.pages.addWidget(self._credentials_page(remembered_username, hint))
        self.pages.addWidget(self._counter_page())
        self.status = QLabel()
        self.status.setObjectName("signInMessage")
        self.status.setWordWrap(True)
        self.status.hide()

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Sign in"))
        self.ok_button.setObjectName("signInButton")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.go_on)
        self.buttons.rejected.connect(self.reject)

        # Room to spare (a large screen, a screenshot) goes below the fields.
        self.pages.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.pages)
        layout.addWidget(self.status)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        if authenticate is None:
            if staff_exist:
                # Accounts exist but every one is switched off or has no password.
                nobody = self.tr(
                    "No one can sign in to this desk: every staff account is switched off "
                    "or has no password. IT gives one a password with tiski staff password "
                    "USER, or adds a person with tiski staff add USER --name NAME --role it."
                )
            else:
                nobody = self.tr(
                    "This desk has no staff accounts yet. Ask IT to set up the desk, "
                    "or try Tiski with demo data: tiski --demo"
                )
            self._show_error(nobody)
            self.status.setObjectName("signInEmpty")
            self.ok_button.setEnabled(False)
        if remembered_username:
            self.password.setFocus()
            self._load_remembered_password()
        else:
            self.username.setFocus()

    # ------------------------------------------------------------ pages
    def _credentials_page(self, username: str, hint: str) -> QWidget:
        page = QWidget()
        self.username = QLineEdit(username)
        self.username.setObjectName("usernameField")
        self.username.setMaxLength(63)
        self.username.editingFinished.connect(self._load_remembered_password)
        self.password = PasswordField()
        self.password.setObjectName("passwordField")
        self.password.setMaxLength(256)
        self.remember_box = QCheckBox(self.tr("&Remember my password on this computer"))
        self.remember_box.setObjectName("rememberPassword")
        self.remember_box.setToolTip(
            self.tr("Kept in this computer's keyring. IT allows this on personal PCs only.")
        )
        self.remember_box.setVisible(self._passwords is not None)
        form = QFormLayout()
        form.addRow(self.tr("&User name:"), self.username)
        form.addRow(self.tr("&Password:"), self.password)
        form.addRow("", self.password.caps_hint)
        form.addRow("", self.remember_box)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        intro = QLabel(self.tr("Sign in with your own user name and password."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addLayout(form)
        self.hint = QLabel(hint)
        self.hint.setObjectName("signInHint")
        self.hint.setWordWrap(True)
        style_label(self.hint, HINT_STYLE)
        self.hint.setVisible(bool(hint))
        layout.addWidget(self.hint)
        return page

    def _counter_page(self) -> QWidget:
        page = QWidget()
        self.greeting = QLabel()
        self.greeting.setObjectName("signInGreeting")
        self.greeting.setWordWrap(True)
        self.counter_box = QComboBox()
        self.counter_box.setObjectName("counterBox")
        form = QFormLayout()
        form.addRow(self.tr("&Counter:"), self.counter_box)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.greeting)
        layout.addWidget(QLabel(self.tr("Choose the counter you are working at.")))
        layout.addLayout(form)
        return page

    # ------------------------------------------------------------ steps
    def go_on(self) -> None:
        """Sign in (first page), or open the desk at the chosen counter (second)."""
        if self._busy:
            return
        if self.pages.currentIndex() == 0:
            self._check_password()
        elif self.counter_box.currentData() is None:
            self._show_error(self.tr("Choose the counter you are working at."))
        else:
            self._open(int(self.counter_box.currentData()))

    def _check_password(self) -> None:
        username = self.username.text().strip()
        password = self.password.text()
        if not username or not password:
            self._show_error(self.tr("Type your user name and your password."))
            (self.username if not username else self.password).setFocus()
            return
        authenticate = self._authenticate
        if authenticate is None:
            return
        self.remember_password = self.remember_box.isChecked() and self._passwords is not None
        self._set_busy(True, self.tr("Checking your password…"))
        run_in_background(
            lambda: authenticate(username, password),
            lambda pending: self._authenticated(pending, password),
            self._refused,
            context=self,
            pool=database_pool(),
        )

    def _authenticated(self, pending: PendingSignIn, password: str) -> None:
        self._pending = pending
        passwords = self._passwords
        if passwords is not None:
            username = pending.username
            if self.remember_password:
                _in_background(lambda: passwords.save(username, password))
            else:
                _in_background(lambda: passwords.forget(username))
        self.password.clear()
        counters = list(pending.counters)
        chosen = self._preselected(pending, counters)
        if self._fixed_counter:
            if chosen is None:
                self._set_busy(False)
                self._show_error(
                    self.tr(
                        "This computer is set to counter %1, which the desk does not have. "
                        "Ask IT to correct desk.counter."
                    ).replace("%1", self._fixed_counter)
                )
                return
            self._open(chosen.id)
            return
        if len(counters) == 1:
            self._open(counters[0].id)
            return
        if not counters:
            self._set_busy(False)
            self._show_error(self.tr("The desk has no counters yet. Ask IT to add them."))
            return
        self._set_busy(False)
        self.counter_box.clear()
        language = ui_language()
        for counter in counters:
            office = pending.offices.get(counter.site_id) if counter.site_id else None
            name = counter.names.get(language)
            if office is not None:
                # Staff who work at several offices choose the office with the counter.
                name = self.tr("%1: %2").replace("%1", office.get(language)).replace("%2", name)
            self.counter_box.addItem(name, counter.id)
        if chosen is not None:
            self.counter_box.setCurrentIndex(max(0, self.counter_box.findData(chosen.id)))
        self.greeting.setText(self.tr("Welcome, %1.").replace("%1", pending.full_name))
        self.pages.setCurrentIndex(1)
        self.ok_button.setText(self.tr("Start"))
        self.counter_box.setFocus()

    def _preselected(
        self, pending: PendingSignIn, counters: Sequence[CounterInfo]
    ) -> CounterInfo | None:
        wanted = (self._fixed_counter or self._remembered_counter).upper()
        if wanted:
            found = next((c for c in counters if c.code.upper() == wanted), None)
            if found is not None or self._fixed_counter:
                return found
        # A remote specialist works at a remote counter, everyone else in the lobby.
        return next((c for c in counters if c.remote == pending.remote_worker), None)

    def _open(self, counter_id: int) -> None:
        pending = self._pending
        if pending is None:
            return
        self._set_busy(True, self.tr("Opening the desk…"))
        run_in_background(
            lambda: pending.open(counter_id),
            self._opened,
            self._refused,
            context=self,
            pool=database_pool(),
        )

    def _opened(self, session: Session) -> None:
        self._set_busy(False)
        self.session = session
        self.accept()

    def _refused(self, error: BaseException) -> None:
        self._set_busy(False)
        if isinstance(error, TiskiError):
            text = translate(error.message)
        else:
            log.error("Signing in failed", exc_info=error)
            text = self.tr("Signing in failed (%1). Try again, or tell IT.").replace(
                "%1", type(error).__name__
            )
        self._show_error(text)
        if self.pages.currentIndex() == 0:
            self.password.clear()
            self.password.setFocus()

    # ------------------------------------------------------------ remembered password
    def _load_remembered_password(self) -> None:
        passwords = self._passwords
        username = self.username.text().strip()
        if passwords is None or not username or self.password.text():
            return

        def loaded(found: str | None) -> None:
            if found and not self.password.text() and self.username.text().strip() == username:
                self.password.setText(found)
                self.remember_box.setChecked(True)

        run_in_background(
            lambda: passwords.load(username), loaded, lambda _error: None, context=self
        )

    # ------------------------------------------------------------ state
    def _set_busy(self, busy: bool, text: str = "") -> None:
        self._busy = busy
        self.pages.setEnabled(not busy)
        self.ok_button.setEnabled(not busy)
        if busy:
            style_label(self.status, HINT_STYLE)
            self.status.setText(text)
            self.status.show()
        else:
            self.status.hide()
        grow_to_fit(self)

    def _show_error(self, text: str) -> None:
        style_label(self.status, WARNING_STYLE)
        self.status.setText(text)
        self.status.setVisible(bool(text))
        grow_to_fit(self)


def _in_background(work: Callable[[], object]) -> None:
    """Keyring calls may block (a locked keyring asks its own questions): off the GUI."""

    def failed(error: BaseException) -> None:
        log.warning("Remembered password not updated: %s", type(error).__name__)

    run_in_background(work, lambda _result: None, failed)


__all__ = [
    "SHOWN_WHILE_LOCKED",
    "Authenticate",
    "SignInDialog",
]
