"""Opening a plugin's link (already checked against its manifest) in the desktop's browser.

One function for both kinds of panel, looked up as ``links.open_link`` when used, so a
test can catch the links instead of opening a browser.
"""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices


def open_link(url: str) -> None:
    QDesktopServices.openUrl(QUrl(url))
