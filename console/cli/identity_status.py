"""``tiski identity status``: where this console's identity key comes from (keyring,
key file, the embedded database's own file, or the PostgreSQL database) and whether
the database agrees with it (see :mod:`console.cli.identity`)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from console.cli.identity_keys import keyring_key, mention_backup
from console.cli.opening import open_database_for
from console.cli.voice import Voice
from console.core.text import QT_TRANSLATE_NOOP, Message

if TYPE_CHECKING:
    from console.config import Settings
    from console.store.database import Database

# The identity commands were case commands first: their texts keep that context, so
# the translations of tiski identity are the ones already made.
_CTX = "CaseCommands"
EXIT_OK = 0
EXIT_NEEDS_KEY = 1


def _this_consoles_key(settings: Settings, embedded: bool, voice: Voice) -> bytes | None:
    """The key this console would use, saying where it comes from; None when it has none.

    The same order as :func:`console.site_secret.load_site_secret`, but never
    making a key.
    """
    from console.site_secret import embedded_key_file, load_site_secret

    in_keyring, keyring_problem = keyring_key()
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
    in_keyring, _problem = keyring_key()
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
    mention_backup(voice, stored)
    return status
