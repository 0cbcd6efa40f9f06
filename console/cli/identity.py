"""``tiski identity set-key|status``: the desk's identity key, where it is kept and
whether this console and the database agree on it.

On PostgreSQL the key lives in the database, which hashes identity codes itself; on
the embedded database it is kept in this computer's keyring or key file. The key is
shown once, by ``identity set-key --generate``, and nowhere else; a key replaced is
first saved to a backup file only its owner can read.

Exit status: 0 done, 2 refused or wrong input (one plain message on stderr);
``identity status`` exits 1 when this console has no key and needs one. Who may run
``set-key`` is checked, and the change audited, by :func:`console.cli.cases.run_cases`.

This module holds the parser; the commands are in identity_set.py (``set-key``) and
identity_status.py (``status``), the reading of a key from the keyring or a file in
identity_keys.py.
"""

from __future__ import annotations

import argparse
from pathlib import Path


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
