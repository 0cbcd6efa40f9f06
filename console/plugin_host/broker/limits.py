"""The broker's bounds: IT's limits on every plugin's calls, and the refusal of a call."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from console.plugin_api.answers import INVALID
from console.plugin_api.errors import PluginError

CLOSE_WITHIN_S = 2.0
# Room for the answer message's own fields around the data, under the pipe's limit.
ENVELOPE = 64 * 1024
# The longest text (path, key, parameter, items name) a plugin's call may carry.
TEXT_LIMIT = 2048
# The most parameters one call may carry.
PARAMS_LIMIT = 64


@dataclass(frozen=True)
class BrokerLimits:
    """IT's bounds for every plugin's calls (settings ``plugins.*``)."""

    concurrency: int = 3
    max_answer_mb: int = 5
    max_items: int = 500

    @classmethod
    def from_settings(cls, settings: Any) -> BrokerLimits:
        """The limits from the console's :class:`~console.config.Settings`."""
        return cls(
            concurrency=int(settings["plugins.concurrency"]),
            max_answer_mb=int(settings["plugins.max_answer_mb"]),
            max_items=int(settings["plugins.max_items"]),
        )


class CallRefused(PluginError):
    """The broker does not carry out a call as asked (bad path, unknown plugin, ...)."""

    kind = INVALID
