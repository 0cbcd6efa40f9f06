"""The test kit for plugin authors: a pytest plugin (entry point ``pytest11``: ``tiski``).

Installed with Tiski, it gives any test these fixtures, no import needed:

- ``sandbox``: the sandbox back offices on a free local port, for the bundled plugins
  (or the folder in ``TISKI_SANDBOX_PLUGINS``); faults with ``sandbox.set_fault(...)``.
- ``view_harness`` (plugin API 2): ``view_harness("pori")`` (an id of a bundled plugin,
  or a plugin folder) reads the manifest, points ``base_url`` at the sandbox, and gives
  a :class:`ViewHarness`: ``harness.show_visitor(name=..., birth_date=...)`` returns the
  :class:`~console.plugin_api.view.View` the console would draw, after a round trip
  through the wire form the console reads (so a view the console would refuse fails
  the test). The plugin runs in the test's process with a
  :class:`console.plugin_api.testing.DirectContext`; in the console it runs in a
  process of its own and the broker makes its calls.
- ``plugin_harness`` (plugin API 1, trusted widget plugins only): ``plugin_harness("x")``
  gives a :class:`PluginHarness` with a real :class:`console.plugin_api.PanelContext`.
- ``wait_for_panel``: ``wait_for_panel(panel)`` waits until a RecordPanel finished loading.

:func:`check_conformance` (and the checks it runs, each callable alone) is what every
describing plugin must do: no call without a visitor, a failure as a problem that
Retry recovers from, stale data after a failure, nothing of the previous visitor.

The first-party plugins' own tests use exactly this kit.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import pytest

DEMO_VISITOR: dict[str, Any] = {
    "name": "Matti Mäkinen",
    "identity_code": "131052-308T",
    "birth_date": date(1952, 10, 13),
    "language": "fi",
}


@dataclass
class PluginHarness:
    """One plugin under test: its manifest, a context, and what it asked the console to do."""

    manifest: Any
    context: Any
    opened_links: list[str] = field(default_factory=list)
    proposed_notes: list[str] = field(default_factory=list)

    def plugin(self) -> Any:
        from console.plugin_host.loading import load_plugin

        return load_plugin(self.manifest)

    def panel(self) -> Any:
        """The plugin's panel, made the way the console makes it."""
        if self.manifest.api >= 2:
            raise TypeError(
                f"{self.manifest.id} is a plugin of API 2: it describes its panel and has "
                "none to make; test it with the view_harness fixture"
            )
        return self.plugin().create_panel(self.context)

    def show_visitor(self, **fields: Any) -> None:
        """A visit at the counter; the context keeps only the fields the manifest permits."""
        from console.plugin_api import Visitor

        self.context.set_visitor(
            Visitor(
                ticket=fields.pop("ticket", "K001"), visit_id=fields.pop("visit_id", 1), **fields
            )
        )

    def show_demo_visitor(self) -> None:
        self.show_visitor(**DEMO_VISITOR)


@dataclass
class ViewHarness:
    """One API 2 plugin under test: its manifest, its context, and the visitor it was given.

    Each method returns the view as the console would receive it. The visitor is
    cut to the fields the manifest permits, as the console cuts it.
    """

    manifest: Any
    context: Any
    plugin: Any
    visitor: Any = None

    def show_visitor(self, **fields: Any) -> Any:
        """A visit at the counter (ticket K001 unless given); the plugin's view of it."""
        from console.plugin_api import Visitor

        visitor = Visitor(
            ticket=fields.pop("ticket", "K001"), visit_id=fields.pop("visit_id", 1), **fields
        )
        self.visitor = visitor.only(self.manifest.permissions)
        return self.describe()

    def show_demo_visitor(self) -> Any:
        return self.show_visitor(**DEMO_VISITOR)

    def no_visitor(self) -> Any:
        """Nobody at the counter (the console's state between visits)."""
        self.visitor = None
        return self.describe()

    def describe(self) -> Any:
        """Describe the current visitor again: what Retry and a repeated visit do."""
        return _through_the_wire(self.plugin.describe(self.context, self.visitor))

    def act(self, action_id: str, text: str | None = None) -> Any:
        """Press the action ``action_id`` (with ``text``: a query's button, text typed).

        A plugin answering None is described again, as the console does.
        """
        if text is None:
            view = self.plugin.act(self.context, self.visitor, action_id)
        else:
            view = self.plugin.act(self.context, self.visitor, action_id, text)
        return self.describe() if view is None else _through_the_wire(view)

    def may_open(self, url: str) -> bool:
        """Whether the console opens ``url`` from this plugin's view: a web address
        to a host of the manifest's ``[links] hosts`` (the rule of PanelContext.open_link)."""
        from urllib.parse import urlsplit

        parts = urlsplit(url.strip())
        host = (parts.hostname or "").rstrip(".")
        return (
            parts.scheme.lower() in ("http", "https")
            and bool(host)
            and host in self.manifest.link_hosts
            and not parts.username
            and not parts.password
        )


# ---------------------------------------------------------------- conformance
# What every describing plugin does, whatever its agency: the twin tests each bundled
# plugin had, as checks any plugin's test can call (docs/plugins.md, "Testing with
# the kit").
# Each takes a ViewHarness, the sandbox (its faults) and visitor fields the sandbox
# knows; ``shows`` is a text the visitor's view holds when the back office answers.


def check_conformance(
    harness: ViewHarness,
    sandbox: Any,
    *,
    visitor: dict[str, Any],
    other_visitor: dict[str, Any],
    shows: str,
) -> None:
    """Every check below, in turn (the sandbox is left without a fault)."""
    check_no_visitor_makes_no_call(harness)
    check_a_failure_is_a_problem_and_retry_recovers(harness, sandbox, visitor=visitor, shows=shows)
    check_a_failure_after_data_keeps_it_as_stale(harness, sandbox, visitor=visitor, shows=shows)
    check_the_next_visitor_never_sees_the_previous_ones_data(
        harness, sandbox, visitor=visitor, other_visitor=other_visitor, shows=shows
    )


def check_no_visitor_makes_no_call(harness: ViewHarness) -> None:
    """Nobody at the counter: a placeholder, no blocks, no problem, no back-office call."""
    calls = _count_calls(harness)
    view = harness.no_visitor()
    assert view.placeholder, "no visitor: the view says so in its placeholder"
    assert view.blocks == ()
    assert view.problem is None
    assert calls == [], "no visitor: no back-office call"


def check_a_failure_is_a_problem_and_retry_recovers(
    harness: ViewHarness, sandbox: Any, *, visitor: dict[str, Any], shows: str
) -> None:
    """A back office answering 500: a problem with a message (saying so), nothing else
    shown, no note, no identity code; Retry once it is well shows the data."""
    plugin_id = harness.manifest.id
    with _failing(sandbox, plugin_id):
        view = harness.show_visitor(**visitor)
    assert view.problem is not None, "a failed call is a problem"
    assert "(500)" in view.problem.message
    assert view.blocks == ()
    assert view.note == ""
    _assert_no_identity_code(view, visitor)

    view = harness.describe()  # what Retry asks for
    assert view.problem is None
    assert shows in _every_text(view)


def check_a_failure_after_data_keeps_it_as_stale(
    harness: ViewHarness, sandbox: Any, *, visitor: dict[str, Any], shows: str
) -> None:
    """A failure after a good answer: the same blocks and note, stale as of that answer,
    with the problem."""
    import datetime

    plugin_id = harness.manifest.id
    before = datetime.datetime.now(datetime.UTC)
    first = harness.show_visitor(**visitor)
    after = datetime.datetime.now(datetime.UTC)
    with _failing(sandbox, plugin_id):
        view = harness.describe()
    assert view.stale_as_of is not None, "an earlier answer is shown as stale"
    assert before <= view.stale_as_of <= after, "as of the answer it shows"
    assert view.problem is not None
    assert "(500)" in view.problem.message
    assert view.blocks == first.blocks
    assert view.note == first.note  # still the advisor's to propose
    assert shows in _every_text(view)


def check_the_next_visitor_never_sees_the_previous_ones_data(
    harness: ViewHarness,
    sandbox: Any,
    *,
    visitor: dict[str, Any],
    other_visitor: dict[str, Any],
    shows: str,
) -> None:
    """A failure for the next visitor is a problem, never the previous one's data.

    The next visitor is a visit of its own (ticket K002, visit 2) unless
    ``other_visitor`` names one.
    """
    plugin_id = harness.manifest.id
    harness.show_visitor(**visitor)
    with _failing(sandbox, plugin_id):
        view = harness.show_visitor(**{"ticket": "K002", "visit_id": 2, **other_visitor})
    assert view.problem is not None
    assert view.stale_as_of is None
    assert shows not in _every_text(view)


@contextlib.contextmanager
def _failing(sandbox: Any, plugin_id: str) -> Iterator[None]:
    """The plugin's back office answers 500 inside the block, and is well after it."""
    sandbox.set_fault(plugin_id, "500")
    try:
        yield
    finally:
        sandbox.set_fault(plugin_id, None)


def _count_calls(harness: ViewHarness) -> list[str]:
    """The paths of the back-office calls the plugin makes from now on."""
    calls: list[str] = []
    real = harness.context.fetch_json

    def fetch_json(key: str, path: str, params: Any = None, *, items: str | None = None) -> Any:
        calls.append(path)
        return real(key, path, params, items=items)

    harness.context.fetch_json = fetch_json
    return calls


def _every_text(view: Any) -> str:
    import json

    from console.plugin_api.view import view_to_wire

    return json.dumps(view_to_wire(view), ensure_ascii=False)


def _assert_no_identity_code(view: Any, visitor: dict[str, Any]) -> None:
    code = visitor.get("identity_code")
    if code:
        assert code not in _every_text(view), "the identity code never reaches the view"


def _through_the_wire(view: Any) -> Any:
    """``view`` as the console reads it from the pipe (a WireError if it would not)."""
    import json

    from console.plugin_api.view import view_from_wire, view_to_wire

    return view_from_wire(json.loads(json.dumps(view_to_wire(view))))


def _bundled() -> Path:
    override = os.environ.get("TISKI_SANDBOX_PLUGINS")
    if override:
        return Path(override)
    from console.plugin_host.discovery import bundled_plugins_dir

    folder = bundled_plugins_dir()
    if folder is None:
        raise RuntimeError("no plugins folder: set TISKI_SANDBOX_PLUGINS")
    return folder


@pytest.fixture
def sandbox() -> Iterator[Any]:
    """The sandbox back offices on a free port; stopped after the test."""
    from console.ops.sandbox import SandboxServer

    server = SandboxServer(_bundled(), port=0)
    server.url = server.start()  # type: ignore[attr-defined]
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def plugin_harness(qtbot: Any, sandbox: Any) -> Iterator[Callable[..., PluginHarness]]:
    """Make a :class:`PluginHarness` for a plugin id or folder, pointed at the sandbox."""
    from console.plugin_api import HttpClient
    from console.plugin_api.testing import jobs_pending, make_context
    from console.plugin_host.manifest import read_manifest
    from console.plugin_host.settings import plugin_settings

    made: list[PluginHarness] = []

    def make(plugin: str | Path, **settings: Any) -> PluginHarness:
        folder = Path(plugin) if isinstance(plugin, Path) else _bundled() / plugin
        manifest = read_manifest(folder / "plugin.toml", source="bundled")
        values = dict(settings)
        if manifest.setting("base_url") is not None and "base_url" not in values:
            values["base_url"] = f"{sandbox.url}/{manifest.id}"
        checked = plugin_settings(manifest, values)
        harness = PluginHarness(manifest, None)
        harness.context = make_context(
            plugin_id=manifest.id,
            settings=checked,
            http=HttpClient(
                str(checked.get("base_url", "http://127.0.0.1:9")),
                connect_timeout=1.0,
                read_timeout=float(checked.get("timeout_seconds", 2.0)),
                backoff=0.0,
            ),
            permissions=manifest.permissions,
            link_hosts=manifest.link_hosts,
            link_opener=harness.opened_links.append,
            note_proposer=harness.proposed_notes.append,
        )
        made.append(harness)
        return harness

    yield make
    qtbot.waitUntil(lambda: jobs_pending() == 0, timeout=15_000)
    for harness in made:
        harness.context.http.close()


@pytest.fixture
def view_harness(sandbox: Any) -> Iterator[Callable[..., ViewHarness]]:
    """Make a :class:`ViewHarness` for an API 2 plugin id or folder, pointed at the sandbox.

    Keyword arguments are the plugin's settings (checked as the console checks
    them); ``language`` is the console's language (default fi).
    """
    from console.plugin_api.testing import DirectContext
    from console.plugin_host.loading import load_plugin
    from console.plugin_host.manifest import read_manifest
    from console.plugin_host.settings import plugin_settings

    made: list[ViewHarness] = []

    def make(plugin: str | Path, *, language: str = "fi", **settings: Any) -> ViewHarness:
        folder = Path(plugin) if isinstance(plugin, Path) else _bundled() / plugin
        manifest = read_manifest(folder / "plugin.toml", source="bundled")
        values = dict(settings)
        if manifest.setting("base_url") is not None and "base_url" not in values:
            values["base_url"] = f"{sandbox.url}/{manifest.id}"
        checked = plugin_settings(manifest, values)
        context = DirectContext(
            plugin_id=manifest.id,
            base_url=str(checked.get("base_url", "http://127.0.0.1:9")),
            settings=checked,
            language=language,
        )
        harness = ViewHarness(manifest, context, load_plugin(manifest))
        made.append(harness)
        return harness

    yield make
    for harness in made:
        harness.context.http.close()


@pytest.fixture
def wait_for_panel(qtbot: Any) -> Callable[..., None]:
    """Wait until a RecordPanel shows an answer, an error or its placeholder."""

    def wait(panel: Any, timeout: int = 20_000) -> None:  # only a guard against a hang
        qtbot.waitUntil(lambda: not panel.loading_label.isVisible(), timeout=timeout)

    return wait
