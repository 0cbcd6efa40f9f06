"""The settings files and Tiski's own data and log folders."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from console.core.text import QT_TRANSLATE_NOOP, TiskiError
from console.ops.doctor.report import (
    Check,
    _check,
    _m,
)

if TYPE_CHECKING:
    from console.config import Settings


LOW_DISK_BYTES = 200 * 1024 * 1024


def check_settings(settings: Settings | None, error: TiskiError | None) -> Check:
    if settings is not None:
        files = ", ".join(str(path) for path in settings.files) or "-"
        text = QT_TRANSLATE_NOOP("Doctor", "Settings are valid. Files read: {files}")
        return _check("settings", "ok", text, files=files)
    assert error is not None
    action = QT_TRANSLATE_NOOP(
        "Doctor",
        "Correct {key} in {source} (tiski config check says what is allowed), then run tiski "
        "doctor again; the checks that need the settings were skipped.",
    )
    params = {"key": getattr(error, "key", "-"), "source": getattr(error, "source", "-")}
    return Check("settings", "error", error.message, _m(action, **params))


def _writable(folder: Path) -> OSError | None:
    """None when a file can be made in ``folder`` (and is removed again), else why not."""
    try:
        handle, name = tempfile.mkstemp(prefix=".tiski-doctor-", dir=folder)
    except OSError as error:
        return error
    os.close(handle)
    Path(name).unlink(missing_ok=True)
    return None


def _megabytes(size: int) -> str:
    return f"{size / 1_000_000:.1f}"


def check_data_folder() -> Check:
    from console import paths

    try:
        folder = paths.user_data_dir()
        problem = _writable(folder)
    except OSError as error:
        folder, problem = Path(error.filename or "?"), error
    if problem is not None:
        return _check(
            "data folder",
            "error",
            QT_TRANSLATE_NOOP("Doctor", "{folder} cannot be written ({reason})."),
            QT_TRANSLATE_NOOP(
                "Doctor",
                "Make the folder belong to the user who runs Tiski: note drafts, the window "
                "layout and the embedded database live there.",
            ),
            folder=str(folder),
            reason=problem.strerror or type(problem).__name__,
        )
    free = shutil.disk_usage(folder).free
    if free < LOW_DISK_BYTES:
        return _check(
            "data folder",
            "warning",
            QT_TRANSLATE_NOOP(
                "Doctor", "{folder} is writable, but only {free} MB are free on its disk."
            ),
            QT_TRANSLATE_NOOP(
                "Doctor", "Free some disk space: the embedded database and note drafts grow there."
            ),
            folder=str(folder),
            free=_megabytes(free),
        )
    text = QT_TRANSLATE_NOOP("Doctor", "{folder} is writable ({free} MB free).")
    return _check("data folder", "ok", text, folder=str(folder), free=_megabytes(free))


def check_log_folder() -> Check:
    from console import paths
    from console.logs import LOG_FILE_NAME

    try:
        folder = paths.user_log_dir()
        problem = _writable(folder)
    except OSError as error:
        folder, problem = Path(error.filename or "?"), error
    if problem is not None:
        return _check(
            "log folder",
            "warning",
            QT_TRANSLATE_NOOP("Doctor", "{folder} cannot be written ({reason})."),
            QT_TRANSLATE_NOOP(
                "Doctor",
                "Make the folder belong to the user who runs Tiski; until then a problem "
                "leaves no trace in a log.",
            ),
            folder=str(folder),
            reason=problem.strerror or type(problem).__name__,
        )
    files = [path for path in folder.glob(f"{LOG_FILE_NAME}*") if path.is_file()]
    return _check(
        "log folder",
        "ok",
        QT_TRANSLATE_NOOP("Doctor", "{folder} is writable; log files: {count}, {size} MB."),
        folder=str(folder),
        count=len(files),
        size=_megabytes(sum(path.stat().st_size for path in files)),
    )
