"""``tiski plugins``: IT's view of the agency plugins, and their credentials.

``list`` shows every plugin found with its state under IT's site settings
(``plugins.allow``, ``plugins.deny``, ``plugins.folders``); ``check PATH``
validates one manifest; ``set-credential`` keeps a plugin's secret in the system
keyring without ever printing it. No plugin code is imported by any of them.
``new NAME`` writes a working plugin skeleton for a plugin author to start from.

Exit status: 0 done, 2 refused or a manifest with problems (each problem on
stderr, never a traceback).
"""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from console.core.text import QT_TRANSLATE_NOOP, Message, TiskiError

if TYPE_CHECKING:
    from console.config import Settings
    from console.plugin_host.discovery import Found

_CTX = "PluginCommands"
EXIT_OK = 0
EXIT_ERROR = 2

_STATE_TEXTS = {
    "ready": QT_TRANSLATE_NOOP("PluginCommands", "ready"),
    "off": QT_TRANSLATE_NOOP("PluginCommands", "off by IT"),
    "invalid": QT_TRANSLATE_NOOP("PluginCommands", "invalid"),
    "duplicate": QT_TRANSLATE_NOOP("PluginCommands", "duplicate"),
}


# ---------------------------------------------------------------- the parser
def add_plugins_parser(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
) -> None:
    """Add ``tiski plugins list|check|set-credential|new`` to the ``tiski`` command."""
    plugins = commands.add_parser(
        "plugins",
        help="agency plugins: list them, check a manifest, keep a credential, start a new one",
        parents=[common],
    )
    actions = plugins.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = actions.add_parser(
        "list", help="every plugin found, its source and state, and why", parents=[common]
    )
    listing.add_argument("--json", action="store_true", help="one JSON object for scripts")
    check = actions.add_parser(
        "check", help="validate a plugin.toml or a plugin folder", parents=[common]
    )
    check.add_argument("path", type=Path, metavar="PATH")
    credential = actions.add_parser(
        "set-credential",
        help="keep a plugin's credential (e.g. api-key) in the system keyring",
        parents=[common],
    )
    credential.add_argument("plugin", metavar="PLUGIN", help="plugin id (see tiski plugins list)")
    credential.add_argument("name", metavar="NAME", help="credential name from its plugin.toml")
    credential.add_argument(
        "--stdin",
        action="store_true",
        help="read the secret from the first line of standard input instead of asking",
    )
    new = actions.add_parser(
        "new",
        help="write a working plugin skeleton (manifest, panel, sandbox answers, tests)",
        parents=[common],
    )
    new.add_argument(
        "name",
        metavar="NAME",
        help="the plugin id: 2-40 lower-case letters, digits and '-', starting with a letter",
    )
    new.add_argument(
        "--agency",
        metavar="CODE",
        default=None,
        help="the agency whose dock shows the panel (default: pori)",
    )
    new.add_argument(
        "--into",
        type=Path,
        metavar="FOLDER",
        default=Path("."),
        help="where the plugin folder FOLDER/NAME is made (default: the current folder)",
    )


# ---------------------------------------------------------------- speaking
class _Voice:
    """Translated output in the interface language (``ui.language``)."""

    def __init__(self, language: str) -> None:
        self.language = language
        self._ready = False

    def text(self, message: Message) -> str:
        from console.i18n import translate

        if not self._ready:
            from PySide6.QtCore import QCoreApplication

            from console.i18n import install_translators

            app = QCoreApplication.instance() or QCoreApplication(["tiski"])
            install_translators(app, self.language)
            self._ready = True
        return translate(message)

    def say(self, text: str, **params: object) -> None:
        print(self.text(Message(_CTX, text, dict(params))))

    def fail(self, message: Message) -> int:
        print(f"tiski: {self.text(message)}", file=sys.stderr)
        return EXIT_ERROR


# ---------------------------------------------------------------- running
def run_plugins(args: argparse.Namespace, settings: Settings) -> int:
    """Run ``tiski plugins ACTION``; return the exit status."""
    voice = _Voice(str(settings["ui.language"]))
    commands: dict[str, Callable[[argparse.Namespace, Settings, _Voice], int]] = {
        "list": _list,
        "check": _check,
        "set-credential": _set_credential,
        "new": _new,
    }
    try:
        if args.action != "set-credential":
            return commands[args.action](args, settings, voice)
        # IT's, signed in; the act is audited (the credential itself never is).
        from console.cli_auth import authorise
        from console.core.cases import AuditAction

        authorised = authorise(args, settings, "plugins set-credential", translate=voice.text)
        try:
            status = _set_credential(args, settings, voice)
            if status == EXIT_OK:
                authorised.record(
                    AuditAction.PLUGIN_CREDENTIAL_SET, f"plugin={args.plugin} name={args.name}"
                )
            return status
        finally:
            authorised.close()
    except TiskiError as error:
        return voice.fail(error.message)


def _found(settings: Settings) -> list[Found]:
    from console.plugin_host import discovery

    found = discovery.discover(
        bundled=discovery.bundled_plugins_dir(),
        folders=[Path(folder) for folder in settings["plugins.folders"]],
    )
    return discovery.apply_policy(found, settings["plugins.allow"], settings["plugins.deny"])


# ---------------------------------------------------------------- list
def _list(args: argparse.Namespace, settings: Settings, voice: _Voice) -> int:
    rows: list[dict[str, Any]] = [
        {
            "id": item.shown_id,
            "version": item.manifest.version if item.manifest else None,
            "name": item.manifest.name(voice.language) if item.manifest else None,
            "agency": item.manifest.agency if item.manifest else None,
            "source": item.source,
            "state": item.state,
            "reason": voice.text(item.reason) if item.reason else None,
            "path": str(item.path),
        }
        for item in _found(settings)
    ]
    if args.json:
        print(json.dumps({"plugins": rows}, ensure_ascii=False))
        return EXIT_OK
    if not rows:
        voice.say(QT_TRANSLATE_NOOP("PluginCommands", "No plugins found."))
        return EXIT_OK
    header = [
        voice.text(Message(_CTX, QT_TRANSLATE_NOOP("PluginCommands", "ID"))),
        voice.text(Message(_CTX, QT_TRANSLATE_NOOP("PluginCommands", "VERSION"))),
        voice.text(Message(_CTX, QT_TRANSLATE_NOOP("PluginCommands", "SOURCE"))),
        voice.text(Message(_CTX, QT_TRANSLATE_NOOP("PluginCommands", "STATE"))),
        voice.text(Message(_CTX, QT_TRANSLATE_NOOP("PluginCommands", "AGENCY"))),
        voice.text(Message(_CTX, QT_TRANSLATE_NOOP("PluginCommands", "PATH"))),
    ]
    table = [
        [
            row["id"] or "-",
            row["version"] or "-",
            row["source"],
            voice.text(Message(_CTX, _STATE_TEXTS[row["state"]])),
            row["agency"] or "-",
            row["path"],
        ]
        for row in rows
    ]
    widths = [max(len(line[i]) for line in [header, *table]) for i in range(len(header))]
    for line, row in zip([header, *table], [None, *rows], strict=True):
        print(
            "  ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=True)).rstrip()
        )
        if row is not None and row["name"]:
            print(f"    {row['name']}")
        if row is not None and row["reason"]:
            print(f"    {row['reason']}")
    return EXIT_OK


# ---------------------------------------------------------------- check
def _check(args: argparse.Namespace, settings: Settings, voice: _Voice) -> int:
    from console.plugin_host.manifest import MANIFEST_NAME, ManifestError, read_manifest

    path: Path = args.path.expanduser()
    if path.is_dir():
        path = path / MANIFEST_NAME
    try:
        manifest = read_manifest(path, source="site")
    except ManifestError as error:
        for problem in error.problems:
            print(f"tiski: {voice.text(problem)}", file=sys.stderr)
        return EXIT_ERROR
    print(f"OK: {manifest.id} {manifest.version}")
    return EXIT_OK


# ---------------------------------------------------------------- set-credential
def _set_credential(args: argparse.Namespace, settings: Settings, voice: _Voice) -> int:
    from console.plugin_host.credentials import check_declared, set_credential

    found = _found(settings)
    manifests = {item.manifest.id: item.manifest for item in found if item.manifest}
    manifest = manifests.get(args.plugin)
    invalid = next((item for item in found if item.shown_id == args.plugin), None)
    if manifest is None and invalid is not None and invalid.reason is not None:
        return voice.fail(
            Message(
                _CTX,
                QT_TRANSLATE_NOOP("PluginCommands", "The plugin {id} is not valid: {reason}"),
                {"id": args.plugin, "reason": invalid.reason},
            )
        )
    if manifest is None:
        return voice.fail(
            Message(
                _CTX,
                QT_TRANSLATE_NOOP(
                    "PluginCommands", "No plugin {id} was found. Plugins found: {known}."
                ),
                {"id": args.plugin, "known": ", ".join(sorted(manifests)) or "-"},
            )
        )
    check_declared(manifest, args.name)  # before asking for a secret it would refuse
    if args.stdin:
        secret = sys.stdin.readline().rstrip("\r\n")
    else:
        secret = getpass.getpass(
            voice.text(
                Message(
                    _CTX,
                    QT_TRANSLATE_NOOP("PluginCommands", "{name} for the plugin {id}: "),
                    {"name": args.name, "id": manifest.id},
                )
            )
        )
        again = getpass.getpass(
            voice.text(Message(_CTX, QT_TRANSLATE_NOOP("PluginCommands", "Again: ")))
        )
        if secret != again:
            return voice.fail(
                Message(
                    _CTX,
                    QT_TRANSLATE_NOOP(
                        "PluginCommands", "The two differ; nothing was stored. Try again."
                    ),
                )
            )
    set_credential(manifest, args.name, secret)
    voice.say(
        QT_TRANSLATE_NOOP(
            "PluginCommands",
            "Credential {name} of the plugin {id} stored in the keyring (service {service}).",
        ),
        name=args.name,
        id=manifest.id,
        service=f"tiski/{manifest.id}",
    )
    return EXIT_OK


# ---------------------------------------------------------------- new
def _new(args: argparse.Namespace, settings: Settings, voice: _Voice) -> int:
    from console.plugin_skeleton import DEFAULT_AGENCY, write_skeleton

    into: Path = args.into.expanduser()
    written = write_skeleton(
        args.name, into, DEFAULT_AGENCY if args.agency is None else args.agency
    )
    folder = into / args.name
    voice.say(
        QT_TRANSLATE_NOOP("PluginCommands", "Plugin skeleton {id} written to {folder}:"),
        id=args.name,
        folder=str(folder),
    )
    for relative in written:
        print(f"  {relative}")
    voice.say(QT_TRANSLATE_NOOP("PluginCommands", "Next steps:"))
    print(f"  tiski plugins check {_shell(folder)}")
    print(f"  pytest {_shell(folder / 'tests')}")
    site_step = voice.text(
        Message(
            _CTX,
            QT_TRANSLATE_NOOP(
                "PluginCommands",
                "In the site settings, add {folder} to plugins.folders and {id} to "
                'plugins.allow (docs/plugins.md, "Writing a plugin").',
            ),
            {"folder": str(into.resolve()), "id": args.name},
        )
    )
    print(f"  {site_step}")
    return EXIT_OK


def _shell(path: Path) -> str:
    """``path`` as typed in a shell: quoted when it holds a space."""
    text = str(path)
    return f'"{text}"' if any(character.isspace() for character in text) else text
