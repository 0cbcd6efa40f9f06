"""The desk's identity key: where this console's comes from, and whether it is the
database's.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from console.core.text import QT_TRANSLATE_NOOP, TiskiError
from console.ops.doctor.database import _Desk
from console.ops.doctor.report import (
    KEYRING_SECONDS,
    NETWORK_SECONDS,
    Check,
    _check,
    _Late,
    _m,
    _reason,
    _within,
)
from console.ops.doctor.system_keyring import _KEYRING_LATE, _UNLOCK

if TYPE_CHECKING:
    from console.config import Settings


_SET_KEY = QT_TRANSLATE_NOOP(
    "Doctor",
    "Give this console the desk's key with tiski identity set-key, or name a key file in "
    "identity.key_file.",
)


def check_identity(settings: Settings, desk: _Desk) -> Check:
    seconds = KEYRING_SECONDS + NETWORK_SECONDS
    try:
        return _within(seconds, lambda: _look_at_identity(settings, desk))
    except _Late:
        return _check("identity key", "warning", _KEYRING_LATE, _UNLOCK, seconds=seconds)
    except Exception as error:
        text = QT_TRANSLATE_NOOP("Doctor", "The identity key could not be checked ({reason}).")
        return _check("identity key", "warning", text, _SET_KEY, reason=_reason(error))


_MOVE_KEY_IN = QT_TRANSLATE_NOOP(
    "Doctor",
    "IT puts the desk's key into the database: tiski identity set-key --from-keyring (or "
    "--from-file FILE) with the owner's database URL.",
)
_REMOVE_KEY = QT_TRANSLATE_NOOP(
    "Doctor",
    "Remove it from this computer: python -m keyring del tiski/identity site-key, and delete "
    "the file identity.key_file names.",
)


def _look_at_database_key(settings: Settings, desk: _Desk) -> Check:
    """PostgreSQL: the database holds the key and hashes codes; a console's key is a risk."""
    import keyring
    from keyring.errors import KeyringError

    from console.site_secret import KEYRING_SERVICE, KEYRING_USER
    from console.store.queries import transaction

    if desk.database is None:
        text = QT_TRANSLATE_NOOP(
            "Doctor",
            "Kept in the desk database, which hashes identity codes itself; not checked, the "
            "database could not be read.",
        )
        return _check("identity key", "warning", text)
    with transaction(desk.database) as tx:
        held = tx.database_key_fingerprint()
    if held is None:
        text = QT_TRANSLATE_NOOP(
            "Doctor",
            "The desk database holds no identity key yet, so identity codes cannot be used "
            "(the queue works).",
        )
        return _check("identity key", "warning", text, _MOVE_KEY_IN)
    try:
        left_here = keyring.get_password(KEYRING_SERVICE, KEYRING_USER) is not None
    except KeyringError:
        left_here = False
    if left_here or str(settings["identity.key_file"]):
        text = QT_TRANSLATE_NOOP(
            "Doctor",
            "In the desk database (fingerprint {fingerprint}), but this computer still keeps "
            "an identity key, which a PostgreSQL desk does not use: whoever can run code as "
            "this user could read it.",
        )
        return _check("identity key", "warning", text, _REMOVE_KEY, fingerprint=held)
    text = QT_TRANSLATE_NOOP(
        "Doctor",
        "In the desk database (fingerprint {fingerprint}), readable by its owner only; this "
        "console holds none.",
    )
    return _check("identity key", "ok", text, fingerprint=held)


def _look_at_identity(settings: Settings, desk: _Desk) -> Check:
    """Where this console's identity key comes from (never making one), and its match."""
    import keyring
    from keyring.errors import KeyringError, NoKeyringError

    from console.app.opening import database_url

    if database_url(settings, demo=False)[0].startswith("postgresql"):
        return _look_at_database_key(settings, desk)

    from console.core.identity import secret_fingerprint
    from console.site_secret import (
        KEYRING_SERVICE,
        KEYRING_USER,
        embedded_key_file,
        load_site_secret,
    )

    locked: str | None = None
    try:
        in_keyring = keyring.get_password(KEYRING_SERVICE, KEYRING_USER) is not None
    except NoKeyringError:
        in_keyring = False
    except KeyringError as error:
        in_keyring, locked = False, type(error).__name__
    key_file, own_file = str(settings["identity.key_file"]), embedded_key_file()
    in_file = _m(QT_TRANSLATE_NOOP("Doctor", "the key file {file}"))
    secret: bytes | None = None
    try:
        # The order of console.site_secret.load_site_secret.
        if in_keyring:
            source = _m(QT_TRANSLATE_NOOP("Doctor", "this computer's keyring"))
            secret = load_site_secret(secret_file=None, create_if_missing=False)
        elif key_file:
            source = _m(in_file.text, file=key_file)
            secret = load_site_secret(secret_file=Path(key_file), create_if_missing=False)
        elif desk.embedded and own_file.exists():
            source = _m(in_file.text, file=str(own_file))
            secret = load_site_secret(secret_file=own_file, create_if_missing=False)
    except TiskiError as error:
        return Check("identity key", "warning", error.message, _m(_SET_KEY))
    if secret is None:
        if locked is not None:
            text = QT_TRANSLATE_NOOP(
                "Doctor", "The keyring could not be read ({reason}); it may be locked."
            )
            return _check("identity key", "warning", text, _UNLOCK, reason=locked)
        if desk.embedded:
            text = QT_TRANSLATE_NOOP(
                "Doctor",
                "None yet: the embedded database makes its own key when an identity code is "
                "first used.",
            )
            return _check("identity key", "ok", text)
        text = QT_TRANSLATE_NOOP(
            "Doctor",
            "This console has no identity key, so identity codes cannot be used at it (the "
            "queue works).",
        )
        return _check("identity key", "warning", text, _SET_KEY)
    params: dict[str, object] = {"source": source, "fingerprint": secret_fingerprint(secret)}
    if desk.database is None:
        text = QT_TRANSLATE_NOOP(
            "Doctor",
            "In {source} (fingerprint {fingerprint}); not compared with the database, which "
            "could not be read.",
        )
        return _check("identity key", "ok", text, **params)
    from console.store.queries import transaction

    with transaction(desk.database) as tx:
        stored = tx.identity_fingerprint()
    if stored is None:
        text = QT_TRANSLATE_NOOP(
            "Doctor",
            "In {source} (fingerprint {fingerprint}); the database has none yet: the first "
            "identity code used sets it.",
        )
        return _check("identity key", "ok", text, **params)
    if stored == params["fingerprint"]:
        text = QT_TRANSLATE_NOOP(
            "Doctor", "In {source}; matches the database (fingerprint {fingerprint})."
        )
        return _check("identity key", "ok", text, **params)
    from console.site_secret import backup_with_fingerprint

    # An error, not a warning: every visitor identified so far is out of this console's
    # reach (their hashes were made with the other key), and it refuses identity codes.
    text = QT_TRANSLATE_NOOP(
        "Doctor",
        "The key in {source} (fingerprint {fingerprint}) is not the one the database was set "
        "up with ({stored}): visitors identified with the desk's key would not be found, so "
        "identity codes cannot be used at this console.",
    )
    backup = backup_with_fingerprint(stored)
    if backup is not None:
        restore = QT_TRANSLATE_NOOP(
            "Doctor",
            "The backup {backup} holds the database's key: tiski identity set-key --from-file "
            "{backup}",
        )
        return _check(
            "identity key", "error", text, restore, stored=stored, backup=str(backup), **params
        )
    return _check("identity key", "error", text, _SET_KEY, stored=stored, **params)
