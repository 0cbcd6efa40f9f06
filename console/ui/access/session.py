"""Who works in a console window: the desk they reach, and what proves it is them.

The window is built for one :class:`Session`; switching user gives it another.
What proves a person's identity is the accounts API's business (SQLite's local
accounts, PostgreSQL's own login roles); the window sees only
:class:`Credentials`, given by the composition root (``console.app``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

from console.core.records import CounterInfo, Names
from console.desk.accounts import Authenticated, change_password, verify_password
from console.desk.desk import Desk, SignedIn

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget


class Credentials(Protocol):
    """The signed-in person's password, checked and changed by the accounts API.

    Both are slow on purpose (a slow hash, or a round trip to PostgreSQL): call them
    on a worker, never on the GUI thread.
    """

    def verify(self, password: str) -> bool:
        """Whether ``password`` is the signed-in person's (to unlock the console)."""
        ...

    def change(self, current: str, new: str) -> None:
        """Change the person's password; raises TiskiError with a message if refused."""
        ...


@dataclass(frozen=True)
class Session:
    """One person signed in at one counter, and the desk as they may reach it (on
    PostgreSQL, connected as their own login role)."""

    desk: Desk
    signed_in: SignedIn
    credentials: Credentials | None = None


# Asks who is signing in (a dialog over ``parent``); None when the person cancels.
SignInFlow = Callable[["QWidget"], Session | None]


@dataclass(frozen=True)
class PendingSignIn:
    """A person whose password was right, before they chose their counter.

    ``open`` opens their desk at a counter (slow: a connection, the schema check) and
    raises TiskiError with a message when it cannot; call it on a worker.
    """

    username: str
    full_name: str
    remote_worker: bool  # a remote specialist: their counter is a remote one
    counters: tuple[CounterInfo, ...]
    open: Callable[[int], Session]
    # Lets go of the person's connection when they cancel before choosing a counter.
    discard: Callable[[], None] | None = None
    # The offices' names by site id, when the counters stand in more than one.
    offices: Mapping[int, Names] = field(default_factory=dict)


class RememberedPasswords(Protocol):
    """Passwords kept in the system keyring, where IT allows it (``signin.allow_remember``).

    Keyring calls can block (a locked keyring asks its own question): on a worker.
    """

    def load(self, username: str) -> str | None: ...

    def save(self, username: str, password: str) -> None: ...

    def forget(self, username: str) -> None: ...


@dataclass(frozen=True)
class AccountCredentials:
    """A person the accounts API authenticated: their password checked and changed there.

    ``prepare`` runs first on the worker (the demo gives its accounts their password).
    """

    authenticated: Authenticated
    prepare: Callable[[], None] | None = None

    def verify(self, password: str) -> bool:
        if self.prepare is not None:
            self.prepare()
        return verify_password(self.authenticated, password)

    def change(self, current: str, new: str) -> None:
        change_password(self.authenticated, current, new)
