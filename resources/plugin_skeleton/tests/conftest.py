"""Test setup of the tiski-skeleton plugin: the test kit's sandbox serves this plugin.

The fixtures sandbox and view_harness come from Tiski's test kit, the pytest
plugin installed with Tiski.
"""

from __future__ import annotations

from pathlib import Path

import pytest

PLUGIN_FOLDER = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def sandbox_serves_this_plugin(monkeypatch: pytest.MonkeyPatch) -> None:
    """Let the kit's sandbox serve the plugins beside this one, this one included.

    The sandbox fixture reads TISKI_SANDBOX_PLUGINS when it starts, before a test
    body runs; an autouse fixture runs before it.
    """
    monkeypatch.setenv("TISKI_SANDBOX_PLUGINS", str(PLUGIN_FOLDER.parent))
