"""Finding, checking and loading agency plugins (manifest first, code later)."""

from __future__ import annotations

from console.plugin_api import SUPPORTED_MAJORS


def api_compatible(declared_major: int) -> bool:
    """Whether a plugin written for API major version ``declared_major`` can load."""
    return declared_major in SUPPORTED_MAJORS
