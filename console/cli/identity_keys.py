"""Where ``tiski identity`` reads a key from: this computer's keyring, a key file, a
new key or one typed without echo; the refusals they share, and the pointer to a
backup of a replaced key (see :mod:`console.cli.identity`)."""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path

from console.cli.voice import Voice
from console.core.text import QT_TRANSLATE_NOOP, Message, TiskiError

# The identity commands were case commands first: their texts keep that context, so
# the translations of tiski identity are the ones already made.
_CTX = "CaseCommands"


def identity_refusal(text: str, **params: object) -> TiskiError:
    """A refusal of a ``tiski identity`` command, in the translation context "CaseCommands"."""
    return TiskiError(Message(_CTX, text, dict(params)))


def keyring_key() -> tuple[str | None, str | None]:
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


def key_to_set(args: argparse.Namespace, voice: Voice) -> bytes:
    from console.site_secret import new_site_secret, parse_site_secret

    if args.generate:
        return new_site_secret()
    if getattr(args, "from_keyring", False):
        return key_from_keyring()
    if args.from_file is not None:
        return key_from_file(args.from_file)
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


def key_from_keyring() -> bytes:
    from console.site_secret import load_site_secret

    held, problem = keyring_key()
    if held is None:
        raise identity_refusal(
            QT_TRANSLATE_NOOP(
                "CaseCommands",
                "This computer's keyring holds no identity key{reason}. Run the command on a "
                "console that has the desk's key, or give it with --from-file.",
            ),
            reason=f" ({problem})" if problem else "",
        )
    return load_site_secret(secret_file=None, create_if_missing=False)


def key_from_file(path: Path) -> bytes:
    from console.site_secret import parse_site_secret

    text = _read_key_text(path)
    try:
        return parse_site_secret(text)
    except TiskiError as error:
        raise identity_refusal(
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
        raise identity_refusal(
            QT_TRANSLATE_NOOP("CaseCommands", "Cannot read {file} ({reason})."),
            file=str(path),
            reason=trouble.reason,
        ) from None


def mention_backup(voice: Voice, stored: str) -> None:
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
