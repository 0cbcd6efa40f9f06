"""``tiski identity set-key|status``: the desk's identity key, where it is kept and
whether this console and the database agree on it.

On PostgreSQL the key lives in the database, which hashes identity codes itself; on
the embedded database it is kept in this computer's keyring or key file. The key is
shown once, by ``identity set-key --generate``, and nowhere else; a key replaced is
first saved to a backup file only its owner can read.

Exit status: 0 done, 2 refused or wrong input (one plain message on stderr);
``identity status`` exits 1 when this console has no key and needs one. Who may run
``set-key`` is checked, and the change audited, by :func:`console.cli.cases.run_cases`.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from console.cli.opening import open_database_for
from console.cli.voice import Voice
from console.core.text import QT_TRANSLATE_NOOP, Message, TiskiError

if TYPE_CHECKING:
    from console.config import Settings
    from console.store.database import Database

# The identity commands were case commands first: their texts keep that context, so
# the translations of tiski identity are the ones already made.
_CTX = "CaseCommands"
EXIT_OK = 0
EXIT_NEEDS_KEY = 1
EXIT_ERROR = 2


def add_identity_parser(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
) -> None:
    """Add ``tiski identity set-key|status`` to ``tiski``."""
    identity = commands.add_parser(
        "identity", help="the desk's identity key on this console", parents=[common]
    )
    identity_actions = identity.add_subparsers(dest="action", metavar="ACTION", required=True)
    set_key = identity_actions.add_parser(
        "set-key",
        help="set the desk's identity key: in the database (PostgreSQL, the owner's URL) or "
        "in this computer's keyring (the embedded database)",
        description=(
            "On PostgreSQL the desk's identity key lives in the database, which hashes "
            "identity codes itself: run this with the owner's database URL (--database) to "
            "put the key there, and no console needs one. On the embedded database the key "
            "is kept in this computer's keyring. Without an option, asks for the key (64 "
            "hexadecimal characters) without echo. A key whose fingerprint differs from the "
            "one the database was set up with is refused (visitors identified so far would "
            "no longer be found) unless --force; a key replaced is first saved to a backup "
            "file readable only by you."
        ),
        parents=[common],
    )
    set_key.add_argument(
        "--force",
        action="store_true",
        help="keep the key on this console even when it is not the one the database was set "
        "up with, or the database cannot be read (IT only; the database keeps its fingerprint)",
    )
    source = set_key.add_mutually_exclusive_group()
    source.add_argument(
        "--generate",
        action="store_true",
        help="make a new key and show it once, to set on the desk's other consoles",
    )
    source.add_argument(
        "--from-file",
        type=Path,
        default=None,
        metavar="FILE",
        help="read the key from FILE (64 hexadecimal characters)",
    )
    source.add_argument(
        "--from-keyring",
        action="store_true",
        help="PostgreSQL: move the key this computer's keyring holds into the database",
    )
    identity_actions.add_parser(
        "status",
        help="where this console's key comes from and whether the database agrees",
        parents=[common],
    )


def _refusal(text: str, **params: object) -> TiskiError:
    return TiskiError(Message(_CTX, text, dict(params)))


def _keyring_key() -> tuple[str | None, str | None]:
    """What the keyring holds as the identity key (hex, unchecked), and why it could not tell."""
    import keyring
    from keyring.errors import KeyringError, NoKeyringError

    from console.site_secret import KEYRING_SERVICE, KEYRING_USER

    try:
        return keyring.get_password(KEYRING_SERVICE, KEYRING_USER), None
    except NoKeyringError:
        return None, None
    except KeyringError as error:
        return None, type(error).__name__


def set_key(args: argparse.Namespace, settings: Settings, voice: Voice) -> int:
    """Keep a key in the keyring: checked against the database, the old one backed up.

    What can be checked without the new key comes first (the keyring, the
    database), so nobody types or generates a key that could not be kept.
    """
    from console.core.identity import secret_fingerprint
    from console.site_secret import back_up_site_secret, store_site_secret

    force = bool(args.force)
    if _url_is_postgresql(settings, args):
        return _set_key_in_database(args, settings, voice)
    if getattr(args, "from_keyring", False):
        raise _refusal(
            QT_TRANSLATE_NOOP(
                "CaseCommands",
                "--from-keyring moves a console's key into a PostgreSQL desk database; on the "
                "embedded database the keyring already holds the key.",
            )
        )
    earlier, keyring_problem = _keyring_key()
    if keyring_problem is not None:
        # It may hold the key in use; replacing it blind could lose that key for good.
        raise _refusal(
            QT_TRANSLATE_NOOP(
                "CaseCommands",
                "The keyring could not be read ({reason}), so the key it may hold cannot be "
                "backed up before it is replaced. Unlock the keyring (sign out and in again) "
                "and try again.",
            ),
            reason=keyring_problem,
        )
    database, stored, unreadable = _stored_fingerprint(settings, args)
    try:
        if unreadable is not None and not force:
            raise _refusal(
                QT_TRANSLATE_NOOP(
                    "CaseCommands",
                    "The key cannot be checked against the one the desk database was set up "
                    "with, because the database cannot be read: {reason} Try again when it "
                    "can; IT can add --force to set the key without the check.",
                ),
                reason=unreadable,
            )
        secret = _key_to_set(args, voice)
        fingerprint = secret_fingerprint(secret)
        if stored is not None and stored != fingerprint and not force:
            return _refuse_other_key(args, voice, stored, fingerprint)
        backup = None
        if earlier is not None and earlier.strip().lower() != secret.hex():
            backup = back_up_site_secret(earlier)
        store_site_secret(secret)
        if database is not None and stored is None:
            stored = _record_fingerprint(database, fingerprint)
    finally:
        if database is not None:
            database.dispose()
    _report_key_set(args, settings, voice, secret, stored, backup)
    if unreadable is None and stored is None:
        voice.say(
            QT_TRANSLATE_NOOP(
                "CaseCommands",
                "The database has no desk set up yet: the first identity code used there "
                "records this key's fingerprint.",
            )
        )
    if unreadable is not None:
        voice.say(
            QT_TRANSLATE_NOOP(
                "CaseCommands",
                "Set with --force without checking it against the desk database, which could "
                "not be read: run tiski identity status once it can.",
            )
        )
    return EXIT_OK


def _url_is_postgresql(settings: Settings, args: argparse.Namespace) -> bool:
    from console.app import database_url

    url, _embedded = database_url(settings, demo=bool(getattr(args, "demo", False)))
    return url.startswith("postgresql")


def _set_key_in_database(args: argparse.Namespace, settings: Settings, voice: Voice) -> int:
    """PostgreSQL: put the key into the database, where only the owner reads it.

    The consoles then never load a key: the database hashes codes itself
    (migration 0011). The same checks as on a console: a key that is not the one
    the hashes were made with is refused unless --force, and a key replaced is
    backed up first.
    """
    from console.core.identity import secret_fingerprint
    from console.site_secret import back_up_site_secret
    from console.store.queries import transaction

    force = bool(args.force)
    database, _embedded = open_database_for(settings, demo=bool(getattr(args, "demo", False)))
    try:
        with transaction(database) as tx:
            if not tx.may_set_database_key():
                raise _refusal(
                    QT_TRANSLATE_NOOP(
                        "CaseCommands",
                        "On PostgreSQL the desk's identity key is kept in the database, where "
                        "only its owner may write it. Run tiski identity set-key with the "
                        "owner's database URL (--database), as for tiski staff.",
                    )
                )
            earlier = tx.database_key()
            stored = tx.identity_fingerprint()
            hashed = tx.codes_hashed()
        # What the hashes so far were made with: the recorded fingerprint, else the key
        # the database holds when a code has been hashed with it.
        reference = stored
        if reference is None and earlier is not None and hashed:
            reference = secret_fingerprint(earlier)
        secret = _key_to_set(args, voice)
        fingerprint = secret_fingerprint(secret)
        if reference is not None and reference != fingerprint and not force:
            return voice.fail(
                Message(
                    _CTX,
                    QT_TRANSLATE_NOOP(
                        "CaseCommands",
                        "Nothing was changed: this key (fingerprint {fingerprint}) is not the one "
                        "the identity codes in the database were hashed with (fingerprint "
                        "{stored}), so visitors identified so far would no longer be found. Give "
                        "the desk's key: --from-keyring on a console that has it, or --from-file "
                        "FILE. Only if you are sure (IT): --force replaces the database's key, "
                        "backing the one replaced up first.",
                    ),
                    {"fingerprint": fingerprint, "stored": reference},
                )
            )
        backup = None
        if earlier is not None and earlier != secret:
            backup = back_up_site_secret(earlier.hex())
        with transaction(database) as tx:
            tx.set_database_key(secret)
            if stored != fingerprint:
                tx.set_identity_fingerprint(fingerprint)  # the owner's to change (0007)
            held = tx.database_key_fingerprint()
    finally:
        database.dispose()
    if args.generate:
        # Shown once, for IT's safe: the database is the only other place it is kept.
        voice.say(QT_TRANSLATE_NOOP("CaseCommands", "New identity key, shown only this once:"))
        print(secret.hex())
    if backup is not None:
        voice.say(
            QT_TRANSLATE_NOOP(
                "CaseCommands",
                "The key the database held before was saved to {file} (readable only by you). "
                "Keep the file where IT keeps its secrets, or delete it once it is not needed.",
            ),
            file=str(backup),
        )
    voice.say(
        QT_TRANSLATE_NOOP(
            "CaseCommands",
            "Identity key stored in the desk database (fingerprint {fingerprint}), readable by "
            "its owner only. The database hashes identity codes itself: consoles need no key. "
            "Remove the key from the consoles' keyrings and key files (docs/security.md).",
        ),
        fingerprint=held or fingerprint,
    )
    return EXIT_OK


def _key_to_set(args: argparse.Namespace, voice: Voice) -> bytes:
    from console.site_secret import new_site_secret, parse_site_secret

    if args.generate:
        return new_site_secret()
    if getattr(args, "from_keyring", False):
        return _key_from_keyring()
    if args.from_file is not None:
        return _key_from_file(args.from_file)
    prompt = voice.text(
        Message(
            _CTX,
            QT_TRANSLATE_NOOP(
                "CaseCommands", "The desk's identity key (64 hexadecimal characters): "
            ),
        )
    )
    try:
        typed = getpass.getpass(prompt)
    except EOFError:
        typed = ""
    return parse_site_secret(typed)


def _stored_fingerprint(
    settings: Settings, args: argparse.Namespace
) -> tuple[Database | None, str | None, Message | None]:
    """The database (left open), the key fingerprint it holds, or why it cannot be read."""
    from console.store.queries import transaction

    try:
        database, _embedded = open_database_for(settings, demo=bool(getattr(args, "demo", False)))
    except TiskiError as error:
        return None, None, error.message
    try:
        with transaction(database) as tx:
            return database, tx.identity_fingerprint(), None
    except TiskiError as error:
        database.dispose()
        return None, None, error.message


def _record_fingerprint(database: Database, fingerprint: str) -> str | None:
    """Put the new key's fingerprint into a database that has none; what it holds after.

    From then on a console given another key is refused before any visitor is
    identified with it, not after.
    """
    from console.store.queries import transaction

    with transaction(database) as tx:
        stored = tx.identity_fingerprint()
        if stored is None:
            tx.set_identity_fingerprint(fingerprint)
            stored = tx.identity_fingerprint()  # None when the database has no desk yet
    return stored


def _refuse_other_key(args: argparse.Namespace, voice: Voice, stored: str, fingerprint: str) -> int:
    if args.generate:
        text = QT_TRANSLATE_NOOP(
            "CaseCommands",
            "Nothing was changed: the desk database was set up with an identity key "
            "(fingerprint {stored}), and a new key can never match it. Every visitor "
            "identified so far would no longer be found at this console. Give this console "
            "the desk's key instead: tiski identity set-key (it asks for the key) or "
            "--from-file FILE.",
        )
    else:
        text = QT_TRANSLATE_NOOP(
            "CaseCommands",
            "Nothing was changed: this key (fingerprint {fingerprint}) is not the one the desk "
            "database was set up with (fingerprint {stored}), so visitors identified so far "
            "would not be found at this console. Copy the key again from a console of the "
            "same desk, or from where IT keeps its secrets.",
        )
    status = voice.fail(Message(_CTX, text, {"stored": stored, "fingerprint": fingerprint}))
    _mention_backup(voice, stored)
    print(
        voice.text(
            Message(
                _CTX,
                QT_TRANSLATE_NOOP(
                    "CaseCommands",
                    "Only if you are sure (IT): --force keeps the key on this console anyway; "
                    "the database keeps its fingerprint.",
                ),
            )
        ),
        file=sys.stderr,
    )
    return status


def _report_key_set(
    args: argparse.Namespace,
    settings: Settings,
    voice: Voice,
    secret: bytes,
    stored: str | None,
    backup: Path | None,
) -> None:
    from console.core.identity import secret_fingerprint

    fingerprint = secret_fingerprint(secret)
    if args.generate:
        voice.say(QT_TRANSLATE_NOOP("CaseCommands", "New identity key, shown only this once:"))
        print(secret.hex())
        voice.say(
            QT_TRANSLATE_NOOP(
                "CaseCommands",
                "Every console of a shared desk database needs this same key, or returning "
                "visitors are not recognised: set it on each of them with tiski identity "
                "set-key, and keep a copy where IT keeps its secrets. Never generate a new key "
                "for a database already in use.",
            )
        )
    if backup is not None:
        voice.say(
            QT_TRANSLATE_NOOP(
                "CaseCommands",
                "The key the keyring held before was saved to {file} (readable only by you). "
                "To go back to it: tiski identity set-key --from-file {file}. Keep the file "
                "where IT keeps its secrets, or delete it once it is not needed.",
            ),
            file=str(backup),
        )
    voice.say(
        QT_TRANSLATE_NOOP(
            "CaseCommands",
            "Identity key stored in this computer's keyring (fingerprint {fingerprint}). "
            "Check it against the database with tiski identity status.",
        ),
        fingerprint=fingerprint,
    )
    if stored == fingerprint:
        voice.say(
            QT_TRANSLATE_NOOP(
                "CaseCommands",
                "The desk database holds this key's fingerprint: consoles with another key "
                "are refused.",
            )
        )
    elif stored is not None:
        voice.say(
            QT_TRANSLATE_NOOP(
                "CaseCommands",
                "Set with --force: the desk database was set up with another key (fingerprint "
                "{stored}), so identity codes cannot be used at this console until it has that "
                "key again.",
            ),
            stored=stored,
        )
    key_file = str(settings["identity.key_file"])
    if key_file:
        voice.say(
            QT_TRANSLATE_NOOP(
                "CaseCommands",
                "The keyring comes first, so the key file {file} (identity.key_file) is no "
                "longer used on this console.",
            ),
            file=key_file,
        )


def _key_from_keyring() -> bytes:
    from console.site_secret import load_site_secret

    held, problem = _keyring_key()
    if held is None:
        raise _refusal(
            QT_TRANSLATE_NOOP(
                "CaseCommands",
                "This computer's keyring holds no identity key{reason}. Run the command on a "
                "console that has the desk's key, or give it with --from-file.",
            ),
            reason=f" ({problem})" if problem else "",
        )
    return load_site_secret(secret_file=None, create_if_missing=False)


def _key_from_file(path: Path) -> bytes:
    from console.site_secret import parse_site_secret

    text = _read_key_text(path)
    try:
        return parse_site_secret(text)
    except TiskiError as error:
        raise _refusal(
            QT_TRANSLATE_NOOP("CaseCommands", "{file}: {problem}"),
            file=str(path),
            problem=error.message,
        ) from None


def _read_key_text(path: Path) -> str:
    from console.core.files import FileProblem, read_bytes
    from console.site_secret import KEY_FILE_LIMIT

    try:
        return read_bytes(path, limit=KEY_FILE_LIMIT).decode("ascii", errors="replace")
    except FileProblem as trouble:
        raise _refusal(
            QT_TRANSLATE_NOOP("CaseCommands", "Cannot read {file} ({reason})."),
            file=str(path),
            reason=trouble.reason,
        ) from None


def _this_consoles_key(settings: Settings, embedded: bool, voice: Voice) -> bytes | None:
    """The key this console would use, saying where it comes from; None when it has none.

    The same order as :func:`console.site_secret.load_site_secret`, but never
    making a key.
    """
    from console.site_secret import embedded_key_file, load_site_secret

    in_keyring, keyring_problem = _keyring_key()
    if keyring_problem is not None:
        voice.say(
            QT_TRANSLATE_NOOP(
                "CaseCommands", "The keyring could not be read ({reason}); it may be locked."
            ),
            reason=keyring_problem,
        )
    if in_keyring is not None:
        secret = load_site_secret(secret_file=None, create_if_missing=False)
        voice.say(QT_TRANSLATE_NOOP("CaseCommands", "Identity key: in this computer's keyring."))
        return secret
    key_file = str(settings["identity.key_file"])
    if key_file:
        secret = load_site_secret(secret_file=Path(key_file), create_if_missing=False)
        voice.say(
            QT_TRANSLATE_NOOP(
                "CaseCommands", "Identity key: in the key file {file} (identity.key_file)."
            ),
            file=key_file,
        )
        return secret
    own_file = embedded_key_file()
    if embedded and own_file.exists():
        secret = load_site_secret(secret_file=own_file, create_if_missing=False)
        voice.say(
            QT_TRANSLATE_NOOP(
                "CaseCommands",
                "Identity key: in the embedded database's key file {file}, made by this console.",
            ),
            file=str(own_file),
        )
        return secret
    voice.say(QT_TRANSLATE_NOOP("CaseCommands", "Identity key: none on this console."))
    return None


def _key_status_in_database(database: Database, voice: Voice) -> int:
    """PostgreSQL: the key is the database's; a key left on this console is only a risk."""
    from console.store.queries import transaction

    with transaction(database) as tx:
        held = tx.database_key_fingerprint()
    voice.say(QT_TRANSLATE_NOOP("CaseCommands", "Database: {url}"), url=database.shown_url)
    in_keyring, _problem = _keyring_key()
    if in_keyring is not None:
        voice.say(
            QT_TRANSLATE_NOOP(
                "CaseCommands",
                "This computer's keyring still holds an identity key, which a PostgreSQL desk "
                "does not use: once the database holds the desk's key, remove it (python -m "
                "keyring del tiski/identity site-key).",
            )
        )
    if held is None:
        voice.say(
            QT_TRANSLATE_NOOP(
                "CaseCommands",
                "Identity key: none in the database yet, so identity codes cannot be used. IT "
                "puts the desk's key there: tiski identity set-key --from-keyring (or "
                "--from-file FILE) with the owner's database URL.",
            )
        )
        return EXIT_NEEDS_KEY
    voice.say(
        QT_TRANSLATE_NOOP(
            "CaseCommands",
            "Identity key: in the desk database (fingerprint {fingerprint}), readable by its "
            "owner only; the database hashes identity codes, so consoles need no key.",
        ),
        fingerprint=held,
    )
    return EXIT_OK


def key_status(args: argparse.Namespace, settings: Settings, voice: Voice) -> int:
    """Where this console's key comes from and whether the database agrees with it."""
    from console.core.identity import secret_fingerprint
    from console.store.queries import transaction

    database, embedded = open_database_for(settings, demo=bool(getattr(args, "demo", False)))
    try:
        if database.dialect == "postgresql":
            return _key_status_in_database(database, voice)
        with transaction(database) as tx:
            stored = tx.identity_fingerprint()
        voice.say(QT_TRANSLATE_NOOP("CaseCommands", "Database: {url}"), url=database.shown_url)
        secret = _this_consoles_key(settings, embedded, voice)
    finally:
        database.dispose()
    if secret is None:
        if stored is None and embedded:
            voice.say(
                QT_TRANSLATE_NOOP(
                    "CaseCommands",
                    "The embedded database makes its own key when an identity code is first used.",
                )
            )
            return EXIT_OK
        voice.say(
            QT_TRANSLATE_NOOP(
                "CaseCommands",
                "Set the desk's key with tiski identity set-key, or name a key file in "
                "identity.key_file.",
            )
        )
        if stored is not None:
            voice.say(
                QT_TRANSLATE_NOOP(
                    "CaseCommands", "The database was set up with the key of fingerprint {stored}."
                ),
                stored=stored,
            )
        return EXIT_NEEDS_KEY
    fingerprint = secret_fingerprint(secret)
    voice.say(
        QT_TRANSLATE_NOOP("CaseCommands", "Fingerprint of this console's key: {fingerprint}"),
        fingerprint=fingerprint,
    )
    if stored is None:
        voice.say(
            QT_TRANSLATE_NOOP(
                "CaseCommands",
                "The database has no key fingerprint yet: the first console to use an identity "
                "code sets it.",
            )
        )
        return EXIT_OK
    if stored == fingerprint:
        voice.say(
            QT_TRANSLATE_NOOP(
                "CaseCommands", "The database was set up with this same key: they match."
            )
        )
        return EXIT_OK
    status = voice.fail(
        Message(
            _CTX,
            QT_TRANSLATE_NOOP(
                "CaseCommands",
                "The database was set up with another key (fingerprint {stored}), so this "
                "console would not recognise returning visitors. Give it the desk's key with "
                "tiski identity set-key.",
            ),
            {"stored": stored},
        )
    )
    _mention_backup(voice, stored)
    return status


def _mention_backup(voice: Voice, stored: str) -> None:
    """Point at a backup of a replaced key that is the database's, if there is one."""
    from console.site_secret import backup_with_fingerprint

    backup = backup_with_fingerprint(stored)
    if backup is None:
        return
    message = Message(
        _CTX,
        QT_TRANSLATE_NOOP(
            "CaseCommands",
            "The backup {file} holds the desk's key: tiski identity set-key --from-file {file}",
        ),
        {"file": str(backup)},
    )
    print(voice.text(message), file=sys.stderr)
