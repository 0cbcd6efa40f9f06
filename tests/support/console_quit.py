"""Closing a console in a test as its person would."""

from __future__ import annotations

from typing import Any

from qt_jobs import settle_background_jobs


def quit_console(window: Any) -> None:
    """Close ``window``; when a visitor is still at the counter, answer the question
    quitting asks with "Keep for me" and let the answer be saved, so the window really
    closes and its listening thread stops before the test ends."""
    window.close()
    dialog = window.leave_dialog
    if dialog is not None:
        dialog.keep_button.click()
        settle_background_jobs()
    assert not window.isVisible(), "the console is still open after quitting"
