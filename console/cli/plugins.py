"""``tiski plugins``: IT's view of the agency plugins, and their credentials.

``list`` shows every plugin found with its source, how IT pins it and its state
under IT's site settings (``plugins.allow``, ``plugins.deny``, ``plugins.folders``,
``plugins.trusted_widgets``); ``check PATH`` validates one manifest;
``trust PATH`` records a site-folder plugin's folder hash in IT's site settings
file and ``untrust ID`` removes it; ``set-credential`` keeps a plugin's secret in
the system keyring without ever printing it. No plugin code is imported by any
of them.
``new NAME`` writes a working plugin skeleton for a plugin author to start from.

Exit status: 0 done, 2 refused or a manifest with problems (each problem on
stderr, never a traceback).
"""

from __future__ import annotations

import argparse
import getpass
import json
import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from console.cli.voice import Voice
from console.core.text import QT_TRANSLATE_NOOP, Message, TiskiError

if TYPE_CHECKING:
    from console.config import Settings
    from console.plugin_host.discovery import Found

log = logging.getLogger(__name__)

_CTX = "PluginCommands"
EXIT_OK = 0
EXIT_ERROR = 2

_STATE_TEXTS = {
    "ready": QT_TRANSLATE_NOOP("PluginCommands", "ready"),
    "off": QT_TRANSLATE_NOOP("PluginCommands", "off by IT"),
    "invalid": QT_TRANSLATE_NOOP("PluginCommands", "invalid"),
    "duplicate": QT_TRANSLATE_NOOP("PluginCommands", "duplicate"),
    "refused": QT_TRANSLATE_NOOP("PluginCommands", "refused"),
}


# ---------------------------------------------------------------- the parser
def add_plugins_parser(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
) -> None:
    """Add ``tiski plugins list|check|trust|untrust|set-credential|new`` to ``tiski``."""
    plugins = commands.add_parser(
        "plugins",
        help="agency plugins: list them, check a manifest, trust a site folder, keep a "
        "credential, start a new one",
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
    trust = actions.add_parser(
        "trust",
        help="let a site-folder plugin load: record its folder's hash in IT's site settings file",
        parents=[common],
    )
    trust.add_argument(
        "path", type=Path, metavar="PATH", help="the plugin folder or its plugin.toml"
    )
    untrust = actions.add_parser(
        "untrust",
        help="remove a site-folder plugin's record from IT's site settings file",
        parents=[common],
    )
    untrust.add_argument("plugin", metavar="ID", help="plugin id (see tiski plugins list)")
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


# ---------------------------------------------------------------- running
def run_plugins(args: argparse.Namespace, settings: Settings) -> int:
    """Run ``tiski plugins ACTION``; return the exit status."""
    voice = Voice(str(settings["ui.language"]), _CTX)
    commands: dict[str, Callable[[argparse.Namespace, Settings, Voice], int]] = {
        "list": _list,
        "check": _check,
        "trust": _trust,
        "untrust": _untrust,
        "set-credential": _set_credential,
        "new": _new,
    }
    try:
        if args.action != "set-credential":
            return commands[args.action](args, settings, voice)
        # IT's, signed in; the act is audited (the credential itself never is).
        from console.cli.auth import authorise
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

    return discovery.plugins_for(settings)


# ---------------------------------------------------------------- list
def _list(args: argparse.Namespace, settings: Settings, voice: Voice) -> int:
    from console.plugin_host.discovery import trust_text

    rows: list[dict[str, Any]] = [
        {
            "id": item.shown_id,
            "version": item.manifest.version if item.manifest else None,
            "name": item.manifest.name(voice.language) if item.manifest else None,
            "agency": item.manifest.agency if item.manifest else None,
            "source": item.source,
            "pin": item.pin,
            "trust": voice.text(trust_text(item)),
            "sha256": item.sha256,
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
        if row is not None and row["pin"]:
            trust = Message(
                _CTX,
                QT_TRANSLATE_NOOP("PluginCommands", "{trust}; in plugins.allow: {pin}"),
                {"trust": row["trust"], "pin": row["pin"]},
            )
            print(f"    {voice.text(trust)}")
        if row is not None and row["reason"]:
            print(f"    {row['reason']}")
    return EXIT_OK


# ---------------------------------------------------------------- check
def _check(args: argparse.Namespace, settings: Settings, voice: Voice) -> int:
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


# ---------------------------------------------------------------- trust
def _trust(args: argparse.Namespace, settings: Settings, voice: Voice) -> int:
    from console import paths
    from console.plugin_host.discovery import bundled_ids
    from console.plugin_host.manifest import MANIFEST_NAME, ManifestError, read_manifest
    from console.plugin_host.trust import TrustRecord, add_record, folder_hash

    folder: Path = args.path.expanduser()
    if folder.name == MANIFEST_NAME and folder.is_file():
        folder = folder.parent
    folder = folder.resolve()
    try:
        manifest = read_manifest(folder / MANIFEST_NAME, source="site")
    except ManifestError as error:
        for problem in error.problems:
            print(f"tiski: {voice.text(problem)}", file=sys.stderr)
        return EXIT_ERROR
    if manifest.id in bundled_ids():
        return voice.fail(
            Message(
                _CTX,
                QT_TRANSLATE_NOOP(
                    "PluginCommands",
                    "{id} is the id of a plugin bundled with the console; a site plugin may "
                    "not take it. Nothing was recorded.",
                ),
                {"id": manifest.id},
            )
        )
    record = TrustRecord(manifest.id, folder, folder_hash(folder))
    site_file = paths.site_config_file()
    add_record(site_file, record)
    log.info("Plugin %s in %s trusted with hash %s", record.id, record.path, record.sha256)
    voice.say(
        QT_TRANSLATE_NOOP(
            "PluginCommands",
            "Trusted: the plugin {id} {version} in {folder} (SHA-256 {sha256}), recorded in "
            "the site settings file {file}. If its files change it is refused until trusted "
            "again.",
        ),
        id=manifest.id,
        version=manifest.version,
        folder=str(folder),
        sha256=record.sha256,
        file=str(site_file),
    )
    folders = [Path(name).expanduser().resolve() for name in settings["plugins.folders"]]
    if not any(folder.is_relative_to(name) for name in folders):
        voice.say(
            QT_TRANSLATE_NOOP(
                "PluginCommands",
                "The site setting plugins.folders does not name {folder} or a folder above it yet.",
            ),
            folder=str(folder),
        )
    allowed = set(settings["plugins.allow"])
    if manifest.id not in allowed and f"site:{manifest.id}" not in allowed:
        voice.say(
            QT_TRANSLATE_NOOP(
                "PluginCommands",
                "To load it, IT also adds site:{id} to the site setting plugins.allow.",
            ),
            id=manifest.id,
        )
    return EXIT_OK


def _untrust(args: argparse.Namespace, settings: Settings, voice: Voice) -> int:
    from console import paths
    from console.plugin_host.trust import remove_records

    site_file = paths.site_config_file()
    removed = remove_records(site_file, args.plugin)
    if not removed:
        return voice.fail(
            Message(
                _CTX,
                QT_TRANSLATE_NOOP(
                    "PluginCommands", "The site settings file {file} trusts no plugin {id}."
                ),
                {"file": str(site_file), "id": args.plugin},
            )
        )
    log.info("Plugin %s no longer trusted", args.plugin)
    voice.say(
        QT_TRANSLATE_NOOP(
            "PluginCommands",
            "The plugin {id} is no longer trusted: its record is gone from {file}; it does not "
            "load from its site folder any more.",
        ),
        id=args.plugin,
        file=str(site_file),
    )
    return EXIT_OK


# ---------------------------------------------------------------- set-credential
def _set_credential(args: argparse.Namespace, settings: Settings, voice: Voice) -> int:
    from console.plugin_host.credentials import check_declared, set_credential

    found = _found(settings)
    # Only the plugin that owns its id: never a refused shadow's or a duplicate's manifest.
    manifests = {
        item.manifest.id: item.manifest
        for item in found
        if item.manifest and item.state not in ("refused", "duplicate")
    }
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
def _new(args: argparse.Namespace, settings: Settings, voice: Voice) -> int:
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
                "In the site settings, add {folder} to plugins.folders and site:{id} to "
                'plugins.allow (docs/plugins.md, "Writing a plugin"); then IT trusts the '
                "folder as it is:",
            ),
            {"folder": str(into.resolve()), "id": args.name},
        )
    )
    print(f"  {site_step}")
    print(f"  tiski plugins trust {_shell(folder)}")
    return EXIT_OK


def _shell(path: Path) -> str:
    """``path`` as typed in a shell: quoted when it holds a space."""
    text = str(path)
    return f'"{text}"' if any(character.isspace() for character in text) else text
