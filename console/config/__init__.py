"""Layered, typed settings.

Sources, weakest first: built-in defaults < IT's site file < the user's file <
``TISKI_*`` environment variables < command-line flags. Every value remembers
where it came from so that ``tiski config show`` can say so. Files are TOML
with a ``config_version``; keys renamed in a later version are carried over by
:data:`RENAMED` so an old site file keeps working.

``options`` holds the catalogue of settings (:data:`SCHEMA`), ``errors`` the
:class:`ConfigError` every source raises, ``values`` the checking and parsing of one
value, ``settings`` the effective :class:`Settings`, ``files`` the reading of one
settings file, ``policy`` what IT's site file keeps from being loosened, and
``loading`` :func:`load_settings`, which layers the sources.
"""

from console.config.errors import ConfigError
from console.config.files import CONFIG_VERSION, RENAMED, SETTINGS_FILE_LIMIT
from console.config.loading import load_settings
from console.config.options import OPTIONS, SCHEMA, Option, SettingValue
from console.config.policy import POLICY
from console.config.settings import Setting, Settings

__all__ = [
    "CONFIG_VERSION",
    "OPTIONS",
    "POLICY",
    "RENAMED",
    "SCHEMA",
    "SETTINGS_FILE_LIMIT",
    "ConfigError",
    "Option",
    "Setting",
    "SettingValue",
    "Settings",
    "load_settings",
]
