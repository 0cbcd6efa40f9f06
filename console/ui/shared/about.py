"""The About dialog: version, database, log file."""

from __future__ import annotations

import platform

from PySide6 import __version__ as pyside_version
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from console.logs import log_file
from console.version import version


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About Tiski"))
        text = QLabel(
            self.tr(
                "<h2>Tiski %1</h2><p>The staff console of the shared customer-service desk.</p>"
                "<p>Python %2, Qt for Python %3</p><p>Log file: %4</p>"
            )
            .replace("%1", version())
            .replace("%2", platform.python_version())
            .replace("%3", pyside_version)
            .replace("%4", str(log_file()))
        )
        text.setObjectName("aboutText")
        text.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(buttons)
