"""Finding, checking and loading agency plugins (manifest first, code later).

Importing this package imports nothing else: the settings read IT's trust records
through :mod:`console.plugin_host.trust` at start-up, which must not pull in the
plugin API (Qt, requests).
"""

from __future__ import annotations


def api_compatible(declared_major: int) -> bool:
    """Whether a plugin written for API major version ``declared_major`` can load."""
    from console.plugin_api import SUPPORTED_MAJORS

    return declared_major in SUPPORTED_MAJORS
