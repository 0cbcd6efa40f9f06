"""Every check in the order a person reads them, and ``tiski doctor`` itself."""

from __future__ import annotations

import json
import sys
from typing import TYPE_CHECKING

from console.ops.doctor.database import _Desk, check_database, check_roles, check_statistics
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
    Check,
    _Voice,
    report_json,
    report_text,
)
from console.ops.doctor.speech import check_speech
from console.ops.doctor.system_keyring import check_keyring

if TYPE_CHECKING:
    from console.config import Settings
    from console.core.text import TiskiError


def run_checks(settings: Settings | None, settings_error: TiskiError | None = None) -> list[Check]:
    """Every check, in the order a person reads them; none of them raises."""
    checks = [check_settings(settings, settings_error), check_data_folder(), check_log_folder()]
    checks.append(check_keyring())
    if settings is None:
        return [*checks, check_qt(), check_screen()]
    desk = _Desk(language=str(settings["ui.language"]))
    try:
        checks.append(check_database(settings, desk))
        roles = check_roles(desk)
        checks += [roles] if roles is not None else []
        statistics = check_statistics(desk)
        checks += [statistics] if statistics is not None else []
        setup = check_setup(desk)
        checks += [setup] if setup is not None else []
        checks.append(check_identity(settings, desk))
        privacy = check_privacy(desk)
        checks += [privacy] if privacy is not None else []
    finally:
        if desk.database is not None:
            desk.database.dispose()
    checks += check_plugins(settings)
    checks.append(check_plugin_sandbox())
    return [*checks, check_printer(settings), check_speech(settings), check_qt(), check_screen()]


def run_doctor(
    settings: Settings | None,
    *,
    as_json: bool,
    settings_error: TiskiError | None = None,
    language: str | None = None,
) -> int:
    """Run ``tiski doctor``: print the report; 0, or 1 when something needed is broken."""
    if language is None:
        language = str(settings["ui.language"]) if settings is not None else "fi"
    voice = _Voice(language)
    checks = run_checks(settings, settings_error)
    broken = any(check.status == "error" for check in checks)
    if as_json:
        print(json.dumps(report_json(checks, voice), ensure_ascii=False, indent=2))
        if broken:
            print(f"tiski doctor: {voice.summary(checks)}", file=sys.stderr)
    else:
        print(report_text(checks, voice))
    return EXIT_BROKEN if broken else EXIT_OK
