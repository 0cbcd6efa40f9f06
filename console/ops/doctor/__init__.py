"""``tiski doctor``: is this computer ready to work at the desk?

Each check looks at one thing a desk needs and says ``ok``, ``warning`` or
``error``, what it found and what to do. Nothing is changed on the way (beyond
making Tiski's own data and log folders when they are missing): no database is
created or upgraded, no identity key is made, no plugin code is imported and no
sandbox is started. Whatever may wait on the network or on a
keyring runs against a deadline of a few seconds, so doctor answers even when
the database server or a back office does not.

Exit status 0 when no check says ``error``; 1 when something the desk needs is
broken (the settings, the database, the data folder), each named.

``report`` holds the report and its printing, ``run`` the order of the checks, and
one module per family holds its checks: ``files`` (settings, data and log folders),
``system_keyring``, ``database`` (with the PostgreSQL roles), ``desk_setup``,
``privacy``, ``identity``, ``plugins`` (with the plugin processes' sandbox),
``printer`` and ``display`` (the screen and the Qt release).
"""

from console.ops.doctor.database import check_database, check_roles
from console.ops.doctor.desk_setup import check_setup
from console.ops.doctor.display import check_qt, check_screen
from console.ops.doctor.files import check_data_folder, check_log_folder, check_settings
from console.ops.doctor.identity import check_identity
from console.ops.doctor.plugins import check_plugin_sandbox, check_plugins
from console.ops.doctor.printer import check_printer
from console.ops.doctor.privacy import check_privacy
from console.ops.doctor.report import (
    EXIT_BROKEN,
    EXIT_OK,
    KEYRING_SECONDS,
    NETWORK_SECONDS,
    Check,
    Status,
    report_json,
    report_text,
)
from console.ops.doctor.run import run_checks, run_doctor
from console.ops.doctor.system_keyring import check_keyring

__all__ = [
    "EXIT_BROKEN",
    "EXIT_OK",
    "KEYRING_SECONDS",
    "NETWORK_SECONDS",
    "Check",
    "Status",
    "check_data_folder",
    "check_database",
    "check_identity",
    "check_keyring",
    "check_log_folder",
    "check_plugin_sandbox",
    "check_plugins",
    "check_printer",
    "check_privacy",
    "check_qt",
    "check_roles",
    "check_screen",
    "check_settings",
    "check_setup",
    "report_json",
    "report_text",
    "run_checks",
    "run_doctor",
]
