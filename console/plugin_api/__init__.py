"""What an agency plugin may import from Tiski.

Versioned: :data:`API_VERSION` is ``(major, minor)``. Within a major version
changes are additive only; a plugin declares the major version it was written
for in its ``plugin.toml`` and the host refuses another. The panel context,
the HTTP client and the test kit arrive with the plugin platform.
"""

from __future__ import annotations

from typing import Any, Protocol, runtime_checkable

API_VERSION = (1, 0)


@runtime_checkable
class Plugin(Protocol):
    """An agency plugin: the host makes one per console and asks it for a panel."""

    def create_panel(self, context: Any) -> Any:
        """Return the QWidget shown in the agency's dock."""
        ...
