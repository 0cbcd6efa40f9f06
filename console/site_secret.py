"""The desk's identity key on a PC: the secret under which identity codes are hashed.

Only for SQLite desks: on PostgreSQL the key lives in the database, which hashes
codes itself (migration 0011), and no console loads one. ``tiski identity
set-key --from-keyring`` moves a key kept here into such a database.

Every console of a desk must hash with the same key, or a returning visitor
is not recognised; the database keeps a fingerprint of the key
(``console.core.identity.secret_fingerprint``) to notice a console whose key
differs. Where the key comes from, first found wins:

1. the system keyring (``tiski identity set-key`` puts it there);
2. the file named by the ``identity.key_file`` site setting, readable by its
   owner only;
3. for the embedded single-console database only: a key made on first use,
   kept in the keyring or, without one, in ``identity-key`` in the data folder.

The key is never logged; ``keyring`` is imported only when a key is needed
because it is slow to import. Before ``tiski identity set-key`` replaces a key it
writes the old one to a backup file in the data folder, readable by its owner
only (:func:`back_up_site_secret`), in the key file format, so that
``--from-file`` or ``identity.key_file`` can take it back.
"""

from __future__ import annotations

import datetime
import logging
import os
import secrets
from collections.abc import Callable
from pathlib import Path

from console import paths
from console.core.files import KIB, FileProblem, Trouble, read_bytes, write_private
from console.core.text import QT_TRANSLATE_NOOP, Message, TiskiError

KEYRING_SERVICE = "tiski/identity"
KEYRING_USER = "site-key"
SECRET_BYTES = 32
EMBEDDED_KEY_FILE_NAME = "identity-key"
BACKUP_PREFIX = "identity-key-backup-"
BACKUP_SUFFIX = ".txt"
# 64 hexadecimal characters and a line end; a key file near this is not one.
KEY_FILE_LIMIT = 4 * KIB

log = logging.getLogger(__name__)


def new_site_secret() -> bytes:
    """A fresh random identity key."""
    return secrets.token_bytes(SECRET_BYTES)


def _from_hex(text: str) -> bytes | None:
    try:
        secret = bytes.fromhex(text.strip())
    except ValueError:
        return None
    return secret if len(secret) == SECRET_BYTES else None


def parse_site_secret(text: str) -> bytes:
    """An identity key typed or pasted by IT: 64 hexadecimal characters."""
    secret = _from_hex(text)
    if secret is None:
        raise TiskiError(
            Message(
                "Identity",
                QT_TRANSLATE_NOOP(
                    "Identity",
                    "An identity key is 64 hexadecimal characters (0-9, a-f). Copy it again "
                    "from a console of the same desk.",
                ),
            )
        )
    return secret


def embedded_key_file() -> Path:
    """Where a console without a keyring keeps the key it made itself."""
    return paths.user_data_dir() / EMBEDDED_KEY_FILE_NAME


def back_up_site_secret(stored: str, *, now: datetime.datetime | None = None) -> Path:
    """Write a key about to be replaced to a new backup file; return where it went.

    ``stored`` is the key as the keyring held it (64 hexadecimal characters, or
    whatever a damaged entry holds: it is kept as it was). The file is in the
    data folder, named with the UTC time, readable and writable by its owner only,
    and never replaces another file.
    """
    when = (now or datetime.datetime.now(datetime.UTC)).strftime("%Y%m%dT%H%M%SZ")
    folder = paths.user_data_dir()
    text = stored.strip() + "\n"
    for number in range(1, 100):
        suffix = "" if number == 1 else f"-{number}"
        path = folder / f"{BACKUP_PREFIX}{when}{suffix}{BACKUP_SUFFIX}"
        try:
            write_private(path, text.encode("ascii", errors="replace"))
        except FileProblem as trouble:
            if trouble.trouble is Trouble.EXISTS:
                continue
            raise
        log.info("Backed up the identity key being replaced to %s", path)
        return path
    raise TiskiError(
        Message(
            "Identity",
            QT_TRANSLATE_NOOP(
                "Identity",
                "The identity key could not be backed up: the data folder {folder} already "
                "holds many backups made this second.",
            ),
            {"folder": str(folder)},
        )
    )


def key_backups() -> list[Path]:
    """The backups of replaced keys in the data folder, newest first."""
    folder = paths.user_data_dir()
    found = folder.glob(f"{BACKUP_PREFIX}*{BACKUP_SUFFIX}")
    return sorted((path for path in found if path.is_file()), reverse=True)


def backup_with_fingerprint(fingerprint: str) -> Path | None:
    """The newest usable backup whose key has ``fingerprint``, if there is one."""
    from console.core.identity import secret_fingerprint

    for path in key_backups():
        try:
            secret = _read_key_file(path)
        except TiskiError:
            continue  # damaged, or opened up to others: not offered
        if secret_fingerprint(secret) == fingerprint:
            return path
    return None


def load_site_secret(*, secret_file: Path | None, create_if_missing: bool) -> bytes:
    """The identity key of this console's desk.

    ``create_if_missing`` is for the embedded single-console database: no
    other console needs the same key, so one is made on first use.
    """
    secret, keyring_failed = _secret_from_keyring()
    if secret is not None:
        return secret
    if secret_file is not None:
        return _read_key_file(secret_file)
    if create_if_missing:
        return _embedded_secret(keyring_failed)
    raise TiskiError(
        Message(
            "Identity",
            QT_TRANSLATE_NOOP(
                "Identity",
                "This console has no identity key. Identity codes cannot be checked against "
                "earlier visits until IT sets the desk's key: run `tiski identity set-key` on "
                "this console, or set identity.key_file in the site settings.",
            ),
        )
    )


def store_site_secret(secret: bytes) -> None:
    """Keep ``secret`` in the system keyring as this console's identity key."""
    import keyring
    from keyring.errors import KeyringError, NoKeyringError

    if len(secret) != SECRET_BYTES:
        raise ValueError(f"an identity key is {SECRET_BYTES} bytes")
    try:
        keyring.set_password(KEYRING_SERVICE, KEYRING_USER, secret.hex())
        kept = keyring.get_password(KEYRING_SERVICE, KEYRING_USER) == secret.hex()
    except NoKeyringError:
        kept = False
    except KeyringError as error:
        raise TiskiError(
            Message(
                "Identity",
                QT_TRANSLATE_NOOP("Identity", "The keyring refused the identity key ({reason})."),
                {"reason": type(error).__name__},
            )
        ) from None
    if not kept:
        raise TiskiError(
            Message(
                "Identity",
                QT_TRANSLATE_NOOP(
                    "Identity",
                    "There is no keyring backend on this machine to keep the identity key in "
                    "(a headless Linux has none). Put the key in a file readable only by the "
                    "user running Tiski and name it in identity.key_file in the site settings "
                    "instead.",
                ),
            )
        )


def _secret_from_keyring() -> tuple[bytes | None, bool]:
    """The key kept in the keyring, and whether a keyring that exists failed.

    No keyring backend at all is normal (headless machines); a keyring that
    exists but fails (say, locked) may well hold the key, which matters
    before making a new one.
    """
    import keyring
    from keyring.errors import KeyringError, NoKeyringError

    try:
        stored = keyring.get_password(KEYRING_SERVICE, KEYRING_USER)
    except NoKeyringError:
        log.debug("No keyring backend for the identity key")
        return None, False
    except KeyringError as error:
        log.debug("The keyring could not be read for the identity key: %s", type(error).__name__)
        return None, True
    if stored is None:
        return None, False
    secret = _from_hex(stored)
    if secret is None:
        raise TiskiError(
            Message(
                "Identity",
                QT_TRANSLATE_NOOP(
                    "Identity",
                    "The identity key in this computer's keyring ({service}) is damaged. Ask IT "
                    "to set the desk's key again with `tiski identity set-key`.",
                ),
                {"service": KEYRING_SERVICE},
            )
        )
    return secret, False


def _keep_in_keyring(secret: bytes) -> bool:
    """Try to keep a key made here in the keyring; False when it cannot."""
    import keyring
    from keyring.errors import KeyringError

    try:
        keyring.set_password(KEYRING_SERVICE, KEYRING_USER, secret.hex())
        # Some backends accept and forget (the null keyring): check.
        return keyring.get_password(KEYRING_SERVICE, KEYRING_USER) == secret.hex()
    except KeyringError as error:
        log.debug("The keyring did not take the identity key: %s", type(error).__name__)
        return False


def _embedded_secret(keyring_failed: bool) -> bytes:
    """The key the embedded console made for itself, made now if there is none."""
    path = embedded_key_file()
    if path.exists():
        return _read_key_file(path)
    if keyring_failed:
        # The keyring exists but did not answer: it may hold this console's
        # key, and a second key would split the visit history in two.
        raise TiskiError(
            Message(
                "Identity",
                QT_TRANSLATE_NOOP(
                    "Identity",
                    "The keyring did not answer, so this console's identity key is out of "
                    "reach. Unlock the keyring (sign out and in again) and start Tiski again.",
                ),
            )
        )
    secret = new_site_secret()
    if _keep_in_keyring(secret):
        log.info("Made a new identity key for this console and kept it in the keyring")
        return secret
    kept = _create_key_file(path, secret)
    log.info("Made a new identity key for this console and kept it in %s", path)
    return kept


def _create_key_file(path: Path, secret: bytes) -> bytes:
    """Write a new key file readable by its owner only; an existing one wins."""
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return _read_key_file(path)  # another Tiski made it a moment ago
    except OSError as error:
        raise _unwritable(path, error) from None
    try:
        with os.fdopen(descriptor, "w", encoding="ascii") as file:
            file.write(secret.hex() + "\n")
            file.flush()
            os.fsync(file.fileno())
    except OSError as error:
        path.unlink(missing_ok=True)
        raise _unwritable(path, error) from None
    return secret


def _unwritable(path: Path, error: OSError) -> TiskiError:
    return TiskiError(
        Message(
            "Identity",
            QT_TRANSLATE_NOOP(
                "Identity",
                "The identity key file {file} cannot be written ({reason}). Check that the "
                "folder exists and belongs to the user running Tiski.",
            ),
            {"file": str(path), "reason": error.strerror or type(error).__name__},
        )
    )


def _read_key_file(path: Path) -> bytes:
    """The key in ``path``, refused when other users can get at it."""
    try:
        content = read_bytes(path, limit=KEY_FILE_LIMIT, check=_owner_only(path))
    except FileProblem as trouble:
        if trouble.trouble is Trouble.MISSING:
            raise TiskiError(
                Message(
                    "Identity",
                    QT_TRANSLATE_NOOP(
                        "Identity",
                        "The identity key file {file} does not exist. Put the desk's identity "
                        "key there (readable only by the user running Tiski), or correct "
                        "identity.key_file in the site settings.",
                    ),
                    {"file": str(path)},
                )
            ) from None
        raise TiskiError(
            Message(
                "Identity",
                QT_TRANSLATE_NOOP(
                    "Identity",
                    "The identity key file {file} cannot be used ({problem}). Correct "
                    "identity.key_file in the site settings.",
                ),
                {"file": str(path), "problem": trouble.reason},
            )
        ) from None
    try:
        secret = _from_hex(content.decode("ascii"))
    except UnicodeDecodeError:
        secret = None
    if secret is None:
        raise TiskiError(
            Message(
                "Identity",
                QT_TRANSLATE_NOOP(
                    "Identity",
                    "The identity key file {file} does not hold an identity key: it should hold "
                    "64 hexadecimal characters (32 bytes), such as `openssl rand -hex 32` makes.",
                ),
                {"file": str(path)},
            )
        )
    return secret


def _owner_only(path: Path) -> Callable[[os.stat_result], None]:
    """A check of the opened key file: the file checked is the file read, not just its name."""

    def check(status: os.stat_result) -> None:
        if os.name == "posix" and status.st_mode & 0o077:
            raise TiskiError(
                Message(
                    "Identity",
                    QT_TRANSLATE_NOOP(
                        "Identity",
                        "The identity key file {file} is open to other users of this computer, "
                        "so it is not used. Make it readable by its owner only: chmod 600 {file}",
                    ),
                    {"file": str(path)},
                )
            )

    return check
