"""What an agency plugin may import from Tiski, and all it may import.

Versioning: :data:`API_VERSION` is ``(major, minor)``. Within a major version
changes are additive only: new names, new methods, new keyword arguments with
defaults, new optional fields at the end of a dataclass. Nothing is renamed,
removed or made to mean something else; that takes a new major version. A
plugin declares in its ``plugin.toml`` the major version it was written for,
and the host refuses a plugin of another major version. The minor version
counts additions, so a plugin may check ``API_VERSION >= (2, n)`` before using
one.

Everything public is importable from here; the submodules are an implementation
detail. The test kit for plugin authors is :mod:`console.plugin_api.testing`.
This package imports nothing else of Tiski (an import-linter contract keeps it
so): only PySide6, requests, the standard library and ``console.identity_mask``
(the console's own identity-code mask, itself standard library only).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from console.plugin_api.errors import HttpError, LinkRefused, PluginError
from console.plugin_api.model import (
    VISITOR_FIELDS,
    Answer,
    Health,
    Visitor,
    mask_identity_codes,
)
from console.plugin_api.present import (
    VisitorKeys,
    clip,
    date_of,
    fill,
    problem_for,
    text_of,
)

if TYPE_CHECKING:
    from console.plugin_api.context import PanelContext, Plugin, Runner
    from console.plugin_api.http import HttpClient
    from console.plugin_api.panels import RecordPanel, Row, Section

# The widget panel (API 1) and the HTTP client are imported when first named: a
# describing plugin's process (API 2) imports this package too, and has no use for
# Qt's widgets or requests there (they cost it about 110 ms of every start).
_ON_FIRST_USE = {
    "PanelContext": "console.plugin_api.context",
    "Plugin": "console.plugin_api.context",
    "Runner": "console.plugin_api.context",
    "HttpClient": "console.plugin_api.http",
    "RecordPanel": "console.plugin_api.panels",
    "Row": "console.plugin_api.panels",
    "Section": "console.plugin_api.panels",
}


def __getattr__(name: str) -> Any:
    module = _ON_FIRST_USE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


# 2.1 added console.plugin_api.present: clip, date_of, fill, problem_for, text_of and
# VisitorKeys (what the bundled plugins each had a copy of).
API_VERSION = (2, 1)
# The majors this console loads: 2 out of process, 1 in process only for a plugin
# IT marks trusted (plugins.trusted_widgets).
SUPPORTED_MAJORS = (1, 2)

__all__ = [
    "API_VERSION",
    "SUPPORTED_MAJORS",
    "VISITOR_FIELDS",
    "Answer",
    "Health",
    "HttpClient",
    "HttpError",
    "LinkRefused",
    "PanelContext",
    "Plugin",
    "PluginError",
    "RecordPanel",
    "Row",
    "Runner",
    "Section",
    "Visitor",
    "VisitorKeys",
    "clip",
    "date_of",
    "fill",
    "mask_identity_codes",
    "problem_for",
    "text_of",
]
