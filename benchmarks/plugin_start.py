"""What a process per plugin costs at start: console start to each panel's first view.

The real console (offscreen) with every bundled plugin against the sandbox back
offices (no added latency). For each plugin it records when its panel first showed
something for the visitor-less console: an API 1 plugin when its widget was made in
process, an API 2 plugin when the view its process described arrived. It also times
a bare plugin process (spawn to ``ready``) on its own. Run:

    .venv/bin/python -m benchmarks.plugin_start [--runs 3]

It prints the medians per API and exits 0: it is a measurement, not a test.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path


def _console_run(folder: Path) -> dict[str, float]:
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication

    from console.desk.desk import Desk
    from console.ops.sandbox import SandboxServer
    from console.plugin_host.discovery import apply_policy, bundled_plugins_dir, discover
    from console.store.database import Database
    from console.store.schema import upgrade
    from console.ui.console_window import ConsoleWindow
    from console.ui.plugins.plugin_panels import PluginSetup

    app = QApplication.instance() or QApplication(sys.argv[:1])
    database = Database(f"sqlite:///{folder / f'start-{time.monotonic_ns()}.sqlite3'}")
    upgrade(database)
    desk = Desk(database, identity_key=lambda: b"k" * 32)
    desk.seed_demo()
    bundled = bundled_plugins_dir()
    assert bundled is not None, "run from the repository: the bundled plugins are needed"
    sandbox = SandboxServer(bundled, port=0)
    base = sandbox.start()
    found = apply_policy(discover(bundled=bundled, folders=[]), allow=[], deny=[])
    values = {f.manifest.id: {"base_url": f"{base}/{f.manifest.id}"} for f in found if f.manifest}
    setup = PluginSetup(tuple(found), values)
    shown: dict[str, float] = {}
    started = time.perf_counter()
    window = ConsoleWindow(desk, desk.sign_in_by_username("aino.virtanen", "T1"), plugins=setup)
    window.resize(1440, 900)
    window.show()
    window.start()
    end = time.monotonic() + 20
    connected = False
    while time.monotonic() < end and len(shown) < len(values):
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
        if window.plugin_panels is not None and not connected:
            connected = True
            window.plugin_panels.panel_shown.connect(
                lambda plugin_id: shown.setdefault(plugin_id, time.perf_counter())
            )
    window.close_unattended()
    sandbox.stop()
    database.dispose()
    return {plugin_id: (when - started) * 1000 for plugin_id, when in shown.items()}


def _bare_process() -> float:
    from console.plugin_api.protocol import read_message, write_message
    from console.plugin_host.process import runtime_command

    folder = Path(__file__).resolve().parent.parent / "tests" / "data" / "plugins" / "echo"
    program, arguments = runtime_command()
    started = time.perf_counter()
    child = subprocess.Popen([program, *arguments], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    assert child.stdin is not None
    assert child.stdout is not None
    write_message(
        child.stdin,
        {
            "kind": "hello",
            "plugin_id": "echo",
            "folder": str(folder),
            "entry": "echo_panel:EchoPlugin",
            "settings": {},
            "language": "fi",
        },
    )
    ready = read_message(child.stdout)
    took = (time.perf_counter() - started) * 1000
    assert ready is not None
    assert ready["kind"] == "ready", ready
    write_message(child.stdin, {"kind": "stop"})
    child.wait(5)
    return took


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    bare = [_bare_process() for _ in range(max(3, args.runs))]
    print(f"bare plugin process, spawn to ready: median {statistics.median(bare):.0f} ms")
    with tempfile.TemporaryDirectory() as folder:
        runs = [_console_run(Path(folder)) for _ in range(args.runs)]
    from console.plugin_host.discovery import apply_policy, bundled_plugins_dir, discover

    found = apply_policy(discover(bundled=bundled_plugins_dir(), folders=[]), [], [])
    apis = {f.manifest.id: f.manifest.api for f in found if f.manifest}
    for api in (1, 2):
        ids = sorted(plugin_id for plugin_id, declared in apis.items() if declared == api)
        for plugin_id in ids:
            times = [run[plugin_id] for run in runs if plugin_id in run]
            if times:
                print(
                    f"API {api} {plugin_id:<12} console start to first view: "
                    f"median {statistics.median(times):.0f} ms ({len(times)} runs)"
                )
        last = [max(run[i] for i in ids if i in run) for run in runs if any(i in run for i in ids)]
        if last:
            print(f"API {api}: all shown after median {statistics.median(last):.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
