"""Finding, checking and loading agency plugins (manifest first, code later)."""

from __future__ import annotations

from console.plugin_api import API_VERSION

# The plugin API majors this console loads: 2 (out of process, describing its panel)
# and 1 (an in-process widget panel, the documented exception for trusted plugins).
API_MAJORS = (1, API_VERSION[0])


def api_compatible(declared_major: int) -> bool:
    """Whether a plugin written for API major version ``declared_major`` can load."""
    return declared_major in API_MAJORS
