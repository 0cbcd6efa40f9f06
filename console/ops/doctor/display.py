"""Can Tiski open windows here, and are the Qt libraries a safe release."""

from __future__ import annotations

from console.core.text import QT_TRANSLATE_NOOP
from console.ops.doctor.report import (
    Check,
    _check,
    _m,
)


def check_screen() -> Check:
    from console.ops.display_check import display_problem

    problem = display_problem()
    if problem is None:
        return _check("screen", "ok", QT_TRANSLATE_NOOP("Doctor", "Tiski can open windows here."))
    action = QT_TRANSLATE_NOOP(
        "Doctor", "Nothing to do in a remote session: the desk's own screen is what counts."
    )
    return Check("screen", "warning", problem, _m(action))


def check_qt() -> Check:
    from console.ui.shared.qt_compat import broken_qt_release

    broken = broken_qt_release()
    if broken is None:
        return _check(
            "qt", "ok", QT_TRANSLATE_NOOP("Doctor", "The Qt libraries are a safe release.")
        )
    return _check(
        "qt",
        "error",
        QT_TRANSLATE_NOOP(
            "Doctor",
            "PySide6 {version} on this Python crashes the console after some thousands of "
            "background jobs.",
        ),
        QT_TRANSLATE_NOOP(
            "Doctor",
            "Install the versions Tiski is tested with: pip install -c constraints.txt tiski, "
            "or use the packaged installer.",
        ),
        version=broken,
    )
