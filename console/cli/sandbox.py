"""``tiski sandbox serve``: the plugins' sandbox back offices, for demos and scripts.

Serves every plugin's recorded answers (``plugins/<id>/sandbox/answers.json``)
on one local port until Ctrl+C or SIGTERM. The first line printed is the base
URL alone, so a script can read it (``--port 0`` picks a free port); faults
are switched with ``POST /_faults/<id>`` (docs/sandbox.md).

Exit status: 0 stopped normally, 2 nothing to serve or the port cannot be used
(one plain message on stderr, never a traceback).
"""

from __future__ import annotations

import argparse
import signal
import threading
from pathlib import Path
from types import FrameType
from typing import TYPE_CHECKING

from console.cli.numbers import port
from console.cli.voice import Voice
from console.core.text import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from console.config import Settings

_CTX = "SandboxCommands"
EXIT_OK = 0
EXIT_ERROR = 2
# console.ops.sandbox.DEFAULT_PORT, written out: the parser is built on every start,
# and the server's module (http.server and friends) is loaded only when serving.
DEFAULT_PORT = 8765


def add_sandbox_parser(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
) -> None:
    """Add ``tiski sandbox serve`` to the ``tiski`` command."""
    sandbox = commands.add_parser(
        "sandbox",
        help="the plugins' sandbox back offices (recorded answers)",
        parents=[common],
    )
    actions = sandbox.add_subparsers(dest="action", metavar="ACTION", required=True)
    serve = actions.add_parser(
        "serve",
        help="serve every plugin's recorded answers until Ctrl+C; prints the base URL first",
        parents=[common],
    )
    serve.add_argument(
        "--port",
        type=port,
        default=DEFAULT_PORT,
        help=f"port to listen on, 0 for any free one (default {DEFAULT_PORT})",
    )
    serve.add_argument(
        "--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)"
    )
    serve.add_argument(
        "--plugins",
        type=Path,
        default=None,
        metavar="FOLDER",
        help="folder of plugin folders (default: the bundled plugins)",
    )


def run_sandbox(args: argparse.Namespace, settings: Settings) -> int:
    """Run ``tiski sandbox serve``; return the exit status."""
    from console.ops.sandbox import SandboxError, SandboxServer
    from console.plugin_host.discovery import bundled_plugins_dir

    voice = Voice(str(settings["ui.language"]), _CTX, flush=True)
    folder = args.plugins if args.plugins is not None else bundled_plugins_dir()
    if folder is None:
        return voice.fail(
            voice.message(
                QT_TRANSLATE_NOOP(
                    "SandboxCommands",
                    "This Tiski has no bundled plugins; name a plugins folder with --plugins.",
                )
            )
        )
    try:
        server = SandboxServer(folder, host=args.host, port=args.port)
    except SandboxError as error:
        return voice.fail(
            voice.message(
                QT_TRANSLATE_NOOP("SandboxCommands", "Recorded answers cannot be served: {reason}"),
                reason=str(error),
            )
        )
    if not server.plugin_ids:
        return voice.fail(
            voice.message(
                QT_TRANSLATE_NOOP(
                    "SandboxCommands",
                    "No plugin in {folder} has recorded answers (sandbox/answers.json); "
                    "name the plugins folder with --plugins.",
                ),
                folder=str(folder),
            )
        )
    try:
        base_url = server.start()
    except OSError as error:
        return voice.fail(
            voice.message(
                QT_TRANSLATE_NOOP(
                    "SandboxCommands",
                    "Cannot listen on {host}:{port} ({reason}). Another sandbox may be running: "
                    "stop it or choose another port with --port.",
                ),
                host=args.host,
                port=args.port,
                reason=error.strerror or str(error),
            )
        )

    stopping = threading.Event()

    def on_terminate(_signal: int, _frame: FrameType | None) -> None:
        stopping.set()

    previous = signal.signal(signal.SIGTERM, on_terminate)
    try:
        print(base_url, flush=True)  # alone on the first line, for scripts
        voice.say(
            QT_TRANSLATE_NOOP(
                "SandboxCommands",
                "Sandbox back offices of {plugins} at {base_url}/<plugin id>/. Stop with Ctrl+C.",
            ),
            plugins=", ".join(server.plugin_ids),
            base_url=base_url,
        )
        while not stopping.wait(0.5):
            pass
    except KeyboardInterrupt:
        pass  # Ctrl+C is how a person stops it
    finally:
        server.stop()
        signal.signal(signal.SIGTERM, previous)
    voice.say(QT_TRANSLATE_NOOP("SandboxCommands", "Sandbox stopped."))
    return EXIT_OK
