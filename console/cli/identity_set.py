"""``tiski identity set-key``: keeping the desk's identity key in this computer's
keyring (checked against the fingerprint the database holds, the old key backed up)
or, on PostgreSQL, in the database itself; and the report of what was done (see
:mod:`console.cli.identity`)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from console.cli.identity_keys import identity_refusal, key_to_set, keyring_key, mention_backup
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
        raise identity_refusal(
            QT_TRANSLATE_NOOP(
                "CaseCommands",
                "--from-keyring moves a console's key into a PostgreSQL desk database; on the "
                "embedded database the keyring already holds the key.",
            )
        )
    earlier, keyring_problem = keyring_key()
    if keyring_problem is not None:
        # It may hold the key in use; replacing it blind could lose that key for good.
        raise identity_refusal(
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
            raise identity_refusal(
                QT_TRANSLATE_NOOP(
                    "CaseCommands",
                    "The key cannot be checked against the one the desk database was set up "
                    "with, because the database cannot be read: {reason} Try again when it "
                    "can; IT can add --force to set the key without the check.",
                ),
                reason=unreadable,
            )
        secret = key_to_set(args, voice)
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
    from console.app.opening import database_url

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
                raise identity_refusal(
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
        secret = key_to_set(args, voice)
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
    mention_backup(voice, stored)
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
