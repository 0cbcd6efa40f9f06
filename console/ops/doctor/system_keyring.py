"""The system keyring: its backend, and whether it answers in time.

Not named ``keyring``, which is the library it looks at.
"""

from __future__ import annotations

import sys

from console.core.text import QT_TRANSLATE_NOOP
from console.ops.doctor.report import (
    KEYRING_SECONDS,
    Check,
    _check,
    _Late,
    _reason,
    _within,
)

_KEYRING_LATE = QT_TRANSLATE_NOOP("Doctor", "The keyring did not answer within {seconds} s.")
_UNLOCK = QT_TRANSLATE_NOOP("Doctor", "Unlock the keyring (sign out and in again).")


def check_keyring() -> Check:
    try:
        name, keeps_nothing = _within(KEYRING_SECONDS, _keyring_backend)
    except _Late:
        return _check("keyring", "warning", _KEYRING_LATE, _UNLOCK, seconds=KEYRING_SECONDS)
    except Exception as error:
        return _check(
            "keyring",
            "warning",
            QT_TRANSLATE_NOOP("Doctor", "The keyring could not be used ({reason})."),
            QT_TRANSLATE_NOOP("Doctor", "Check the keyring settings of this user."),
            reason=_reason(error),
        )
    if not keeps_nothing:
        return _check("keyring", "ok", QT_TRANSLATE_NOOP("Doctor", "Backend: {name}."), name=name)
    if sys.platform.startswith("linux"):
        return _check(
            "keyring",
            "warning",
            QT_TRANSLATE_NOOP(
                "Doctor",
                "This computer has no keyring backend ({name}); a headless Linux has none. "
                "Tiski carries on without one.",
            ),
            QT_TRANSLATE_NOOP(
                "Doctor",
                "Keep the database password in ~/.pgpass (mode 0600) and the identity key in a "
                "file named by identity.key_file; agency plugins' credentials need a keyring "
                "(on a desktop: Secret Service, such as GNOME Keyring).",
            ),
            name=name,
        )
    return _check(
        "keyring",
        "warning",
        QT_TRANSLATE_NOOP("Doctor", "No keyring backend was found ({name})."),
        QT_TRANSLATE_NOOP(
            "Doctor",
            "Tiski keeps passwords, the identity key and plugin credentials in the system "
            "keyring (Windows Credential Manager, macOS Keychain): check that this user can "
            "use it.",
        ),
        name=name,
    )


def _keyring_backend() -> tuple[str, bool]:
    """The backend's name, and whether it keeps nothing (no backend, or switched off)."""
    import keyring
    from keyring.backends import fail, null

    backend = keyring.get_keyring()
    inner = getattr(backend, "backends", None)
    chosen = inner if isinstance(inner, list) and inner else [backend]
    name = ", ".join(str(getattr(b, "name", type(b).__name__)) for b in chosen)
    return name, isinstance(backend, fail.Keyring | null.Keyring)
