"""The desk as a file IT keeps: its format, how it is read and checked.

A desk file (TOML, docs/desk-file.md) describes a desk: its own office's code, names
and opening hours, the other offices of the same database (``[[office]]``), the
agencies, services, counters (each in its office), staff (no passwords), life events,
note templates and the kiosk's and lobby display's own texts. ``tiski desk plan`` and
``tiski desk apply`` read it through :func:`load_desk_file`; ``tiski desk export``
writes it back with :func:`console.core.desk_toml.dump_desk`.

The format has a version (``format`` under ``[desk]``). A file of an older format
is brought up to date by :data:`console.core.desk_file.upgrade.UPGRADES` before it is
checked, so a file IT keeps in version control goes on working when names change; a
newer one is refused with the version it needs. Every problem is reported with the
file, the line and what to do, all of them at once (:class:`DeskFileError`), never as
a traceback.

``specs`` holds what a desk is (the specs and the bounds of their fields),
``checking`` the problems and the typed reading of one table, ``upgrade`` the format
versions, ``sections`` the readers of the lists (agencies, services, counters, staff,
life events, note templates) and ``reading`` the entry points.
"""

from console.core.desk_file.checking import DeskFileError
from console.core.desk_file.reading import DESK_FILE_LIMIT, DeskDocument, load_desk_file, parse_desk
from console.core.desk_file.specs import (
    AgencySpec,
    CounterSpec,
    DeskSpec,
    LifeEventSpec,
    LobbyTexts,
    OfficeSpec,
    ServiceSpec,
    StaffSpec,
    TemplateSpec,
)
from console.core.desk_file.upgrade import FORMAT_VERSION

__all__ = [
    "DESK_FILE_LIMIT",
    "FORMAT_VERSION",
    "AgencySpec",
    "CounterSpec",
    "DeskDocument",
    "DeskFileError",
    "DeskSpec",
    "LifeEventSpec",
    "LobbyTexts",
    "OfficeSpec",
    "ServiceSpec",
    "StaffSpec",
    "TemplateSpec",
    "load_desk_file",
    "parse_desk",
]
